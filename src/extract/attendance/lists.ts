// Attendance lists in a meeting's opening lines: a label ("PRESENT:",
// "Apologies:", "Members:", "Baill:") then names on its line, on the lines
// under it (one per line, bullets, table rows, two columns), or inside a
// flattened opening paragraph. Each record names the rule that read it.
import type { Person } from '../../schema/document.js';
import { memo } from '../../util/memo.js';
import type { Token } from '../../tokenize/classify.js';
import { BOARD_MEMBER_TITLES, MEMBER_GROUP_NOUNS, MUNICIPALITY_KINDS, PRESIDING_ROLES, SEAT_WORDS, REMOTE_ATTENDANCE_WAYS, absenceStatus, ticksColumn, MIXED_ATTENDANCE_LABELS, APOLOGY_LABELS, LABEL_MEMBER_GROUPS, HEADER_PRESENT_LABELS, IN_ATTENDANCE_LABELS, MEMBER_HONORIFICS, MEMBER_OFFICES, PLURAL_TITLES, PRESENT_LABELS, OPENING_ITEM_TITLES, STANDARD_ITEM_OPENINGS, abbreviationAlternation, alternation, caselessAlternation, labelKind, listedLabel, marksColumn, statusKind, type AttendanceListKind } from '../../lexicon/index.js';
import { ATTENDANCE_COUNT_SOURCE, ATTENDANCE_LABEL_SOURCE, ATTENDANCE_LINE_LABELS, ONE_LABEL_SOURCE, hasPairMark, matchAttendanceLabelAlone } from '../../tokenize/patterns.js';
import { leadingWordTest } from '../../lexicon/gate.js';
import { HONORIFIC_SOURCE, TITLE_TIERS_SOURCE, looksLikeRole } from '../../tokenize/names.js';
import { OFFICER_ROLE, THE_OFFICE_SOURCE, gridOffice, namesPerson, parseCell, parseEntries, postInCapitals, readsAsClause, type Entry } from './entries.js';
import { columnsRule, gridRule, headerLabelRule, inlineLabelRule, labelLinesRule, labelListRule, markedColumnsRule, remoteSentenceRule, statusTableRule, unlabelledRule } from './rules.js';

type Lists = Record<AttendanceListKind, Person[]>;

// A label alone or in two languages: "Baill / Members:", "Comhairleoirí | Councillors".
const ONE_HEADER_LABEL = caselessAlternation(HEADER_PRESENT_LABELS);
const HEADER_LABEL_WORDS = `${ONE_HEADER_LABEL}(?:\\s{0,3}[/|]\\s{0,3}${ONE_HEADER_LABEL})?`;
/** A header-only label with names after it: "Members: Cllrs …", "Baill: …", "CATHAOIRLEACH: Cllr. P. Ruane". */
export const HEADER_LABEL = new RegExp(`^(${HEADER_LABEL_WORDS})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}(?::|\\s[-–—]\\s)\\s{0,20}(\\S.{0,100000})$`, 'i');
/** A header-only label alone on its line: "Members of the Council", "Councillors:". */
export const HEADER_LABEL_ALONE = new RegExp(`^(${HEADER_LABEL_WORDS})\\s{0,3}:?$`, 'i');
/** What ends a label inside a list's text: a colon (Scottish minutes write ":-") or a dash between spaces. */
const INLINE_LABEL_END = '(?::[-–]?|\\s[-–—](?=\\s))';
/** A label inside a list's text, colon or dash after it: "… and M Tonkin. Apologies: Cllrs …", "… of the County I LATHAIR FREISIN:". */
export const INLINE_LABEL = new RegExp(`(?:^|[\\s.;,])(${ATTENDANCE_LABEL_SOURCE}|${HEADER_LABEL_WORDS})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}${INLINE_LABEL_END}`, 'gi');
// The same with one label (no "/" or "|" pair): for a text without either, it reads the same, and is less than half
// the size to compile on first use.
export const INLINE_ONE_LABEL = new RegExp(`(?:^|[\\s.;,])(${ONE_LABEL_SOURCE}|${HEADER_LABEL_WORDS})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}${INLINE_LABEL_END}`, 'gi');
/**
 * A text without INLINE_LABEL's ending holds no inline label: most lists have no colon or spaced dash, and skip the
 * label pattern, the costliest of the extractor to compile and to run.
 */
export const HAS_INLINE_LABEL_END = new RegExp(INLINE_LABEL_END);
/** Any other "Label:" in title case inside a list ("… M Sydney Public Forum: …"): the list ends before it ("THE MAYOR: Cllr …" is a role). */
const OTHER_LABEL = /\s(?:[A-Z][a-z][\w'’-]{0,29}\s){0,2}[A-Z][a-z][\w'’-]{0,29}:\s/;
/** A present label inside a flattened paragraph: "… AT 7PM PRESENT: …", "… Venue COUNTY HALL Present Cllrs …". */
const THE_OFFICE_CAPITALS = `THE\\s+(?:WORSHIPFUL\\s+(?:THE\\s+)?)?${alternation(MEMBER_OFFICES.map((w) => w.toUpperCase()))}`;
const FLAT_PRESENT = new RegExp(`(?:^|\\s)(?:PRESENT|Present)(?:\\s+(?:Members|MEMBERS))?(?:\\s{0,3}:[-–]?\\s{0,3}|\\s+(?=${HONORIFIC_SOURCE}\\s|${THE_OFFICE_SOURCE}\\b|${THE_OFFICE_CAPITALS}\\b))`);
/** Where a flattened list ends: an item number, a minute code, or a sentence after a full stop. */
// (A sentence after the list ends it, unless it opens with a label: ". Also in attendance:- Ms H Lennox".)
const FLAT_END = /\s(?:\d{1,3}\.?\s+[A-Z][A-Za-z]|[A-Z][a-z]{1,5}\/\d{1,4}\/|The\s+meeting\b|In\s+the\s+Chair\b|\[Show|The\s+(?:(?:[A-Z][\w'’-]*|and|of|the)\s+){0,8}?(?:was|were|is|are|had|has)\s)|\.\s+(?=\d|[A-Z][a-z]+\s+[a-z])(?![A-Z][A-Za-z ]{2,40}:)/;
const MULTIWORD_LABELS = [...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS, ...APOLOGY_LABELS, ...HEADER_PRESENT_LABELS].filter((w) => /[ (]/.test(w));
/** In a flattened paragraph, a label of two or more words needs no colon: "… Ivo Trelawny Co-opted (Voting) Cllr Ada Penhallow … Also Present Cllrs …". */
const FLAT_LABEL = new RegExp(`\\s(${alternation([...MULTIWORD_LABELS, ...MULTIWORD_LABELS.map((w) => w.toUpperCase())])})(?=\\s+[A-Z(])`, 'g');
const COLUMN_LABEL = /^(?:[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+){0,4}|(?:officers|staff|also\s+present|in\s+attendance)(?:\s+present)?)$/;
/** A line holding two cells: a gap of two or more spaces between them. */
const TWO_COLUMNS = /\S\s{2,}\S/;
/** A line that is a standard item heading alone ("CALL TO ORDER", "Declarations of Interest:"). */
const ITEM_HEADING_LINE = new RegExp(`^${caselessAlternation([...STANDARD_ITEM_OPENINGS, ...OPENING_ITEM_TITLES])}:?$`, 'i');
/** An item's number before its heading: "I ", "IV. ", "3) ". */
const ITEM_NUMBER_BEFORE = /^(?:[IVXLC]{1,6}|\d{1,3})[.)]?\s+/;
/** Leader dots between two cells of a row: "Reeve ........ Garth Heinrichs", "Clerk . . . . J Fehr". */
const LEADER_DOTS = /\s*(?:\.\s?){4,}\s*/;
// How far past the header a list may start (a list under the first heading).
const FIRST_LINES = 60;
// Token kinds that end a list read line by line.
/** A list line ending in an initial ("and S."): the name goes on in the next line. */
const ENDS_IN_INITIAL = /(?:^|[\s,])\p{Lu}\.$/u;
const LIST_STOPS = new Set<Token['kind']>(['numbered-heading', 'item-number', 'resolved', 'minutes-marker', 'decision-heading', 'agenda-item-marker', 'action-heading', 'documents-marker']);
/** Column headings of a members table: "Name", "Role", "Position", "Ward". */
const TABLE_HEADING = /^(?:names?|roles?|position|title|ward|division|members?|councillors?|portfolios?|responsibility|representing|organisation|attendance|attendees?|status|notes)$/i;
// A label naming members ("Councillors", "Members present", "Cllrs present"): bare surnames after it are members' names.
// (A regional district's "DIRECTORS PRESENT:" lists its board's members, each titled "Director".)
// "Present (Community Councillors):": the bracket says the list is of members, office bearers ("(Secretary)") included.
const MEMBER_GROUP_QUALIFIER = new RegExp(`\\(\\s*${caselessAlternation(LABEL_MEMBER_GROUPS)}\\s*\\)\\s*$`, 'i');
// ("Councillors absent: Grey, White": the title the label gives names those absent as it does those present.)
const MEMBER_LABEL = new RegExp(`^(?:${alternation([...PLURAL_TITLES, 'Members', 'Baill', 'Directors'])})(?:\\s+(?:present|in\\s+attendance|attending|absent|not\\s+present))?$`, 'i');
const SEPARATED = /[,;|]|\sand\s/;
// Letters with their stops at the end of a line: a post-nominal ("T.D.", "J.P."), not the end of a sentence.
const DOTTED_LETTERS_END = /\s(?:[A-Z]\.){2,}$/;

// A line of its own label ("Clerk: Mrs L Jenkins", "Minute taker: …") ends the list above it, known label or not.
const LABELLED_LINE = /^[A-Z][\w'’-]{1,20}(?: [\w'’-]{1,20}){0,2}:\s/;

/** Punctuation between a label and its names: "Present:- Councillor …", "Members Present:. Tom Aird". */
const LEADING_PUNCTUATION = /^[-–.,;:]{1,3}\s*/;

interface Label {
  label: string;
  rest: string;
  header: boolean;
}

// The first characters of the header-only labels, lower-cased. HEADER_LABEL and HEADER_LABEL_ALONE match a label at
// the start of a line, case-insensitively: a line opening with any other ASCII character holds none.
const HEADER_LABEL_FIRSTS = new Set(HEADER_PRESENT_LABELS.map((w) => w.charAt(0).toLowerCase()));

/** False when a line cannot open with a header-only label (see HEADER_LABEL_FIRSTS). */
export function mayOpenHeaderLabel(text: string): boolean {
  return text !== '' && (text.charCodeAt(0) >= 128 || HEADER_LABEL_FIRSTS.has(text.charAt(0).toLowerCase()));
}

// The labels' first words (and second, where a first word opens several), as the patterns read them: HEADER_LABEL and
// HEADER_LABEL_ALONE match a header label, and matchAttendanceLabelAlone a line's label on a line with no "/" or "|",
// only at the start of the text and followed by no letter, so a text whose leading words open no label holds none.
// (Null when some label does not open with an ASCII letter: then every text is read.)
const LEADS_WITH_HEADER_LABEL = leadingWordTest(HEADER_PRESENT_LABELS);
const LEADS_WITH_LINE_LABEL = leadingWordTest(ATTENDANCE_LINE_LABELS);

/** False when a line cannot open with a header-only label: mayOpenHeaderLabel, and the leading words' test. */
export function mayLeadWithHeaderLabel(text: string): boolean {
  return mayOpenHeaderLabel(text) && (LEADS_WITH_HEADER_LABEL === null || LEADS_WITH_HEADER_LABEL(text) || text.charCodeAt(0) >= 128);
}

/** False when a heading's title cannot be a label alone (see LEADS_WITH_LINE_LABEL); with a "/" or "|" anything may lead. */
export function mayBeLabelAlone(text: string): boolean {
  return LEADS_WITH_LINE_LABEL === null || hasPairMark(text) || LEADS_WITH_LINE_LABEL(text);
}

/** A label on a token: the classifier's attendance labels, or a header-only label. */
function labelOf(t: Token): Label | null {
  // "2.1 Attendance" (Western Australian "Record of Attendance" items): a numbered heading that is a members' or officers' label.
  // Apologies headings are read with the apologies sentences (attendance/apologies.ts).
  if (t.kind === 'numbered-heading') {
    const title = t.text.length < 60 ? t.text.trim() : '';
    const alone = title !== '' && mayBeLabelAlone(title) ? matchAttendanceLabelAlone(title) : null;
    return alone && labelKind(alone[1]) !== 'apologies' ? { label: alone[1], rest: '', header: false } : null;
  }
  if (t.kind === 'attendance') {
    const rest = t.text.replace(LEADING_PUNCTUATION, '');
    // "Councillors      Position": the label heads the first column of a table, the rest heads the others; the rows below are the list.
    return { label: t.marker ?? '', rest: HEADINGS_BESIDE_LABEL.test(t.line.text) && rest.split(/\s{2,}/).every(isTableHeading) ? '' : rest, header: false };
  }
  if (t.kind !== 'text' && t.kind !== 'heading') return null;
  const text = t.line.text.trim();
  if (text.length > 100000 || !mayLeadWithHeaderLabel(text)) return null;
  const alone = HEADER_LABEL_ALONE.exec(text);
  if (alone) return { label: alone[1], rest: '', header: true };
  const m = HEADER_LABEL.exec(text);
  return m ? { label: m[1], rest: m[2].replace(LEADING_PUNCTUATION, '').trim(), header: true } : null;
}

/** A label parted from what follows by a wide gap or a tab (read as a wide gap): a table's heading row. */
const HEADINGS_BESIDE_LABEL = /^\S(?:.*?\S)?\s{2,}\S/;

/** A comparison key for a name: no titles, case or spacing. */
const LEADING_TITLES = new RegExp(`^(?:${HONORIFIC_SOURCE}\\s+)+`);

// Lists are de-duplicated by comparing every new name with those kept: the keys are remembered.
const nameKey = memo((name: string): string =>
  name
    .replace(LEADING_TITLES, '')
    .toLowerCase()
    .replace(/[^\p{L}'’ -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim(),
  1024,
);

/** Two named records name the same person (by name, titles aside) when their keys are equal; null for a record naming no one. */
export function personKey(p: Person): string | null {
  return p.name === null ? null : nameKey(p.name);
}

/**
 * Capitalised words between a sentence's end and a label ("… Watt). External Members:-", "… Ryan. Co-opted
 * Members:"): the label's qualifier. The full stop follows a word or a bracket, never an initial ("Cllr A. Smith").
 */
const LABEL_QUALIFIER = /(?<=[a-z)\]])\.\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*$/;

// A members heading inside a list is kept after the list's label with this mark between them: never "|", which
// stands in bilingual labels ("Ngā Whakapāha | Apologies") and table rows, nor any other character of a text line.
const NESTED_LABEL = '\n';

/** Splits a list's text at the labels inside it: "Members: A, B. Apologies: C In attendance: D". */
function segments(label: string, text: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  let current = label;
  let from = 0;
  const inline = hasPairMark(text) ? INLINE_LABEL : INLINE_ONE_LABEL;
  inline.lastIndex = 0;
  let m: RegExpExecArray | null;
  const labelled = HAS_INLINE_LABEL_END.test(text);
  while (labelled && (m = inline.exec(text)) !== null) {
    // "… (as substitute for Councillor Watt). External Members:- …": the words after the full stop qualify the label.
    const before = text.slice(from, m.index);
    const qualifier = LABEL_QUALIFIER.exec(before);
    out.push({ label: current, text: qualifier ? before.slice(0, qualifier.index) : before });
    // "Apologies: Councillors: A, B": a members heading inside a list keeps the list's kind.
    current = HEADER_LABEL_ALONE.test(m[1]) && !/^(?:chair|chairman|chairperson|cathaoirleach|presiding|in the chair)$/i.test(m[1].trim()) ? `${current}${NESTED_LABEL}${m[1]}` : m[1];
    from = m.index + m[0].length;
  }
  out.push({ label: current, text: text.slice(from) });
  return out
    .map((s) => {
      const other = OTHER_LABEL.exec(s.text);
      return { label: s.label, text: (other ? s.text.slice(0, other.index) : s.text).trim() };
    })
    .filter((s) => s.text !== '');
}

// A line listing names with two commas or more, and a line opening with one word before a comma or "and": the end of a name.
const COMMA_LIST = /,[^,]+,/;
const SURNAME_GOING_ON = /^[A-Z][\p{L}'’-]+(?:,|\s+and\s)/u;

/** Splits a row of a two-column list at its first wide gap. */
function splitColumns(line: string): [string, string] {
  const m = /^(.*?\S)\s{2,}(\S.*)$/.exec(line.trim());
  return m ? [m[1], m[2].replace(/\s{2,}/g, ' ')] : [line.trim(), ''];
}

/** A line of a list read line by line that is a sentence or a time, not a name ("Meeting Commenced at 1.00pm"). */
function endsList(text: string): boolean {
  if (text.length > 200 && !SEPARATED.test(text)) return true;
  // "Cllr G Hotten opened the meeting at 7pm".
  if (readsAsClause(text)) return true;
  // "Councillor Richardson welcomed Councillor Neil Cresswell to the Parish": a person doing something to another.
  if (TITLED_VERB_OBJECT.test(text)) return true;
  // "COUNCIL MEETING – APRIL 16, 2025 DISPOSITION OF ITEMS": a line that dates something is a heading, no one's name.
  if (/\b(?:19|20)\d{2}\b/.test(text) && !HONORIFIC_START.test(text)) return true;
  const p = parseCell(text, 0);
  if (p && p.name !== null) return false;
  return /\d/.test(text) || /\b[a-z]{3,}\b.*\b[a-z]{3,}\b/.test(text);
}

/** The cells of a table row "|A |B |C |", or null when the line is not one. */
function pipeCells(text: string): string[] | null {
  if (!/^\|/.test(text.trim())) return null;
  return text
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

const HONORIFIC_START = new RegExp(`^${HONORIFIC_SOURCE}\\b`);
/** A title, perhaps after the tier it sits on: "Cllr J Moss", "County Councillor Mo Khalil". */
const TIERED_TITLE_START = new RegExp(`^${TITLE_TIERS_SOURCE}${HONORIFIC_SOURCE}\\b`);
// A titled name, a verb and its object: another titled person or "the …" ("Cllr Ames welcomed Cllr Bell", "Cllr Ames chaired the").
const TITLED_VERB_OBJECT = new RegExp(`^${HONORIFIC_SOURCE}(?:\\s+[A-Z][\\w.'’-]{0,30}){1,4}\\s+[a-z]{3,}\\s+(?:${HONORIFIC_SOURCE}\\s|the\\s)`);

/** A line opening with a member's title, one or plural: "Cllr. A Bee", "Cllrs. M. Byrne, T. Nolan". */
const TITLED_LINE = new RegExp(`^(?:${HONORIFIC_SOURCE}|${abbreviationAlternation(PLURAL_TITLES)})\\.?\\s`);

/** A subheading grouping members by where they come from: "Perth Carse Council", "Labour Group", "North Ward (2 seats)". */
const MEMBER_GROUP_HEADING = new RegExp(`^[A-Z][\\w'’&,. -]{0,80}\\s${alternation(MEMBER_GROUP_NOUNS)}(?:\\s*\\([^)]{1,40}\\))?:?$`);

/** The text of the first line from token k that is not blank, or ''. */
function nextText(all: readonly Token[], k: number): string {
  while (k < all.length && (all[k].kind === 'blank' || all[k].kind === 'furniture')) k++;
  return k < all.length ? all[k].line.text.trim() : '';
}

/** A list text that goes on to the next line: a separator, "and" or an initial at its end (not a seat's letter, "Electoral Area B"). */
const GOES_ON = new RegExp(`(?:[,;&]|\\band|(?<!\\b(?:${alternation(SEAT_WORDS)})\\s)\\b[A-Z]\\.?)$`);

/** "Members Present:  Reeve Ann Vos" then indented rows: the names sit in a column after a wide gap, one per row. */
function columnLaid(line: string, rest: string): boolean {
  const at = rest === '' ? -1 : line.lastIndexOf(rest);
  return at >= 2 && line.slice(at - 2, at) === '  ';
}

/**
 * A row of an attendance table with a status column ("Councillor A Bee  Chair  Present (remote)",
 * "|Cllr C Dee |Member |Apologies |"): the person, their role and the list the status puts them in.
 * 'heading' for the table's heading row ("Name  Role  Attendance"); null for any other line.
 */
function statusRow(text: string, line: number, ticked: TickedColumn | null = null): StatusRow | TableHeading | null {
  // Cells parted by bars ("|A |B |", "A | B | C") or by wide gaps.
  const cells = pipeCells(text) ?? (text.includes(' | ') ? text.split('|').map((c) => c.trim()).filter((c) => c !== '') : TWO_COLUMNS.test(text) ? text.split(/\s{2,}/).map((c) => c.trim()) : null);
  if (!cells || cells.length < 2 || cells.length > 6) return null;
  if (cells.every(isTableHeading)) return { heading: null };
  // "Councillor   Ward   Present" over rows ticked in the last column: the heading of a status column.
  const statusAt = cells.findIndex((c, k) => k > 0 && statusKindOf(c) !== null);
  if (statusAt > 0 && cells.every((c, k) => k === statusAt || isTableHeading(c))) return { heading: { at: statusAt, kind: statusKindOf(cells[statusAt])! } };
  // A tick in that column says the status its heading names.
  const tickedHere = statusAt < 0 && ticked !== null && ticked.at < cells.length && ticksColumn(cells[ticked.at]);
  const at = tickedHere ? ticked.at : statusAt;
  if (at < 0) return null;
  // The person is in the first cell, or in a later one holding a titled name ("Ashford North | Cllr P Lane | Present").
  const titledAt = cells.findIndex((c, k) => k > 0 && k < at && TITLED_CELL.test(c));
  const who = HONORIFIC_START.test(cells[0]) || titledAt < 0 ? 0 : titledAt;
  const person = parseCell(cells[who], line);
  if (!person || person.name === null) return null;
  const roles = cells.filter((_, k) => k !== who && k !== at && !/^[-–]?$/.test(cells[k]));
  const remote = /\(([^)]{1,40})\)\s*$/.exec(cells[at]);
  const role = [person.role, ...roles, remote ? remote[1] : null].filter((r): r is string => r !== null && r !== '').join('; ');
  const kind = tickedHere ? ticked.kind : (statusKindOf(cells[at]) as AttendanceListKind);
  return { kind, person: { ...person, role: role === '' ? null : role, rule: statusTableRule.id }, absent: !tickedHere && absenceStatus(statusSide(cells[at])) };
}

interface StatusRow {
  kind: AttendanceListKind;
  person: Person;
  absent: boolean;
}
/** A status column that its rows tick: where it is, and the list its heading names ("Present"). */
interface TickedColumn {
  at: number;
  kind: AttendanceListKind;
}
/** A table's heading row, with its status column when its rows tick one. */
interface TableHeading {
  heading: TickedColumn | null;
}
const isHeadingRow = (row: StatusRow | TableHeading | null): row is TableHeading => row !== null && 'heading' in row;

// Bilingual tables print each heading and status in both languages: "Presennol / Present", "Ymddiheuriad / Apology".
/** The cell's sides when it is written in two languages parted by a slash, else the cell alone. */
const sidesOf = (cell: string): string[] => (cell.includes(' / ') ? cell.split(' / ') : [cell]);
const isTableHeading = (cell: string): boolean => sidesOf(cell).some((c) => TABLE_HEADING.test(c.trim()));
/** The side of a status cell that names a status. */
const statusSide = (cell: string): string => sidesOf(cell).find((c) => statusKind(c) !== null) ?? cell;
const statusKindOf = (cell: string): AttendanceListKind | null => statusKind(statusSide(cell));

/** A cell holding a title and a name ("Cllr P Lane"), not a title alone ("Member"). */
const TITLED_CELL = new RegExp(`^${HONORIFIC_SOURCE}\\.?\\s+[A-Z]`);

/** The cells of a row split at its bars, empty cells kept: "Mrs A Bee | Yes |" is ["Mrs A Bee", "Yes", ""]. */
function barCells(text: string): string[] | null {
  if (!text.includes('|')) return null;
  const cells = text.split('|').map((c) => c.trim());
  return cells[0] === '' ? cells.slice(1) : cells;
}

/**
 * The heading row of a table whose columns are the lists ("Councillor | Present | Apologies",
 * "Member | Present | Apologies | Absent"): the list of each column after the first, or null.
 */
function markedHeadings(text: string): (AttendanceListKind | null)[] | null {
  const cells = barCells(text);
  if (!cells || cells.length < 3 || !TABLE_HEADING.test(cells[0])) return null;
  const kinds = cells.map((c, k) => (k === 0 || c === '' ? null : statusKind(c)));
  return kinds.filter((k) => k !== null).length >= 2 ? kinds : null;
}

/** A row under marked headings: the person in its first cell goes to the list of the first column it marks. */
function markedRow(text: string, line: number, headings: readonly (AttendanceListKind | null)[]): { kind: AttendanceListKind; person: Person } | null {
  const cells = barCells(text);
  if (!cells || cells.length < 2 || cells.length > headings.length + 1) return null;
  // A tick beside a cross ("✓ | x") marks its column; else the first column marked at all.
  // (A row may carry one cell more than the headings, a trailing bar's: no column is there.)
  const heads = (k: number): boolean => k > 0 && (headings[k] ?? null) !== null;
  const ticked = cells.findIndex((c, k) => heads(k) && ticksColumn(c));
  const at = ticked > 0 ? ticked : cells.findIndex((c, k) => heads(k) && marksColumn(c));
  const person = parseCell(cells[0], line);
  if (at < 0 || !person || person.name === null) return null;
  return { kind: headings[at] as AttendanceListKind, person: { ...person, rule: markedColumnsRule.id } };
}

/** Members of the public: a column of the attendance table that lists no one the minutes record. */
const PUBLIC_HEADING = /^(?:members\s+of\s+the\s+public|public|visitors|guests|press)$/i;

/**
 * "Present:    Members of the Public:    Apologies:": a label line whose rest is only further headings after wide gaps.
 * The list each column names (null for the public's), or null when the line is not such a row of headings.
 */
function columnHeadings(first: AttendanceListKind, rest: string, line: string): (AttendanceListKind | null)[] | null {
  if (!TWO_COLUMNS.test(line) || !/:\s*$/.test(rest)) return null;
  const cells = rest.split(/\s{2,}/).map((c) => c.replace(/:\s*$/, '').trim());
  if (cells.some((c) => !/^[A-Z][A-Za-z'’ ]{1,40}$/.test(c))) return null;
  const kinds = cells.map((c) => (PUBLIC_HEADING.test(c) ? null : listedLabel(c) ? labelKind(c) : undefined));
  if (kinds.some((k) => k === undefined)) return null;
  return [first, ...(kinds as (AttendanceListKind | null)[])];
}

/** A member's seat closing a line: "P. Szabo, Chair, Electoral Area C", "Cr Ames, Division B". */
const ENDS_IN_SEAT = new RegExp(`\\b(?:${alternation(SEAT_WORDS)})\\.?\\s+[A-Z]$`);

/** A cell that is a member's office and nothing else, perhaps with a bracket: "Mayor (Chair)", "Deputy Mayor". */
const OFFICE_CELL = new RegExp(`^${alternation(MEMBER_OFFICES)}(?:\\s*\\([^()]{1,40}\\))?$`);

/** A row of two cells, one naming a person and the other a role ("Mr B Kestel  Chief Executive Officer"), or null. */
function nameAndRole(text: string): { name: string; role: string } | null {
  // "Reeve .......... Garth Heinrichs": leader dots part the cells as a wide gap does.
  const dotted = LEADER_DOTS.test(text);
  const cells = dotted ? text.split(LEADER_DOTS) : TWO_COLUMNS.test(text) ? text.split(/\s{2,}/) : [];
  // A cell that lists people is a list, not one person's row; a dotted row is one person's ("Councillor, Division 4 …… E Sauer").
  if (cells.length !== 2 || cells.some((c) => c.length > 80 || (!dotted && SEPARATED.test(c) && namesPerson(c)))) return null;
  const [a, b] = cells.map((c) => parseCell(c, 0));
  // A post may read as a name ("Deputy Shire President"): a cell that names a post and carries no title is the role.
  // So is a member's office alone, however it reads as a title ("Mayor (Chair)", "Deputy Mayor", "Councillor").
  const post = (c: string, p: Person | null): boolean => p !== null && (p.name === null || (looksLikeRole(c) && !LEADING_TITLES.test(c)) || OFFICE_CELL.test(c.trim()));
  if (a?.name && !post(cells[0], a) && post(cells[1], b)) return { name: cells[0], role: cells[1] };
  if (b?.name && !post(cells[1], b) && post(cells[0], a)) return { name: cells[1], role: cells[0] };
  return null;
}

/** A board member's office that reads as a title before the name: "Director", "Alternate Director". */
const OFFICE_TITLE = new RegExp(`^(${alternation(BOARD_MEMBER_TITLES)})(?:,\\s*(.*))?$`);

/** Moves a board member's office from the role into the name: "L. Bjornson" (Director, Electoral Area A) → "Director L. Bjornson". */
function titleFromOffice(p: Person): void {
  const m = p.name !== null && p.role !== null ? OFFICE_TITLE.exec(p.role) : null;
  if (!m) return;
  p.name = `${m[1]} ${p.name}`;
  p.role = m[2] ?? null;
}

/** True when a text opens more brackets than it closes. */
const opensBracket = (text: string): boolean => text.split('(').length > text.split(')').length;

/**
 * A list's text that names only who chaired: "The Mayor (Councillor Bernadette Hoyle) in the Chair", or one titled
 * member with a presiding office in brackets, "Councillor B Ashworth (Chairman of the Council)", "Cr A Vos (Mayor)".
 */
const CHAIR_ONLY = new RegExp(
  `^(?:[^,;]{3,120}\\bin\\s+the\\s+chair|${HONORIFIC_SOURCE}\\s[^,;()]{2,60}\\((?:the\\s+)?${caselessAlternation(PRESIDING_ROLES)}(?:\\s+of\\s+the\\s+[A-Za-z ]{3,40})?\\))\\.?$`,
  'i',
);
/** A line listing members under their plural title: "Councillors Akhtar, Barraclough, Bibi …". */
const PLURAL_TITLED_LIST = new RegExp(`^${abbreviationAlternation(PLURAL_TITLES)}\\s+[A-Z][^,;]{1,60}[,;]`);

interface GridRow {
  person: Person;
  office: string;
  member: boolean;
  /** The list a status cell puts the row in ("Member   Declan O'Hara   Apology"), where the grid has one. */
  status?: AttendanceListKind;
}

/**
 * A row of an attendance grid: an office, a person and, in a third cell, where they sit ("Chair   L. Demchuk
 * Electoral Area A", "Deputy Reeve   Carla Vandenberg", "Chief Administrative Officer   Sheila MacPhee"), or null.
 */
function gridRow(text: string, line: number): GridRow | null {
  if (!TWO_COLUMNS.test(text)) return null;
  const cells = text.trim().split(/\s{2,}/);
  if (cells.length < 2 || cells.length > 3 || cells.some((c) => c.length > 80)) return null;
  const seated = seatRow(cells, line);
  if (seated) return seated;
  const kind = gridOffice(cells[0]);
  if (kind === null || SEPARATED.test(cells[1])) return null;
  const person = parseCell(cells[1], line);
  if (!person || person.name === null || !namesPerson(person.name)) return null;
  const role = [cells[0], person.role, cells[2]].filter((r): r is string => r !== undefined && r !== null && r !== '').join('; ');
  // "Role   Name   Attendance" grids: a third cell that is a status ("Present, via Microsoft Teams", "Apology") says the list.
  const status = cells.length === 3 ? statusKind(cells[2].split(/[,;]/)[0]) : null;
  return { person: { ...person, role, rule: gridRule.id }, office: cells[0], member: kind === 'member', ...(status !== null ? { status } : {}) };
}

// A cell naming the seat a member holds: "Electoral Area B", "Ward 3", a member municipality "Village of Radium Flats".
const SEAT_CELL = new RegExp(`^(?:${alternation(SEAT_WORDS)}\\b|${alternation(MUNICIPALITY_KINDS)}\\s+of\\s)`);

/**
 * A row of a board's grid with the office and the name in one cell and the seat in the next ("Director L. Fiorentino
 * Electoral Area B", "Chair R. Tanaka   Electoral Area A"): the person is the first cell's, the seat joins the role.
 */
function seatRow(cells: readonly string[], line: number): GridRow | null {
  // "Director M. Thorvaldson   Chair   Electoral Area B": an office column between the name and the seat.
  if (!SEAT_CELL.test(cells[1]) && !(cells.length === 3 && SEAT_CELL.test(cells[2]) && gridOffice(cells[1]) !== null)) return null;
  const person = parseCell(cells[0], line);
  if (!person || person.name === null || !namesPerson(person.name)) return null;
  // "REGRETS:   G. Sorensen   Electoral Area D": a name and the seat alone; who holds a seat is a member.
  // (Two cells only, the second no post: "Cllr Ada Lyle   Ward Councillor   In attendance" is a status table's row.)
  if (person.role === null) return cells.length === 2 && !looksLikeRole(cells[1]) ? { person: { ...person, role: cells[1], rule: gridRule.id }, office: '', member: true } : null;
  const kind = gridOffice(person.role);
  if (kind === null) return null;
  // "D. Barkley (Chair)   Electoral Area C": an office in brackets is this member's alone, not a column heading the rows
  // under it, and not part of the name.
  if (/\)\s*$/.test(cells[0])) return { person: { ...person, role: [person.role, ...cells.slice(1)].join('; '), rule: gridRule.id }, office: '', member: kind === 'member' };
  // The name as written, the office with it ("Director L. Fiorentino", as "Mayor John Booth"); the office and the seat are the role.
  return { person: { ...person, name: cells[0].trim(), role: [person.role, ...cells.slice(1)].join('; '), rule: gridRule.id }, office: person.role, member: kind === 'member' };
}

/** A line of a grid under the row above, its office cell left blank: "                Nadia Bouchard". */
function gridContinuation(n: Token, above: GridRow): GridRow | null {
  if (n.line.indent < 8) return null;
  const text = n.line.text.trim();
  const cells = text.split(/\s{2,}/);
  if (cells.length > 2 || SEPARATED.test(cells[0])) return null;
  const person = parseCell(cells[0], n.line.line);
  if (!person || person.name === null || !namesPerson(person.name)) return null;
  const role = [above.office, person.role, cells[1]].filter((r): r is string => r !== undefined && r !== null && r !== '').join('; ');
  return { person: { ...person, role, rule: gridRule.id }, office: above.office, member: above.member };
}

/** The rule of one entry read from a labelled list. */
function ruleFor(e: Entry, base: string): string {
  return e.rule ?? base;
}

const MEMBER_TITLED = new RegExp(`^${abbreviationAlternation(MEMBER_HONORIFICS)}\\s`);

const MIXED_LABEL = new RegExp(`^${caselessAlternation(MIXED_ATTENDANCE_LABELS)}$`, 'i');
/**
 * "Attendance:" (and Scottish "Attending:", Western Australian "RECORD OF ATTENDANCE") heads the members in some
 * minutes and the officers in others: the members when no members list came before it and most of its names carry
 * a member's title.
 */
function ambiguous(label: string, kind: AttendanceListKind, people: readonly Person[], result: Lists, othersListed: boolean): AttendanceListKind {
  if (!MIXED_LABEL.test(label.trim()) || result.present.length > 0) return kind;
  // "Attending: Morag Lindsay (Convener), …" then "Also attending: PC Ross Menzies": when the others who attended have a
  // list of their own, the first list is the members, titled or not (community councils' members carry no title).
  if (othersListed && people.some((p) => p.name !== null)) return 'present';
  const titled = people.filter((p) => p.name !== null && MEMBER_TITLED.test(p.name)).length;
  return titled > 0 && titled * 2 >= people.length ? 'present' : kind;
}

/** Reads the labelled lists of the opening lines (or the first lines after the header when it holds none). */
export function readLists(header: readonly Token[], all: readonly Token[]): Lists {
  const result: Lists = { present: [], apologies: [], inAttendance: [] };
  // The header's labels, read once for both questions below.
  const headerLabels = header.map(labelOf).filter((l): l is Label => l !== null);
  const hasList = headerLabels.length > 0;
  // Another list of those in attendance ("Also attending:", "Officers:"), not itself one of the mixed labels.
  const othersListed = headerLabels.some((l) => labelKind(l.label) === 'inAttendance' && !MIXED_LABEL.test(l.label.trim()));
  const scope = hasList ? header : all.slice(0, Math.min(all.length, header.length + FIRST_LINES));
  // The name keys of each list's people, to keep each person once without comparing every pair.
  const kept: Record<AttendanceListKind, Set<string>> = { present: new Set(), apologies: new Set(), inAttendance: new Set() };
  const push = (kind: AttendanceListKind, people: readonly Person[], substitute: boolean, members = false): void => {
    for (const p of people) {
      // present holds members: an entry naming no one ("Chief Executive") is an officer in attendance; apologies hold names.
      // "Present: Cllr A Penrose, Mrs J Kellow (Parish Clerk)": an officer by role, untitled as a member, is in attendance
      // (not a member whose office says so: "Director" on a regional district board).
      const officer = kind === 'present' && !members && p.name !== null && p.role !== null && OFFICER_ROLE.test(p.role) && !MEMBER_TITLED.test(p.name);
      const target: AttendanceListKind = p.name === null || officer ? (kind === 'apologies' ? 'apologies' : 'inAttendance') : kind;
      if (p.name === null && kind === 'apologies') continue;
      if (substitute && target === 'present') p.substitute = true;
      // A meeting in two parts (a public meeting, then the council meeting) lists the same members twice: once each.
      if (p.name !== null) {
        const key = nameKey(p.name);
        if (kept[target].has(key)) continue;
        kept[target].add(key);
      }
      result[target].push(p);
    }
  };
  const withRule = (entries: readonly Entry[], base: string): Person[] => entries.map((e) => ({ ...e.person, rule: ruleFor(e, base) }));
  for (let i = hasList ? 0 : header.length; i < scope.length; i++) {
    const t = scope[i];
    const label = labelOf(t);
    if (!label) continue;
    // "I Láthair / Present", "Te Hunga i Tae Mai | Present": the part the lexicon lists names the list.
    const parts = label.label.split(/\s*[/|]\s*/);
    const labelKindOf = labelKind(parts.find((p) => listedLabel(p)) ?? parts[0]);
    // "Present: members" / "Regrets: …" / "Present: staff": a second "Present" in the same run of labels lists the others.
    const prev = i > 0 ? scope[i - 1] : undefined;
    const substitute = /substitut/i.test(label.label);
    const kind: AttendanceListKind = /^present$/i.test(label.label.trim()) && !label.header && result.present.length > 0 && prev !== undefined && prev.kind === 'attendance' && !substitute ? 'inAttendance' : labelKindOf;
    // Past the header an "Apologies" heading is an agenda item, not a list; after a members list read there, it is the next list ("REGRETS").
    if (!hasList && kind === 'apologies' && label.rest === '' && result.present.length === 0) continue;
    let j = i + 1;
    const members = MEMBER_LABEL.test(label.label.trim()) || MEMBER_GROUP_QUALIFIER.test(label.label);
    // Column headings side by side: "Present:    Members of the Public:    Apologies:", then rows of cells under them.
    const headings = label.rest ? columnHeadings(kind, label.rest, t.line.text) : null;
    if (headings) {
      while (j < all.length && all[j].kind === 'blank' && j < i + 3) j++;
      for (; j < all.length && all[j].kind !== 'blank' && !LIST_STOPS.has(all[j].kind); j++) {
        // A row that starts indented has lost its first cells: which column it is in is not known.
        if (all[j].line.indent > 0) continue;
        const cells = all[j].line.text.trim().split(/\s{2,}/);
        cells.forEach((cell, k) => {
          const target = headings[k];
          // "Nick Oakhill (NO) CHAIR": a post in capitals after the initials the minutes use for the person.
          const post = /^(.{2,80}?\))\s+([A-Z][A-Z -]{2,30})$/.exec(cell);
          const p = target ? parseCell(post ? post[1] : cell, all[j].line.line) : null;
          // Written in capitals, read as a post ("CLERK" is the Clerk, an officer).
          if (p && post) p.role = postInCapitals(post[2]);
          if (target && p && p.name !== null) push(target, [{ ...p, rule: columnsRule.id }], false);
        });
      }
      i = j - 1;
      continue;
    }
    // Two columns side by side: "MEMBERS PRESENT    WINNIPEG PUBLIC SERVICE", then one row per line.
    if (label.rest && COLUMN_LABEL.test(label.rest) && TWO_COLUMNS.test(t.line.text)) {
      const rightKind: AttendanceListKind = labelKind(label.rest) === 'apologies' ? 'apologies' : 'inAttendance';
      for (; j < all.length && all[j].kind !== 'blank' && labelOf(all[j]) === null; j++) {
        const [left, right] = splitColumns(all[j].line.text);
        const l = left ? parseCell(left, all[j].line.line) : null;
        const r = right ? parseCell(right, all[j].line.line) : null;
        if (l) push(kind, [{ ...l, rule: columnsRule.id }], substitute);
        if (r) push(rightKind, [{ ...r, rule: columnsRule.id }], false);
      }
      i = j - 1;
      continue;
    }
    // "PRESENT:   Chair   R. Kowalczyk   City of Fort Alder", rows under it: a grid whose first row shares the label's line.
    const seed = label.rest !== '' && TWO_COLUMNS.test(label.rest) && t.line.text.trimStart().toLowerCase().startsWith(label.label.toLowerCase()) ? gridRow(label.rest.trim(), t.line.line) : null;
    if (label.rest !== '' && seed === null) {
      // Label with names: wrapped continuation lines until a blank line or the next label.
      // A list that ends with a full stop is finished, unless the stop is an initial's ("… T. Greenhalgh and S." above
      // "Patel": a PDF line wrapped inside a name); a "|" line is table residue.
      let text = label.rest;
      const gapLaid = columnLaid(t.line.text, label.rest);
      for (; j < all.length && all[j].kind !== 'blank' && labelOf(all[j]) === null && !LIST_STOPS.has(all[j].kind) && (!/[.]$/.test(text) || ENDS_IN_INITIAL.test(text)) && !/^\|$/.test(all[j].line.text) && !readsAsClause(all[j].line.text) && !LABELLED_LINE.test(all[j].line.text); j++) {
        text += gapLaid && all[j].line.indent > 0 && !GOES_ON.test(text) && /^[A-Z]/.test(all[j].line.text) ? `; ${all[j].line.text}` : ` ${all[j].line.text}`;
      }
      // "PRESENT: The Mayor (Councillor Hoyle) in the Chair", a blank line, then "Councillors Akhtar, Barraclough, …":
      // the members present under the one who chaired.
      if (CHAIR_ONLY.test(text)) {
        let k = j;
        while (k < all.length && all[k].kind === 'blank' && k < j + 2) k++;
        if (k < all.length && all[k].kind !== 'blank' && PLURAL_TITLED_LIST.test(all[k].line.text) && labelOf(all[k]) === null) {
          text += ';';
          for (j = k; j < all.length && all[j].kind !== 'blank' && !LIST_STOPS.has(all[j].kind); j++) text += ` ${all[j].line.text}`;
        }
      }
      i = j - 1;
      const base = label.header ? headerLabelRule.id : labelListRule.id;
      for (const seg of segments(label.label, text)) {
        const segLabel = seg.label.split(NESTED_LABEL);
        const entries = parseEntries(seg.text, t.line.line, members || MEMBER_LABEL.test(segLabel[segLabel.length - 1].trim()));
        const segKind = segLabel[0] === label.label ? kind : labelKind(segLabel[0]);
        if (!hasList && !entries.some((e) => e.person.name !== null)) continue;
        const people = withRule(entries, base);
        // Under a members' label ("DIRECTORS PRESENT:") a member's office ("Director L. Bjornson") is no officer's post.
        const membersLabel = MEMBER_LABEL.test(segLabel[segLabel.length - 1].trim());
        // There the office is the member's title, kept with the name as written ("Director L. Bjornson"), as a grid keeps it.
        if (membersLabel) for (const p of people) titleFromOffice(p);
        push(ambiguous(seg.label, segKind, people, result, othersListed), people, substitute, membersLabel || members || (othersListed && MIXED_LABEL.test(seg.label.trim())));
      }
      continue;
    }
    // Label alone: the lines under it (blank lines allowed) until the next label, a heading or a sentence.
    const chunks: { text: string; line: number; rule: string; role?: string }[] = [];
    const statusRows: { kind: AttendanceListKind; person: Person; absent?: boolean }[] = [];
    const gridRows: GridRow[] = seed ? [seed] : [];
    // The line the last grid row ended on (a row's bracket may wrap onto the next line).
    let gridEnd = seed ? t.line.line : -1;
    let open: { text: string; line: number; rule: string } | null = null;
    let marked: (AttendanceListKind | null)[] | null = null;
    let tickedColumn: TickedColumn | null = null;
    for (; j < all.length; j++) {
      const n = all[j];
      if (n.kind === 'blank' || n.kind === 'furniture') continue;
      const text = (n.kind === 'bullet' ? n.text : n.line.text).trim();
      // "CALL TO ORDER", "Apologies for absence" after the list: the first item's heading, not a name.
      // ("I	DECLARATION OF INTEREST": with its number, Roman or not.)
      if (all[j - 1].kind === 'blank' && ITEM_HEADING_LINE.test(text.replace(ITEM_NUMBER_BEFORE, ''))) break;
      // "Councillor | Present | Apologies", then "Mrs A Bee | Yes |": each row goes to the list of the column it marks.
      const headings = markedHeadings(text);
      if (headings) {
        marked = headings;
        open = null;
        continue;
      }
      if (marked) {
        const row = markedRow(text, n.line.line, marked);
        if (row) {
          statusRows.push(row);
          continue;
        }
        marked = null;
      }
      // "Chair   L. Demchuk   Electoral Area A": an office, a person and where they sit; names under the row carry its office.
      // (In a grid "Councillors   Jim Stoltz" is a row, not the label it reads as.)
      const above = gridRows.length > 0 && gridEnd === all[j - 1].line.line ? gridRows[gridRows.length - 1] : null;
      // "D. Fontaine   Electoral Area D (Alternate for" over "Director G. Sorensen)": a bracket wrapped onto the next line.
      if (above && above.person.role !== null && opensBracket(above.person.role)) {
        above.person.role += ` ${text}`;
        gridEnd = n.line.line;
        continue;
      }
      // (A row naming its own office, "Director S. Ferreira   Electoral Area C", is its own; a name and a seat under a
      // row carry on that row's office.)
      const own = LIST_STOPS.has(n.kind) ? null : gridRow(text, n.line.line);
      const grid = own !== null && own.office !== '' ? own : ((above ? gridContinuation(n, above) : null) ?? own);
      if (grid && (labelOf(n) === null || above !== null)) {
        gridRows.push(grid);
        gridEnd = n.line.line;
        open = null;
        continue;
      }
      if (labelOf(n) !== null || LIST_STOPS.has(n.kind)) break;
      // "Councillor A Bee  Chair  Present": a table row whose status cell says which list the person is in.
      const row = statusRow(text, n.line.line, tickedColumn);
      if (row) {
        if (isHeadingRow(row)) tickedColumn = row.heading;
        else statusRows.push(row);
        open = null;
        continue;
      }
      const cells = pipeCells(text);
      if (cells) {
        if (cells.some((c) => c.length > 60 || /[.:]$/.test(c))) break;
        // "|Cllr A Bee |Chair |": a cell after a name that names no one is that person's role; "|---|" and "|Name |Role |" are the table's frame.
        for (const c of cells) {
          if (/^[-:= ]*$/.test(c) || TABLE_HEADING.test(c)) continue;
          const last = chunks[chunks.length - 1];
          if (last && last.line === n.line.line && last.role === undefined && parseCell(c, 0)?.name === null && namesPerson(last.text)) last.role = c;
          else chunks.push({ text: c, line: n.line.line, rule: columnsRule.id });
        }
        open = null;
        continue;
      }
      // "Cr Ann Vos  Shire President", "Chairperson  Aroha Ngata": a name and a role in two cells of one row.
      const pair = nameAndRole(text);
      if (pair) {
        chunks.push({ text: pair.name, line: n.line.line, rule: labelLinesRule.id, role: pair.role });
        open = null;
        continue;
      }
      // "Angus and Mearns Council (invented)" over titled names: a subheading grouping the members, no one's name.
      if (!(open && /(?:[,;]|\sand)$/.test(open.text)) && MEMBER_GROUP_HEADING.test(text) && TITLED_LINE.test(nextText(all, j + 1))) {
        open = null;
        continue;
      }
      // A line that goes on from the last ("Mr B E" then "Polglase, Mr R R Nance,") joins it.
      // (A seat's letter, "Electoral Area C", is no initial.)
      // So does a name broken at the line's end in a comma list ("…, Owen Prescott, Dianne" over "Rowley, Vikram Sethi …").
      if (open && ((/(?:[,;]|\sand|\b[A-Z]\.?)$/.test(open.text) && !ENDS_IN_SEAT.test(open.text) && !DOTTED_LETTERS_END.test(open.text)) || /^(?:and\s|[a-z])/.test(text) || (COMMA_LIST.test(open.text) && SURNAME_GOING_ON.test(text)))) {
        open.text += ` ${text}`;
      } else {
        if (endsList(text)) break;
        open = { text, line: n.line.line, rule: labelLinesRule.id };
        chunks.push(open);
      }
      // A line ending in a full stop ends the list, unless it names one person and the next line goes on with titled names
      // ("Cathaoirleach Cllr. P. Ryan presiding." above "Cllrs. M. Byrne, T. Nolan.").
      // (A dotted post-nominal's stop is no sentence's: "Deputy Niamh Corcoran T.D.", "Mr R Hale J.P.".)
      if (/[.]$/.test(text) && !DOTTED_LETTERS_END.test(text) && text.split(/\s+/).length > 3 && !(open.text === text && parseCell(text, 0)?.name && TITLED_LINE.test(nextText(all, j + 1)))) {
        j++;
        break;
      }
    }
    i = j - 1;
    const people: Person[] = [];
    for (const c of chunks) {
      // "Cllr J Moss  Cllr P Kerr  Cllr L Stone": titled names in a row parted only by wide gaps, one person each.
      const gapped = c.role === undefined && TWO_COLUMNS.test(c.text) ? c.text.split(/\s{2,}/) : [];
      if (gapped.length >= 2 && gapped.every((g) => TIERED_TITLE_START.test(g.trim()))) {
        for (const g of gapped) {
          const p = parseCell(g, c.line);
          if (p) people.push({ ...p, rule: c.rule });
        }
      } else if (SEPARATED.test(c.text)) people.push(...withRule(parseEntries(c.text, c.line, members), c.rule));
      else {
        const p = parseCell(c.text, c.line);
        if (p && c.role !== undefined) p.role = p.role === null ? c.role : `${p.role}; ${c.role}`;
        if (p) people.push({ ...p, rule: c.rule });
      }
    }
    // "Absent" beside "Apologies" in one table: the absent sent no apologies.
    const apologised = statusRows.some((r) => r.kind === 'apologies' && r.absent === false);
    // A table that marks some rows "In attendance" has said who is present: its "Present" rows are members, whatever their post.
    const marksOthers = statusRows.some((r) => r.kind === 'inAttendance');
    for (const r of statusRows) if (!(apologised && r.absent === true)) push(r.kind, [r.person], substitute, marksOthers);
    if (gridRows.length > 0) {
      // A grid under "Attendance" lists members and officers together: each row's office says which it is. The rows
      // and the lines read otherwise between them ("Deputy Chairperson Mark Sorensen") keep their order.
      const mixed = MIXED_LABEL.test(label.label.trim());
      const rest = ambiguous(label.label, kind, people, result, othersListed);
      const rows = [...gridRows, ...people.map((person) => ({ person, office: '', member: false, other: true }))].sort((a, b) => (a.person.line ?? 0) - (b.person.line ?? 0));
      for (const r of rows) {
        if ('other' in r) push(rest, [r.person], substitute);
        else if (r.status !== undefined && r.member) push(r.status, [r.person], substitute, true);
        else push(mixed ? (r.member ? 'present' : 'inAttendance') : kind, [r.person], substitute, r.member);
      }
      continue;
    }
    if (!hasList && !people.some((p) => p.name !== null)) continue;
    // Read as the members' list beside a list of the others, its posts ("Secretary", "Treasurer") are members' offices.
    push(ambiguous(label.label, kind, people, result, othersListed), people, substitute, othersListed && MIXED_LABEL.test(label.label.trim()));
  }
  if (result.present.length === 0) readStatusTable(scope, push);
  if (result.present.length === 0) readUnlabelled(header, push);
  readAttendedRemotely(header, push);
  // A page may print the list twice, once cut short and once in a flattened paragraph: both are read, each person once.
  readFlattened(all, result, push);
  // "Councillor Maud F" cut off at a page's end, beside the whole "Councillor Maud F. Harker": the cut one goes.
  for (const kind of ['present', 'apologies', 'inAttendance'] as const) {
    result[kind] = result[kind].filter((p) => !(p.name !== null && /\s[A-Z]$/.test(p.name) && result[kind].some((q) => q !== p && q.name !== null && nameKey(q.name).startsWith(`${nameKey(p.name!)} `))));
  }
  return result;
}

/** "Councillors Dina Evans and Fred Gale attended the meeting remotely.": members present, named by a sentence. Group 1: who. */
const ATTENDED_REMOTELY = new RegExp(`^((?:${HONORIFIC_SOURCE})\\.?\\s.{2,300}?)\\s+(?:also\\s+)?(?:attended|joined|participated\\s+in)(?:\\s+(?:the|this)\\s+meeting)?\\s+${alternation(REMOTE_ATTENDANCE_WAYS)}\\b[^.]{0,80}\\.?$`);

// The verbs of ATTENDED_REMOTELY, whole: a line holding none of them (found by a plain search first) states no remote attendance.
const ATTENDED_VERBS = ['attended', 'joined', 'participated'];
const ATTENDED_VERB = new RegExp(`\\b${alternation(ATTENDED_VERBS)}\\b`);

/** True when a line holds one of ATTENDED_VERBS as a word. */
function saysAttended(text: string): boolean {
  return ATTENDED_VERBS.some((v) => text.includes(v)) && ATTENDED_VERB.test(text);
}

/** Sentences of the opening lines saying that members attended remotely: they are present. */
function readAttendedRemotely(scope: readonly Token[], push: (kind: AttendanceListKind, people: readonly Person[], substitute: boolean) => void): void {
  for (const t of scope) {
    if (t.kind !== 'text' || !saysAttended(t.line.text)) continue;
    const m = ATTENDED_REMOTELY.exec(t.line.text.trim());
    if (!m) continue;
    const people = parseEntries(m[1], t.line.line, PLURAL_START.test(m[1])).map((e) => e.person).filter((p) => p.name !== null);
    push('present', people.map((p) => ({ ...p, rule: remoteSentenceRule.id })), false);
  }
}
const PLURAL_START = new RegExp(`^${alternation(PLURAL_TITLES)}\\b`);

/** A member's title and name alone on a line: "Cr Aroha Kingi", "Mayor Tui Marsden", "Councillor Amesbury (via audio link)". */
const MEMBER_LINE = new RegExp(`^${abbreviationAlternation(MEMBER_HONORIFICS.filter((h) => !/s$/.test(h)))}\\s+[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’.-]{0,30}){0,3}(?:\\s+\\([^)]{1,60}\\))?$`);
/** A member's role alone on a line between the names: "Deputy Mayor", "Chairperson". */
const ROLE_LINE = new RegExp(`^${alternation(MEMBER_OFFICES)}$`);
// Members named line after line with no label (a label lost from a table layout): at least this many.
const UNLABELLED_RUN = 3;

/** Lines of members' titles and names with no label before them, in the opening lines: the members present. */
/**
 * A table of members with a status column and no label over it ("| Member | Role | Attendance |", then
 * "| Cr Wes Brumby | Councillor | Present |"): each row goes to the list its status names. Two rows at least, one of
 * them present, in one run of table rows.
 */
// A table's ruled row under its headings: "|---|---|---|", "| :--- | --- |".
const TABLE_RULE_ROW = /^\|?(?=[^-]*-)[-:| ]+\|?$/;

function readStatusTable(scope: readonly Token[], push: (kind: AttendanceListKind, people: readonly Person[], substitute: boolean) => void): void {
  let rows: { kind: AttendanceListKind; person: Person }[] = [];
  const flush = (): boolean => {
    const enough = rows.length >= 2 && rows.some((r) => r.kind === 'present');
    if (enough) for (const r of rows) push(r.kind, [r.person], false);
    rows = [];
    return enough;
  };
  for (const t of scope) {
    if (t.kind === 'blank') continue;
    const text = t.line.text.trim();
    const row = t.kind === 'text' && text.includes('|') ? statusRow(text, t.line.line) : null;
    if (isHeadingRow(row) || (row === null && t.kind === 'text' && TABLE_RULE_ROW.test(text))) continue;
    if (row) rows.push(row);
    else if (flush()) return;
  }
  flush();
}

function readUnlabelled(scope: readonly Token[], push: (kind: AttendanceListKind, people: readonly Person[], substitute: boolean) => void): void {
  let run: Token[] = [];
  const flush = (): boolean => {
    if (run.length < UNLABELLED_RUN) {
      run = [];
      return false;
    }
    push('present', run.map((t) => ({ ...(parseCell(t.line.text, t.line.line) as Person), rule: unlabelledRule.id })), false);
    return true;
  };
  for (const t of scope) {
    const text = t.line.text.trim();
    if (t.kind === 'blank' || ROLE_LINE.test(text)) continue;
    if (t.kind === 'text' && MEMBER_LINE.test(text)) run.push(t);
    else if (flush()) return;
  }
  flush();
}

/** "… HELD ON 4 JULY AT 7PM PRESENT: Councillor A (Mayor), B … 1. MINUTES …": a present list inside a run-on opening line. */
function readFlattened(all: readonly Token[], result: Lists, push: (kind: AttendanceListKind, people: readonly Person[], substitute: boolean) => void): void {
  const withRule = (entries: readonly Entry[], base: string): Person[] => entries.map((e) => ({ ...e.person, rule: ruleFor(e, base) }));
  for (const t of all.slice(0, FIRST_LINES)) {
    const text = t.line.text;
    if (text.length < 200) continue;
    const m = FLAT_PRESENT.exec(text.slice(0, 3000));
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 4000);
    const end = FLAT_END.exec(rest);
    const list = end ? rest.slice(0, end.index) : rest;
    const flat: { label: string; text: string }[] = [];
    for (const seg of segments('Present', list)) {
      let from = 0;
      let label = seg.label;
      FLAT_LABEL.lastIndex = 0;
      let f: RegExpExecArray | null;
      while ((f = FLAT_LABEL.exec(seg.text)) !== null) {
        flat.push({ label, text: seg.text.slice(from, f.index) });
        label = f[1];
        from = f.index + f[0].length;
      }
      flat.push({ label, text: seg.text.slice(from) });
    }
    for (const seg of flat) {
      const segLabel = seg.label.split(NESTED_LABEL);
      const entries = parseEntries(seg.text, t.line.line, MEMBER_LABEL.test(segLabel[segLabel.length - 1].trim()));
      push(labelKind(segLabel[0]), withRule(entries, inlineLabelRule.id), false);
    }
    if (result.present.length > 0) return;
  }
}
