#!/usr/bin/env node
// `npm run bench`: every row of the speed table (issue 16), as ratios
// measured in the same run. Synthetic archives are built from the project's
// own fixtures (scripts/bench-archive.mjs): text, web pages, Word files and
// PDFs, one large text file and long PDFs. Each ratio compares two commands
// run in alternation (A, B, A, B, …: a change of load hits both alike) and
// is the median of the per-pair ratios; times are wall-clock unless marked
// CPU (user + sys of all threads, from GNU time when installed). The machine
// may be shared: the parallel capacity line says how much of it was free.
//
//   node scripts/bench.mjs [--quick] [--runs 3] [--files 10000] [--regenerate] [--generate-only] [--db] [--cli PATH]
//
// --quick: smaller archives (a minute or two instead of ten). --db: also the
// database bench (scripts/bench-db.mjs).
import { spawn, spawnSync } from 'node:child_process';
import fg from 'fast-glob';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureArchive, ensureLargeText, ensureLongPdf, SEED } from './bench-archive.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const QUICK = args.includes('--quick');
const RUNS = Math.max(3, Number(arg('runs', '3')));
const SIZES = QUICK ? { text: 2000, html: 200, docx: 200, pdf: 40, largeMb: 10 } : { text: 10000, html: 600, docx: 600, pdf: 120, largeMb: 30 };
const TEXT_FILES = Number(arg('files', String(SIZES.text)));
const BENCH = join(ROOT, '.bench');
const REGENERATE = args.includes('--regenerate');

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TIME_OUT = join(BENCH, 'time.txt');

/**
 * Runs a command with stdout to /dev/null: wall ms, and with GNU time the CPU
 * ms (user + sys, all threads) and peak RSS in MB.
 */
function timed(argv) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', TIME_OUT, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-2000)}`);
  let cpu = null;
  let rss = null;
  if (TIME) {
    const [user, sys, kb] = readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = (user + sys) * 1000;
    rss = kb / 1024;
  }
  return { ms, cpu, rss };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A and B alternated `runs` times: the medians of each, and the medians of the per-pair ratios B/A. */
function paired(a, b, runs = RUNS) {
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs on a machine the other has warmed.
    if (i % 2) {
      rb.push(timed(b));
      ra.push(timed(a));
    } else {
      ra.push(timed(a));
      rb.push(timed(b));
    }
  }
  const stats = (rs) => ({ ms: median(rs.map((r) => r.ms)), cpu: median(rs.map((r) => r.cpu)), rss: median(rs.map((r) => r.rss)) });
  return {
    a: stats(ra),
    b: stats(rb),
    wall: median(ra.map((r, i) => rb[i].ms / r.ms)),
    cpu: TIME ? median(ra.map((r, i) => rb[i].cpu / r.cpu)) : null,
  };
}

/**
 * How much parallel CPU the machine really has right now: N copies of a
 * fixed busy loop at once versus one copy (a shared or throttled machine
 * gives less than N, which caps any --jobs speed-up).
 */
async function parallelCapacity(n) {
  const loop = [process.execPath, '-e', 'let x = 0; for (let i = 0; i < 2e8; i++) x += i;'];
  const run = () => new Promise((done) => spawn(loop[0], loop.slice(1), { stdio: 'ignore' }).on('exit', done));
  const ratios = [];
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    await run();
    const alone = performance.now() - t;
    t = performance.now();
    await Promise.all(Array.from({ length: n }, run));
    ratios.push((alone * n) / (performance.now() - t));
  }
  return median(ratios);
}

// ---------------------------------------------------------------- yardsticks (run as child processes of this script)

/** The limit: list the same files, read each and split it into lines, nothing else. */
function readPass(glob) {
  let lines = 0;
  for (const f of fg.sync(glob).sort()) lines += readFileSync(f, 'utf8').split(/\r\n|\r|\n/).length;
  process.stdout.write(`${lines}\n`);
}

// A naive extractor: what a handful of regular expressions over lines gives (items, resolutions,
// actions, questions, the date), with no attendance, motions or people, written as NDJSON.
const NAIVE = {
  item: /^(\d{1,3})\.?\s{1,8}(\S.{0,200})$/,
  resolution: /^(?:RESOLVED|AGREED|DECIDED)\b/i,
  action: /\b(?:agreed to|will|to)\s(?:circulate|report|provide|arrange|write|contact|review)\b/i,
  question: /\basked\b/i,
  date: /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/,
};
function naivePass(glob) {
  const out = [];
  for (const path of fg.sync(glob).sort()) {
    const lines = readFileSync(path, 'utf8').split(/\r\n|\r|\n/);
    const doc = { path, date: null, items: [] };
    let item = null;
    lines.forEach((text, i) => {
      const line = i + 1;
      if (!doc.date) {
        const d = NAIVE.date.exec(text);
        if (d) doc.date = `${d[3]}-${d[2]}-${d[1]}`;
      }
      const heading = NAIVE.item.exec(text);
      if (heading) {
        item = { number: heading[1], title: heading[2], line, resolutions: [], actions: [], questions: [] };
        doc.items.push(item);
        return;
      }
      if (!item) return;
      if (NAIVE.resolution.test(text)) item.resolutions.push({ text, line });
      if (NAIVE.action.test(text)) item.actions.push({ text, line });
      if (NAIVE.question.test(text)) item.questions.push({ text, line });
    });
    out.push(JSON.stringify(doc));
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The PDF yardstick: pdf.js alone, every page's text items joined, nothing laid out. */
async function pdfjsPass(glob) {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let chars = 0;
  for (const f of fg.sync(glob).sort()) {
    const task = lib.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, verbosity: 0 });
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) chars += item.str.length;
      page.cleanup();
    }
    await task.destroy();
  }
  process.stdout.write(`${chars}\n`);
}

const hasPdftotext = () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

// ---------------------------------------------------------------- the bench

const fmtRatio = (r) => (r === null || r === undefined ? 'n/a' : `${r.toFixed(2)}x`);
const secs = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

async function main() {
  if (args.includes('--read-pass')) return readPass(arg('read-pass'));
  if (args.includes('--naive-pass')) return naivePass(arg('naive-pass'));
  if (args.includes('--pdfjs-pass')) return pdfjsPass(arg('pdfjs-pass'));
  mkdirSync(BENCH, { recursive: true });
  const dirs = {
    text: join(BENCH, `text-${TEXT_FILES}`),
    html: join(BENCH, `html-${SIZES.html}`),
    docx: join(BENCH, `docx-${SIZES.docx}`),
    pdf: join(BENCH, `pdf-${SIZES.pdf}`),
  };
  const info = {
    text: ensureArchive(dirs.text, 'text', TEXT_FILES, { regenerate: REGENERATE }),
    html: ensureArchive(dirs.html, 'html', SIZES.html, { regenerate: REGENERATE }),
    docx: ensureArchive(dirs.docx, 'docx', SIZES.docx, { regenerate: REGENERATE }),
    pdf: ensureArchive(dirs.pdf, 'pdf', SIZES.pdf, { regenerate: REGENERATE }),
  };
  const large = join(BENCH, `large-${SIZES.largeMb}mb.txt`);
  ensureLargeText(large, SIZES.largeMb);
  const long72 = join(BENCH, 'long-72.pdf');
  const long144 = join(BENCH, 'long-144.pdf');
  ensureLongPdf(long72, 72);
  ensureLongPdf(long144, 144);
  if (args.includes('--generate-only')) {
    for (const [k, v] of Object.entries(info)) console.log(`${k}: ${v.files} files, ${(v.bytes / 1e6).toFixed(1)} MB under ${dirs[k]}`);
    return;
  }
  // --cli: another build's bin/minutes.js (e.g. a checkout of an earlier commit) for before/after figures.
  const cli = resolve(arg('cli', join(ROOT, 'bin', 'minutes.js')));
  if (!args.includes('--cli') && !existsSync(join(ROOT, 'dist', 'cli.cjs'))) spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });
  const self = fileURLToPath(import.meta.url);
  const N = availableParallelism();
  const parse = (inputs, ...extra) => [process.execPath, cli, 'parse', ...inputs, '--format', 'ndjson', '--quiet', ...extra];
  const textGlob = `${dirs.text}/**/*.txt`;
  const load = loadavg()[0];
  const capacity = await parallelCapacity(N);
  const rows = [];
  const row = (what, ratio, detail) => {
    rows.push({ what, ratio, detail });
    process.stderr.write(`  ${what}: ${ratio}\n`);
  };
  process.stderr.write(`bench (${QUICK ? 'quick' : 'full'}), ${RUNS} paired runs a row …\n`);

  // 1-3: text batches against reading and splitting the same files.
  const readArgv = [process.execPath, self, '--read-pass', textGlob];
  const one = paired(readArgv, parse([textGlob], '--jobs', '1'));
  row('text batch, `--jobs 1`, vs reading and splitting the same files', `${fmtRatio(one.wall)} (CPU ${fmtRatio(one.cpu)})`, `${Math.round(info.text.files / (one.b.ms / 1000))} files/s; read pass ${secs(one.a.ms)}`);
  const report = join(BENCH, 'default-jobs.json');
  const auto = paired(readArgv, parse([textGlob], '--report', report));
  const jobs = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).jobs : '?';
  row(`text batch, default jobs (${N} cores here), vs the same limit`, `${fmtRatio(auto.wall)} (CPU ${fmtRatio(auto.cpu)})`, `${Math.round(info.text.files / (auto.b.ms / 1000))} files/s; ${jobs} thread(s) chosen in the last run`);
  const naive = paired(readArgv, [process.execPath, self, '--naive-pass', textGlob]);
  row('naive regex extractor (no attendance, motions, people) vs the limit', `${fmtRatio(naive.wall)} (CPU ${fmtRatio(naive.cpu)})`, 'the floor a rule engine can reach');

  // 4: workers on page and Word batches.
  for (const format of ['html', 'docx']) {
    const r = paired(parse([dirs[format]], '--jobs', '1'), parse([dirs[format]], '--jobs', '2'));
    const speedUp = r.wall === null ? null : 1 / r.wall;
    row(`\`--jobs 2\` vs \`--jobs 1\`: ${format} batch (${info[format].files} files)`, `${fmtRatio(speedUp)} ${speedUp !== null && speedUp >= 1 ? 'faster' : 'slower'}`, `CPU spent ${fmtRatio(r.cpu)}; peak RSS ${r.a.rss?.toFixed(0) ?? 'n/a'} → ${r.b.rss?.toFixed(0) ?? 'n/a'} MB`);
  }

  // 5: PDF batch against a bare text extraction of the same files.
  const pdfGlob = `${dirs.pdf}/**/*.pdf`;
  const poppler = hasPdftotext();
  const yardstick = poppler
    ? ['sh', '-c', `for f in ${dirs.pdf}/*/*/*.pdf; do pdftotext -q "$f" - ; done`]
    : [process.execPath, self, '--pdfjs-pass', pdfGlob];
  const pdf = paired(yardstick, parse([dirs.pdf], '--jobs', '1'));
  row(`PDF batch (${info.pdf.files} files) vs ${poppler ? "poppler's pdftotext" : 'bare pdf.js text extraction (pdftotext not installed)'}`, `${fmtRatio(pdf.wall)} (CPU ${fmtRatio(pdf.cpu)})`, `${secs(pdf.b.ms)} vs ${secs(pdf.a.ms)}`);

  // 6: long PDFs: the time should double with the pages, not quadruple. A one-page PDF's run (start-up, pdf.js loading) is taken off both.
  const bare = paired(parse([long72]), parse([join(ROOT, 'fixtures', 'formats', 'meeting.pdf')]));
  const long = paired(parse([long72]), parse([long144]));
  const less = (r, base) => (TIME ? r.cpu - base.cpu : r.ms - base.ms);
  const scaled = less(long.a, bare.b) > 0 ? less(long.b, bare.b) / less(long.a, bare.b) : null;
  row('a 144-page PDF vs a 72-page one', `${fmtRatio(scaled)} the ${TIME ? 'CPU ' : ''}time (a one-page run taken off; whole runs ${fmtRatio(long.wall)} wall)`, `${secs(long.b.ms)} vs ${secs(long.a.ms)} wall, a one-page PDF ${secs(bare.b.ms)}`);

  // 7: Word files, CPU each: the batch's CPU less a one-file run's, over the files.
  const word = paired(parse([join(ROOT, 'fixtures', 'formats', 'meeting.docx')]), parse([dirs.docx], '--jobs', '1'));
  const perFile = word.a.cpu === null ? null : (word.b.cpu - word.a.cpu) / (info.docx.files - 1);
  const perFileWall = (word.b.ms - word.a.ms) / (info.docx.files - 1);
  row('Word files', perFile === null ? `${perFileWall.toFixed(1)} ms each (wall)` : `${perFile.toFixed(1)} ms CPU each`, `${(info.docx.bytes / info.docx.files / 1000).toFixed(1)} KB a file on average`);

  // 8: peak memory on one large text file.
  const size = statSync(large).size;
  const big = [];
  for (let i = 0; i < RUNS; i++) big.push(timed(parse([large], '--jobs', '1', '--max-bytes', String(size + 1))));
  const rss = median(big.map((r) => r.rss));
  row(`peak RSS parsing one large text file (${(size / 1e6).toFixed(0)} MB)`, rss === null ? 'n/a (no GNU time)' : `${(rss / (size / 1048576)).toFixed(1)}x the file's size (${rss.toFixed(0)} MB)`, `${secs(median(big.map((r) => r.ms)))} a run`);

  // Peak memory must not grow with the archive (workers hand documents back as they go): a tenth, a half and all of it.
  if (!QUICK) {
    const part = (glob) => timed(parse([glob], '--jobs', String(N))).rss;
    const mb = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);
    row(`peak RSS (\`--jobs ${N}\`) over a tenth, a half and all of the text archive`, `${mb(part(`${dirs.text}/council-00/**/*.txt`))}, ${mb(part(`${dirs.text}/council-0[0-4]/**/*.txt`))}, ${mb(part(textGlob))}`, 'flat when memory does not grow with the archive');
  }

  // 9: start-up, one text file, against node -e 0 (many alternated runs: each is short).
  const single = join(ROOT, 'fixtures', 'formats', 'meeting.txt');
  const start = paired([process.execPath, '-e', '0'], parse([single]), Math.max(RUNS, 21));
  row('one-file start-up vs `node -e 0`', fmtRatio(start.wall), `${start.b.ms.toFixed(0)} ms vs ${start.a.ms.toFixed(0)} ms (medians)`);

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${N} cores (nproc), ${cpu}, node ${process.version}; load average ${load.toFixed(1)} when the bench started;`);
  console.log(`parallel capacity: ${N} busy loops at once ran ${capacity.toFixed(2)}x faster than one after another (${N}.00x on an idle machine)`);
  console.log(`archives (seed ${SEED}): ${Object.entries(info).map(([k, v]) => `${k} ${v.files} files ${(v.bytes / 1e6).toFixed(1)} MB`).join(', ')}; medians of ${RUNS} paired runs${QUICK ? ' (--quick)' : ''}`);
  console.log('');
  console.log('| what | measured | detail |');
  console.log('|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.ratio} | ${r.detail} |`);

  const dbBench = join(ROOT, 'scripts', 'bench-db.mjs');
  if (args.includes('--db') && existsSync(dbBench)) {
    console.log('');
    await new Promise((done) => spawn(process.execPath, [dbBench, '--archive', dirs.text, '--runs', String(RUNS)], { stdio: 'inherit' }).on('exit', done));
  }
}

await main();
