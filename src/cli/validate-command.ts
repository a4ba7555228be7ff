// `minutes validate FILE...`: checks JSON / NDJSON documents against the schema.
import { readFileSync } from 'node:fs';
import { MinutesDocument } from '../schema/document.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit.js';

function documentsIn(text: string): { value: unknown; line: number }[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? value.map((v) => ({ value: v, line: 1 })) : [{ value, line: 1 }];
  } catch {
    // Not one JSON value: NDJSON, one document per line.
    return text
      .split('\n')
      .map((l, i) => ({ raw: l, line: i + 1 }))
      .filter((l) => l.raw.trim() !== '')
      .map((l) => {
        try {
          return { value: JSON.parse(l.raw) as unknown, line: l.line };
        } catch (e) {
          return { value: new SyntaxError((e as Error).message), line: l.line };
        }
      });
  }
}

export function runValidate(files: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): number {
  if (files.length === 0) {
    io.stderr.write('minutes validate: no files\n');
    return EXIT_USAGE;
  }
  let bad = 0;
  let good = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      io.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
      bad++;
      continue;
    }
    const docs = documentsIn(text);
    if (docs.length === 0) {
      io.stderr.write(`${file}: Unexpected empty file, expected JSON or NDJSON documents\n`);
      bad++;
    }
    for (const d of docs) {
      if (d.value instanceof SyntaxError) {
        io.stderr.write(`${file}:${d.line}: Unexpected invalid JSON (${d.value.message}), expected a document\n`);
        bad++;
        continue;
      }
      const r = MinutesDocument.safeParse(d.value);
      if (r.success) good++;
      else {
        bad++;
        for (const issue of r.error.issues.slice(0, 5)) io.stderr.write(`${file}:${d.line}: ${issue.path.join('.') || '(document)'}: ${issue.message}\n`);
      }
    }
  }
  io.stdout.write(`${good} valid, ${bad} invalid\n`);
  return bad > 0 ? EXIT_FAILED : EXIT_OK;
}
