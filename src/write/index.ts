// Writers, one per output format. The table is typed by format so a format
// without a writer does not compile.
import type { MinutesDocument } from '../schema/document.js';
import { csvHeader, documentToCsv } from './csv.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';

export interface Writer {
  /** File extension for --out. */
  extension: string;
  /** Written once before the first document on a stream. */
  begin(count: number): string;
  /** One document; `index` is its position in the stream. */
  document(doc: MinutesDocument, index: number, count: number, pretty: boolean): string;
  /** Written once after the last document. */
  end(count: number): string;
}

export const WRITERS = {
  // One input: the document. Several inputs on one stream: a JSON array.
  json: {
    extension: '.json',
    begin: (count) => (count === 1 ? '' : '[\n'),
    document: (doc, index, count, pretty) => {
      const body = JSON.stringify(doc, null, pretty ? 2 : undefined);
      return count === 1 ? `${body}\n` : `${index > 0 ? ',\n' : ''}${body}`;
    },
    end: (count) => (count === 1 ? '' : '\n]\n'),
  },
  ndjson: {
    extension: '.ndjson',
    begin: () => '',
    document: (doc) => `${JSON.stringify(doc)}\n`,
    end: () => '',
  },
  csv: {
    extension: '.csv',
    begin: () => csvHeader(),
    document: (doc) => documentToCsv(doc),
    end: () => '',
  },
} satisfies Record<OutputFormat, Writer>;

export const OUTPUT_FORMATS = Object.keys(WRITERS) as OutputFormat[];
