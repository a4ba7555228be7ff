// extractResolutions reads a plain paragraph for its decisions only when DECISION_WORD finds one of the
// words its four tests look for ("resolved", "agree…", an approving verb, "prop…" / "moved"). Property: no
// text any of the four finds is rejected by the one scan, so the gate changes speed, never output. Texts are
// generated around the resolution rules' own examples by swapping in lexicon words and changing case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_AGREED, BODY_DECISION_WORD, DECISION_WORD, PLANNING_DISPOSITION, PLANNING_DISPOSITION_WORD, resolutionPlanningDispositionRule, resolutionBodyAgreedRule, resolutionInParagraphRule, resolutionMovedAndResolvedRule, resolutionProposedAfterRule } from '../src/extract/resolutions.js';
import { BODY_APPROVING_VERBS } from '../src/lexicon/index.js';
import { withoutOpeners } from '../src/extract/util/openers.js';
import * as DECISIONS from '../src/lexicon/decisions.js';
import { variantOf, wordsOfModule } from './variants.js';

const swaps = [...wordsOfModule(DECISIONS), ...BODY_APPROVING_VERBS, 'Agreement', 'PROPOSED', 'Resolved', 'moved', 'voted', 'unresolved', 'disagree', 'property'];
const filler = ['the', 'Committee', 'that', 'and', ',', 'to', 'it', 'was', 'Cllr Ash'];
const APPROVING = new RegExp(`\\b(?:${BODY_APPROVING_VERBS.join('|')}|voted)\\b`);
/** The four tests of extractResolutions, as written there. */
const anyOfTheFour = (text: string): boolean => /\bresolved\b/i.test(text) || /\bagree/i.test(text) || APPROVING.test(text) || /\b(?:prop|moved)/i.test(text);

describe('resolution decision-word gate', () => {
  const examples = [resolutionBodyAgreedRule, resolutionInParagraphRule, resolutionMovedAndResolvedRule, resolutionProposedAfterRule].flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
  it('rejects no paragraph one of the four tests finds a word in', () => {
    let held = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, swaps, filler))), (text) => {
        if (!anyOfTheFour(text)) return true;
        held++;
        return DECISION_WORD.test(text);
      }),
      { numRuns: 3000 },
    );
    expect(held).toBeGreaterThan(1000);
  });
});

describe('resolution pattern gates', () => {
  it('BODY_DECISION_WORD rejects no sentence BODY_AGREED reads', () => {
    const examples = [...resolutionBodyAgreedRule.examples.valid, ...resolutionBodyAgreedRule.examples.invalid, ...resolutionInParagraphRule.examples.valid];
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, swaps, filler))), (text) => {
        if (!BODY_AGREED.test(withoutOpeners(text))) return true;
        read++;
        return BODY_DECISION_WORD.test(text);
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(150);
  });
  it('PLANNING_DISPOSITION_WORD rejects no text PLANNING_DISPOSITION matches', () => {
    const examples = [...resolutionPlanningDispositionRule.examples.valid, ...resolutionPlanningDispositionRule.examples.invalid].flatMap((e) => e.split(/\n+/));
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, swaps, filler))), (text) => {
        if (!PLANNING_DISPOSITION.test(text)) return true;
        read++;
        return PLANNING_DISPOSITION_WORD.test(text);
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(100);
  });
});
