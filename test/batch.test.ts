// Whole-archive behaviour of `minutes parse`, through the built CLI
// (bin/minutes.js → dist/, built by `npm test`'s pretest) so the worker
// threads run for real: order and byte-identity across --jobs, mirrored and
// atomic --out, --skip-unchanged, one mixed batch of bad inputs, no progress
// bar off a terminal, a closed stdout pipe. In-process runs (no worker URL)
// cover the progress bar on a terminal and colour.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { CommandIO } from '../src/cli/parse-command.js';
import { MIN_FILES_PER_WORKER } from '../src/cli/parse-command.js';
import { processFile } from '../src/batch.js';
import { WRITERS } from '../src/write/index.js';
import type { MinutesDocument } from '../src/schema/document.js';
import { fixtureCases } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'minutes.js');
const TMP = mkdtempSync(join(tmpdir(), 'minutes-batch-'));

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? TMP, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...options.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The project's own fixtures, varied per file (names, figures, item numbers) so documents differ.
const SOURCES = fixtureCases().map((c) => c.input);
const NAMES = ['Patel', 'Okafor', 'Hughes', 'Nowak', 'Fraser', 'Begum', 'Lloyd', 'Kaur'];
function minutesText(i: number): string {
  const base = SOURCES[i % SOURCES.length];
  const name = NAMES[i % NAMES.length];
  return `${i % 40}.    Item ${i}\n\n${base.replace(/\bPatel\b/g, name).replace(/£3\.2m/g, `£${i % 9}.${i % 7}m`)}\n\nCouncillor ${name} thanked officers.\n`;
}

/** count files under dir in nested folders; created in reverse order so listing order is not sorted order. */
function makeArchive(dir: string, count: number): string[] {
  const files: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const sub = join(dir, `body-${i % 3}`, i % 2 ? 'b' : 'a');
    mkdirSync(sub, { recursive: true });
    const f = join(sub, `m${String(i).padStart(4, '0')}.txt`);
    writeFileSync(f, minutesText(i));
    files.push(f);
  }
  return files.sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

const ndjson = (text: string): MinutesDocument[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as MinutesDocument);

describe('parse a whole archive', () => {
  const archive = join(TMP, 'archive');
  let files: string[] = [];
  // Enough files that --jobs 2 really starts two worker threads.
  const COUNT = MIN_FILES_PER_WORKER * 2 + 40;

  beforeAll(() => {
    files = makeArchive(archive, COUNT);
  });

  it('writes documents in sorted input order, byte-identical whatever --jobs is', () => {
    const one = cli(['parse', 'archive/**/*.txt', '--format', 'ndjson', '--jobs', '1', '-q']);
    const two = cli(['parse', 'archive/**/*.txt', '--format', 'ndjson', '--jobs', '2', '-q']);
    const three = cli(['parse', 'archive', '--format', 'ndjson', '--jobs', '3', '-q']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const docs = ndjson(one.stdout);
    expect(docs.map((d) => d.source.path)).toEqual(files.map((f) => relative(TMP, f)));
    expect(docs.every((d) => d.items.length > 0)).toBe(true);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    // The other stream formats too.
    for (const format of ['json', 'csv']) {
      const a = cli(['parse', 'archive', '--format', format, '--jobs', '1', '-q']);
      const b = cli(['parse', 'archive', '--format', format, '--jobs', '2', '-q']);
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
    }
    expect((JSON.parse(cli(['parse', 'archive', '--format', 'json', '--jobs', '2', '-q']).stdout) as MinutesDocument[]).length).toBe(COUNT);
  }, 120_000); // three CLI runs over the archive: slow on a loaded machine, so no default 30 s limit

  it('streams the same bytes the writers make for each document', async () => {
    const some = files.slice(0, 3);
    const docs = await Promise.all(some.map(async (f) => (await processFile(f)).document));
    for (const format of ['json', 'ndjson', 'csv'] as const) {
      const expected = WRITERS[format].begin(3) + docs.map((d, i) => WRITERS[format].document(d, i, 3, false)).join('') + WRITERS[format].end(3);
      const io = memoryIO();
      expect(await main(['parse', ...some, '--format', format, '-q'], io)).toBe(0);
      expect(io.out()).toBe(expected);
    }
  });

  /** Every row of every table of a database, in rowid order. */
  const dump = (file: string): string[] => {
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like '%fts%' and name not like 'sqlite_%' order by name").all() as { name: string }[];
      return tables.map((t) => `${t.name} ${JSON.stringify(db.prepare(`select * from "${t.name}" order by rowid`).all())}`);
    } finally {
      db.close();
    }
  };

  it('fills the same --db database whatever --jobs is (the sink runs on the main thread, in order)', () => {
    expect(cli(['parse', 'archive', '--db', 'one.db', '--jobs', '1', '-q']).code).toBe(0);
    const two = cli(['parse', 'archive', '--db', 'two.db', '--jobs', '2', '-q']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe('');
    const one = dump(join(TMP, 'one.db'));
    expect(one.find((t) => t.startsWith('documents '))).toContain(relative(TMP, files[0]));
    expect(dump(join(TMP, 'two.db'))).toEqual(one);
  });

  it('skips unchanged files unparsed in the worker threads when the database is the only output', () => {
    expect(cli(['parse', 'archive', '--db', 'rerun.db', '--jobs', '2', '-q']).code).toBe(0);
    const before = dump(join(TMP, 'rerun.db'));
    // Read as PDF these text files would all fail: the re-run succeeds because none is parsed.
    const again = cli(['parse', 'archive', '--db', 'rerun.db', '--jobs', '2', '--from', 'pdf', '--report', 'rerun.json']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`minutes: rerun.db: 0 written, 0 replaced, ${COUNT} unchanged\n`);
    const report = JSON.parse(readFileSync(join(TMP, 'rerun.json'), 'utf8'));
    expect(report).toMatchObject({ files: COUNT, parsed: 0, skipped: COUNT, failed: 0, jobs: 2 });
    expect(report.bytes).toBe(files.reduce((n, f) => n + statSync(f).size, 0));
    expect(dump(join(TMP, 'rerun.db'))).toEqual(before);
  });

  it('applies minutes.config.json in every worker thread', () => {
    const dir = join(TMP, 'configured');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'minutes.config.json'), JSON.stringify({ resolutionLeadIns: ['IT WAS DETERMINED'] }));
    for (let i = 0; i < MIN_FILES_PER_WORKER * 2 + 2; i++) {
      writeFileSync(join(dir, `m${String(i).padStart(3, '0')}.txt`), `${i + 1}. Budget ${i}\n\nIT WAS DETERMINED that the report be noted.\n`);
    }
    const one = cli(['parse', '.', '--format', 'ndjson', '--jobs', '1', '-q'], { cwd: dir });
    const two = cli(['parse', '.', '--format', 'ndjson', '--jobs', '2', '-q'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const docs = ndjson(two.stdout);
    expect(docs.every((d) => d.items[0]?.resolutions[0]?.text === 'the report be noted.')).toBe(true);
  });

  it('mirrors the input tree under --out: same-named files in different folders never collide', () => {
    const tree = join(TMP, 'tree');
    for (const d of ['north', 'south', 'south/annex']) {
      mkdirSync(join(tree, d), { recursive: true });
      writeFileSync(join(tree, d, 'minutes.txt'), minutesText(d.length));
    }
    // Same name, different format, same folder: both kept, each with its source extension.
    writeFileSync(join(tree, 'north', 'minutes.md'), `# Minutes\n\n## 1. Apologies\n\nNone.\n`);
    const r = cli(['parse', 'tree', '--out', 'tree-out', '-q']);
    expect(r.code).toBe(0);
    const out = join(TMP, 'tree-out');
    expect(walk(out).map((f) => relative(out, f))).toEqual(['north/minutes.md.json', 'north/minutes.txt.json', 'south/annex/minutes.json', 'south/minutes.json']);
    for (const [output, input] of [
      ['south/annex/minutes.json', 'tree/south/annex/minutes.txt'],
      ['south/minutes.json', 'tree/south/minutes.txt'],
      ['north/minutes.md.json', 'tree/north/minutes.md'],
    ]) {
      expect((JSON.parse(readFileSync(join(out, output), 'utf8')) as MinutesDocument).source.path).toBe(input);
    }
  });

  it('--skip-unchanged skips inputs whose output records the same source hash and tool version', () => {
    const out = join(TMP, 'skip-out');
    const first = cli(['parse', 'archive', '--out', out, '--skip-unchanged', '--report', 'skip1.json', '-q']);
    expect(first.code).toBe(0);
    const report1 = JSON.parse(readFileSync(join(TMP, 'skip1.json'), 'utf8'));
    expect([report1.parsed, report1.skipped]).toEqual([COUNT, 0]);
    const target = join(out, 'body-0', 'a', 'm0000.json');
    const before = statSync(target).mtimeMs;

    writeFileSync(files[5], minutesText(5).replace('Item 5', 'Item 5 (amended)'));
    // An output written by another tool version is parsed again too.
    const other = join(out, relative(archive, files[7]).replace(/\.txt$/, '.json'));
    writeFileSync(other, readFileSync(other, 'utf8').replace(/"tool":"[^"]*"/, '"tool":"0.0.0-old"'));
    const second = cli(['parse', 'archive', '--out', out, '--skip-unchanged', '--report', 'skip2.json', '-q', '--jobs', '2']);
    expect(second.code).toBe(0);
    const report2 = JSON.parse(readFileSync(join(TMP, 'skip2.json'), 'utf8'));
    expect([report2.parsed, report2.skipped]).toEqual([2, COUNT - 2]);
    expect(statSync(target).mtimeMs).toBe(before);
    const changed = JSON.parse(readFileSync(join(out, relative(archive, files[5]).replace(/\.txt$/, '.json')), 'utf8')) as MinutesDocument;
    expect(changed.source.sha256).toBe(createHash('sha256').update(readFileSync(files[5])).digest('hex'));
    expect(JSON.parse(readFileSync(other, 'utf8')).source.tool).not.toBe('0.0.0-old');
    // Without --out there is nothing to compare with: a usage error.
    expect(cli(['parse', 'archive', '--skip-unchanged']).code).toBe(2);
  });

  it('leaves no partial output file when killed mid-run (SIGKILL)', async () => {
    const big = join(TMP, 'big');
    makeArchive(big, 1500);
    const out = join(TMP, 'killed-out');
    const child = spawn(process.execPath, [BIN, 'parse', 'big', '--out', out, '-q', '--jobs', '2'], { cwd: TMP, stdio: 'ignore' });
    // Kill it once some outputs exist, well before the end.
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline && !(existsSync(out) && walk(out).length >= 20)) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const written = walk(out);
    const finals = written.filter((f) => f.endsWith('.json'));
    expect(finals.length).toBeGreaterThan(0);
    expect(finals.length).toBeLessThan(1500);
    // Every final file is a complete document; a temporary file may remain, never under a final name.
    for (const f of finals) expect((JSON.parse(readFileSync(f, 'utf8')) as MinutesDocument).schemaVersion).toBe('1');
    for (const f of written.filter((w) => !w.endsWith('.json'))) expect(f).toMatch(/\/\.[^/]+\.json\.\d+\.\d+\.tmp$/);
  });

  it('keeps going past every kind of bad file: each named on stderr and in the report, every other file written, exit 1', () => {
    const mixed = join(TMP, 'mixed');
    const good = makeArchive(join(mixed, 'good'), MIN_FILES_PER_WORKER * 2 + 6);
    const bad = join(mixed, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.txt'), '  \n\n \t\n');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(bad, 'huge.txt'), minutesText(1).repeat(40));
    // Latin-1 bytes: not a failure, a warning; the document is still written.
    writeFileSync(join(bad, 'latin1.txt'), Buffer.concat([Buffer.from('1. Budget\n\nThe Committee noted the caf'), Buffer.from([0xe9]), Buffer.from(' report.\n\nRESOLVED that the report be noted.\n')]));
    symlinkSync(join(bad, 'nowhere'), join(bad, 'vanished.txt'));
    const locked = join(bad, 'locked.txt');
    writeFileSync(locked, minutesText(2));
    chmodSync(locked, 0);
    const asRoot = process.getuid?.() === 0;

    const r = cli(['parse', 'mixed/**/*.txt', 'mixed/bad/vanished.txt', 'mixed/bad/locked.txt', '--out', 'mixed-out', '--max-bytes', '20000', '--report', 'mixed.json', '--jobs', '2', '--no-color']);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(TMP, 'mixed.json'), 'utf8'));
    const failures = new Map<string, { id: string; message: string }>(report.failures.map((f: { file: string; id: string; message: string }) => [f.file, f]));
    const expected: [string, string, RegExp][] = [
      ['mixed/bad/empty.txt', 'empty-input', /empty/],
      ['mixed/bad/blank.txt', 'empty-input', /no text/],
      ['mixed/bad/binary.txt', 'binary-input', /binary/],
      ['mixed/bad/huge.txt', 'input-too-large', /at most 20000/],
      ['mixed/bad/vanished.txt', 'unreadable-input', /names no file|not found/],
    ];
    if (!asRoot) expected.push(['mixed/bad/locked.txt', 'unreadable-input', /permission denied/]);
    for (const [file, id, message] of expected) {
      expect(failures.get(file)?.id, file).toBe(id);
      expect(failures.get(file)?.message).toMatch(message);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}\\S*  error  .+  ${id}$`, 'm'));
    }
    expect(report.failed).toBe(expected.length);
    expect(failures.has('mixed/bad/latin1.txt')).toBe(false);
    expect(r.stderr).toMatch(/^mixed\/bad\/latin1\.txt:[\d:]+  warning  .*not UTF-8.*  legacy-encoding$/m);
    // Every good file (and the mis-encoded one) is written in full.
    for (const f of [...good, join(bad, 'latin1.txt')]) {
      const doc = JSON.parse(readFileSync(join(TMP, 'mixed-out', relative(mixed, f).replace(/\.txt$/, '.json')), 'utf8')) as MinutesDocument;
      expect(doc.items.length).toBeGreaterThan(0);
    }
    // The summary names the failed files too.
    expect(r.stderr).toMatch(/minutes: \d+ files, \d+ parsed, \d+ failed/);
    expect(r.stderr).toContain('failed mixed/bad/binary.txt: Unexpected binary data');
  });

  it('prints no progress bar and no colour when stderr is not a terminal; the summary still comes', () => {
    const r = cli(['parse', 'archive', '--format', 'ndjson', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\r|\x1b\[/);
    expect(r.stderr).not.toContain('files/s');
    expect(r.stderr).toMatch(new RegExp(`^minutes: ${COUNT} files, ${COUNT} parsed, 0 failed$`, 'm'));
    expect(r.stderr).toMatch(/^ {2}\d+ items, \d+ resolutions, \d+ actions, \d+ questions$/m);
    expect(r.stderr).toMatch(/MB\/s/);
    // --quiet: nothing on stderr for a clean run.
    expect(cli(['parse', 'archive', '--format', 'ndjson', '-q']).stderr).toBe('');
  });

  it('ends quietly with exit 0 when stdout is closed early (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'parse', 'archive', '--format', 'ndjson', '--jobs', '2'], { cwd: TMP, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|internal error|Error:/);
  });
});

/** An in-memory stdout/stderr; `tty` makes stderr claim to be a terminal. */
function memoryIO(tty = false, env: Record<string, string | undefined> = {}): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdout = new Writable({ write: (c, _e, cb) => ((out += c), cb()) });
  const stderr = Object.assign(new Writable({ write: (c, _e, cb) => ((err += c), cb()) }), { isTTY: tty });
  return { stdout, stderr, readStdin: async () => new Uint8Array(), env, out: () => out, err: () => err };
}

describe('progress and colour on a terminal', () => {
  const dir = join(TMP, 'tty');
  beforeAll(() => makeArchive(dir, 30));

  it('draws a progress bar with files done, rate and ETA, and colours the summary', async () => {
    const io = memoryIO(true);
    expect(await main(['parse', dir, '--format', 'ndjson'], io)).toBe(0);
    expect(io.err()).toMatch(/\r\x1b\[2K\[.*\] 30\/30 files {2}\d+ files\/s {2}ETA \d+s/);
    expect(io.err()).toMatch(/\x1b\[32m/);
    expect(ndjson(io.out())).toHaveLength(30);
  });

  it('has no colour with NO_COLOR or --no-color, and no bar with --quiet', async () => {
    const noColor = memoryIO(true, { NO_COLOR: '1' });
    await main(['parse', dir, '--format', 'ndjson'], noColor);
    expect(noColor.err()).toContain('files/s');
    expect(noColor.err()).not.toMatch(/\x1b\[\d+m/);
    const flag = memoryIO(true);
    await main(['parse', dir, '--format', 'ndjson', '--no-color'], flag);
    expect(flag.err()).not.toMatch(/\x1b\[\d+m/);
    const quiet = memoryIO(true);
    await main(['parse', dir, '--format', 'ndjson', '--quiet'], quiet);
    expect(quiet.err()).toBe('');
  });
});
