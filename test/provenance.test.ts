// Stable ids, people across meetings and provenance: every database row has a
// key derived from the source path and its place (the same on a rebuild and in
// --tables), people carry a member key that joins one councillor across
// documents of a council, and a --sources sidecar (or --council) attaches each
// document's URL and council to its rows.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberKey } from '../src/write/member.js';
import { parseCsv } from '../src/write/provenance.js';
import { runCli } from './helpers.js';

const MARCH = `Minutes of the Licensing Committee held on 7 March 2023

Present: Councillor Priya Raman (Chair), Councillor Owen Castell

4.    Taxi Licensing Policy

RESOLVED that the policy be adopted.
`;
const MAY = `Minutes of the Licensing Committee held on 9 May 2023

Present: Cllr. Priya Raman OBE, Councillor Jude Amis

Apologies: Councillor Owen Castell

4.    Street Trading Consents

RESOLVED that the consents be granted.
`;

let dir = '';
const at = (p: string): string => join(dir, p);
const query = (db: string, sql: string): unknown[] => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).raw().all();
  } finally {
    d.close();
  }
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-provenance-'));
  mkdirSync(at('archive'));
  writeFileSync(at('archive/2023-03.txt'), MARCH);
  writeFileSync(at('archive/2023-05.txt'), MAY);
  writeFileSync(at('archive/sources.csv'), 'path,url,council\n2023-03.txt,"https://democracy.example.gov.uk/documents/s101/Minutes, March.pdf",Harrowfield District Council\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('member keys', () => {
  it.each([
    ['Councillor Priya Raman', 'priya raman'],
    ['Cllr. Priya Raman OBE', 'priya raman'],
    ['PRIYA RAMAN', 'priya raman'],
    ['Deputy Mayor Cr Lee Tan', 'lee tan'],
    ['His Worship Mayor Ana Silva', 'ana silva'],
    ['Councillor', 'councillor'],
  ])('%s → %s', (name, key) => expect(memberKey(name)).toBe(key));
});

describe('the database', () => {
  it('keys survive a rebuild, and match the CSV tables', async () => {
    for (const name of ['one', 'two']) expect((await runCli(['parse', at('archive'), '--db', at(`${name}.sqlite`), '-q'])).code).toBe(0);
    const keys = (db: string): unknown[] => query(db, 'SELECT key FROM resolutions ORDER BY key');
    expect(keys(at('one.sqlite'))).toEqual(keys(at('two.sqlite')));
    expect(keys(at('one.sqlite'))).toHaveLength(2);
    await runCli(['parse', at('archive'), '--tables', at('tables'), '-q']);
    const csvKeys = parseCsv(readFileSync(at('tables/resolutions.csv'), 'utf8')).slice(1).map((r) => [r[0]]).sort();
    expect(csvKeys).toEqual(keys(at('one.sqlite')));
  });

  it("one councillor's attendance over the year, joined by member key whatever the titles", () => {
    const rows = query(
      at('one.sqlite'),
      `SELECT d.meeting_date, a.list FROM attendance a JOIN documents d ON d.id = a.document_id
       WHERE a.member = 'priya raman' OR a.member = 'owen castell' ORDER BY a.member, d.meeting_date`,
    );
    expect(rows).toEqual([
      ['2023-03-07', 'present'],
      ['2023-05-09', 'apologies'],
      ['2023-03-07', 'present'],
      ['2023-05-09', 'present'],
    ]);
    expect(query(at('one.sqlite'), "SELECT count(DISTINCT document_id) FROM people WHERE member = 'priya raman'")).toEqual([[2]]);
  });

  it('--sources and --council attach the URL and council to documents, also to files already stored', async () => {
    const db = at('one.sqlite');
    const r = await runCli(['parse', at('archive'), '--db', db, '--sources', at('archive/sources.csv'), '--council', 'Unknown council']);
    expect(r.stderr).toContain('0 written, 0 replaced, 2 unchanged');
    expect(query(db, 'SELECT council, source_url FROM documents ORDER BY source_path')).toEqual([
      ['Harrowfield District Council', 'https://democracy.example.gov.uk/documents/s101/Minutes, March.pdf'],
      ['Unknown council', null],
    ]);
  });

  it('--tables: meetings carry council and url', async () => {
    await runCli(['parse', at('archive'), '--tables', at('tables2'), '--sources', at('archive/sources.csv'), '-q']);
    const rows = parseCsv(readFileSync(at('tables2/meetings.csv'), 'utf8'));
    const [head, march] = [rows[0], rows.find((r) => r[1].endsWith('2023-03.txt'))!];
    expect(march[head.indexOf('council')]).toBe('Harrowfield District Council');
    expect(march[head.indexOf('url')]).toBe('https://democracy.example.gov.uk/documents/s101/Minutes, March.pdf');
  });

  it('--sources without --db or --tables is a usage error; so is a sidecar with no path column', async () => {
    expect((await runCli(['parse', at('archive'), '--sources', at('archive/sources.csv')])).code).toBe(2);
    writeFileSync(at('bad.csv'), 'url,council\nx,y\n');
    const r = await runCli(['parse', at('archive'), '--db', at('three.sqlite'), '--sources', at('bad.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no "path" column');
  });
});
