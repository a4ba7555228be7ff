// Every rule declared with defineRule runs its own examples: each valid example
// yields a record (or a layout choice) naming the rule, no invalid one does.
// Line rules classify their example line alone: a valid example gets the
// rule's id from the whole table (no earlier rule shadows it), an invalid one
// gets another. Resolution-kind and category rules name themselves through
// the record's `kind` and the item's `category`.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { markdownToLines } from '../src/read/markdown.js';
import { textToLines } from '../src/read/text.js';
import type { SourceLine } from '../src/read/types.js';
import { definedRules, type RuleMeta } from '../src/rules/define.js';
import type { MinutesDocument } from '../src/schema/document.js';
import { classifyLine } from '../src/tokenize/classify.js';
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

/** The ids of the rules that classified the records: `resolution-kind-<kind>` and `category-<category>`. */
function classifyingRuleIds(doc: MinutesDocument, found: Set<string>): Set<string> {
  for (const item of doc.items) {
    found.add(`category-${item.category}`);
    for (const r of item.resolutions) found.add(`resolution-kind-${r.kind}`);
  }
  return found;
}

/** A line rule's example as the reader would give it: markdown examples keep the reader's heading hint. */
function exampleLine(rule: RuleMeta, text: string): SourceLine {
  // Plain text goes through the text reader too: its indent is what places a page number.
  return rule.examples.context === 'markdown' ? markdownToLines(text)[0] : textToLines(text)[0];
}

function idsFor(rule: RuleMeta, example: string): Set<string> {
  if (rule.stage === 'line') return new Set([classifyLine(exampleLine(rule, example)).rule]);
  const context = rule.examples.context ?? 'item';
  const text = context === 'item' ? inItem(example) : context === 'title' ? inItem('The Chair introduced the item.', example) : example;
  const doc = parseMinutes(text, { format: context === 'markdown' ? 'markdown' : 'text' }).document;
  return classifyingRuleIds(doc, ruleIdsIn(doc));
}

const rules = definedRules();

describe('rule examples', () => {
  it('rules of every stage are declared', () => {
    for (const stage of ['line', 'resolution-kind', 'category']) expect(rules.some((r) => r.stage === stage), stage).toBe(true);
  });
  for (const rule of rules) {
    describe(`${rule.stage} ${rule.id}`, () => {
      for (const ex of rule.examples.valid) it(`fires on ${JSON.stringify(ex.slice(0, 80))}`, () => expect([...idsFor(rule, ex)]).toContain(rule.id));
      for (const ex of rule.examples.invalid) it(`does not fire on ${JSON.stringify(ex.slice(0, 80))}`, () => expect([...idsFor(rule, ex)]).not.toContain(rule.id));
    });
  }
});
