// Interfaces people know: a usage error is one line and a hint; --help shows
// examples and defaults; FORCE_COLOR forces colour; --messages json and
// github print the messages for CI annotations.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourEnabled } from '../src/cli/colour.js';
import { formatWarningGithub } from '../src/cli/render.js';
import { runCli } from './helpers.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-interface-'));
  writeFileSync(join(dir, 'recipe.txt'), 'Scones\n\nflour, butter, milk\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('usage errors', () => {
  it.each([
    [['parse', 'a.txt', '--bogus'], "minutes: unknown option '--bogus'", 'minutes parse'],
    [['parse'], "minutes: missing required argument 'inputs'", 'minutes parse'],
    [['parse', '--format', 'xml', 'a.txt'], "minutes: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, csv.", 'minutes parse'],
    [['frob'], "minutes: unknown command 'frob'", 'minutes'],
  ])('%j → one line and a hint, exit 2', async (argv, line, command) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\nTry '${command} --help' for the options and examples.\n`);
  });
});

describe('--help', () => {
  it('parse --help shows examples, exit codes and defaults', async () => {
    const r = await runCli(['parse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:\n  minutes parse minutes.pdf --pretty');
    expect(r.stdout).toContain('Exit codes: 0');
    expect(r.stdout).toMatch(/--max-bytes <n> +refuse files larger than N bytes \(default: 67108864/);
  });

  it('minutes --help shows examples', async () => {
    expect((await runCli(['--help'])).stdout).toContain("Examples:\n  minutes parse minutes.pdf");
  });
});

describe('colour', () => {
  it('FORCE_COLOR turns it on in a pipe, FORCE_COLOR=0 off on a terminal; --no-color always wins', () => {
    expect(colourEnabled({ isTTY: false }, undefined, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled({ isTTY: false }, undefined, { FORCE_COLOR: '' })).toBe(true);
    expect(colourEnabled({ isTTY: true }, undefined, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, undefined, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: false }, false, { FORCE_COLOR: '1' })).toBe(false);
    expect(colourEnabled({ isTTY: true }, undefined, {})).toBe(true);
  });
});

describe('--messages', () => {
  it('json: one JSON object per message on stderr, nothing else', async () => {
    const r = await runCli(['parse', join(dir, 'recipe.txt'), join(dir, 'recipe.txt'), '--messages', 'json', '--frail']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        file: join(dir, 'recipe.txt'),
        line: 1,
        column: 1,
        page: null,
        severity: 'warning',
        code: 'MIN006',
        id: 'not-minutes',
        message: 'Unexpected text with no agenda item, resolution or attendance list, expected council minutes',
      },
    ]);
  });

  it('github: workflow annotations, with properties escaped', async () => {
    const r = await runCli(['parse', join(dir, 'recipe.txt'), '--messages', 'github']);
    expect(r.stderr).toBe(`::warning file=${join(dir, 'recipe.txt')},line=1,col=1,title=not-minutes (MIN006)::Unexpected text with no agenda item, resolution or attendance list, expected council minutes\n`);
    expect(formatWarningGithub('a,b:c.txt', { code: 'MIN005', id: 'unreadable-input', severity: 'error', message: '50% read\nthen stopped', line: null })).toBe(
      '::error file=a%2Cb%3Ac.txt,title=unreadable-input (MIN005)::50%25 read%0Athen stopped',
    );
  });
});
