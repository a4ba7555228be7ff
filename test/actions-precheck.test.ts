// The commitment rules skip a sentence when their derived pre-check rejects it.
// Property: no text a rule's pattern matches is rejected by its pre-check, so
// the pre-checks change speed, never output. Texts are generated around each
// rule's own examples (which match) by swapping in words of the commitment
// lexicon, changing case and spacing and dropping words, so most of them
// still match and the property is tested where it matters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_RULES, commitmentIn } from '../src/extract/actions.js';
import { wordGate } from '../src/lexicon/index.js';
import * as LEXICON from '../src/lexicon/commitments.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(LEXICON);
const filler = ['the', 'Clerk', 'Councillor Ash', 'officers', 'to', 'be', 'would', 'report', 'meeting', 'next', 'and', ',', 'that', 'NO', 'Members'];

describe('commitment pre-checks', () => {
  it('are derived from the cue list: the first word of each phrase, whole, any case', () => {
    const check = wordGate(['brought back', 'circulated']);
    expect(check.test('It would be BROUGHT to Members')).toBe(true);
    expect(check.test('The papers were circulated.')).toBe(true);
    expect(check.test('It was broughtback')).toBe(false);
  });

  for (const rule of COMMITMENT_RULES) {
    const examples = [...rule.examples.valid, ...rule.examples.invalid];
    it(`${rule.id}: no text its pattern matches is rejected by its pre-check${rule.needs ? 's' : ''}`, () => {
      let matched = 0;
      fc.assert(
        fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', ' \u00a0']))), (text) => {
          if (!rule.pattern.test(text)) return true;
          matched++;
          return wordGate(rule.cue).test(text) && (rule.needs === undefined || wordGate(rule.needs).test(text));
        }),
        { numRuns: 300, seed: 7 },
      );
      // The property was tested on matching texts, not only on misses.
      expect(matched).toBeGreaterThan(10);
    });
  }

  it('a sentence reads the same with and without the pre-checks', () => {
    const texts = COMMITMENT_RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    fc.assert(
      fc.property(fc.oneof(...texts.map((e) => variantOf(e, lexiconWords, filler, [" ", "  ", " \u00a0"]))), (text) => {
        const gated = commitmentIn(text);
        const ungated = commitmentIn(text, false);
        return gated?.rule.id === ungated?.rule.id && gated?.at === ungated?.at;
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
