// A commitment rule: a defineRule object with the pattern it matches in a
// sentence and the lexicon list ("cue") every match must contain a word of.
// commitmentIn runs a rule only on sentences holding a first word of its cue
// (one WordDispatch over all rules, src/lexicon/gate.ts), so pattern and
// pre-check cannot drift apart (test/actions-precheck.test.ts checks the
// property on generated sentences).
import { defineRule, type RuleExamples } from '../../rules/define.js';

export interface CommitmentRule {
  id: string;
  stage: 'action';
  description: string;
  examples: RuleExamples;
  /** Where the commitment is in a sentence (its openers already removed). */
  pattern: RegExp;
  /** The lexicon list one of whose words every match of the pattern contains. */
  cue: readonly string[];
}

export function commitmentRule(spec: Omit<CommitmentRule, 'stage'>): CommitmentRule {
  return defineRule({ ...spec, stage: 'action' as const });
}
