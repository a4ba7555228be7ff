// Sentences generated around rule examples for the gate property tests: each
// word of an example kept (most often), swapped for a lexicon word or a filler
// word, upper- or lower-cased, or dropped, so most variants still match their
// rule and the property "no text the rule reads fails its gate" is tested
// where it matters.
import fc from 'fast-check';

/** The string lists a lexicon module exports, flattened. */
export function wordsOfModule(module: Record<string, unknown>): string[] {
  return Object.values(module).flatMap((list) => (Array.isArray(list) ? (list as unknown[]).filter((w): w is string => typeof w === 'string') : []));
}

/** Variants of an example sentence, words joined by `sep` (one of the given separators). */
export function variantOf(example: string, swaps: readonly string[], filler: readonly string[], separators: readonly string[] = [' ']): fc.Arbitrary<string> {
  const word = (w: string): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(w) },
      { weight: 1, arbitrary: fc.constantFrom(...swaps) },
      { weight: 1, arbitrary: fc.constantFrom(...filler) },
      { weight: 1, arbitrary: fc.constant(w.toUpperCase()) },
      { weight: 1, arbitrary: fc.constant(w.toLowerCase()) },
      { weight: 1, arbitrary: fc.constant('') },
    );
  return fc.tuple(fc.tuple(...example.split(/\s+/).map(word)), fc.constantFrom(...separators)).map(([parts, sep]) => parts.filter(Boolean).join(sep));
}
