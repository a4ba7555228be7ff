// What the batch runner and its worker threads exchange. A task is a run of
// consecutive files in sorted input order; a worker answers with one outcome
// per file, in the same order. Documents cross the thread boundary as their
// JSON text (copying one string is far cheaper than a structured clone of
// the object), so the main thread only writes strings unless a sink or a
// format needs the object back.
import { readFileSync } from 'node:fs';
import type { MinutesDocument, Warning } from './schema/document.js';
import { failedDocument, processBytes, processFile, readInput, tallyDocument, DEFAULT_MAX_BYTES, type DocumentTally, type FileOptions } from './batch.js';
import { sha256 } from './parse.js';
import { makeWarning } from './schema/warnings.js';
import { VERSION } from './version.js';

export interface TaskFile {
  /** The input path as listed (also the document's source.path). */
  path: string;
  /** Its output file under --out, checked by --skip-unchanged. */
  out?: string;
  /**
   * The sha256 the --db database holds for this path, when the database must
   * be up to date for the file to be skipped ('' when it holds none the file
   * could match). Without --out, it is the file's only destination: a file
   * whose bytes hash to it is skipped unparsed. Absent when documents are
   * needed whatever the database holds (stdout, --out without --skip-unchanged).
   */
  known?: string;
  /** A command-line input that named nothing: no such file, or a glob that matched nothing. */
  missing?: boolean;
}

export interface TaskOptions extends FileOptions {
  skipUnchanged?: boolean;
  /**
   * The config file the main thread loaded: a compiled config holds functions,
   * which cannot cross to a worker, so each worker loads the file itself.
   */
  configFile?: string;
}

export interface Task {
  id: number;
  files: TaskFile[];
  options: TaskOptions;
  /**
   * A result buffer the main thread is done with, handed back (transferred)
   * for this task's texts: buffers go round instead of being allocated for
   * every task and left to the main thread's garbage collector.
   */
  buffer?: ArrayBuffer;
}

export interface Outcome {
  path: string;
  /**
   * JSON.stringify(document), as text on the thread that parsed it or as
   * UTF-8 bytes from a worker (encoded there, moved without a copy); null
   * when the file was skipped as unchanged.
   */
  json: string | Uint8Array | null;
  skipped: boolean;
  failed: boolean;
  /** Input size in bytes (0 when unreadable). */
  bytes: number;
  warnings: Warning[];
  tally: DocumentTally;
  /** JSON.stringify of each further meeting of a reports pack that holds several sets of minutes (NDJSON writes each as a line). */
  more?: string[];
}

/**
 * A worker's answer: everything is in one buffer, transferred, not copied:
 * the JSON of each document, back to back from the start, then the JSON of
 * the outcomes (with `json` null) and of the documents' byte lengths. Tasks
 * that wait for their turn on the main thread hold no objects on its heap,
 * only this buffer (objects held across collections there made V8 grow its
 * young generation, and peak memory grow with the archive).
 */
export interface TaskResult {
  id: number;
  /** The documents, then the outcomes and lengths (may be longer than that). */
  texts: ArrayBuffer;
  /** Where the outcomes' JSON starts in `texts`, and its byte length. */
  meta: { at: number; length: number };
}

/** What follows the documents in TaskResult.texts. */
interface TaskMeta {
  outcomes: Outcome[];
  /** Byte length of each outcome's JSON; -1 for none. */
  lengths: number[];
}

/**
 * Packs a task's outcomes into one transferable buffer, each as soon as its
 * file is parsed (the worker side): the text of a document is garbage once
 * copied, instead of living on, into the worker's old generation, until the
 * whole task is done.
 */
export class TextPacker {
  private buffer: ArrayBuffer;
  private view: Buffer;
  private at = 0;
  private readonly meta: TaskMeta = { outcomes: [], lengths: [] };

  /** `reuse`: a buffer handed back by the main thread (Task.buffer). */
  constructor(reuse?: ArrayBuffer) {
    this.buffer = reuse ?? new ArrayBuffer(256 * 1024);
    this.view = Buffer.from(this.buffer);
  }

  private write(text: string): number {
    const n = Buffer.byteLength(text);
    if (this.at + n > this.buffer.byteLength) {
      const bigger = new ArrayBuffer(Math.max(this.at + n, Math.ceil(this.buffer.byteLength * 1.5)));
      new Uint8Array(bigger).set(new Uint8Array(this.buffer, 0, this.at));
      this.buffer = bigger;
      this.view = Buffer.from(bigger);
    }
    this.at += this.view.write(text, this.at, n, 'utf8');
    return n;
  }

  add(outcome: Outcome): void {
    this.meta.lengths.push(typeof outcome.json === 'string' ? this.write(outcome.json) : -1);
    this.meta.outcomes.push({ ...outcome, json: null });
  }

  result(id: number): TaskResult {
    const at = this.at;
    const length = this.write(JSON.stringify(this.meta));
    return { id, texts: this.buffer, meta: { at, length } };
  }
}

/** The outcomes of a task, each with its JSON bytes (a view into `texts`; the main-thread side). */
export function unpackTexts(result: TaskResult): Outcome[] {
  const { at, length } = result.meta;
  const meta = JSON.parse(Buffer.from(result.texts, at, length).toString('utf8')) as TaskMeta;
  let offset = 0;
  meta.outcomes.forEach((o, i) => {
    const n = meta.lengths[i];
    if (n >= 0) {
      o.json = new Uint8Array(result.texts, offset, n);
      offset += n;
    }
  });
  return meta.outcomes;
}

/** The JSON text of an outcome as a string. */
export function jsonText(json: string | Uint8Array): string {
  return typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
}

/** An outcome with the document object when it is at hand (same thread). */
export interface Parsed {
  outcome: Outcome;
  document: MinutesDocument | null;
}

const NO_TALLY: DocumentTally = { items: 0, resolutions: 0, actions: 0, questions: 0 };

/**
 * The warnings of the output file when it records this source hash and this
 * tool version (the file is unchanged); null when it must be parsed again.
 */
function unchangedWarnings(out: string, digest: string): Warning[] | null {
  try {
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { source?: { sha256?: string; tool?: string }; warnings?: Warning[] };
    return doc.source?.sha256 === digest && doc.source?.tool === VERSION ? (doc.warnings ?? []) : null;
  } catch {
    // No output yet, or not one JSON document: parse again.
    return null;
  }
}

/**
 * A file skipped as unchanged keeps what its stored document says: its
 * warnings, and its failure when one is an error (a re-run of a CI gate
 * fails as the first run did).
 */
export function skippedOutcome(path: string, bytes: number, warnings: Warning[]): Outcome {
  return { path, json: null, skipped: true, failed: warnings.some((w) => w.severity === 'error'), bytes, warnings, tally: NO_TALLY };
}

export function outcomeOf(path: string, document: MinutesDocument, failed: boolean, more?: readonly MinutesDocument[]): Outcome {
  const outcome: Outcome = { path, json: JSON.stringify(document), skipped: false, failed, bytes: document.source.bytes, warnings: document.warnings, tally: tallyDocument(document) };
  if (more && more.length) outcome.more = more.map((d) => JSON.stringify(d));
  return outcome;
}

/**
 * Parses one listed file, or skips it as unchanged when every destination it
 * has records its bytes: the --out file (with --skip-unchanged) and the
 * database (a `known` hash). Never throws.
 */
export async function parseOne(file: TaskFile, options: TaskOptions): Promise<Parsed> {
  if (file.missing) {
    const document = failedDocument(file.path, makeWarning('unreadable-input', 'Unexpected input that names no file (no such file, or a glob that matched nothing), expected a file, directory or glob'));
    return { outcome: outcomeOf(file.path, document, true), document };
  }
  const out = options.skipUnchanged ? file.out : undefined;
  if (out !== undefined || file.known !== undefined) {
    let bytes: Uint8Array | null = null;
    try {
      const read = readInput(file.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
      if (read instanceof Uint8Array) bytes = read;
    } catch {
      // Unreadable: processFile below reports it.
    }
    if (bytes) {
      const digest = sha256(bytes);
      const kept = out === undefined ? [] : unchangedWarnings(out, digest);
      // Without --out, the main thread takes the warnings from the database (storedWarnings).
      if ((file.known === undefined || file.known === digest) && kept !== null) return { outcome: skippedOutcome(file.path, bytes.length, kept), document: null };
      const r = await processBytes(file.path, bytes, options);
      return { outcome: outcomeOf(file.path, r.document, r.failed, r.more), document: r.document };
    }
  }
  const r = await processFile(file.path, options);
  return { outcome: outcomeOf(file.path, r.document, r.failed, r.more), document: r.document };
}
