// Sentence and clause helpers shared by extractors.

// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'cllr', 'cr', 'st', 'no', 'e.g', 'i.e', 'etc', 'approx', 'para', 'prof', 'rev', 'vs', 'cllrs', 'nos', 'ref', 'inc', 'ltd', 'co']);

// Characters that may end a sentence; the scan jumps between them natively.
const TERMINATOR = /[.!?]/g;

// Presenters, questions and actions all split the same paragraphs: the last
// few splits are kept (results are frozen, callers only read them).
const CACHE_SIZE = 64;
const cache = new Map<string, readonly Sentence[]>();

export interface Sentence {
  text: string;
  index: number;
}

/** Splits a paragraph into sentences with their offsets; "Mr.", "e.g." and initials do not end one. Linear scan. */
export function sentences(text: string): readonly Sentence[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out = Object.freeze(split(text));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (s) out.push({ text: s, index: start + lead });
    start = end;
  };
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m !== null; m = TERMINATOR.exec(text)) {
    const i = m.index;
    const c = text[i];
    let j = i + 1;
    while (j < text.length && /["”’)\].!?]/.test(text[j])) j++;
    if (j < text.length && text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k < text.length && !/[A-Z0-9"“‘(•]/.test(text[k])) continue;
    if (c === '.') {
      let w = i - 1;
      while (w >= 0 && /[A-Za-z.]/.test(text[w])) w--;
      const word = text.slice(w + 1, i);
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    }
    push(j);
    TERMINATOR.lastIndex = j;
  }
  push(text.length);
  return out;
}

/** Trims clause furniture: trailing "; and", "; or", ";" and spaces. */
export function trimClause(text: string): string {
  return text.replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, '').replace(/\s+/g, ' ').trim();
}

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
