// minutes inspect: each line with its class and rule, records beside their
// lines, warnings inline; plain unless a terminal asks for colour; --rule filters.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { annotate, renderInspect, useColour } from '../src/cli/inspect-command.js';
import { parseMinutes } from '../src/parse-text.js';
import { textToLines } from '../src/read/text.js';
import { tokenize } from '../src/tokenize/classify.js';
import { runCli } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLE = join(ROOT, 'fixtures', 'examples', 'budget-item.txt');

const TEXT = [
  'Parish Council',
  '',
  '  RESOLVED that the agenda be taken as read.',
  '',
  '4. Play Area',
  '',
  'Jo Marsh, Facilities Officer, introduced the report on the play area.',
  '',
  'Councillor Dent queried the cost of the new swings. The Facilities Officer explained that the cost was £12,000.',
  '',
  'The Facilities Officer agreed to circulate the inspection report.',
  '',
  'RESOLVED that the play area works be approved.',
].join('\n');

function view(text: string) {
  const { document, warnings } = parseMinutes(text, { path: 'play.txt' });
  return { tokens: tokenize(textToLines(text)), document, warnings };
}

const cli = (argv: string[], stdout: Partial<NodeJS.WriteStream> = {}) => runCli(argv, stdout);

describe('annotations', () => {
  it('explains each record by the rules that produced it', () => {
    const v = view(TEXT);
    const notes = annotate(v.document, v.tokens);
    const at = (record: string) => notes.find((n) => n.record === record)!;
    expect(at('item')).toMatchObject({ line: 5, rules: ['numbered-heading'] });
    expect(at('presenter')).toMatchObject({ line: 7, rules: ['presenter-subject-verb'], text: 'Jo Marsh (Facilities Officer)' });
    expect(at('question')).toMatchObject({ line: 9, rules: ['question-asker-verb'] });
    expect(at('action')).toMatchObject({ line: 11, rules: ['commitment-agreed-to'] });
    expect(at('resolution')).toMatchObject({ line: 13, rules: ['resolved-lead-in', 'resolution-lead-in', 'resolution-kind-approved'] });
  });
});

describe('rendering', () => {
  it('shows line number, class, rule and text, records under their line, warnings inline', () => {
    const out = renderInspect(view(TEXT), 'play.txt', { colour: false });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ 1 {2}text\s+text\s+│ Parish Council$/);
    expect(out).toMatch(/^ 3 {2}resolved\s+resolved-lead-in\s+│ RESOLVED that the agenda be taken as read\.$/m);
    const three = lines.findIndex((l) => l.startsWith(' 3 '));
    expect(lines[three + 1].trim()).toBe('⚠ warning MIN011 Unexpected RESOLVED before any agenda item, expected it inside an item  resolution-outside-item');
    const seven = lines.findIndex((l) => l.startsWith(' 7 '));
    expect(lines[seven + 1].trim()).toBe('↳ presenter: Jo Marsh (Facilities Officer)  ‹presenter-subject-verb›');
    expect(out).toContain('↳ resolution: [approved] the play area works be approved.  ‹resolved-lead-in, resolution-lead-in, resolution-kind-approved›');
    // Plain: no escape codes.
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('--rule keeps only the lines and records of that rule', () => {
    const out = renderInspect(view(TEXT), 'play.txt', { colour: false, rule: 'resolved-lead-in' });
    const sourceLines = out.split('\n').filter((l) => l.includes('│'));
    expect(sourceLines.map((l) => l.trim().split(/\s+/)[0])).toEqual(['3', '13']);
    expect(out).toContain('↳ resolution: [approved]');
    expect(out).not.toContain('presenter');
    const kinds = renderInspect(view(TEXT), 'play.txt', { colour: false, rule: 'commitment-agreed-to' });
    expect(kinds.split('\n').filter((l) => l.includes('│'))).toHaveLength(1);
    expect(kinds).toContain('↳ action: The Facilities Officer agreed to circulate the inspection report.');
  });

  it('colours when asked', () => {
    const out = renderInspect(view(TEXT), 'play.txt', { colour: true });
    expect(out).toMatch(/\u001b\[32m\u001b\[1mresolved/);
  });

  it('colours only on a terminal without NO_COLOR or --no-color; FORCE_COLOR forces it', () => {
    const tty = { isTTY: true } as unknown as NodeJS.WritableStream;
    const pipe = {} as NodeJS.WritableStream;
    expect(useColour(tty, {}, {})).toBe(true);
    expect(useColour(pipe, {}, {})).toBe(false);
    expect(useColour(tty, {}, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(tty, { color: false }, {})).toBe(false);
    expect(useColour(pipe, {}, { FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('minutes inspect (CLI)', () => {
  it('prints the example plain when stdout is not a terminal, exit 0', async () => {
    const r = await cli(['inspect', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^25 {2}resolved\s+resolved-lead-in\s+│ RESOLVED that:$/m);
    expect(r.stdout).toContain('↳ resolution: (1) [noted] The forecast position at quarter 2 be noted.');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours on a terminal unless --no-color', async () => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    try {
      expect((await cli(['inspect', EXAMPLE], { isTTY: true })).stdout).toMatch(/\u001b\[/);
      expect((await cli(['inspect', EXAMPLE, '--no-color'], { isTTY: true })).stdout).not.toMatch(/\u001b\[/);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('--rule takes the id of any declared rule, not only line rules', async () => {
    const r = await cli(['inspect', EXAMPLE, '--rule', 'commitment-agreed-to']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('↳ action: The Head of Finance agreed to circulate');
    expect(r.stdout).not.toContain('↳ resolution:');
  });

  it('exits 2 for an unknown rule or no file, 1 for a missing file', async () => {
    const unknown = await cli(['inspect', EXAMPLE, '--rule', 'no-such-rule']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "no-such-rule"');
    expect((await cli(['inspect'])).code).toBe(2);
    const missing = await cli(['inspect', join(ROOT, 'fixtures', 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('file not found');
  });
});

describe('provenance', () => {
  it('records carry line, column and end; --with-source adds the exact source text', () => {
    const text = 'Parish Council\n\n4. Play Area\n\n    Councillor Dent queried the cost of the new\n    swings for the play area on the green.\n\nRESOLVED that the works be approved.\n';
    const plain = parseMinutes(text).document.items[0];
    expect(plain.questions[0]).toMatchObject({ line: 5, column: 5, end: 6 });
    expect(plain.questions[0].source).toBeUndefined();
    const doc = parseMinutes(text, { withSource: true }).document;
    const item = doc.items[0];
    expect(item.questions[0].source).toBe('Councillor Dent queried the cost of the new\n    swings for the play area on the green.');
    expect(item.resolutions[0]).toMatchObject({ line: 8, source: 'RESOLVED that the works be approved.' });
  });

  it('parse --with-source on the command line', async () => {
    const r = await cli(['parse', EXAMPLE, '--with-source']);
    const item = JSON.parse(r.stdout).items[0];
    expect(item.presenters[0].source).toBe('Sarah Okafor, Head of Finance, introduced the report and highlighted that:');
    expect(item.actions[0].source).toBe('The Head of Finance agreed to circulate the breakdown of agency staffing costs to Members by 15 November 2024.');
  });
});
