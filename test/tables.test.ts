// `parse --tables DIR`: one CSV per record type with named columns and keys
// that join; questions keep respondent and response; --excel adds a BOM.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { documentTables, meetingId } from '../src/write/tables.js';
import { runCli } from './helpers.js';

const MINUTES = `Minutes of the Harbour Board held on Tuesday, 14 March 2023

Present: Councillor Ruth Alvarez (Chair), Councillor Tom Baines

Apologies: Councillor Ola Nwosu

4.    Mooring Fees

Councillor Baines asked whether the increase applied to residents. The Harbour Master replied that residents were exempt until April 2024.

RESOLVED that the mooring fees for 2023/24 be approved.
`;

const records = (csv: string): Record<string, string>[] => {
  const [head, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\n');
  const names = head.split(',');
  // The test rows hold no quoted commas.
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [names[i], v])));
};

describe('documentTables', () => {
  const doc = parseMinutes(MINUTES, { path: 'harbour/2023-03-14.txt' }).document;
  const tables = documentTables(doc);
  const id = meetingId(doc);

  it('questions carry the asker, the respondent and the response', () => {
    const [question, ...rest] = tables.get('questions')!;
    expect(rest).toEqual([]);
    // The question's wording is the extractor's to trim; the columns around it are this table's.
    expect(question[5]).toContain('whether the increase applied to residents');
    expect([...question.slice(0, 5), ...question.slice(6)]).toEqual([
      `${id}-i1-q1`, `${id}-i1`, id, 'Councillor Baines', `${id}-p2`, 'The Harbour Master', 'residents were exempt until April 2024.', 9,
    ]);
  });

  it('keys derive from the path and the record place: the same on every parse', () => {
    const again = documentTables(parseMinutes(MINUTES, { path: 'harbour/2023-03-14.txt' }).document);
    expect(again).toEqual(tables);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(tables.get('resolutions')?.[0].slice(0, 5)).toEqual([`${id}-i1-r1`, `${id}-i1`, id, null, 'approved']);
  });

  it('attendance rows name their list and join people by person_id', () => {
    const people = new Map(tables.get('people')!.map((p) => [p[0], p[2]]));
    const attendance = tables.get('attendance')!.map((a) => [a[1], people.get(a[2] as string)]);
    expect(attendance).toEqual([
      ['present', 'Councillor Ruth Alvarez'],
      ['present', 'Councillor Tom Baines'],
      ['apologies', 'Councillor Ola Nwosu'],
    ]);
  });
});

describe('minutes parse --tables DIR', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'minutes-tables-'));
    writeFileSync(join(dir, 'harbour.txt'), MINUTES);
    writeFileSync(join(dir, 'harbour-copy.txt'), MINUTES.replace('Harbour Board', 'Harbour Board (reconvened)'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one CSV per record type, keys joining, nothing on stdout; --excel starts each with a BOM', async () => {
    const out = join(dir, 'tables');
    const r = await runCli(['parse', join(dir, 'harbour.txt'), join(dir, 'harbour-copy.txt'), '--tables', out, '--excel', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(
      ['actions', 'attendance', 'declarations', 'discussion', 'items', 'meetings', 'motions', 'people', 'presenters', 'questions', 'resolutions', 'votes', 'warnings'].map((t) => `${t}.csv`),
    );
    const read = (t: string): string => readFileSync(join(out, `${t}.csv`), 'utf8');
    expect(read('meetings').startsWith('\uFEFFmeeting_id,file,format,sha256,council,url,body,date,venue,items,warnings,failed,tool\n')).toBe(true);
    const meetings = records(read('meetings'));
    expect(meetings.map((m) => [m.body, m.date])).toEqual([
      ['Harbour Board (reconvened)', '2023-03-14'],
      ['Harbour Board', '2023-03-14'],
    ]);
    const items = records(read('items'));
    const resolutions = records(read('resolutions'));
    expect(resolutions.map((x) => items.find((i) => i.item_id === x.item_id)?.meeting_id)).toEqual(meetings.map((m) => m.meeting_id));
    expect(records(read('questions')).map((q) => q.respondent)).toEqual(['The Harbour Master', 'The Harbour Master']);
    expect(existsSync(join(out, '.meetings.csv.tmp'))).toBe(false);
  });

  it('minutes export DIR INPUTS writes the same tables', async () => {
    const viaParse = join(dir, 'via-parse');
    const viaExport = join(dir, 'via-export');
    await runCli(['parse', join(dir, 'harbour.txt'), '--tables', viaParse, '-q']);
    const r = await runCli(['export', viaExport, join(dir, 'harbour.txt'), '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    for (const t of ['meetings', 'questions', 'resolutions']) expect(readFileSync(join(viaExport, `${t}.csv`), 'utf8')).toBe(readFileSync(join(viaParse, `${t}.csv`), 'utf8'));
  });

  it('without --excel there is no BOM', async () => {
    const out = join(dir, 'plain');
    await runCli(['parse', join(dir, 'harbour.txt'), '--tables', out, '-q']);
    expect(readFileSync(join(out, 'items.csv'), 'utf8').startsWith('item_id,')).toBe(true);
  });
});
