// Fuzz of the whole per-file pipeline (bytes → read → tokenize → segment →
// extract → document) over mutated fixtures: it never throws, always yields
// a document the zod schema accepts, and finishes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../src/batch.js';
import { MinutesDocument } from '../src/schema/document.js';
import { fixtureCases } from './helpers.js';

const FIXTURES = fixtureCases().map((c) => c.input);

// Pieces minutes are made of, spliced in at random places.
const PIECES = [
  'RESOLVED that',
  'RESOLVED –',
  'It was AGREED:',
  '1.',
  '12.3',
  '(a)',
  '•',
  '\u00a0',
  '\t',
  'Councillor ',
  'Cllr A. B. Smith (Chair)',
  'PRESENT:',
  'Apologies:',
  'Minutes:',
  'Agenda item',
  'pdf icon PDF 12 KB',
  'Members asked questions on the following:',
  'ACTION: officers to circulate',
  'by 30 June 2025',
  '\n\n',
  '\r\n',
  '\u2028',
  '\ufeff',
  '\u200b',
  '– ',
  '(',
  ')',
  '"',
  '…',
  '£',
];

type Mutation =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'upper'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('upper' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : ('at' in m ? m.at % (text.length + 1) : 0);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'upper':
      return text.slice(0, at) + text.slice(at, at + m.length).toUpperCase() + text.slice(at + m.length);
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
  }
}

// How the mutated text becomes bytes: UTF-8, UTF-8 with stray Latin-1 bytes, or UTF-16 with a BOM.
const encoding = fc.constantFrom('utf8', 'latin1-bytes', 'utf16le-bom');
function encode(text: string, how: string): Uint8Array {
  if (how === 'latin1-bytes') return Buffer.from(text, 'latin1');
  if (how === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, 'utf8');
}

describe('fuzz: the whole pipeline over mutated fixtures', () => {
  it('never throws, always yields a schema-valid document, and finishes', async () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: FIXTURES.length - 1 }),
        fc.array(mutation, { maxLength: 25 }),
        encoding,
        fc.constantFrom('minutes.txt', 'minutes.md'),
        async (which, mutations, how, path) => {
          const text = mutations.reduce(apply, FIXTURES[which]);
          const { document, failed } = await processBytes(path, encode(text, how), { withSource: true });
          const checked = MinutesDocument.safeParse(document);
          if (!checked.success) throw new Error(`schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
          // A failure is always explained by an error-severity warning; no rule may blow up on real-looking text.
          expect(failed).toBe(document.warnings.some((w) => w.severity === 'error'));
          expect(document.warnings.filter((w) => w.id === 'rule-failed')).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20241115 },
    );
  });
});
