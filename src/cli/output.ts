// Where documents go: a stream (stdout) or one file per input under --out,
// mirroring the input tree below the inputs' common directory. Files are
// written to a temporary name and renamed, so an interrupted run leaves no
// partial output.
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';

/** The deepest directory containing every input. */
export function commonDirectory(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  const dirs = files.map((f) => dirname(resolve(f)).split(sep));
  let n = dirs[0].length;
  for (const d of dirs) {
    let k = 0;
    while (k < n && k < d.length && d[k] === dirs[0][k]) k++;
    n = k;
  }
  return dirs[0].slice(0, n).join(sep) || sep;
}

/** DIR/<path below the common directory, without extension><ext>. */
export function outputPath(outDir: string, base: string, file: string, extension: string): string {
  const rel = file === '-' ? 'stdin' : relative(base, resolve(file));
  const p = parse(rel);
  return join(outDir, p.dir, p.name + extension);
}

let tempCounter = 0;

/** Writes a file atomically: temp file in the same directory, then rename. */
export function writeFileAtomic(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${tempCounter++}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
