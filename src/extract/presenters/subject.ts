// The presenter subject recogniser: reads who a presenting sentence is about
// from its subject, in every form minutes write people and posts: "Jane Doe,
// Head of Planning,", "Mr A Reid (Head of Highways)", "The Head of Finance",
// "The Cabinet Member for Housing, Councillor Joan Price", "Fire Chief Jane
// Doe", "Councillors Ames and Bell", "X, Y and Z". Every presenter rule reads
// its people through parsePeopleSubject, so the forms are recognised alike
// whichever verb or label introduced them.
import { COORDINATED_LEAD_VERBS, NON_NAME_SUBJECTS, ORGANISATION_ENDINGS, PLURAL_TITLES, ROLE_CONNECTORS, ROLE_HEADS, alternation } from '../../lexicon/index.js';
import { HONORIFIC_SOURCE, COLLECTIVE_SUBJECT, looksLikePersonName, looksLikeRole, splitRoleAndName } from '../../tokenize/names.js';
import { memo } from '../../util/memo.js';

/** One person or post read from a subject; name null for a role-only mention ("The Leader"). */
export interface PersonRef {
  name: string | null;
  role: string | null;
}

/** The people of a subject as parsePeopleSubject reads them: kept for the next reading of the same text, so never changed. */
export type People = readonly Readonly<PersonRef>[];

// Subjects that are documents or bodies, not posts.
const NOT_A_ROLE_WORD = /^(?:report|item|committee|council|cabinet|board|panel|minutes|meeting|update|members?|officers?|councillors?|presentation|following|order|matter|application|paper|document|chair(?:'s)? report)$/i;
// A document named like a role ("The Election Accessibility Compliance Report was presented"), unlike "Head of Policy".
const DOCUMENT_NAME = /\b(?:report|plan|strategy|policy|statement|accounts|budget|programme|review|document|paper|assessment|framework|protocol|minutes|update)s?$/i;
const ROLE_NOUN = /\b(?:head|director|manager|officer|chief|lead|leader|member|chair(?:man|person)?|mayor|clerk|secretary|treasurer|commissioner|planner|advis[eo]r|executive|president|superintendent|co-?ordinator|controller|auditor|solicitor)\b/i;
// Two phrases run together ("Clerk to the Authority the Director of People"): a capitalised word then "the" and a capital.
const RUN_TOGETHER = /[A-Za-z’')]\s+the\s+[A-Z]/;
/** True when a "The …" phrase is a document, a body or two phrases run together rather than a post. */
export const notARole = (role: string): boolean =>
  NOT_A_ROLE_WORD.test(role) || (DOCUMENT_NAME.test(role) && !ROLE_NOUN.test(role)) || (RUN_TOGETHER.test(role) && !/\b(?:of|for|to|on|at|in|with|and)\s+the\s+[A-Z]/.test(role));

const ROLE_CONNECTOR = new Set(ROLE_CONNECTORS);
// A role head's last word in lower case, as minutes write it inside a post: "Cabinet member for Housing".
const LOWER_HEAD_WORD = new Set(ROLE_HEADS.map((h) => h.split(' ').pop()!.toLowerCase()));
/** Longer than any post's name ("Corporate Director of Children, Young People and Education"). */
const MAX_ROLE_WORDS = 16;

/**
 * True when a phrase is built as a post's name is: capitalised words (a role head in lower case too),
 * the connectors between them and bracketed asides, ending in no connector. A clause ("Chair
 * congratulated Ysgol Bro Teifi on …", "Can the General Manager advise …") or two phrases run together
 * ("… with access The Principal Planning Officer") is not one.
 */
export function isRolePhrase(role: string): boolean {
  // "Engagement Lead from the external auditors": a post, then the body it comes from in a few plain words.
  const from = role.indexOf(' from ');
  if (from > 0) return isRolePhrase(role.slice(0, from)) && BODY_FROM.test(role.slice(from + 6));
  // A bracketed aside is any words ("Director of Place (interim)"); a bracket left open is dropped.
  const words = role.replace(/\([^()]{0,80}\)/g, ' ').replace(/[()]/g, ' ').trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_ROLE_WORDS || words[0] === '') return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k].replace(/[,;:]$/, '');
    if (/^[A-Z0-9]/.test(w)) {
      // "The" inside a phrase starts another: a heading or clause ran into the post.
      if (k > 0 && w === 'The') return false;
      continue;
    }
    if (k === 0 || !(ROLE_CONNECTOR.has(w) || LOWER_HEAD_WORD.has(w))) return false;
  }
  return !ROLE_CONNECTOR.has(words[words.length - 1]);
}

// The body a post comes from, in at most six plain words: "the external auditors", "Grant Thornton".
const BODY_FROM = /^(?:the\s+)?[A-Za-z’'&-]+(?:\s+[A-Za-z’'&-]+){0,5}$/;

/** A post standing without a name ("The Principal Planning Officer", "The RFO", "our chair") holds a role head or is an acronym. */
const namesAPost = (role: string): boolean => looksLikeRole(role.replace(/^[a-z]/, (c) => c.toUpperCase())) || /^[A-Z]{2,6}$/.test(role);

// Words that make a phrase a clause rather than a role: "Chair requested that a report be".
const CLAUSE_WORDS = /\b(?:requested|that|be|was|were|is|are|had|has|have|would|will|asked|said|noted|stated|which|who|due|not)\b/;

// A plural honorific before a list of surnames: "Councillors Ames and Bell", "Cllrs A Cole, B Dunn".
const PLURAL_HONORIFIC = new RegExp(`^(${alternation(PLURAL_TITLES)}\\.?)\\s+`);
const SINGULAR_OF: Record<string, string> = { Councillors: 'Councillor', Cllrs: 'Cllr', 'Cllrs.': 'Cllr', Crs: 'Cr', 'Crs.': 'Cr' };
const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC_SOURCE}\\s`);

type Part = { kind: 'name'; name: string; role: string | null } | { kind: 'the-role'; role: string } | { kind: 'role'; role: string };

/** Splits "A (Role), B (Role) and C (Role)" at commas, semicolons and "and" outside parentheses, keeping each separator. */
export function splitPeopleListWithSeparators(text: string): { text: string; separator: string }[] {
  const parts: { text: string; separator: string }[] = [];
  let depth = 0;
  let cur = '';
  let separator = '';
  // (Lists copied from web pages part names with a middle dot: "Cr A Okafor (Mayor) · Cr P Vlahos".)
  for (const w of text.split(/(,?\s+and\s+|,\s*|;\s*|\s+·\s+|\(|\))/)) {
    if (w === '(') depth++;
    if (w === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(?:,?\s+and\s+|,\s*|;\s*|\s+·\s+)$/.test(w)) {
      if (cur.trim()) parts.push({ text: cur.trim(), separator });
      cur = '';
      separator = /and/.test(w) ? ' and ' : ', ';
    } else cur += w;
  }
  if (cur.trim()) parts.push({ text: cur.trim(), separator });
  return parts;
}

export function splitPeopleList(text: string): string[] {
  return splitPeopleListWithSeparators(text).map((p) => p.text);
}

function classify(part: string, afterName: boolean): Part | null {
  // "Name (Role (Detail))": the role is everything inside the outermost brackets.
  const open = part.indexOf('(');
  const closes = part.endsWith(')');
  const core = (open > 0 && closes ? part.slice(0, open) : part).trim();
  const inner = open > 0 && closes ? part.slice(open + 1, -1).trim() : null;
  if (looksLikePersonName(core)) return { kind: 'name', name: core, role: inner };
  // "Lee Bloomfield from the Healthcare Trust": a guest named with the body they come from.
  const from = /^(.{3,60}?)\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w’'&()-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w’'&()-]*)){0,12}(?:\s+\([^)]{1,40}\))?)$/.exec(part.trim());
  if (from && looksLikePersonName(from[1])) return { kind: 'name', name: from[1], role: from[2] };
  // "Station Officer Dan Kemp of the Rural Fire Service": a post before the name, then the body.
  const postFrom = from && !afterName && !CLAUSE_WORDS.test(from[1]) ? splitRoleAndName(from[1]) : null;
  if (postFrom) return { kind: 'name', name: postFrom.name, role: `${postFrom.role}, ${from![2]}` };
  if (CLAUSE_WORDS.test(core)) return null;
  // "Fire Chief Jane Doe", "District Councillor C Farr", "Natalia Merritt Co-Chair Kent Housing"; after
  // "Jason Reed," the phrase is his post ("Kent Youth Justice Manager"), not a name and a post.
  const both = afterName ? null : splitRoleAndName(core);
  if (both) return { kind: 'name', name: both.name, role: inner ? `${both.role} (${inner})` : both.role };
  // Roles are noun phrases of capitalised words and connectors: "Head of Planning and Performance".
  if (/^[Tt]he\s+[A-Z]/.test(core)) {
    const role = core.replace(/^[Tt]he\s+/, '');
    if (!isRolePhrase(role)) return null;
    // "The Licensing Manager (Sophie Grant)": the post, then the name of who holds it in brackets.
    return inner && looksLikePersonName(inner) && namesAPost(role) ? { kind: 'name', name: inner, role } : { kind: 'the-role', role: role + (inner ? ` (${inner})` : '') };
  }
  // "Our Chair", "our Secretary": community council minutes name their officers with "our".
  const ours = /^[Oo]ur\s+([A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$/.exec(core);
  if (ours && looksLikeRole(ours[1].replace(/^[a-z]/, (c) => c.toUpperCase()))) return { kind: 'the-role', role: ours[1] };
  if (/^[A-Z&]/.test(core) && isRolePhrase(core)) {
    // "Public Health Consultant (Lisa Grant)" opening the subject: a post with its holder's name.
    if (!afterName && inner && looksLikePersonName(inner) && namesAPost(core)) return { kind: 'name', name: inner, role: core };
    return { kind: 'role', role: part.trim() };
  }
  return null;
}

// ", on behalf of the Director," and ", as Chair of the Panel," / ", in her capacity as Chair,".
const ON_BEHALF_OF = /,?\s+on\s+behalf\s+of\s+[^,()]{2,120}(?=,|$)/;
const AS_POST = /,\s+(?:as|in\s+(?:his|her|their)\s+capacity\s+as)\s+(?:the\s+)?(?=[A-Z])/;

/**
 * Asides inside a subject: ", on behalf of the Director," is dropped; ", as
 * Chair of the Panel," and ", in her capacity as Chair," are the person's post.
 */
function asides(subject: string): string {
  // Each aside has a word or mark without which its pattern is not tried.
  const unbehalfed = subject.includes('behalf') ? subject.replace(ON_BEHALF_OF, '') : subject;
  return unbehalfed.includes(',') ? unbehalfed.replace(AS_POST, ', ') : unbehalfed;
}

/** "Councillors Ames and Bell" → "Councillor Ames and Councillor Bell": the plural honorific goes to every name. */
function distributePluralHonorific(subject: string): string {
  const m = PLURAL_HONORIFIC.exec(subject);
  if (!m) return subject;
  const singular = SINGULAR_OF[m[1]] ?? m[1];
  const rest = subject.slice(m[0].length);
  return splitPeopleListWithSeparators(rest)
    .map((p, k) => `${k === 0 ? '' : p.separator}${HONORIFIC_AT_START.test(`${p.text} `) ? p.text : `${singular} ${p.text}`}`)
    .join('');
}

// Every presenter rule reads its people here, and minutes say the same subjects again and again ("The Chair", "The
// Clerk", the item's officer in each of its sentences; the same sentences in each set of minutes of a council): five
// readings in six repeat one already made in a batch, so readings are kept (the pieces of a subject are each asked of
// the name and post patterns, the costliest part of the extractor).
const SUBJECT_MEMO_SIZE = 2048;

/**
 * Reads a subject made of people and roles: "X, Role, Y, Role and Z, Role",
 * "The Role, X and the Role, Y", "X (Role) and Y (Role)", "The Leader".
 * Returns null when the subject is not a list of people ("Members", "In response, officers").
 * The answer is shared by every caller that reads the same text: frozen.
 */
export const parsePeopleSubject: (subjectText: string) => People | null = memo((subjectText) => {
  const people = readPeopleSubject(subjectText);
  return people && Object.freeze(people.map((p) => Object.freeze(p)));
}, SUBJECT_MEMO_SIZE);

/** After "Name, the Role": the subject's end, or "and" before someone named ("…, and John Brown"), not before another "the Role". */
function appositiveEnds(next: { text: string; separator: string } | undefined): boolean {
  return next === undefined || (next.separator === ' and ' && !/^the\s/i.test(next.text));
}

/** A firm's name, by its last word (the lexicon's ORGANISATION_ENDINGS). */
const ORGANISATION_NAME = new RegExp(`\\s${alternation(ORGANISATION_ENDINGS)}$`);

function readPeopleSubject(subjectText: string): PersonRef[] | null {
  const subject = distributePluralHonorific(asides(subjectText.trim()));
  if (COLLECTIVE_SUBJECT.test(subject)) return null;
  const pieces = splitPeopleListWithSeparators(subject);
  if (pieces.length === 0) return null;
  const listHasAnd = pieces.some((p) => p.separator === ' and ');
  const people: PersonRef[] = [];
  // A "The Role" phrase (and role words after it) waiting for the name it introduces.
  let pending: string | null = null;
  const flush = (): boolean => {
    if (pending === null) return true;
    if (notARole(pending) || !namesAPost(pending)) return false;
    people.push({ name: null, role: pending });
    pending = null;
    return true;
  };
  // Each piece is read and placed in turn: the first that is no person or post, or has no place
  // (a post with no one before it), makes the subject no list of people, and the pieces after it
  // (a long opening paragraph has many) are not read.
  let prevKind: Part['kind'] | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    const p = classify(piece.text, piece.separator === ', ' && prevKind === 'name');
    if (p === null) return null;
    prevKind = p.kind;
    const sep = piece.separator || ', ';
    const last = people[people.length - 1];
    // "Bob Lee, Healthwatch Kent, updated …": a name-like body after a named person, in a list without "and", is that person's role.
    // So is a firm after a person and their post, list or not: "Ashley Greer, Audit Partner, Bancroft Dale LLP".
    if (p.kind === 'name' && pending === null && (!listHasAnd || ORGANISATION_NAME.test(p.name)) && sep === ', ' && last?.name && !HONORIFIC_AT_START.test(`${p.name} `) && p.role === null) {
      last.role = last.role ? `${last.role}, ${p.name}` : p.name;
    } else if (p.kind === 'name') {
      people.push({ name: p.name, role: p.role ?? pending });
      pending = null;
    } else if (p.kind === 'the-role' && piece.separator === ', ' && last?.name && last.role === null && pending === null && appositiveEnds(pieces[k + 1])) {
      // "Jane Smith, the Planning Policy Manager, presented …": a "the Role" set off after a name, with no name after it
      // to introduce (the subject ends, or "and" goes on to someone else), is that person's post.
      last.role = p.role;
    } else if (p.kind === 'the-role') {
      if (!flush()) return null;
      pending = p.role;
    } else if (pending !== null) {
      pending = `${pending}${sep}${p.role}`;
    } else {
      if (!last || last.name === null) return null;
      last.role = last.role ? `${last.role}${sep}${p.role}` : p.role;
    }
  }
  if (!flush()) return null;
  return people.length ? people : null;
}

/**
 * The people at the end of a longer subject: "In the absence of the Clerk the
 * Director of Resources" → the Director; "The Board welcomed Lee Bloomfield
 * from the Trust" → Lee Bloomfield. Tries each later start (after a comma, at
 * "the", at a capital after a lower-case word or at an honorific), leftmost first.
 */
export function trailingPeople(subject: string): People | null {
  const afterCommas: number[] = [];
  const others: number[] = [];
  // A start after a preposition is inside a phrase ("residents from Elm Court", "the absence of the Clerk").
  const re = /(?:[,:]\s+|\s+[–—-]\s+|(?<!\b(?:from|of|at|in|on|to|for|with|by))\s+(?=[Tt]he\s+[A-Z])|(?<=\b(?!(?:from|of|at|in|on|to|for|with|by)\s)[a-z][a-z’']*)\s+(?=[A-Z]))/g;
  for (let m = re.exec(subject); m !== null && afterCommas.length + others.length < 40; m = re.exec(subject)) {
    // "Rents and boiler charges: JF reported …": a topic set off by a colon ends as a clause set off by a comma does.
    (/^(?:[,:]|\s+[–—-])/.test(m[0]) ? afterCommas : others).push(m.index + m[0].length);
  }
  // "PD25.32 VERGE TREATMENTS Ms Carla Reinholt, Director …": a titled name starts a person after any word.
  for (let i = subject.indexOf(' '); i >= 0 && others.length < 40; i = subject.indexOf(' ', i + 1)) {
    const at = i + 1;
    const c = subject.charCodeAt(at);
    if (c >= 65 && c <= 90 && !others.includes(at) && HONORIFIC_AT_START.test(`${subject.slice(at, at + 40)} `)) others.push(at);
  }
  others.sort((a, b) => a - b);
  // The clause nearest the verb first ("In advance of X, at the invitation of the Chair, the Director"), then leftmost.
  const starts = [...afterCommas.reverse(), ...others];
  for (let k = 0; k < starts.length; k++) {
    const tail = subject.slice(starts[k]);
    // "Owain Prys, Active Travel Officer, who …": a clause that is only a post is the appositive of the name before
    // its comma ("Active Travel" is no one's name).
    if (k < afterCommas.length && !HONORIFIC_AT_START.test(tail) && isRolePhrase(tail.replace(/,\s*$/, ''))) {
      const before = Math.max(-1, ...starts.filter((at) => at < starts[k]));
      const named = before >= 0 ? parsePeopleSubject(subject.slice(before)) : null;
      if (named && named.every((p) => p.name !== null)) return named;
    }
    const people = parsePeopleSubject(tail);
    if (people) return people;
    // "A site meeting took place and HD reported …": initials or a given name after a clause.
    const single = singleNameSubject(tail);
    if (single) return [single];
  }
  return null;
}

const NON_NAME = new Set(NON_NAME_SUBJECTS);
const COORDINATED_LEAD = new RegExp(`^${alternation(COORDINATED_LEAD_VERBS)}\\b`);
// Connectors inside a subject's noun phrase: "The Head of Planning and the Chair".
const CONNECTOR = /^(?:of|for|from|and|the|&|to|de|van|von|der|da|di|le|la)$/;

/**
 * A subject written as one given name or initials, as community and parish
 * minutes do ("Reinhild reported …", "JF reported …"): a capitalised word or two
 * capital initials that is no pronoun, body or post.
 */
export function singleNameSubject(subject: string): PersonRef | null {
  const word = subject.trim();
  if (!/^(?:[A-Z][a-z’'-]{2,15}|[A-Z]{2})$/.test(word) || NON_NAME.has(word)) return null;
  return looksLikePersonName(`${word} Smith`) ? { name: word, role: null } : null;
}

/**
 * The people before a coordinated verb: "Guy Heelis was invited to speak and
 * [provided …]" → Guy Heelis; "The Chair welcomed Members and [introduced …]"
 * → the Chair. The subject is the words before the first lower-case word.
 */
export function coordinatedSubject(subject: string): People | null {
  if (!/\sand$/.test(subject)) return null;
  const words = subject.split(/\s+/);
  let k = 0;
  while (k < words.length && (/^[A-Z(]/.test(words[k]) || (k > 0 && CONNECTOR.test(words[k])))) k++;
  if (k === 0 || k === words.length || !COORDINATED_LEAD.test(words.slice(k).join(' '))) return null;
  return parsePeopleSubject(words.slice(0, k).join(' ').replace(/,$/, ''));
}
