// A commitment rule: a defineRule object with the pattern it matches in a
// sentence and the lexicon list ("cue") every match must contain a word of.
// The pre-check that lets a sentence skip the costly pattern is derived from
// that list, never kept by hand, so pattern and pre-check cannot drift apart
// (test/actions-precheck.test.ts checks the property on generated sentences).
import { defineRule, type RuleExamples } from '../../rules/define.js';
import { wordGate, type WordGate } from '../../lexicon/index.js';

export interface CommitmentRule {
  id: string;
  stage: 'action';
  description: string;
  examples: RuleExamples;
  /** Where the commitment is in a sentence (its openers already removed). */
  pattern: RegExp;
  /** The lexicon list one of whose words every match of the pattern contains. */
  cue: readonly string[];
  /** Derived from cue: a sentence it rejects cannot match the pattern. */
  precheck: WordGate;
}

/** The pre-check of a cue list: the first word of any of its phrases, as a whole word, in any case. */
export function precheckOf(cue: readonly string[]): WordGate {
  return wordGate(cue);
}

export function commitmentRule(spec: Omit<CommitmentRule, 'stage' | 'precheck'>): CommitmentRule {
  return defineRule({ ...spec, stage: 'action' as const, precheck: precheckOf(spec.cue) });
}
