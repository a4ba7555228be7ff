// ModernGov meeting pages flattened into pipe tables ("No. | Item |" then one
// row per item: "Title PDF 246 KB To approve … Additional documents: Decision:
// … Minutes: … |"). Each row is split back into the lines the page showed, all
// keeping the row's line number, with the title marked as a heading, so the
// rest of the pipeline sees an ordinary agenda.
import type { SourceLine } from '../read/types.js';
import { HONORIFIC_SOURCE } from './names.js';
import { DUE_COLUMN_HEADERS, OWNER_COLUMN_HEADERS } from '../lexicon/index.js';

/** The table header: "No. | Item |" (optionally more empty cells). */
const TABLE_HEADER = /^no\.?\s*\|\s*item\s*\|/i;
/** Separator rows: "|", "---|---|", "||||". */
const SEPARATOR_ROW = /^[|\-\s:]+$/;
/** Markers inside a row that start a new line on the page. Group 1: the marker. */
const ROW_MARKER = /\s(Minutes:|Additional documents:|Supporting documents:|Decision:)|(?<=[.!?])\s(RESOLVED\b)/g;
/** Link residue inside a row: " PDF 246 KB", " pdf icon PDF 129 KB". */
const ROW_LINK = /\s+(?:pdf\s+icon\s+)?PDF\s+\d[\d.,]*\s*[KM]B\b/gi;
/** Where an item title gives way to its description: "Matters Arising (if any) To consider …", "Declarations of Interest Members are invited …". */
const DESCRIPTION_START = /\s(?=(?:To|Members|Councillors|The|This|A|An|See|Report)\s+[a-z])/;
/** A row that opens with an inline marker and a title-like prefix. */
const ROW_WITH_MARKER = /^[A-Z0-9(].{0,300}?\s(?:Minutes:|Additional documents:|Decision:|See attached|Report attached)/;
/** Words that open a sentence of minutes, never an item title. */
const SENTENCE_OPENER = /^(?:Members|The|This|It|In|A|An|There|Councillors?|Following|As|At|During|Officers)\b/;

function piece(source: SourceLine, text: string, offset: number, hint?: SourceLine['hint']): SourceLine {
  const l: SourceLine = { line: source.line, text: text.trim(), indent: source.indent + offset };
  if (source.page !== undefined) l.page = source.page;
  if (hint) l.hint = hint;
  return l;
}

/** Splits one row into title, description, markers and minutes text. */
function splitRow(row: SourceLine): SourceLine[] {
  const text = row.text.replace(/\s*\|\s*$/, '').replace(ROW_LINK, '');
  const out: SourceLine[] = [];
  const marks: { at: number; marker: string }[] = [];
  ROW_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_MARKER.exec(text)) !== null) marks.push({ at: m.index + 1, marker: m[1] ?? m[2] });
  const head = marks.length ? text.slice(0, marks[0].at).trim() : text;
  if (/^(?:minutes|decision):/i.test(text)) {
    // A row with no title: the page shows the minutes text first ("Minutes: The Minutes … were signed").
    const first = text.replace(/^(?:minutes|decision):\s*/i, '').split(/\s(?:Minutes:|Decision:)/)[0];
    if (first) out.push(piece(row, first, 0, 'heading'));
  } else if (head) {
    const d = DESCRIPTION_START.exec(head);
    if (d && d.index > 2) {
      out.push(piece(row, head.slice(0, d.index), 0, 'heading'));
      out.push(piece(row, head.slice(d.index), d.index));
    } else out.push(piece(row, head, 0, 'heading'));
  }
  const starts = /^(?:minutes|decision):/i.test(text) ? [{ at: 0, marker: '' }, ...marks] : marks;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k].at;
    const to = k + 1 < starts.length ? starts[k + 1].at : text.length;
    const chunk = text.slice(from, to).trim();
    if (chunk) out.push(piece(row, chunk, from));
  }
  return out;
}

/** Expands pipe-table rows after a "No. | Item |" header; other lines pass through unchanged. */
export function expandTableRows(lines: readonly SourceLine[]): SourceLine[] {
  // The header opens with "no" (TABLE_HEADER): the pattern runs only on lines that start with an "n".
  const header = lines.findIndex((l) => (l.text.charCodeAt(0) | 32) === 110 && TABLE_HEADER.test(l.text));
  if (header < 0) return lines as SourceLine[];
  // Lines whose text is unchanged pass through as they are (the same objects): a copy of each
  // would double the lines a large file holds while it is parsed. Nothing after the readers changes a line.
  const out: SourceLine[] = lines.slice(0, header);
  out.push({ ...lines[header], text: 'No. Item' });
  let rowOpen = false;
  for (let i = header + 1; i < lines.length; i++) {
    const l = lines[i];
    if (SEPARATOR_ROW.test(l.text) || l.text === '') {
      out.push(l.text === '' ? l : { ...l, text: '' });
      rowOpen = false;
      continue;
    }
    const startsRow = !rowOpen || (ROW_WITH_MARKER.test(l.text) && !SENTENCE_OPENER.test(l.text));
    if (startsRow && /^[A-Z0-9(]|^minutes:/i.test(l.text)) {
      out.push(...splitRow(l));
    } else {
      const text = l.text.replace(/\s*\|\s*$/, '');
      out.push(text === l.text ? l : { ...l, text });
    }
    rowOpen = !/\|\s*$/.test(l.text);
  }
  return out;
}

// Minutes kept in a table of their own, one row per item: the number, the heading and the minutes in cells
// ("|3. |Wind farm fund |The Treasurer reported that £4,200 remained. |", or "| 3 | Wind farm fund | … |" as
// markdown writes it). Each row is split into the heading line and the minutes line, both keeping the row's
// line number, so the numbered layout reads the table as an agenda.
/** The number cell of a row: "3", "3.", "4.1". */
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,2})?[.)]?$/;
/** An empty cell's placeholder: "–", "-". */
const EMPTY_CELL = /^[-–—]?$/;
/** A row that goes on with the minutes of the row above, its number and heading cells empty. Group 1: the minutes. */
const MINUTES_CONTINUATION_ROW = /^\|?\s{0,3}\|\s{0,3}\|\s{0,3}([^|\s][^|]{1,5000}?)\s{0,3}\|?\s*$/;
// A person's name in the second cell is an attendance table's row ("|1 |Cllr A Reid |Present at 7pm |"), not a heading.
const NAMED_PERSON = new RegExp(`^${HONORIFIC_SOURCE}\\.?\\s`);
// A heading is a few words with no closing full stop; the minutes are at least a short sentence.
const MAX_ROW_HEADING_WORDS = 12;
const MIN_ROW_MINUTES_WORDS = 3;
// How many such rows make a minutes table (one alone is a stray row of some other table).
const MIN_MINUTES_ROWS = 2;
// The most cells a minutes row has: number, heading, then minutes in up to four columns ("Discussion | Outcome | Action").
const MAX_ROW_CELLS = 6;

interface MinutesRow {
  number: string;
  heading: string;
  /** The minutes' cells in order, empty ones left out ("| 5 | AOB | Mr Lynch noted … | – |"). */
  minutes: string[];
}

/** A row of a minutes table: "|3. |Wind farm fund |The Treasurer reported …|", "| 2 | Plan review | Discussion … | Outcome … |". */
function minutesRow(text: string): MinutesRow | null {
  let cells = text.split('|').map((c) => c.trim());
  if (cells[0] === '') cells = cells.slice(1);
  if (cells.length > 0 && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
  if (cells.length < 3 || cells.length > MAX_ROW_CELLS) return null;
  const [number, heading, first, ...more] = cells;
  if (!ROW_NUMBER.test(number) || !/^[A-Z]/.test(heading) || heading.length > 120 || first === '') return null;
  if (/[.;,]$/.test(heading) || heading.split(/\s+/).length > MAX_ROW_HEADING_WORDS || NAMED_PERSON.test(heading)) return null;
  const minutes = [first, ...more].filter((c) => !EMPTY_CELL.test(c));
  if (minutes.join(' ').split(/\s+/).length < MIN_ROW_MINUTES_WORDS) return null;
  return { number: number.replace(/[.)]$/, ''), heading, minutes };
}

// The header of an action table names an owner or a deadline column ("| Item | Action | Responsible | Due |"): its rows,
// numbered by item, are tasks, not minutes.
const ACTION_TABLE_HEADER_CELLS = new Set([...OWNER_COLUMN_HEADERS, ...DUE_COLUMN_HEADERS]);
const isActionTableHeader = (text: string): boolean => text.split('|').some((c) => ACTION_TABLE_HEADER_CELLS.has(c.trim().toLowerCase()));

/** The minutes row each line holds (null for any other line, and for the rows of an action table). */
function minutesRowsOf(lines: readonly SourceLine[]): (MinutesRow | null)[] {
  let actionTable = false;
  return lines.map((l) => {
    if (!l.text.includes('|')) {
      if (l.text.trim() !== '') actionTable = false;
      return null;
    }
    const m = minutesRow(l.text);
    if (m === null && isActionTableHeader(l.text)) actionTable = true;
    return actionTable ? null : m;
  });
}

/** Splits each row of a minutes table into its heading line and its minutes line; other lines pass through. */
export function expandMinutesRows(lines: readonly SourceLine[]): SourceLine[] {
  // Only a text with pipes can hold such a table: most documents are returned at once.
  if (!lines.some((l) => l.text.includes('|'))) return lines as SourceLine[];
  const rowsAt = minutesRowsOf(lines);
  if (rowsAt.filter((m) => m !== null).length < MIN_MINUTES_ROWS) return lines as SourceLine[];
  const out: SourceLine[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = rowsAt[i];
    if (m) {
      out.push(piece(l, `${m.number}. ${m.heading}`, l.text.indexOf(m.number)));
      // Each minutes cell a line of its own ("Discussion", then "Outcome"), in the order printed.
      let from = l.text.indexOf(m.heading) + m.heading.length;
      for (const cell of m.minutes) {
        const at = l.text.indexOf(cell, from);
        out.push(piece(l, cell, at));
        from = at + cell.length;
      }
      inTable = true;
      continue;
    }
    const more = inTable ? MINUTES_CONTINUATION_ROW.exec(l.text) : null;
    if (more) {
      out.push(piece(l, more[1], l.text.lastIndexOf(more[1].trim())));
      continue;
    }
    if (l.text.trim() !== '' && !SEPARATOR_ROW.test(l.text)) inTable = false;
    out.push(l);
  }
  return out;
}
