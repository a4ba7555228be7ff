// Expanding command-line inputs: files, directories (recursed), quoted globs
// (fast-glob) and "-" for standard input. Output order is the sorted input
// order, whatever the parallelism. For --prune, the same expansion tells which
// stored paths the inputs would have listed (deletedUnder).
//
// Directories and globs keep to documents the tool reads (by extension, in any
// case: UPPER.PDF, Word.DOCX) and legacy Word .doc files (listed so that each
// gets an error record, never dropped without a word). Everything else they
// list, and what --ignore or a .minutesignore leaves out, is counted as not
// read for the run summary.
import { statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { IgnoreList } from './ignore.js';

/** Extensions a directory walk or a glob picks up (compared in lower case). */
export const INPUT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'];
/** Extensions listed but not read: each such file becomes an error record saying what to do. */
export const LEGACY_EXTENSIONS = ['doc'];

const LISTED = new Set([...INPUT_EXTENSIONS, ...LEGACY_EXTENSIONS]);

/** Files a directory or glob listed but the run does not read. */
export interface NotRead {
  /** Left out by --ignore or a .minutesignore. */
  ignored: number;
  /** Of a kind the tool does not read, by lower-case extension (".json"; "" for none). */
  byExtension: Record<string, number>;
}

export interface ExpandedInputs {
  files: string[];
  /** Inputs that named nothing: a missing file. */
  missing: string[];
  /** Glob inputs that matched no document the tool reads. */
  unmatched: string[];
  notRead: NotRead;
  stdin: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

type FastGlob = typeof import('fast-glob');
type GlobOptions = import('fast-glob').Options;

/** How one input is read: standard input, a file, a directory walk or a glob (both fast-glob patterns), or nothing. */
type InputKind = 'stdin' | 'file' | 'directory' | 'glob' | 'missing';

function kindOf(input: string): InputKind {
  if (input === '-') return 'stdin';
  try {
    return statSync(input).isDirectory() ? 'directory' : 'file';
  } catch {
    return GLOB_CHARS.test(input) ? 'glob' : 'missing';
  }
}

/** The fast-glob pattern a directory or glob input is listed with: a directory lists every file, filtered afterwards. */
function patternOf(g: FastGlob, input: string, kind: 'directory' | 'glob'): string {
  return kind === 'glob' ? input : `${g.escapePath(input.replace(/\/+$/, ''))}/**/*`;
}

/** The folder ignore patterns are relative to: the directory itself, or a glob's leading segments without wildcards. */
function rootOf(input: string, kind: 'directory' | 'glob'): string {
  if (kind === 'directory') return input;
  const segments = input.split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    fixed.push(s);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

/** A listed file's lower-case extension with its dot (".pdf"), "" for none. */
export const extensionOf = (path: string): string => extname(path).toLowerCase();

/** Whether a directory or glob keeps this listed file: 'read', 'ignored' or 'other' (a kind the tool does not read). */
function sortListed(file: string, root: string, ignore: IgnoreList): 'read' | 'ignored' | 'other' {
  if (!ignore.empty && ignore.ignores(relative(resolve(root), resolve(file)).split(sep).join('/'))) return 'ignored';
  return LISTED.has(extensionOf(file).slice(1)) ? 'read' : 'other';
}

const globOptions = (): GlobOptions => ({ onlyFiles: true, dot: false, followSymbolicLinks: true, unique: true });

const loadGlob = async (): Promise<FastGlob> => (await import('fast-glob')).default;

/**
 * Expands the inputs. fast-glob (~20 ms of start-up) is loaded only when an
 * input is a directory or a glob: `minutes parse one.txt` never pays for it.
 * `ignore`: gitignore patterns (--ignore), matched below each directory or
 * glob root together with the root's .minutesignore.
 */
export async function expandInputs(inputs: readonly string[], ignore: readonly string[] = []): Promise<ExpandedInputs> {
  let glob: FastGlob | undefined;
  const files = new Set<string>();
  const missing: string[] = [];
  const unmatched: string[] = [];
  const notRead: NotRead = { ignored: 0, byExtension: {} };
  let stdin = false;
  const options = globOptions();
  for (const input of inputs) {
    const kind = kindOf(input);
    if (kind === 'stdin') {
      stdin = true;
    } else if (kind === 'file') {
      files.add(input);
    } else if (kind === 'missing') {
      missing.push(input);
    } else {
      const g = (glob ??= await loadGlob());
      const root = rootOf(input, kind);
      const ignoreList = IgnoreList.forRoot(ignore, root);
      let kept = 0;
      for (const f of g.sync(patternOf(g, input, kind), options)) {
        const sorted = sortListed(f, root, ignoreList);
        if (sorted === 'read') {
          files.add(f);
          kept++;
        } else if (sorted === 'ignored') {
          notRead.ignored++;
        } else {
          const ext = extensionOf(f);
          notRead.byExtension[ext] = (notRead.byExtension[ext] ?? 0) + 1;
        }
      }
      if (kept === 0 && kind === 'glob') unmatched.push(input);
    }
  }
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // A name listed by a glob but gone by the time it was named again (a dangling link) is reported once.
  return { files: sorted, missing: missing.filter((m) => !files.has(m)), unmatched, notRead, stdin };
}

/** A file or directory of the tree made of stored paths: a Dirent and a Stats to fast-glob. */
class StoredEntry {
  constructor(
    readonly name: string,
    private readonly directory: boolean,
  ) {}
  isFile = (): boolean => !this.directory;
  isDirectory = (): boolean => this.directory;
  isSymbolicLink = (): boolean => false;
  isBlockDevice = (): boolean => false;
  isCharacterDevice = (): boolean => false;
  isFIFO = (): boolean => false;
  isSocket = (): boolean => false;
}

const noEntry = (path: string): NodeJS.ErrnoException => Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

/**
 * The synchronous file-system calls fast-glob makes, answered from a tree of
 * paths instead of the disk. A path that is also the folder of another
 * counts as a folder only (so it is never listed).
 */
function storedTree(paths: readonly string[]): GlobOptions['fs'] {
  const folders = new Map<string, Map<string, StoredEntry>>([[resolve('/'), new Map()]]);
  const folder = (dir: string): Map<string, StoredEntry> => {
    let entries = folders.get(dir);
    if (!entries) {
      entries = new Map();
      folders.set(dir, entries);
      folder(dirname(dir)).set(basename(dir), new StoredEntry(basename(dir), true));
    }
    return entries;
  };
  for (const p of paths) {
    const abs = resolve(p);
    if (abs === dirname(abs)) continue;
    const entries = folder(dirname(abs));
    if (!entries.has(basename(abs))) entries.set(basename(abs), new StoredEntry(basename(abs), false));
  }
  const stat = (path: unknown): StoredEntry => {
    const abs = resolve(String(path));
    if (folders.has(abs)) return new StoredEntry(basename(abs), true);
    const entry = folders.get(dirname(abs))?.get(basename(abs));
    if (!entry) throw noEntry(abs);
    return entry;
  };
  const readdir = (path: unknown, options?: { withFileTypes?: boolean }): StoredEntry[] | string[] => {
    const entries = folders.get(resolve(String(path)));
    if (!entries) throw noEntry(String(path));
    return options?.withFileTypes ? [...entries.values()] : [...entries.keys()];
  };
  // fast-glob types these as node:fs's overloads; the tree answers the calls it makes.
  return { statSync: stat, lstatSync: stat, readdirSync: readdir } as unknown as GlobOptions['fs'];
}

/** True when nothing is found at `path` any more (a link to nothing counts as nothing). */
function gone(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/**
 * Of `stored` (paths recorded by earlier runs and not listed by this one), the
 * files that the directory and glob inputs would list if they were still there,
 * and that are not: what --prune deletes. Each input is matched exactly as
 * expandInputs lists it, with the same fast-glob pattern and options (--ignore,
 * no dot files, the directory walk's extensions), run over a tree of the
 * stored paths instead of the disk; so a path is only ever matched as spelled
 * on the command line. A file input matches only itself, standard input
 * nothing; a path still on disk is kept whatever it matches.
 */
export async function deletedUnder(inputs: readonly string[], ignore: readonly string[], stored: readonly string[]): Promise<string[]> {
  const listings: { pattern: string; root: string; ignore: IgnoreList }[] = [];
  let glob: FastGlob | undefined;
  for (const input of inputs) {
    const kind = kindOf(input);
    if (kind === 'directory' || kind === 'glob') {
      const root = rootOf(input, kind);
      listings.push({ pattern: patternOf((glob ??= await loadGlob()), input, kind), root, ignore: IgnoreList.forRoot(ignore, root) });
    }
  }
  if (!glob || stored.length === 0) return [];
  const candidates = new Set(stored);
  const options = { ...globOptions(), fs: storedTree(stored) };
  const matched = new Set<string>();
  for (const l of listings) for (const f of glob.sync(l.pattern, options)) if (candidates.has(f) && sortListed(f, l.root, l.ignore) === 'read') matched.add(f);
  return [...matched].filter(gone).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
