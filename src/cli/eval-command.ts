// `minutes eval --gold DIR [--verbose] [--json]`: parse every document in DIR
// and score it against ID.gold.json beside it (rules: the corpus README).
import { statSync } from 'node:fs';
import { evaluateDirectory, type EvalResult } from '../eval/corpus.js';
import { optimizeRegexps } from './regexp-mode.js';
import { FIT_FIELDS, type FieldScore } from '../eval/score.js';
import type { CompiledConfig } from '../config/compile.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit.js';

export interface EvalCommandOptions {
  gold: string;
  verbose?: boolean;
  json?: boolean;
}

const num = (n: number, width: number): string => String(n).padStart(width);

function row(r: FieldScore): string {
  const fit = FIT_FIELDS.includes(r.field) && r.match ? (r.fit / r.match).toFixed(2) : '    ';
  return `${r.field.padEnd(14)} ${num(r.gold, 5)} ${num(r.pred, 5)} ${num(r.match, 5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}  ${fit}`;
}

/** The score table, in the shared scorer's layout. */
export function formatEvalTable(result: EvalResult): string {
  const s = result.summary;
  const out = [
    `documents ${s.documents}  missing inputs ${result.missingInputs.length}  unreadable ${result.failedInputs.length}`,
    'field           gold  pred match   prec    rec     F1   fit',
    ...s.fields.map(row),
    `macro F1 ${s.macroF1.toFixed(3)}`,
  ];
  return `${out.join('\n')}\n`;
}

/** Every missed and spurious record, "doc:line  field  MISSED|SPURIOUS  text". */
export function formatEvalErrors(result: EvalResult): string {
  const lines: string[] = [];
  for (const d of result.documents) {
    for (const e of d.errors) {
      const place = e.line === null ? e.doc : `${e.doc}:${e.line}`;
      lines.push(`${place}  ${e.field}  ${e.kind === 'missed' ? 'MISSED  ' : 'SPURIOUS'}  ${e.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

export async function runEval(opts: EvalCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, config?: CompiledConfig): Promise<number> {
  let isDir = false;
  try {
    isDir = statSync(opts.gold).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    io.stderr.write(`minutes: --gold ${opts.gold}: not a directory\n`);
    return EXIT_USAGE;
  }
  let result: EvalResult;
  try {
    // A corpus: the regexes are compiled optimized (regexp-mode.ts).
    optimizeRegexps();
    result = await evaluateDirectory(opts.gold, { config });
  } catch (e) {
    io.stderr.write(`minutes: ${(e as Error).message}\n`);
    return EXIT_FAILED;
  }
  if (result.summary.documents === 0) {
    io.stderr.write(`minutes: no ID.gold.json files in ${opts.gold}\n`);
    return EXIT_USAGE;
  }
  if (opts.json) {
    const errors = opts.verbose ? result.documents.flatMap((d) => d.errors) : undefined;
    const out = { ...result.summary, missingInputs: result.missingInputs, failedInputs: result.failedInputs, ...(errors ? { errors } : {}) };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (opts.verbose) io.stdout.write(formatEvalErrors(result));
    io.stdout.write(formatEvalTable(result));
  }
  return result.missingInputs.length || result.failedInputs.length ? EXIT_FAILED : EXIT_OK;
}
