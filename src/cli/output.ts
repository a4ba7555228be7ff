// Where documents go: a stream (stdout) or one file per input under --out,
// mirroring the input tree below the inputs' common directory. Files are
// written to a temporary name and renamed, so an interrupted run leaves no
// partial output.
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, extname, join, parse, relative, resolve, sep } from 'node:path';

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

/**
 * Output path of every input under --out: the input tree mirrored below the
 * inputs' common directory. When two inputs would share an output (minutes.txt
 * beside minutes.md, or an input named stdin.txt beside "-"), each of them
 * keeps its source extension instead: minutes.txt.json, minutes.md.json.
 */
export function planOutputs(inputs: readonly string[], base: string, outDir: string, extension: string): Map<string, string> {
  const byTarget = new Map<string, string[]>();
  for (const file of inputs) {
    const target = outputPath(outDir, base, file, extension);
    const list = byTarget.get(target);
    if (list) list.push(file);
    else byTarget.set(target, [file]);
  }
  const plan = new Map<string, string>();
  for (const [target, sharing] of byTarget) {
    if (sharing.length === 1) plan.set(sharing[0], target);
    else for (const file of sharing) plan.set(file, outputPath(outDir, base, file === '-' ? '-' : file, `${file === '-' ? '' : extname(file)}${extension}`));
  }
  return plan;
}

let tempCounter = 0;

/** Writes a file atomically: temp file in the same directory, then rename. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  // Each directory is made once a run (a batch writes hundreds of files into each): a mkdir per
  // file was a tenth of the time spent writing. One removed meanwhile is made again.
  if (!madeDirectories.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirectories.add(dir);
  }
  // A dot-prefixed temporary name: never mistaken for an output by a glob over DIR.
  const p = parse(path);
  const tmp = join(p.dir, `.${p.base}.${process.pid}.${tempCounter++}.tmp`);
  try {
    try {
      writeFileSync(tmp, data);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, data);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
const madeDirectories = new Set<string>();
