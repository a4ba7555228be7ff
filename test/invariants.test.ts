// Invariants over every fixture (cases and pending alike: they hold whatever
// the extraction quality): schema-valid, records inside their item's span,
// items in order without overlap, deterministic bytes, and CSV with one row per
// record that parses back under the fixed header.
import { describe, expect, it } from 'vitest';
import { MinutesDocument } from '../src/schema/document.js';
import type { MinutesDocument as Doc } from '../src/schema/document.js';
import { CSV_HEADER, csvHeader, documentToCsv } from '../src/write/csv.js';
import { FIXTURE_PENDING, fixtureCases, parseFixture } from './helpers.js';

const ALL = [...fixtureCases(), ...fixtureCases(FIXTURE_PENDING)];

/** An RFC 4180 reader: quoted fields may hold commas, quotes ("") and line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c === '\r') throw new Error(`bare CR outside quotes at ${i}`);
    else if (c === '"') throw new Error(`stray quote inside an unquoted cell at ${i}`);
    else cell += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length) throw new Error('last row does not end with \\n');
  return rows;
}

/** Every record the JSON holds that the CSV writes a row for. */
function recordCount(doc: Doc): number {
  const m = doc.meeting;
  let n = m.present.length + m.apologies.length + m.inAttendance.length + doc.declarations.length + doc.people.length + doc.warnings.length;
  for (const it of doc.items) n += 1 + it.presenters.length + it.discussion.length + it.questions.length + it.resolutions.length + it.actions.length + it.motions.length;
  // Vote rows: one for a motion's counts, one per named vote.
  for (const it of doc.items) for (const mo of it.motions) n += (mo.votes ? 1 : 0) + mo.namedVotes.length;
  return n;
}

describe('parseCsv (the test reader itself)', () => {
  it('reads quoted commas, doubled quotes and embedded line ends', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\ny"\n,\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\ny'],
      ['', ''],
    ]);
  });
  it('rejects malformed CSV', () => {
    expect(() => parseCsv('a,"b\n')).toThrow();
    expect(() => parseCsv('a,b"c\n')).toThrow();
  });
});

describe.each(ALL.map((c) => [c.name, c] as const))('invariants: %s', (_name, c) => {
  const doc = parseFixture(c);

  it('is valid by the zod schema', () => {
    expect(() => MinutesDocument.parse(doc)).not.toThrow();
  });

  it('has items in document order with non-overlapping spans', () => {
    for (const item of doc.items) expect(item.lines.start).toBeLessThanOrEqual(item.lines.end);
    // A text flattened onto one line holds several items on that line: an item may start on the line the previous one ends on.
    for (let k = 1; k < doc.items.length; k++) {
      const previous = doc.items[k - 1].lines;
      if (previous.start === previous.end && doc.items[k].lines.start === previous.end) continue;
      expect(doc.items[k].lines.start).toBeGreaterThan(previous.end);
    }
  });

  it("puts every record line inside its item's span", () => {
    for (const item of doc.items) {
      const records: { line: number; end?: number }[] = [...item.discussion, ...item.questions, ...item.resolutions, ...item.actions];
      for (const p of item.presenters) if (p.line !== undefined) records.push({ line: p.line });
      for (const r of records) {
        expect(r.line).toBeGreaterThanOrEqual(item.lines.start);
        expect(r.end ?? r.line).toBeLessThanOrEqual(item.lines.end);
      }
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(JSON.stringify(parseFixture(c))).toBe(JSON.stringify(doc));
  });

  it('has exactly one CSV row per JSON record under the fixed header, and the CSV parses back', () => {
    const rows = parseCsv(csvHeader() + documentToCsv(doc));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.length - 1).toBe(recordCount(doc));
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    const resolutionRows = rows.filter((r) => r[5] === 'resolution').map((r) => r[7]);
    expect(resolutionRows).toEqual(doc.items.flatMap((i) => i.resolutions.map((x) => x.text)));
  });
});
