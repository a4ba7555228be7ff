// Shared test helpers: run the pipeline on fixture text and project the parts
// a fixture asserts (everything but the source hash and path).
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMinutes } from '../src/parse-text.js';
import type { AgendaItem, MinutesDocument } from '../src/schema/document.js';

export const FIXTURE_CASES = join(import.meta.dirname, '..', 'fixtures', 'cases');
/** Cases whose reviewed expectation the parser does not meet yet (the lead's bug list). */
export const FIXTURE_PENDING = join(import.meta.dirname, '..', 'fixtures', 'pending');

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  inputFile: string;
}

/** Every fixture folder under `root`: an input.* file beside expected.json. */
export function fixtureCases(root: string = FIXTURE_CASES): FixtureCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => {
      const dir = join(root, d.name);
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

/** The first item of a small minutes text; fails loudly when the text yields none. */
export function onlyItem(text: string, format: 'text' | 'markdown' = 'text'): AgendaItem {
  const doc = parseMinutes(text, { format }).document;
  if (doc.items.length === 0) throw new Error(`no item parsed from:\n${text}`);
  return doc.items[0];
}

/** Wraps a minutes snippet in a one-item printed-minutes text ("7.  Title" heading). */
export function inItem(snippet: string, title = 'Service Update'): string {
  return `7.    ${title}\n\n${snippet}\n`;
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
