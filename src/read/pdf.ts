// PDF to lines with pdfjs-dist (legacy build, loaded only when a PDF is read).
// pdf.js runs with eval and font loading from the document disabled. Lines and
// reading order are rebuilt from text positions: items on one baseline are
// joined (a space where the gap between them is a word gap), the x offset from
// the body margin becomes `indent` (numbered sub-paragraphs keep their
// structure), a larger gap between lines becomes a blank line, and running
// headers, footers and page numbers repeated across pages are dropped, as are
// watermarks turned across a page and lone small-type margin lines. Side
// headings, owner columns, tables (over page breaks too) and names set out in
// columns are rebuilt into the lines a person would copy. Every line carries
// its 1-based page.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Warning } from '../schema/document.js';
import { makeWarning } from '../schema/warnings.js';
import { ReadError } from './errors.js';
import type { ReadResult, SourceLine } from './types.js';
import { startsWithTitle } from './titles.js';
import { NUMBER_ALONE, titleAfterNumber } from './numbers.js';

/** A text run placed on a page, in top-down page coordinates (points). */
export interface PlacedText {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  width: number;
  /** Font size (em height). */
  size: number;
  /** Set by the reader: this run starts a paragraph (the text beside a side heading). */
  startsParagraph?: boolean;
  /** The document's name for the run's font (pdf.js "g_d0_f3"): tells a heading's type from the body's. */
  font?: string;
}

export interface PdfPage {
  /** Page height in points (to tell top from bottom margins). */
  height: number;
  items: PlacedText[];
}

interface PageLine {
  page: number;
  x: number;
  y: number;
  size: number;
  /** Right edge of the last run. */
  right: number;
  text: string;
  /** Cells: runs of text parted by a column-wide gap (a table row has several). */
  cells: number;
  /** A row (or the header) of a table rebuilt from its columns: a block of its own. */
  table?: boolean;
  /** Starts a paragraph of its own (a blank line before it). */
  paragraph?: boolean;
  /** The last of two cells, when it is short: an owner column's entry ("Clerk", "JH") or a short label. */
  aside?: { x: number; text: string };
  /** The font of every run of the line, when they share one. */
  font?: string;
}

// A lone page number or page mark at the top or bottom of a page: "3", "- 3 -", "Page 3", "Page 3 of 12", "3 of 12".
const PAGE_NUMBER_LINE = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
// Digits in a running header or footer ("July 11, 2023 – Minutes – Page 2"): compared with digits masked.
const DIGITS = /\d+/g;
// Sentence-final punctuation: a page that ends with it ends its paragraph too.
const ENDS_PARAGRAPH = /[.:;!?)"”]$/;
// How many lines at the top and at the bottom of a page are examined as running headers and footers
// (a parish clerk's footer is four: name, address, telephone, mobile; and the page number).
const MARGIN_LINES = 5;
// How many cells make a line a table row.
const TABLE_CELLS = 3;
// The top and bottom bands of a page (a share of its height) where headers and footers are printed,
// and how small their type is against the body's.
const MARGIN_BAND = 0.08;
const SMALL_TYPE = 0.85;
// How far (in font sizes) such a line stands from the text next to it, at least.
const ISOLATION = 2;
// The share of pages a running header or footer recurs on.
const RUNNING_SHARE = 0.6;
// How far (points) a running header or footer may move between pages.
const RUNNING_Y_TOLERANCE = 6;

/** Groups a page's text runs by baseline (runs whose baselines are close), each group left to right. */
// Each page's groups, made once: the side-heading test reads every page before the pages are read.
const GROUPS = new WeakMap<PdfPage, PlacedText[][]>();

function baselineGroups(page: PdfPage): PlacedText[][] {
  let groups = GROUPS.get(page);
  if (!groups) {
    groups = groupBaselines(page);
    GROUPS.set(page, groups);
  }
  return groups;
}

function groupBaselines(page: PdfPage): PlacedText[][] {
  const items = page.items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  // The largest run of the line being built: its baseline is the line's (kept as runs join, so grouping stays linear).
  let ref: PlacedText | null = null;
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && ref) {
      // A giant run (a watermark, a crest's letters) does not widen the band past twice the smaller size.
      const tolerance = Math.max(2, 0.4 * Math.min(Math.max(ref.size, item.size), 2 * Math.min(ref.size, item.size)));
      if (Math.abs(item.y - ref.y) <= tolerance) {
        last.push(item);
        if (item.size > ref.size) ref = item;
        continue;
      }
    }
    groups.push([item]);
    ref = item;
  }
  // Text drawn twice at the same spot (fake bold) is one run.
  return groups.map((g) => g.sort((a, b) => a.x - b.x).filter((run, k) => k === 0 || !(run.str === g[k - 1].str && Math.abs(run.x - g[k - 1].x) < 1 && Math.abs(run.y - g[k - 1].y) < 1)));
}

// A gap between runs (in font sizes) that parts cells; a header's short labels are parted by less (one size).
const CELL_GAP = 2.5;
const HEADER_CELL_GAP = 1;

/** A run of a line's text between column-wide gaps. */
interface Cell {
  x: number;
  right: number;
  text: string;
}

/**
 * Splits a baseline group (left to right) into cells at column-wide gaps, joining runs inside a cell
 * with word spaces. Given a table's columns, a run that starts in another column starts a cell too.
 */
function cellsOf(group: readonly PlacedText[], column?: (x: number) => number, cellGap = CELL_GAP): Cell[] {
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  for (const run of group) {
    const size = Math.max(run.size, 1);
    const gap = cell ? run.x - cell.right : Infinity;
    if (!cell || gap > cellGap * size || (column && gap > 0 && column(run.x) !== column(cell.x))) {
      cell = { x: run.x, right: run.x + run.width, text: run.str };
      cells.push(cell);
      continue;
    }
    if (gap > 0.15 * size && !/\s$/.test(cell.text) && !/^\s/.test(run.str)) cell.text += ' ';
    cell.text += run.str;
    cell.right = Math.max(cell.right, run.x + run.width);
  }
  for (const c of cells) c.text = c.text.trim();
  return cells.filter((c) => c.text !== '');
}

// An owner column's entry: a name, initials or a role, a few words at most ("Clerk", "JH / Clerk", "All Cllrs").
const ASIDE_LENGTH = 24;
const ASIDE_WORDS = 3;
// An owner column lies in the right part of the text's width (a share of it, from the body margin).
const ASIDE_FROM = 0.7;

const sizeOf = (group: readonly PlacedText[]): PlacedText => group.reduce((m, i) => (i.size > m.size ? i : m), group[0]);

function lineOf(group: readonly PlacedText[], pageNo: number): PageLine {
  const cells = cellsOf(group);
  const main = sizeOf(group);
  const right = cells.reduce((m, c) => Math.max(m, c.right), -Infinity);
  // Names set out in columns ("Cllr A Hay    Cllr B Moss    Cllr C Dean") are a list, as they would be written.
  const people = cells.length >= 2 && cells.every((c) => startsWithTitle(c.text));
  const line: PageLine = { page: pageNo, x: group[0].x, y: main.y, size: main.size, right, text: cells.map((c) => c.text).join(people ? ', ' : '    '), cells: people ? 1 : cells.length };
  if (group[0].startsParagraph) line.paragraph = true;
  const font = group[0].font;
  if (font !== undefined && group.every((r) => r.font === font)) line.font = font;
  const last = cells[cells.length - 1];
  if (!people && cells.length === 2 && last.text.length <= ASIDE_LENGTH && last.text.split(/\s+/).length <= ASIDE_WORDS) line.aside = { x: last.x, text: last.text };
  return line;
}

/** Groups a page's text runs into lines: runs whose baselines are close join, left to right. */
export function pageLines(page: PdfPage, pageNo: number, sideColumn: number | null = null): PageLine[] {
  return pageLinesCarrying(page, pageNo, sideColumn, null).lines;
}

/** A page's lines, with a table left open by the page before going on, and the table this page leaves open. */
function pageLinesCarrying(page: PdfPage, pageNo: number, sideColumn: number | null, carry: OpenTable | null): { lines: PageLine[]; open: OpenTable | null } {
  const groups = baselineGroups(page);
  return tableLines(sideColumn === null ? groups : sideHeadGroups(groups, sideColumn), pageNo, page.height, carry);
}

// ---------------------------------------------------------------- side headings

// A side heading holds a word (three letters or more): a number or a label alone ("58.", "(a)", "3.1") is not one.
const HEADING_WORD = /\p{L}{3}/u;
// A minute number or code leading a margin entry ("21.", "CAB 45", "PL/23", "Item 5"): not a title by itself.
const LEADING_CODE = /^(?:(?:agenda\s+)?item(?:\s+no\.?)?\s+|minute\s+)?(?:\p{Lu}{1,5}[\s/.-]?)?[\d(][\d./()a-z-]{0,12}\s*/iu;

/**
 * Is this text beside the body column a side heading: a title, not a number
 * or a minute code alone, nor a label ending in a colon ("Present:", whose
 * names beside it are its list)?
 */
const isSideHeading = (text: string): boolean => HEADING_WORD.test(text.replace(LEADING_CODE, '')) && !/:$/.test(text);
// How far (points) a body line may start from the body column's edge.
const SIDE_EDGE_TOLERANCE = 2;
// How many lines must show the layout: side headings beside body text, and body lines at the body column's edge.
const MIN_SIDE_HEADINGS = 2;
const MIN_BODY_LINES = 5;
// A heading's first line led by its minute number ("32. CAR PARKING", "(4) Grants"), not a year ("2025/26").
const MINUTE_NUMBER_LEAD = /^\(?\d{1,4}(?:\.\d{1,3})?[.)]?\s+\p{L}/u;
// The gap between a side heading and the text beside it, at least (in font sizes): wider than a word space.
const SIDE_GAP = 0.8;
// A side heading's lines follow each other at most this far apart (in font sizes).
const SIDE_LINE_GAP = 1.5;

/**
 * The runs of a baseline group left of a column edge, and from it on; null
 * when a run crosses it, or when the left part runs up to the edge (a line of
 * prose across the page, not a heading column ending short of the text).
 */
function splitAt(group: readonly PlacedText[], edge: number): { left: PlacedText[]; right: PlacedText[] } | null {
  const left: PlacedText[] = [];
  const right: PlacedText[] = [];
  for (const run of group) {
    if (run.x >= edge - SIDE_EDGE_TOLERANCE) right.push(run);
    else if (run.x + run.width <= edge - SIDE_EDGE_TOLERANCE) left.push(run);
    else return null;
  }
  if (left.length && right.length) {
    const leftEnd = left.reduce((m, r) => Math.max(m, r.x + r.width), -Infinity);
    if (right[0].x - leftEnd < SIDE_GAP * Math.max(1, right[0].size)) return null;
  }
  return { left, right };
}

const runsText = (runs: readonly PlacedText[]): string => runs.map((r) => r.str.trim()).filter(Boolean).join(' ');

/**
 * The body column's edge of minutes set with side headings: each minute's
 * number and title in a narrow left column ("21. APOLOGIES FOR" / "ABSENCE"),
 * its text in a wide column beside it, starting on the heading's first
 * baseline. Read across the page, every heading line would run into a line of
 * the text. Found where many lines start at one edge right of the margin, and
 * some hold a heading word left of that edge beside text at it. Null when the
 * pages are not set so.
 */
export function sideHeadColumn(pages: readonly PdfPage[]): number | null {
  const groups = pages.flatMap((p) => baselineGroups(p));
  if (groups.length === 0) return null;
  let margin = Infinity;
  for (const g of groups) margin = Math.min(margin, g[0].x);
  // Where lines start, right of the margin: the body column's edge is the commonest.
  const starts = new Map<number, number>();
  for (const g of groups) {
    const x = Math.round(g[0].x);
    if (x > margin + 3 * g[0].size) starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let edge = -1;
  let count = 0;
  for (const [x, n] of starts) if (n > count || (n === count && x < edge)) [edge, count] = [x, n];
  if (count < MIN_BODY_LINES) return null;
  let headings = 0;
  for (const g of groups) {
    const parts = splitAt(g, edge);
    if (parts && parts.left.length && parts.right.length && Math.abs(parts.right[0].x - edge) <= SIDE_EDGE_TOLERANCE && isSideHeading(runsText(parts.left))) headings++;
  }
  return headings >= MIN_SIDE_HEADINGS ? edge : null;
}

/**
 * A page's baseline groups with side headings taken out of the lines they sit
 * on: each heading (its lines joined) becomes a line of its own just before the
 * text it stands beside, and that text starts a paragraph.
 */
function sideHeadGroups(groups: readonly PlacedText[][], edge: number): PlacedText[][] {
  const out: PlacedText[][] = [];
  const parts = groups.map((g) => splitAt(g, edge));
  for (let i = 0; i < groups.length; i++) {
    const p = parts[i];
    if (!p || p.left.length === 0 || !isSideHeading(runsText(p.left))) {
      out.push(groups[i]);
      continue;
    }
    // The heading's lines: this one's left part, then the left parts of the lines just below.
    const heading = [...p.left];
    let j = i + 1;
    const rights: PlacedText[][] = [p.right];
    for (; j < groups.length; j++) {
      const q = parts[j];
      const size = Math.max(1, heading[0].size);
      // A line led by a number starts the next heading.
      if (!q || q.left.length === 0 || groups[j][0].y - groups[j - 1][0].y > SIDE_LINE_GAP * size || MINUTE_NUMBER_LEAD.test(runsText(q.left))) break;
      heading.push(...q.left);
      rights.push(q.right);
    }
    const first = heading[0];
    const right = heading.reduce((m, r) => Math.max(m, r.x + r.width), -Infinity);
    out.push([{ str: runsText(heading), x: first.x, y: first.y, width: right - first.x, size: first.size }]);
    rights.forEach((r, k) => {
      if (r.length === 0) return;
      out.push(k === 0 ? [{ ...r[0], startsParagraph: true }, ...r.slice(1)] : r);
    });
    i = j - 1;
  }
  return out;
}

// ---------------------------------------------------------------- tables

// A table's header row: three cells or more, each a short label ("NO", "ACTION", "OWNER", "Update", "Present:").
const HEADER_CELL_WORDS = 4;
const HEADER_CELL_LENGTH = 40;
// A label cell of an attendance table: "Present:", "Members of the Public:", "Apologies:".
const LABEL_CELL = /:$/;
// How far (in font sizes) the first row may sit below the header, and each row below the one before.
const HEADER_GAP = 3;
const ROW_GAP = 2;
// How far (in font sizes) a cell may start left of its column's header and still be in that column.
const COLUMN_TOLERANCE = 1.5;
// A cell that starts an entry of its own: a reference or list number ("07.18.04", "2."), a marker ("a)", "•") or a capital.
const STARTS_ENTRY = /^(?:\d|\(?[a-z][.)]\s|[•▪●◦*-]\s|\p{Lu})/u;
// A cell that cannot end: a hyphen, a comma or a connective left hanging.
const RUNS_ON = /(?:[,\-–]|\b(?:and|or|of|the|to|for|with|by|a|an|in|on|at))$/;

/**
 * Justified prose set word by word: every gap on the line is stretched alike,
 * so the widest gap inside a cell is about as wide as the narrowest between
 * cells. In a table's header, words inside a label sit a word space apart and
 * the labels far apart.
 */
function justifiedProse(group: readonly PlacedText[], cells: readonly Cell[]): boolean {
  if (cells.length < 2 || group.length <= cells.length) return false;
  const cellGaps: number[] = [];
  for (let k = 1; k < cells.length; k++) cellGaps.push(cells[k].x - cells[k - 1].right);
  const narrowestCellGap = Math.min(...cellGaps);
  let widestWordGap = 0;
  for (let k = 1; k < group.length; k++) {
    const gap = group[k].x - (group[k - 1].x + group[k - 1].width);
    if (gap < narrowestCellGap - 0.01) widestWordGap = Math.max(widestWordGap, gap);
  }
  return widestWordGap >= JUSTIFIED_GAP_SHARE * narrowestCellGap;
}
// Inside a justified line, word gaps reach at least this share of the gaps that part "cells".
const JUSTIFIED_GAP_SHARE = 0.5;

function isHeader(cells: readonly Cell[]): boolean {
  // Two label cells ("Present:  Members of the Public:") head an attendance table.
  return (cells.length >= 3 || (cells.length === 2 && cells.every((c) => LABEL_CELL.test(c.text)))) && cells.every((c) => c.text.length <= HEADER_CELL_LENGTH && c.text.split(/\s+/).length <= HEADER_CELL_WORDS && !/\d/.test(c.text) && (!/[.;]$/.test(c.text) || ABBREVIATED_LABEL.test(c.text)));
}
// A label that ends in an abbreviation's full stop ("Motion No.", "Min. Ref.", "Item No."), not a sentence's.
const ABBREVIATED_LABEL = /(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$/u;

/** The column an x falls in: the last header column that starts at or before it (with a tolerance). */
function columnAt(x: number, starts: readonly number[], tolerance: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] - tolerance <= x) k++;
  return k;
}

/** The column of a cell, or -1 when it runs on over the next column's start (it is not in the table's grid). */
function columnOf(cell: Cell, starts: readonly number[], tolerance: number): number {
  const k = columnAt(cell.x, starts, tolerance);
  return k + 1 < starts.length && cell.right > starts[k + 1] + tolerance ? -1 : k;
}

/** A table's columns still open at a page's foot: the next page's first rows may go on with it. */
export interface OpenTable {
  starts: number[];
  size: number;
}

type Row = { cells: string[]; y: number; x: number; right: number; size: number };

/**
 * The rows of a table below its header (or below the head of a page it runs
 * on to), cut into the columns by x, from group `from`; `end` is the first
 * group not in the table.
 */
function tableRows(groups: readonly PlacedText[][], from: number, starts: readonly number[], size: number, lastY: number): { rows: Row[]; end: number } {
  const tolerance = COLUMN_TOLERANCE * size;
  const rows: Row[] = [];
  const spaced = spacedRows(groups, from, size, lastY);
  let j = from;
  for (; j < groups.length; j++) {
    const group = groups[j];
    const y = sizeOf(group).y;
    const step = y - lastY;
    if (step > (rows.length ? ROW_GAP : HEADER_GAP) * size) break;
    const cells = cellsOf(group, (x) => columnAt(x, starts, tolerance));
    const columns = cells.map((c) => columnOf(c, starts, tolerance));
    if (columns.some((k) => k < 0)) break;
    const byColumn: string[] = starts.map(() => '');
    cells.forEach((c, k) => (byColumn[columns[k]] = byColumn[columns[k]] ? `${byColumn[columns[k]]} ${c.text}` : c.text));
    // A new row fills the first column, or the second one with an entry of its own; later columns alone wrap.
    const first = byColumn.findIndex((t) => t !== '');
    const row = rows[rows.length - 1];
    // In a table whose rows (two at least) all fill the first column (a reference, an application number), a line that leaves it empty wraps.
    const keyed = rows.length >= 2 && rows.every((r) => r.cells[0] !== '');
    // Rows set apart by a wider gap than the lines inside them: the gap alone tells a row's wrapped line from the next row.
    const wraps = row && (spaced !== null ? step <= spaced * TIGHT_SHARE : first >= 2 || (first >= 1 && keyed) || !STARTS_ENTRY.test(byColumn[first]) || RUNS_ON.test(row.cells[first]));
    if (wraps) {
      byColumn.forEach((t, k) => {
        if (t) row.cells[k] = row.cells[k] ? `${row.cells[k]} ${t}` : t;
      });
      row.right = Math.max(row.right, ...cells.map((c) => c.right));
    } else rows.push({ cells: byColumn, y, x: cells[0].x, right: Math.max(...cells.map((c) => c.right)), size: sizeOf(group).size });
    lastY = y;
  }
  return { rows, end: j };
}

// Lines of one row sit at most this share past the table's tightest line step; rows are set apart by at least SPACED_SHARE of it.
const TIGHT_SHARE = 1.2;
const SPACED_SHARE = 1.5;

/**
 * The line step inside a row when the table's rows are spaced out (a gap
 * between rows wider than between a row's wrapped lines: "R25-101  THAT the
 * agenda for the September 9, 2025  Bains  Pratt  CARRIED" / "Regular Council
 * Meeting be adopted as" 11 points below, the next row 19 points below), or
 * null when the lines of the table are evenly set (then each line's text
 * decides).
 */
function spacedRows(groups: readonly PlacedText[][], from: number, size: number, lastY: number): number | null {
  const steps: number[] = [];
  let y0 = lastY;
  for (let j = from; j < groups.length; j++) {
    const y = sizeOf(groups[j]).y;
    if (y - y0 > (j === from ? HEADER_GAP : ROW_GAP) * size) break;
    if (j > from) steps.push(y - y0);
    y0 = y;
  }
  if (steps.length < 3) return null;
  const tight = Math.min(...steps);
  const loose = steps.filter((d) => d >= tight * SPACED_SHARE).length;
  const close = steps.filter((d) => d <= tight * TIGHT_SHARE).length;
  // Both kinds, and nothing in between: two rows at least, with a wrapped line at least.
  return loose >= 1 && close >= 1 && loose + close === steps.length ? tight : null;
}

const rowLine = (r: Row, pageNo: number): PageLine => {
  const cells = r.cells.filter((t) => t !== '');
  return { page: pageNo, x: r.x, y: r.y, size: r.size, right: r.right, text: cells.join('    '), cells: cells.length, table: true };
};

// A page's head and foot zones (shares of its height): running heads and footers, not table rows.
const HEAD_ZONE = 0.075;
const FOOT_ZONE = 0.85;

/**
 * A page's lines with its tables rebuilt. A table is found by its header row
 * (three or more short label cells); each row below it is cut into the
 * header's columns by x. A line is a wrapped part of the row above (joined
 * onto it cell by cell) when its text starts in the third column or later (an
 * update wrapping), or its first text does not start an entry of its own ("with
 * SSE.", "the defibrillator"), or the row's cell there was left hanging ("…
 * and"): "… NO will make an appointment" / "with SSE." is one row, and its
 * right-hand owner column stays at its end instead of running into the next
 * sentence. Each row becomes one line flagged as a table row. The table ends
 * at a wider gap or at a line that crosses a column's start. An attendance
 * table (label cells: "Present:  Members of the Public:  Apologies:" over
 * columns of names) is read label by label: "Present: A, B, C". A table that
 * reaches the page's foot (only footer lines below it) stays open: the next
 * page's first lines that fit its columns are its rows.
 */
function tableLines(groups: readonly PlacedText[][], pageNo: number, height = 0, carry: OpenTable | null = null): { lines: PageLine[]; open: OpenTable | null } {
  const out: PageLine[] = [];
  let open: OpenTable | null = null;
  // Only footer lines (or none) below group k.
  const atFoot = (k: number): boolean => height > 0 && groups.slice(k).every((g) => sizeOf(g).y > FOOT_ZONE * height);
  let i = 0;
  if (carry && height > 0) {
    // The running head first, then the table's rows going on from the page before.
    let b = 0;
    while (b < groups.length && sizeOf(groups[b]).y < HEAD_ZONE * height) b++;
    if (b < groups.length) {
      const { rows, end } = tableRows(groups, b, carry.starts, carry.size, sizeOf(groups[b]).y);
      if (rows.length) {
        for (let k = 0; k < b; k++) out.push(lineOf(groups[k], pageNo));
        for (const r of rows) out.push(rowLine(r, pageNo));
        i = end;
        if (atFoot(end)) open = carry;
      }
    }
  }
  for (; i < groups.length; i++) {
    const header = cellsOf(groups[i], undefined, HEADER_CELL_GAP);
    // A row of names (attendance in columns) heads no table: it is a list.
    if (!isHeader(header) || justifiedProse(groups[i], header) || header.every((c) => startsWithTitle(c.text))) {
      out.push(lineOf(groups[i], pageNo));
      continue;
    }
    const size = Math.max(1, sizeOf(groups[i]).size);
    const starts = header.map((c) => c.x);
    const { rows, end: j } = tableRows(groups, i + 1, starts, size, sizeOf(groups[i]).y);
    const labels = header.every((c) => LABEL_CELL.test(c.text));
    const headerLine = { ...lineOf(groups[i], pageNo), text: header.map((c) => c.text).join('    '), cells: header.length };
    if (rows.length === 0) {
      // A header alone at the page's foot: its rows are on the next page.
      if (!labels && atFoot(i + 1)) {
        out.push({ ...headerLine, table: true });
        open = { starts, size };
      } else out.push(lineOf(groups[i], pageNo));
      continue;
    }
    if (labels) {
      // An attendance table: each label with its column's names, as a list would be printed ("Present: A, B, C").
      header.forEach((label, k) => {
        const names = rows.map((r) => r.cells[k]).filter((t) => t !== '');
        // Each label's list is a paragraph of its own.
        if (names.length) out.push({ ...headerLine, x: starts[0], text: `${label.text} ${names.join(', ')}`, cells: 1, paragraph: true });
      });
    } else {
      out.push({ ...headerLine, table: true });
      for (const r of rows) out.push(rowLine(r, pageNo));
      open = atFoot(j) ? { starts, size } : null;
    }
    i = j - 1;
  }
  return { lines: out, open };
}

// Two-column pages: the gutter is an empty vertical band this wide (points), wider than any word space.
const GUTTER_WIDTH = 8;
// The gutter lies in the middle of the text's width (fractions of it).
const GUTTER_FROM = 0.3;
const GUTTER_TO = 0.7;
// Each column holds at least this many lines of prose (lines of this many words on average).
const MIN_COLUMN_LINES = 8;
const MIN_COLUMN_WORDS = 5;
// Lines allowed to cross the gutter (a title, a date line, a "Present:" line spanning both columns): a share of the lines.
const SPANNING_SHARE = 0.15;
const MIN_SPANNING = 3;

/**
 * The x of the gutter of a two-column page, or null. A right-hand column of
 * short entries (an owner column, "Clerk", "MT") is not a second column of
 * text: it stays on its line.
 */
export function columnGutter(page: PdfPage): number | null {
  const items = page.items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.width));
  if (items.length < 2 * MIN_COLUMN_LINES) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const i of items) {
    minX = Math.min(minX, i.x);
    maxX = Math.max(maxX, i.x + Math.max(0, i.width));
  }
  const span = maxX - minX;
  if (!(span > 4 * GUTTER_WIDTH * 5)) return null;
  // How many lines cover each 2-point band across the page: a line covers the span of its runs, word gaps included.
  const byBaseline = new Map<number, PlacedText[]>();
  for (const i of items) {
    const key = Math.round(i.y / 2);
    const line = byBaseline.get(key);
    if (line) line.push(i);
    else byBaseline.set(key, [i]);
  }
  const bins = new Int32Array(Math.ceil(span / 2) + 1);
  const cover = (from: number, to: number): void => {
    const last = Math.min(bins.length - 1, Math.floor((to - minX) / 2));
    for (let b = Math.max(0, Math.floor((from - minX) / 2)); b <= last; b++) bins[b]++;
  };
  for (const runs of byBaseline.values()) {
    runs.sort((a, b) => a.x - b.x);
    let from = runs[0].x;
    let to = runs[0].x + Math.max(0, runs[0].width);
    for (const r of runs.slice(1)) {
      if (r.x - to < GUTTER_WIDTH) to = Math.max(to, r.x + Math.max(0, r.width));
      else {
        cover(from, to);
        from = r.x;
        to = r.x + Math.max(0, r.width);
      }
    }
    cover(from, to);
  }
  const spanning = Math.max(MIN_SPANNING, Math.floor(byBaseline.size * SPANNING_SHARE));
  let best: [number, number] | null = null;
  let runStart = -1;
  const lo = Math.floor((span * GUTTER_FROM) / 2);
  const hi = Math.ceil((span * GUTTER_TO) / 2);
  for (let b = lo; b <= hi + 1; b++) {
    const empty = b <= hi && bins[b] <= spanning;
    if (empty && runStart < 0) runStart = b;
    if (!empty && runStart >= 0) {
      if (!best || b - runStart > best[1] - best[0]) best = [runStart, b];
      runStart = -1;
    }
  }
  if (!best || (best[1] - best[0]) * 2 < GUTTER_WIDTH) return null;
  const gutter = minX + (best[0] + best[1]); // the band's middle, in points
  // Both sides must be columns of prose on many baselines.
  const prose = (side: PlacedText[]): boolean => {
    const byLine = new Map<number, string[]>();
    for (const i of side) {
      const key = Math.round(i.y / 2);
      const words = byLine.get(key);
      if (words) words.push(i.str);
      else byLine.set(key, [i.str]);
    }
    if (byLine.size < MIN_COLUMN_LINES) return false;
    let words = 0;
    for (const parts of byLine.values()) words += parts.join(' ').split(/\s+/).filter(Boolean).length;
    return words / byLine.size >= MIN_COLUMN_WORDS;
  };
  const left = items.filter((i) => i.x + i.width <= gutter);
  const right = items.filter((i) => i.x >= gutter);
  return prose(left) && prose(right) ? gutter : null;
}

/** A page's lines in reading order: a two-column page gives its left column, then its right. */
function columnLines(page: PdfPage, pageNo: number, sideColumn: number | null, carry: { table: OpenTable | null }): PageLine[] {
  const gutter = columnGutter(page);
  if (gutter === null) {
    const { lines, open } = pageLinesCarrying(page, pageNo, sideColumn, carry.table);
    carry.table = open;
    return lines;
  }
  carry.table = null;
  // Lines above or below the band where the columns' prose runs (a title, a running header, the page number) span the page.
  const proseYs = (keep: (i: PlacedText) => boolean): number[] =>
    pageLines({ height: page.height, items: page.items.filter(keep) }, pageNo)
      .filter((l) => l.text.split(/\s+/).length >= 3)
      .map((l) => l.y);
  const ys = [...proseYs((i) => i.x + i.width <= gutter), ...proseYs((i) => i.x >= gutter)];
  const top = ys.reduce((m, y) => Math.min(m, y), Infinity) - 1;
  const bottom = ys.reduce((m, y) => Math.max(m, y), -Infinity) + 1;
  const part = (keep: (i: PlacedText) => boolean): PageLine[] => pageLines({ height: page.height, items: page.items.filter(keep) }, pageNo);
  const above = part((i) => i.y < top);
  const below = part((i) => i.y > bottom);
  const left = part((i) => i.y >= top && i.y <= bottom && i.x < gutter);
  const right = part((i) => i.y >= top && i.y <= bottom && i.x >= gutter);
  if (left.length === 0 || right.length === 0) return pageLines(page, pageNo);
  // The right column's lines are measured from its own left edge, so their indentation means what the left column's does.
  let leftEdge = Infinity;
  let rightEdge = Infinity;
  for (const l of left) leftEdge = Math.min(leftEdge, l.x);
  for (const l of right) rightEdge = Math.min(rightEdge, l.x);
  const shift = rightEdge - leftEdge;
  return [...above, ...left, ...right.map((l) => ({ ...l, x: l.x - shift, right: l.right - shift })), ...below];
}

const quantile = (values: number[], q: number, fallback: number): number => {
  if (values.length === 0) return fallback;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)];
};
const median = (values: number[], fallback: number): number => quantile(values, 0.5, fallback);

/**
 * Running headers and footers: lines near the top or bottom of a page whose
 * text (digits masked) recurs at the same height on most pages; and a lone
 * page number as a page's first or last line.
 */
function runningFurniture(pages: PageLine[][], heights: readonly number[] = []): Set<PageLine> {
  const drop = new Set<PageLine>();
  // A page's first or last lines in small type in the page's top or bottom band: a header or footer
  // printed on one page only (a running head from page 2 on, a note under the first page).
  const bodySize = median(pages.flat().map((l) => l.size), 10);
  pages.forEach((lines, k) => {
    const height = heights[k] ?? 0;
    if (!(height > 0)) return;
    // Small type, standing apart from the text (a paragraph in small type at the top of a page is text).
    const apart = (l: PageLine, other: PageLine | undefined): boolean => !other || Math.abs(other.y - l.y) > ISOLATION * Math.max(l.size, other.size);
    const small = (l: PageLine): boolean => l.size <= SMALL_TYPE * bodySize && !l.table;
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first && first.y < MARGIN_BAND * height && small(first) && apart(first, lines[1])) drop.add(first);
    if (last && last.y > (1 - MARGIN_BAND) * height && small(last) && apart(last, lines[lines.length - 2])) drop.add(last);
  });
  const byKey = new Map<string, PageLine[]>();
  for (const lines of pages) {
    const margin = new Set([...lines.slice(0, MARGIN_LINES), ...lines.slice(Math.max(0, lines.length - MARGIN_LINES))]);
    for (const l of margin) {
      const key = l.text.replace(DIGITS, '#').replace(/\s+/g, ' ').trim().toLowerCase();
      const same = byKey.get(key);
      if (same) same.push(l);
      else byKey.set(key, [l]);
    }
    const first = lines[0];
    const last = lines[lines.length - 1];
    for (const l of [first, last]) if (l && PAGE_NUMBER_LINE.test(l.text.trim())) drop.add(l);
  }
  if (pages.length < 2) return drop;
  // Most pages (three of four, two of two): two sets of minutes in a pack, each heading its page alike, are not furniture.
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  for (const lines of byKey.values()) {
    const y = median(lines.map((l) => l.y), 0);
    const placed = lines.filter((l) => Math.abs(l.y - y) <= RUNNING_Y_TOLERANCE);
    if (new Set(placed.map((l) => l.page)).size >= needed) for (const l of placed) drop.add(l);
  }
  return drop;
}

// An entry of a contents list: a title, dot leaders or a column gap, a page number at the end.
const CONTENTS_ENTRY = /^(.{3,200}?)(?:\s*[.…_]{4,}\s*|\s{2,})(\d{1,3})$/;
// A contents list's own heading.
const CONTENTS_HEADING = /^(?:table of )?contents$/i;
// How far (points) the page numbers' right edges may differ, and how wide an entry is at least (points).
const CONTENTS_ALIGNMENT = 3;
const CONTENTS_WIDTH = 200;
// How many entries in a row make a contents list.
const MIN_CONTENTS_ENTRIES = 3;

/**
 * A contents list at the front of printed minutes ("7.1  Road Maintenance
 * Grading Program ....... 5"): runs of three or more lines, each ending in a
 * page number, the numbers never going down; and its heading. The entries
 * repeat the minutes' headings: read as minutes they are items twice over.
 */
function contentsLines(lines: readonly PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  let run: PageLine[] = [];
  let last = 0;
  const close = (): void => {
    // The page numbers stand in one right-aligned column, well away from where the entries start.
    const rights = run.map((l) => l.right);
    const aligned = Math.max(...rights) - Math.min(...rights) <= CONTENTS_ALIGNMENT && run.every((l) => l.right - l.x >= CONTENTS_WIDTH);
    if (run.length >= MIN_CONTENTS_ENTRIES && aligned) {
      const before = lines[lines.indexOf(run[0]) - 1];
      if (before && CONTENTS_HEADING.test(before.text.trim())) out.push(before);
      out.push(...run);
    }
    run = [];
    last = 0;
  };
  for (const l of lines) {
    const m = l.table ? null : CONTENTS_ENTRY.exec(l.text.trim());
    const page = m ? Number(m[2]) : -1;
    if (m && page >= last) {
      run.push(l);
      last = page;
    } else {
      close();
      if (m) {
        run.push(l);
        last = page;
      }
    }
  }
  close();
  return out;
}

/** Builds the line model of a whole document from its pages. */
export function pagesToLines(pages: PdfPage[]): { text: string; lines: SourceLine[] } {
  const sideColumn = sideHeadColumn(pages);
  // A table running over a page break is carried from each page to the next.
  const carry: { table: OpenTable | null } = { table: null };
  const perPage = pages.map((p, i) => columnLines(p, i + 1, sideColumn, carry));
  const furniture = runningFurniture(perPage, pages.map((p) => p.height));
  for (const lines of perPage) for (const l of contentsLines(lines)) furniture.add(l);
  const kept = perPage.map((lines) => lines.filter((l) => !furniture.has(l)));
  const all = kept.flat();
  // Table rows (three cells or more) do not vote: Word sets a table's text left of the body margin.
  const prose = all.filter((l) => l.cells < TABLE_CELLS);
  const voters = prose.length >= all.length / 4 ? prose : all;
  const edges = new Map<number, number>();
  for (const l of voters) edges.set(Math.round(l.x), (edges.get(Math.round(l.x)) ?? 0) + 1);
  // The body margin: the leftmost edge that a fair share of lines start at (a stray line further left does not count).
  const enough = Math.max(2, Math.min(5, Math.ceil(voters.length * 0.05)));
  let margin = Infinity;
  for (const [x, n] of edges) if (n >= enough && x < margin) margin = x;
  if (!Number.isFinite(margin)) margin = all.reduce((m, l) => Math.min(m, Math.round(l.x)), Infinity);
  if (!Number.isFinite(margin)) margin = 0;
  // The unit of indent: half the usual font size.
  const bodySize = median(all.map((l) => l.size), 10);
  const charWidth = Math.max(1, bodySize / 2);
  // The distance between baselines of a paragraph's lines: a low quantile, since one-line paragraphs are common.
  const steps: number[] = [];
  for (const lines of kept) for (let i = 1; i < lines.length; i++) {
    const d = lines[i].y - lines[i - 1].y;
    if (d > 0) steps.push(d);
  }
  const step = Math.max(quantile(steps.filter((d) => d > bodySize * 0.6), 0.25, bodySize * 1.2), bodySize * 0.8);
  const widths = all.map((l) => l.right - l.x);
  // The median width is taken once (taken inside the filter it re-sorted every line's widths per line: quadratic).
  const medianWidth = median(widths, 0);
  const fullWidth = median(widths.filter((w) => w > medianWidth), 0);
  // The right edge that full lines of prose reach.
  const rightEdge = quantile(voters.map((l) => l.right), 0.9, Infinity);

  const out: OutLine[] = [];
  // An owner column's entry beside a paragraph's first line, waiting for the paragraph's end.
  let aside: string | null = null;
  const endParagraph = (): void => {
    if (aside === null) return;
    for (let k = out.length - 1; k >= 0; k--) {
      if (out[k].text === '') continue;
      out[k].text += `    ${aside}`;
      break;
    }
    aside = null;
  };
  const blank = (page: number): void => {
    endParagraph();
    if (out.length > 0 && out[out.length - 1].text !== '') out.push({ text: '', indent: 0, page });
  };
  const asideFrom = margin + ASIDE_FROM * (rightEdge - margin);
  let prev: PageLine | null = null;
  // Lower-case words in the paragraph so far: prose has many, a list of names (one a line) few.
  let proseWords = 0;
  // Where the paragraph's first line starts (a centred line inside it, a title or a quotation, starts elsewhere).
  let paragraphX = 0;
  // Where the line that held the owner entry starts: its paragraph goes on only in lines of one cell starting there.
  let asideX = 0;
  for (const lines of kept) {
    for (const l of lines) {
      // A row of a table (cells, or another start) is no continuation: the entry goes back to its own line.
      if (aside !== null && (l.cells > 1 || l.table || Math.abs(l.x - asideX) > 3)) endParagraph();
      // Rows of one table follow each other with no blank line between, over a page break too.
      const nextRow = prev !== null && prev.table === true && l.table === true && !l.paragraph;
      if (prev && !nextRow) {
        if (prev.page !== l.page) {
          // A page break ends a paragraph only when the page's last line does.
          const short = prev.right - prev.x < fullWidth * 0.8;
          // A clause that runs on over the page ("… reported that the" / "defibrillator cabinet …") is one paragraph however short.
          const runsOn = !ENDS_PARAGRAPH.test(prev.text) && /^\p{Ll}/u.test(l.text);
          if (!runsOn && (ENDS_PARAGRAPH.test(prev.text) || short)) blank(l.page);
        } else if (l.y - prev.y > step * 1.4 || l.paragraph || (proseWords >= MIN_PROSE_WORDS && hardBreak(prev, l, rightEdge, paragraphX))) blank(l.page);
      }
      if (out.length === 0 || out[out.length - 1].text === '') {
        proseWords = 0;
        paragraphX = l.x;
      }
      proseWords += lowerWords(l.text);
      let text = l.text;
      // An owner column's entry beside a paragraph of several lines belongs at the paragraph's end, not
      // inside its first sentence ("… would fund a second    ME" / "vehicle-activated sign.").
      if (l.aside && !l.table && Number.isFinite(rightEdge) && l.aside.x >= asideFrom && l.text.endsWith(l.aside.text)) {
        endParagraph();
        aside = l.aside.text;
        asideX = l.x;
        text = l.text.slice(0, l.text.length - l.aside.text.length).trimEnd();
      }
      const o: OutLine = { text, indent: Math.max(0, Math.round((l.x - margin) / charWidth)), page: l.page, right: l.right, size: l.size };
      if (l.table) o.table = true;
      if (l.font !== undefined) o.font = l.font;
      out.push(o);
      prev = l;
    }
  }
  endParagraph();
  while (out.length && out[out.length - 1].text === '') out.pop();
  const wrapped = joinWrappedHeadings(joinNumbersToTitles(out), bodyFont(all), margin, rightEdge);
  const lines: SourceLine[] = joinHyphenatedWords(wrapped).map((o, i) => {
    const line: SourceLine = { line: i + 1, text: o.text.replace(/[\u00a0\t]/g, ' ').replace(/\u00ad/g, '').replace(/ {3,}/g, '  ').trim(), indent: o.indent, page: o.page };
    if (o.table) line.hint = 'table-row';
    return line;
  });
  return { text: lines.map((l) => ' '.repeat(l.indent) + l.text).join('\n'), lines };
}

/** A line of the document as the reader lays it out, before it becomes a SourceLine. */
interface OutLine {
  text: string;
  indent: number;
  page: number;
  table?: boolean;
  /** Right edge and font size of the PDF line (not set on blank lines). */
  right?: number;
  size?: number;
  /** The font all its runs share. */
  font?: string;
}

/** The font most of the document's text is set in (by characters), or null when the runs name none. */
function bodyFont(lines: readonly PageLine[]): string | null {
  const chars = new Map<string, number>();
  for (const l of lines) if (l.font !== undefined && !l.table) chars.set(l.font, (chars.get(l.font) ?? 0) + l.text.length);
  let best: string | null = null;
  for (const [font, n] of chars) if (best === null || n > (chars.get(best) ?? 0)) best = font;
  return best;
}

// An item number opening a line, as the tokenizer reads one ("14.", "Item 4", "Minute 12"): the first one to three words.
const opensWithNumber = (text: string): boolean => {
  const words = text.split(/\s+/, 3);
  return [1, 2, 3].some((n) => n <= words.length - 1 && NUMBER_ALONE.test(words.slice(0, n).join(' ')));
};
// A line that opens an entry of its own: a number, a letter or a bullet.
const OPENS_ENTRY = /^(?:\(?[\da-z]{1,3}[.)]\s|[•▪●◦*–-]\s)/iu;
// A wrapped line reaches at least this share of the text's width (from the body margin).
const WRAPPED_WIDTH = 0.6;

/**
 * A numbered heading set in its own type (bold, not the body's font) that ran
 * past the right margin goes on on the next line in the same type: "14. Items
 * of Interest or Concern from the NYC Parish Update, the YLCA White Rose" /
 * "Bulletin and the YLCA weekly News and Notifications" is one heading line,
 * as a person copying it would write it. Joined only when the first line was
 * wrapped (the next line's first word would not have fitted on it) and the
 * heading's type ends with the continuation (a blank line or the body's type
 * follows): a bold paragraph of prose is no heading.
 */
function joinWrappedHeadings(out: OutLine[], body: string | null, margin: number, rightEdge: number): OutLine[] {
  if (body === null || !Number.isFinite(rightEdge)) return out;
  const joined: OutLine[] = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    const next = out[i + 1];
    const after = out[i + 2];
    const font = line.font;
    const wrappedHere = (): boolean => {
      if (line.right === undefined || next === undefined) return false;
      const size = line.size ?? 10;
      const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
      return line.right >= margin + WRAPPED_WIDTH * (rightEdge - margin) && line.right + (SPACE_WIDTH + wordWidth(firstWord)) * size > rightEdge;
    };
    if (
      font !== undefined && font !== body && !line.table && opensWithNumber(line.text) &&
      next !== undefined && next.text !== '' && !next.table && next.page === line.page && next.font === font && !OPENS_ENTRY.test(next.text) && !opensWithNumber(next.text) &&
      (after === undefined || after.text === '' || after.font !== font) && wrappedHere()
    ) {
      joined.push({ ...line, text: `${line.text} ${next.text}`, right: next.right });
      i++;
    } else joined.push(line);
  }
  return joined;
}

/**
 * An item number set on a baseline of its own ("Item No. 2", "1.") with its
 * title on the next line, the same page, is one heading line: "Item No. 2
 * Roads Programme 2024".
 */
function joinNumbersToTitles(out: OutLine[]): OutLine[] {
  const joined: typeof out = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    const next = out[i + 1];
    if (next && !line.table && !next.table && next.page === line.page && NUMBER_ALONE.test(line.text) && titleAfterNumber(next.text)) {
      const number: OutLine = { ...line, text: `${line.text} ${next.text}`, right: next.right, size: next.size };
      if (line.font !== next.font) delete number.font;
      joined.push(number);
      i++;
    } else joined.push(line);
  }
  return joined;
}

// A line that cannot end a sentence: a comma, a hyphen or a connective left hanging.
const UNFINISHED_LINE = /(?:[,;:\-–]|\b(?:and|or|of|the|to|for|with|by|a|an|in|on|at|from|that|is|was|be)$)$/i;
// How many lower-case words a paragraph of prose has at least (a list of names, one a line, has few).
const MIN_PROSE_WORDS = 3;
const lowerWords = (text: string): number => (text.match(/(?<![\p{L}'’])\p{Ll}/gu) ?? []).length;
// Generous estimates of widths, in font sizes (proportional fonts: lower case about half an em, capitals and
// figures wider): a word is judged to fit only when it surely would have.
const LOWER_WIDTH = 0.55;
const UPPER_WIDTH = 0.75;
const SPACE_WIDTH = 0.3;
const wordWidth = (word: string): number => {
  let w = 0;
  for (const ch of word) w += /[\p{Lu}\d]/u.test(ch) ? UPPER_WIDTH : LOWER_WIDTH;
  return w;
};

/**
 * A paragraph that ends without its full stop ("Action: NO to follow up on the
 * email" / "Anne Prescott reported …"): a word processor wraps a line only
 * when the next word does not fit, so when the next line's first word would
 * have fitted on this one, and that line starts a sentence at the same margin
 * (this line's or the paragraph's), in a paragraph of prose, the break was the
 * writer's, not a wrap.
 */
function hardBreak(prev: PageLine, next: PageLine, rightEdge: number, paragraphX: number): boolean {
  if (prev.table || next.table || prev.cells > 1 || next.cells > 1 || (Math.abs(next.x - prev.x) > 3 && Math.abs(next.x - paragraphX) > 3)) return false;
  if (!/^\p{Lu}/u.test(next.text) || !/[\p{L}\d)”"’]$/u.test(prev.text) || UNFINISHED_LINE.test(prev.text)) return false;
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  return prev.right + (SPACE_WIDTH + wordWidth(firstWord)) * prev.size <= rightEdge;
}

// A line ending in a word and a hyphen ("Crow-", "part-"): the word goes on at the start of the next line.
const ENDS_HYPHENATED = /\p{L}-$/u;
// The next line's first word, with what punctuation clings to it.
const FIRST_WORD = /^(\p{L}[^\s]{0,60})(?:\s+|$)/u;
// A hyphen and a space inside a line where a break was ("father- inclusive"); "pre- and post-" keeps its space.
const BROKEN_HYPHEN = /(\p{L})- (?!(?:and|or|nor|to)\b)(\p{Ll})/gu;

/**
 * Words hyphenated across a line break are made whole on the first line
 * ("Crow-" / "Brown said" → "Crow-Brown" / "said"): names and compounds then
 * match as one word. The hyphen stays (names and compounds keep theirs), unless
 * the document writes the word whole elsewhere: its own words are the only
 * dictionary. A line left empty is dropped.
 */
function joinHyphenatedWords(out: OutLine[]): OutLine[] {
  const emptied = new Set<number>();
  // The document's own words: a word broken at a line end ("pro-" / "gramme") that the document
  // writes whole elsewhere ("programme") was hyphenated by the layout, and loses its hyphen.
  let words: Set<string> | null = null;
  const written = (word: string): boolean => {
    words ??= new Set(out.flatMap((o) => o.text.toLowerCase().match(/\p{L}+/gu) ?? []));
    return words.has(word.toLowerCase());
  };
  for (let i = 0; i < out.length; i++) out[i].text = out[i].text.replace(BROKEN_HYPHEN, '$1-$2');
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i];
    const next = out[i + 1];
    if (next.text === '' || !ENDS_HYPHENATED.test(line.text) || /\s{2}\S+-$/.test(line.text)) continue;
    const m = FIRST_WORD.exec(next.text);
    if (!m) continue;
    const head = /\p{L}+(?=-$)/u.exec(line.text)?.[0] ?? '';
    const tail = /^\p{Ll}+/u.exec(m[1])?.[0];
    if (tail && /^\p{Ll}/u.test(head) && written(head + tail)) line.text = line.text.slice(0, -1);
    line.text += m[1];
    next.text = next.text.slice(m[0].length);
    if (next.text === '') emptied.add(i + 1);
  }
  return emptied.size ? out.filter((_, i) => !emptied.has(i)) : out;
}

// A baseline that leans more than this (the tangent of its angle) is not level.
const SLANT = 0.1;
// Slanted runs are a watermark when they are at most this share of a page's runs.
const WATERMARK_SHARE = 0.2;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Where pdfjs-dist keeps its character maps (read from disk, never fetched). */
function cMapDirectory(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  } catch {
    return undefined;
  }
}

/** The PDF reader. */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const lib = await loadPdfJs();
  const warnings: Warning[] = [];
  const cMapUrl = cMapDirectory();
  const task = lib.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = e as { name?: string; message?: string };
    if (err?.name === 'PasswordException') throw new ReadError('encrypted-input', 'Unexpected password-protected PDF, expected a PDF that opens without a password (remove the password first)');
    throw new ReadError('unreadable-input', `Unexpected corrupt or unreadable PDF (${err?.message ?? String(e)}), expected a valid PDF file`);
  }
  try {
    const pages: PdfPage[] = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items: PlacedText[] = [];
        const slanted: PlacedText[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          // Page coordinates to top-down viewport coordinates (handles rotation and crop-box offsets).
          const m = lib.Util.transform(viewport.transform, raw.transform);
          const size = Math.hypot(m[2], m[3]);
          const scaleX = Math.hypot(m[0], m[1]) / Math.max(Math.hypot(raw.transform[0], raw.transform[1]), 1e-6);
          const item: PlacedText = { str: raw.str, x: m[4], y: m[5], width: raw.width * scaleX, size, font: raw.fontName };
          // Text whose baseline slants or runs sideways: a "DRAFT" watermark, a margin note. (Italic type is
          // sheared, not turned: its baseline stays level.)
          if (Math.abs(m[1]) > SLANT * Math.abs(m[0])) slanted.push(item);
          else items.push(item);
        }
        // A page set sideways throughout keeps its text; a few slanted runs over level text are a watermark.
        const level = slanted.length <= WATERMARK_SHARE * (items.length + slanted.length) ? items : [...items, ...slanted];
        pages.push({ height: viewport.height, items: level });
        page.cleanup();
      } catch (e) {
        failed++;
        pages.push({ height: 0, items: [] });
        warnings.push(makeWarning('unreadable-input', `Unexpected unreadable page ${n} (${(e as Error).message}), expected text; the other pages were read`, { page: n }));
      }
    }
    if (failed === doc.numPages) throw new ReadError('unreadable-input', 'Unexpected PDF whose pages cannot be read, expected a valid PDF file');
    const { text, lines } = pagesToLines(pages);
    if (!lines.some((l) => l.text !== '')) throw new ReadError('no-text-layer', 'Unexpected PDF with no text layer (scanned pages), expected text: no text layer; OCR it first');
    return { format: 'pdf', text, lines, warnings, pages: doc.numPages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
