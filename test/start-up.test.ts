// What a one-file `minutes parse` loads, and bin/minutes.js's use of V8's
// code cache (dist/cli.cache): taken for the bundle it was made from, never
// for an edited one. Runs the built CLI (npm test builds first). How fast
// start-up is, is measured by scripts/bench.mjs, not here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'fixtures', 'examples', 'budget-item.txt');
const TMP = mkdtempSync(join(tmpdir(), 'minutes-start-up-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Started {
  /** Whether bin/minutes.js compiled the bundle from the code cache. */
  cached: boolean;
  /** Files loaded through require (the vendor bundles, node_modules). */
  files: string[];
  /** Node's built-in modules loaded by the run. */
  builtins: string[];
  stdout: string;
}

/** Runs `minutes parse SAMPLE` through bin/minutes.js under `root`, reporting what it loaded; with writeCache as the build does. */
function start(root: string, writeCache = false): Started {
  const script = [
    "const before = new Set(process.moduleLoadList); process.argv.splice(1, 0, 'minutes');",
    `const cached = require(${JSON.stringify(join(root, 'bin', 'minutes.js'))}).start({ writeCache: ${writeCache} });`,
    "process.on('exit', () => process.stderr.write(JSON.stringify({ cached, files: Object.keys(require.cache), builtins: process.moduleLoadList.filter((m) => !before.has(m)) })));",
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script, 'parse', SAMPLE], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return { ...(JSON.parse(r.stderr) as Omit<Started, 'stdout'>), stdout: r.stdout };
}

describe('start-up', () => {
  it('a one-file text parse loads no vendor bundle, no worker threads, no commander', () => {
    const r = start(ROOT);
    expect(r.files.filter((f) => !f.endsWith(join('bin', 'minutes.js')))).toEqual([]);
    for (const m of ['worker_threads', 'child_process', 'perf_hooks', 'url']) expect(r.builtins).not.toContain(`NativeModule ${m}`);
    expect(JSON.parse(r.stdout).source.path).toBe(SAMPLE);
  });

  // V8 rejects a cache made under other V8 flags: NODE_OPTIONS may differ from the build's.
  it.skipIf(process.env.NODE_OPTIONS)('bin/minutes.js takes the code cache made by the build', () => {
    expect(start(ROOT).cached).toBe(true);
  });

  it('an edited bundle is compiled from its source, not from the cache of the old one', () => {
    const copy = join(TMP, 'copy');
    for (const d of ['bin', 'dist']) cpSync(join(ROOT, d), join(copy, d), { recursive: true });
    const bundle = join(copy, 'dist', 'cli.cjs');
    // A copied bundle has another modification time: its cache is made again, as the build does.
    expect(start(copy).cached).toBe(false);
    start(copy, true);
    expect(start(copy).cached).toBe(true);
    // The same length (V8 checks only that), another tool version in every document.
    const source = readFileSync(bundle, 'utf8');
    expect(source).toContain('VERSION = "0.1.0"');
    writeFileSync(bundle, source.replace('VERSION = "0.1.0"', 'VERSION = "9.9.9"'));
    const r = start(copy);
    expect(r.cached).toBe(false);
    expect(JSON.parse(r.stdout).source.tool).toBe('9.9.9');
  });
});
