// Shared test helpers: run the pipeline on fixture text and project the parts
// a fixture asserts (everything but the source hash and path).
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../src/parse.js';
import type { MinutesDocument } from '../src/schema/document.js';

export const FIXTURE_CASES = join(import.meta.dirname, '..', 'fixtures', 'cases');

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  inputFile: string;
}

/** Every fixture folder: an input.* file beside expected.json. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURE_CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(FIXTURE_CASES, d.name);
      const inputFile = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      return { name: d.name, dir, inputFile, input: readFileSync(join(dir, inputFile), 'utf8') };
    })
    .filter((c) => c.inputFile && existsSync(join(c.dir, c.inputFile)));
}

/** The document without the parts that depend on where the file lives. */
export function projection(doc: MinutesDocument): Omit<MinutesDocument, 'source'> & { source: { format: string } } {
  const { source, ...rest } = doc;
  return { ...rest, source: { format: source.format } };
}

export function parseFixture(c: FixtureCase): MinutesDocument {
  return parseMinutes(c.input, { path: c.inputFile, format: c.inputFile.endsWith('.md') ? 'markdown' : 'text' }).document;
}

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], stdout: Partial<NodeJS.WriteStream> = {}, stdin: Uint8Array = new Uint8Array()): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../src/cli/main.js');
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { ...stdout, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream,
    stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream,
    readStdin: async () => stdin,
  });
  return { code, stdout: out, stderr: err };
}
