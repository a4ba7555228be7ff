// Plain text to lines. Plain text never goes through remark: line rules are
// an order of magnitude faster, and minutes text is not markdown.
import type { SourceLine } from './types.js';
import { NUMBER_COLUMN_HEADERS } from '../lexicon/index.js';

// Every line break style: CRLF, lone CR, LF, and Unicode line/paragraph separators.
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
// Spaces that minutes copied from web pages and Word carry: NBSP, narrow NBSP, figure/ideographic spaces, tabs.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]/g;
// A tab separates table cells in copied tables: it becomes a two-space gap, which later stages read as a cell break.
const TAB = /\t/g;
// Zero-width characters, the BOM and soft hyphens (Word's and HTML's &shy;, shown only where a line
// breaks), which only split words for matching.
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Any of the three above (one test per line; most lines have none).
const NEEDS_CLEANING = /[\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\t\f\v]/;
const RUN_OF_SPACES = / {2,}/g;

/** Normalises one raw line: odd spaces to spaces, zero-width removed. Leading width kept apart. */
export function normaliseLine(raw: string, lineNo: number, mayNeedCleaning = true): SourceLine {
  const spaced = mayNeedCleaning && NEEDS_CLEANING.test(raw) ? raw.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').replace(TAB, '  ') : raw;
  let indent = 0;
  while (indent < spaced.length && spaced.charCodeAt(indent) === 32) indent++;
  const text = spaced.slice(indent).trimEnd().replace(RUN_OF_SPACES, '  ');
  return { line: lineNo, text, indent };
}

/** Splits text into normalised lines, numbered from 1. */
export function textToLines(text: string): SourceLine[] {
  // Most files break lines with \n alone and have no odd spaces: one test of the whole text each spares a regex split and a test per line.
  const raw = OTHER_BREAK.test(text) ? text.split(LINE_BREAK) : text.split('\n');
  if (text.includes('\t')) pipeTabTables(raw);
  const cleaning = NEEDS_CLEANING.test(text);
  const out: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = normaliseLine(raw[i], i + 1, cleaning);
  markUnderlinedHeadings(out);
  return out;
}

// A header row of a table: three or more short cells, the first naming a number column ("Item\tSubject\tDiscussion / Decision").
const TAB_HEADER_CELL = /^[^\s\d][^\s]*(?:\s[^\s]+){0,3}$/;
const NUMBER_COLUMN = new Set(NUMBER_COLUMN_HEADERS.map((h) => h.toLowerCase()));
// Fewer rows than this under the header are not a table. (A motions table, "MOTION\tMOVER & SECONDER\t…", keeps its
// tabs as gaps: its rows are read by the motions table rule.)
const TAB_TABLE_ROWS = 2;

/**
 * A table copied from Word or a web page keeps its cells apart with tabs. Where a header row of three or
 * more short cells headed by a number column ("Item\tSubject\tDiscussion / Decision") is followed by rows of as many cells (a row may
 * leave its first cells empty: "\t\tMPC-25-063 Cllr Petrenko: that …"), the table is written as pipe rows
 * ("| 4.1 | DP 25-118 … | Emeka Obi presented … |"), the table layout every later stage reads, so that a
 * row's number, heading and minutes stay in their cells. Other tabs stay spacing: a tab that indents a
 * paragraph or follows a bullet, and two-cell label rows, read better as gaps.
 */
function pipeTabTables(raw: string[]): void {
  for (let i = 0; i < raw.length; i++) {
    const header = raw[i].includes('\t') ? tabCells(raw[i]) : null;
    if (header === null || header.length < 3 || !NUMBER_COLUMN.has(header[0].toLowerCase()) || !header.every((c) => TAB_HEADER_CELL.test(c))) continue;
    let end = i + 1;
    while (end < raw.length && raw[end].includes('\t') && tabCells(raw[end]).length === header.length) end++;
    if (end - i - 1 < TAB_TABLE_ROWS) continue;
    for (let k = i; k < end; k++) raw[k] = `| ${tabCells(raw[k]).join(' | ')} |`;
    i = end - 1;
  }
}

/** The cells of a tab-separated row: leading tabs are empty cells, a run of tabs inside is one break. */
function tabCells(line: string): string[] {
  let empty = 0;
  while (line.charCodeAt(empty) === 9) empty++;
  const cells = line.slice(empty).trimEnd().split(/\t+/).map((c) => c.trim());
  return [...new Array<string>(empty).fill(''), ...cells];
}

// A rule of dashes, equals signs or tildes under a line, as plain-text minutes underline their headings.
const UNDERLINE = /^(?:-{3,}|={3,}|~{3,})$/;
// An underline is about as long as what it underlines (a longer rule is a section break, not an underline).
const UNDERLINE_SLACK = 0.5;

/**
 * Marks each underlined line a heading, as markdown reads a setext heading ("Budget Monitoring" over
 * "-----------------"), and blanks its underline: what the text's layout says, not what its words do.
 */
function markUnderlinedHeadings(lines: SourceLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const rule = lines[i].text;
    const c = rule.charCodeAt(0);
    if ((c !== 45 && c !== 61 && c !== 126) || !UNDERLINE.test(rule)) continue;
    const heading = lines[i - 1];
    // A rule that underlines nothing (longer than the line above, or under a blank) is a separator: a blank line,
    // not the first words of the paragraph below it ("------" over "Cr Collard – Asked when …").
    if (heading.text === '' || UNDERLINE.test(heading.text) || Math.abs(rule.length - heading.text.length) > heading.text.length * UNDERLINE_SLACK) {
      lines[i] = { ...lines[i], text: '' };
      continue;
    }
    // One depth for every underline: minutes underline items with "=" as often as with "-", so the
    // character says nothing of a title above them.
    heading.hint = 'heading';
    heading.depth = 2;
    lines[i] = { ...lines[i], text: '' };
  }
}
const OTHER_BREAK = /[\r\u2028\u2029]/;
