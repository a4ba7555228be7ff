// The thin CLI: commander parses options, commands do the work, the exit code
// comes from a small pure function. Usage errors exit 2.
import type { Command, Option as CommanderOption } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FORMATS } from '../schema/constants.js';
import { OUTPUT_FORMATS } from '../write/index.js';
import { VERSION } from '../version.js';
import { runParse, type CommandIO, type ParseCommandOptions } from './parse-command.js';
import { EXIT_USAGE } from './exit.js';
import { MESSAGE_FORMATS } from './render.js';
import type { InspectCommandOptions } from './inspect-command.js';
import type { EvalCommandOptions } from './eval-command.js';
import type { RulesCommandOptions } from './rules-command.js';
import { RULE_STAGES } from '../rules/define.js';
import type { CompiledConfig } from '../config/compile.js';

// Start-up: every command but parse, and the config loader (zod), are loaded
// on demand, so `minutes parse one.txt` loads neither zod nor the other commands.
// Commander too is loaded only when the command line needs it: a plain
// `minutes parse FILES [options]` is read by parseCommandLine from the same
// option table (about 5 ms of a one-file run; see parseCommandLine).

type Commander = typeof import('commander');

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

/** One option of `minutes parse`. */
interface ParseOptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  /** How a value is read: a positive whole number, or collected into a list (repeatable). */
  value?: 'positive-int' | 'collect';
  default?: string[];
}

/** The options of `minutes parse`, in help order: the commander command and parseCommandLine are both built from this table. */
const PARSE_OPTIONS: readonly ParseOptionSpec[] = [
  { flags: '-f, --format <format>', description: 'output format (default: json for one input, ndjson for several)', choices: OUTPUT_FORMATS },
  { flags: '-o, --out <dir>', description: 'write one file per input under DIR, mirroring the input tree' },
  { flags: '--pretty', description: 'indent JSON output' },
  { flags: '--from <format>', description: 'read inputs as this format instead of detecting it', choices: SOURCE_FORMATS },
  { flags: '--ignore <pattern>', description: 'in directories and globs, skip files matching PATTERN (gitignore syntax, relative to the directory; repeatable; a .minutesignore there is read too)', value: 'collect', default: [] },
  { flags: '--with-source', description: "add each record's exact source text" },
  { flags: '-q, --quiet', description: 'do not print warnings (errors are still printed)' },
  { flags: '--info', description: 'also print info notes: lines with the words of a decision, motion, question or attendance list that no rule read' },
  { flags: '--messages <format>', description: 'how warnings and errors are printed on stderr: text, json (one JSON object per line, no summary) or github (workflow annotations) (default: text)', choices: MESSAGE_FORMATS },
  { flags: '--frail', description: 'exit 1 when any warning is reported (for CI gates)' },
  { flags: '--max-bytes <n>', description: 'refuse files larger than N bytes (default: 67108864, 64 MiB)', value: 'positive-int' },
  { flags: '-j, --jobs <n>', description: 'worker threads parsing files (default: as many as make the batch faster on the free cores)', value: 'positive-int' },
  { flags: '--skip-unchanged', description: 'with --out: skip inputs whose output (and --db database) records the same source sha256 and tool version' },
  { flags: '--report <file>', description: 'write the run summary (counts, warnings by code, failed files) as JSON to FILE' },
  { flags: '--no-color', description: 'no colour on stderr (colour is on for a terminal, or with FORCE_COLOR; off with NO_COLOR)' },
  { flags: '--validate', description: 'check every document against the schema (a failing one becomes an error record)' },
  { flags: '--db <file>', description: 'also write a SQLite database (created or updated in place, files unchanged since skipped; stdout output only with --format)' },
  { flags: '--tables <dir>', description: 'also write one CSV per record type (meetings, items, resolutions, motions, votes, questions, actions, attendance, people, declarations, ...) into DIR, joined by key columns; stdout output only with --format' },
  { flags: '--excel', description: 'start CSV output (--tables, --format csv) with a UTF-8 byte order mark, so Excel reads accents and £ correctly' },
  { flags: '--sources <file>', description: "CSV naming each input's original URL and council (columns path, url, council; paths relative to the CSV), for --db and --tables" },
  { flags: '--council <name>', description: 'council of every input --sources does not name, for --db and --tables' },
  { flags: '--prune', description: 'with --db: delete the documents of files gone from the directories and globs given (documents of other inputs are kept)' },
  { flags: '--config <file>', description: CONFIG_HELP },
];

const isPositiveInt = (value: string): boolean => Number.isInteger(Number(value)) && Number(value) > 0;

function commanderOption(commander: Commander, spec: ParseOptionSpec): CommanderOption {
  const option = new commander.Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.value === 'positive-int') {
    option.argParser((value: string): number => {
      if (!isPositiveInt(value)) throw new commander.InvalidArgumentError('expected a positive whole number');
      return Number(value);
    });
  } else if (spec.value === 'collect') {
    option.argParser((value: string, previous: string[] = []): string[] => [...previous, value]);
  }
  if (spec.default !== undefined) option.default([...spec.default]);
  return option;
}

export type ParseCommandLine = { inputs: string[]; opts: ParseCommandOptions & { config?: string } };

interface FastOption {
  spec: ParseOptionSpec;
  /** The property commander stores it under (camel case, without `no-`). */
  key: string;
  takesValue: boolean;
  negate: boolean;
}

let fastOptions: Map<string, FastOption> | undefined;

/** '-f' and '--format' → the option, as commander names and stores it. */
function fastOptionTable(): Map<string, FastOption> {
  if (fastOptions) return fastOptions;
  fastOptions = new Map();
  for (const spec of PARSE_OPTIONS) {
    const m = /^(?:(-[A-Za-z]), )?--([a-z][a-z-]*)( <[a-z]+>)?$/.exec(spec.flags);
    if (!m) throw new Error(`parseCommandLine cannot read the option ${spec.flags}`);
    const negate = m[2].startsWith('no-');
    const key = (negate ? m[2].slice(3) : m[2]).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const option: FastOption = { spec, key, takesValue: m[3] !== undefined, negate };
    fastOptions.set(`--${m[2]}`, option);
    if (m[1]) fastOptions.set(m[1], option);
  }
  return fastOptions;
}

/**
 * `minutes parse FILES [options]` read without commander, giving what
 * commander would pass to the parse action; null for anything else (another
 * command, --help, --version, `--`, grouped short flags like -qj2, a value
 * that starts with "-", an unknown option or an invalid value), which then
 * goes to commander for its own handling and messages. test/cli-args.test.ts
 * checks the two agree.
 */
export function parseCommandLine(argv: readonly string[]): ParseCommandLine | null {
  if (argv[0] !== 'parse') return null;
  const table = fastOptionTable();
  const values: Record<string, unknown> = {};
  for (const { spec, key, negate } of new Set(table.values())) {
    if (spec.default !== undefined) values[key] = [...spec.default];
    else if (negate) values[key] = true;
  }
  const inputs: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const option = table.get(eq > 2 ? arg.slice(0, eq) : arg);
    if (!option) return null;
    if (!option.takesValue) {
      if (eq > 2) return null;
      values[option.key] = !option.negate;
      continue;
    }
    const value = eq > 2 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    const { choices, value: kind } = option.spec;
    if (choices && !choices.includes(value)) return null;
    if (kind === 'positive-int') {
      if (!isPositiveInt(value)) return null;
      values[option.key] = Number(value);
    } else if (kind === 'collect') {
      values[option.key] = [...(values[option.key] as string[]), value];
    } else {
      values[option.key] = value;
    }
  }
  return inputs.length === 0 ? null : { inputs, opts: values as ParseCommandLine['opts'] };
}

export async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What the parse command does with its inputs and options (tests capture them instead). */
export type ParseAction = (inputs: string[], opts: ParseCommandLine['opts']) => Promise<number>;

export function buildProgram(commander: Commander, io: CommandIO, setExit: (code: number) => void, parseAction?: ParseAction): Command {
  const program = new commander.Command();
  program
    .name('minutes')
    .description('Turn council meeting minutes into validated, structured data.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // "minutes: unknown option '--bogus'", like the command's other messages.
      outputError: (s, write) => write(s.replace(/^error: /, 'minutes: ')),
    })
    .addHelpText('after', PROGRAM_EXAMPLES);

  const parse = program
    .command('parse')
    .description('parse minutes files (text, markdown, html, pdf, docx) into JSON, NDJSON or CSV')
    .argument('<inputs...>', 'files, directories, quoted globs, or - for standard input');
  for (const spec of PARSE_OPTIONS) parse.addOption(commanderOption(commander, spec));
  parse.addHelpText('after', PARSE_EXAMPLES);
  parse.action(async (inputs: string[], opts: ParseCommandLine['opts']) => {
    setExit(await (parseAction ?? ((i, o) => runParseCommand(i, o, io)))(inputs, opts));
  });

  // `minutes export DIR INPUTS...`: `minutes parse INPUTS... --tables DIR`, for spreadsheet users who look for that word.
  const exportCommand = program
    .command('export')
    .description('write one CSV per record type (meetings, items, resolutions, motions, votes, questions, ...) into DIR: parse --tables DIR')
    .argument('<dir>', 'folder for the CSV files (created if needed)')
    .argument('<inputs...>', 'files, directories, quoted globs, or - for standard input');
  for (const spec of PARSE_OPTIONS) if (EXPORT_OPTIONS.includes(spec.flags.replace(/^-\w, /, '').split(' ')[0])) exportCommand.addOption(commanderOption(commander, spec));
  exportCommand.addHelpText('after', EXPORT_EXAMPLES);
  exportCommand.action(async (dir: string, inputs: string[], opts: ParseCommandLine['opts']) => {
    setExit(await (parseAction ?? ((i, o) => runParseCommand(i, o, io)))(inputs, { ...opts, tables: dir }));
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
    .addOption(new commander.Option('--from <format>', 'read the input as this format instead of detecting it').choices(SOURCE_FORMATS))
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
    .description('list every rule (id, stage, file, phrasing, example) and every warning code')
    .argument('[id]', "one rule (a record's `rule`): its file, phrasing, examples and near misses")
    .option('--json', 'print the rules as JSON')
    .option('--stage <stage>', `only rules of this stage (${RULE_STAGES.join(', ')})`)
    .option('--config <file>', CONFIG_HELP)
    .action(async (id: string | undefined, opts: RulesCommandOptions & { config?: string }) => {
      const { runRules } = await import('./rules-command.js');
      setExit(await withConfig(opts.config, io, (config, configFile) => runRules({ ...opts, id }, io, config?.lineRules, configFile)));
    });

  program
    .command('validate')
    .description('check JSON or NDJSON documents against the schema')
    .argument('<files...>', 'JSON or NDJSON files, or - for standard input')
    .action(async (files: string[]) => setExit((await import('./validate-command.js')).runValidate(files, io)));

  // A usage error is its one line and a hint, not the whole help.
  for (const command of [program, ...program.commands]) {
    const name = command === program ? 'minutes' : `minutes ${command.name()}`;
    command.showHelpAfterError(`Try '${name} --help' for the options and examples.`);
  }
  return program;
}

/** The options of `minutes parse` that `minutes export` takes too. */
const EXPORT_OPTIONS = ['--excel', '--from', '--ignore', '--sources', '--council', '--quiet', '--messages', '--frail', '--max-bytes', '--jobs', '--report', '--no-color', '--validate', '--config'];

const EXPORT_EXAMPLES = `
Examples:
  minutes export tables/ archive/ --excel
  minutes export tables/ 'archive/**/*.pdf' --sources sources.csv
`;

const PROGRAM_EXAMPLES = `
Examples:
  minutes parse minutes.pdf                        one document as JSON on stdout
  minutes parse archive/ --out data/               one JSON file per document, mirroring archive/
  minutes parse archive/ --db minutes.db           a SQLite database, updated in place on re-runs
  minutes parse 'archive/**/*.pdf' --format csv    every record of every PDF as rows of one CSV
  minutes export tables/ archive/ --excel          one CSV per record type, for a spreadsheet
  minutes inspect minutes.txt                      each line with the rule that read it

Run 'minutes parse --help' for every option of parse.
`;

const PARSE_EXAMPLES = `
Inputs: files, directories (walked for .txt .text .md .markdown .html .htm .pdf
.docx in any case; legacy .doc files get an error record), quoted globs, or -.

Examples:
  minutes parse minutes.pdf --pretty
  minutes parse archive/ --out data/ --skip-unchanged
  minutes parse archive/ --db minutes.db --ignore '*draft*'
  minutes parse archive/ --tables tables/ --excel      one CSV per record type, for a spreadsheet
  minutes parse archive/ --frail --messages github     fail a CI job on any warning, with annotations
  cat minutes.txt | minutes parse - --format csv

Exit codes: 0 every input parsed; 1 an input failed (or a warning, with --frail);
2 usage error.
`;

/** `minutes parse`, once its command line is read. */
function runParseCommand(inputs: string[], opts: ParseCommandLine['opts'], io: CommandIO): Promise<number> {
  return withConfig(opts.config, io, (config, configFile) => runParse(inputs, opts, io, config, configFile));
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr, readStdin: readAllStdin }): Promise<number> {
  const plain = parseCommandLine(argv);
  if (plain) return runParseCommand(plain.inputs, plain.opts, io);
  const commander = await import('commander');
  let code = 0;
  const program = buildProgram(commander, io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof commander.CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw e;
  }
  return code;
}
