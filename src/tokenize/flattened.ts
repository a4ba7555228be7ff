// Minutes that lost their line breaks, split again before segmenting. One
// splitter, two scales, each piece keeping the line number of the source line
// it came from (every record carries its true source line):
// - a text dump (a PDF's text saved with no line breaks: most of the file is
//   lines over 1,000 characters) is broken before its item numbers (a rising
//   run of them), item titles, decision lead-ins, bullets, the minutes'
//   heading and sentence ends;
// - a flattened line (a PDF copied without line breaks: "… and Worlding. 1
//   MINUTES (REF: 1) Resolved: That the Minutes … 2 APOLOGIES FOR ABSENCE
//   Apologies for absence were received …") is split at the item headings
//   found by their numbers, which rise through the line, and their titles: a
//   run of capitals, or a standard item title ("Apologies for Absence",
//   "Declarations of Interest") after a full stop.
// Lines a structured reader placed (a hint) are never split.
import type { SourceLine } from '../read/types.js';
import { gapRelaxed, relaxGaps } from './gap-relaxed.js';
import { APOLOGY_LABELS, COURTESY_TITLES, DECISION_LINE_LEADS, IN_ATTENDANCE_LABELS, MEMBER_HONORIFICS, MEMBER_OFFICES, OFFICER_TITLE_WORDS, PRESENTING_VERBS, PRESENT_LABELS, STANDARD_ITEM_OPENINGS, alternation } from '../lexicon/index.js';

// Only lines this long are flattened documents; ordinary paragraphs are shorter.
const MIN_FLATTENED_LENGTH = 600;
// How far an item number may jump ahead of the previous one.
const MAX_NUMBER_GAP = 12;
// How many earlier candidates a chain may look back over (keeps a pathological line linear).
const LOOKBACK = 200;
// A flattened line is split only where at least this many headings rise in sequence.
const MIN_HEADINGS = 2;

/** An item number inside the line: "1", "40.", a minute code "Cou/286/07-08". Group 1: the number. */
const NUMBER_IN_LINE = /(?<=^|\s)(\d{1,4}\.?|[A-Z][A-Za-z]{0,5}\/\d{1,4}\/\d{2}(?:-\d{2})?)\s+(?=[A-Z])/g;
/** A standard item title at the start of the text after a number. */
const STANDARD_TITLE = new RegExp(`^${alternation(STANDARD_ITEM_OPENINGS)}\\b`, 'i');
// Read gap-relaxed (./gap-relaxed.ts): the whole match is the title.
const matchStandardTitle = gapRelaxed(STANDARD_TITLE, `^${relaxGaps(alternation(STANDARD_ITEM_OPENINGS))}\\b`);
/** A word in capitals: "MINUTES", "(REF:", "MAYOR’S", "2.1)". */
const CAPITALS_WORD = /^[A-Z0-9’'&(),:.\-/]+$/;
/** Lead-ins that end a capitalised heading: the decision starts there. */
const DECISION_WORD = /^(?:RESOLVED|AGREED|ORDERED)\b/;
/** Small words a title runs on through ("Apologies for Absence, Other Announcements and Declarations of Interest"). */
const CONNECTOR = /^(?:of|and|for|from|the|to|in|on|by|with|&)$/;
/** Words that open a sentence or name a person: a title never runs on into them. */
const SENTENCE_WORD = new RegExp(`^(?:The|There|This|These|It|A|An|In|At|Members|${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES, 'Miss'])})$`);

/** Where a decision starts inside flattened minutes: "… three tenders had been received. Resolved: That …". */
const DECISION_START = /(?<=[.!?])\s+(?=(?:RESOLVED|Resolved|AGREED|It was RESOLVED)\b)/;

interface Heading {
  /** Offset of the number in the line. */
  at: number;
  /** Offset just after the title. */
  end: number;
  value: number;
}

/** The title after a number: a run of capital words, or a standard title and what joins on to it. Returns its length, or 0. */
function titleLength(rest: string, afterStop: boolean): number {
  const words = [...rest.slice(0, 400).matchAll(/\S+/g)];
  // A run of capitals: "MEMBERS' CONDUCT (REF: 2.1)".
  let k = 0;
  let letters = 0;
  while (k < words.length && CAPITALS_WORD.test(words[k][0]) && !DECISION_WORD.test(words[k][0])) {
    if (/[A-Z]{3}/.test(words[k][0])) letters++;
    k++;
  }
  // Two capital words stand on their own; one needs a full stop before the number.
  if (k > 0 && (letters >= 2 || (letters >= 1 && afterStop))) return words[k - 1].index! + words[k - 1][0].length;
  if (!afterStop) return 0;
  const standard = matchStandardTitle(rest);
  if (!standard) return 0;
  let end = standard[0].length;
  // The title runs on after a comma or "and" through capitalised words and connectors, up to the
  // capitalised word that opens the next sentence (the subject before a lower-case verb).
  if (!/^(?:,|\s+(?:and|&)\s)/.test(rest.slice(end))) return end;
  const tail = [...rest.slice(end, end + 300).matchAll(/[^\s,]+/g)];
  let lastCapital = -1;
  for (let w = 0; w < tail.length; w++) {
    const word = tail[w][0];
    if (SENTENCE_WORD.test(word)) return w === 0 ? end : end + tail[w - 1].index! + tail[w - 1][0].length;
    if (/^[A-Z]/.test(word)) {
      lastCapital = w;
      continue;
    }
    if (CONNECTOR.test(word)) continue;
    // A lower-case word: the sentence began at the last capitalised word.
    const stop = lastCapital > 0 ? lastCapital - 1 : -1;
    return stop >= 0 ? end + tail[stop].index! + tail[stop][0].length : end;
  }
  return end;
}

/** The running number of a heading: "40." → 40, "Cou/286/07-08" → 286. */
function numberValue(n: string): number {
  const m = /^[A-Za-z]{1,6}\/(\d{1,4})/.exec(n);
  return parseInt(m ? m[1] : n, 10);
}

/** The headings inside one flattened line, the longest rising sequence of them. */
function headingsIn(text: string): Heading[] {
  const cands: Heading[] = [];
  NUMBER_IN_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_IN_LINE.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // After a full stop, or numbered with a point ("40. Minutes"): a heading may open with a standard title.
    const afterStop = m.index === 0 || /[.:;!?)]\s?$/.test(before) || m[1].endsWith('.');
    const restAt = m.index + m[0].length;
    const len = titleLength(text.slice(restAt, restAt + 400), afterStop);
    if (len > 0) cands.push({ at: m.index, end: restAt + len, value: numberValue(m[1].replace(/\.$/, '')) });
  }
  // Longest chain of rising numbers, each candidate looking back over a bounded number of earlier ones.
  const n = cands.length;
  const length = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      if (cands[j].end > cands[i].at) continue;
      const rises = cands[i].value > cands[j].value && cands[i].value <= cands[j].value + MAX_NUMBER_GAP;
      if (rises && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        prev[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || length[i] > length[best]) best = i;
  if (best < 0 || length[best] < MIN_HEADINGS) return [];
  const chain: Heading[] = [];
  for (let i = best; i >= 0; i = prev[i]) chain.push(cands[i]);
  return chain.reverse();
}

/** A piece of a source line: its line number, page and (for the first piece) indent kept. */
function piece(source: SourceLine, text: string, first = true): SourceLine {
  const l: SourceLine = { line: source.line, text: text.trim(), indent: first ? source.indent : 0 };
  if (source.page !== undefined) l.page = source.page;
  return l;
}

/** Splits a flattened line at its item headings, or returns null when it has none. */
function splitAtHeadings(l: SourceLine): SourceLine[] | null {
  const headings = headingsIn(l.text);
  if (headings.length === 0) return null;
  const out: SourceLine[] = [];
  if (headings[0].at > 0) out.push(piece(l, l.text.slice(0, headings[0].at)));
  headings.forEach((h, k) => {
    out.push(piece(l, l.text.slice(h.at, h.end)));
    const bodyEnd = k + 1 < headings.length ? headings[k + 1].at : l.text.length;
    const body = l.text.slice(h.end, bodyEnd).trim();
    // A decision inside the minutes starts a line of its own, as on the printed page.
    if (body) for (const part of body.split(DECISION_START)) if (part.trim()) out.push(piece(l, part));
  });
  return out;
}

// ---------------------------------------------------------------- text dumps

// A line this long is a text dump that lost its line breaks (paragraphs copied from Word are shorter).
const RUN_ON_LENGTH = 1000;
// The share of the text in such lines that makes the file a dump.
const RUN_ON_SHARE = 0.6;
// "… were received. 3. Declarations of interest": an item number after a word or sentence end (or a page's footer
// number, "A - 1 42. Public Question Time"), a title word after it.
// Minute numbers run to four digits ("1359 MINUTES OF THE LAST MEETING"): without a full stop the title is in capitals.
// (Lines arrive normalised: a wide gap of spaces is two spaces.)
const ITEM_NUMBER_AT = /(?<=[\p{L}\d.!?:;)”"]\s{1,4}|\s{2,8})(\d{1,4})(?:[.)]\s{1,4}(?=\p{Lu})|\s{1,4}(?=\p{Lu}{2,}\s{1,3}\p{Lu}{2,}))/gu;
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
// How far an attendance list may run on before its cuts count again (a 60-member council's list is ~1,500 characters).
const MAX_LIST_RUN = 3000;

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

// "Internal Audit Progress Report Rhona Gill, Chief Internal Auditor, presented …", "Risk Register Update Colin Ward presented …",
// "Minute of Previous Meeting The minute of …": a title in capitals throughout ends where a person's name starts, the name
// followed by a comma and a role or by a verb of presenting, or where a sentence opens with its article.
const PERSON_AFTER_TITLE = new RegExp(
  `(?<=\\p{Lu}[\\p{L}'’-]*\\s{1,4})(?:\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\.)?\\s\\p{Lu}[\\p{Ll}'’-]+(?:,\\s{1,3}(?:\\p{Lu}[\\p{L}'’&-]*\\s{1,3}){0,4}?${alternation([...OFFICER_TITLE_WORDS, ...MEMBER_OFFICES])}\\b|\\s${alternation(PRESENTING_VERBS)}\\b)|The\\s\\p{Ll})`,
  'u',
);
// How far after the item number such a name may start.
const PERSON_REACH = 120;

/** Where a title in capitals throughout ends at a person's name or a sentence's article, or -1. */
function titleEndAtPerson(line: string, from: number): number {
  const window = line.slice(from, from + PERSON_REACH);
  const m = PERSON_AFTER_TITLE.exec(window);
  // The title before it is words in capitals (or small linking words), with no sentence end.
  if (!m || m.index === 0) return -1;
  const title = window.slice(0, m.index).trim().split(/\s+/);
  if (title.some((w) => /[.:;!?,]$/.test(w) || (!/^\p{Lu}/u.test(w) && !TITLE_LINKS.has(w)))) return -1;
  return from + m.index;
}

/**
 * Where an item's title ends in a run ("3. Library opening hours review Karen
 * Holt presented …"): the first capitalised word straight after a lower-case
 * word that is not a small linking word; -1 when the title does not end so.
 */
function titleEnd(line: string, at: number): number {
  // "41. Declarations of Interest Councillor Kilpatrick declared …": a standard title ends where the next sentence's capital starts.
  const number = /^\S+\s{1,4}/.exec(line.slice(at, at + 12));
  if (number) {
    const from = at + number[0].length;
    const standard = matchStandardTitle(line.slice(from, from + 120));
    if (standard && /^\s{1,4}\p{Lu}\p{Ll}/u.test(line.slice(from + standard[0].length, from + standard[0].length + 5))) {
      const end = from + standard[0].length;
      return end + /^\s*/.exec(line.slice(end))![0].length;
    }
    const person = titleEndAtPerson(line, from);
    if (person > 0) return person;
  }
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

/** A file most of whose text is in very long lines (a long table cell or paragraph here and there is not). */
function isDump(lines: readonly SourceLine[]): boolean {
  let total = 0;
  let runOn = 0;
  for (const l of lines) {
    total += l.indent + l.text.length + 1;
    if (l.text.length >= RUN_ON_LENGTH) runOn += l.indent + l.text.length;
  }
  return total >= RUN_ON_LENGTH && runOn >= total * RUN_ON_SHARE;
}

/**
 * One line of a dump broken before its item numbers (a rising run of them),
 * titles, capitalised decision lead-ins, bullets, the minutes' heading and
 * sentence ends; an item heading stands alone between blank pieces. Null
 * when there is nowhere to break.
 */
function splitDumpLine(l: SourceLine): SourceLine[] | null {
  const line = l.text;
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
  const boundaries = [...items, ...labels].sort((a, b) => a - b);
  for (const c of [...cuts]) {
    if (items.has(c) || titles.has(c) || labels.includes(c)) continue;
    const label = labels.filter((a) => a < c).pop();
    if (label === undefined || c - label > MAX_LIST_RUN) continue;
    const nextBoundary = boundaries.find((x) => x > label) ?? Infinity;
    if (c < nextBoundary) cuts.delete(c);
  }
  if (cuts.size === 0) return null;
  const out: SourceLine[] = [];
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > from) out.push(piece(l, line.slice(from, c), from === 0));
    // An item heading stands alone between blank pieces, as in the text before it lost its breaks.
    if (items.has(c) || titles.has(c)) out.push(piece(l, '', false));
    from = c;
  }
  out.push(piece(l, line.slice(from), from === 0));
  return out;
}

/** Splits a dump's long lines, then flattened lines at their item headings; every other line passes through unchanged. */
export function splitRunOnLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.length >= MIN_FLATTENED_LENGTH)) return lines as SourceLine[];
  const dump = isDump(lines);
  const out: SourceLine[] = [];
  const pushFlattened = (l: SourceLine): void => {
    const parts = l.text.length >= MIN_FLATTENED_LENGTH ? splitAtHeadings(l) : null;
    if (parts) out.push(...parts);
    else out.push(l);
  };
  for (const l of lines) {
    if (l.hint !== undefined) {
      out.push(l);
      continue;
    }
    const pieces = dump && l.text.length >= RUN_ON_LENGTH ? splitDumpLine(l) : null;
    for (const p of pieces ?? [l]) pushFlattened(p);
  }
  return out;
}
