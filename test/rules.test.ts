// The rule catalogue (defineRule) is the only list of rules: the line table,
// the resolution kinds and the item categories are its entries, and
// `minutes rules` and docs/rules.md print it, each rule with the file that
// declares it. Each rule's examples run in test/rule-examples.test.ts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINE_RULES, classifyLine } from '../src/tokenize/classify.js';
import { KIND_RULES } from '../src/extract/resolutions.js';
import { CATEGORY_RULES } from '../src/extract/category.js';
import { ItemCategory, ResolutionKind } from '../src/schema/document.js';
import { WARNING_RULES } from '../src/schema/warnings.js';
import { runCli } from './helpers.js';
import { definedRules, ruleById, ruleSource } from '../src/rules/define.js';
import { rulesMarkdown } from '../src/cli/rules-command.js';
import { ruleSources } from '../scripts/rule-sources.mjs';
import '../src/parse.js';

const ROOT = join(import.meta.dirname, '..');

const cli = (...argv: string[]) => runCli(argv);

const rules = definedRules();

describe('rule catalogue', () => {
  it('gives every rule a description and a valid example', () => {
    for (const r of rules) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      if (r.id !== 'blank') expect(r.examples.valid[0].length, r.id).toBeGreaterThan(0);
    }
  });

  it('holds the line table, in its order, as the line stage', () => {
    expect(rules.filter((r) => r.stage === 'line')).toEqual(LINE_RULES);
    for (const rule of LINE_RULES) expect(ruleById(rule.id)).toBe(rule);
  });

  it('has a resolution-kind rule for every kind and a category rule for every category but the defaults', () => {
    expect(KIND_RULES.map((r) => r.kind).sort()).toEqual(ResolutionKind.options.filter((k) => k !== 'other').sort());
    expect(CATEGORY_RULES.map((r) => r.category).sort()).toEqual(ItemCategory.options.filter((c) => c !== 'substantive').sort());
    // Records name these rules through their kind and category: the ids follow from them.
    for (const r of KIND_RULES) expect(r.id).toBe(`resolution-kind-${r.kind}`);
    for (const r of CATEGORY_RULES) expect(r.id).toBe(`category-${r.category}`);
    expect(rules.filter((r) => r.stage === 'resolution-kind')).toEqual(KIND_RULES);
    expect(rules.filter((r) => r.stage === 'category')).toEqual(CATEGORY_RULES);
  });

  it('knows the one file that declares each rule, and that file writes its id', () => {
    // An id written in two files has no source: rename one (the build looks ids up as written, scripts/rule-sources.mjs).
    const scanned = ruleSources(ROOT) as Record<string, string[]>;
    for (const r of rules) expect(scanned[r.id], `files writing id '${r.id}'`).toHaveLength(1);
    for (const r of rules) {
      const source = ruleSource(r.id);
      expect(source, r.id).toMatch(/^src\/.+\.ts$/);
      expect(readFileSync(join(ROOT, source!), 'utf8'), r.id).toContain(`'${r.id}'`);
    }
    expect(ruleSource('blank')).toBe('src/tokenize/classify.ts');
    expect(ruleSource('resolution-kind-noted')).toBe('src/extract/resolutions.ts');
    expect(ruleSource('no-such-rule')).toBeUndefined();
  });

  it('docs/rules.md is in sync with the rule objects (run `node scripts/gen-docs.mjs` to regenerate)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
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
    for (const rule of rules) expect(lines.some((l) => l.startsWith(`${rule.id} `) && l.includes(rule.description)), rule.id).toBe(true);
    expect(r.stdout).toMatch(/^resolved-lead-in\s+line\s+src\/tokenize\/classify\.ts\s+A RESOLVED/m);
    expect(r.stdout).toContain('e.g. "The Committee RESOLVED that the report be noted."');
    expect(r.stdout).toMatch(/^resolution-kind-noted\s+resolution-kind\s+src\/extract\/resolutions\.ts\s+A report or update noted\.\s+e\.g\. "RESOLVED that the report be noted\."$/m);
    for (const w of WARNING_RULES) expect(r.stdout).toContain(`${w.code}  ${w.id}`);
  });

  it('--stage filters and --json prints the catalogue', async () => {
    const stage = await cli('rules', '--stage', 'presenter');
    expect(stage.stdout.trim().split('\n').every((l) => /^presenter-\S+\s+presenter\s/.test(l))).toBe(true);
    const categories = await cli('rules', '--stage', 'category');
    expect(categories.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(CATEGORY_RULES.map((r) => r.id));
    const json = JSON.parse((await cli('rules', '--json')).stdout);
    expect(json.rules).toHaveLength(rules.length);
    expect(json.rules[0]).toEqual({ id: 'blank', stage: 'line', source: 'src/tokenize/classify.ts', description: LINE_RULES[0].description, example: '' });
    expect(json.warnings.map((w: { code: string }) => w.code)).toEqual(WARNING_RULES.map((w) => w.code));
    expect((await cli('rules', '--stage', 'nonsense')).code).toBe(2);
  });

  it('minutes rules ID shows one rule: its file, what it reads, its examples and near misses', async () => {
    const r = await cli('rules', 'resolution-kind-refused');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'rule:        resolution-kind-refused',
        'stage:       resolution-kind',
        'file:        src/extract/resolutions.ts',
        'reads:       An application or permission refused.',
        'examples:    "RESOLVED that the application be refused for the reasons set out in the report."',
        'near misses: "RESOLVED that the reasons for refusal be noted."',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli('rules', 'blank', '--json')).stdout);
    expect(json).toEqual({ id: 'blank', stage: 'line', source: 'src/tokenize/classify.ts', description: LINE_RULES[0].description, examples: { valid: [''], invalid: ['.'] } });
    const unknown = await cli('rules', 'no-such-rule');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "no-such-rule"');
  });

  it('with a config, lists the line table as configured: local lead-ins added, disabled rules left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-rules-'));
    const config = join(dir, 'minutes.config.json');
    writeFileSync(config, JSON.stringify({ resolutionLeadIns: ['DECIDED BY THE BOARD'], disable: ['capital-that-clause'] }));
    const r = await cli('rules', '--stage', 'line', '--config', config);
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]);
    expect(ids).toContain('config:resolutionLeadIns[0]');
    expect(ids.indexOf('config:resolutionLeadIns[0]')).toBe(ids.indexOf('resolved-lead-in') - 1);
    expect(ids).not.toContain('capital-that-clause');
    expect(r.stdout).toContain('e.g. "DECIDED BY THE BOARD"');
    expect(r.stdout).toMatch(/^config:resolutionLeadIns\[0\]\s+line\s+\S+minutes\.config\.json\s/m);
  });

  it("the built CLI knows each rule's file too (the build records them)", async () => {
    const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'rules', '--json'], { encoding: 'utf8' });
    expect(built.status).toBe(0);
    const inProcess = JSON.parse((await cli('rules', '--json')).stdout);
    expect(JSON.parse(built.stdout).rules).toEqual(inProcess.rules);
    expect(inProcess.rules.every((r: { source?: string }) => r.source)).toBe(true);
  });
});
