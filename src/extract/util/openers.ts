// The leading-clause refiner every extractor shares: finds where a sentence's
// own subject starts after openers such as "Moreover," or "During the debate,"
// so that a rule anchored on its subject reads "During the debate, Councillor
// Ash asked …" as it reads "Councillor Ash asked …".
import { CONNECTIVES, FRAMING_PREPOSITIONS, alternation } from '../../lexicon/index.js';

// An opener and its comma: a connective ("Moreover,"), or a framing clause of at most 100
// characters without a full stop ("During the debate on the budget,"). Repeated up to three times.
// A run-in label of up to four words before its sentence ("Grants: The Council agreed to donate £150 …") opens it too.
const OPENER = new RegExp(`^(?:(?:${alternation(CONNECTIVES)},?|${alternation(FRAMING_PREPOSITIONS)}\\s[^,.;:]{1,100}?,|[A-Z][\\w'’&/-]*(?:\\s[\\w'’&/-]+){0,3}:)\\s+){1,3}`, "i");

/** The length of the openers at the start of a sentence (0 when there are none). */
export function openerLength(sentence: string): number {
  const m = OPENER.exec(sentence);
  if (!m) return 0;
  // The rest must still start a clause of its own with a capital or a digit; "Following, …" lower-case is not an opener.
  const rest = sentence.slice(m[0].length);
  return /^[A-Z0-9"'“‘(]/.test(rest) || /^the\s/.test(rest) ? m[0].length : 0;
}

/** The sentence without its openers: "During the debate, Councillor Ash asked …" → "Councillor Ash asked …". */
export function withoutOpeners(sentence: string): string {
  const n = openerLength(sentence);
  return n === 0 ? sentence : sentence.slice(n);
}
