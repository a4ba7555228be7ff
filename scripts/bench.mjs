#!/usr/bin/env node
// `npm run bench`: a synthetic archive built from the project's own fixtures
// (fixtures/cases/*/input.txt and fixtures/examples/*.txt, recombined and
// mutated with a fixed seed), then the same batch at --jobs 1 and --jobs N,
// compared with a read-and-split-lines pass over the same files and with a
// bare `node -e 0` start-up.
//
//   node scripts/bench.mjs [--files 10000] [--dir .bench/archive] [--runs 3] [--regenerate] [--generate-only]
import { spawn, spawnSync } from 'node:child_process';
import fg from 'fast-glob';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const FILES = Number(arg('files', '10000'));
const DIR = resolve(arg('dir', join(ROOT, '.bench', 'archive')));
const RUNS = Number(arg('runs', '3'));
const SEED = 20241115;

const prng = mulberry32;

/** The fixture texts the archive is made of. */
function fixtureTexts() {
  const texts = [];
  const cases = join(ROOT, 'fixtures', 'cases');
  if (existsSync(cases)) {
    for (const d of readdirSync(cases).sort()) {
      const f = join(cases, d, 'input.txt');
      if (existsSync(f)) texts.push(readFileSync(f, 'utf8'));
    }
  }
  const examples = join(ROOT, 'fixtures', 'examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(examples, f), 'utf8'));
  if (texts.length === 0) throw new Error('no fixtures found under fixtures/');
  return texts;
}

// Words swapped in by the mutator so documents differ in names, sums and dates.
const SURNAMES = ['Patel', 'Okafor', 'Hughes', 'Nowak', 'Fraser', 'Begum', 'Lloyd', 'Kaur', 'Doyle', 'Mensah', 'Reid', 'Carter'];
const BODIES = ['Cabinet', 'Planning Committee', 'Audit and Governance Committee', 'Scrutiny Board', 'Licensing Sub-Committee', 'Full Council'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];

/**
 * One synthetic minutes document: a header, then items whose bodies are
 * paragraphs drawn from the fixtures (the "Agenda item" page furniture is
 * dropped so items are numbered headings), with names, figures and dates
 * mutated, until the size target is reached.
 */
function makeDocument(rand, paragraphs, target) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const day = 1 + Math.floor(rand() * 28);
  const out = [
    `${pick(BODIES).toUpperCase()}`,
    '',
    `Minutes of the meeting held on ${day} ${pick(MONTHS)} ${2019 + Math.floor(rand() * 6)} at ${pick(['County Hall', 'the Civic Centre', 'the Town Hall'])}`,
    '',
    `PRESENT: Councillors ${pick(SURNAMES)} (Chair), ${pick(SURNAMES)}, ${pick(SURNAMES)} and ${pick(SURNAMES)}`,
    '',
    `Apologies: Councillor ${pick(SURNAMES)}`,
    '',
  ];
  let size = out.join('\n').length;
  let n = 1 + Math.floor(rand() * 40);
  while (size < target) {
    const title = `${n}.    ${pick(['Revenue Budget Monitoring', 'Planning Application', 'Minutes of the previous meeting', 'Treasury Management', 'Highways Update', 'Declarations of Interest'])} ${2019 + Math.floor(rand() * 6)}`;
    out.push(title, '');
    size += title.length + 2;
    const count = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < count && size < target; i++) {
      let p = pick(paragraphs)
        .replace(/\b(Patel|Okafor|Smith|Jones)\b/g, () => pick(SURNAMES))
        .replace(/£(\d+(?:\.\d+)?)m/g, () => `£${(rand() * 9).toFixed(1)}m`)
        .replace(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/g, () => `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${2019 + Math.floor(rand() * 6)}`);
      if (rand() < 0.15) p = p.toUpperCase();
      out.push(p, '');
      size += p.length + 2;
    }
    n++;
  }
  return out.join('\n');
}

export function generateArchive(dir, files, seed = SEED) {
  const rand = prng(seed);
  const paragraphs = [];
  for (const text of fixtureTexts()) {
    for (const p of text.split(/\n\s*\n/)) {
      const t = p.replace(/^\s+|\s+$/g, '');
      if (t && !/^agenda item$/i.test(t)) paragraphs.push(t);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    // 100 files a folder, in council/year folders, all named minutes.txt-like.
    const sub = join(dir, `council-${String(Math.floor(i / 1000)).padStart(2, '0')}`, `batch-${String(Math.floor(i / 100) % 10)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const target = 1900 + Math.floor(rand() ** 1.6 * 8000);
    const text = `${makeDocument(rand, paragraphs, target)}\n`;
    writeFileSync(join(sub, `meeting-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(join(dir, '.complete'), JSON.stringify({ files, seed, bytes }));
  return { files, bytes };
}

function ensureArchive() {
  const marker = join(DIR, '.complete');
  if (!args.includes('--regenerate') && existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.files === FILES && info.seed === SEED) return info;
  }
  process.stderr.write(`generating ${FILES} files under ${DIR} …\n`);
  return generateArchive(DIR, FILES);
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TIME_OUT = join(ROOT, '.bench', 'time.txt');

/**
 * Runs a command with stdout to /dev/null: wall ms, and with GNU time the CPU
 * ms (user + sys, all threads) and peak RSS in MB. CPU time is the figure to
 * trust on a busy machine; wall time is what a user waits.
 */
function timed(argv) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', TIME_OUT, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let cpu = null;
  let rss = null;
  if (TIME) {
    const [user, sys, kb] = readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (user + sys) * 1000;
    rss = kb / 1024;
  }
  return { code: r.status, ms, cpu, rss, err: (r.stderr ?? '').slice(-2000) };
}

/** Best wall and best CPU time of `runs` runs, and the largest peak RSS. */
function best(argv, runs) {
  const out = { ms: Infinity, cpu: null, rss: null };
  for (let i = 0; i < runs; i++) {
    const r = timed(argv);
    if (r.code !== 0 && r.code !== 1) throw new Error(`${argv.join(' ')} exited ${r.code}: ${r.err}`);
    out.ms = Math.min(out.ms, r.ms);
    if (r.cpu !== null) out.cpu = Math.min(out.cpu ?? Infinity, r.cpu);
    if (r.rss !== null) out.rss = Math.max(out.rss ?? 0, r.rss);
  }
  return out;
}

/**
 * How much parallel CPU the machine really has right now: N copies of a
 * fixed busy loop at once versus one copy (a shared or throttled machine
 * gives less than N, which caps any --jobs speed-up).
 */
async function parallelCapacity(n) {
  const loop = [process.execPath, '-e', 'let x = 0; for (let i = 0; i < 3e8; i++) x += i;'];
  const run = () => new Promise((done) => spawn(loop[0], loop.slice(1), { stdio: 'ignore' }).on('exit', done));
  let alone = Infinity;
  let together = Infinity;
  for (let r = 0; r < 2; r++) {
    let t = performance.now();
    await run();
    alone = Math.min(alone, performance.now() - t);
    t = performance.now();
    await Promise.all(Array.from({ length: n }, run));
    together = Math.min(together, performance.now() - t);
  }
  return (alone * n) / together;
}

/** The limit: list the same files, read each and split it into lines, nothing else. */
function readPass(glob) {
  let lines = 0;
  for (const f of fg.sync(glob).sort()) lines += readFileSync(f, 'utf8').split(/\r\n|\r|\n/).length;
  process.stdout.write(`${lines}\n`);
}

async function main() {
  if (args.includes('--read-pass')) return readPass(arg('read-pass'));
  const info = ensureArchive();
  if (args.includes('--generate-only')) {
    console.log(`${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB under ${DIR}`);
    return;
  }
  const cli = join(ROOT, 'bin', 'minutes.js');
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });
  const N = availableParallelism();
  const glob = `${DIR}/**/*.txt`;
  const readArgv = [process.execPath, fileURLToPath(import.meta.url), '--read-pass', glob];
  const mb = info.bytes / 1e6;

  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const load = loadavg()[0];
  const capacity = await parallelCapacity(N);
  const read = best(readArgv, RUNS);
  const rows = [];
  for (const jobs of [...new Set([1, N])]) {
    rows.push({ jobs, ...best([process.execPath, cli, 'parse', glob, '--format', 'ndjson', '--jobs', String(jobs), '--quiet'], RUNS) });
  }
  // The ceiling a pool is measured against: N independent --jobs 1 processes, each over 1/N of
  // the archive's folders, at once. A single process already keeps more than one core busy
  // (V8 compiles and collects garbage on helper threads), so N of them do not finish N times faster.
  const folders = readdirSync(DIR).filter((d) => d.startsWith('council-')).sort();
  const groups = Array.from({ length: N }, (_, k) => folders.filter((_, i) => i % N === k).map((d) => join(DIR, d)));
  let apart = Infinity;
  if (N > 1 && groups.every((g) => g.length > 0)) {
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await Promise.all(groups.map((g) => new Promise((done) => spawn(process.execPath, [cli, 'parse', ...g, '--format', 'ndjson', '--jobs', '1', '--quiet'], { stdio: 'ignore' }).on('exit', done))));
      apart = Math.min(apart, performance.now() - t);
    }
  }
  // Peak memory must not grow with the archive: the same run over a tenth and a half of it.
  const part = (glob) => best([process.execPath, cli, 'parse', glob, '--format', 'ndjson', '--jobs', String(N), '--quiet'], 1);
  const tenth = part(`${DIR}/council-00/**/*.txt`);
  const half = part(`${DIR}/council-0[0-4]/**/*.txt`);

  // Start-up: node -e 0 and a one-file parse alternate, so a change of load hits both alike.
  const startRuns = Math.max(RUNS, 31);
  const single = join(ROOT, 'fixtures', 'examples', readdirSync(join(ROOT, 'fixtures', 'examples')).find((f) => f.endsWith('.txt')));
  const bareTimes = [];
  const startTimes = [];
  for (let i = 0; i < startRuns; i++) {
    bareTimes.push(timed([process.execPath, '-e', '0']).ms);
    startTimes.push(timed([process.execPath, cli, 'parse', single]).ms);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bare = { ms: Math.min(...bareTimes), median: median(bareTimes) };
  const start = { ms: Math.min(...startTimes), median: median(startTimes) };

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${N} cores (nproc), ${cpu}, node ${process.version}; load average ${load.toFixed(1)} when the bench started`);
  console.log(`archive: ${info.files} files, ${mb.toFixed(1)} MB (seed ${SEED}), best of ${RUNS} runs`);
  console.log('');
  console.log('| run | wall | files/s | MB/s | wall vs read | CPU (user+sys) | CPU vs read | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const fmt = (label, r) =>
    `| ${label} | ${secs(r.ms)} | ${Math.round(info.files / (r.ms / 1000))} | ${(mb / (r.ms / 1000)).toFixed(1)} | ${(r.ms / read.ms).toFixed(2)}x | ${r.cpu === null ? 'n/a' : secs(r.cpu)} | ${r.cpu === null || read.cpu === null ? 'n/a' : `${(r.cpu / read.cpu).toFixed(2)}x`} | ${r.rss === null ? 'n/a' : `${r.rss.toFixed(0)} MB`} |`;
  console.log(fmt('read + split lines (node)', read));
  for (const r of rows) console.log(fmt(`minutes parse --format ndjson --jobs ${r.jobs}`, r));
  console.log('');
  const one = rows[0];
  const many = rows[rows.length - 1];
  if (many !== one) {
    console.log(`--jobs ${many.jobs} speed-up over --jobs 1 (wall): ${(one.ms / many.ms).toFixed(2)}x; CPU spent: ${one.cpu && many.cpu ? `${(many.cpu / one.cpu).toFixed(2)}x` : 'n/a'}`);
    console.log(`parallel capacity at the time: ${N} busy loops at once finished ${capacity.toFixed(2)}x faster than one after another (${N}.00x on an idle machine)`);
    if (one.cpu !== null) console.log(`--jobs 1 kept ${(one.cpu / one.ms).toFixed(2)} cores busy (V8's compiler and garbage collector threads run beside the parsing thread)`);
    if (Number.isFinite(apart)) console.log(`${N} independent --jobs 1 processes, each over 1/${N} of the folders, at once: ${secs(apart)}, ${(one.ms / apart).toFixed(2)}x faster than one --jobs 1 process over all`);
  }
  const mbOf = (r) => (r.rss === null ? 'n/a' : `${r.rss.toFixed(0)} MB`);
  console.log(`peak RSS (--jobs ${N}) over a tenth, a half and all of the archive: ${mbOf(tenth)}, ${mbOf(half)}, ${mbOf(many)}`);
  console.log(
    `start-up, one file: ${start.ms.toFixed(0)} ms vs node -e 0 ${bare.ms.toFixed(0)} ms (${(start.ms / bare.ms).toFixed(2)}x), best of ${startRuns} interleaved; medians ${start.median.toFixed(0)} vs ${bare.median.toFixed(0)} ms (${(start.median / bare.median).toFixed(2)}x)`,
  );

  const dbBench = join(ROOT, 'scripts', 'bench-db.mjs');
  if (existsSync(dbBench)) {
    console.log('');
    await new Promise((done) => spawn(process.execPath, [dbBench, '--archive', DIR, '--runs', String(RUNS)], { stdio: 'inherit' }).on('exit', done));
  }
}

await main();
