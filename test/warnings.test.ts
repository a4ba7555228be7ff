// Warnings by code: each code the pipeline emits is triggered here from input
// text and checked for its id, its "Unexpected X, expected Y" message and its
// place; docs/warnings.md must match the registry; the CLI prints warnings
// like other linters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { processBytes, processFile } from '../src/batch.js';
import { WARNING_RULES, type WarningId } from '../src/schema/warnings.js';
import type { Warning } from '../src/schema/document.js';
import { warningsMarkdown } from '../src/cli/rules-command.js';
import { formatWarning } from '../src/cli/render.js';
import { runCli } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const utf8 = (s: string) => new TextEncoder().encode(s);
const textWarnings = (text: string) => parseMinutes(text, { path: 'minutes.txt' }).warnings;
const bytesWarnings = async (bytes: Uint8Array, maxBytes?: number) => (await processBytes('minutes.txt', bytes, { maxBytes })).document.warnings;

interface Trigger {
  run: () => Warning[] | Promise<Warning[]>;
  /** Expected place: line and column, or null when the warning is about the whole file. */
  place: { line: number; column: number } | null;
}

/** One input per emitted warning id. */
const TRIGGERS: Partial<Record<WarningId, Trigger>> = {
  'empty-input': { run: () => bytesWarnings(utf8('  \n\t\n')), place: null },
  'binary-input': { run: () => bytesWarnings(new Uint8Array([0x50, 0x4b, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00])), place: null },
  'undecodable-bytes': {
    // 0x81 is undefined in Windows-1252 too: no encoding explains it.
    run: () => bytesWarnings(new Uint8Array([...utf8('1. Apologies\n\nRESOLVED that the caf'), 0x81, ...utf8(' lease be renewed.\n')])),
    place: { line: 3, column: 1 },
  },
  'legacy-encoding': {
    run: () => bytesWarnings(new Uint8Array([...utf8('1. Apologies\n\nRESOLVED that the caf'), 0xe9, ...utf8(' lease be renewed at '), 0xa3, ...utf8('900.\n')])),
    place: { line: 3, column: 1 },
  },
  'input-too-large': { run: () => bytesWarnings(utf8('1. Apologies\n\nNone.\n'), 8), place: null },
  'unreadable-input': { run: async () => (await processFile(join(ROOT, 'fixtures', 'no-such-minutes.txt'))).document.warnings, place: null },
  'unclaimed-line': { run: () => textWarnings('4. Play Area\n\nAfter a long debate the proposal to replace the swings was CARRIED on a show of hands.\n'), place: { line: 3, column: 1 } },
  'not-minutes': { run: () => textWarnings('Shopping list\nEggs and milk from the corner shop\nBread\n'), place: { line: 1, column: 1 } },
  'truncated-document': {
    run: () => textWarnings('Town Council\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nThe Treasurer presented the budget and explained that the precept would rise by two per cent because the'),
    place: { line: 9, column: 1 },
  },
  'resolution-outside-item': {
    run: () => textWarnings('Parish Council\n\n  RESOLVED that the agenda be taken as read.\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nRESOLVED that the budget be approved.\n'),
    place: { line: 3, column: 3 },
  },
  'item-number-skipped': {
    run: () => textWarnings('Parish Council\n\n1. Apologies\n\nNone were received.\n\n3. Budget\n\nRESOLVED that the budget be approved.\n'),
    place: { line: 7, column: 1 },
  },
  'no-text-layer': { run: async () => (await processFile(join(ROOT, 'fixtures', 'formats', 'scanned.pdf'))).document.warnings, place: null },
  'minutes-in-pack': { run: async () => (await processFile(join(ROOT, 'fixtures', 'formats', 'pack.pdf'))).document.warnings, place: { line: 28, column: 1 } },
  'metadata-fallback': {
    run: () => parseMinutes('---\ntitle: Parish minutes\ndate: 2025-02-11\n---\n\n## 1. Apologies\n\nNone were received.\n\n## 2. Budget\n\nRESOLVED that the budget be approved.\n', { format: 'markdown', path: 'minutes.md' }).warnings,
    place: { line: 3, column: 1 },
  },
  'encrypted-input': { run: async () => (await processFile(join(ROOT, 'fixtures', 'formats', 'encrypted.pdf'))).document.warnings, place: null },
  'votes-exceed-present': {
    run: () => textWarnings('Parish Council\n\nPresent: Cr Ann Lee, Cr Bo Kay, Cr Cy Moe\n\n1. Budget\n\nMoved: Cr Lee Seconded: Cr Kay\n\nThat the budget be adopted.\n\nCarried (3 for, 2 against)\n'),
    place: { line: 7, column: 1 },
  },
  'present-and-apologies': {
    run: () => textWarnings('Parish Council\n\nPresent: Councillor A Jones, Councillor B Smith\nApologies: Councillor B Smith\n\n1. Budget\n\nRESOLVED that the budget be approved.\n'),
    place: { line: 4, column: 1 },
  },
};

/** Registered codes not triggered here, and why. A code that gains an emitter must move to TRIGGERS. */
const PENDING: Partial<Record<WarningId, { reason: string; emitted: boolean }>> = {
  'empty-resolution': { reason: 'no check emits it yet', emitted: false },
  'item-without-minutes': { reason: 'no check emits it yet', emitted: false },
  'item-number-repeated': { reason: 'checks.ts emits it, but item segmentation keeps only a rising number chain, so no input reaches it', emitted: true },
  'rule-failed': { reason: 'only an extractor bug produces it; no valid input should', emitted: true },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}
const SOURCES = sourceFiles(join(ROOT, 'src'))
  .filter((f) => !f.endsWith('warnings.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('warning registry', () => {
  it('has unique codes and ids', () => {
    expect(new Set(WARNING_RULES.map((w) => w.code)).size).toBe(WARNING_RULES.length);
    expect(new Set(WARNING_RULES.map((w) => w.id)).size).toBe(WARNING_RULES.length);
    for (const w of WARNING_RULES) expect(w.code).toMatch(/^MIN\d{3}$/);
  });

  it('every code is either triggered by a test below or listed as pending with a reason', () => {
    for (const w of WARNING_RULES) expect(w.id in TRIGGERS !== w.id in PENDING, w.id).toBe(true);
  });

  it('pending codes without an emitter really have none (add a trigger when one appears)', () => {
    for (const [id, p] of Object.entries(PENDING)) {
      const emitted = new RegExp(`(?:makeWarning|ReadError)\\(\\s*'${id}'`).test(SOURCES);
      expect(emitted, `${id}: ${p.reason}`).toBe(p.emitted);
    }
  });
});

describe('each warning code from input', () => {
  for (const [id, trigger] of Object.entries(TRIGGERS) as [WarningId, Trigger][]) {
    const rule = WARNING_RULES.find((w) => w.id === id)!;
    it(`${rule.code} ${id}`, async () => {
      const warnings = await trigger.run();
      const w = warnings.find((x) => x.id === id);
      expect(w, JSON.stringify(warnings)).toBeDefined();
      expect(w!.code).toBe(rule.code);
      expect(w!.severity).toBe(rule.severity);
      expect(w!.message).toMatch(/^Unexpected .+, expected .+/);
      if (trigger.place) expect({ line: w!.line, column: w!.column }).toEqual(trigger.place);
      else expect(w!.line).toBeNull();
    });
  }

  it('a clean document has no warnings', () => {
    expect(textWarnings('Parish Council\n\n1. Apologies\n\nNone were received.\n\n2. Budget\n\nRESOLVED that the budget be approved.\n')).toEqual([]);
  });
});

describe('warnings on the command line', () => {
  it('formats like a linter: file:line:col  severity  message  id', () => {
    const [w] = textWarnings('Parish Council\n\n  RESOLVED that the agenda be taken as read.\n\n1. Apologies\n\nNone.\n');
    expect(formatWarning('minutes.txt', w)).toBe('minutes.txt:3:3  warning  Unexpected RESOLVED before any agenda item, expected it inside an item  resolution-outside-item');
    expect(formatWarning('x.txt', { code: 'MIN001', id: 'empty-input', severity: 'error', message: 'Unexpected empty file, expected council minutes', line: null })).toBe('x.txt  error  Unexpected empty file, expected council minutes  empty-input');
  });

  it('parse prints them on stderr and keeps them in the JSON warnings', async () => {
    const input = utf8('Parish Council\n\n1. Apologies\n\nNone were received.\n\n3. Budget\n\nRESOLVED that the budget be approved.\n');
    const { code, stdout, stderr } = await runCli(['parse', '-'], {}, input);
    expect(code).toBe(0);
    expect(stderr).toBe('-:7:1  warning  Unexpected item number 3, expected 2  item-number-skipped\n');
    expect(JSON.parse(stdout).warnings).toEqual([{ code: 'MIN012', id: 'item-number-skipped', severity: 'warning', message: 'Unexpected item number 3, expected 2', line: 7, column: 1 }]);
  });
});

describe('docs/warnings.md', () => {
  it('is in sync with the registry (run `node scripts/gen-docs.mjs` to regenerate)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'warnings.md'), 'utf8');
    expect(doc, 'docs/warnings.md is out of date: run `node scripts/gen-docs.mjs`').toBe(warningsMarkdown());
    for (const w of WARNING_RULES) expect(doc).toContain(`| ${w.code} | \`${w.id}\` | ${w.severity} |`);
  });
});
