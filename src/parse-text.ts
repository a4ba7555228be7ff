// `parseMinutes(text)`: the library's synchronous entry for text already in
// memory, plain or markdown. Kept apart from the pipeline (parse.ts) so that
// the CLI, which reads every file through parseBuffer and loads the markdown
// reader only for markdown files, never loads remark at start-up.
import type { SourceFormat } from './schema/document.js';
import { textToLines } from './read/text.js';
import { frontMatterFields, markdownToLines } from './read/markdown.js';
import { parseLines, sha256, type ParseOptions, type ParseResult } from './parse.js';

/** Parses the text of council minutes. Synchronous; for files of any format use `parseBuffer`. */
export function parseMinutes(text: string, options: ParseOptions = {}): ParseResult {
  const format: SourceFormat = options.format ?? 'text';
  const lines = format === 'markdown' ? markdownToLines(text) : textToLines(text);
  const bytes = Buffer.byteLength(text, 'utf8');
  const metadata = format === 'markdown' ? frontMatterFields(text) : [];
  return parseLines({ format, text, lines, warnings: [], ...(metadata.length ? { metadata } : {}) }, { path: options.path ?? '<text>', sha256: sha256(text), bytes }, options);
}
