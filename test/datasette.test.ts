// Datasette and sqlite-utils see the database's full-text search: each FTS
// table is declared the way their detection queries look for it, searches
// with hyphens work once escaped as Datasette escapes them, and --db writes
// a metadata.json whose canned queries are those of docs/queries.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { CANNED_QUERIES } from '../src/write/datasette.js';
import { FTS_COLUMNS } from '../src/write/sqlite-schema.js';
import { openDatabaseSink } from '../src/write/sqlite.js';
import { runCli } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const MINUTES = `Minutes of the Health and Wellbeing Board held on 8 December 2021

6.    Covid-19 Recovery Plan

RESOLVED that the Covid-19 recovery plan be approved.
`;

/**
 * Datasette's detect_fts_sql (datasette/utils/__init__.py), with the table
 * name in place; its tbl_name = "table" is a string in Python's SQLite, which
 * better-sqlite3 (built without double-quoted strings) needs in single quotes.
 */
const datasetteDetect = (table: string): string => `
  select name from sqlite_master
    where rootpage = 0
    and (
      sql like '%VIRTUAL TABLE%USING FTS%content="${table}"%'
      or sql like '%VIRTUAL TABLE%USING FTS%content=[${table}]%'
      or (tbl_name = '${table}' and sql like '%VIRTUAL TABLE%USING FTS%')
    )`;

/** sqlite-utils' Table.detect_fts query. */
const sqliteUtilsDetect = `
  SELECT name FROM sqlite_master
    WHERE rootpage = 0
    AND (sql LIKE :like OR sql LIKE :like2 OR (tbl_name = :table AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))`;

/** Datasette's escape_fts: every bare word quoted, quoted phrases kept. */
function escapeFts(query: string): string {
  const q = query.split('"').length % 2 === 0 ? `${query}"` : query;
  const bits = q.split(/\s+|(".*?")/).filter((b): b is string => !!b && b !== '""');
  return bits.map((b) => (b.startsWith('"') ? b : `"${b}"`)).join(' ');
}

let dir = '';
let db: Database.Database;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-datasette-'));
  const sink = openDatabaseSink(join(dir, 'board.sqlite'));
  sink.write(parseMinutes(MINUTES, { path: 'board/2021-12-08.txt' }).document);
  sink.close();
  db = new Database(join(dir, 'board.sqlite'), { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('full-text tables', () => {
  it.each(Object.keys(FTS_COLUMNS))("Datasette and sqlite-utils find %s's index", (table) => {
    expect(db.prepare(datasetteDetect(table)).pluck().all()).toEqual([`${table}_fts`]);
    const args = { like: `%VIRTUAL TABLE%USING FTS%content=[${table}]%`, like2: `%VIRTUAL TABLE%USING FTS%content="${table}"%`, table };
    expect(db.prepare(sqliteUtilsDetect).pluck().all(args)).toEqual([`${table}_fts`]);
  });

  it('a search with a hyphen finds the record once escaped as Datasette does (a raw one is an FTS5 syntax error)', () => {
    const search = db.prepare('SELECT r.text FROM resolutions_fts JOIN resolutions r ON r.id = resolutions_fts.rowid WHERE resolutions_fts MATCH ?').pluck();
    expect(escapeFts('Covid-19 recovery')).toBe('"Covid-19" "recovery"');
    expect(search.all(escapeFts('Covid-19 recovery'))).toEqual(['the Covid-19 recovery plan be approved.']);
    expect(() => search.all('Covid-19')).toThrow();
  });
});

describe('metadata.json', () => {
  it('the canned queries are those of docs/queries.md, heading for heading', () => {
    const md = readFileSync(join(ROOT, 'docs', 'queries.md'), 'utf8');
    const documented = [...md.matchAll(/^### (.+)\n[\s\S]*?^```sql\n([\s\S]*?)^```/gm)].map((m) => ({ title: m[1].trim(), sql: m[2] }));
    expect(CANNED_QUERIES.map((q) => ({ title: q.title, sql: q.sql }))).toEqual(documented);
  });

  it('--db writes NAME.metadata.json beside the database: descriptions, facets, FTS tables and queries', async () => {
    const input = join(dir, 'board.txt');
    writeFileSync(input, MINUTES);
    const r = await runCli(['parse', input, '--db', join(dir, 'council.sqlite'), '-q']);
    expect(r.code).toBe(0);
    const metadata = JSON.parse(readFileSync(join(dir, 'council.metadata.json'), 'utf8')) as {
      databases: { council: { tables: Record<string, { description?: string; facets?: string[]; fts_table?: string }>; queries: Record<string, { sql: string }> } };
    };
    const council = metadata.databases.council;
    expect(council.tables.resolutions).toMatchObject({ facets: ['kind'], fts_table: 'resolutions_fts' });
    expect(council.tables.documents.description).toContain('One row per input file');
    expect(Object.keys(council.queries)).toHaveLength(CANNED_QUERIES.length);
    // Every canned query runs on the database written.
    const written = new Database(join(dir, 'council.sqlite'), { readonly: true });
    try {
      for (const q of Object.values(council.queries)) {
        const names = [...new Set([...q.sql.matchAll(/:(\w+)/g)].map((m) => m[1]))];
        expect(() => written.prepare(q.sql).all(Object.fromEntries(names.map((n) => [n, 'x'])))).not.toThrow();
      }
    } finally {
      written.close();
    }
  });
});
