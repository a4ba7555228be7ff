// Finding, reading and validating the config: `--config FILE`, else
// minutes.config.json in the working directory, else none. Every problem is a
// ConfigError naming the file and the key, which the CLI reports as a usage error.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINE_RULES } from '../tokenize/classify.js';
import { compileConfig, type CompiledConfig } from './compile.js';
import { MinutesConfig } from './schema.js';
import { EXTENDABLE_LISTS } from '../lexicon/index.js';

export const CONFIG_FILE = 'minutes.config.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** The offending key path, e.g. "disable[0]" or "resolutionLeadIns". */
    readonly key: string,
    message: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${message}`);
    this.name = 'ConfigError';
  }
}

const keyPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/** Validates config JSON; throws ConfigError naming the first bad key. */
export function parseConfig(value: unknown, file: string): MinutesConfig {
  const parsed = MinutesConfig.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') throw new ConfigError(file, issue.keys.join(', '), 'unknown key, expected one of the keys in `minutes schema --config`');
    throw new ConfigError(file, keyPath(issue.path), issue.message);
  }
  const lists = new Set(EXTENDABLE_LISTS);
  for (const name of Object.keys(parsed.data.lexicon)) {
    if (!lists.has(name)) throw new ConfigError(file, `lexicon.${name}`, `unknown lexicon list, expected one of ${[...lists].sort().join(', ')}`);
  }
  const known = new Set(LINE_RULES.map((r) => r.id));
  parsed.data.disable.forEach((id, k) => {
    if (!known.has(id)) throw new ConfigError(file, `disable[${k}]`, `unknown rule id "${id}", expected a line rule id from \`minutes rules\``);
  });
  return parsed.data;
}

/** Loads and compiles the config; null when there is none. */
export function loadConfig(explicit?: string, cwd: string = process.cwd()): { file: string; config: CompiledConfig } | null {
  const file = explicit ?? join(cwd, CONFIG_FILE);
  if (!explicit && !existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, '', `cannot read the config (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, '', `invalid JSON (${(e as Error).message})`);
  }
  return { file, config: compileConfig(parseConfig(json, file)) };
}
