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
    .option('--db <file>', 'also write a SQLite database (created or updated in place; stdout output only with --format)')
    .action(async (inputs: string[], opts: ParseCommandOptions) => {
      setExit(await runParse(inputs, opts, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output documents')
    .action(() => setExit(runSchema(io)));

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
