// The line model every reader yields: the tokenizer and extractors never know
// which format a line came from.
import type { SourceFormat, Warning } from '../schema/document.js';

/** What a structured reader (markdown, html, docx) knows about a line's block. */
export type BlockHint = 'heading' | 'list-item' | 'paragraph' | 'table-cell' | 'table-row';

export interface SourceLine {
  /** 1-based line number in the reader's text rendering (the source text for .txt). */
  line: number;
  /** The line with whitespace normalised (NBSP, tabs) and trimmed. */
  text: string;
  /** Leading whitespace width before normalisation; layout PDFs indent sub-paragraphs. */
  indent: number;
  /** 1-based page, for paginated sources. */
  page?: number;
  /** Block kind when the reader knows it. */
  hint?: BlockHint;
  /** Heading depth (1-6) when hint is "heading". */
  depth?: number;
}

/** One field of a document's own metadata (YAML front matter a converter wrote): not the minutes' text. */
export interface MetadataField {
  /** The key as written, lower-cased ("title", "date"). */
  key: string;
  value: string;
  /** 1-based line of the field in the file. */
  line: number;
}

export interface ReadResult {
  format: SourceFormat;
  /** The text the lines index into (what `--with-source` quotes). */
  text: string;
  lines: SourceLine[];
  warnings: Warning[];
  pages?: number;
  /** Front matter fields: metadata about the file, usable only as a labelled fallback for what the minutes do not state. */
  metadata?: MetadataField[];
}
