// The thin CLI: commander parses options, commands do the work, the exit code
// comes from a small pure function. Usage errors exit 2.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SourceFormat } from '../schema/document.js';
import { OUTPUT_FORMATS } from '../write/index.js';
import { VERSION } from '../version.js';
import { runParse, type CommandIO, type ParseCommandOptions } from './parse-command.js';
import { runSchema } from './schema-command.js';
import { runValidate } from './validate-command.js';
import { EXIT_USAGE } from './exit.js';
import { runInspect, type InspectCommandOptions } from './inspect-command.js';
import { runEval, type EvalCommandOptions } from './eval-command.js';
import { runRules, type RulesCommandOptions } from './rules-command.js';
import { ConfigError, loadConfig } from '../config/load.js';
import type { CompiledConfig } from '../config/compile.js';

/** Loads minutes.config.json (or --config FILE); a bad config is a usage error naming the key. */
function withConfig(file: string | undefined, io: CommandIO, run: (config: CompiledConfig | undefined) => number | Promise<number>): number | Promise<number> {
  let config: CompiledConfig | undefined;
  try {
    config = loadConfig(file)?.config;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr.write(`minutes: config error: ${e.message}\n`);
    return EXIT_USAGE;
  }
  return run(config);
}

const CONFIG_HELP = 'local phrasings file (default: ./minutes.config.json when present)';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

async function readAllStdin(): Promise<Uint8Array> {
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
    .addOption(new Option('--from <format>', 'read inputs as this format instead of detecting it').choices(SourceFormat.options))
    .option('--ignore <glob>', 'skip inputs matching GLOB (repeatable)', collect, [])
    .option('--with-source', "add each record's exact source text")
    .option('-q, --quiet', 'do not print warnings (errors are still printed)')
    .option('--frail', 'exit 1 when any warning is reported (for CI gates)')
    .option('--max-bytes <n>', 'refuse files larger than N bytes', positiveInt)
    .option('--config <file>', CONFIG_HELP)
    .action(async (inputs: string[], opts: ParseCommandOptions & { config?: string }) => {
      setExit(await withConfig(opts.config, io, (config) => runParse(inputs, opts, io, config)));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output documents')
    .option('--config', 'print the JSON Schema of minutes.config.json instead')
    .action((opts: { config?: boolean }) => setExit(runSchema(io, opts)));

  program
    .command('inspect')
    .description('show each line with its class and rule, the records beside it, and warnings inline')
    .argument('<file>', 'a minutes file')
    .option('--rule <id>', 'only lines and records of this rule (see `minutes rules`)')
    .option('--no-color', 'plain text (also when stdout is not a terminal or NO_COLOR is set)')
    .addOption(new Option('--from <format>', 'read the input as this format instead of detecting it').choices(SourceFormat.options))
    .option('--config <file>', CONFIG_HELP)
    .action(async (file: string, opts: InspectCommandOptions & { config?: string }) => {
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
      setExit(await withConfig(opts.config, io, (config) => runEval(opts, io, config)));
    });

  program
    .command('rules')
    .description('list every rule (id, stage, phrasing, example) and every warning code')
    .option('--json', 'print the registry as JSON')
    .option('--stage <stage>', 'only rules of this stage (line, resolution-kind, action, presenter, question, attendance, category)')
    .option('--config <file>', CONFIG_HELP)
    .action((opts: RulesCommandOptions & { config?: string }) => setExit(withConfig(opts.config, io, (config) => runRules(opts, io, config?.lineRules)) as number));

  program
    .command('validate')
    .description('check JSON or NDJSON documents against the schema')
    .argument('<files...>', 'JSON or NDJSON files, or - for standard input')
    .action((files: string[]) => setExit(runValidate(files, io)));

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
