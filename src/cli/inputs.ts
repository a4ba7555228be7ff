// Expanding command-line inputs: files, directories (recursed), quoted globs
// (fast-glob) and "-" for standard input. Output order is the sorted input
// order, whatever the parallelism.
import { statSync } from 'node:fs';

/** Extensions a directory walk picks up. */
export const INPUT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'];

export interface ExpandedInputs {
  files: string[];
  /** Inputs that named nothing: a missing file or a glob with no match. */
  missing: string[];
  stdin: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands the inputs. fast-glob (~20 ms of start-up) is loaded only when an
 * input is a directory or a glob: `minutes parse one.txt` never pays for it.
 */
export async function expandInputs(inputs: readonly string[], ignore: readonly string[] = []): Promise<ExpandedInputs> {
  let glob: typeof import('fast-glob') | undefined;
  const fg = async (): Promise<typeof import('fast-glob')> => (glob ??= (await import('fast-glob')).default);
  const files = new Set<string>();
  const missing: string[] = [];
  let stdin = false;
  const globOptions = { onlyFiles: true, dot: false, ignore: [...ignore], followSymbolicLinks: true, unique: true };
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    let isDir = false;
    let exists = false;
    try {
      const s = statSync(input);
      exists = true;
      isDir = s.isDirectory();
    } catch {
      exists = false;
    }
    if (exists && isDir) {
      const g = await fg();
      const base = g.escapePath(input.replace(/\/+$/, ''));
      for (const f of g.sync(`${base}/**/*.{${INPUT_EXTENSIONS.join(',')}}`, globOptions)) files.add(f);
    } else if (exists) {
      files.add(input);
    } else if (GLOB_CHARS.test(input)) {
      const found = (await fg()).sync(input, globOptions);
      if (found.length === 0) missing.push(input);
      for (const f of found) files.add(f);
    } else {
      missing.push(input);
    }
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // A name listed by a glob but gone by the time it was named again (a dangling link) is reported once.
  return { files: sorted, missing: missing.filter((m) => !files.has(m)), stdin };
}
