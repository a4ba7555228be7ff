#!/usr/bin/env node
// Benchmark of `minutes parse --db` against `--format ndjson > /dev/null` on a
// synthetic archive made from the project's own fixtures (fixed seed, so every
// run measures the same files). Goal: --db within 1.5x of NDJSON.
//
//   node scripts/bench-db.mjs [--files 10000] [--runs 3] [--archive DIR] [--json] [--max-ratio 1.5]
//
// --archive reuses an existing archive (e.g. the one scripts/bench.mjs made)
// instead of generating one under the system temp folder. Needs a build
// (npm run build). Prints files/s for each mode and the ratio of wall times
// (and of CPU times, steadier on a busy machine); with --json one JSON object
// instead. With --max-ratio it exits 1 when the wall ratio is above it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'minutes.js');
const SEED = 20241112;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const FILES = Number(option('files', '10000'));
const RUNS = Number(option('runs', '3'));
const JSON_OUT = process.argv.includes('--json');
const MAX_RATIO = option('max-ratio', undefined);

const random = mulberry32;

/** Text fixtures of the repository: fixture cases, fixtures/db and the bundled examples. */
function fixtureTexts() {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name) && statSync(p).size > 0) found.push(p);
    }
  };
  walk(join(ROOT, 'fixtures'));
  return found.sort().map((p) => ({ ext: p.endsWith('.md') ? '.md' : '.txt', text: readFileSync(p, 'utf8') }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** N files below DIR/NN/: a fixture with its dates moved, so every file is distinct. */
function generate(dir, n) {
  const marker = join(dir, '.minutes-bench-db');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === `${SEED} ${n}`) return;
  rmSync(dir, { recursive: true, force: true });
  const texts = fixtureTexts();
  if (texts.length === 0) throw new Error('no fixture texts under fixtures/');
  const rand = random(SEED);
  for (let i = 0; i < n; i++) {
    const base = texts[Math.floor(rand() * texts.length)];
    const year = 2015 + Math.floor(rand() * 11);
    const month = MONTHS[Math.floor(rand() * 12)];
    const text = base.text.replace(/\b20\d\d\b/g, String(year)).replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, month);
    const sub = join(dir, String(i % 100).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `minutes-${String(i).padStart(6, '0')}${base.ext}`), `${text}\n\nMeeting reference ${i}.\n`);
  }
  writeFileSync(marker, `${SEED} ${n}`);
}

/**
 * One CLI run, stdout to /dev/null: wall seconds, and CPU seconds (user + system)
 * reported by a preloaded exit hook. CPU time is the steadier figure on a busy machine.
 */
function time(args) {
  const out = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', CPU_HOOK, CLI, 'parse', ...args, '-q'], { stdio: ['ignore', out, 'pipe'], env: { ...process.env, MINUTES_BENCH_CPU: CPU_FILE } });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`minutes ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = JSON.parse(readFileSync(CPU_FILE, 'utf8'));
  return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
  console.error('bench-db: run npm run build first');
  process.exit(2);
}
const archive = option('archive', join(tmpdir(), `minutes-bench-db-${FILES}`));
if (!process.argv.includes('--archive')) generate(archive, FILES);
const count = spawnSync('find', ['-L', archive, '-type', 'f', '(', '-name', '*.txt', '-o', '-name', '*.md', ')'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
const work = join(tmpdir(), `minutes-bench-db-work-${process.pid}`);
mkdirSync(work, { recursive: true });
const CPU_HOOK = join(work, 'cpu-hook.cjs');
const CPU_FILE = join(work, 'cpu.json');
writeFileSync(CPU_HOOK, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MINUTES_BENCH_CPU, JSON.stringify(process.cpuUsage())));\n");
const db = join(work, 'bench.sqlite');
const removeDb = () => {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
};

// Interleaved runs, so a busy machine slows both modes alike; the medians are compared.
const ndjson = [];
const sqlite = [];
const rerun = [];
for (let r = 0; r < RUNS; r++) {
  ndjson.push(time([archive, '--format', 'ndjson']));
  removeDb();
  sqlite.push(time([archive, '--db', db]));
  rerun.push(time([archive, '--db', db]));
}
const dbBytes = statSync(db).size;
removeDb();
rmSync(work, { recursive: true, force: true });

const wall = (runs) => median(runs.map((r) => r.wall));
const cpu = (runs) => median(runs.map((r) => r.cpu));
const rate = (seconds) => Math.round(count / seconds);
const result = {
  files: count,
  runs: RUNS,
  ndjsonFilesPerSecond: rate(wall(ndjson)),
  dbFilesPerSecond: rate(wall(sqlite)),
  dbUnchangedRerunFilesPerSecond: rate(wall(rerun)),
  ratio: Number((wall(sqlite) / wall(ndjson)).toFixed(2)),
  cpuRatio: Number((cpu(sqlite) / cpu(ndjson)).toFixed(2)),
  dbMegabytes: Number((dbBytes / 1e6).toFixed(1)),
};
if (JSON_OUT) {
  console.log(JSON.stringify(result));
} else {
  const line = (label, runs, perSecond, extra = '') =>
    console.log(`${label.padEnd(30)}${String(perSecond).padStart(6)} files/s  (${wall(runs).toFixed(2)} s wall, ${cpu(runs).toFixed(2)} s CPU${extra})`);
  console.log(`archive: ${archive} (${count} files), median of ${RUNS} interleaved runs`);
  line('--format ndjson > /dev/null', ndjson, result.ndjsonFilesPerSecond);
  line('--db (new database)', sqlite, result.dbFilesPerSecond, `, ${result.dbMegabytes} MB`);
  line('--db (re-run, all unchanged)', rerun, result.dbUnchangedRerunFilesPerSecond);
  console.log(`ratio --db / ndjson: ${result.ratio}x wall, ${result.cpuRatio}x CPU  (goal: at most 1.5x)`);
}
if (MAX_RATIO !== undefined && result.ratio > Number(MAX_RATIO)) process.exit(1);
