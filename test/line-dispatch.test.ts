// classifyLine tries a rule only on lines whose first character its `starts`
// class allows, and only when its `requires` test passes. Both are promises
// about the rule's own pattern: a rule must never match a line they would
// have kept from it, or dispatch would change what a line is classified as.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { LINE_RULES, classifyLine, type LineRule } from '../src/tokenize/classify.js';
import type { SourceLine } from '../src/read/types.js';

const line = (text: string): SourceLine => ({ line: 1, text, indent: 0 });

/** Every line of every fixture input, and every rule example (valid and near miss). */
const corpus: string[] = [
  ...LINE_RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]),
  ...fg.sync('fixtures/**/input.{txt,md}').flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim())),
];

/** The classification with every rule tried on every line (no dispatch). */
function classifyEveryRule(text: string): string {
  for (const rule of LINE_RULES) if (rule.match(line(text))) return rule.id;
  return 'text';
}

function violates(rule: LineRule, text: string): boolean {
  if (!rule.match(line(text))) return false;
  return (rule.starts !== undefined && !rule.starts.test(text.charAt(0))) || (rule.requires !== undefined && !rule.requires.test(text));
}

const PREFIXES = ['', '1. ', '(a) ', 'a) ', 'Item 4 ', 'R2018-206 ', 'The Committee ', 'It was ', '• ', '– ', 'THAT ', 'Page ', '12/04/2024 - '];
const mutated = fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...corpus), fc.string({ maxLength: 4 }), fc.boolean()).map(([p, t, junk, upper]) => {
  const s = `${p}${t}${junk}`;
  return upper ? s.toUpperCase() : s;
});

describe('line rule dispatch', () => {
  it('no rule matches a fixture line or example outside its starts / requires', () => {
    for (const text of corpus) for (const rule of LINE_RULES) expect(violates(rule, text), `${rule.id}: ${text}`).toBe(false);
  });

  it('no rule matches a mutated line outside its starts / requires (fast-check)', () => {
    fc.assert(fc.property(mutated, (text) => LINE_RULES.every((rule) => !violates(rule, text))), { numRuns: 3000 });
  });

  it('classifies every fixture line as trying every rule would', () => {
    for (const text of corpus) expect(classifyLine(line(text)).rule, text).toBe(classifyEveryRule(text));
  });

  it('skips rules by the first character: a quoted line is tried against few rules', () => {
    // A line opening with a quotation mark can only be text (or an attendance-for-this-item line).
    expect(classifyLine(line('“RESOLVED that the report be noted.”')).rule).toBe('text');
    expect(classifyLine(line('RESOLVED that the report be noted.')).rule).toBe('resolved-lead-in');
  });
});
