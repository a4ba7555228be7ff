// A commitment rule: a defineRule object with the pattern it matches in a
// sentence and the lexicon list ("cue") every match must contain a word of.
// commitmentIn runs a rule only on sentences holding a first word of its cue
// (one WordDispatch over all rules, src/lexicon/gate.ts), so pattern and
// pre-check cannot drift apart (test/actions-precheck.test.ts checks the
// property on generated sentences). A rule with a common cue may name a second
// list (`needs`) gated the same way.
import { defineRule, type RuleExamples } from '../../rules/define.js';

export interface CommitmentRule {
  id: string;
  stage: 'action';
  description: string;
  examples: RuleExamples;
  /**
   * Where the commitment is in a sentence (its openers already removed). A named group `at`, closing the
   * pattern, marks where the commitment starts when the words before it are matched only to find it.
   */
  pattern: RegExp;
  /** The lexicon list one of whose words every match of the pattern contains. */
  cue: readonly string[];
  /**
   * A second list one of whose words every match also contains, for a rule whose cue is common ("would", "asked"):
   * the rule runs only on sentences holding a word of each (the same kind of gate as the cue's).
   */
  needs?: readonly string[];
}

export function commitmentRule(spec: Omit<CommitmentRule, 'stage'>): CommitmentRule {
  return defineRule({ ...spec, stage: 'action' as const });
}

/** Where a match of a rule's pattern puts the commitment: at its group `at` when it has one (which closes the match), else at the match. */
export function commitmentStart(m: RegExpExecArray): number {
  const at = m.groups?.at;
  return at === undefined ? m.index : m.index + m[0].length - at.length;
}
