// A worker's answer is one transferable buffer: the documents' JSON, then
// the outcomes. Packing and unpacking give back every outcome and the exact
// bytes of every document, whether the buffer was fresh, handed back large
// enough, or handed back too small and grown.
import { describe, expect, it } from 'vitest';
import { TextPacker, unpackTexts, type Outcome } from '../src/worker-protocol.js';

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
