// The rule registry documents every rule with an example; each example is run
// through its own rule here, so `minutes rules` cannot describe a rule wrongly.
import { describe, expect, it } from 'vitest';
import { REGISTRY_DOCS, exampleLine, ruleRegistry } from '../src/extract/registry.js';
import { LINE_RULES, classifyLine } from '../src/tokenize/classify.js';
import { KIND_PATTERNS } from '../src/extract/resolutions.js';
import { CATEGORY_PATTERNS } from '../src/extract/category.js';
import { WARNING_RULES } from '../src/schema/warnings.js';
import { runCli } from './helpers.js';
import { definedRules } from '../src/rules/define.js';
import '../src/parse.js';

const cli = (...argv: string[]) => runCli(argv);

const registry = ruleRegistry();

describe('rule registry', () => {
  it('has unique ids and a description and example for every rule', () => {
    const ids = registry.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of registry) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      if (r.id !== 'blank') expect(r.example.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of registry) {
    it(`${r.stage} rule ${r.id} fires on its own example`, () => {
      expect(r.fires(r.example)).toBe(true);
    });
  }

  it('classifies every line rule example with that rule: no earlier rule shadows it', () => {
    for (const rule of LINE_RULES) expect(classifyLine(exampleLine(rule.example)).rule, rule.example).toBe(rule.id);
  });

  it('covers every pattern table entry (a new pattern needs docs)', () => {
    expect(KIND_PATTERNS.map(([k]) => k).sort()).toEqual(Object.keys(REGISTRY_DOCS.KIND_DOCS).sort());
  });

  it('does not fire on text of another family', () => {
    const byId = new Map(registry.map((r) => [r.id, r]));
    expect(byId.get('resolution-kind-refused')!.fires('That planning permission be granted.')).toBe(false);
    expect(byId.get('category-apologies')!.fires('Declarations of Interest')).toBe(false);
    expect(byId.get('resolved-lead-in')!.fires('Members discussed the resolution.')).toBe(false);
  });

  it('a time or a date that opens a line is not an item number', () => {
    const kind = (text: string) => classifyLine({ line: 1, text, indent: 0 }).kind;
    expect(kind('6:00pm, Tuesday 10TH DECEMBER, 2019')).not.toBe('numbered-heading');
    expect(kind('10 December 2019 |')).not.toBe('numbered-heading');
    expect(kind('10 December Budget Review')).toBe('numbered-heading');
    expect(kind('Item 4: Budget')).toBe('numbered-heading');
  });
});

describe('minutes rules (CLI)', () => {
  it('lists every rule with id, stage, description and example, then the warning codes', async () => {
    const r = await cli('rules');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const rule of registry) expect(lines.some((l) => l.startsWith(`${rule.id} `) && l.includes(rule.description)), rule.id).toBe(true);
    expect(r.stdout).toMatch(/^resolved-lead-in\s+line\s+A RESOLVED/m);
    expect(r.stdout).toContain('e.g. "The Committee RESOLVED that the report be noted."');
    for (const w of WARNING_RULES) expect(r.stdout).toContain(`${w.code}  ${w.id}`);
  });

  it('--stage filters and --json prints the registry', async () => {
    const stage = await cli('rules', '--stage', 'presenter');
    expect(stage.stdout.trim().split('\n').every((l) => /^presenter-\S+\s+presenter\s/.test(l))).toBe(true);
    const json = JSON.parse((await cli('rules', '--json')).stdout);
    expect(json.rules).toHaveLength(registry.length + definedRules().length);
    expect(json.rules[0]).toEqual({ id: 'blank', stage: 'line', description: LINE_RULES[0].description, example: '' });
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(WARNING_RULES.map((w) => w.code));
    expect((await cli('rules', '--stage', 'nonsense')).code).toBe(2);
  });
});
