// A worker's answer is one transferable buffer: the documents' JSON, then
// the outcomes. Packing and unpacking give back every outcome and the exact
// bytes of every document, whether the buffer was fresh, handed back large
// enough, or handed back too small and grown. parseOne skips a file, unparsed,
// only when every destination it has already records its bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOne, TextPacker, unpackTexts, type Outcome } from '../src/worker-protocol.js';
import { VERSION } from '../src/version.js';

function outcome(i: number, json: string | null): Outcome {
  return {
    path: `dir/m${i}.txt`,
    json,
    skipped: json === null,
    failed: i % 3 === 0,
    bytes: 100 + i,
    warnings: i % 2 ? [{ code: 'MIN011', message: `Unexpected RESOLVED ${i} – “quoted”`, line: i, id: 'resolution-outside-item', severity: 'warning' }] : [],
    tally: { items: i, resolutions: 1, actions: 0, questions: 2 },
  };
}

/** Documents of various sizes, some with text outside ASCII, one skipped. */
const texts = (n: number): (string | null)[] => Array.from({ length: n }, (_, i) => (i === 3 ? null : JSON.stringify({ i, text: `Café £${i} `.repeat(1 + ((i * 37) % 900)) })));

describe('TextPacker and unpackTexts', () => {
  it.each([
    ['a fresh buffer', undefined],
    ['a large handed-back buffer', new ArrayBuffer(4 << 20)],
    ['a small handed-back buffer, grown', new ArrayBuffer(16)],
  ])('round-trip every outcome and document through %s', (_, reuse) => {
    const docs = texts(40);
    const packer = new TextPacker(reuse);
    docs.forEach((json, i) => packer.add(outcome(i, json)));
    const result = packer.result(7);
    expect(result.id).toBe(7);
    if (reuse && reuse.byteLength >= 4 << 20) expect(result.texts).toBe(reuse);
    const back = unpackTexts(structuredClone(result, { transfer: [result.texts] }));
    expect(back).toHaveLength(docs.length);
    back.forEach((o, i) => {
      const { json, ...rest } = o;
      const { json: _, ...expected } = outcome(i, docs[i]);
      expect(rest).toEqual(expected);
      expect(json === null ? null : Buffer.from(json as Uint8Array).toString('utf8')).toBe(docs[i]);
    });
  });
});

describe('parseOne with the hash the database holds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-parse-one-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'db', 'licensing-2024-05-20.txt'));
  const path = join(dir, 'licensing.txt');
  writeFileSync(path, text);
  const digest = createHash('sha256').update(text).digest('hex');
  // Read as PDF, this text file fails to parse: a skipped outcome shows it was never parsed.
  const asPdf = { from: 'pdf' } as const;

  it('skips a file whose bytes hash to the known sha256, without parsing it', async () => {
    const { outcome, document } = await parseOne({ path, known: digest }, asPdf);
    expect(document).toBeNull();
    expect(outcome).toEqual({ path, json: null, skipped: true, failed: false, bytes: text.length, warnings: [], tally: { items: 0, resolutions: 0, actions: 0, questions: 0 } });
  });

  it('parses a file the database holds other bytes for, or none', async () => {
    for (const known of ['0'.repeat(64), '']) {
      const { outcome, document } = await parseOne({ path, known }, asPdf);
      expect(outcome).toMatchObject({ skipped: false, failed: true });
      expect(document?.source.sha256).toBe(digest);
    }
    expect((await parseOne({ path, known: '' }, {})).outcome).toMatchObject({ skipped: false, failed: false, tally: { items: 2, resolutions: 1 } });
  });

  it('with --skip-unchanged and --out, skips only when the output records the bytes too', async () => {
    const out = join(dir, 'licensing.json');
    const options = { ...asPdf, skipUnchanged: true };
    // No output file yet.
    expect((await parseOne({ path, out, known: digest }, options)).outcome.skipped).toBe(false);
    writeFileSync(out, JSON.stringify({ source: { sha256: digest, tool: VERSION } }));
    expect((await parseOne({ path, out, known: digest }, options)).outcome.skipped).toBe(true);
    // The database holds nothing for it.
    expect((await parseOne({ path, out, known: '' }, options)).outcome.skipped).toBe(false);
  });
});
