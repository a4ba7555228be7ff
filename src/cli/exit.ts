// Exit codes: 0 all inputs parsed; 1 at least one input failed (the others are
// still written), or warnings under --frail; 2 usage error.
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface RunTally {
  failed: number;
  warnings: number;
}

export function getExitCode(tally: RunTally, opts: { frail?: boolean } = {}): number {
  if (tally.failed > 0) return EXIT_FAILED;
  if (opts.frail && tally.warnings > 0) return EXIT_FAILED;
  return EXIT_OK;
}

/** The line after a one-line usage error: where the full usage is. */
export const USAGE_HINT = "Try 'minutes parse --help' for the options and examples.\n";
