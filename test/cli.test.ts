// The CLI, end to end: every command form and exit code, by spawning the built
// `node bin/minutes.js` (npm test builds first; a missing build is made here).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinutesDocument } from '../src/schema/document.js';
import type { MinutesDocument as Doc } from '../src/schema/document.js';
import { CSV_HEADER } from '../src/write/csv.js';
import { schemaErrors, type JsonSchema } from './json-schema-check.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'minutes.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { cwd?: string; input?: string | Uint8Array } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? dir, input: opts.input, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ALPHA = 'Minutes of the Cabinet held on Thursday, 4 March 2021\n\n5.    Parks Strategy\n\nThe Head of Parks presented the strategy.\n\nRESOLVED that the Parks Strategy be adopted.\n';
const BETA = 'Agenda item\n\nLibrary Opening Hours\n\nMinutes:\n\nCouncillor Shaw queried the Sunday hours. The Libraries Manager explained that they would be reviewed in May.\n\nRESOLVED that the report be noted.\n';
const GAMMA = '# Notes\n\n## 3. Allotments\n\nRESOLVED that the rent increase be approved.\n';

let dir = '';
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'in', 'alpha.txt'), ALPHA);
  writeFileSync(join(dir, 'in', 'beta.txt'), BETA);
  writeFileSync(join(dir, 'in', 'sub', 'gamma.md'), GAMMA);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x89, 0x50, 0x4e, 0x47]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ndjson = (s: string): Doc[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => MinutesDocument.parse(JSON.parse(l)));

describe('minutes parse', () => {
  it('one file → one JSON document on stdout, exit 0', () => {
    const r = run(['parse', 'in/alpha.txt']);
    expect(r.code).toBe(0);
    const doc = MinutesDocument.parse(JSON.parse(r.stdout));
    expect(doc.source.path).toBe('in/alpha.txt');
    expect(doc.meeting.body).toBe('Cabinet');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['5', 'Parks Strategy']]);
    expect(doc.items[0].resolutions.map((x) => [x.text, x.kind])).toEqual([['the Parks Strategy be adopted.', 'adopted']]);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('several files → NDJSON in sorted order, whatever the argument order', () => {
    const r = run(['parse', 'in/beta.txt', 'in/sub/gamma.md', 'in/alpha.txt']);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((d) => d.source.path)).toEqual(['in/alpha.txt', 'in/beta.txt', 'in/sub/gamma.md']);
  });

  it('--format csv → the fixed header, then one row per record', () => {
    const r = run(['parse', '--format', 'csv', 'in/alpha.txt']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain('in/alpha.txt,2021-03-04,Cabinet,5,Parks Strategy,resolution,1,the Parks Strategy be adopted.,,,adopted,7');
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('--out DIR writes DIR/<name>.json per input and nothing on stdout', () => {
    const out = join(dir, 'out-json');
    const r = run(['parse', 'in/alpha.txt', 'in/beta.txt', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['alpha.json', 'beta.json']);
    expect(MinutesDocument.parse(JSON.parse(readFileSync(join(out, 'beta.json'), 'utf8'))).source.path).toBe('in/beta.txt');
  });

  it('--out DIR --format csv writes DIR/<name>.csv with its own header', () => {
    const out = join(dir, 'out-csv');
    expect(run(['parse', 'in/alpha.txt', '--format', 'csv', '--out', out]).code).toBe(0);
    expect(readFileSync(join(out, 'alpha.csv'), 'utf8').split('\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('--pretty indents the JSON; the data is the same', () => {
    const pretty = run(['parse', '--pretty', 'in/alpha.txt']);
    const plain = run(['parse', 'in/alpha.txt']);
    expect(pretty.stdout).toContain('\n  "schemaVersion": "1"');
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('- reads standard input', () => {
    const r = run(['parse', '-'], { input: BETA });
    expect(r.code).toBe(0);
    const doc = MinutesDocument.parse(JSON.parse(r.stdout));
    expect(doc.items[0].title).toBe('Library Opening Hours');
    expect(doc.items[0].questions.map((q) => q.asker)).toEqual(['Councillor Shaw']);
  });

  it('a quoted glob expands to its matches in sorted order', () => {
    const r = run(['parse', 'in/*.txt']);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((d) => d.source.path)).toEqual(['in/alpha.txt', 'in/beta.txt']);
  });

  it('a directory is walked recursively, markdown included', () => {
    const r = run(['parse', 'in']);
    expect(r.code).toBe(0);
    const docs = ndjson(r.stdout);
    expect(docs.map((d) => d.source.path)).toEqual(['in/alpha.txt', 'in/beta.txt', 'in/sub/gamma.md']);
    expect(docs[2].source.format).toBe('markdown');
  });

  it('a missing file → exit 1, stderr names it, the other files are still written', () => {
    const out = join(dir, 'out-missing');
    const r = run(['parse', 'in/alpha.txt', 'in/nope.txt', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('in/nope.txt');
    expect(readdirSync(out)).toContain('alpha.json');
    const s = run(['parse', 'in/alpha.txt', 'in/nope.txt']);
    expect(s.code).toBe(1);
    const docs = ndjson(s.stdout);
    expect(docs.map((d) => d.source.path)).toEqual(['in/alpha.txt', 'in/nope.txt']);
    expect(docs[1].items).toEqual([]);
    expect(docs[1].warnings.map((w) => w.severity)).toEqual(['error']);
  });

  it.each([
    ['empty.txt', /empty/i],
    ['binary.txt', /binary/i],
  ])('%s → exit 1 with a schema-valid error record', (file, message) => {
    const r = run(['parse', file, 'in/alpha.txt']);
    expect(r.code).toBe(1);
    const docs = ndjson(r.stdout);
    const bad = docs.find((d) => d.source.path === file)!;
    expect(bad.items).toEqual([]);
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0].severity).toBe('error');
    expect(bad.warnings[0].message).toMatch(message);
    expect(r.stderr).toContain(file);
    expect(docs.find((d) => d.source.path === 'in/alpha.txt')!.items).toHaveLength(1);
  });

  it.each([
    [['parse', '--bogus', 'in/alpha.txt']],
    [['parse', '--format', 'xml', 'in/alpha.txt']],
    [['parse']],
    [['frobnicate']],
  ])('usage error %j → exit 2, nothing on stdout', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });
});

describe('minutes schema', () => {
  it('prints a JSON Schema that a produced document satisfies and a broken one does not', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as JsonSchema;
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const doc = JSON.parse(run(['parse', 'in/beta.txt']).stdout) as Record<string, unknown>;
    expect(schemaErrors(schema, doc)).toEqual([]);
    const broken = structuredClone(doc) as { items: { resolutions: { kind: string }[] }[]; schemaVersion: string };
    broken.items[0].resolutions[0].kind = 'vetoed';
    broken.schemaVersion = '2';
    expect(schemaErrors(schema, broken)).toEqual(expect.arrayContaining([expect.stringContaining('schemaVersion'), expect.stringContaining('kind')]));
  });
});

describe('minutes validate', () => {
  let good = '';
  let bad = '';
  let many = '';
  beforeAll(() => {
    good = join(dir, 'good.json');
    bad = join(dir, 'bad.json');
    many = join(dir, 'many.ndjson');
    writeFileSync(good, run(['parse', 'in/alpha.txt']).stdout);
    const broken = JSON.parse(readFileSync(good, 'utf8')) as { items: { lines: { start: number } }[] };
    broken.items[0].lines.start = 0;
    writeFileSync(bad, JSON.stringify(broken));
    writeFileSync(many, run(['parse', 'in']).stdout);
  });

  it('a good document → exit 0', () => {
    const r = run(['validate', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 valid, 0 invalid\n');
  });

  it('an NDJSON file of documents → each one checked, exit 0', () => {
    const r = run(['validate', many]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('3 valid, 0 invalid\n');
  });

  it('a bad document → exit 1, stderr names the file and the field', () => {
    const r = run(['validate', good, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('1 valid, 1 invalid\n');
    expect(r.stderr).toContain(`${bad}:1: items.0.lines.start`);
  });

  it('an NDJSON line that is not JSON → exit 1 naming its line', () => {
    const mixed = join(dir, 'mixed.ndjson');
    writeFileSync(mixed, `${readFileSync(good, 'utf8').trim()}\n{not json\n`);
    const r = run(['validate', mixed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${mixed}:2:`);
  });

  it('a validate of parse output piped through stdin', () => {
    const r = run(['validate', '-'], { input: readFileSync(many, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('3 valid, 0 invalid\n');
  });
});

describe('--version and --help', () => {
  it('--version prints the package version, exit 0', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['parse', 'schema', 'validate']) expect(r.stdout).toContain(c);
  });

  it('parse --help lists the options, exit 0', () => {
    const r = run(['parse', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--format', '--out', '--pretty']) expect(r.stdout).toContain(o);
  });
});
