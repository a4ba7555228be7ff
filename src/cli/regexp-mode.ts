// How V8 compiles the rules' regexes in this process. The CLI compiles every
// regex to machine code on its first use (--no-regexp-tier-up, see run.ts).
// Compiling the long lexicon patterns with V8's regexp optimizations (quick
// checks, Boyer-Moore lookahead) is most of what a one-file run spends beyond
// Node's own start-up, and on a handful of files that time is never won
// back; over a batch the optimized code matches ~40% faster (measured on
// 643 text files). So the CLI starts with the optimizations off
// (REGEXP_FLAGS, set by bin/minutes.js before the bundle is compiled, so that
// V8's code cache, whose flags must match, is made and taken with them) and
// turns them on, before any file is parsed, for a batch of OPTIMIZE_FROM
// files or more. Matches are the same either way: only the code differs.
import { setFlagsFromString } from 'node:v8';

/** The V8 flags of a CLI run from its start (bin/minutes.js sets the same before compiling the bundle). */
export const REGEXP_FLAGS = '--no-regexp-tier-up --no-regexp-optimization';

/** From this many files a run compiles its regexes optimized (the break-even was ~30 text files). */
export const OPTIMIZE_FROM = 16;

/** Turns V8's regexp optimizations on for a run that will parse `files` files, when that many pay for them. */
export function compileRegexpsFor(files: number): void {
  if (files >= OPTIMIZE_FROM) setFlagsFromString('--regexp-optimization');
}
