// Line endings, odd spaces and encodings, as bytes written here (fixture files
// would be re-encoded by editors and git): every variant of one minutes text
// must give the same items as the plain UTF-8 / LF original.
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../src/api.js';
import { MinutesDocument } from '../src/schema/document.js';
import type { MinutesDocument as Doc } from '../src/schema/document.js';

const ORIGINAL = [
  'Minutes of the meeting of the Finance Committee held on Monday, 8 March 2021',
  '',
  '7.    Capital Programme Outturn',
  '',
  'Priya Shah, Capital Accountant, presented the outturn report.',
  '',
  'Councillor Webb queried the slippage on the leisure scheme. The Capital Accountant explained that tenders had been delayed.',
  '',
  'RESOLVED that:',
  '',
  '1.    the outturn be noted; and',
  '',
  '2.    the slippage of £2.1m into 2021/22 be approved.',
  '',
].join('\n');

const parse = async (bytes: Uint8Array, path = 'minutes.txt'): Promise<Doc> => (await parseBuffer(bytes, { path })).document;
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
/** What the variants must agree on: everything but the source facts. */
const content = (d: Doc): unknown => ({ meeting: d.meeting, items: d.items });

function utf16le(s: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le]));
}

describe('reading: every variant parses like the UTF-8 / LF original', async () => {
  const base = await parse(utf8(ORIGINAL));

  it('the original itself parses as expected', () => {
    expect(base.meeting.body).toBe('Finance Committee');
    expect(base.meeting.date).toBe('2021-03-08');
    expect(base.items).toHaveLength(1);
    expect(base.items[0].presenters.map((p) => p.name)).toContain('Priya Shah');
    expect(base.items[0].questions.map((q) => [q.asker, q.respondent])).toEqual([['Councillor Webb', 'The Capital Accountant']]);
    expect(base.items[0].resolutions.map((r) => [r.number, r.kind])).toEqual([
      ['1', 'noted'],
      ['2', 'approved'],
    ]);
    expect(base.warnings).toEqual([]);
  });

  it.each<[string, () => Uint8Array]>([
    ['CRLF line ends', () => utf8(ORIGINAL.replace(/\n/g, '\r\n'))],
    ['lone CR line ends', () => utf8(ORIGINAL.replace(/\n/g, '\r'))],
    ['UTF-8 with BOM', () => utf8(`\uFEFF${ORIGINAL}`)],
    ['UTF-16LE with BOM', () => utf16le(ORIGINAL)],
    ['UTF-16BE with BOM', () => utf16be(ORIGINAL)],
    ['UTF-16LE with BOM and CRLF', () => utf16le(ORIGINAL.replace(/\n/g, '\r\n'))],
    ['non-breaking spaces between words', () => utf8(ORIGINAL.replace(/(\w) (\w)/g, '$1\u00a0$2'))],
    ['tabs instead of runs of spaces', () => utf8(ORIGINAL.replace(/ {4}/g, '\t'))],
    ['trailing spaces and tabs', () => utf8(ORIGINAL.replace(/\n/g, ' \t\n'))],
  ])('%s', async (_name, bytes) => {
    const doc = await parse(bytes());
    expect(() => MinutesDocument.parse(doc)).not.toThrow();
    expect(content(doc)).toEqual(content(base));
    expect(doc.warnings).toEqual([]);
  });

  it('undecodable bytes become U+FFFD with a warning naming the line, and parsing goes on', async () => {
    const bytes = Buffer.from(ORIGINAL.replace('Capital Programme', 'Capital \u0000Programme'), 'utf8');
    // Replace the NUL placeholder with a byte that is neither UTF-8 nor Windows-1252 (0x81).
    bytes[bytes.indexOf(0)] = 0x81;
    const doc = await parse(new Uint8Array(bytes));
    expect(doc.items[0].title).toBe('Capital \uFFFDProgramme Outturn');
    expect(doc.items[0].resolutions).toHaveLength(2);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0].line).toBe(3);
    expect(doc.warnings[0].message).toMatch(/UTF-8/);
  });

  it('Windows-1252 text (£ and – as single bytes) is read as such, with a warning naming the first such line', async () => {
    const original = ORIGINAL.replace('Capital Programme Outturn', 'Capital Programme – Outturn');
    const bytes = new Uint8Array(Buffer.from(original, 'latin1'));
    bytes[bytes.indexOf(0x13)] = 0x96; // – is 0x96 in Windows-1252 (latin1 wrote U+2013's low byte)
    const doc = await parse(bytes);
    expect(doc.items[0].title).toBe('Capital Programme – Outturn');
    expect(doc.items[0].resolutions.map((r) => r.text)).toContain('the slippage of £2.1m into 2021/22 be approved.');
    expect(doc.warnings.map((w) => [w.id, w.line])).toEqual([['legacy-encoding', 3]]);
  });

  it('a file mixing UTF-8 and stray bytes stays UTF-8', async () => {
    const bytes = Buffer.from(ORIGINAL.replace('Capital Programme', 'Capital \u0000Programme'), 'utf8');
    bytes[bytes.indexOf(0)] = 0xa3;
    const doc = await parse(new Uint8Array(bytes));
    expect(doc.items[0].resolutions.map((r) => r.text).join(' ')).toContain('£2.1m');
    expect(doc.warnings.map((w) => w.id)).toEqual(['undecodable-bytes']);
  });
});
