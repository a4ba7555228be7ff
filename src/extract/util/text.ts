// Sentence and clause helpers shared by extractors.
import { memo } from '../../util/memo.js';
import { COURTESY_TITLES, HONORIFICS } from '../../lexicon/index.js';

// Words whose trailing full stop does not end a sentence: the lexicon's short titles ("Cllr.", "Ald. Cole", Irish
// "Clr. Daly", "Comh. Ó Ceallaigh", Welsh "Cyng. Bevan", and any a config adds), police ranks ("Supt. Hale"), a ward or
// division before its number ("Div. 6") and the abbreviations of running text.
// (A short title's plural too, "Cllrs.", but not a five-letter word such as "Mayor." that ends a sentence.)
const SHORT_TITLE_LENGTH = 4;
const isShortTitle = (t: string): boolean => !t.includes(' ') && (t.length <= SHORT_TITLE_LENGTH || (t.length === SHORT_TITLE_LENGTH + 1 && t.endsWith('s')));
const ABBREVIATIONS = new Set([
  ...[...HONORIFICS, ...COURTESY_TITLES].filter(isShortTitle).map((t) => t.toLowerCase()),
  'supt', 'insp', 'sgt', 'hon', 'st', 'no', 'nos', 'e.g', 'i.e', 'etc', 'approx', 'para', 'vs', 'ref', 'inc', 'ltd', 'co', 'div', 'dept',
]);

// Words an initial never stands before: a member's title, or a word that opens a sentence. "… to Band B. Councillor Lyle asked …"
// ends a sentence at "B.", where "J. Smith" does not. (Letters of the word only, its full stop or comma aside.)
const NEVER_AFTER_INITIAL = new Set([...HONORIFICS.filter((t) => !t.includes(' ')), 'The', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'There', 'Members', 'Council', 'In', 'At', 'On']);

export interface Sentence {
  text: string;
  index: number;
  /** The word gates' flags for the text, filled by the first gate that reads the sentence (see lexicon/gate.ts). */
  flags?: Uint8Array;
}

/**
 * Splits a paragraph into sentences with their offsets; "Mr.", "e.g." and initials do not end one. Linear scan.
 * Presenters, questions, actions and declarations split the same paragraphs: splits are memoised and frozen.
 */
export const sentences: (text: string) => readonly Sentence[] = memo((text) => Object.freeze(split(text)), 256);

// Character tests of the scan, by code: closers after a terminator ("  .”  "), what may open the next sentence, a word before a full stop.
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x2e || c === 0x21 || c === 0x3f;
const opensSentence = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x2022;
/** The run of letters at `at` (the next word, as NEVER_AFTER_INITIAL holds it). */
function wordAt(text: string, at: number): string {
  let e = at;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  return text.slice(at, e);
}
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWordChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const s = raw.trim();
    // s starts with the first non-space of raw: its first occurrence is where it starts.
    if (s) out.push({ text: s, index: start + raw.indexOf(s) });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const t = text.charCodeAt(i);
    if (t !== 0x2e && t !== 0x21 && t !== 0x3f) continue;
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) !== 0x20) continue;
    let k = j;
    while (k < n && text.charCodeAt(k) === 0x20) k++;
    if (k < n && !opensSentence(text.charCodeAt(k))) continue;
    if (t === 0x2e) {
      let w = i - 1;
      while (w >= 0 && isWordChar(text.charCodeAt(w))) w--;
      const word = text.slice(w + 1, i);
      if (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word >= 'A' && word <= 'Z' && !NEVER_AFTER_INITIAL.has(wordAt(text, k)))) continue;
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

/** A text without the quotation marks around it: "“That the report be noted.”" → "That the report be noted.". */
export const unquote = (text: string): string => (/^\s*["“‘]/.test(text) ? text.replace(/^\s*["“‘]\s*/, '').replace(/\s*["”’]\s*$/, '') : text);

/** Trims clause furniture: trailing "; and", "; or", ";" and spaces. */
export function trimClause(text: string): string {
  // The furniture pattern is tried only on text that ends in what it removes (it would scan every space).
  return squashSpaces(CLAUSE_END.test(text.trimEnd().slice(-4)) ? text.replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, '') : text);
}
const CLAUSE_END = /(?:[;,]|\band|\bor)$/i;

/** Removes a leading "that" / "That" and any punctuation left after a lead-in. */
export function stripThat(text: string): string {
  return text.replace(/^[\s:;,.–—-]*(?:that\b[\s:;,]*)?/i, '').trim();
}

// Whitespace other than a single space: what `replace(/\s+/g, ' ')` would change.
const UNSQUASHED = /[^\S ]| {2}/;

/** `text.replace(/\s+/g, ' ').trim()`, without building a new string when no run needs collapsing. */
export function squashSpaces(text: string): string {
  return (UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** How many words two word lists share, counting repeats (the overlap of two multisets). */
export function sharedWordCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared;
}
