// The thin CLI: commander parses options, commands do the work, the exit code
// comes from a small pure function. Usage errors exit 2.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FORMATS } from '../schema/constants.js';
import { OUTPUT_FORMATS } from '../write/index.js';
import { VERSION } from '../version.js';
import { runParse, type CommandIO, type ParseCommandOptions } from './parse-command.js';
import { EXIT_USAGE } from './exit.js';
import type { InspectCommandOptions } from './inspect-command.js';
import type { EvalCommandOptions } from './eval-command.js';
import type { RulesCommandOptions } from './rules-command.js';
import type { CompiledConfig } from '../config/compile.js';

// Start-up: every command but parse, and the config loader (zod), are loaded
// on demand, so `minutes parse one.txt` loads neither zod nor the other commands.

/** The default config file name (CONFIG_FILE in config/load.ts), checked without loading the loader. */
const DEFAULT_CONFIG = 'minutes.config.json';

/** Loads minutes.config.json (or --config FILE); a bad config is a usage error naming the key. */
async function withConfig(
  file: string | undefined,
  io: CommandIO,
  run: (config: CompiledConfig | undefined, configFile: string | undefined) => number | Promise<number>,
): Promise<number> {
  if (file === undefined && !existsSync(join(process.cwd(), DEFAULT_CONFIG))) return run(undefined, undefined);
  const { ConfigError, loadConfig } = await import('../config/load.js');
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig(file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr.write(`minutes: config error: ${e.message}\n`);
    return EXIT_USAGE;
  }
  return run(loaded?.config, loaded?.file);
}

const CONFIG_HELP = 'local phrasings file (default: ./minutes.config.json when present)';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function buildProgram(io: CommandIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('minutes')
    .description('Turn council meeting minutes into validated, structured data.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  program
    .command('parse')
    .description('parse minutes files (text, markdown, html, pdf, docx) into JSON, NDJSON or CSV')
    .argument('<inputs...>', 'files, directories, quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: json for one input, ndjson for several)').choices(OUTPUT_FORMATS))
    .option('-o, --out <dir>', 'write one file per input under DIR, mirroring the input tree')
    .option('--pretty', 'indent JSON output')
    .addOption(new Option('--from <format>', 'read inputs as this format instead of detecting it').choices(SOURCE_FORMATS))
    .option('--ignore <glob>', 'skip inputs matching GLOB (repeatable)', collect, [])
    .option('--with-source', "add each record's exact source text")
    .option('-q, --quiet', 'do not print warnings (errors are still printed)')
    .option('--frail', 'exit 1 when any warning is reported (for CI gates)')
    .option('--max-bytes <n>', 'refuse files larger than N bytes', positiveInt)
    .option('-j, --jobs <n>', 'worker threads parsing files (default: available cores)', positiveInt)
    .option('--skip-unchanged', 'with --out: skip inputs whose output records the same source sha256 and tool version')
    .option('--report <file>', 'write the run summary (counts, warnings by code, failed files) as JSON to FILE')
    .option('--no-color', 'no colour on stderr (also off with NO_COLOR or when stderr is not a terminal)')
    .option('--validate', 'check every document against the schema (a failing one becomes an error record)')
    .option('--db <file>', 'also write a SQLite database (created or updated in place; stdout output only with --format)')
    .option('--config <file>', CONFIG_HELP)
    .action(async (inputs: string[], opts: ParseCommandOptions & { config?: string }) => {
      setExit(await withConfig(opts.config, io, (config, configFile) => runParse(inputs, opts, io, config, configFile)));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output documents')
    .option('--config', 'print the JSON Schema of minutes.config.json instead')
    .action(async (opts: { config?: boolean }) => setExit((await import('./schema-command.js')).runSchema(io, opts)));

  program
    .command('inspect')
    .description('show each line with its class and rule, the records beside it, and warnings inline')
    .argument('<file>', 'a minutes file')
    .option('--rule <id>', 'only lines and records of this rule (see `minutes rules`)')
    .option('--no-color', 'plain text (also when stdout is not a terminal or NO_COLOR is set)')
    .addOption(new Option('--from <format>', 'read the input as this format instead of detecting it').choices(SOURCE_FORMATS))
    .option('--config <file>', CONFIG_HELP)
    .action(async (file: string, opts: InspectCommandOptions & { config?: string }) => {
      const { runInspect } = await import('./inspect-command.js');
      setExit(await withConfig(opts.config, io, (config) => runInspect(file, opts, io, config)));
    });

  program
    .command('eval')
    .description('parse every document in a gold folder and score it against ID.gold.json')
    .requiredOption('--gold <dir>', 'folder of ID.gold.json files, each beside ID.txt (or the original)')
    .option('--verbose', 'list each missed and spurious record with its file and line')
    .option('--json', 'print the scores as JSON')
    .option('--config <file>', CONFIG_HELP)
    .action(async (opts: EvalCommandOptions & { config?: string }) => {
      const { runEval } = await import('./eval-command.js');
      setExit(await withConfig(opts.config, io, (config) => runEval(opts, io, config)));
    });

  program
    .command('rules')
    .description('list every rule (id, stage, phrasing, example) and every warning code')
    .option('--json', 'print the registry as JSON')
    .option('--stage <stage>', 'only rules of this stage (line, resolution-kind, action, presenter, question, attendance, category)')
    .option('--config <file>', CONFIG_HELP)
    .action(async (opts: RulesCommandOptions & { config?: string }) => {
      const { runRules } = await import('./rules-command.js');
      setExit(await withConfig(opts.config, io, (config) => runRules(opts, io, config?.lineRules)));
    });

  program
    .command('validate')
    .description('check JSON or NDJSON documents against the schema')
    .argument('<files...>', 'JSON or NDJSON files, or - for standard input')
    .action(async (files: string[]) => setExit((await import('./validate-command.js')).runValidate(files, io)));

  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr, readStdin: readAllStdin }): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw e;
  }
  return code;
}
