// The prose question rules run only on sentences holding a word of their cue
// (PROSE_DISPATCH in src/extract/questions/prose.ts). Property: no sentence a
// rule reads lacks its cue, so the gate changes speed, never output. Texts
// are generated around each rule's own examples by swapping in lexicon words,
// changing case and dropping words, so many of them are still read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROSE_RULES, type SentenceAt } from '../src/extract/questions/prose.js';
import * as QUESTIONS from '../src/lexicon/questions.js';
import { wordGate } from '../src/lexicon/index.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(QUESTIONS);
const filler = ['the', 'Councillor Ash', 'Members', 'whether', 'about', 'a', 'question', 'and', ',', 'that', 'In', 'response', 'to', 'He'];
const at = (text: string): SentenceAt => ({ text, whole: text, lastNamed: 'Councillor Ash', subject: null, questionContext: true });

describe('prose question gates', () => {
  for (const rule of PROSE_RULES) {
    it(`${rule.id}: no sentence it reads is rejected by its cue`, () => {
      const gate = wordGate(rule.cue);
      let read = 0;
      fc.assert(
        fc.property(fc.oneof(...[...rule.examples.valid, ...rule.examples.invalid].map((e) => variantOf(e, lexiconWords, filler))), (text) => {
          if (rule.read(at(text)) === null) return true;
          read++;
          return gate.test(text);
        }),
        { numRuns: 300, seed: 5 },
      );
      expect(read).toBeGreaterThan(5);
    });
  }

  it('a sentence with no asking word opens no rule', () => {
    const open = PROSE_RULES.filter((rule) => wordGate(rule.cue).test('Councillor Ash welcomed the report and thanked the officers.'));
    expect(open.map((r) => r.id)).toEqual([]);
  });
});
