// A plain `minutes parse FILES [options]` command line is read without
// commander (src/cli/main.ts parseCommandLine, for start-up). Whatever it
// reads, commander must read the same way; whatever it declines (help,
// version, grouped short flags, bad values, other commands) goes to commander.
import { Writable } from 'node:stream';
import * as commander from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProgram, parseCommandLine, type ParseCommandLine } from '../src/cli/main.js';

/** What commander passes to the parse action, or how it ends otherwise. */
async function viaCommander(argv: string[]): Promise<ParseCommandLine | 'commander-error' | 'no-parse'> {
  let got: ParseCommandLine | undefined;
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = { stdout: sink, stderr: sink, readStdin: async () => new Uint8Array() };
  const program = buildProgram(commander, io, () => {}, async (inputs, opts) => {
    got = { inputs, opts };
    return 0;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof commander.CommanderError) return 'commander-error';
    throw e;
  }
  return got ?? 'no-parse';
}

describe('parseCommandLine', () => {
  it.each([
    [['parse', 'a.txt']],
    [['parse', '-']],
    [['parse', 'a.txt', 'b.md', '-', 'dir/']],
    [['parse', '-f', 'ndjson', 'a.txt', '--jobs', '3', 'b.txt']],
    [['parse', '--format=csv', '--out=out', 'a.txt', '--pretty', '-q', '--frail']],
    [['parse', 'a.txt', '--ignore', '**/draft*', '--ignore=old/**', '--no-color', '--with-source']],
    [['parse', '--from', 'markdown', '--max-bytes', '1000', '--skip-unchanged', '-o', 'out', 'a.txt']],
    [['parse', '--report', 'r.json', '--validate', '--db', 'm.db', '--config', 'c.json', 'a.txt', '-j', '1']],
    [['parse', 'dir/', '--db', 'm.db', '--prune']],
    [['parse', '-f', 'json', '-f', 'csv', '--jobs', '2', '--jobs', '4', 'a.txt', '--pretty', '--pretty']],
  ])('reads %j as commander does', async (argv) => {
    const plain = parseCommandLine(argv);
    expect(plain).not.toBeNull();
    expect(await viaCommander(argv)).toEqual(plain);
  });

  it.each([
    [['parse']],
    [['parse', '--pretty']],
    [['parse', '--help']],
    [['parse', 'a.txt', '-h']],
    [['parse', 'a.txt', '-V']],
    [['parse', 'a.txt', '--version']],
    [['--pretty', 'parse', 'a.txt']],
    [['inspect', 'a.txt']],
    [['help', 'parse']],
    [['parse', '-qj2', 'a.txt']],
    [['parse', '-fjson', 'a.txt']],
    [['parse', '-f=json', 'a.txt']],
    [['parse', '--format', 'xml', 'a.txt']],
    [['parse', '--from', 'rtf', 'a.txt']],
    [['parse', '--jobs', '0', 'a.txt']],
    [['parse', '--max-bytes', '1.5', 'a.txt']],
    [['parse', '--jobs', 'a.txt']],
    [['parse', '--out']],
    [['parse', '--out', '-x', 'a.txt']],
    [['parse', '--out=', 'a.txt']],
    [['parse', '--pretty=yes', 'a.txt']],
    [['parse', 'a.txt', '--', '-b.txt']],
    [['parse', 'a.txt', '--bogus']],
    [['parse', '-1', 'a.txt']],
  ])('leaves %j to commander', (argv) => {
    expect(parseCommandLine(argv)).toBeNull();
  });

  it('never reads a command line otherwise than commander', async () => {
    const token = fc.oneof(
      fc.constantFrom('a.txt', 'dir/b.md', '-', 'parse', 'help', 'json', 'ndjson', 'csv', 'html', 'xml', '0', '2', '-3', '1.5', '**/*.txt', 'x=y', ''),
      fc.constantFrom(
        ...['-f', '--format', '-o', '--out', '--pretty', '--from', '--ignore', '--with-source', '-q', '--quiet', '--frail', '--max-bytes', '-j', '--jobs'],
        ...['--skip-unchanged', '--report', '--no-color', '--color', '--validate', '--db', '--prune', '--config', '-h', '--help', '-V', '--version', '--', '-qj', '-j2', '-fcsv'],
      ),
      fc.tuple(fc.constantFrom('--format', '--from', '--jobs', '--max-bytes', '--ignore', '--out', '--pretty', '--bogus'), fc.constantFrom('json', 'pdf', '4', '0', 'x', '')).map(([o, v]) => `${o}=${v}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), async (rest) => {
        const argv = ['parse', ...rest];
        const plain = parseCommandLine(argv);
        if (plain) expect(await viaCommander(argv)).toEqual(plain);
      }),
      { numRuns: 400 },
    );
  });
});
