// Format detection and the reader registry. Detection looks at the content
// (magic bytes, "<html", "%PDF-", the zip header of .docx), then the extension.
import { extname } from 'node:path';
import type { SourceFormat } from '../schema/document.js';

import { decodeBytes, looksBinary } from './decode.js';
import { markdownToLines } from './markdown.js';
import { textToLines } from './text.js';
import type { ReadResult } from './types.js';
import { ReadError } from './errors.js';

export { ReadError };

export type Reader = (bytes: Uint8Array) => ReadResult | Promise<ReadResult>;

function readText(bytes: Uint8Array): ReadResult {
  const { text, warnings } = decodeBytes(bytes);
  return { format: 'text', text, lines: textToLines(text), warnings };
}

function readMarkdown(bytes: Uint8Array): ReadResult {
  const { text, warnings } = decodeBytes(bytes);
  return { format: 'markdown', text, lines: markdownToLines(text), warnings };
}

/** The readers, one per format. Formats whose reader is not built in say so clearly. */
export const READERS: Partial<Record<SourceFormat, Reader>> = {
  text: readText,
  markdown: readMarkdown,
  // HTML, PDF and Word readers load their libraries on first use: text files start fast.
  html: async (bytes) => (await import('./html.js')).readHtml(bytes),
  pdf: async (bytes) => (await import('./pdf.js')).readPdf(bytes),
  docx: async (bytes) => (await import('./docx.js')).readDocx(bytes),
};

const EXTENSIONS: Record<string, SourceFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const startsWith = (bytes: Uint8Array, magic: string): boolean => {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
};

/** Detects the format from content first, then the file extension. */
export function detectFormat(bytes: Uint8Array, path: string): SourceFormat {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(?:html|body|head|div|p|table)\b/.test(head))) return 'html';
  return EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

export interface ReadOptions {
  path: string;
  from?: SourceFormat;
}

/** Reads a file's bytes into the line model, or throws a ReadError naming what is wrong. */
export async function readSource(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('empty-input', 'Unexpected empty file, expected council minutes');
  const format = options.from ?? detectFormat(bytes, options.path);
  const reader = READERS[format];
  if (!reader) throw new ReadError('unreadable-input', `Unexpected ${format} file, expected a format this build reads (${Object.keys(READERS).join(', ')})`);
  if ((format === 'text' || format === 'markdown') && looksBinary(bytes)) {
    throw new ReadError('binary-input', 'Unexpected binary data, expected text (use --from to name the format)');
  }
  const result = await reader(bytes);
  if (!result.lines.some((l) => l.text !== '')) {
    throw new ReadError('empty-input', 'Unexpected file with no text, expected council minutes');
  }
  return result;
}

