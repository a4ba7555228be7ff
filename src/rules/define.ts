// Rules as objects (remark-lint's lintRule, chrono-node's parsers): every rule
// of every stage is declared with defineRule, which gives it a stable id, a
// description and examples that the test suite runs (test/rule-examples.test.ts:
// every valid example yields a record naming the rule, no invalid one does).
// Every record a rule makes carries `rule: <id>`, so a record in the output
// leads to its rule with `minutes rules` or a grep for the id.

/** Pipeline stages, in the order they run. */
export const RULE_STAGES = [
  'line',
  'layout',
  'meeting',
  'attendance',
  'presenter',
  'question',
  'resolution',
  'resolution-kind',
  'action',
  'motion',
  'declaration',
  'category',
  'discussion',
  'refiner',
] as const;
export type RuleStage = (typeof RULE_STAGES)[number];

/**
 * How a rule's examples are run: `item` wraps each example as the body of one
 * agenda item ("7. Service Update" then the text); `title` makes it the title
 * of one agenda item; `document` parses the example as a whole minutes text
 * (headers, attendance, several items); `markdown` parses it as a whole
 * markdown document (headings the reader marks). A line rule's example is one
 * line, classified alone (`markdown`: read as markdown first).
 */
export type ExampleContext = 'item' | 'title' | 'document' | 'markdown';

export interface RuleExamples {
  /** Texts on which the rule makes a record. */
  valid: readonly string[];
  /** Near misses on which it must not. */
  invalid: readonly string[];
  context?: ExampleContext;
}

export interface RuleMeta {
  /** Stable kebab-case id, written into every record the rule makes. */
  id: string;
  stage: RuleStage;
  /** The minute phrasing family the rule reads, in one sentence. */
  description: string;
  examples: RuleExamples;
}

const catalogue = new Map<string, RuleMeta>();

/**
 * Declares a rule: checks its id and examples and enters it in the catalogue
 * that `minutes rules`, the docs and the example tests read. Returns the rule
 * unchanged, so the declaration is also the value the stage runs.
 */
export function defineRule<R extends RuleMeta>(rule: R): R {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id "${rule.id}" is not kebab-case`);
  if (catalogue.has(rule.id)) throw new Error(`rule id "${rule.id}" is defined twice`);
  if (rule.examples.valid.length === 0 || rule.examples.invalid.length === 0) throw new Error(`rule "${rule.id}" needs at least one valid and one invalid example`);
  catalogue.set(rule.id, rule);
  return rule;
}

/** Every rule declared so far, in stage order, then declaration order within a stage. */
export function definedRules(): RuleMeta[] {
  const order = new Map<string, number>(RULE_STAGES.map((s, k) => [s, k]));
  return [...catalogue.values()].map((r, k) => ({ r, k })).sort((a, b) => order.get(a.r.stage)! - order.get(b.r.stage)! || a.k - b.k).map(({ r }) => r);
}

// The files that write each id, found when building (scripts/rule-sources.mjs);
// not defined when the TypeScript runs unbundled.
declare const __RULE_SOURCES__: Readonly<Record<string, readonly string[]>> | undefined;

/** The file that declares a rule, relative to the project root ("src/extract/discussion.ts"), when the build recorded it. */
export function ruleSource(id: string): string | undefined {
  const files = typeof __RULE_SOURCES__ === 'undefined' ? undefined : __RULE_SOURCES__[id];
  return files?.length === 1 ? files[0] : undefined;
}

/** The rule with this id, if declared. */
export function ruleById(id: string): RuleMeta | undefined {
  return catalogue.get(id);
}
