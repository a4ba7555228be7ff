// The --db writer: documents into a normalised SQLite database (schema from
// ./sqlite-schema.ts, derived from the zod schema). One sink on the main thread
// receives every document, whatever parses them.
//
// - Re-runs update in place: a document whose source path, sha256 and tool
//   version are unchanged is skipped; a changed one has its rows deleted and
//   written again inside one savepoint, so a document is always whole. When
//   the database is a run's only output, the caller skips unchanged files
//   before parsing them (stored() gives their hashes, keep() counts them).
// - prune() deletes the documents of files gone from the archive, each inside
//   its own savepoint like a replaced document.
// - Writes are batched: one transaction per BATCH_ROWS rows or BATCH_MS, in
//   WAL mode, so a killed run keeps every committed document and nothing of
//   the open batch. The full-text indexes are brought up to date in bulk just
//   before each commit, inside the same transaction.
// - Failed files (an error-severity warning, no items) are written like any
//   other document: a documents row with empty meeting fields and the reason in
//   warnings. Files that could not be read at all (sha256 '') are never
//   skipped, so the next run tries them again.
// The driver (better-sqlite3, else node:sqlite: ./sqlite-driver.ts) is loaded
// only when a sink is opened, so plain parsing never loads it.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { MinutesDocument, Warning } from '../schema/document.js';
import { SCHEMA_VERSION } from '../schema/document.js';
import { VERSION } from '../version.js';
import { loadDriver } from './sqlite-driver.js';
import { childKey, documentKey, personKey } from './keys.js';
import { memberKey } from './member.js';
import type { Origin } from './provenance.js';

export { DriverMissingError } from './sqlite-driver.js';
import { deriveTables, ftsCatchUp, insertColumns, isGrouped, quote, ROOT_TABLE, schemaDdl, type ColumnSpec, type TableSpec } from './sqlite-schema.js';

/** Rows written before a commit. */
export const BATCH_ROWS = 10_000;
/** Longest time a batch stays open (slow inputs such as PDFs still commit often). */
export const BATCH_MS = 1_000;

const META_TABLE = 'minutes_meta';

export interface DatabaseStats {
  /** Documents written for the first time. */
  written: number;
  /** Documents whose earlier rows were replaced. */
  replaced: number;
  /** Documents skipped as unchanged. */
  unchanged: number;
  /** Documents deleted by prune(). */
  pruned: number;
  /** Rows inserted, all tables. */
  rows: number;
}

export interface DatabaseSink {
  /** True when the database holds this path with this sha256, written by this minutes version. */
  has(path: string, sha256: string, tool?: string): boolean;
  /**
   * Every stored path, with the sha256 its file may still have for a re-run to
   * skip it: '' when it may not be skipped whatever the bytes (written by
   * another minutes version, or a file that could not be read).
   */
  stored(): Map<string, string>;
  /** The warnings stored with the document of this path, in document order ([] when there is none). */
  storedWarnings(path: string): Warning[];
  /** Writes (or replaces) one document, with where it came from; false when it was skipped as unchanged. */
  write(doc: MinutesDocument, origin?: Origin): boolean;
  /** Counts as unchanged a file the caller skipped unparsed (its bytes hash to the sha256 stored() gave for its path). */
  keep(): void;
  /** Records where the stored document of `path` came from (a sidecar given after the document was written). */
  setOrigin(path: string, origin: Origin): void;
  /** Deletes the documents stored under these paths, with all their rows; returns how many there were. */
  prune(paths: Iterable<string>): number;
  /** Commits the open batch, checkpoints the WAL and closes the file. */
  close(): DatabaseStats;
  readonly stats: Readonly<DatabaseStats>;
}

/** The database exists but was built from another schema, or is not a minutes database. */
export class DatabaseSchemaError extends Error {}

type Row = (string | number | null)[];
type Record_ = Readonly<Record<string, unknown>>;

function valueAt(record: Record_, path: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record_)[key];
  }
  return v;
}

function encode(c: ColumnSpec, record: Record_, origin: Origin): string | number | null {
  if (c.value.kind === 'derived') {
    if (c.value.from === 'member') return memberKey(record.name as string | null | undefined);
    return origin[c.value.from];
  }
  if (c.value.kind !== 'field') return null;
  const v = valueAt(record, c.value.path);
  if (v === undefined || v === null) return null;
  if (c.value.encode === 'boolean') return v ? 1 : 0;
  if (c.value.encode === 'json') return JSON.stringify(v);
  return v as string | number;
}

interface CompiledTable {
  spec: TableSpec;
  insert: BetterSqlite3.Statement;
  children: CompiledTable[];
}


/** A fingerprint of the DDL: a database made by another schema is refused, not mixed. */
export function schemaFingerprint(ddl: readonly string[] = schemaDdl()): string {
  return createHash('sha256').update(ddl.join(';\n')).digest('hex').slice(0, 16);
}

function prepareSchema(db: BetterSqlite3.Database, path: string, ddl: string[]): void {
  const fingerprint = schemaFingerprint(ddl);
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(META_TABLE) !== undefined;
  if (hasMeta) {
    const row = db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = 'schema'`).get() as { value: string } | undefined;
    if (row?.value !== fingerprint) {
      throw new DatabaseSchemaError(`${path} was written by another version of the minutes schema (${row?.value ?? 'unknown'}, expected ${fingerprint}): write to a new file`);
    }
    return;
  }
  const objects = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  if (objects.n > 0) throw new DatabaseSchemaError(`${path} is a SQLite database not written by minutes: write to a new file`);
  db.transaction(() => {
    for (const statement of ddl) db.exec(statement);
    db.exec(`CREATE TABLE ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const put = db.prepare(`INSERT INTO ${META_TABLE} (key, value) VALUES (?, ?)`);
    put.run('schema', fingerprint);
    put.run('schema_version', SCHEMA_VERSION);
    put.run('created_by', `minutes ${VERSION}`);
  })();
}

/** Opens (creating if needed) a database at `path` for writing documents. */
export function openDatabaseSink(path: string): DatabaseSink {
  const Database = loadDriver();
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -65536');
    const tables = deriveTables();
    prepareSchema(db, path, schemaDdl(tables));
    return new Sink(db, tables);
  } catch (e) {
    db.close();
    throw e;
  }
}

const NO_ORIGIN: Origin = { url: null, council: null };

type StoredDocument = { id: number; source_sha256: string; source_tool: string | null };
type StoredSource = StoredDocument & { source_path: string };
type StoredWarning = { code: string; message: string; line: number | null; ref: string | null; column: number | null; page: number | null; severity: string | null };

/** Same bytes, same minutes version. Unreadable files (no sha256) always count as changed. */
const unchanged = (row: StoredDocument | undefined, sha256: string, tool: string): boolean =>
  sha256 !== '' && row !== undefined && row.source_sha256 === sha256 && (row.source_tool ?? '') === tool;

class Sink implements DatabaseSink {
  readonly stats: DatabaseStats = { written: 0, replaced: 0, unchanged: 0, pruned: 0, rows: 0 };
  private readonly root: CompiledTable;
  private readonly lookup: BetterSqlite3.Statement<[string], StoredDocument>;
  private readonly sources: BetterSqlite3.Statement<[], StoredSource>;
  private readonly deletes: BetterSqlite3.Statement[];
  private readonly control: Record<'begin' | 'commit' | 'savepoint' | 'release' | 'rollbackTo', BetterSqlite3.Statement>;
  /** Full-text indexes: the catch-up statement and the highest id already indexed, per table. */
  private readonly fts: { catchUp: BetterSqlite3.Statement<[number]>; maxId: BetterSqlite3.Statement<[], number | null>; indexed: number }[];
  private warningsOf: BetterSqlite3.Statement<[string], StoredWarning> | undefined;
  private originUpdate: BetterSqlite3.Statement<[string | null, string | null, string, string | null, string | null]> | undefined;
  private inBatch = false;
  private batchRows = 0;
  private batchStart = 0;
  private closed = false;

  constructor(
    private readonly db: BetterSqlite3.Database,
    tables: readonly TableSpec[],
  ) {
    const compiled = new Map<string, CompiledTable>();
    for (const spec of tables) {
      const cols = insertColumns(spec);
      const insert = db.prepare(`INSERT INTO ${quote(spec.name)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      const table: CompiledTable = { spec, insert, children: [] };
      compiled.set(spec.name, table);
      if (spec.parent !== null) compiled.get(spec.parent)!.children.push(table);
    }
    this.root = compiled.get(ROOT_TABLE)!;
    this.lookup = db.prepare(`SELECT id, source_sha256, source_tool FROM ${ROOT_TABLE} WHERE source_path = ?`);
    this.sources = db.prepare(`SELECT id, source_path, source_sha256, source_tool FROM ${ROOT_TABLE}`);
    // Children before parents, so foreign keys hold at every step.
    this.deletes = [...tables].reverse().map((t) => db.prepare(`DELETE FROM ${quote(t.name)} WHERE ${t.parent === null ? 'id' : 'document_id'} = ?`));
    this.fts = tables
      .filter((t) => t.fts.length)
      .map((t) => ({ catchUp: db.prepare(ftsCatchUp(t)), maxId: db.prepare<[], number | null>(`SELECT max(id) FROM ${quote(t.name)}`).pluck(), indexed: 0 }));
    this.control = {
      begin: db.prepare('BEGIN'),
      commit: db.prepare('COMMIT'),
      savepoint: db.prepare('SAVEPOINT minutes_document'),
      release: db.prepare('RELEASE minutes_document'),
      rollbackTo: db.prepare('ROLLBACK TO minutes_document'),
    };
  }

  has(path: string, sha256: string, tool: string = VERSION): boolean {
    return unchanged(this.lookup.get(path), sha256, tool);
  }

  stored(): Map<string, string> {
    const out = new Map<string, string>();
    for (const row of this.sources.iterate()) out.set(row.source_path, unchanged(row, row.source_sha256, VERSION) ? row.source_sha256 : '');
    return out;
  }

  storedWarnings(path: string): Warning[] {
    this.warningsOf ??= this.db.prepare(
      `SELECT w.code, w.message, w.line, w.ref, w."column", w.page, w.severity FROM warnings w JOIN ${ROOT_TABLE} d ON d.id = w.document_id WHERE d.source_path = ? ORDER BY w.ordinal`,
    );
    return this.warningsOf.all(path).map((row) => {
      const w: Warning = { code: row.code, message: row.message, line: row.line };
      if (row.ref !== null) w.id = row.ref;
      if (row.column !== null) w.column = row.column;
      if (row.page !== null) w.page = row.page;
      if (row.severity === 'warning' || row.severity === 'error') w.severity = row.severity;
      return w;
    });
  }

  write(doc: MinutesDocument, origin: Origin = NO_ORIGIN): boolean {
    if (this.closed) throw new Error('database sink is closed');
    const existing = this.lookup.get(doc.source.path);
    if (unchanged(existing, doc.source.sha256, doc.source.tool ?? '')) {
      if (origin !== NO_ORIGIN) this.setOrigin(doc.source.path, origin);
      this.stats.unchanged++;
      return false;
    }
    const rows = this.inSavepoint(() => {
      if (existing) this.remove(existing.id);
      return this.insertDocument(doc, origin);
    });
    if (existing) this.stats.replaced++;
    else this.stats.written++;
    this.stats.rows += rows;
    this.batchRows += rows;
    this.commitIfFull();
    return true;
  }

  keep(): void {
    if (this.closed) throw new Error('database sink is closed');
    this.stats.unchanged++;
  }

  setOrigin(path: string, origin: Origin): void {
    if (this.closed) throw new Error('database sink is closed');
    this.originUpdate ??= this.db.prepare(
      `UPDATE ${ROOT_TABLE} SET council = ?, source_url = ? WHERE source_path = ? AND (council IS NOT ? OR source_url IS NOT ?)`,
    );
    this.inSavepoint(() => this.originUpdate!.run(origin.council, origin.url, path, origin.council, origin.url));
    this.commitIfFull();
  }

  prune(paths: Iterable<string>): number {
    if (this.closed) throw new Error('database sink is closed');
    let pruned = 0;
    for (const path of paths) {
      const existing = this.lookup.get(path);
      if (!existing) continue;
      this.batchRows += this.inSavepoint(() => this.remove(existing.id));
      pruned++;
      this.commitIfFull();
    }
    this.stats.pruned += pruned;
    return pruned;
  }

  close(): DatabaseStats {
    if (this.closed) return this.stats;
    this.commit();
    this.closed = true;
    if (this.stats.written + this.stats.replaced + this.stats.pruned > 0) {
      this.db.pragma('optimize');
      // Fold the WAL back into the file so the database is one self-contained file.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    this.db.close();
    return this.stats;
  }

  /**
   * Runs `change` inside a savepoint of the open batch (opening one if needed):
   * on an exception every row it wrote or deleted is rolled back, and the
   * full-text marks with them.
   */
  private inSavepoint<T>(change: () => T): T {
    if (!this.inBatch) {
      this.control.begin.run();
      this.inBatch = true;
      this.batchRows = 0;
      this.batchStart = Date.now();
      this.markIndexed();
    }
    const marks = this.fts.map((f) => f.indexed);
    this.control.savepoint.run();
    let result: T;
    try {
      result = change();
    } catch (e) {
      this.control.rollbackTo.run();
      this.control.release.run();
      this.fts.forEach((f, i) => (f.indexed = marks[i]));
      throw e;
    }
    this.control.release.run();
    return result;
  }

  /** Deletes a document's rows in every table (its full-text entries go with them, by trigger); returns how many. */
  private remove(documentId: number): number {
    // Index what is pending first, so the delete triggers only ever remove indexed rows.
    this.indexPending();
    let rows = 0;
    for (const del of this.deletes) rows += del.run(documentId).changes;
    this.markIndexed();
    return rows;
  }

  /** Commits once the open batch holds BATCH_ROWS changed rows or has been open BATCH_MS. */
  private commitIfFull(): void {
    if (this.batchRows >= BATCH_ROWS || Date.now() - this.batchStart >= BATCH_MS) this.commit();
  }

  /** Every row up to the current highest id is in the full-text index. */
  private markIndexed(): void {
    for (const f of this.fts) f.indexed = f.maxId.get() ?? 0;
  }

  /** Indexes the rows written since the last mark (ids only grow between marks). */
  private indexPending(): void {
    for (const f of this.fts) f.catchUp.run(f.indexed);
    this.markIndexed();
  }

  private commit(): void {
    if (!this.inBatch) return;
    this.indexPending();
    this.control.commit.run();
    this.inBatch = false;
  }

  private insertDocument(doc: MinutesDocument, origin: Origin): number {
    const record = doc as unknown as Record_;
    const key = documentKey(doc.source.path);
    const row: Row = [key, ...this.root.spec.columns.map((c) => encode(c, record, origin))];
    const id = Number(this.root.insert.run(row).lastInsertRowid);
    return 1 + this.insertChildren(this.root, record, id, id, key, origin);
  }

  /** Inserts every array of `record` that feeds a child table of `parent`; returns the row count. */
  private insertChildren(parent: CompiledTable, record: Record_, documentId: number, parentId: number, parentKey: string, origin: Origin): number {
    let rows = 0;
    for (const child of parent.children) {
      const { spec } = child;
      const grouped = isGrouped(spec);
      for (const source of spec.sources) {
        const list = valueAt(record, source.path);
        if (!Array.isArray(list)) continue;
        for (let ordinal = 0; ordinal < list.length; ordinal++) {
          const element = list[ordinal] as Record_;
          const row: Row = [documentId];
          if (spec.parent !== ROOT_TABLE) row.push(parentId);
          row.push(ordinal);
          if (grouped) row.push(source.list ?? null);
          // People keep their document-local id in the key, so that person keys match the refs that point at them.
          const key = spec.name === 'people' && typeof element.id === 'string' ? personKey(parentKey, element.id) : childKey(parentKey, spec.name, ordinal, grouped ? source.list : undefined);
          row.push(key);
          for (const c of spec.columns) row.push(encode(c, element, origin));
          const id = Number(child.insert.run(row).lastInsertRowid);
          rows++;
          if (child.children.length) rows += this.insertChildren(child, element, documentId, id, key, origin);
        }
      }
    }
    return rows;
  }
}
