// One input file to one document, never throwing: an unreadable or broken
// file becomes a document with no items and an error-severity warning, so a
// batch writes a record for every input and nothing is silently dropped.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { MinutesDocument, SourceFormat, Warning } from './schema/document.js';
import { SCHEMA_VERSION } from './schema/constants.js';
import { makeWarning } from './schema/warnings.js';
import { parseBuffer, ReadError } from './api.js';
import { LEGACY_WORD_MESSAGE } from './read/index.js';
import { sha256 } from './parse.js';
import { VERSION } from './version.js';
import type { CompiledConfig } from './config/compile.js';

export interface FileOptions {
  from?: SourceFormat;
  withSource?: boolean;
  /** Files larger than this are refused (default 64 MiB). */
  maxBytes?: number;
  /**
   * Check each document against the zod schema (a failing check turns the
   * file into an error record). Off by default: the pipeline builds
   * schema-valid documents (the test suite checks it on fixtures and a fuzz of
   * mutated fixtures), and loading plus running zod costs ~35 ms of start-up
   * and ~10% of batch time.
   */
  validate?: boolean;
  /** Local phrasings (minutes.config.json). */
  config?: CompiledConfig;
}

export interface FileResult {
  document: MinutesDocument;
  /** True when the file could not be read or parsed (or a rule failed on it). */
  failed: boolean;
  /** The further meetings of a reports pack holding several sets of minutes (`document` is the first). */
  more?: MinutesDocument[];
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** A schema-valid document standing for a file that could not be parsed. */
export function failedDocument(path: string, warning: Warning, bytes?: Uint8Array, format: SourceFormat = 'text'): MinutesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, format, sha256: bytes ? sha256(bytes) : '', bytes: bytes?.length ?? 0, tool: VERSION },
    meeting: { body: null, date: null, venue: null, present: [], apologies: [], inAttendance: [] },
    items: [],
    warnings: [warning],
    declarations: [],
    people: [],
  };
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file not found (it may have been removed after listing)';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err?.message ?? String(e);
}

/** True when a document records a failure: an error-severity warning (unreadable input, a rule that threw). */
export function hasError(doc: MinutesDocument): boolean {
  return doc.warnings.some((w) => w.severity === 'error');
}

let schema: Promise<typeof import('./schema/document.js')> | undefined;

/** Legacy Word (.doc, Word 97-2003): a binary format the readers do not take; the user is told to convert it. */
const LEGACY_WORD = /\.doc$/i;

/** The error record of a legacy Word file (unless --from says how to read it). */
function legacyRefusal(path: string, options: FileOptions, bytes?: Uint8Array): FileResult | null {
  if (options.from !== undefined || !LEGACY_WORD.test(path)) return null;
  return { document: failedDocument(path, makeWarning('unreadable-input', LEGACY_WORD_MESSAGE), bytes), failed: true };
}

/** Parses bytes already in memory (stdin, workers). */
export async function processBytes(path: string, bytes: Uint8Array, options: FileOptions = {}): Promise<FileResult> {
  const legacy = legacyRefusal(path, options, bytes);
  if (legacy) return legacy;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    return { document: failedDocument(path, makeWarning('input-too-large', `Unexpected file of ${bytes.length} bytes, expected at most ${max} (--max-bytes)`), bytes), failed: true };
  }
  try {
    const { document, documents } = await parseBuffer(bytes, { path, from: options.from, withSource: options.withSource, config: options.config });
    if (options.validate) {
      schema ??= import('./schema/document.js');
      const checked = (await schema).MinutesDocument.safeParse(document);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return {
          document: failedDocument(path, makeWarning('rule-failed', `Unexpected invalid output at ${issue.path.join('.')} (${issue.message}), expected a schema-valid document`), bytes),
          failed: true,
        };
      }
    }
    // A rule that threw is fenced by the pipeline (its records are missing, the rest is kept) but the file counts as failed.
    const result: FileResult = { document, failed: hasError(document) };
    if (documents && documents.length > 1) result.more = documents.slice(1);
    return result;
  } catch (e) {
    if (e instanceof ReadError) return { document: failedDocument(path, makeWarning(e.id, e.message), bytes), failed: true };
    return { document: failedDocument(path, makeWarning('rule-failed', `Unexpected error while parsing (${describe(e)}), expected a document`), bytes), failed: true };
  }
}

/**
 * Reads a whole file synchronously through one descriptor: the size check and
 * the read see the same file even if it is replaced meanwhile. Synchronous
 * reads of small files are several times faster than fs/promises (no thread
 * pool round trip), and batches run them on worker threads.
 */
export function readInput(path: string, max: number): Uint8Array | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > max) return { tooLarge: size };
    let buffer = Buffer.allocUnsafe(size);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew after fstat (or reports size 0, like /proc files): keep reading.
        if (length >= max + 1) break;
        const bigger = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 65536), max + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > max) return { tooLarge: length };
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses one file. */
export async function processFile(path: string, options: FileOptions = {}): Promise<FileResult> {
  const legacy = legacyRefusal(path, options);
  if (legacy) return legacy;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const read = readInput(path, max);
    if (!(read instanceof Uint8Array)) {
      return { document: failedDocument(path, makeWarning('input-too-large', `Unexpected file of ${read.tooLarge} bytes, expected at most ${max} (--max-bytes)`)), failed: true };
    }
    bytes = read;
  } catch (e) {
    return { document: failedDocument(path, makeWarning('unreadable-input', `Unexpected unreadable file (${describe(e)}), expected a readable file`)), failed: true };
  }
  return processBytes(path, bytes, options);
}

/** What a batch summary counts in one document. */
export interface DocumentTally {
  items: number;
  resolutions: number;
  actions: number;
  questions: number;
}

export function tallyDocument(doc: MinutesDocument): DocumentTally {
  const t: DocumentTally = { items: doc.items.length, resolutions: 0, actions: 0, questions: 0 };
  for (const item of doc.items) {
    t.resolutions += item.resolutions.length;
    t.actions += item.actions.length;
    t.questions += item.questions.length;
  }
  return t;
}

/**
 * What a file costs to parse, in text files of the same size: a web page or
 * a Word file is first rendered to lines (HTML parsed into a tree), a PDF's
 * text is laid out glyph by glyph by pdf.js. Measured on the bench archives:
 * a page or Word file ≈ 3 text files, a PDF ≈ 10.
 */
const FORMAT_WEIGHTS: Record<string, number> = { '.html': 3, '.htm': 3, '.xhtml': 3, '.docx': 3, '.pdf': 10, '.md': 1.5, '.markdown': 1.5 };

function weightOf(path: string): number {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? 1 : (FORMAT_WEIGHTS[path.slice(dot).toLowerCase()] ?? 1);
}

/**
 * Below this much work per worker (in text files), starting a thread costs
 * more than it saves: each worker loads and warms up the parser on its own.
 */
export const MIN_WORK_PER_WORKER = 32;

export interface WorkerPlan {
  /** Worker threads; 1 means the files are parsed on the main thread. */
  workers: number;
  /**
   * Worker heaps: 'lean' (a small young generation, a slowly growing old
   * one) for text batches, whose documents die young; 'roomy' (V8's
   * defaults) when pages, Word files or PDFs are a large part of the work:
   * their trees outlive a small young generation and the lean settings
   * starve those workers into garbage collection.
   */
  heap: 'lean' | 'roomy';
}

/**
 * What one more thread costs on a machine of few cores. A worker keeps more
 * than one core busy: its JavaScript thread, and V8's garbage-collector and
 * compiler threads beside it (a one-thread run of the 2,000-file text bench
 * spends 1.27 s of CPU a second); the main thread adds writing and message
 * passing. Measured on 2 cores: two workers ran 1.5-1.7x slower each than
 * one thread alone (THREAD_LOAD and MAIN_LOAD below reproduce that).
 */
export const THREAD_LOAD = 1.3;
export const MAIN_LOAD = 0.6;

/**
 * A worker's warm-up in text files: the first files of a run are parsed
 * while V8 still interprets and compiles the rules, so each thread pays it
 * afresh (2,000 text files took 8.9 s on one thread and 6,000 took 22 s:
 * 3.3 ms a file once warm, plus ~2.3 s, the cost of ~700 files).
 */
export const WARM_UP_WORK = 700;

/**
 * The time a batch of `work` (in text files) takes on `workers` threads of
 * `cores`, in text files' time: each worker's warm-up and share, slowed by
 * the cores the threads together want beyond those there are.
 */
export function predictedTime(work: number, workers: number, cores: number): number {
  if (workers <= 1) return WARM_UP_WORK + work;
  const contention = Math.max(1, (workers * THREAD_LOAD + MAIN_LOAD) / cores);
  return contention * (WARM_UP_WORK + work / workers);
}

/**
 * How a batch is spread over threads, from its files (their formats by
 * extension), the --jobs limit, the machine's cores and how busy it is.
 * Never more workers than the work pays for. An explicit --jobs is taken as
 * asked (a reproducible run). With no --jobs, never more than the cores
 * other processes leave free (`busy`: see coresBusy), since a worker on a
 * saturated core only adds its own warm-up, and only as many as make the
 * batch faster by predictedTime: on 2 cores a text batch under ~2,000 files
 * runs faster on one thread than on two workers, each warming up on its own.
 */
export function planWorkers(paths: readonly string[], limits: { jobs?: number; cores: number; busy?: number }): WorkerPlan {
  let work = 0;
  let heavy = 0;
  for (const p of paths) {
    const w = weightOf(p);
    work += w;
    if (w > 2) heavy += w;
  }
  const heap = heavy * 4 >= work ? 'roomy' : 'lean';
  const free = limits.jobs ?? Math.min(limits.cores, Math.round(limits.cores - (limits.busy ?? 0)));
  const limit = Math.max(1, Math.min(free, Math.floor(work / MIN_WORK_PER_WORKER), paths.length));
  if (limits.jobs !== undefined) return { workers: limit, heap };
  // The cores left free are those the workers may share (at least one: this thread's).
  const cores = Math.max(1, limits.cores - (limits.busy ?? 0));
  let workers = 1;
  for (let w = 2; w <= limit; w++) if (predictedTime(work, w, cores) < predictedTime(work, workers, cores)) workers = w;
  return { workers, heap };
}

/**
 * A reading of the machine's CPU time counters (the first line of
 * /proc/stat, in clock ticks of all cores together) and of this process's
 * CPU time: two readings tell how busy the cores were in between, and how
 * much of that was this process (see othersBusy).
 */
export interface CpuReading {
  /** Milliseconds, monotonic. */
  at: number;
  /** Ticks spent running anything (user, nice, system, irq, softirq, steal). */
  busy: number;
  /** All ticks, idle and iowait included. */
  total: number;
  /** This process's CPU time (all threads), in milliseconds. */
  own: number;
}

/** The CPU time counters now; null where /proc/stat does not exist. */
export function readCpu(): CpuReading | null {
  try {
    const stat = readFileSync('/proc/stat', 'latin1');
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice": guest time is counted in user already.
    const fields = stat.slice(0, stat.indexOf('\n')).split(' ').filter((f) => f !== '').slice(1, 9).map(Number);
    if (fields.length < 8 || fields.some((f) => !Number.isFinite(f))) return null;
    const total = fields.reduce((a, b) => a + b, 0);
    const usage = process.cpuUsage();
    return { at: Number(process.hrtime.bigint()) / 1e6, busy: total - fields[3] - fields[4], total, own: (usage.user + usage.system) / 1000 };
  } catch {
    return null;
  }
}

/**
 * How many of `cores` other processes kept busy between two readings: the
 * cores busy in all (the share of busy ticks) less this process's own CPU
 * time over the wall time. Null when too few ticks passed to tell (a tick is
 * 10 ms of one core).
 */
export function othersBusy(from: CpuReading, to: CpuReading, cores: number): number | null {
  const ticks = to.total - from.total;
  const wall = to.at - from.at;
  if (ticks < 4 * cores || wall <= 0) return null;
  const busy = (cores * (to.busy - from.busy)) / ticks;
  const own = (to.own - from.own) / wall;
  return Math.max(0, busy - own);
}

/** How long coresBusy measures at least, in milliseconds: ~10 ticks of each core. */
export const BUSY_SAMPLE_MS = 50;

/**
 * How many cores other processes keep busy now. On Linux: measured from
 * /proc/stat since `since` (taken when the run started; waits until
 * BUSY_SAMPLE_MS have passed since then), leaving out this process's own
 * threads. The load average is not used there: it lags by a minute, so a
 * batch run just after another one (or after a build) would see the cores
 * as busy and leave one idle. Elsewhere: the smaller of the 1-minute load
 * average and the processes runnable at this instant, bar this one; 0 where
 * /proc/loadavg does not exist either.
 */
export async function coresBusy(since: CpuReading | null, cores: number): Promise<number> {
  if (since) {
    const wait = BUSY_SAMPLE_MS - (Number(process.hrtime.bigint()) / 1e6 - since.at);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    const now = readCpu();
    const others = now ? othersBusy(since, now, cores) : null;
    if (others !== null) return others;
  }
  try {
    const [average, running] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    const runnable = Number(running.split('/')[0]) - 1;
    return Math.max(0, Math.min(Number(average), runnable));
  } catch {
    return 0;
  }
}
