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
}

export interface TaskResult {
  id: number;
  /** Outcomes with `json` null: their JSON texts are in `texts`. */
  outcomes: Outcome[];
  /** Every outcome's JSON as UTF-8, back to back (transferred, not copied). */
  texts: ArrayBuffer;
  /** Byte length of each outcome's JSON in `texts`; -1 for none. */
  lengths: number[];
}

/** Packs the outcomes' JSON texts into one transferable buffer (the worker side). */
export function packTexts(id: number, outcomes: Outcome[]): TaskResult {
  const lengths = outcomes.map((o) => (typeof o.json === 'string' ? Buffer.byteLength(o.json) : -1));
  const texts = new ArrayBuffer(lengths.reduce((a, n) => a + Math.max(n, 0), 0));
  const view = Buffer.from(texts);
  let at = 0;
  outcomes.forEach((o, i) => {
    if (typeof o.json === 'string') at += view.write(o.json, at, lengths[i], 'utf8');
    o.json = null;
  });
  return { id, outcomes, texts, lengths };
}

/** Puts each outcome's JSON bytes back (the main-thread side). */
export function unpackTexts(result: TaskResult): Outcome[] {
  let at = 0;
  result.outcomes.forEach((o, i) => {
    const n = result.lengths[i];
    if (n >= 0) {
      o.json = new Uint8Array(result.texts, at, n);
      at += n;
    }
  });
  return result.outcomes;
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

/** True when the output file records this source hash and this tool version. */
function unchanged(out: string, digest: string): boolean {
  try {
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { source?: { sha256?: string; tool?: string } };
    return doc.source?.sha256 === digest && doc.source?.tool === VERSION;
  } catch {
    // No output yet, or not one JSON document: parse again.
    return false;
  }
}

export function outcomeOf(path: string, document: MinutesDocument, failed: boolean): Outcome {
  return { path, json: JSON.stringify(document), skipped: false, failed, bytes: document.source.bytes, warnings: document.warnings, tally: tallyDocument(document) };
}

/** Parses one listed file (or skips it as unchanged). Never throws. */
export async function parseOne(file: TaskFile, options: TaskOptions): Promise<Parsed> {
  if (file.missing) {
    const document = failedDocument(file.path, makeWarning('unreadable-input', 'Unexpected input that names no file (no such file, or a glob that matched nothing), expected a file, directory or glob'));
    return { outcome: outcomeOf(file.path, document, true), document };
  }
  if (options.skipUnchanged && file.out) {
    let bytes: Uint8Array | null = null;
    try {
      const read = readInput(file.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
      if (read instanceof Uint8Array) bytes = read;
    } catch {
      // Unreadable: processFile below reports it.
    }
    if (bytes) {
      if (unchanged(file.out, sha256(bytes))) {
        return { outcome: { path: file.path, json: null, skipped: true, failed: false, bytes: bytes.length, warnings: [], tally: NO_TALLY }, document: null };
      }
      const r = await processBytes(file.path, bytes, options);
      return { outcome: outcomeOf(file.path, r.document, r.failed), document: r.document };
    }
  }
  const r = await processFile(file.path, options);
  return { outcome: outcomeOf(file.path, r.document, r.failed), document: r.document };
}
