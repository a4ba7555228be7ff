// The --db writer: the schema follows the zod schema, every JSON record becomes
// one row, foreign keys and full-text indexes hold, re-runs update in place, a
// killed run leaves only whole documents, and the queries in docs/queries.md
// return what the fixture minutes say.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { processFile } from '../src/batch.js';
import { AgendaItem, MinutesDocument, Resolution } from '../src/schema/document.js';
import type { MinutesDocument as Doc } from '../src/schema/document.js';
import { columnName, deriveTables, schemaDdl } from '../src/write/sqlite-schema.js';
import { openDatabaseSink, DatabaseSchemaError, type DatabaseStats } from '../src/write/sqlite.js';
import { main } from '../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..');
const CASES = join(ROOT, 'fixtures', 'cases');
const DB_FIXTURES = join(ROOT, 'fixtures', 'db');

/** Every fixture input, as a path relative to the repository (the key the database stores). */
function fixtureFiles(): string[] {
  const cases = readdirSync(CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(CASES, d.name)).filter((f) => f.startsWith('input.')).map((f) => join(CASES, d.name, f)));
  const db = readdirSync(DB_FIXTURES).map((f) => join(DB_FIXTURES, f));
  return [...cases, ...db].map((f) => relative(ROOT, f)).sort();
}

async function parseAll(files: readonly string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const f of files) docs.push((await processFile(join(ROOT, f))).document);
  // Store repository-relative paths, as `minutes parse fixtures/db/x.txt --db` run from the root does.
  return docs.map((d, i) => ({ ...d, source: { ...d.source, path: files[i] } }));
}

function writeAll(path: string, docs: readonly Doc[]): DatabaseStats {
  const sink = openDatabaseSink(path);
  for (const d of docs) sink.write(d);
  return sink.close();
}

/** Records each table should hold for one document, counted from the JSON by hand. */
function expectedCounts(doc: Doc): Record<string, number> {
  const sum = (f: (i: AgendaItem) => number): number => doc.items.reduce((n, i) => n + f(i), 0);
  const m = doc.meeting;
  return {
    documents: 1,
    attendance: m.present.length + m.apologies.length + m.inAttendance.length,
    items: doc.items.length,
    presenters: sum((i) => i.presenters.length),
    discussion: sum((i) => i.discussion.length),
    questions: sum((i) => i.questions.length),
    resolutions: sum((i) => i.resolutions.length),
    actions: sum((i) => i.actions.length),
    motions: sum((i) => i.motions.length),
    named_votes: sum((i) => i.motions.reduce((n, mo) => n + mo.namedVotes.length, 0)),
    warnings: doc.warnings.length,
    declarations: doc.declarations.length,
    people: doc.people.length,
  };
}

function countsFor(db: Database.Database, documentId: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of deriveTables()) {
    const where = t.parent === null ? 'id' : 'document_id';
    out[t.name] = (db.prepare(`SELECT count(*) AS n FROM "${t.name}" WHERE ${where} = ?`).get(documentId) as { n: number }).n;
  }
  return out;
}

function checkIntegrity(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  for (const t of deriveTables().filter((x) => x.fts.length)) {
    // Throws when the FTS index disagrees with its content table.
    db.prepare(`INSERT INTO ${t.name}_fts(${t.name}_fts, rank) VALUES ('integrity-check', 1)`).run();
  }
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutes-sqlite-'));
  dirs.push(d);
  return d;
}
// Removing the killed run's 3000-file archive can outlast the default hook timeout on a loaded machine.
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}, 60_000);

describe('schema derived from the zod schema', () => {
  it('maps every scalar field of a record to a column', () => {
    const resolutions = deriveTables().find((t) => t.name === 'resolutions')!;
    const names = resolutions.columns.map((c) => c.name);
    expect(names).toEqual(Object.keys(Resolution.shape).map(columnName));
    expect(resolutions.parent).toBe('items');
    expect(resolutions.columns.find((c) => c.name === 'kind')!.check).toContain("'delegated'");
  });

  it('turns a field added to the zod schema into a column, and an added array into a child table', () => {
    const extended = MinutesDocument.extend({
      items: z.array(
        AgendaItem.extend({
          webcastUrl: z.string().nullable(),
          votesCast: z.array(z.object({ councillor: z.string(), paired: z.boolean() })),
        }),
      ),
    });
    const tables = deriveTables(extended);
    const items = tables.find((t) => t.name === 'items')!;
    expect(items.columns.map((c) => c.name)).toContain('webcast_url');
    const cast = tables.find((t) => t.name === 'votes_cast')!;
    expect(cast.parent).toBe('items');
    expect(cast.columns.map((c) => `${c.name} ${c.type} ${c.notNull}`)).toEqual(['councillor TEXT true', 'paired INTEGER true']);
    expect(schemaDdl(tables).join('\n')).toMatch(/item_id INTEGER NOT NULL REFERENCES "items"\(id\)/);
  });

  it('groups present, apologies and inAttendance into attendance with a list column', () => {
    const attendance = deriveTables().find((t) => t.name === 'attendance')!;
    expect(attendance.sources.map((s) => s.list)).toEqual(['present', 'apologies', 'inAttendance']);
  });
});

describe('a database built from every fixture', () => {
  let docs: Doc[];
  let db: Database.Database;
  let stats: DatabaseStats;
  let path: string;

  beforeAll(async () => {
    docs = await parseAll(fixtureFiles());
    path = join(tempDir(), 'fixtures.sqlite');
    stats = writeAll(path, docs);
    db = new Database(path, { readonly: true });
  });
  afterAll(() => db?.close());

  it('holds one row per JSON record for every fixture', () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(stats).toMatchObject({ written: docs.length, replaced: 0, unchanged: 0 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' AND name <> 'minutes_meta'").pluck().all();
    expect([...tables].sort()).toEqual(Object.keys(expectedCounts(docs[0])).sort());
    for (const doc of docs) {
      const { id } = db.prepare('SELECT id FROM documents WHERE source_path = ?').get(doc.source.path) as { id: number };
      expect(countsFor(db, id), doc.source.path).toEqual(expectedCounts(doc));
    }
  });

  it('keeps values, source lines and document order', () => {
    for (const doc of docs) {
      const want = doc.items.flatMap((item) => item.resolutions.map((r) => [item.title, r.number, r.text, r.kind, r.line, r.column ?? null]));
      const got = db
        .prepare(
          `SELECT i.title, r.number, r.text, r.kind, r.line, r."column" FROM resolutions r JOIN items i ON i.id = r.item_id
           JOIN documents d ON d.id = r.document_id WHERE d.source_path = ? ORDER BY i.ordinal, r.ordinal`,
        )
        .raw()
        .all(doc.source.path);
      expect(got).toEqual(want);
      const row = db.prepare('SELECT source_sha256, source_format, source_bytes, meeting_body, meeting_date, meeting_venue FROM documents WHERE source_path = ?').get(doc.source.path);
      expect(row).toEqual({
        source_sha256: doc.source.sha256,
        source_format: doc.source.format,
        source_bytes: doc.source.bytes,
        meeting_body: doc.meeting.body,
        meeting_date: doc.meeting.date,
        meeting_venue: doc.meeting.venue,
      });
    }
  });

  it('passes integrity, foreign-key and FTS checks', () => {
    const writable = new Database(path);
    checkIntegrity(writable);
    writable.close();
  });

  it('finds a known phrase with full-text search', () => {
    const rows = db.prepare("SELECT r.text FROM resolutions_fts JOIN resolutions r ON r.id = resolutions_fts.rowid WHERE resolutions_fts MATCH 'knife crime' ORDER BY r.id").pluck().all();
    expect(rows).toEqual(['The Knife Crime Reduction Strategy 2024-2027 be approved.', 'The progress on the knife crime strategy be noted.']);
    const items = db.prepare("SELECT title FROM items_fts WHERE items_fts MATCH 'refuge OR \"domestic abuse\"'").pluck().all();
    expect(items).toEqual(['Domestic Abuse Support Services']);
  });

  it('records a file that could not be parsed, with its reason', () => {
    const failed = docs.find((d) => d.source.path.endsWith('empty-upload.txt'))!;
    const row = db
      .prepare("SELECT d.meeting_body, w.code, w.severity FROM documents d JOIN warnings w ON w.document_id = d.id WHERE d.source_path = ?")
      .get(failed.source.path);
    expect(row).toEqual({ meeting_body: null, code: failed.warnings[0].code, severity: 'error' });
  });

  it('changes nothing on a second run over unchanged files', () => {
    const watcher = new Database(path, { readonly: true });
    const before = watcher.pragma('data_version', { simple: true });
    const second = writeAll(path, docs);
    expect(second).toEqual({ written: 0, replaced: 0, unchanged: docs.length, pruned: 0, rows: 0 });
    expect(watcher.pragma('data_version', { simple: true })).toBe(before);
    watcher.close();
  });

  it('refuses a database written from another schema', () => {
    const other = join(tempDir(), 'other.sqlite');
    const raw = new Database(other);
    raw.exec("CREATE TABLE minutes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO minutes_meta VALUES ('schema', 'older')");
    raw.close();
    expect(() => openDatabaseSink(other)).toThrow(DatabaseSchemaError);
  });
});

describe('re-runs over a changed archive', () => {
  it('replaces the rows of a changed file in place and leaves the others alone', async () => {
    const dir = tempDir();
    const files = ['community-safety-2024-03-12.txt', 'licensing-2024-05-20.txt'];
    for (const f of files) copyFileSync(join(DB_FIXTURES, f), join(dir, f));
    const paths = files.map((f) => join(dir, f));
    const path = join(dir, 'archive.sqlite');
    const first = await Promise.all(paths.map(async (p) => (await processFile(p)).document));
    writeAll(path, first);
    const db = new Database(path);
    const licensingIds = db.prepare("SELECT id FROM items WHERE document_id = (SELECT id FROM documents WHERE source_path LIKE '%licensing%') ORDER BY id").pluck().all();

    // The clerk corrects the minutes: a resolution rewritten, an action added.
    const text = readFileSync(paths[0], 'utf8')
      .replace('The Knife Crime Reduction Strategy 2024-2027 be approved.', 'The Knife Crime Reduction Strategy 2024-2027 be approved subject to a review after one year.')
      .replace('RESOLVED that the update on anti-social', 'ACTION: The Community Safety Manager to write to residents of the Riverside Estate by 31 May 2024.\n\nRESOLVED that the update on anti-social');
    writeFileSync(paths[0], text);
    const second = await Promise.all(paths.map(async (p) => (await processFile(p)).document));
    expect(second[0].source.sha256).not.toBe(first[0].source.sha256);
    const stats = writeAll(path, second);
    expect(stats).toMatchObject({ written: 0, replaced: 1, unchanged: 1 });

    const { id } = db.prepare('SELECT id FROM documents WHERE source_path = ?').get(paths[0]) as { id: number };
    expect(countsFor(db, id)).toEqual(expectedCounts(second[0]));
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH '\"after one year\"'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH '\"2024-2027 be approved\" NOT review'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT due FROM actions WHERE text LIKE '%residents of the Riverside%'").pluck().all()).toEqual(['2024-05-31']);
    expect(db.prepare("SELECT id FROM items WHERE document_id = (SELECT id FROM documents WHERE source_path LIKE '%licensing%') ORDER BY id").pluck().all()).toEqual(licensingIds);
    checkIntegrity(db);
    db.close();
  });
});

/** Runs the CLI in-process; returns exit code, stdout and stderr. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string) => (add(s), true) }) as unknown as NodeJS.WritableStream;
  const io = { stdout: sink((x) => (stdout += x)), stderr: sink((x) => (stderr += x)), readStdin: async () => new Uint8Array() };
  return { code: await main(args, io), stdout, stderr };
}

describe('minutes parse --db', () => {
  it('writes only the database unless a --format is given, and works beside --out', async () => {
    const dir = tempDir();
    const path = join(dir, 'cli.sqlite');
    // Inputs as a user types them: relative to the working directory.
    const fixtures = relative(process.cwd(), DB_FIXTURES) || '.';
    const first = await cli(['parse', fixtures, '--db', path, '-q']);
    expect(first.code).toBe(1); // empty-upload.txt cannot be parsed
    expect(first.stdout).toBe('');
    const again = await cli(['parse', join(fixtures, 'licensing-2024-05-20.txt'), '--db', path, '--format', 'ndjson']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).meeting.body).toBe('Licensing Committee');
    expect(again.stderr).toContain('0 written, 0 replaced, 1 unchanged');
    const out = join(dir, 'out');
    const beside = await cli(['parse', join(fixtures, 'community-safety-2024-03-12.txt'), '--db', join(dir, 'beside.sqlite'), '--out', out, '-q']);
    expect(beside.code).toBe(0);
    expect(readdirSync(out)).toEqual(['community-safety-2024-03-12.json']);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT source_path FROM documents ORDER BY source_path').pluck().all()).toEqual(readdirSync(DB_FIXTURES).sort().map((f) => join(fixtures, f)));
    db.close();
    expect((await cli(['parse', fixtures, '--db', join(ROOT, 'README.md')])).code).toBe(2);
  });
});

/** The summary --report writes. */
const report = (file: string): { files: number; parsed: number; skipped: number; failed: number } => JSON.parse(readFileSync(file, 'utf8'));

/** Every documents row: id, path and hash (ids show whether a document was written again). */
const documentRows = (path: string): { id: number; source_path: string; source_sha256: string }[] => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id, source_path, source_sha256 FROM documents ORDER BY source_path').all() as { id: number; source_path: string; source_sha256: string }[];
  } finally {
    db.close();
  }
};

describe('re-runs with the database as the only output', () => {
  const GOOD = ['community-safety-2024-03-12.txt', 'community-safety-2024-07-09.txt', 'community-safety-2025-01-14.txt', 'licensing-2024-05-20.txt'];

  function archive(): { dir: string; archive: string; path: string } {
    const dir = tempDir();
    const archive = join(dir, 'archive');
    mkdirSync(archive);
    for (const f of GOOD) copyFileSync(join(DB_FIXTURES, f), join(archive, f));
    return { dir, archive, path: join(dir, 'rerun.sqlite') };
  }

  it('skips unchanged files without parsing them and counts them unchanged, not failed', async () => {
    const { dir, archive: input, path } = archive();
    expect((await cli(['parse', input, '--db', path, '-q'])).code).toBe(0);
    const before = documentRows(path);
    expect(before).toHaveLength(GOOD.length);

    // Read as PDF, every one of these text files would fail to parse: the run succeeds because none is parsed.
    const again = await cli(['parse', input, '--db', path, '--from', 'pdf', '--report', join(dir, 'again.json')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`: 0 written, 0 replaced, ${GOOD.length} unchanged\n`);
    expect(again.stderr).toContain(`minutes: ${GOOD.length} files, 0 parsed, ${GOOD.length} skipped (unchanged), 0 failed`);
    expect(report(join(dir, 'again.json'))).toMatchObject({ files: GOOD.length, parsed: 0, skipped: GOOD.length, failed: 0 });
    expect(documentRows(path)).toEqual(before);
  });

  it('parses every file again when a document also goes to stdout, and still keeps unchanged rows', async () => {
    const { dir, archive: input, path } = archive();
    await cli(['parse', input, '--db', path, '-q']);
    const before = documentRows(path);
    const streamed = await cli(['parse', input, '--db', path, '--from', 'pdf', '--format', 'ndjson', '-q', '--report', join(dir, 'streamed.json')]);
    // Parsed as PDF they fail, and their failure documents go to stdout...
    expect(streamed.code).toBe(1);
    expect(streamed.stdout.trim().split('\n')).toHaveLength(GOOD.length);
    expect(report(join(dir, 'streamed.json'))).toMatchObject({ parsed: GOOD.length, skipped: 0, failed: GOOD.length });
    // ...but they record the same bytes, so the database keeps what it had.
    expect(documentRows(path)).toEqual(before);
  });

  it('replaces a changed file and leaves the unchanged ones as they were', async () => {
    const { dir, archive: input, path } = archive();
    await cli(['parse', input, '--db', path, '-q']);
    const before = documentRows(path);
    const changed = join(input, 'licensing-2024-05-20.txt');
    writeFileSync(changed, readFileSync(changed, 'utf8').replaceAll('street trading consent fees', 'pavement licence fees'));

    const run = await cli(['parse', input, '--db', path, '-q', '--report', join(dir, 'changed.json')]);
    expect(run.code).toBe(0);
    expect(report(join(dir, 'changed.json'))).toMatchObject({ files: GOOD.length, parsed: 1, skipped: GOOD.length - 1, failed: 0 });
    const after = documentRows(path);
    expect(after.filter((r) => r.source_path !== changed)).toEqual(before.filter((r) => r.source_path !== changed));
    const row = after.find((r) => r.source_path === changed)!;
    expect(row.source_sha256).toBe((await processFile(changed)).document.source.sha256);
    const db = new Database(path);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'pavement'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'street'").pluck().get()).toBe(0);
    checkIntegrity(db);
    db.close();
  });

  it('with --out and --skip-unchanged, skips only files both the output and the database hold', async () => {
    const { archive: input, path } = archive();
    const out = join(input, '..', 'out');
    expect((await cli(['parse', input, '--out', out, '--skip-unchanged', '-q'])).code).toBe(0);
    // The outputs are up to date but the new database holds nothing yet: every file is parsed for it.
    const first = await cli(['parse', input, '--out', out, '--skip-unchanged', '--db', path]);
    expect(first.stderr).toContain(`: ${GOOD.length} written, 0 replaced, 0 unchanged\n`);
    expect(documentRows(path).map((r) => r.source_path)).toEqual(GOOD.map((f) => join(input, f)));
    const second = await cli(['parse', input, '--out', out, '--skip-unchanged', '--db', path]);
    expect(second.stderr).toContain(`: 0 written, 0 replaced, ${GOOD.length} unchanged\n`);
    expect(second.stderr).toContain(`${GOOD.length} skipped (unchanged)`);
  });
});

describe('minutes parse --db --prune', () => {
  /** archive/safety: three meetings; archive/licensing: a meeting, a copy of it and a note; other/: an unrelated input. */
  function archive(): { root: string; path: string; file: (name: string) => string } {
    const root = tempDir();
    const file = (name: string): string => join(root, name);
    const place: [string, string][] = [
      ['community-safety-2024-03-12.txt', 'archive/safety/2024-03.txt'],
      ['community-safety-2024-07-09.txt', 'archive/safety/2024-07.txt'],
      ['community-safety-2025-01-14.txt', 'archive/safety/2025-01.txt'],
      ['licensing-2024-05-20.txt', 'archive/licensing/2024-05.txt'],
      ['licensing-2024-05-20.txt', 'archive/licensing/2024-05-copy.txt'],
      ['licensing-2024-05-20.txt', 'archive/licensing/notes.md'],
      ['licensing-2024-05-20.txt', 'other/licensing.txt'],
    ];
    for (const [from, to] of place) {
      mkdirSync(join(file(to), '..'), { recursive: true });
      copyFileSync(join(DB_FIXTURES, from), file(to));
    }
    return { root, path: file('pruned.sqlite'), file };
  }

  const paths = (path: string): string[] => documentRows(path).map((r) => r.source_path);

  it('deletes the rows and full-text entries of a file gone from a directory given, and keeps the rest', async () => {
    const { path, file } = archive();
    expect((await cli(['parse', file('archive'), file('other'), '--db', path, '-q'])).code).toBe(0);
    const all = paths(path);
    expect(all).toHaveLength(7);
    const goneId = documentRows(path).find((r) => r.source_path === file('archive/safety/2024-07.txt'))!.id;
    rmSync(file('archive/safety/2024-07.txt'));
    // Gone too, but not under the directory this run is given.
    rmSync(file('other/licensing.txt'));

    const run = await cli(['parse', file('archive/safety'), '--db', path, '--prune']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(': 0 written, 0 replaced, 2 unchanged, 1 pruned\n');
    expect(paths(path)).toEqual(all.filter((p) => p !== file('archive/safety/2024-07.txt')));
    const db = new Database(path);
    expect(Object.values(countsFor(db, goneId)).every((n) => n === 0)).toBe(true);
    // "refuge contract" is only in the pruned meeting.
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'refuge'").pluck().get()).toBe(0);
    // The street trading resolution of the three licensing copies and of other/licensing.txt.
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'street'").pluck().get()).toBe(4);
    checkIntegrity(db);
    db.close();
  });

  it('deletes only what a glob given would match, and nothing for a file given', async () => {
    const { path, file } = archive();
    await cli(['parse', file('archive'), '--db', path, '-q']);
    const all = paths(path);
    rmSync(file('archive/licensing/2024-05.txt'));
    rmSync(file('archive/licensing/notes.md'));
    rmSync(file('archive/safety/2025-01.txt'));

    // A file input stands for itself only: its gone neighbours stay.
    const single = await cli(['parse', file('archive/safety/2024-03.txt'), '--db', path, '--prune']);
    expect(single.stderr).toContain(': 0 written, 0 replaced, 1 unchanged, 0 pruned\n');
    // notes.md is gone too, but '*.txt' would not have listed it.
    const globbed = await cli(['parse', join(file('archive/licensing'), '*.txt'), '--db', path, '--prune']);
    expect(globbed.code).toBe(0);
    expect(globbed.stderr).toContain(': 0 written, 0 replaced, 1 unchanged, 1 pruned\n');
    expect(paths(path)).toEqual(all.filter((p) => p !== file('archive/licensing/2024-05.txt')));
  });

  it('keeps files --ignore leaves out, and empties a directory whose files are all gone', async () => {
    const { path, file } = archive();
    await cli(['parse', file('archive'), '--db', path, '-q']);
    for (const f of ['2024-03', '2024-07', '2025-01']) rmSync(file(`archive/safety/${f}.txt`));
    const ignoring = await cli(['parse', file('archive'), '--db', path, '--prune', '--ignore', '**/safety/2024-*']);
    expect(ignoring.stderr).toContain(': 0 written, 0 replaced, 3 unchanged, 1 pruned\n');
    expect(paths(path)).not.toContain(file('archive/safety/2025-01.txt'));
    const emptied = await cli(['parse', file('archive/safety'), '--db', path, '--prune']);
    expect(emptied.code).toBe(0);
    expect(emptied.stderr).toContain(': 0 written, 0 replaced, 0 unchanged, 2 pruned\n');
    expect(paths(path)).toEqual(['2024-05-copy.txt', '2024-05.txt', 'notes.md'].map((f) => file(`archive/licensing/${f}`)));
  });

  it('is a usage error without --db', async () => {
    const { file } = archive();
    const run = await cli(['parse', file('archive'), '--prune']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--prune needs --db');
    expect(run.stdout).toBe('');
  });
});

describe('one sink, documents that replace or fail', () => {
  it('replaces a path written twice in one batch and keeps the full-text index exact', async () => {
    const [doc] = await parseAll(['fixtures/db/licensing-2024-05-20.txt']);
    const changed: Doc = {
      ...doc,
      source: { ...doc.source, sha256: 'f'.repeat(64) },
      items: doc.items.map((i) => ({ ...i, resolutions: i.resolutions.map((r) => ({ ...r, text: 'The pavement licence fees be approved.' })) })),
    };
    const path = join(tempDir(), 'twice.sqlite');
    const sink = openDatabaseSink(path);
    expect(sink.write(doc)).toBe(true);
    expect(sink.write(changed)).toBe(true);
    expect(sink.close()).toMatchObject({ written: 1, replaced: 1 });
    const db = new Database(path);
    checkIntegrity(db);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'pavement'").pluck().get()).toBe(1);
    expect(db.prepare("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH 'street'").pluck().get()).toBe(0);
    db.close();
  });

  it('rolls back a document whose rows cannot be written and keeps its earlier version whole', async () => {
    const docs = await parseAll(['fixtures/db/community-safety-2024-03-12.txt', 'fixtures/db/licensing-2024-05-20.txt']);
    const path = join(tempDir(), 'broken.sqlite');
    writeAll(path, docs);
    // The last document written (the highest ids) comes back with a null title, which
    // breaks items.title NOT NULL halfway through it.
    const last = docs[1];
    const broken = { ...last, source: { ...last.source, sha256: '0'.repeat(64) }, items: last.items.map((i, n) => (n === 1 ? { ...i, title: null } : i)) } as unknown as Doc;
    const sink = openDatabaseSink(path);
    expect(() => sink.write(broken)).toThrow(/NOT NULL/);
    expect(sink.has(last.source.path, last.source.sha256)).toBe(true);
    expect(sink.write(docs[0])).toBe(false);
    expect(sink.close()).toMatchObject({ written: 0, replaced: 0, unchanged: 1 });
    const db = new Database(path);
    checkIntegrity(db);
    for (const doc of docs) {
      const { id } = db.prepare('SELECT id FROM documents WHERE source_path = ?').get(doc.source.path) as { id: number };
      expect(countsFor(db, id)).toEqual(expectedCounts(doc));
    }
    db.close();
  });
});

describe('a run killed midway', () => {
  it('leaves a database that opens and holds only whole documents', async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
    const dir = tempDir();
    const archive = join(dir, 'archive');
    const sources = fixtureFiles().filter((f) => f.endsWith('.txt') && readFileSync(join(ROOT, f)).length > 0);
    // Enough files that the run is still going after its first commits.
    const total = 3000;
    for (let i = 0; i < total; i++) {
      const sub = join(archive, String(i % 20).padStart(2, '0'));
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(ROOT, sources[i % sources.length]), join(sub, `m${String(i).padStart(5, '0')}.txt`));
    }
    const path = join(dir, 'killed.sqlite');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'parse', archive, '--db', path, '-q'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let committed = 0;
    for (let waited = 0; committed === 0 && waited < 20_000; waited += 10) {
      await new Promise((r) => setTimeout(r, 10));
      if (!existsSync(path)) continue;
      try {
        const probe = new Database(path, { readonly: true, fileMustExist: true });
        committed = probe.prepare('SELECT count(*) FROM documents').pluck().get() as number;
        probe.close();
      } catch {
        // The schema is not there yet.
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(committed).toBeGreaterThan(0);

    const db = new Database(path);
    checkIntegrity(db);
    const rows = db.prepare('SELECT id, source_path FROM documents').all() as { id: number; source_path: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(committed);
    expect(rows.length).toBeLessThan(total);
    const clean = new Map<string, Record<string, number>>();
    for (const row of rows) {
      const content = readFileSync(row.source_path, 'utf8');
      if (!clean.has(content)) clean.set(content, expectedCounts((await processFile(row.source_path)).document));
      expect(countsFor(db, row.id), row.source_path).toEqual(clean.get(content));
    }
    db.close();

    // Running again finishes the job and keeps what was committed.
    const after = openDatabaseSink(path);
    const kept = rows.length;
    for (const row of rows.slice(0, 50)) expect(after.has(row.source_path, (await processFile(row.source_path)).document.source.sha256)).toBe(true);
    after.close();
    execFileSync(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'parse', archive, '--db', path, '-q'], { stdio: 'ignore' });
    const done = new Database(path, { readonly: true });
    expect(done.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(total);
    expect(kept).toBeLessThan(total);
    done.close();
  }, 120_000);
});

/** `### Title` + a ```sql block, with `-- :name = value` example parameters. */
interface DocQuery {
  title: string;
  sql: string;
  params: Record<string, string>;
}

function docQueries(): DocQuery[] {
  const md = readFileSync(join(ROOT, 'docs', 'queries.md'), 'utf8');
  const out: DocQuery[] = [];
  for (const m of md.matchAll(/^### (.+)\n[\s\S]*?^```sql\n([\s\S]*?)^```/gm)) {
    const params: Record<string, string> = {};
    for (const p of m[2].matchAll(/^-- :(\w+) =(.*)$/gm)) params[p[1]] = p[2].trim();
    out.push({ title: m[1].trim(), sql: m[2], params });
  }
  return out;
}

/** What each documented query returns on fixtures/db, read off the fixture minutes. */
const EXPECTED_QUERY_ROWS: Record<string, unknown[]> = {
  'Every resolution of a committee in a year': [
    { meeting_date: '2024-03-12', item: '3', item_title: 'Minutes of the Previous Meeting', number: null, kind: 'approved', text: 'the minutes of the meeting held on 16 January 2024 be approved as a correct record.' },
    { meeting_date: '2024-03-12', item: '4', item_title: 'Knife Crime Reduction Strategy 2024-2027', number: '1', kind: 'approved', text: 'The Knife Crime Reduction Strategy 2024-2027 be approved.' },
    { meeting_date: '2024-03-12', item: '4', item_title: 'Knife Crime Reduction Strategy 2024-2027', number: '2', kind: 'delegated', text: 'Authority be delegated to the Director of Communities to agree the annual delivery plan with the police.' },
    { meeting_date: '2024-03-12', item: '5', item_title: 'Anti-social Behaviour on the Riverside Estate', number: null, kind: 'noted', text: 'the update on anti-social behaviour on the Riverside Estate be noted.' },
    { meeting_date: '2024-07-09', item: '3', item_title: 'Minutes of the Previous Meeting', number: null, kind: 'approved', text: 'the minutes of the meeting held on 12 March 2024 be approved as a correct record.' },
    { meeting_date: '2024-07-09', item: '4', item_title: 'Knife Crime Strategy: First Quarter Progress', number: '1', kind: 'noted', text: 'The progress on the knife crime strategy be noted.' },
    { meeting_date: '2024-07-09', item: '4', item_title: 'Knife Crime Strategy: First Quarter Progress', number: '2', kind: 'other', text: 'A further amnesty bin be installed in Westfield subject to funding being identified.' },
    { meeting_date: '2024-07-09', item: '5', item_title: 'Domestic Abuse Support Services', number: null, kind: 'agreed', text: 'the extension of the refuge contract for twelve months be agreed.' },
  ],
  'Questions asked by one councillor': [
    {
      meeting_body: 'Community Safety Committee',
      meeting_date: '2024-03-12',
      item_title: 'Knife Crime Reduction Strategy 2024-2027',
      question: 'asked how many weapon sweeps had been carried out in town centre parks during the last year.',
      respondent: 'The Community Safety Manager',
      response: 'fourteen sweeps had been completed, with knives recovered on three occasions.',
    },
    {
      meeting_body: 'Community Safety Committee',
      meeting_date: '2024-07-09',
      item_title: 'Knife Crime Strategy: First Quarter Progress',
      question: 'asked whether the amnesty bins were emptied by the police or by a contractor.',
      respondent: 'The Community Safety Manager',
      response: 'the bins were emptied weekly by a licensed contractor.',
    },
    {
      meeting_body: 'Community Safety Committee',
      meeting_date: '2025-01-14',
      item_title: 'Community Safety Partnership Plan 2025/26',
      question: 'asked whether primary schools were part of the knife crime priority.',
      respondent: 'The Community Safety Manager',
      response: 'a pilot was planned in four primary schools from April.',
    },
  ],
  'Actions whose due date has passed': [
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-03-12', owner: 'The Community Safety Manager', due: '2024-04-30', text: 'The Community Safety Manager to circulate the map of weapon sweep locations to Members by 30 April 2024.' },
    { meeting_body: 'Licensing Committee', meeting_date: '2024-05-20', owner: 'The Licensing Manager', due: '2024-06-01', text: "The Licensing Manager to publish the revised fee schedule on the Council's website by 1 June 2024." },
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-03-12', owner: 'Inspector Kellaway', due: '2024-07-09', text: 'Inspector Kellaway to report the outcome of the dispersal order review to the next meeting by 9 July 2024.' },
  ],
  'Full-text search of resolutions': [
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-03-12', item_title: 'Knife Crime Reduction Strategy 2024-2027', text: 'The Knife Crime Reduction Strategy 2024-2027 be approved.' },
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-07-09', item_title: 'Knife Crime Strategy: First Quarter Progress', text: 'The progress on the knife crime strategy be noted.' },
  ],
  'Where a subject was discussed, with the matching words marked': [
    { meeting_date: '2024-07-09', item_title: 'Knife Crime Strategy: First Quarter Progress', line: 23, excerpt: '…Two knife [amnesty bins] had been installed outside…' },
    { meeting_date: '2024-07-09', item_title: 'Knife Crime Strategy: First Quarter Progress', line: 25, excerpt: 'Councillor Amara Hussain asked whether the [amnesty bins]…' },
    { meeting_date: '2024-07-09', item_title: 'Knife Crime Strategy: First Quarter Progress', line: 27, excerpt: '…cost of the [amnesty bins] had been. The…' },
  ],
  'Attendance of a member': [
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-03-12', list: 'present', role: null },
    { meeting_body: 'Community Safety Committee', meeting_date: '2024-07-09', list: 'apologies', role: null },
    { meeting_body: 'Community Safety Committee', meeting_date: '2025-01-14', list: 'present', role: null },
  ],
  "One member's meetings over the years": [
    { meeting_date: '2024-03-12', meeting_body: 'Community Safety Committee', record: 'attendance', detail: 'present' },
    { meeting_date: '2024-03-12', meeting_body: 'Community Safety Committee', record: 'question', detail: 'asked how many weapon sweeps had been carried out in town centre parks during the last year.' },
    { meeting_date: '2024-05-20', meeting_body: 'Licensing Committee', record: 'attendance', detail: 'present' },
    { meeting_date: '2024-07-09', meeting_body: 'Community Safety Committee', record: 'attendance', detail: 'present' },
    { meeting_date: '2024-07-09', meeting_body: 'Community Safety Committee', record: 'question', detail: 'asked whether the amnesty bins were emptied by the police or by a contractor.' },
    { meeting_date: '2025-01-14', meeting_body: 'Community Safety Committee', record: 'attendance', detail: 'present' },
    { meeting_date: '2025-01-14', meeting_body: 'Community Safety Committee', record: 'question', detail: 'asked whether primary schools were part of the knife crime priority.' },
  ],
  'Attendance record of every member of a committee': [
    { name: 'Councillor David Renshaw', present: 2, apologies: 1 },
    { name: 'Councillor Peter Lindqvist', present: 2, apologies: 1 },
    { name: 'Councillor Tom Whitfield', present: 2, apologies: 1 },
    { name: 'Councillor Amara Hussain', present: 3, apologies: 0 },
    { name: 'Councillor Grace Oduya', present: 3, apologies: 0 },
    { name: 'Councillor Helen Marsh', present: 3, apologies: 0 },
  ],
  'Files that could not be parsed': [{ source_path: 'fixtures/db/empty-upload.txt', code: 'MIN001', ref: 'empty-input', message: 'Unexpected empty file, expected council minutes' }],
};

describe('docs/queries.md against a database of fixtures/db', () => {
  let db: Database.Database;
  beforeAll(async () => {
    const files = readdirSync(DB_FIXTURES).map((f) => relative(ROOT, join(DB_FIXTURES, f)));
    const path = join(tempDir(), 'queries.sqlite');
    writeAll(path, await parseAll(files));
    db = new Database(path, { readonly: true });
  });
  afterAll(() => db?.close());

  it('documents exactly the queries checked here', () => {
    expect(docQueries().map((q) => q.title).sort()).toEqual(Object.keys(EXPECTED_QUERY_ROWS).sort());
  });

  for (const title of Object.keys(EXPECTED_QUERY_ROWS)) {
    it(title, () => {
      const q = docQueries().find((x) => x.title === title)!;
      expect(q, `docs/queries.md has no "### ${title}"`).toBeDefined();
      const stmt = db.prepare(q.sql);
      expect(Object.keys(q.params).length ? stmt.all(q.params) : stmt.all()).toEqual(EXPECTED_QUERY_ROWS[title]);
    });
  }
});
