// Format detection and the reader registry. Detection looks at the content
// (magic bytes, "<html", "%PDF-", the zip header of .docx), then the extension.
import { extname } from 'node:path';
import type { SourceFormat } from '../schema/document.js';

import { decodeBytes, looksBinary } from './decode.js';
import { textToLines } from './text.js';
import type { ReadResult } from './types.js';
import { ReadError } from './errors.js';

export { ReadError };

export type Reader = (bytes: Uint8Array) => ReadResult | Promise<ReadResult>;

function readText(bytes: Uint8Array): ReadResult {
  const decoded = decodeBytes(bytes);
  const warnings = decoded.warnings;
  // A text dump that lost its line breaks is broken again by the tokenizer, each piece keeping its source line.
  return { format: 'text', text: decoded.text, lines: textToLines(decoded.text), warnings };
}

// remark is loaded only when a markdown file is read (it costs ~20 ms of start-up).
async function readMarkdown(bytes: Uint8Array): Promise<ReadResult> {
  const { frontMatterFields, markdownToLines } = await import('./markdown.js');
  const { text, warnings } = decodeBytes(bytes);
  const result: ReadResult = { format: 'markdown', text, lines: markdownToLines(text), warnings };
  const metadata = frontMatterFields(text);
  if (metadata.length) result.metadata = metadata;
  return result;
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

const OLE_MAGIC = '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1';

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

/** What a legacy Word file (by its bytes here, by its name in the batch) is told. */
export const LEGACY_WORD_MESSAGE =
  'Unexpected legacy Word .doc file (Word 97-2003 binary format), expected .docx, PDF, HTML or text: save it as .docx from Word or LibreOffice (soffice --headless --convert-to docx FILE)';

/** Reads a file's bytes into the line model, or throws a ReadError naming what is wrong. */
export async function readSource(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReadError('empty-input', 'Unexpected empty file, expected council minutes');
  // Word 97-2003 (.doc) and other Office binary files share the OLE compound-file header.
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new ReadError('unreadable-input', LEGACY_WORD_MESSAGE);
  }
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

