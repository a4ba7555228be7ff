// Text and name comparison for scoring, as the corpus README defines it:
// normalised token F1 for texts, surname (+ first initial) for names.
import { sharedWordCount } from '../extract/util/text.js';

/** Honorifics (and "the") dropped before names are compared. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'cllr', 'councillor', 'cr', 'prof', 'professor', 'sir', 'dame', 'rev', 'the']);

// A leading clause number: "1", "2 1", "a", "ii" before a word.
const LEADING_CLAUSE_NUMBER = /^(?:\d+(?: \d+)*|[a-h]|[ivx]{1,5}) (?=\p{L})/u;
// A leading "resolved"/"agreed" lead-in (with "it was", "the committee") and "that".
const LEADING_RESOLVED = /^(?:it was |the committee |committee )?(?:resolved|agreed) /;
const LEADING_THAT = /^that /;

/** Lower-cases, turns & into "and", drops punctuation, a leading clause number and a "resolved that" lead-in. */
export function normalise(text: string | null | undefined): string {
  let s = String(text ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  s = s.replace(LEADING_CLAUSE_NUMBER, '');
  // Up to three nested lead-ins: "RESOLVED that it was agreed that …".
  for (let k = 0; k < 3; k++) s = s.replace(LEADING_RESOLVED, '').replace(LEADING_THAT, '');
  return s.trim();
}

export const textTokens = (text: string | null | undefined): string[] => normalise(text).split(' ').filter(Boolean);

/** Token-multiset F1 of two texts after normalising (1 when both are empty). */
export function tokenF1(gold: string | null | undefined, pred: string | null | undefined): number {
  const g = textTokens(gold);
  const p = textTokens(pred);
  if (g.length === 0 || p.length === 0) return g.length === p.length ? 1 : 0;
  const overlap = sharedWordCount(g, p);
  if (overlap === 0) return 0;
  const precision = overlap / p.length;
  const recall = overlap / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The words of a name without honorifics or punctuation. */
export function nameTokens(name: string | null | undefined): string[] {
  return String(name ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && !HONORIFICS.has(t));
}

/** Same person: same surname, and the same first initial unless one side is a surname alone. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  if (x.length === 1 || y.length === 1) return true;
  return x[0][0] === y[0][0];
}
