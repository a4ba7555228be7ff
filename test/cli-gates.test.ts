// CI gates hold on a re-run: a file skipped as unchanged (--db,
// --skip-unchanged) keeps its stored failure and warnings for the exit code,
// --frail and the summary; --frail says why it failed even under --quiet;
// an output that cannot be written is one line and exit 1, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const MINUTES = 'Minutes of the Planning Committee held on 2 February 2022\n\n6.    Harbour Road Depot\n\nRESOLVED that outline permission be granted.\n';
// No item, resolution or minutes marker: a not-minutes warning.
const SHOPPING = 'eggs\nflour\nsugar\n';

let dir = '';
const at = (p: string): string => join(dir, p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-gates-'));
  mkdirSync(at('failing'));
  writeFileSync(at('failing/good.txt'), MINUTES);
  writeFileSync(at('failing/binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(at('warning'));
  writeFileSync(at('warning/good.txt'), MINUTES);
  writeFileSync(at('warning/list.txt'), SHOPPING);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a re-run keeps the failures and warnings of the files it skips', () => {
  it('--db: a failed file fails the re-run too, and is named in the summary', async () => {
    const db = at('failing.db');
    const first = await runCli(['parse', at('failing'), '--db', db]);
    expect(first.code).toBe(1);
    const again = await runCli(['parse', at('failing'), '--db', db]);
    expect(again.stderr).toContain('2 unchanged');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/binary\.txt {2}error {2}.*binary-input/);
    expect(again.stderr).toContain('2 skipped (unchanged), 1 failed');
  });

  it('--db --frail: warnings stored with a skipped file still fail the gate', async () => {
    const db = at('warning.db');
    expect((await runCli(['parse', at('warning'), '--db', db, '--frail'])).code).toBe(1);
    const again = await runCli(['parse', at('warning'), '--db', db, '--frail']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('warnings: not-minutes ×1');
  });

  it('--out --skip-unchanged: the same, from the output files', async () => {
    const out = at('out');
    expect((await runCli(['parse', at('failing'), '--out', out, '--skip-unchanged'])).code).toBe(1);
    const again = await runCli(['parse', at('failing'), '--out', out, '--skip-unchanged']);
    expect(again.stderr).toContain('2 skipped (unchanged), 1 failed');
    expect(again.code).toBe(1);
    expect((await runCli(['parse', at('warning'), '--out', out, '--skip-unchanged', '--frail'])).code).toBe(1);
    expect((await runCli(['parse', at('warning'), '--out', out, '--skip-unchanged', '--frail'])).code).toBe(1);
  });
});

describe('--frail', () => {
  it('with -q exits 1 and says why in one line', async () => {
    const r = await runCli(['parse', at('warning/list.txt'), '--frail', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('minutes: exit 1 under --frail: 1 warning (not-minutes ×1)\n');
  });
});

describe('an output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on /dev/full: one line, exit 1, no stack trace', () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    for (const format of ['json', 'csv']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'minutes.js')}" parse --format ${format} "${at('warning/good.txt')}" > /dev/full`], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('minutes: cannot write the output: ENOSPC: no space left on device, write\n');
    }
  });
});
