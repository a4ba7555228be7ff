// `minutes parse FILE|DIR|GLOB|- ... [--format json|ndjson|csv] [--out DIR] [--jobs N]`
//
// Files are parsed on worker threads (dist/worker.js) in runs of consecutive
// files; the main thread emits every document in sorted input order, so the
// output is byte-identical whatever --jobs is, and only a bounded window of
// documents is ever held. Writing stays on the main thread: stdout, --out
// files and any other sink all hang off `emit`.
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { MinutesDocument, SourceFormat } from '../schema/document.js';
import { makeWarning } from '../schema/warnings.js';
import { coresBusy, failedDocument, MIN_WORK_PER_WORKER, planWorkers, processBytes, readCpu, type WorkerPlan } from '../batch.js';
import { jsonText, outcomeOf, parseOne, type Outcome, type Parsed, type Task, type TaskFile, type TaskOptions } from '../worker-protocol.js';
import { WRITERS, type OutputFormat } from '../write/index.js';
import { deletedUnder, expandInputs } from './inputs.js';
import { commonDirectory, planOutputs, writeFileAtomic } from './output.js';
import { formatWarning, formatWarningGithub, formatWarningJson, type MessageFormat } from './render.js';
import type { Warning } from '../schema/document.js';
import { EXIT_USAGE, getExitCode, USAGE_HINT } from './exit.js';
import { Progress } from './progress.js';
import { describeNotRead, describeWarnings, formatSummary, Tally } from './summary.js';
import { colourEnabled, makePaint } from './colour.js';
import type { CompiledConfig } from '../config/compile.js';
import type { DatabaseSink } from '../write/sqlite.js';
import type { TablesSink } from '../write/tables.js';
import type { Origin, Provenance } from '../write/provenance.js';
import { EXCEL_BOM } from '../write/csv.js';
import type { TaskOutcomes } from './pool.js';
import { compileRegexpsFor } from './regexp-mode.js';

export interface ParseCommandOptions {
  format?: OutputFormat;
  out?: string;
  pretty?: boolean;
  from?: SourceFormat;
  ignore?: string[];
  withSource?: boolean;
  quiet?: boolean;
  /** Print info notes (unclaimed lines) too. */
  info?: boolean;
  /** How messages are printed on stderr: text lines (default), JSON lines, or GitHub annotations. */
  messages?: MessageFormat;
  frail?: boolean;
  maxBytes?: number;
  /** Worker threads (default: as many as make the batch faster on the free cores, see planWorkers). */
  jobs?: number;
  skipUnchanged?: boolean;
  /** Write the run summary as JSON to this file. */
  report?: string;
  /** false with --no-color. */
  color?: boolean;
  /** Check every document against the zod schema. */
  validate?: boolean;
  /** SQLite database to create or update (src/write/sqlite.ts). */
  db?: string;
  /** With --db: delete the documents of files gone from the directories and globs given. */
  prune?: boolean;
  /** Write one CSV per record type into this folder (src/write/tables.ts). */
  tables?: string;
  /** Start CSV output with a UTF-8 byte order mark. */
  excel?: boolean;
  /** Sidecar CSV of each input's URL and council (src/write/provenance.ts). */
  sources?: string;
  /** Council of inputs the sidecar does not name. */
  council?: string;
}

export interface CommandIO {
  /**
   * Where documents go. A chunk of bytes written to it is reused once its
   * write has called back, so the stream must be done with it by then
   * (process.stdout is: files, pipes and terminals are written through).
   */
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin: () => Promise<Uint8Array>;
  /** The bundled worker entry (dist/worker.js); without it files are parsed on the main thread. */
  workerUrl?: URL;
  env?: Record<string, string | undefined>;
}

/** Below this many text files per worker (fewer pages, Word files or PDFs: they weigh more), starting threads costs more than it saves (planWorkers). */
export const MIN_FILES_PER_WORKER = MIN_WORK_PER_WORKER;
const OUTPUT_CHUNK = 256 * 1024;
/** Most files sent to a worker in one message. */
const MAX_FILES_PER_TASK = 64;

type Chunk = string | Uint8Array;

/**
 * What is written for one document. JSON and NDJSON reuse the JSON text the
 * parser thread produced (the same bytes the writers would make, see
 * test/batch.test.ts); pretty JSON and CSV go through the writer.
 */
function body(format: OutputFormat, pretty: boolean, json: Chunk, doc: () => MinutesDocument, index: number, count: number, single: boolean, csvStart: string): Chunk[] {
  if (format === 'ndjson' && !pretty) return [json, '\n'];
  if (format === 'json' && !pretty) return single || count === 1 ? [json, '\n'] : index > 0 ? [',\n', json] : [json];
  const writer = WRITERS[format];
  return [single ? (format === 'csv' ? csvStart + writer.begin(1) : '') + writer.document(doc(), 0, 1, pretty) : writer.document(doc(), index, count, pretty)];
}

/** Milliseconds on a monotonic clock (process.hrtime: the `performance` global costs ~1 ms of start-up to load). */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

const toBuffer = (c: Chunk): Buffer => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength));

export async function runParse(inputs: string[], opts: ParseCommandOptions, io: CommandIO, config?: CompiledConfig, configFile?: string): Promise<number> {
  const started = now();
  // What the cores do while the inputs are listed tells how many of them other processes keep busy (coresBusy).
  const cpuAtStart = opts.jobs === undefined ? readCpu() : null;
  const env = io.env ?? process.env;
  if (opts.prune && !opts.db) {
    io.stderr.write('minutes: --prune needs --db (it deletes from the database the documents of files that are gone)\n');
    return EXIT_USAGE;
  }
  const { files, missing, unmatched, notRead, stdin } = await expandInputs(inputs, opts.ignore ?? []);
  // With --prune, a glob or directory whose files are all gone is still work to do.
  if (unmatched.length > 0 && !opts.prune) {
    io.stderr.write(`minutes: no document matches ${unmatched.map((u) => `'${u}'`).join(', ')}${describeNotRead(notRead, ' (not read: ', ')')}\n${USAGE_HINT}`);
    return EXIT_USAGE;
  }
  if (files.length === 0 && !stdin && missing.length === 0 && !opts.prune) {
    io.stderr.write(`minutes: no input files${describeNotRead(notRead, ' (not read: ', ')')}\n${USAGE_HINT}`);
    return EXIT_USAGE;
  }
  if (opts.skipUnchanged && (!opts.out || opts.format === 'csv')) {
    io.stderr.write('minutes: --skip-unchanged needs --out with JSON or NDJSON output (the output records the source hash)\n');
    return EXIT_USAGE;
  }
  // Missing inputs are reported in sorted place with the files; standard input comes last.
  const listed = [...files, ...missing].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = listed.length + (stdin ? 1 : 0);
  compileRegexpsFor(listed, stdin);
  const format: OutputFormat = opts.format ?? (count === 1 || opts.out ? 'json' : 'ndjson');
  const writer = WRITERS[format];
  const pretty = !!opts.pretty;
  const outputs = opts.out ? planOutputs([...listed, ...(stdin ? ['-'] : [])], commonDirectory(listed), opts.out, writer.extension) : null;
  const messages = opts.messages ?? 'text';
  const message = (file: string, w: Warning): string =>
    messages === 'json' ? formatWarningJson(file, w) : messages === 'github' ? formatWarningGithub(file, w) : formatWarning(file, w, paint);
  // With JSON messages, stderr carries only JSON lines: no progress, summary or database line (--report has the summary).
  const chatty = !opts.quiet && messages !== 'json';
  const paint = makePaint(colourEnabled(io.stderr, opts.color, env) ? await import('chalk').then((m) => new m.Chalk({ level: 1 })) : null);
  const progress = chatty && io.stderr.isTTY && count > 1 ? new Progress({ total: count, stream: io.stderr, paint: paint.good }) : null;
  // A handful of files runs on this thread whatever --jobs is (no cores counted, no worker URL resolved); larger
  // batches get the workers their formats' work pays for, up to --jobs or the cores other processes leave free.
  let plan: WorkerPlan = { workers: 1, heap: 'lean' };
  if (listed.length >= 2 && io.workerUrl && opts.jobs !== 1) {
    const cores = availableParallelism();
    plan = planWorkers(listed, { jobs: opts.jobs, cores });
    // How busy the machine is matters only when the work would pay for more than one worker.
    if (opts.jobs === undefined && plan.workers > 1) plan = planWorkers(listed, { cores, busy: await coresBusy(cpuAtStart, cores) });
  }
  const workers = plan.workers;
  const tally = new Tally(Math.max(1, workers), notRead);

  // With --db or --tables, documents go to stdout only when a --format is asked for.
  const toStdout = !outputs && ((!opts.db && !opts.tables) || opts.format !== undefined);
  const csvStart = opts.excel ? EXCEL_BOM : '';
  // Sinks beside stdout and --out (the database) take each document here, in order, on this thread.
  const sinks: ((doc: MinutesDocument, file: string) => void)[] = [];
  let provenance: Provenance | undefined;
  if ((opts.sources || opts.council) && !opts.db && !opts.tables) {
    io.stderr.write(`minutes: --sources and --council need --db or --tables (where the URL and council are written)\n${USAGE_HINT}`);
    return EXIT_USAGE;
  }
  if (opts.sources || opts.council) {
    const { Provenance, SourcesError } = await import('../write/provenance.js');
    try {
      provenance = opts.sources ? Provenance.read(opts.sources, opts.council ?? null) : new Provenance(opts.council ?? null);
    } catch (e) {
      if (!(e instanceof SourcesError)) throw e;
      io.stderr.write(`minutes: --sources: ${e.message}\n`);
      return EXIT_USAGE;
    }
  }
  const originOf = (file: string): Origin | undefined => provenance?.of(file);
  let database: DatabaseSink | undefined;
  if (opts.db) {
    // The SQLite driver and the table schema are loaded only with --db.
    const sqlite = await import('../write/sqlite.js');
    try {
      database = sqlite.openDatabaseSink(opts.db);
    } catch (e) {
      io.stderr.write(e instanceof sqlite.DriverMissingError ? `minutes: ${e.message}\n` : `minutes: cannot write database ${opts.db}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    const db = database;
    sinks.push((doc, file) => db.write(doc, originOf(file)));
  }
  let tables: TablesSink | undefined;
  if (opts.tables) {
    try {
      tables = (await import('../write/tables.js')).openTables(opts.tables, { excel: opts.excel });
    } catch (e) {
      database?.close();
      io.stderr.write(`minutes: cannot write tables in ${opts.tables}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    const t = tables;
    sinks.push((doc, file) => t.write(doc, originOf(file)));
  }
  // When the database decides alone whether a file needs parsing (no stdout, no tables; --out only with
  // --skip-unchanged), each file goes to the parser with the hash stored for it, read here once.
  const skipKnown = database !== undefined && !toStdout && !tables && (!outputs || !!opts.skipUnchanged);
  const stored = database && (skipKnown || opts.prune) ? database.stored() : undefined;

  // Output is gathered into a buffer and written ~256 KB at a time: one write call per document costs more than
  // the encoding. Documents are encoded (or, from workers, copied) straight into it: no joined strings.
  // A buffer written goes back to `outputBuffers` once the stream is done with it (see CommandIO.stdout).
  const OUTPUT_BUFFER = 2 * OUTPUT_CHUNK;
  const outputBuffers: Buffer[] = [];
  let out: Buffer = Buffer.allocUnsafeSlow(OUTPUT_BUFFER);
  let outAt = 0;
  // Workers' result buffers, emitted: free to go back to a worker with its next task.
  const spare: ArrayBuffer[] = [];
  const flush = async (): Promise<void> => {
    if (outAt === 0) return;
    const done = out;
    const chunk = out.subarray(0, outAt);
    out = outputBuffers.pop() ?? Buffer.allocUnsafeSlow(OUTPUT_BUFFER);
    outAt = 0;
    // A buffer made larger for one large document is not kept.
    const written = (): void => {
      if (done.length === OUTPUT_BUFFER) outputBuffers.push(done);
    };
    if (!io.stdout.write(chunk, written)) await once(io.stdout, 'drain');
  };
  /** Makes room for `bytes` more bytes in `out`. */
  const room = async (bytes: number): Promise<void> => {
    if (outAt + bytes <= out.length) return;
    await flush();
    if (bytes > out.length) out = Buffer.allocUnsafeSlow(bytes);
  };
  const write = async (chunks: Chunk[]): Promise<void> => {
    for (const c of chunks) {
      if (typeof c === 'string') {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: the bytes are counted only when the text might not fit.
        if (outAt + 3 * c.length > out.length) await room(Buffer.byteLength(c));
        outAt += out.write(c, outAt);
      } else {
        await room(c.length);
        out.set(c, outAt);
        outAt += c.length;
      }
    }
    if (outAt >= OUTPUT_CHUNK) await flush();
  };
  let index = 0;
  const emit = async ({ outcome, document }: Parsed): Promise<void> => {
    // Skipped unparsed: the database holds these bytes already (and --out, if any, too), and the document's warnings.
    if (outcome.skipped && database) {
      database.keep();
      const origin = originOf(outcome.path);
      if (origin) database.setOrigin(outcome.path, origin);
      if (!outputs) {
        outcome.warnings = database.storedWarnings(outcome.path);
        outcome.failed = outcome.warnings.some((w) => w.severity === 'error');
      }
    }
    tally.add(outcome);
    for (const w of outcome.warnings) {
      if (w.severity !== 'error' && opts.quiet) continue;
      if (w.severity === 'info' && !opts.info) continue;
      progress?.clear();
      io.stderr.write(`${message(outcome.path, w)}\n`);
    }
    if (outcome.json !== null) {
      const json = outcome.json;
      let doc = document;
      const getDoc = (): MinutesDocument => (doc ??= JSON.parse(jsonText(json)) as MinutesDocument);
      for (const sink of sinks) sink(getDoc(), outcome.path);
      // A pack's further meetings: NDJSON gives each its own line (other formats keep one document per file).
      const more = format === 'ndjson' ? (outcome.more ?? []) : [];
      const moreBody = (text: string, at: number, of: number, single: boolean): Chunk[] => body(format, pretty, text, () => JSON.parse(text) as MinutesDocument, at, of, single, csvStart);
      if (outputs) {
        const target = outputs.get(outcome.path)!;
        try {
          const parts = [...body(format, pretty, json, getDoc, 0, 1, true, csvStart), ...more.flatMap((m) => moreBody(m, 0, 1, true))];
          writeFileAtomic(target, parts.every((c) => typeof c === 'string') ? parts.join('') : Buffer.concat(parts.map(toBuffer)));
        } catch (e) {
          progress?.clear();
          const text = `Unexpected failure writing ${target} (${(e as Error).message}), expected the output written`;
          io.stderr.write(`${message(outcome.path, { code: 'output-failed', id: 'output-failed', severity: 'error', message: text, line: null })}\n`);
          tally.failOutput(outcome.path, text);
        }
      } else if (toStdout) {
        await write(body(format, pretty, json, getDoc, index, count, false, csvStart));
        for (const m of more) await write(moreBody(m, index, count, false));
      }
      index++;
    }
    progress?.tick();
  };

  const options: TaskOptions = { from: opts.from, withSource: opts.withSource, maxBytes: opts.maxBytes, validate: opts.validate, skipUnchanged: opts.skipUnchanged, config };
  const absent = new Set(missing);
  const taskFile = (path: string): TaskFile =>
    absent.has(path) ? { path, out: outputs?.get(path), missing: true } : { path, out: outputs?.get(path), known: skipKnown ? (stored?.get(path) ?? '') : undefined };

  if (toStdout) await write([(format === 'csv' ? csvStart : '') + writer.begin(count)]);
  if (workers <= 1) {
    for (const path of listed) await emit(await parseOne(taskFile(path), options));
  } else {
    const perTask = Math.min(MAX_FILES_PER_TASK, Math.max(1, Math.ceil(listed.length / (workers * 8))));
    const taskCount = Math.ceil(listed.length / perTask);
    // Workers load the config file themselves (a compiled config holds functions).
    const workerOptions: TaskOptions = { ...options, config: undefined, configFile };
    // Made as it is sent, with a spent result buffer to reuse if there is one.
    const task = (id: number): Task => ({ id, files: listed.slice(id * perTask, (id + 1) * perTask).map(taskFile), options: workerOptions, buffer: spare.pop() });
    const crashed = (task: Task, reason: string): Outcome[] =>
      task.files.map((f) => outcomeOf(f.path, failedDocument(f.path, makeWarning('rule-failed', `Unexpected ${reason} while parsing this run of files, expected a document`)), true));
    // worker_threads is loaded only for a pool.
    const { WorkerPool } = await import('./pool.js');
    const pool = new WorkerPool(workers, io.workerUrl!, crashed, plan.heap);
    try {
      // A bounded window of tasks in flight: results that arrive early wait for their turn, nothing more is held.
      const window = workers * 3;
      const running = new Map<number, Promise<TaskOutcomes>>();
      let next = 0;
      for (let t = 0; t < taskCount; t++) {
        for (; next < taskCount && next < t + window; next++) running.set(next, pool.run(task(next)));
        const { outcomes, texts } = await running.get(t)!;
        running.delete(t);
        for (const outcome of outcomes()) await emit({ outcome, document: null });
        // Its JSON bytes are copied into the output (or written to --out files): the buffer can go back to a worker.
        if (texts) spare.push(texts);
      }
    } finally {
      await pool.close();
    }
  }
  if (stdin) {
    const r = await processBytes('-', await io.readStdin(), options);
    await emit({ outcome: outcomeOf('-', r.document, r.failed, r.more), document: r.document });
  }
  if (database && stored && opts.prune) {
    // Stored paths this run did not list (standard input is never pruned).
    const listedNow = new Set(listed);
    database.prune(await deletedUnder(inputs, opts.ignore ?? [], [...stored.keys()].filter((p) => !listedNow.has(p) && p !== '-')));
  }
  tables?.close();
  // An exception before this line loses only the open batch: committed documents are whole.
  const stats = database?.close();
  if (database && opts.db) {
    // Datasette metadata beside the database: table descriptions, facets, full-text tables, canned queries.
    const { datasetteMetadata, metadataPath } = await import('../write/datasette.js');
    const { deriveTables } = await import('../write/sqlite-schema.js');
    const metadata = datasetteMetadata(opts.db, deriveTables().map((t) => t.name));
    writeFileAtomic(metadataPath(opts.db), `${JSON.stringify(metadata, null, 2)}\n`);
  }
  if (stats && chatty) {
    io.stderr.write(`minutes: ${opts.db}: ${stats.written} written, ${stats.replaced} replaced, ${stats.unchanged} unchanged${opts.prune ? `, ${stats.pruned} pruned` : ''}\n`);
  }
  if (toStdout) await write([writer.end(count)]);
  await flush();
  progress?.clear();

  const report = tally.finish((now() - started) / 1000);
  if (chatty && (count > 1 || report.notRead.ignored + Object.keys(report.notRead.byExtension).length > 0)) io.stderr.write(formatSummary(report, paint));
  if (opts.report) {
    try {
      writeFileAtomic(opts.report, `${JSON.stringify(report, null, 2)}\n`);
    } catch (e) {
      io.stderr.write(`minutes: cannot write the report ${opts.report}: ${(e as Error).message}\n`);
      return getExitCode({ failed: report.failed + 1, warnings: 0 });
    }
  }
  const code = getExitCode({ failed: report.failed, warnings: tally.warningCount }, { frail: opts.frail });
  // Exit 1 for warnings alone: say so in one line, even with --quiet (a CI log must show why the gate failed).
  if (code !== 0 && report.failed === 0 && messages !== 'json') {
    const n = tally.warningCount;
    io.stderr.write(`minutes: exit 1 under --frail: ${n} warning${n === 1 ? '' : 's'} (${describeWarnings(report.warnings)})\n`);
  }
  return code;
}
