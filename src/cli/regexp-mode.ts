// How V8 compiles the rules' regexes in this process. The CLI compiles every
// regex to machine code on its first use (--no-regexp-tier-up, see run.ts).
// Compiling the long lexicon patterns with V8's regexp optimizations (quick
// checks, Boyer-Moore lookahead) is most of what a one-file run spends beyond
// Node's own start-up, and on a handful of files that time is never won
// back; over a batch the optimized code matches ~40% faster (measured on
// 643 text files), and so it does over one large file. So the CLI starts with
// the optimizations off (REGEXP_FLAGS, set by bin/minutes.js before the bundle
// is compiled, so that V8's code cache, whose flags must match, is made and
// taken with them) and turns them on, before any file is parsed, for a run of
// OPTIMIZE_FROM files or more, or of OPTIMIZE_FROM_BYTES bytes. Matches are the
// same either way: only the code differs.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** The V8 flags of a CLI run from its start (bin/minutes.js sets the same before compiling the bundle). */
export const REGEXP_FLAGS = '--no-regexp-tier-up --no-regexp-optimization';

/** From this many files a run compiles its regexes optimized (the break-even was ~30 text files). */
export const OPTIMIZE_FROM = 16;

/** From this many bytes of input (fewer files, but large ones) too: ~0.5 ms of matching saved a KB, against ~50-100 ms of compiling. */
export const OPTIMIZE_FROM_BYTES = 128 * 1024;

/** Turns V8's regexp optimizations on for a run that will parse these files (and standard input), when they pay for them. */
export function compileRegexpsFor(files: readonly string[], stdin = false): void {
  if (files.length + (stdin ? 1 : 0) >= OPTIMIZE_FROM || bytesOf(files) >= OPTIMIZE_FROM_BYTES) setFlagsFromString('--regexp-optimization');
}

/** The files' total size (a file that cannot be read counts nothing: the parse reports it). */
function bytesOf(files: readonly string[]): number {
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // Missing or unreadable.
    }
  }
  return total;
}

/** Turns V8's regexp optimizations on (a corpus is parsed). */
export function optimizeRegexps(): void {
  setFlagsFromString('--regexp-optimization');
}
