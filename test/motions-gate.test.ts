// The motion reader passes over "quiet" blocks (none of the words or digits its
// rules need, per MOTION_EVENT_HINT) without reading them. Property: reading
// with and without that pass-over gives the same motions, on texts generated
// from the motion rules' own examples (words swapped for decision-lexicon
// words, case changes, dropped words), so the hint changes speed, never output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MotionReader } from '../src/extract/motions/reader.js';
import { definedRules } from '../src/rules/define.js';
import '../src/extract/motions/index.js';
import { textToLines } from '../src/read/text.js';
import { tokenize } from '../src/tokenize/classify.js';
import { toBlocks } from '../src/segment/blocks.js';
import * as DECISIONS from '../src/lexicon/decisions.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(DECISIONS);
const filler = ['That', 'the', 'report', 'be', 'noted.', 'CARRIED', 'For: 7', 'Against: 2', 'Cllr Ash', 'Moved:', 'Seconded:', '\n\n'];

function motionsOf(text: string, gated: boolean): string {
  const reader = new MotionReader(gated);
  reader.read(toBlocks(tokenize(textToLines(text))));
  reader.finish();
  return JSON.stringify(reader.motions);
}

describe('motion reader pass-over', () => {
  const examples = definedRules()
    .filter((r) => r.stage === 'motion')
    .flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);

  it('reads the same motions with and without passing over quiet blocks', () => {
    let withMotions = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e.replace(/\n\n/g, ' \n\n '), lexiconWords, filler))), (text) => {
        const gated = motionsOf(text, true);
        if (gated !== '[]') withMotions++;
        return gated === motionsOf(text, false);
      }),
      { numRuns: 600, seed: 13 },
    );
    expect(withMotions).toBeGreaterThan(50);
  });
});
