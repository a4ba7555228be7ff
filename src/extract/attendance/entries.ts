// One attendance list, as text, into people: the separators lists use
// (commas, semicolons, "and", table pipes, titles with no separator at all,
// "SURNAME, Given" rows), the decorations to strip (chair roles in brackets,
// "– Ward", post-nominals, absence reasons) and distributive plural titles
// ("Councillors A, B and C": each a councillor).
import type { Person } from '../../schema/document.js';
import { ABSENCE_REASON_OPENERS, COUNCILLOR_TITLES, GRID_MEMBER_OFFICES, PRESIDING_MARKERS, SEAT_WORDS, ADDRESS_FORMS, COURTESY_TITLES, MEMBER_OFFICES, POST_QUALIFIERS, NAME_PARTICLES, OFFICER_TITLE_WORDS, PLURAL_TITLES, TITLE_QUALIFIERS, LIST_ENDERS, LIST_TAIL_JOINERS, HONORIFICS, MEMBER_HONORIFICS, POST_NOMINALS, abbreviationAlternation, alternation } from '../../lexicon/index.js';
import { HONORIFIC_SOURCE, TITLE_TIERS_SOURCE, looksLikePersonName, looksLikeRole, splitRoleAndName } from '../../tokenize/names.js';
import { splitPeopleListWithSeparators } from '../presenters.js';
import { distributiveTitleRule, surnameFirstRule } from './rules.js';
import { memo } from '../../util/memo.js';

/** A parsed entry, with the rule its form calls for. */
export interface Entry {
  person: Person;
  /** The rule the entry's form calls for (a distributed plural title, "SURNAME, Given"), else the list's own. */
  rule?: string;
}

const POST_NOMINAL_SOURCE = alternation(POST_NOMINALS);
/** Post-nominals after a name in a list ("David Kurten AM", "Mr R Love, OBE", "Nicholas Bennett J.P."): not part of the name. */
export const TRAILING_POST_NOMINALS = new RegExp(`(?:,?\\s+(?:${POST_NOMINAL_SOURCE}|J\\.P\\.?)(?![\\w'’-]))+$`);
const POST_NOMINAL = new RegExp(`^${POST_NOMINAL_SOURCE}$`);
// The characters TRAILING_POST_NOMINALS can end on: the last letters of the post-nominals, and J.P.'s.
const POST_NOMINAL_ENDS = new Set([...POST_NOMINALS.map((w) => w.slice(-1)), 'P', '.']);

/** A text without the post-nominals at its end (only a text ending as one does can hold them). */
export function withoutPostNominals(text: string): string {
  return POST_NOMINAL_ENDS.has(text.slice(-1)) ? text.replace(TRAILING_POST_NOMINALS, '') : text;
}

/** True when a text starts with the ASCII letter `lower` in either case: what a case-insensitive pattern opening with it needs. */
function startsWithLetter(text: string, lower: string): boolean {
  return (text.charCodeAt(0) | 32) === lower.charCodeAt(0);
}

/** True when a text holds a dash: what a role after " – " needs. */
function holdsDash(text: string): boolean {
  return text.includes('-') || text.includes('–') || text.includes('—');
}
/** "Deputy Kevin Everett": Deputy as a title before a full name (City of London), not "Deputy Director of …". */
const DEPUTY_NAME = /^Deputy\s+(?!(?:Mayor|Leader|Chair|Chairman|Chief|Director|Head|Manager|Clerk|Town|City|Monitoring|Returning|Cabinet)\b)[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$/;
/** A member's office before a plain name: "Chairperson Rewi Tamihana", "Deputy Chairperson Gail Stroud". Group 1: office; 2: name. */
// An office and its deputy: "Mayor", "Deputy Chairperson", "Vice-Chair", "Depute Convener".
const OFFICE = `(?:Deputy\\s+|Vice[- ]|Depute\\s+)?${alternation(MEMBER_OFFICES)}`;
// The name may open with an initial: "Chair R. Tanaka".
const OFFICE_BEFORE_NAME = new RegExp(`^(${OFFICE})\\s+([A-Z](?:[\\w'’-]{1,30}|\\.)(?:\\s+[A-Z][\\w'’.-]{0,30}){1,3})$`);
/** A role written before a titled name in a cell: "The Speaker, Councillor Sharma", "Deputy Speaker Councillor Gerbasi". */
const ROLE_BEFORE_NAME = new RegExp(`^((?:The\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+){0,3}),?\\s+(${HONORIFIC_SOURCE}\\s+\\S.*)$`);
/** A role before a titled name with no comma: "Chairman Cllr R Lewis". Group 1: role; 2: the titled name. */
const ROLE_BEFORE_TITLED_NAME = new RegExp(`^((?:[A-Z][\\w'’-]{1,30}\\s){0,3}?[A-Z][\\w'’-]{1,30})\\s+((?:${alternation(TITLE_QUALIFIERS)}\\s)?${abbreviationAlternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])}\\s+[A-Z].{0,80})$`);
/** "Tenant Representative Lulu Agate", "Co-opted Member Priya Shah": a representative's or co-optee's role, then a plain name. */
// ("Independent Member S. Pargeter": the name may open with initials.)
const ROLE_BEFORE_PLAIN_NAME = /^((?:[A-Z][\w-]+\s+){0,3}(?:Representative|Co-opted\s+Member|Independent\s+(?:Person|Member)|(?:Lay|External)\s+Member|Observer))\s+((?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$/;
// "Clerk J Connelly", "Chief Financial Officer E. Sawyer": an officer's post before a name of initials and a surname.
const POST_BEFORE_INITIALLED_NAME = new RegExp(`^((?:[A-Z][\\w&-]+\\s+){0,3}${alternation(OFFICER_TITLE_WORDS)})\\s+((?:[A-Z]\\.?\\s+){1,3}[A-Z][\\w'’-]+)$`);
/** A title standing alone in a list entry: "Councillor", "Mayor", "Deputy Reeve". */
const BARE_TITLE = new RegExp(`^${alternation(MEMBER_OFFICES)}$`, 'i');
// The tiers a plural title may name first: "County Councillors", "County Borough Councillors", "Town Councillors".
const QUALIFIED = TITLE_TIERS_SOURCE;
const BARE_PLURAL_TITLE = new RegExp(`^${QUALIFIED}${abbreviationAlternation(PLURAL_TITLES)}$`, 'i');
/** A bare surname entry in a councillors list: "Bellamy", "Mac Cafferty (Chair)", "M. Ahmed", "del Rosario". Group 1 name, 2 role. */
const SURNAME_ENTRY = /^((?:[A-Z]\.?\s){0,3}(?:(?:Mac|Mc|de|del|van|von|O'|O’)\s)?[A-Z][A-Za-z'’-]{1,30}(?:-\s?[A-Z][A-Za-z'’-]{1,30})?|(?:de|del|van|von|da|di)\s[A-Z][A-Za-z'’-]{1,30})(?:\s*\(([^)]{1,120})\))?$/;
const SEPARATED_LIST = /[,;()]/;
// The longest list entry read as one person with its decorations ("Councillor A Name (Vice-Chair) (in the Chair) – Ward").
const MAX_ENTRY = 240;
const NO_ONE = /^(?:nil|none|no apologies.*|no\b.*|n\/a|there were (?:no|none).*)$/i;
const HONORIFIC_START = new RegExp(`^${HONORIFIC_SOURCE}(?![\\w'’-])`);
/** A title and name printed in capitals: "CLLR. ELINOR VASEY". */
const CAPITAL_TITLED = new RegExp(`^${abbreviationAlternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])}\\s+[A-Z][A-Z'’. -]{1,60}$`, 'i');
/** A role phrase after a name and a comma: "Mr D Lyons, County Secretary", "Cllr P Ruane, Cathaoirleach of the County". */
const ROLE_AFTER_COMMA = /^(?!The\s)[A-Z][\w'’&/-]{1,30}(?:\s+(?:of|for|and|&|the|to|[A-Z(][\w'’&/()-]{0,30})){0,8}$/;
/** A post ending in its department ("Director of Law", "Head of Finance"), which "and" may carry on ("… and Governance"). */
const POST_OF_DEPARTMENT = /^(?:[A-Z][\w'’-]*\s+){1,4}(?:of|for)\s+[A-Z][\w'’-]*$/;
/** The rest of a department after "and": capitalised words, an officer's post in brackets ("Governance (Monitoring Officer)"). */
const DEPARTMENT_WORD_AFTER = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+\([^()]{2,60}\))?$/;
/** A member's seat as a list entry after the name: "Electoral Area A (Chair)", "District 3" ("Warden Colleen MacIsaac, District 3"). */
const SEAT_ENTRY = new RegExp(`^(?:${alternation(SEAT_WORDS)})\\.?\\s+(?:\\d{1,3}|[A-Z])(?:\\s*\\([^()]{1,40}\\))?$`);
/** A plural title heading a list: "Councillors", "Cllrs.", "Crs", "Councillors:", "COUNCILLORS -", "County Borough Councillors". */
const PLURAL_TITLE = new RegExp(`^${QUALIFIED}${abbreviationAlternation(PLURAL_TITLES)}(?:\\s*[:–-])?\\s+(?=\\S)`, 'i');
// Words that make a list entry an officer's title: "Chief Executive (Tom Walsh)" puts the name in brackets.
export const OFFICER_ROLE = new RegExp(`\\b${alternation(OFFICER_TITLE_WORDS)}\\b`);
/** A member's office alone: "the Mayor", "Deputy Chair". */
const OFFICE_ALONE = new RegExp(`^(?:the\\s+)?${alternation(MEMBER_OFFICES)}$`, 'i');
const TRAILING_BRACKET = /^(.*?)\s*\(([^)]{1,160})\)\s*$/;
/** A member's office and a bracket: "The Mayor (Councillor Ashby)", "Deputy Chair (Cllr Vos)". */
const OFFICE_THEN_HOLDER = new RegExp(`^(?:the\\s+)?${alternation(MEMBER_OFFICES)}\\s*\\(`, 'i');
// A post written in capitals ("CHAIR", "CLERK", "VICE CHAIR") and the initials the minutes use for a person ("NO").
const POST_IN_CAPITALS = /^[A-Z][A-Z -]{2,30}$/;
const INITIALS = /^[A-Z]{2,4}$/;

/** A post written in capitals, as the minutes name it elsewhere ("VICE CHAIR" → "Vice Chair"). */
export function postInCapitals(text: string): string {
  return text.trim().toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** An absence reason after a name: "Cllr A Hext due to work commitments". */
// "… in the Chair", "(in the Chair)" closing an entry.
const IN_THE_CHAIR = /\s*\(?\bin\s+the\s+chair\)?\s*$/i;
/** "Cllr. P. Ryan presiding", "Cathaoirleach Cllr. P. Ryan presiding.": an entry, then a word saying the person chaired. Group 1: the entry; 2: the marker. */
const PRESIDING = new RegExp(`^(\\S.{2,120}?),?\\s+(${alternation(PRESIDING_MARKERS)})\\.?$`);

/** An entry that ends saying its person chaired: the entry and the marker, or null. */
function presidingEntry(text: string): [string, string] | null {
  const m = text.includes(' presid') ? PRESIDING.exec(text) : null;
  return m ? [m[1], m[2]] : null;
}
const REASON = new RegExp(`\\s+${alternation(ABSENCE_REASON_OPENERS)}\\s.*$`, 'i');
/** "… and Tully together with the Director of Health": what follows is not a member. */
const TAIL_JOINER = new RegExp(`\\s+${alternation(LIST_TAIL_JOINERS)}\\s`, 'i');
/** A role label before a name in an entry: "THE MAYOR: Cllr Vasey", "Co-opted Members: Mr C Hume". */
const ROLE_LABEL_PREFIX = /^(?:[A-Z][\w'’-]{1,30}\s){0,3}[A-Z][\w'’-]{1,30}\s?:\s+(?=\S)/;
/** The end of a titled name before the next clause: "Cllr Ormsby With the absence of …". */
const NAME_THEN_CLAUSE = new RegExp(`^(${HONORIFIC_SOURCE}\\s+(?:[A-Z][\\w.'’-]{0,30}\\s){0,4}?[A-Z][\\w.'’-]{0,30})\\s+${alternation(LIST_ENDERS)}\\s+[a-z].*$`);
/** A titled name, then lower-case words that are not a surname particle. Group 1: the titled name. */
// An office or an officer's post standing after a name: "Shire President", "Deputy Mayor", "Chief Executive Officer",
// "Deputy Parish Clerk" (its first word a qualifier or a post word, its last a post word).
const OFFICE_ALONE_AFTER = new RegExp(`^${OFFICE}$`);
// "Manager Corporate Services", "Director of Planning and Development": a post word, then what it is over.
const POST_AFTER = new RegExp(
  `^(?:${alternation([...POST_QUALIFIERS, ...OFFICER_TITLE_WORDS])})(?:\\s+[A-Z][\\w&'’-]{1,30}){0,4}?\\s+${alternation(OFFICER_TITLE_WORDS)}$|^${alternation(OFFICER_TITLE_WORDS)}(?:\\s+(?:(?:of|and|for|&)\\s+)?(?:the\\s+)?[A-Z][\\w&'’-]{1,30}){0,5}$`,
);

/** "Cr K Lowe Shire President" → ["Cr K Lowe", "Shire President"]: a titled name, then an office or post with no separator. */
function officeAfterName(text: string): [string, string] | null {
  const words = text.split(' ');
  // The name keeps its title and at least one more word; the first split that leaves a name and a whole post wins.
  for (let k = 2; k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    if (!OFFICE_ALONE_AFTER.test(rest) && !POST_AFTER.test(rest)) continue;
    // The name ends in a surname, not an initial: "Mr D Head Chief Executive" is "Mr D Head", not "Mr D". A one-word
    // office after a name of one word is its surname: "Councillor Tom Reeve", not "Councillor Tom", Reeve.
    if (k === words.length - 1 && k < 3) continue;
    const name = words.slice(0, k).join(' ');
    if (words[k - 1].replace(/\./g, '').length >= 2 && namesPerson(name)) return [name, rest];
  }
  return null;
}

const TITLED_THEN_CLAUSE = new RegExp(`^(${HONORIFIC_SOURCE}(?:\\s+[A-Z][\\w.'’-]{0,30}){1,5}?)\\s+(?!(?:${NAME_PARTICLES.join('|')}|del|bin|al)\\s|[dl]['’][A-Z])[a-z].*$`);
// "His Worship, ", "Her Worship the Mayor Tama Rātana": the form of address before the office, and the article before an
// office followed by a name ("Mayor Tama Rātana" names the member as "Deputy Mayor Lewis" does).
const WORSHIP = new RegExp(`\\b(?:His|Her|HIS|HER)\\s+(?:Worship|WORSHIP),?\\s+(?:the\\s+(?=${alternation(MEMBER_OFFICES)}\\s+[A-Z][\\w'’-]+\\s+[A-Z]))?`, 'g');
/** "The Mayor", "The Worshipful the Mayor", "The Deputy Chairman": an office introducing the name after it. */
export const THE_OFFICE_SOURCE = `The\\s+(?:Worshipful\\s+(?:the\\s+)?)?${alternation(MEMBER_OFFICES)}`;
/** "The Worshipful the Mayor, Councillor …": the office before a titled name is dropped from the name. */
const LEADING_OFFICE = new RegExp(`^${THE_OFFICE_SOURCE},?\\s+(?=${abbreviationAlternation(MEMBER_HONORIFICS)}\\s)`, 'i');
/** Where one titled name may end and the next begin with no separator: "Cllr A Penrose Cllr C Treloar", "Mr X Mrs Y", "… Harker The Deputy Mayor Councillor Pryce". Group 1: the word before. */
const TITLE_BOUNDARY = new RegExp(`([\\w'’)\\].-]{1,40})\\s+(?=${HONORIFIC_SOURCE}\\s+[A-Z]|${THE_OFFICE_SOURCE}\\b)`, 'g');
/** Words before a title that belong to it ("Deputy Mayor", "County Cllr", "Cllr Mr G. Hotten"), not a surname ending the last name. */
// The first word of a title of several words ("Deputy Mayor", "Depute Provost", "Lord Provost", "Chief Inspector") belongs to it.
const TITLE_FIRST_WORDS = [...new Set([...HONORIFICS, ...MEMBER_HONORIFICS].filter((h) => h.includes(' ')).map((h) => h.split(' ')[0]))];
const TITLE_QUALIFIER = new RegExp(`^(?:${HONORIFIC_SOURCE}|${alternation(TITLE_QUALIFIERS)}|${alternation(TITLE_FIRST_WORDS)}|Worshipful|Lady|the|The|and|[A-Z]\\.?)$`);
/** A tier or two and nothing else: "County", "County Borough". */
const TIERS_ONLY = new RegExp(`^${alternation(TITLE_QUALIFIERS)}(?:\\s+${alternation(TITLE_QUALIFIERS)})?$`);
const QUALIFIER_START = new RegExp(`^${alternation(TITLE_QUALIFIERS)}\\s+`);
const HONORIFIC_WORD = new RegExp(`(?:^|\\s)${HONORIFIC_SOURCE}\\s`);

/** A title or office after a space, as TITLE_BOUNDARY looks ahead for one. */
const TITLE_AHEAD = new RegExp(`\\s(?:${HONORIFIC_SOURCE}\\s+[A-Z]|${THE_OFFICE_SOURCE}\\b)`);

// The first title in a piece ends before any other does, unless a word of a form of address ("His Worship") is
// itself a title: then every piece is scanned.
const ADDRESS_WORD_TITLED = ADDRESS_FORMS.some((form) => form.split(/\s+/).some((w) => HONORIFIC_WORD.test(` ${w} `)));

/**
 * True when a piece of a list may hold a titled name after another: a boundary is split only after a title
 * (HONORIFIC_WORD) before it, and the first title ends before any other, so a piece with no title, or with none
 * ahead after its first, is left as it is without TITLE_BOUNDARY's scan. ("Councillor Carter" holds one title.)
 */
function holdsTitledRun(piece: string): boolean {
  if (ADDRESS_WORD_TITLED) return true;
  const first = HONORIFIC_WORD.exec(piece);
  return first !== null && TITLE_AHEAD.test(piece.slice(first.index + first[0].length - 1));
}

/** Puts a comma where a titled name follows a surname with no separator. */
function splitTitledRun(text: string): string {
  // Only after a title in the same piece: "Roads Superintendent Dale Fenn" is one officer.
  // (A text without a comma or semicolon is one piece.)
  return (text.includes(',') || text.includes(';') ? text.split(/(?<=[,;])/) : [text])
    .map((piece) =>
      holdsTitledRun(piece) ? piece.replace(TITLE_BOUNDARY, (all: string, before: string, at: number) => (TITLE_QUALIFIER.test(before) || !HONORIFIC_WORD.test(piece.slice(0, at + before.length + 1)) ? all : `${before}, `)) : piece,
    )
    .join('');
}

/** A word of a name run with no separators: a name word, an initial, or post-nominal letters to drop. */
const RUN_WORD = /^(?:[A-Z][a-z'’]{1,30}(?:-\s?[A-Z][a-z'’]{1,30})*|[A-Z]\.?|[A-Z]{2,5}|J\.P\.)$/;

/**
 * "Tamsin Hosking Jory Bolitho Kathy Pender MBE Maud F. Harker": full names after a plural title with no separators,
 * each a given name, any initials and a surname. Null when the run is not made of such pairs.
 */
function splitNameRun(text: string): string[] | null {
  // "Deputy Mayor Neil Sinclair": a title of several words before one name, no run.
  if (HONORIFIC_START.test(text)) return null;
  const words = text.replace(/-\s+(?=[A-Z])/g, '-\u0000').split(/\s+/).map((w) => w.replace('\u0000', ' '));
  if (words.length < 4 || !words.every((w) => RUN_WORD.test(w.replace(' ', '')))) return null;
  const names: string[] = [];
  let current: string[] = [];
  for (const w of words) {
    if (/^(?:[A-Z]{2,5}|J\.P\.)$/.test(w)) continue;
    current.push(w);
    // A given name, initials, then the surname closes the name.
    if (current.length >= 2 && !/^[A-Z]\.?$/.test(w)) {
      names.push(current.join(' '));
      current = [];
    }
  }
  return current.length === 0 && names.length >= 2 ? names : null;
}

/** "SURNAME, Given" entries, several on a line (two columns run together): "ALDERTON, Grace BRANWELL, Henry". */
const SURNAME_FIRST = /(?<![\w'’-])([A-Z][A-Z'’]{1,30}(?:-[A-Z][A-Z'’]{1,30})?),\s((?:Professor|Sir|Dame|Dr|Lady|Lord)\s){0,3}((?:[A-Z][a-z'’-]{1,30})(?:\s[A-Z][a-z'’-]{1,30}){0,2})(?=[\s,]|$)/g;

/** "Councillor N Patel (Leader) (in the Chair)" → the name, and every bracket after it ("Leader; in the Chair"). */
function trailingBrackets(text: string): { before: string; inside: string } | null {
  let m = text.includes(')') ? TRAILING_BRACKET.exec(text) : null;
  if (!m) return null;
  const inside = [m[2].trim()];
  let before = m[1].trim();
  while ((m = TRAILING_BRACKET.exec(before)) !== null) {
    inside.unshift(m[2].trim());
    before = m[1].trim();
  }
  return { before, inside: inside.join('; ') };
}

/** True when a text reads as a clause, not a list of names: two or more lower-case words outside brackets ("Cllr Hotten opened the meeting"). */
// A word in lower case, whole: letters with accents belong to words ("Súilleabháin" holds no word "illeabh").
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])[a-z]{3,}(?![\p{L}\p{M}])/gu;

export function readsAsClause(text: string): boolean {
  // Reasons in brackets or after a dash ("Cllr B Hale – work commitments") decorate an entry; they do not make it a clause.
  const words = text.replace(/\([^)]*\)/g, ' ').replace(/\s[–—-]\s{1,3}[^,;–—]{1,80}/g, ' ').match(LOWER_CASE_WORD) ?? [];
  return words.filter((w) => !/^(?:and|the|for|van|von|der|del|with)$/.test(w)).length >= 2;
}

// parsePerson asks namesPerson of the same text more than once in a row: the last answer is kept.
let lastAsked: string | null = null;
let lastAnswer = false;

/** True when an entry names a person (with a title, or shaped as a name). */
export function namesPerson(text: string): boolean {
  if (text !== lastAsked) {
    lastAnswer = HONORIFIC_START.test(text) || looksLikePersonName(text) || DEPUTY_NAME.test(text) || (text === text.toUpperCase() && CAPITAL_TITLED.test(text));
    lastAsked = text;
  }
  return lastAnswer;
}

// How many words one person's name holds before "representing", untitled and titled.
const MAX_NAME_WORDS = 3;
const MAX_TITLED_NAME_WORDS = 5;
// A name, then whom the person attends for: "Ruby Kelly representing Maslows". Groups: name, role.
const REPRESENTING = /^([A-Z][^()]{2,60}?)\s+(representing\s+[A-Z].{1,80})$/;

// One person's entry ("Councillor Hughes", "Mr R W Gough (Chairman)") stands in list after list: each entry is read once,
// without a line, and each call gets its own copy on its line (callers change the roles of the people they get).
// A person read here is a name and a role, the line after them.
const unplacedPerson = memo((entry: string): Person | null => readPerson(entry), 4096);

/** Parses one list entry: "Mr R W Gough (Chairman)", "Cr Denise Knight – Ward", "General Manager". */
export function parsePerson(entry: string, line?: number): Person | null {
  const p = unplacedPerson(entry);
  if (p === null) return null;
  return line === undefined ? { name: p.name, role: p.role } : { name: p.name, role: p.role, line };
}

/** Reads one list entry (see parsePerson). */
function readPerson(entry: string, line?: number): Person | null {
  // Each pattern below is tried only where it can match (its first letter, a colon, a bracket, a dash, an ending).
  let text = startsWithLetter(entry, 'h') ? entry.replace(WORSHIP, '') : entry;
  if (startsWithLetter(text, 't')) text = text.replace(LEADING_OFFICE, '');
  // "Cyng./Cllr Elin Parry" on a line of its own: a title in two languages is one title, the one next to the name.
  if (text.includes('/')) text = text.replace(BILINGUAL_TITLE_PAIR, '');
  text = text.replace(/\s+/g, ' ').trim();
  if (/[.;:,]/.test(text.slice(-1))) text = text.slice(0, -1).trim();
  // "The Mayor (Councillor Shabana Rafiq) in the Chair": who chaired is a member named like any other.
  const presiding = presidingEntry(text);
  if (presiding && namesPerson(presiding[0])) text = `${presiding[0]} (${presiding[1]})`;
  const chaired = IN_THE_CHAIR.exec(text);
  // ("Councillor R Okonkwo (Leader, in the Chair)" keeps its bracket: the words stand inside it.)
  const chair = chaired ? text.slice(0, chaired.index) : '';
  // Only an office with its holder in brackets is read so; "Councillor J Smith (in the Chair)" keeps the bracket as its role.
  if (chaired && chair.includes(')') && chair.split('(').length === chair.split(')').length && OFFICE_ALONE.test(chair.slice(0, chair.indexOf('(')).trim())) text = chair.replace(/^the\s+/i, '').trim();
  if (!text || ((startsWithLetter(text, 'n') || startsWithLetter(text, 't')) && NO_ONE.test(text))) return null;
  // A long entry is a sentence or a run the separators missed, not one person.
  if (text.length > MAX_ENTRY) return { name: null, role: text.slice(0, MAX_ENTRY), ...(line !== undefined ? { line } : {}) };
  // "THE MAYOR: Cllr Vasey", "Co-opted Members: Mr C Hume": the label before the name is a role.
  let role: string | null = null;
  const label = text.includes(':') ? ROLE_LABEL_PREFIX.exec(text) : null;
  if (label && namesPerson(text.slice(label[0].length))) {
    role = label[0].replace(/\s*:\s*$/, '');
    text = text.slice(label[0].length);
  }
  text = withoutPostNominals(text.replace(REASON, '')).trim();
  // "Ruby Kelly representing Maslows": whom a person attends for is their role.
  const representing = role === null && text.includes(' representing ') ? REPRESENTING.exec(text) : null;
  // One person's name: a given name and surname, or a title before them ("John Foster Ruby Kelly" runs two together).
  const representative = representing ? representing[1].split(' ').length <= (HONORIFIC_START.test(representing[1]) ? MAX_TITLED_NAME_WORDS : MAX_NAME_WORDS) : false;
  if (representing && representative && namesPerson(representing[1])) [text, role] = [representing[1], representing[2]];
  const clause = NAME_THEN_CLAUSE.exec(text);
  if (clause) text = clause[1];
  // "Councillor A Fenwick (Chair) – Northgate Ward": the bracket and the ward are both roles.
  const bracketThenDash = text.includes(')') && holdsDash(text) ? /^(.*?\))\s+[–—-]\s+(.{2,160})$/.exec(text) : null;
  let dashRole: string | null = null;
  if (bracketThenDash && trailingBrackets(bracketThenDash[1]) !== null) {
    text = bracketThenDash[1];
    dashRole = bracketThenDash[2].trim();
  }
  const paren = trailingBrackets(text);
  if (paren) {
    text = withoutPostNominals(paren.before);
    role = paren.inside;
    // "Chief Executive (Tom Walsh)": the role outside, the name in brackets.
    if (OFFICER_ROLE.test(text) && !looksLikePersonName(text) && !HONORIFIC_START.test(text) && looksLikePersonName(role)) [text, role] = [role, text];
    // "His Worship the Mayor (Mr D Kereama)", "Chair (Cllr Ann Vos)": a member's office outside, the titled name in brackets.
    else if (OFFICE_ALONE.test(text) && HONORIFIC_START.test(role) && looksLikePersonName(role)) [text, role] = [role, text.replace(/^the\s+/i, '')];
    if (dashRole !== null) role = `${role}; ${dashRole}`;
    // "Ms J Tan – Executive Assistant (Minutes)": the name, its role after a dash, then the bracket.
    const dashed = dashRole === null && holdsDash(text) ? /^(.*?)\s+[–—-]\s+(.{2,120})$/.exec(text) : null;
    if (dashed && namesPerson(dashed[1]) && !namesPerson(dashed[2])) {
      text = dashed[1].trim();
      role = `${dashed[2].trim()}; ${role}`;
    }
  } else {
    // "Cr Denise Knight – Ward", "Cllr Mr G. Hotten – Chairman"; or the role first: "THE MAYOR - Councillor Pascoe".
    const dash = holdsDash(text) ? /^(.*?)\s+[–—-]\s+(.{2,160})$/.exec(text) : null;
    const roleFirst = dash !== null && HONORIFIC_START.test(dash[2]) && !HONORIFIC_START.test(dash[1]) && namesPerson(dash[2]);
    if (dash && !roleFirst && namesPerson(dash[1])) {
      text = dash[1].trim();
      role = dash[2].trim();
    } else if (dash && (roleFirst || (namesPerson(dash[2]) && !namesPerson(dash[1])))) {
      role = dash[1].trim();
      text = dash[2].trim();
    }
  }
  // "Chairman Cllr R Lewis", "Ward Cllr B Durkin": a role written before a titled name.
  // "County Councillor Ewan Lusk", "Police Liaison Officer County Cllr K Tregenza": the qualifier is part of the title.
  // (Also after a bracketed role was taken off: "County Councillor Janet Aske (Chair)".)
  const titled = !namesPerson(text) ? ROLE_BEFORE_TITLED_NAME.exec(text) : null;
  const qualified = (t: string): boolean => namesPerson(t.replace(QUALIFIER_START, ''));
  let qualifiedTitle = false;
  if (titled && TITLE_QUALIFIER.test(titled[1]) && qualified(titled[2])) qualifiedTitle = true;
  else if (titled && role === null && qualified(titled[2])) {
    [role, text] = [titled[1], titled[2]];
    qualifiedTitle = true;
  }
  // "Tenant Representative Lulu Agate": a representative's role written before the name.
  const prefixed = role === null && !HONORIFIC_START.test(text) ? (ROLE_BEFORE_PLAIN_NAME.exec(text) ?? POST_BEFORE_INITIALLED_NAME.exec(text)) : null;
  if (prefixed && looksLikePersonName(prefixed[2])) [role, text] = [prefixed[1], prefixed[2]];

  // "Mr A Rudd for his late arrival", "Cllr Tully on holiday": a titled name ends before the first lower-case word.
  const trailing = HONORIFIC_START.test(text) ? TITLED_THEN_CLAUSE.exec(text) : null;
  if (trailing) text = trailing[1];
  // "Cr K Lowe Shire President", "Mr D Bell Chief Executive Officer": an office or post after a titled name, no separator.
  const office = role === null && !trailing && HONORIFIC_START.test(text) ? officeAfterName(text) : null;
  if (office) [text, role] = office;
  // "Deputy Chairperson Ben Hale": a member's office before a plain name names the member as "Deputy Mayor Lewis" does;
  // the office is also the role.
  const before = role === null && !qualifiedTitle && !namesPerson(text) ? OFFICE_BEFORE_NAME.exec(text) : null;
  if (before && looksLikePersonName(before[2])) return { name: text, role: before[1], ...(line !== undefined ? { line } : {}) };
  // "Div. 1 Dale Reimer", "Ward 3 Councillor A Bee": the numbered seat before the name is the role.
  const seat = /\d/.test(text) ? SEAT_BEFORE_NAME.exec(text) : null;
  if (seat && namesPerson(text.slice(seat[0].length))) {
    text = text.slice(seat[0].length);
    role = role === null ? seat[1] : `${seat[1]}; ${role}`;
  }
  // "Mayor Cr Kim Fielding", "Deputy Mayor Cr E Lim": the office before a councillor's title is the role; the name
  // stays as written, office and all, as "Mayor John Booth" does (corpus README: names as written; three of five
  // invented gold sets write it so, two drop the office).
  const officeFirst = OFFICE_BEFORE_COUNCILLOR.exec(text);
  if (officeFirst) role = role === null ? officeFirst[1] : `${officeFirst[1]}; ${role}`;
  // "Foreman Gerry Doucette (9:00 – 10:15 a.m.)", "Group Manager Alan Reid": an officer's post, then a plain name, read
  // as presenters' subjects are; the post comes first among the roles. (A member's office keeps its name as written, above.)
  const post = !qualifiedTitle && !HONORIFIC_START.test(text) && !namesPerson(text) && !OFFICE_BEFORE_NAME.test(text) ? splitRoleAndName(text) : null;
  if (post) [role, text] = [role === null ? post.role : `${post.role}; ${role}`, post.name];
  const p: Person = qualifiedTitle || namesPerson(text) ? { name: text, role } : { name: null, role: role ? `${text} (${role})` : text };
  if (line !== undefined) p.line = line;
  return p;
}

/** A numbered seat before a name: "Div. 1 ", "Ward 3 ". Group 1: the seat. */
const SEAT_BEFORE_NAME = new RegExp(`^((?:${alternation(SEAT_WORDS)})\\.?\\s?\\d{1,2}[A-Z]?)\\s+(?=[A-Z])`);

/** A member's office, then a councillor's title and a name: "Mayor Cr Kim Fielding". Group 1: the office. */
const OFFICE_BEFORE_COUNCILLOR = new RegExp(`^(${OFFICE})\\s+(?=${abbreviationAlternation(COUNCILLOR_TITLES)}\\s+[A-Z])`);

/** The first cell of an attendance grid's row that names a member's office: "Deputy Reeve", "Councillors", "Alt. Director". */
const GRID_MEMBER_OFFICE = new RegExp(`^(?:${OFFICE}|${abbreviationAlternation(PLURAL_TITLES)}|${alternation(GRID_MEMBER_OFFICES)})$`);

/**
 * What the first cell of an attendance grid's row says of the row's person: 'member' for a member's office
 * ("Chair", "Councillors", "Director" on a regional district board), 'officer' for an officer's post ("Chief
 * Administrative Officer", "Recording Secretary"), null for a cell that is neither (a name, a sentence).
 */
export function gridOffice(cell: string): 'member' | 'officer' | null {
  const c = cell.trim();
  if (c.length > 60 || (HONORIFIC_START.test(c) && !GRID_MEMBER_OFFICE.test(c))) return null;
  if (GRID_MEMBER_OFFICE.test(c)) return 'member';
  return /^[A-Z][\w,.&'’ -]{2,59}$/.test(c) && OFFICER_ROLE.test(c) && !/\b[a-z]{3,}\b.*\b[a-z]{3,}\b.*\b[a-z]{3,}\b/.test(c) ? 'officer' : null;
}

/** One cell of a column or a line of a one-per-line list: one person, "Name, Role" or "Role, Titled Name". */
export function parseCell(cell: string, line: number): Person | null {
  const text = cell.replace(WORSHIP, '').trim();
  // "The Mayor (Councillor Gwendolyn Ashby) in the Chair": an office with its holder in brackets is read as a list entry is.
  // So is a member who is no councillor, titled by the kind of member: "Independent Member J. Okafor".
  if (text.length > MAX_ENTRY || OFFICE_THEN_HOLDER.test(text) || ROLE_BEFORE_PLAIN_NAME.test(text)) return parsePerson(text, line);
  // "Cathaoirleach Cllr. P. Ryan presiding.": the cell without the marker, which joins its role.
  const presiding = presidingEntry(text);
  const chair = presiding ? parseCell(presiding[0], line) : null;
  if (presiding && chair && chair.name !== null) return { ...chair, role: chair.role === null ? presiding[1] : `${chair.role}; ${presiding[1]}` };
  // "Chairperson Rewi Tamihana", "Deputy Chairperson Gail Stroud": a member's office (not a title) before a plain name.
  const office = HONORIFIC_START.test(text) ? null : OFFICE_BEFORE_NAME.exec(text);
  if (office && looksLikePersonName(office[2])) return { name: office[2], role: office[1], line };
  // "Deputy Mayor McLaren" is one title and a name, not a role and a name.
  const before = HONORIFIC_START.test(text) ? null : ROLE_BEFORE_NAME.exec(text);
  // "County Councillor Janet Aske (Chair)": a tier before the title is part of it, not a role.
  if (before && !HONORIFIC_START.test(before[1]) && !TIERS_ONLY.test(before[1])) return { name: before[2], role: before[1], line };
  const comma = /^([^,]{2,80}),\s+(.{2,120})$/.exec(text);
  if (comma && namesPerson(comma[1]) && !namesPerson(comma[2].replace(/\s*\([^)]*\)$/, ''))) return { name: withoutPostNominals(comma[1]), role: comma[2], line };
  return parsePerson(text, line);
}

/** "ALDERTON, Grace BRANWELL, Henry …": every "SURNAME, Given" entry, when the text is made of them. */
function surnameFirstEntries(text: string, line?: number): Person[] | null {
  if (!text.includes(',')) return null;
  const found: Person[] = [];
  SURNAME_FIRST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SURNAME_FIRST.exec(text)) !== null) {
    // "Sir Alan Pryor, CBE, Mrs S Hendra": a post-nominal and the next title are not a surname and a given name.
    if (POST_NOMINAL.test(m[1]) || HONORIFIC_START.test(m[3])) continue;
    const given = m[3].split(' ').filter((w) => !POST_NOMINAL.test(w) && w !== 'Bt');
    const prefix = m[0].slice(m[1].length + 2, m[0].length - m[3].length);
    found.push({ name: `${m[1]}, ${prefix}${given.join(' ')}`.trim(), role: null, ...(line !== undefined ? { line } : {}) });
  }
  return found.length >= 3 ? found : null;
}

/** Splits a list of attendees, keeping post-nominals with their names. */
/** The first title of a pair in two languages ("Cyng. / " in "Cyng. / Cllr G Hughes", "Comh. / " before "Cllr"). */
const BILINGUAL_TITLE_PAIR = new RegExp(`(?<![\\p{L}])${HONORIFIC_SOURCE}\\.?\\s{0,2}\\/\\s{0,2}(?=${HONORIFIC_SOURCE}\\.?\\s)`, 'gu');

// "Alasdair Kerr (Chair) AK, Morag Fyfe MF": the initials the minutes go on to call each member by, written after the
// name (and its bracket). Read only where they are that name's own initials.
const INITIALS_AFTER_NAME = /([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3})((?:\s*\([^()]{1,60}\))?)\s+([A-Z]{2,4})(?=\s*(?:[,;]|$|\s+and\s))/gu;
const INITIALS_GATE = /\s[A-Z]{2,4}(?:\s*[,;]|\s*$|\s+and\s)/;

/** The text without the initials written after its names, when two or more names carry their own ("… Tom Baird TB, …"). */
function withoutInitialsAfterNames(text: string): string {
  if (!INITIALS_GATE.test(text)) return text;
  let own = 0;
  const stripped = text.replace(INITIALS_AFTER_NAME, (all, name: string, bracket: string, initials: string) => {
    const words = name.split(/\s+/);
    if (words.length < initials.length || words.slice(-initials.length).map((w) => w.charAt(0)).join('') !== initials) return all;
    own++;
    return `${name}${bracket}`;
  });
  return own >= 2 ? stripped : text;
}

// A bracket left open at the end: a line read alone that wrapped inside it ("… Councillor Heather Mould (Portfolio Holder for").
const UNCLOSED_BRACKET_END = /\s*\([^()]*$/;

function readEntries(written: string, line?: number, membersList = false): Entry[] {
  const text = withoutInitialsAfterNames(written).replace(UNCLOSED_BRACKET_END, '');
  const upright = surnameFirstEntries(text, line);
  if (upright) return upright.map((person) => ({ person, rule: surnameFirstRule.id }));
  let body = text.includes('Worship') ? text.replace(WORSHIP, '') : text;
  // "Cyng. / Cllr G Hughes": a title in two languages is one title, the one next to the name.
  if (body.includes('/')) body = body.replace(BILINGUAL_TITLE_PAIR, '');
  // "Councillor A (Chair) B (Spokesperson)": a closing bracket before the next name separates them.
  if (body.includes(')')) body = body.replace(/\)\s*(?=[A-Z])/g, '), ');
  // "THE MAYOR - Councillor Pascoe. THE DEPUTY MAYOR - Councillor Rowe": a full stop before capitals ends an entry.
  if (body.includes('.')) body = body.replace(/(?<![\s.][A-Z])\.\s+(?=[A-Z]{2,}\b)/g, ', ');
  const tail = TAIL_JOINER.exec(body);
  if (tail) body = body.slice(0, tail.index);
  // "Cllr A Penrose Cllr C Treloar": a title after a surname opens the next entry.
  body = splitTitledRun(body);
  const merged: string[] = [];
  for (const { text: raw, separator } of splitPeopleListWithSeparators(body)) {
    // "Director of Law and Governance": the "and" joins the words of one department, not two people or posts.
    if (separator === ' and ' && merged.length > 0 && POST_OF_DEPARTMENT.test(merged[merged.length - 1]) && DEPARTMENT_WORD_AFTER.test(raw) && !looksLikeRole(raw.replace(/\s*\(.*$/, ''))) {
      merged[merged.length - 1] += ` and ${raw}`;
      continue;
    }
    const p = raw.replace(PLURAL_TITLE, '');
    if ((POST_NOMINAL.test(p) || /^J\.P\.?$/.test(p)) && merged.length) merged[merged.length - 1] += `, ${p}`;
    else merged.push(raw);
  }
  const out: Entry[] = [];
  // After "Councillor A" or "Councillors", bare surnames are names: "Councillors Bellamy, Dunmore (Spokesperson)".
  let councillors = membersList;
  let distributing = false;
  const commaRoles = new Set<Person>();
  for (const entry of merged) {
    // "from Gareth Bacon AM", "Nancy Sayer who was substituted by …": the name alone.
    let m = startsWithLetter(entry, 'f') || startsWithLetter(entry, 'a') ? entry.replace(/^(?:from|and)\s+/i, '') : entry;
    m = m.replace(/\s+(?:with\s.*\battending\b).*$/i, '');
    if (m.endsWith('.')) m = m.slice(0, -1);
    m = withoutPostNominals(m).trim();
    if (PLURAL_TITLE.test(m)) {
      m = m.replace(PLURAL_TITLE, '');
      councillors = true;
      distributing = true;
    }
    // "Councillors Tamsin Hosking Jory Bolitho …": a run of full names with no separators.
    const run = distributing && !SEPARATED_LIST.test(m) ? splitNameRun(m) : null;
    if (run) {
      for (const name of run) out.push({ person: { name, role: null, ...(line !== undefined ? { line } : {}) }, rule: distributiveTitleRule.id });
      continue;
    }
    // "James Scott, Councillor": a bare title after a name is that person's role.
    const last = out.length > 0 ? out[out.length - 1].person : null;
    // "Nick Oakhill (NO) CHAIR, …, Cathy Fleet (CF) CLERK": a post in capitals after the initials the minutes use for the
    // person (their columns run together into one list) is that person's role.
    if (last && last.name !== null && (last.role === null || INITIALS.test(last.role)) && POST_IN_CAPITALS.test(m)) {
      const post = postInCapitals(m);
      if (BARE_TITLE.test(post) || OFFICER_ROLE.test(post)) {
        last.role = post;
        continue;
      }
    }
    if (BARE_TITLE.test(m) && last && last.role === null) {
      last.role = m;
      // "P. Oyelaran, Vice Chair, Town of Gull Harbour": the seat after the office is the same person's.
      commaRoles.add(last);
      continue;
    }
    // "Mrs Sally Sahin and Mrs Victoria Whitehead, Councillors, Mrs Susan Ryding, Clerk": a bare plural title closes the
    // members named before it; a bare officer's post after a name is that person's.
    if (last && last.name !== null && BARE_PLURAL_TITLE.test(m)) {
      councillors = false;
      continue;
    }
    if (last && last.name !== null && last.role === null && OFFICER_ROLE.test(m) && looksLikeRole(m) && !looksLikePersonName(m) && !HONORIFIC_START.test(m)) {
      last.role = m;
      continue;
    }
    // "Director L. Bjornson, Electoral Area A (Chair)": the seat after a name is that member's, however name-like its words.
    if (last && last.name !== null && SEAT_ENTRY.test(m)) {
      last.role = last.role === null ? m : `${last.role}, ${m}`;
      continue;
    }
    let person = parsePerson(m, line);
    // "Mr D Lyons, County Secretary; Ms A Byrne, Senior Engineer": a role phrase after a name and a comma is that person's.
    if (person && person.name === null && last && last.name !== null && (last.role === null || commaRoles.has(last)) && ROLE_AFTER_COMMA.test(m) && !SURNAME_ENTRY.test(m)) {
      last.role = last.role === null ? m : `${last.role}, ${m}`;
      commaRoles.add(last);
      // The list has left the names: bare words after a role are the role's ("…, Planning and Regeneration").
      councillors = false;
      continue;
    }
    const surname = councillors && person && person.name === null ? SURNAME_ENTRY.exec(m) : null;
    if (surname) person = { name: surname[1], role: surname[2] ?? null, ...(line !== undefined ? { line } : {}) };
    // A role between the names ("Ada Penhallow, Leader of the Council and Lead Councillor for Planning, Ivo Trelawny"): bare words after it are the role's.
    if (person && person.name === null) councillors = false;
    if (person && (person.name === null || person.name.length <= 80)) out.push(distributing && person.name !== null && !HONORIFIC_START.test(person.name) ? { person, rule: distributiveTitleRule.id } : { person });
    if (HONORIFIC_START.test(m) && !PLURAL_TITLE.test(`${m} `)) {
      councillors = true;
      distributing = false;
    }
  }
  return out;
}

// A document's lists and sentences name the same people again and again (the list after "from" read again from each
// "apolog…" of its paragraph, a name on both sides of a page): while a document is read, each text is split once.
// The readers copy the people they keep and never change an entry, so the entries can be shared.
let documentEntries: Map<string, readonly Entry[]> | null = null;

/** Runs `read` (the reading of one document's attendance) with each text's entries remembered until it returns. */
export function rememberingEntries<T>(read: () => T): T {
  const outer = documentEntries;
  documentEntries = new Map();
  try {
    return read();
  } finally {
    documentEntries = outer;
  }
}

// Minutes of one body name the same people meeting after meeting ("Apologies: Councillor Hughes"): a text's entries
// are read once for every document, without a line, and given each list's line when asked for. (The line is the only
// thing a text's reading takes from where it stands, and it goes last on every person, as readEntries puts it.)
const unplacedEntries = memo((key: string): readonly Entry[] => readEntries(key.slice(2), undefined, key.charCodeAt(0) === 49), 4096);

/** A person read without a line, on `line`: a name and a role is all readEntries gives a person before its line. */
function placed(p: Person, line: number): Person {
  return Object.keys(p).length === 2 ? { name: p.name, role: p.role, line } : { ...p, line };
}

/** A text's entries, the people on `line` (read once per text, see unplacedEntries). */
function placedEntries(text: string, line: number | undefined, membersList: boolean): readonly Entry[] {
  const unplaced = unplacedEntries(`${membersList ? 1 : 0}|${text}`);
  if (line === undefined) return unplaced;
  return unplaced.map((e): Entry => (e.rule === undefined ? { person: placed(e.person, line) } : { person: placed(e.person, line), rule: e.rule }));
}

/** Splits a list of attendees, keeping post-nominals with their names. The entries are shared: read them, copy the people kept. */
export function parseEntries(text: string, line?: number, membersList = false): readonly Entry[] {
  if (documentEntries === null) return placedEntries(text, line, membersList);
  const key = `${line ?? ''}|${membersList ? 1 : 0}|${text}`;
  let entries = documentEntries.get(key);
  if (entries === undefined) {
    entries = placedEntries(text, line, membersList);
    documentEntries.set(key, entries);
  }
  return entries;
}

/** Splits a list of attendees into people (see parseEntries). */
export function parsePeople(text: string, line?: number): Person[] {
  return readEntries(text, line).map((e) => e.person);
}
