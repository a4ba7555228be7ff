// Minutes whose text was flattened onto one line (a PDF copied without line
// breaks: "… and Worlding. 1 MINUTES (REF: 1) Resolved: That the Minutes …
// 2 APOLOGIES FOR ABSENCE Apologies for absence were received …"). The item
// headings inside such a line are found by their numbers, which rise through
// the line, and their titles: a run of capitals, or a standard item title
// ("Apologies for Absence", "Declarations of Interest") after a full stop.
// Each heading and the text after it becomes a line of its own, keeping the
// source line number, so the rest of the pipeline sees an ordinary layout.
import type { SourceLine } from '../read/types.js';
import { COURTESY_TITLES, MEMBER_HONORIFICS, STANDARD_ITEM_OPENINGS, alternation } from '../lexicon/index.js';

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
  const standard = STANDARD_TITLE.exec(rest);
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

function piece(source: SourceLine, text: string): SourceLine {
  const l: SourceLine = { line: source.line, text: text.trim(), indent: source.indent };
  if (source.page !== undefined) l.page = source.page;
  return l;
}

/** Splits flattened lines at their item headings; every other line passes through unchanged. */
export function expandFlattenedLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.length >= MIN_FLATTENED_LENGTH)) return lines as SourceLine[];
  const out: SourceLine[] = [];
  for (const l of lines) {
    const headings = l.text.length >= MIN_FLATTENED_LENGTH && l.hint === undefined ? headingsIn(l.text) : [];
    if (headings.length === 0) {
      out.push(l);
      continue;
    }
    if (headings[0].at > 0) out.push(piece(l, l.text.slice(0, headings[0].at)));
    headings.forEach((h, k) => {
      out.push(piece(l, l.text.slice(h.at, h.end)));
      const bodyEnd = k + 1 < headings.length ? headings[k + 1].at : l.text.length;
      const body = l.text.slice(h.end, bodyEnd).trim();
      // A decision inside the minutes starts a line of its own, as on the printed page.
      if (body) for (const part of body.split(DECISION_START)) if (part.trim()) out.push(piece(l, part));
    });
  }
  return out;
}
