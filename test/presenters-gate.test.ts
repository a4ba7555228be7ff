// The sentence rules of the presenters extractor run only on sentences that
// pass PRESENTING_GATE, derived from the verb lists their patterns are built
// from. Property: no sentence one of those patterns matches fails the gate.
// Sentences are generated from the presenter rules' own examples with words
// swapped for presenting-lexicon words, case changes and dropped words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSSESSIVE_REPORT, PRESENTED_BY, PRESENTING_GATE, SUBJECT_VERB, WHO_PRESENTED } from '../src/extract/presenters/patterns.js';
import { definedRules } from '../src/rules/define.js';
import '../src/extract/presenters.js';
import * as PRESENTING from '../src/lexicon/presenting.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(PRESENTING);
const filler = ['the', 'Ms Jane Roe', 'Head of Housing', 'Members', 'report', 'by', 'was', 'who', ',', 'an', 'update'];
const PATTERNS = [SUBJECT_VERB, PRESENTED_BY, POSSESSIVE_REPORT, WHO_PRESENTED];

describe('presenting gate', () => {
  const examples = definedRules()
    .filter((r) => r.stage === 'presenter')
    .flatMap((r) => [...r.examples.valid, ...r.examples.invalid])
    .flatMap((e) => e.split(/\n+/))
    .filter((line) => line.length > 20 && line.length < 300);

  it('no sentence a presenting pattern matches fails the gate', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        if (!PATTERNS.some((p) => p.test(text))) return true;
        matched++;
        return PRESENTING_GATE.test(text);
      }),
      { numRuns: 1000, seed: 9 },
    );
    expect(matched).toBeGreaterThan(50);
  });

  it('passes presenting sentences and rejects others', () => {
    expect(PRESENTING_GATE.test('The Head of Finance took Members through the budget.')).toBe(true);
    expect(PRESENTING_GATE.test("The Clerk's report was received.")).toBe(true);
    expect(PRESENTING_GATE.test('Members discussed the parking charges at length.')).toBe(false);
  });
});
