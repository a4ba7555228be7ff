// Parsing files of any format: read (async for PDF/Word), then the pipeline.
import type { SourceFormat } from './schema/document.js';
import { readSource, ReadError } from './read/index.js';
import { parseLines, sha256, type ParseOptions, type ParseResult } from './parse.js';

export interface BufferOptions extends Omit<ParseOptions, 'format'> {
  path: string;
  from?: SourceFormat;
}

/** Parses a file's bytes (any supported format) into a document. Throws ReadError for unreadable input. */
export async function parseBuffer(bytes: Uint8Array, options: BufferOptions): Promise<ParseResult> {
  const read = await readSource(bytes, { path: options.path, from: options.from });
  return parseLines(read, { path: options.path, sha256: sha256(bytes), bytes: bytes.length }, options);
}

export { ReadError };
