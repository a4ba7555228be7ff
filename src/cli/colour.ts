// Colour on stderr: --no-color turns it off; FORCE_COLOR (other than 0 or
// false) turns it on, even in a pipe or a CI log, and wins over NO_COLOR as in
// Node itself; NO_COLOR (https://no-color.org) turns it off; otherwise it is
// on for a terminal. chalk is loaded only when colour is on.
import type { ChalkInstance } from 'chalk';

export interface Paint {
  bad: (s: string) => string;
  warn: (s: string) => string;
  good: (s: string) => string;
  dim: (s: string) => string;
}

export function colourEnabled(stream: { isTTY?: boolean }, flag: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

const plain = (s: string): string => s;

export function makePaint(chalk: ChalkInstance | null): Paint {
  if (!chalk) return { bad: plain, warn: plain, good: plain, dim: plain };
  return { bad: (s) => chalk.red(s), warn: (s) => chalk.yellow(s), good: (s) => chalk.green(s), dim: (s) => chalk.dim(s) };
}
