// Colour on stderr: on only when stderr is a terminal, NO_COLOR is unset and
// --no-color was not given (https://no-color.org). chalk is loaded only then.
import type { ChalkInstance } from 'chalk';

export interface Paint {
  bad: (s: string) => string;
  warn: (s: string) => string;
  good: (s: string) => string;
  dim: (s: string) => string;
}

export function colourEnabled(stream: { isTTY?: boolean }, flag: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

const plain = (s: string): string => s;

export function makePaint(chalk: ChalkInstance | null): Paint {
  if (!chalk) return { bad: plain, warn: plain, good: plain, dim: plain };
  return { bad: (s) => chalk.red(s), warn: (s) => chalk.yellow(s), good: (s) => chalk.green(s), dim: (s) => chalk.dim(s) };
}
