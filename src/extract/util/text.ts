// Sentence and clause helpers shared by extractors.

// Words whose trailing full stop does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'cllr', 'cr', 'st', 'no', 'e.g', 'i.e', 'etc', 'approx', 'para', 'prof', 'rev', 'vs', 'cllrs', 'nos', 'ref', 'inc', 'ltd', 'co']);

/** Splits a paragraph into sentences with their offsets; "Mr.", "e.g." and initials do not end one. Linear scan. */
export function sentences(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (s) out.push({ text: s, index: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
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
    i = j - 1;
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
