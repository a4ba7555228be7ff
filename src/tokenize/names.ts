// Person-name patterns shared by the segmenter and the extractors, built from
// the lexicon's people vocabulary. Bounded quantifiers only.
import { memo } from '../util/memo.js';
import { ADDRESS_FORMS, COLLECTIVE_SUBJECTS, DEPARTMENT_WORDS, HONORIFICS, MEMBER_HONORIFICS, NAME_PARTICLES, REPORT_NOUNS, ROLE_HEADS, TITLE_QUALIFIERS, abbreviationAlternation, alternation } from '../lexicon/index.js';

/** Honorifics and titles that precede a name in minutes, built from the lexicon. */
export const HONORIFIC_SOURCE = `(?:${alternation(ADDRESS_FORMS)},? )?${abbreviationAlternation(HONORIFICS)}`;
/** The tier a title's holder sits on, before the title, each tier followed by white space: "County Councillor", "County Borough Councillor". Optional. */
export const TITLE_TIERS_SOURCE = `(?:${alternation(TITLE_QUALIFIERS)}\\s+){0,2}`;

// Letters of names beyond ASCII, as class ranges usable without the `u` flag: Latin-1 and Latin Extended-A carry
// the accents and macrons of Irish, Welsh, Māori and French names ("Bríd", "Siân", "Mātene", "Hélène").
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u017F';
// An elided French particle joined to the name: "d'Entremont", "D'Arcy", "l'Heureux".
export const ELIDED_PARTICLE = "(?:[dDlL]['’])?";
// One capitalised name word: "Kent", "Mac", "O'Key", "Smith-Jones", "McDonell", "Ní", "d'Entremont".
export const NAME_WORD_SOURCE = `${ELIDED_PARTICLE}[${UPPER}][${LETTER}'’\\-]{1,30}`;
const WORD = NAME_WORD_SOURCE;
// Initials: "J", "R W", "J.", "R.W.".
const INITIALS = `(?:[${UPPER}]\\.?\\s?){1,3}`;
// Surname particles: "Mac Cafferty", "van der Berg", "de Souza", Welsh "ap Dafydd".
const PARTICLE = alternation(NAME_PARTICLES);

/** A name after an honorific: "J Kent", "Liz Atkins", "Mac Cafferty", "R W Gough". */
export const NAME_AFTER_HONORIFIC_SOURCE = `(?:${INITIALS}\\s?)?(?:${PARTICLE}\\s)?${WORD}(?:\\s(?:${PARTICLE}\\s)?${WORD}){0,2}`;

/** A person with honorific: "Councillor J Kent", "Mr Andrew Cotton", "Cr Denise Knight". */
export const HONORIFIC_NAME_SOURCE = `${HONORIFIC_SOURCE}\\s${NAME_AFTER_HONORIFIC_SOURCE}`;

/** A plain full name without honorific: "Christina Thompson", "Mary-Ann O'Neil Smith". */
export const PLAIN_NAME_SOURCE = `${WORD}(?:\\s${INITIALS})?(?:\\s(?:${PARTICLE}\\s)?${WORD}){1,2}`;

/** A person written as initials, as community and parish council minutes name members and officers: "EP", "KD", "NO/BM". */
export const INITIALS_NAME_SOURCE = '[A-Z]{2,3}(?:\\s?/\\s?[A-Z]{2,3}){0,3}';

/** Either form. */
export const PERSON_SOURCE = `(?:${HONORIFIC_NAME_SOURCE}|${PLAIN_NAME_SOURCE})`;

const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC_SOURCE}\\s`);

/** Words that look like names but are bodies or roles: a plain "name" made of these is not a person. */
const NOT_NAME_WORDS = new Set([
  // The one-word role heads and the department words of the lexicon ("Parks Supervisor Owen Carriere" is a post and a
  // name, not a four-word name); then the other words of bodies, posts and proceedings.
  ...ROLE_HEADS.filter((h) => !h.includes(' ')),
  ...DEPARTMENT_WORDS,
  ...'The This That These Those Council Committee Cabinet Board Panel Members Member Officers Vice Head Report Item Minutes It He She They We In On At Following During Resolved Agreed County City District Borough Town Parish Planning Scrutiny Executive Portfolio Holder Service Services Team Group Strategy Public Health Corporate Deputy Interim Acting Senior Principal Policy Finance Housing Children Adult Social Care Overview Strategic General Legal Democratic Support Engagement Participation School Virtual Education Learning Programme Development Operations Governance Trading Standards Performance Environment Transport Safety Community Communities Neighbourhoods Commissioning Relationships Assurance Resources Place Partnership Project Business Economic Regeneration Highways Waste Property Estates Audit Risk Monitoring Constable Doctor Worker Deputation Forum Trust NHS Police Fire Partner Minister Curator Capital Scientist Designer Captain Grants'.split(' '),
]);

const PARTICLES = new Set([...NAME_PARTICLES.map((p) => p.toLowerCase()), 'bin', 'al']);
const HONORIFIC_PREFIX = new RegExp(`^${HONORIFIC_SOURCE}\\s+`);
// One word of a name: "Kent", "O'Key", "Smith-Jones", "McDonell", or an initial "J" / "J.".
const NAME_WORD = new RegExp(`^(?:${ELIDED_PARTICLE}[${UPPER}][${LETTER}'’-]{0,30}|[${UPPER}]\\.?)$`);

// Presenters, attendance, questions and actions ask whether the same subjects are names again and again
// (four calls in five repeat one): answers are kept.
const NAME_MEMO_SIZE = 2048;

/**
 * True for strings that read as a person's name, not a body, role or clause:
 * an honorific and one to four name words ("Councillor J Kent", "Mr Wagner"),
 * or two to four name words without role words ("Christina Thompson").
 */
export const looksLikePersonName: (name: string) => boolean = memo(readsAsPersonName, NAME_MEMO_SIZE);

function readsAsPersonName(name: string): boolean {
  const text = name.trim();
  const withoutHonorific = text.replace(HONORIFIC_PREFIX, '');
  const honorific = withoutHonorific !== text;
  const words = withoutHonorific.split(/\s+/).filter(Boolean);
  if (words.length < (honorific ? 1 : 2) || words.length > (honorific ? 5 : 4)) return false;
  let initials = 0;
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase())) continue;
    if (!NAME_WORD.test(w)) return false;
    if (!honorific && NOT_NAME_WORDS.has(w)) return false;
    if (/^[A-Z]\.?$/.test(w)) initials++;
  }
  // A name is more than initials: "J K" alone is not one.
  return initials < words.length;
}

/** Collective askers that the contract records as null: "Members", "the Committee". */
export const COLLECTIVE_PERSON = /^(?:members?|a member|councillors|the (?:committee|panel|board|members?|sub-committee|cabinet|council)|committee|panel|board|one member|some members|several members|a councillor|the chair(?:man)?|the vice-chair(?:man)?)$/i;

/** A role named with "The": "The Head of Finance", "the Director of Children's Services", "The Leader". */
export const ROLE_PHRASE_SOURCE = "(?:The|the)\\s+[A-Z][\\w&'’-]*(?:\\s+(?:of|for|and|&|the|[A-Z][\\w&'’()-]*)){0,8}";

/** A role head noun as a whole word: "Manager", "Head of", "Portfolio Holder", "Chief". */
export const ROLE_HEAD_SOURCE = `\\b${alternation(ROLE_HEADS)}(?![\\w-])`;
const ROLE_HEAD = new RegExp(ROLE_HEAD_SOURCE);

/** True when a phrase names a post: it holds a role head ("Community Safety Manager", "Head of Planning"). */
export function looksLikeRole(phrase: string): boolean {
  return ROLE_HEAD.test(phrase);
}

/** Subjects that stand for a group or the meeting, never one presenter: "Members", "the Committee", "members of the public". */
export const COLLECTIVE_SUBJECT = new RegExp(`^(?:all\\s+)?${alternation(COLLECTIVE_SUBJECTS)}$`, 'i');

// A post written as capitalised words and connectors: "Head of Planning and Performance".
const ROLE_WORDS = /^[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&()-]*)){0,9}$/;
const ROLE_HEAD_AT_END = new RegExp(`${ROLE_HEAD_SOURCE}$`);
// A post named by its head and department: "Director of Finance", "Manager for Parks and Recreation".
const HEAD_OF_DEPARTMENT = new RegExp(`${ROLE_HEAD_SOURCE}\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w&'’-]*(?:\\s+(?:and|&|[A-Z][\\w&'’-]*)){0,3}$`);
// A surname written alone: "Ure", "McAllister", "O'Brien", "Smith-Jones" (not an initial, not a word in capitals).
// Capitalised words of a post, "The" and connectors aside: "Group Manager", "Chief Financial Officer", "Director".
const TITLE_CASE_POST = /^(?!The\s)[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,4}$/;
const SURNAME_ALONE = new RegExp(`^(?:Mc|Mac|O['’])?[${UPPER}][a-z'’-]{1,30}$`);
const MEMBER_HONORIFIC_WORD = new RegExp(`^${abbreviationAlternation(MEMBER_HONORIFICS)}$`);

/**
 * A role written against a name without a comma, either way round: "Fire Chief
 * Jane Doe", "Director of Finance Jill Amirault", "District Councillor C Farr", "Democratic Services Officer Tom
 * Hill", "Natalia Merritt Co-Chair Housing Group". Returns null unless one side
 * reads as a person's name and the other holds a role head.
 */
const REPORT_NOUN_WORDS: ReadonlySet<string> = new Set(REPORT_NOUNS.map((n) => n.toLowerCase()));

export const splitRoleAndName: (text: string) => Readonly<{ name: string; role: string }> | null = memo((text) => {
  const split = readRoleAndName(text);
  return split && Object.freeze(split);
}, NAME_MEMO_SIZE);

function readRoleAndName(text: string): { name: string; role: string } | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 10) return null;
  if (words.length < 3) return postThenSurname(words);
  // Name first: a two- to four-word name, then the post ("Natalia Merritt Co-Chair Kent Housing").
  for (let k = 2; k <= 4 && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    const role = words.slice(k).join(' ');
    if (ROLE_WORDS.test(role) && looksLikePersonName(name) && looksLikeRole(role)) return { name, role };
  }
  // Post first, ending in its head noun, then the name ("Fire Chief" + "Jane Doe", "District" + "Councillor C Farr").
  // "Report of Councillor Jane Smith", "Update from the Clerk": a paper and its author, no post.
  if (REPORT_NOUN_WORDS.has(words[0].toLowerCase())) return null;
  for (let k = 1; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    // "District Councillor C Farr": the member honorific belongs to the post too.
    const role = words.slice(0, k).join(' ') + (MEMBER_HONORIFIC_WORD.test(words[k]) ? ` ${words[k]}` : '');
    // "County Cllr H Jenkins": an abbreviated member honorific heads the post as "Councillor" would.
    const endsInMember = MEMBER_HONORIFIC_WORD.test(words[k]) && k > 0;
    if (ROLE_WORDS.test(role) && (ROLE_HEAD_AT_END.test(role) || endsInMember || HEAD_OF_DEPARTMENT.test(role)) && looksLikePersonName(name)) return { name, role };
  }
  return postThenSurname(words);
}

/**
 * A post, then its holder's surname alone ("Group Manager Ure", "Director Haldane", "Chief Melanson"): how minutes
 * name an officer already introduced; the surname is the name. Only a post in title case with no "The" before it
 * and no connector at its end: "The Director Infrastructure" and "Head of Leisure" name a post and its department,
 * "MOVED Director Bergeron" a motion's mover; a title word ("Report", "Services") is no surname.
 */
function postThenSurname(words: readonly string[]): { name: string; role: string } | null {
  const surname = words[words.length - 1];
  const post = words.slice(0, -1).join(' ');
  return SURNAME_ALONE.test(surname) && !NOT_NAME_WORDS.has(surname) && TITLE_CASE_POST.test(post) && ROLE_HEAD_AT_END.test(post) ? { name: surname, role: post } : null;
}

