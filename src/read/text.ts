// Plain text to lines. Plain text never goes through remark: line rules are
// an order of magnitude faster, and minutes text is not markdown.
import { alternation } from '../lexicon/build.js';
import { DECISION_LINE_LEADS } from '../lexicon/layout.js';
import { APOLOGY_LABELS, IN_ATTENDANCE_LABELS, PRESENT_LABELS } from '../lexicon/attendance.js';
import type { SourceLine } from './types.js';

// Every line break style: CRLF, lone CR, LF, and Unicode line/paragraph separators.
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
// Spaces that minutes copied from web pages and Word carry: NBSP, narrow NBSP, figure/ideographic spaces, tabs.
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]/g;
// A tab separates table cells in copied tables: it becomes a two-space gap, which later stages read as a cell break.
const TAB = /\t/g;
// Zero-width characters and the BOM, which only confuse matching.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Any of the three above (one test per line; most lines have none).
const NEEDS_CLEANING = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\t\f\v]/;
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
  const cleaning = NEEDS_CLEANING.test(text);
  const out: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = normaliseLine(raw[i], i + 1, cleaning);
  return out;
}
const OTHER_BREAK = /[\r\u2028\u2029]/;

// ---------------------------------------------------------------- run-on text

// A line this long is a text dump that lost its line breaks (paragraphs copied from Word are shorter).
const RUN_ON_LENGTH = 1000;
// The share of the text in such lines that makes the file a dump.
const RUN_ON_SHARE = 0.6;
// "… were received. 3. Declarations of interest": an item number after a word or sentence end, a title word after it.
// Minute numbers run to four digits ("1359 MINUTES OF THE LAST MEETING"): without a full stop the title is in capitals.
const ITEM_NUMBER_AT = /(?<=[\p{L}.!?:;)”"]\s{1,4}|\s{3,8})(\d{1,4})(?:[.)]\s{1,4}(?=\p{Lu})|\s{1,4}(?=\p{Lu}{2,}\s{1,3}\p{Lu}{2,}))/gu;
// "… Harrowby. Present: Councillor …" (a capitalised attendance label and its colon).
const ATTENDANCE_AT = new RegExp(`(?<=\\S\\s{1,4})${alternation([...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS, ...APOLOGY_LABELS])}\\s{0,2}:`, 'gi');
// "… approved. RESOLVED that …" (a decision lead-in in capitals).
const DECISION_AT = new RegExp(`(?<=\\S\\s{1,4})${alternation(DECISION_LINE_LEADS)}\\b(?=\\s{1,3}(?:that|to)\\b|\\s{0,2}:)`, 'g');
// A bullet inside the run: "… the following: • the cost …".
const BULLET_AT = /(?<=\S\s{1,4})[•▪●◦](?=\s)/gu;
// "… Committee Minutes of the meeting held on …": the minutes' heading.
const MINUTES_HEADING_AT = /(?<=\p{Lu}\p{L}{0,30}\s{1,4})Minutes of (?:the|a|an) /gu;
// "HARROWBY VALE DISTRICT COUNCIL Community Services Committee": a heading in capitals ends where mixed case begins.
const CAPITALS_END_AT = /(?<=\b\p{Lu}{2,30}[\p{Lu}'’&-]{0,30}\s{1,3}\p{Lu}{2,30}[\p{Lu}'’&-]{0,30}\s{1,4})(?=\p{Lu}\p{Ll})/gu;
// Small words a title runs on through ("Update on Castle Street"): a capital after one is not where the body starts.
const TITLE_LINKS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
// How far into an item's run a title may end (words).
const MAX_TITLE_WORDS = 12;
// A sentence end inside the run ("… the district. Councillor Reeve asked …"): after a lower-case word or a number, not an abbreviation ("Cllr. Ward").
const SENTENCE_END_AT = /(?<=(?:\p{Ll}{2,}|\d)[.!?]["”’)]?\s{1,4})(?=["“‘(]?\p{Lu})/gu;
// How many item numbers in a rising run show the line holds items.
const MIN_RUN = 3;

/** The offsets of the longest run of item numbers counting up by one (1., 2., 3., …) in a line. */
function risingItemNumbers(line: string): number[] {
  const found: { at: number; n: number }[] = [];
  for (const m of line.matchAll(ITEM_NUMBER_AT)) found.push({ at: m.index!, n: Number(m[1]) });
  // Longest chain ending at each candidate: the nearest earlier candidate numbered one less.
  const lastAt = new Map<number, number>();
  const length: number[] = [];
  const previous: number[] = [];
  found.forEach((c, i) => {
    const before = lastAt.get(c.n - 1);
    length[i] = before === undefined ? 1 : length[before] + 1;
    previous[i] = before ?? -1;
    lastAt.set(c.n, i);
  });
  let best = -1;
  for (let i = 0; i < found.length; i++) if (best < 0 || length[i] > length[best]) best = i;
  if (best < 0 || length[best] < MIN_RUN) return [];
  const out: number[] = [];
  for (let i = best; i >= 0; i = previous[i]) out.push(found[i].at);
  return out.reverse();
}

/**
 * Where an item's title ends in a run ("3. Library opening hours review Karen
 * Holt presented …"): the first capitalised word straight after a lower-case
 * word that is not a small linking word; -1 when the title does not end so.
 */
function titleEnd(line: string, at: number): number {
  const words = /\S+/g;
  words.lastIndex = at;
  let previous = '';
  for (let n = 0; n <= MAX_TITLE_WORDS; n++) {
    const m = words.exec(line);
    if (!m) return -1;
    const word = m[0];
    if (n >= 2 && /^\p{Lu}/u.test(word) && /^\p{Ll}[\p{Ll}'’-]*$/u.test(previous) && !TITLE_LINKS.has(previous)) return m.index;
    if (n > 0 && /[.:;!?]$/.test(word)) return -1;
    previous = word;
  }
  return -1;
}

/**
 * Text that lost its line breaks (a PDF text dump): each very long line is
 * broken again before its item numbers (a rising run of them) and before
 * attendance labels and capitalised decision lead-ins, so segmenting sees
 * items and labels at line starts. Other text is returned as it is.
 */
// How far an attendance list may run on before its cuts count again (a 60-member council's list is ~1,500 characters).
const MAX_LIST_RUN = 3000;

export function breakRunOnLines(text: string): string {
  if (text.length < RUN_ON_LENGTH) return text;
  const lines = text.split('\n');
  // A dump: most of the text is in very long lines (a long table cell or paragraph here and there is not).
  let runOn = 0;
  for (const l of lines) if (l.length >= RUN_ON_LENGTH) runOn += l.length;
  if (runOn < text.length * RUN_ON_SHARE) return text;
  return lines
    .map((line) => {
      if (line.length < RUN_ON_LENGTH) return line;
      const items = new Set<number>(risingItemNumbers(line));
      const cuts = new Set<number>(items);
      // Attendance labels are not cut at: the inline-label attendance rule reads a list inside its line.
      for (const m of line.matchAll(DECISION_AT)) cuts.add(m.index!);
      for (const m of line.matchAll(BULLET_AT)) cuts.add(m.index!);
      for (const m of line.matchAll(MINUTES_HEADING_AT)) cuts.add(m.index!);
      for (const m of line.matchAll(SENTENCE_END_AT)) {
        // Not after an item's own number ("3. Library …").
        const marker = /(\d{1,4})[.)]?\s{1,4}$/.exec(line.slice(Math.max(0, m.index! - 8), m.index!));
        if (!marker || !items.has(m.index! - marker[0].length)) cuts.add(m.index!);
      }
      for (const m of line.matchAll(CAPITALS_END_AT)) cuts.add(m.index!);
      const titles = new Set<number>();
      for (const at of items) {
        const title = titleEnd(line, at);
        if (title > 0) titles.add(title);
      }
      for (const t of titles) cuts.add(t);
      // An attendance list runs on to the next item or label: a full stop or a capital inside it
      // ("THE MAYOR - Councillor Roden. THE DEPUTY MAYOR - …") is not a break, or the list is lost.
      const labels = [...line.matchAll(ATTENDANCE_AT)].map((m) => m.index!);
      for (const c of [...cuts]) {
        if (items.has(c) || titles.has(c) || labels.includes(c)) continue;
        const label = labels.filter((a) => a < c).pop();
        if (label === undefined || c - label > MAX_LIST_RUN) continue;
        const nextBoundary = [...items, ...labels].filter((x) => x > label).sort((a, b) => a - b)[0] ?? Infinity;
        if (c < nextBoundary) cuts.delete(c);
      }
      if (cuts.size === 0) return line;
      const parts: string[] = [];
      let from = 0;
      for (const c of [...cuts].sort((a, b) => a - b)) {
        parts.push(line.slice(from, c).trimEnd());
        // An item heading stands alone between blank lines, as in the text before it lost its breaks.
        if (items.has(c) || titles.has(c)) parts.push('');
        from = c;
      }
      parts.push(line.slice(from));
      return parts.join('\n');
    })
    .join('\n');
}
