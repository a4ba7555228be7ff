// What every layout detector shares: the item start it proposes, the test of
// a heading's shape, and the small token helpers the detectors walk with.
import type { Token } from '../../tokenize/classify.js';
import { LISTING_COLUMNS, TRAILING_LINK_RESIDUE } from '../../tokenize/patterns.js';
import { HEADING_OPENER_POSSESSORS, HEADING_SENTENCE_VERBS, HEADING_OPENERS_DESPITE_VERB, MEETING_FURNITURE_TITLES, MINUTE_LINE_LABELS, NUMBER_ABBREVIATIONS, OPENING_ITEM_TITLES, OUTCOME_QUALIFIERS, OUTCOME_SUBJECTS, SECTION_HEADING_WORDS, STANDALONE_NON_TITLES, STANDARD_ITEM_OPENINGS } from '../../lexicon/headings.js';
import { CARRIED_WORDS, COURTESY_TITLES, LOST_WORDS, WITHDRAWN_WORDS, alternation, escapeRegex } from '../../lexicon/index.js';

/** Where a detector says an item starts. */
export interface Start {
  at: number; // first token of the item
  titleIndex: number;
  number: string | null;
  title: string;
  /** The title line carries minutes text after its label. */
  titleInBody?: boolean;
  /** That minutes text, when the layout separated it from the title ("Footpaths: The Clerk will …" → "The Clerk will …"). */
  minutesOnTitleLine?: string;
}

// Verbs of recorded proceedings: a line holding one is a sentence, not a heading.
const SENTENCE_VERB = new RegExp(`\\b${alternation(HEADING_SENTENCE_VERBS)}\\b`, 'i');
// Headings about the business itself ("Minutes of …", "Report …") may hold such a verb.
// "ELECTED MEMBERS' MOTIONS OF WHICH PREVIOUS NOTICE HAS BEEN GIVEN": whose business it is may stand before the opener.
const OPENS_DESPITE_VERB = new RegExp(`^(?:${alternation(HEADING_OPENER_POSSESSORS)}['’]?\\s+)?${alternation(HEADING_OPENERS_DESPITE_VERB)}\\b`, 'i');
/** Headings that are really meeting furniture, never items. */
export const NOT_A_TITLE = new RegExp(`^${alternation(MEETING_FURNITURE_TITLES)}\\s*:?$`, 'i');

/** Is this UTF-16 code a character `\s` matches (JavaScript's white space and line terminators)? */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words in a trimmed text (what `split(/\s+/).length` counts), without building the array. */
export function wordCount(t: string): number {
  let n = 1;
  for (let i = 0; i < t.length; i++) if (isSpaceCode(t.charCodeAt(i)) && !(i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1)))) n++;
  return n;
}

// A heading opens with no lower-case letter or quote (a lettered marker "(a)" aside), and a long one ends in no clause mark.
const OPENS_LOWER = /^[a-z(“"']/;
const LETTERED_MARKER = /^\([a-z]\)/;
const CLAUSE_END = /[.;,]$/;

/** Does this text read like an item heading rather than a sentence of minutes? */
export function isHeadingShaped(text: string): boolean {
  const t = text.trim();
  // A bilingual heading ("Whakapāha | Apologies", "Ymddiheuriadau | Apologies") is two headings, each measured alone.
  const bar = t.indexOf(' | ');
  if (bar > 0 && t.indexOf(' | ', bar + 3) < 0) return isHeadingShaped(t.slice(0, bar)) && isHeadingShaped(t.slice(bar + 3));
  if (t.length < 2 || t.length > 160) return false;
  if (OPENS_LOWER.test(t) && !LETTERED_MARKER.test(t)) return false;
  // A long line closed by a full stop is a sentence, unless it is set in capitals as headings are
  // ("TO RECEIVE AND ADOPT THE MINUTES OF THE MEETING HELD ON 13 NOVEMBER 2023.").
  if (CLAUSE_END.test(t) && t.length > 60 && !mostlyCapitals(t)) return false;
  if (wordCount(t) > 22) return false;
  if (SENTENCE_VERB.test(t) && !OPENS_DESPITE_VERB.test(t)) return false;
  return true;
}

/** Does the text end in a file size ("… 129 KB")? Checked from the end, so a long line costs nothing. */
export function endsInFileSize(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 1 && (text[i] === 'b' || text[i] === 'B') && /[kmg]/i.test(text[i - 1]);
}

// A papers' link cut short at the end of a page copy ("… Sales Boards pdf icon PDF 127 K").
const CUT_LINK_RESIDUE = /\s(?:pdf|doc|docx|word)\s+icon(?:\s+[\w.]{1,6}){0,3}$/i;

export function cleanTitle(text: string): string {
  // TRAILING_LINK_RESIDUE ends in a file size: only such lines are worth the full pattern.
  const t = endsInFileSize(text) ? text.replace(TRAILING_LINK_RESIDUE, '') : text.includes(' icon') ? text.replace(CUT_LINK_RESIDUE, '') : text;
  return spacesCollapsed(t) ? t : t.replace(/\s+/g, ' ').trim();
}

/** True when `replace(/\s+/g, ' ').trim()` would leave the text as it is: single spaces between words, none at either end (most titles). */
function spacesCollapsed(t: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isSpaceCode(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || t.length === 0;
}

export const isContent = (t: Token): boolean => t.kind !== 'blank' && t.kind !== 'furniture';

export function nextContent(tokens: readonly Token[], from: number, limit = tokens.length): number {
  for (let i = from; i < limit; i++) if (isContent(tokens[i])) return i;
  return -1;
}

/** How many content tokens come before index i. */
export function contentIndex(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) if (isContent(tokens[k])) n++;
  return n;
}

/** "REPORT OF THE EXECUTIVE POLICY COMMITTEE dated March 4, 2015": at least two thirds of the letters are capitals. */
export function mostlyCapitals(text: string): boolean {
  // At least six ASCII letters, two thirds of them capitals (counted without building strings).
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      letters++;
      capitals++;
    } else if (c >= 0x61 && c <= 0x7a) letters++;
  }
  return letters >= 6 && capitals >= letters * 0.66;
}

/** A paragraph number under a minute ("338.1", "13.3"), not an item number; a minute code's dot ("HOS.55/24") does not count. */
export const isSubNumber = (marker: string): boolean => SUB_NUMBER.test(marker) && !DATE_CODED_MINUTE.test(marker);
const SUB_NUMBER = /^\d{1,4}\.\d/;

/** A date-coded minute number, year.month.sequence: "21.01.03", "09.24.01" (parish minutes). */
export const DATE_CODED_MINUTE = /^\d{2}\.\d{2}\.\d{1,3}$/;

/** The markers that follow an item's title on a ModernGov page. */
export const MARKER_KINDS: ReadonlySet<Token['kind']> = new Set(['minutes-marker', 'documents-marker']);

/** Lines that stand alone between blank lines without being headings: outcomes, table headers, labels. */
export const STANDALONE_NOT_TITLE = new RegExp(`^${alternation(STANDALONE_NON_TITLES)}$`, 'i');
// The votes for and against printed after an outcome: "CARRIED 5/1", "Carried (8-1)", "LOST 2:4".
const VOTE_TALLY = String.raw`\s?[(\[]?\d{1,2}\s?[/:–-]\s?\d{1,2}[)\]]?`;
/**
 * Outcome lines that close an item ("CARRIED", "MOTION CARRIED", "Amendment lost.", "CARRIED 5/1",
 * "Carried unanimously (7-0)", "CARRIED BY ABSOLUTE MAJORITY 6/0"): never a heading, and the next standalone line may be one.
 */
export const OUTCOME_LINE = new RegExp(
  `^(?:the\\s+)?(?:${alternation(OUTCOME_SUBJECTS)}\\s+)?(?:was\\s+)?${alternation([...CARRIED_WORDS, ...LOST_WORDS, ...WITHDRAWN_WORDS, 'noted'])}(?:\\s+${alternation(OUTCOME_QUALIFIERS)})?(?:${VOTE_TALLY})?\\.?$`,
  'i',
);
// "Resolution No. 2025-041", "Motion No. CC-2025-088", "Moved by Councillor Lister", "MOTION 2025-302", "COUNCIL
// RESOLUTION 2025/07-05" (a label and its reference alone): a line of the motion, not a heading.
const MINUTE_LINE_LABEL = new RegExp(`^${alternation(MINUTE_LINE_LABELS)}(?:\\s+(?:No\\b|by\\b|#)|\\s*:|\\s+[A-Z]{0,4}[-/]?\\d[\\w./-]*$)`, 'i');
/** A line that opens with a person's title: a name, not a heading. */
export const HONORIFIC_LINE = new RegExp(`^${alternation(['Councillor', 'Cllr', 'Cr', 'Mayor', ...COURTESY_TITLES.filter((t) => t !== 'Mx')])}\\.?\\s`);

/** A line standing alone that may head an item: no meeting furniture ("Present"), no line that stands alone for another reason (an outcome, a label of the motion), no titled name. */
export const standsAsTitle = (title: string): boolean =>
  !NOT_A_TITLE.test(title) && !STANDALONE_NOT_TITLE.test(title) && !HONORIFIC_LINE.test(title) && !OUTCOME_LINE.test(title) && !MINUTE_LINE_LABEL.test(title);

/** The listing heading of a ModernGov agenda-and-minutes page: what follows it is the agenda. */
export const LISTING_HEADING = new RegExp(`^${LISTING_COLUMNS}$`, 'i');

// How far into the document the attendance at the top may stand: a share of its content lines.
export const TOP_SHARE = 0.4;

/**
 * The token index before which the first `share` of the document's content lines stand. Counted over content,
 * not all lines: a PDF's text may open with dozens of blank lines that would push the attendance out of reach.
 */
export function topShareEnd(tokens: readonly Token[], share: number): number {
  let content = 0;
  for (const t of tokens) if (isContent(t)) content++;
  const wanted = Math.floor(content * share);
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (seen >= wanted) return Math.max(i, Math.floor(tokens.length * share));
    if (isContent(tokens[i])) seen++;
  }
  return tokens.length;
}

// A minute number printed after the heading, right-aligned in a PDF's text: "TAXI LICENSING POLICY          114". Groups: heading, number.
const TRAILING_MINUTE_NUMBER = /^(\S.{2,150}?\S)\s{2,}(\d{1,4}(?:\/\d{2,4})?)\.?\s*$/;

/** The heading and its trailing minute number, or the line as it is. */
export function headingParts(t: Token): { title: string; number: string | null } {
  const m = TRAILING_MINUTE_NUMBER.exec(t.line.text.trim());
  return m ? { title: cleanTitle(m[1]), number: m[2] } : { title: cleanTitle(t.line.text), number: null };
}

/** First token index after an attendance block near the top (PRESENT: … STAFF: … APOLOGIES …). */
export function afterTopAttendance(tokens: readonly Token[]): number {
  const limit = topShareEnd(tokens, TOP_SHARE);
  let last = -1;
  for (let i = 0; i < limit; i++) {
    // A list label with names ("PRESENT: Cr …", "STAFF:"), not an "Apologies for absence" item heading.
    const t = tokens[i];
    // "APOLOGIES FOR ABSENCE          71" is an item heading with its minute number, not a list naming "71".
    if (t.kind === 'attendance' && ((t.text !== '' && headingParts(t).number === null) || /present|staff|attendance|officers/i.test(t.marker ?? ''))) last = i;
    else if (last >= 0 && isContent(t) && t.kind !== 'text' && t.kind !== 'attendance') break;
  }
  if (last < 0) return 0;
  // The list's names run on until the next blank line, and past it while the next line is another name (PDF text
  // prints one name a line between blank lines: "Councillor G. Olsen", "Peter Wong – Clerk-Treasurer").
  let i = last + 1;
  for (;;) {
    while (i < tokens.length && tokens[i].kind !== 'blank') i++;
    const next = nextContent(tokens, i);
    if (next < 0 || next >= limit || !isListedName(tokens, next)) return i;
    i = next;
  }
}

// A name on a line of its own, perhaps with a role after it: "Reeve Anna Kovac", "City Manager J. Fielding", "Peter Wong – Clerk-Treasurer".
const LISTED_NAME = /^\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20}){1,5}(?:\s?[,–—-]\s|\s?\(|$)/u;
// A standard item title, which reads like a name in capitalised words ("Public Question Time").
const STANDARD_OPENING = new RegExp(`^${alternation(STANDARD_ITEM_OPENINGS)}\\b`, 'i');
// A name line is short.
const MAX_NAME_LINE = 100;

/**
 * A line of an attendance list printed one name a line: a titled name, a name with its role ("Peter Wong –
 * Clerk"), or capitalised words not followed by minutes (a heading such as "Chief Executive's Report" is); no
 * sentence, no heading in capitals.
 */
function isListedName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'text' && t.kind !== 'bullet') return false;
  const text = t.line.text.trim();
  if (text.length > MAX_NAME_LINE || /[.:;!?]$/.test(text) || inCapitals(text) || STANDARD_OPENING.test(text)) return false;
  if (HONORIFIC_LINE.test(text)) return true;
  const m = LISTED_NAME.exec(text);
  return m !== null && (m[0].length < text.length || !minutesFollow(tokens, i));
}

// A minute code of letters and a number before a heading: "CAB 41  APOLOGIES", "EX.12 Budget", "BMD 17/24 QUESTIONS",
// a report code "PD25.31  AMENDMENT 14 …" (Australian minutes). Groups: code, title.
const LETTER_CODE_TITLE = /^([A-Z]{2,6}\.?\s?\d{1,4}(?:[./]\d{1,4})?)\s+(\S.{2,200})$/;
/** The code and its gap at the start of a heading ("CAB 41  "), whose wide gap is no table's. */
export const LEADING_LETTER_CODE = /^[A-Z]{2,6}\.?\s?\d{1,4}(?:[./]\d{1,4})?\s+/;
// How many headings must share the code's letters: one alone may be a road ("A 41 …") or a reference.
const MIN_CODED_HEADINGS = 2;

/**
 * Unnumbered starts whose titles all open with a minute code of the same letters ("CAB 41  APOLOGIES",
 * "CAB 42  MINUTES", …): the code is the item's number, the rest its title. Others are returned unchanged.
 */
export function withLetterCodes(starts: readonly Start[]): Start[] {
  const coded = starts.map((s) => (s.number === null ? LETTER_CODE_TITLE.exec(s.title) : null));
  const letters = new Map<string, number>();
  for (const m of coded) if (m) letters.set(m[1].replace(/[\s.\d]/g, ''), (letters.get(m[1].replace(/[\s.\d]/g, '')) ?? 0) + 1);
  return starts.map((s, k) => {
    const m = coded[k];
    if (!m || (letters.get(m[1].replace(/[\s.\d]/g, '')) ?? 0) < MIN_CODED_HEADINGS) return s;
    return { ...s, number: m[1], title: m[2].trim() };
  });
}

// "SCHEME No. 3": an abbreviation before a number, the only lower-case letters a heading in capitals may hold.
const NUMBER_ABBREVIATION = new RegExp(`\\b${alternation(NUMBER_ABBREVIATIONS)}\\.?(?=\\s?\\d)`, 'g');
// At least this many capitals make a heading in capitals (an "AOB" of three passes, "A" does not).
const MIN_CAPITAL_LETTERS = 3;

/** A line in capitals throughout: capital letters, and no lower-case letter outside an abbreviation before a number. */
export function inCapitals(text: string): boolean {
  const t = LOWER_CASE_LETTER.test(text) ? text.replace(NUMBER_ABBREVIATION, '') : text;
  return !LOWER_CASE_LETTER.test(t) && capitalsAtLeast(t, MIN_CAPITAL_LETTERS);
}
const LOWER_CASE_LETTER = /\p{Ll}/u;
const CAPITAL_LETTER = /\p{Lu}/gu;

/** True when `text` holds at least `n` capital letters (what `text.match(/\p{Lu}/gu).length >= n` says), counted without an array of them. */
function capitalsAtLeast(text: string, n: number): boolean {
  CAPITAL_LETTER.lastIndex = 0;
  let found = 0;
  while (found < n && CAPITAL_LETTER.exec(text) !== null) found++;
  return found >= n;
}

// A line that ends a sentence: minutes, not another heading.
const ENDS_SENTENCE = /[.!?)"”]$/;
// A line longer than this is a paragraph even without its full stop.
const PARAGRAPH_LENGTH = 100;

/** The line after token i is minutes: a sentence, a decision, or a line of the motion ("Moved by Councillor Rashid"). */
export function minutesFollow(tokens: readonly Token[], i: number): boolean {
  const next = nextContent(tokens, i + 1);
  if (next < 0) return false;
  if (tokens[next].kind === 'resolved') return true;
  if (tokens[next].kind !== 'text') return false;
  const text = tokens[next].line.text.trim();
  return ENDS_SENTENCE.test(text) || text.length > PARAGRAPH_LENGTH || MINUTE_LINE_LABEL.test(text);
}

// An item that opens the meeting ("DECLARATION OF OPENING", "CALL TO ORDER"), printed above the attendance list.
const OPENING_ITEM = new RegExp(`^${alternation(OPENING_ITEM_TITLES)}$`, 'i');
const isCapitalLine = (t: Token): boolean => t.kind === 'text' && inCapitals(cleanTitle(t.line.text));

/**
 * The opening item printed above the attendance list before token `before` ("DECLARATION OF OPENING" / "The
 * Presiding Member declared the meeting open at 6.02pm." / "ATTENDANCE"), followed by its minutes, or null.
 */
export function openingAboveAttendance(tokens: readonly Token[], before: number, isHeading: (t: Token) => boolean = isCapitalLine): Start | null {
  let opening: Start | null = null;
  for (let i = 1; i < before; i++) {
    const t = tokens[i];
    if (t.kind === 'attendance') return opening;
    if (opening === null && isHeading(t) && OPENING_ITEM.test(cleanTitle(t.line.text)) && minutesFollow(tokens, i)) opening = { at: i, titleIndex: i, number: null, title: cleanTitle(t.line.text) };
  }
  return null;
}

// "DELEGATIONS", "REPORTS FROM STAFF": a heading that names a group of items.
const SECTION_WORD = new RegExp(`\\b${alternation(SECTION_HEADING_WORDS)}\\b`, 'i');
/** A heading that names a group of items ("Delegations", "Staff Reports"): a section, whose items are headed below it. */
export const namesSection = (title: string): boolean => SECTION_WORD.test(title);
/** A section heading in capitals that groups items ("DELEGATIONS", "STAFF REPORTS"), whose items may be headed in mixed case below it. */
export const isSectionHeading = (title: string): boolean => inCapitals(title) && namesSection(title);

/** The sub-item's title opens with the parent's words, each singular or plural ("QUESTIONS WITH NOTICE" → "QUESTION WITH NOTICE - …"). */
function repeatsHeading(parent: string, sub: string): boolean {
  const words = parent.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  const stems = words.map((w) => `${escapeRegex(w.replace(/s$/, ''))}s?`);
  return new RegExp(`^${stems.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(sub.toLowerCase());
}

/**
 * A heading over a sub-item heading with no minutes between is a section header, no item, when it names a group of
 * items ("STAFF REPORTS", "Planning Applications") or its words open the sub-item's title, singular or plural
 * ("Notices of Motion" over "Notice of Motion 11/2024 – Cr Trigg"). "Public Forum" over "Bus Users Support Group" is an item.
 */
export const headsSubItems = (parent: string, sub: string): boolean => namesSection(parent) || repeatsHeading(parent, sub);

/**
 * A numbered heading directly over its first sub-item that only groups them (see headsSubItems) is a section header,
 * no item: "7. Planning Applications" over "7.1 25/01422/PP – …", and in numbering that writes the section as N.0,
 * "9.0 REPORTS OF OFFICERS" over "9.1 Monthly Financial Statement". Its line opens the sub-item's span.
 */
export function withoutSectionHeaders(tokens: readonly Token[], headings: readonly Start[]): Start[] {
  const starts = [...headings];
  const out: Start[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const sub = starts[k + 1];
    const parent = s.number?.replace(SECTION_ZERO, '') ?? null;
    if (sub !== undefined && parent !== null && sub.number === `${parent}.1` && nextContent(tokens, s.titleIndex + 1) === sub.at && headsSubItems(s.title, sub.title)) starts[k + 1] = { ...sub, at: s.at };
    else out.push(s);
  }
  return out;
}
// The ".0" of a section numbered N.0 over its items N.1, N.2.
const SECTION_ZERO = /\.0$/;
