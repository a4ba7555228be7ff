// One input file to one document, never throwing: an unreadable or broken
// file becomes a document with no items and an error-severity warning, so a
// batch writes a record for every input and nothing is silently dropped.
import { readFile, stat } from 'node:fs/promises';
import type { MinutesDocument, SourceFormat, Warning } from './schema/document.js';
import { MinutesDocument as DocumentSchema, SCHEMA_VERSION } from './schema/document.js';
import { makeWarning } from './schema/warnings.js';
import { parseBuffer, ReadError } from './api.js';
import { sha256 } from './parse.js';
import { VERSION } from './version.js';
import type { CompiledConfig } from './config/compile.js';

export interface FileOptions {
  from?: SourceFormat;
  withSource?: boolean;
  /** Files larger than this are refused (default 64 MiB). */
  maxBytes?: number;
  /** Local phrasings (minutes.config.json). */
  config?: CompiledConfig;
}

export interface FileResult {
  document: MinutesDocument;
  /** True when the file could not be read or parsed. */
  failed: boolean;
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

/** Parses bytes already in memory (stdin, workers). */
export async function processBytes(path: string, bytes: Uint8Array, options: FileOptions = {}): Promise<FileResult> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    return { document: failedDocument(path, makeWarning('input-too-large', `Unexpected file of ${bytes.length} bytes, expected at most ${max} (--max-bytes)`), bytes), failed: true };
  }
  try {
    const { document } = await parseBuffer(bytes, { path, from: options.from, withSource: options.withSource, config: options.config });
    const checked = DocumentSchema.safeParse(document);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return {
        document: failedDocument(path, makeWarning('rule-failed', `Unexpected invalid output at ${issue.path.join('.')} (${issue.message}), expected a schema-valid document`), bytes),
        failed: true,
      };
    }
    return { document, failed: false };
  } catch (e) {
    if (e instanceof ReadError) return { document: failedDocument(path, makeWarning(e.id, e.message), bytes), failed: true };
    return { document: failedDocument(path, makeWarning('rule-failed', `Unexpected error while parsing (${describe(e)}), expected a document`), bytes), failed: true };
  }
}

/** Reads and parses one file. */
export async function processFile(path: string, options: FileOptions = {}): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const info = await stat(path);
    if (info.size > max) {
      return { document: failedDocument(path, makeWarning('input-too-large', `Unexpected file of ${info.size} bytes, expected at most ${max} (--max-bytes)`)), failed: true };
    }
    bytes = await readFile(path);
  } catch (e) {
    return { document: failedDocument(path, makeWarning('unreadable-input', `Unexpected unreadable file (${describe(e)}), expected a readable file`)), failed: true };
  }
  return processBytes(path, bytes, options);
}
