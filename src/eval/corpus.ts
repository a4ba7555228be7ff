// Evaluating a gold directory: every ID.gold.json is paired with the document
// beside it (ID.txt when there is one, as the corpus ships the text of each
// original; else the original ID.md / .html / .pdf / .docx), parsed with the
// pipeline and scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failedDocument, processFile, type FileOptions } from '../batch.js';
import { makeWarning } from '../schema/warnings.js';
import { readGold } from './gold.js';
import { scoreDocument, summarise, type DocumentScore, type Summary } from './score.js';
import { normalise } from './text.js';

/** Input extensions in order of preference. */
export const GOLD_INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'];

export interface GoldCase {
  id: string;
  gold: string;
  /** The document to parse, or null when none sits beside the gold file. */
  input: string | null;
}

/** The gold files of a directory, each with its input. */
export function goldCases(dir: string): GoldCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.gold.json'.length);
      const ext = GOLD_INPUT_EXTENSIONS.find((e) => existsSync(join(dir, id + e)));
      return { id, gold: join(dir, f), input: ext ? join(dir, id + ext) : null };
    });
}

/** A locator over the parsed source lines: the first line holding the start of a text. */
export function lineLocator(text: string): (needle: string) => number | null {
  const lines = text.split(/\r\n|\r|\n/).map(normalise);
  return (needle) => {
    const words = normalise(needle).split(' ').filter(Boolean).slice(0, 5).join(' ');
    if (!words) return null;
    const at = lines.findIndex((l) => l.includes(words));
    return at >= 0 ? at + 1 : null;
  };
}

export interface EvalResult {
  summary: Summary;
  documents: DocumentScore[];
  /** Gold files with no document beside them (scored as empty predictions). */
  missingInputs: string[];
  /** Inputs that could not be parsed (scored as empty predictions). */
  failedInputs: string[];
}

export async function evaluateDirectory(dir: string, options: FileOptions = {}): Promise<EvalResult> {
  const documents: DocumentScore[] = [];
  const missingInputs: string[] = [];
  const failedInputs: string[] = [];
  for (const c of goldCases(dir)) {
    const gold = readGold(c.gold);
    if (c.input === null) missingInputs.push(c.id);
    const result = c.input ? await processFile(c.input, { ...options, withSource: false }) : null;
    if (result?.failed) failedInputs.push(c.id);
    const pred = result?.document ?? failedDocument(c.gold, makeWarning('unreadable-input', 'Unexpected gold file with no document beside it, expected ID.txt or the original'));
    // Missed gold records are located in the text of plain-text inputs.
    const source = c.input && !result?.failed && /\.(?:txt|md)$/.test(c.input) ? readFileSync(c.input, 'utf8') : '';
    documents.push(scoreDocument(c.id, gold, pred, lineLocator(source)));
  }
  return { summary: summarise(documents), documents, missingInputs, failedInputs };
}
