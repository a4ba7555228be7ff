// Every rule declared with defineRule runs its own examples: each valid example
// yields a record (or a layout choice) naming the rule, no invalid one does.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { definedRules, type RuleMeta } from '../src/rules/define.js';
import { inItem } from './helpers.js';

/** Every `rule` id written anywhere in a document (records, the chosen layout). */
function ruleIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) ruleIdsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'rule' || k === 'layout') && typeof v === 'string') found.add(v);
      else ruleIdsIn(v, found);
    }
  }
  return found;
}

function idsFor(rule: RuleMeta, example: string): Set<string> {
  if (rule.examples.context === 'markdown') return ruleIdsIn(parseMinutes(example, { format: 'markdown' }).document);
  const text = rule.examples.context === 'document' ? example : inItem(example);
  return ruleIdsIn(parseMinutes(text).document);
}

const rules = definedRules().filter((r) => r.stage !== 'line');

describe('rule examples', () => {
  it('rules are declared', () => {
    expect(rules.length).toBeGreaterThan(0);
  });
  for (const rule of rules) {
    describe(`${rule.stage} ${rule.id}`, () => {
      for (const ex of rule.examples.valid) it(`fires on ${JSON.stringify(ex.slice(0, 80))}`, () => expect([...idsFor(rule, ex)]).toContain(rule.id));
      for (const ex of rule.examples.invalid) it(`does not fire on ${JSON.stringify(ex.slice(0, 80))}`, () => expect([...idsFor(rule, ex)]).not.toContain(rule.id));
    });
  }
});
