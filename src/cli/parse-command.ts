// `minutes parse FILE|GLOB|- ... [--format json|ndjson|csv] [--out DIR] [--pretty]`
import type { MinutesDocument, SourceFormat } from '../schema/document.js';
import { processBytes, processFile, type FileResult } from '../batch.js';
import { WRITERS, type OutputFormat } from '../write/index.js';
import { expandInputs } from './inputs.js';
import { commonDirectory, outputPath, writeFileAtomic } from './output.js';
import { formatWarning } from './render.js';
import { EXIT_USAGE, getExitCode } from './exit.js';
import type { CompiledConfig } from '../config/compile.js';

export interface ParseCommandOptions {
  format?: OutputFormat;
  out?: string;
  pretty?: boolean;
  from?: SourceFormat;
  ignore?: string[];
  withSource?: boolean;
  quiet?: boolean;
  frail?: boolean;
  maxBytes?: number;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readStdin: () => Promise<Uint8Array>;
}

export async function runParse(inputs: string[], opts: ParseCommandOptions, io: CommandIO, config?: CompiledConfig): Promise<number> {
  const { files, missing, stdin } = expandInputs(inputs, opts.ignore ?? []);
  if (files.length === 0 && !stdin && missing.length === 0) {
    io.stderr.write('minutes: no input files\n');
    return EXIT_USAGE;
  }
  const all = [...files, ...(stdin ? ['-'] : [])];
  const count = all.length + missing.length;
  const format: OutputFormat = opts.format ?? (count === 1 || opts.out ? 'json' : 'ndjson');
  const writer = WRITERS[format];
  const base = commonDirectory(files);
  let failed = 0;
  let warnings = 0;
  let index = 0;

  if (!opts.out) io.stdout.write(writer.begin(count));
  const emit = (doc: MinutesDocument, result: Pick<FileResult, 'failed'>, file: string): void => {
    if (result.failed) failed++;
    for (const w of doc.warnings) {
      if (w.severity !== 'error') warnings++;
      if (w.severity === 'error' || !opts.quiet) io.stderr.write(`${formatWarning(file, w)}\n`);
    }
    if (opts.out) {
      const body = format === 'csv' ? writer.begin(1) + writer.document(doc, 0, 1, !!opts.pretty) : writer.document(doc, 0, 1, !!opts.pretty);
      writeFileAtomic(outputPath(opts.out, base, file, writer.extension), body);
    } else {
      io.stdout.write(writer.document(doc, index, count, !!opts.pretty));
    }
    index++;
  };
  const fileOptions = { from: opts.from, withSource: opts.withSource, maxBytes: opts.maxBytes, config };
  // Missing inputs are reported in sorted place with the files.
  const ordered = [...all.filter((f) => f !== '-'), ...missing].sort();
  if (stdin) ordered.push('-');
  for (const file of ordered) {
    const result = file === '-' ? await processBytes('-', await io.readStdin(), fileOptions) : await processFile(file, fileOptions);
    emit(result.document, result, file);
  }
  if (!opts.out) io.stdout.write(writer.end(count));
  return getExitCode({ failed, warnings }, { frail: opts.frail });
}
