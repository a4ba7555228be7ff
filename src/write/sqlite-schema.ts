// The SQLite schema, derived from the zod document schema so the two cannot
// drift: a field added to src/schema/document.ts becomes a column, an array of
// objects becomes a child table. The only hand-written parts are the naming
// rules below, the attendance grouping and the list of full-text columns.
//
//   MinutesDocument ─┬─ scalars, source.*, meeting.* ─→ documents (source_path, meeting_date, …)
//                    ├─ meeting.present/apologies/inAttendance ─→ attendance (list = field name)
//                    ├─ items[] ─→ items ─┬─ presenters[] ─→ presenters
//                    │                    ├─ motions[] ─→ motions ── namedVotes[] ─→ named_votes
//                    │                    └─ discussion, questions, resolutions, actions
//                    └─ warnings, declarations, people
import { z } from 'zod';
import { MinutesDocument } from '../schema/document.js';

export type SqlType = 'TEXT' | 'INTEGER' | 'REAL';

/** How a column's value is taken from a record. */
export type ColumnValue =
  | { kind: 'field'; path: readonly string[]; encode: 'plain' | 'boolean' | 'json' }
  | { kind: 'list' }
  /** Not a field of the document: the run's provenance (--sources, --council), or a person's name as a member key. */
  | { kind: 'derived'; from: 'council' | 'url' | 'member' };

export interface ColumnSpec {
  name: string;
  type: SqlType;
  notNull: boolean;
  /** SQL CHECK expression on the column, if any. */
  check?: string;
  description?: string;
  value: ColumnValue;
}

/** One zod array of objects feeding a table: where it sits below the parent record. */
export interface TableSource {
  path: readonly string[];
  /** Value of the `list` column for grouped tables (the zod field name). */
  list?: string;
}

export interface TableSpec {
  name: string;
  /** Parent table, null for documents. */
  parent: string | null;
  /** Where the rows come from in a parent record (empty for documents). */
  sources: TableSource[];
  /** Columns from the zod schema (the system columns id, document_id, <parent>_id, ordinal, list come first). */
  columns: ColumnSpec[];
  /** Full-text indexed columns (an FTS5 table `<name>_fts` when non-empty). */
  fts: string[];
}

/** Arrays gathered into one table with a `list` column naming the array. Key: dotted zod path. */
const GROUPED_TABLES: Record<string, string> = {
  'meeting.present': 'attendance',
  'meeting.apologies': 'attendance',
  'meeting.inAttendance': 'attendance',
};

/** Columns indexed for full-text search (FTS5, porter stemming). */
export const FTS_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  items: ['title', 'description'],
  discussion: ['text'],
  questions: ['text', 'response'],
  resolutions: ['text'],
  actions: ['text'],
};

/** Columns every table gets before the zod fields; a zod field may not take these names. */
const SYSTEM_COLUMNS = ['id', 'document_id', 'ordinal', 'list', 'key'];

export const ROOT_TABLE = 'documents';

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * A zod field's column name: snake_case, except that the document's own string
 * ids (`id`, `askerId`, `moverId`…) become `ref` / `asker_ref`, because `id` and
 * `*_id` columns are the database's integer keys.
 */
export function columnName(field: string): string {
  if (field === 'id') return 'ref';
  return snake(field).replace(/_id$/, '_ref');
}

/** The foreign-key column pointing at a table: documents → document_id, items → item_id. */
export function foreignKeyColumn(table: string): string {
  return `${table.replace(/s$/, '')}_id`;
}

export const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;
const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  nullable: boolean;
  description?: string;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let nullable = false;
  let description = schema.description;
  for (;;) {
    if (s instanceof z.ZodOptional) optional = true;
    else if (s instanceof z.ZodNullable) nullable = true;
    else break;
    s = s.unwrap() as z.ZodType;
    description ??= s.description;
  }
  return { schema: s, optional, nullable, description };
}

function scalarColumn(name: string, path: string[], u: Unwrapped, parentNullable: boolean): ColumnSpec {
  const notNull = !u.optional && !u.nullable && !parentNullable;
  const base = { name, notNull, description: u.description };
  const s = u.schema;
  const q = quote(name);
  if (s instanceof z.ZodString) return { ...base, type: 'TEXT', value: { kind: 'field', path, encode: 'plain' } };
  if (s instanceof z.ZodNumber) {
    return { ...base, type: s.isInt ? 'INTEGER' : 'REAL', value: { kind: 'field', path, encode: 'plain' } };
  }
  if (s instanceof z.ZodBoolean) {
    return { ...base, type: 'INTEGER', check: `${q} IN (0, 1)`, value: { kind: 'field', path, encode: 'boolean' } };
  }
  if (s instanceof z.ZodEnum) {
    const values = s.options.map((o) => sqlString(String(o))).join(', ');
    return { ...base, type: 'TEXT', check: `${q} IN (${values})`, value: { kind: 'field', path, encode: 'plain' } };
  }
  if (s instanceof z.ZodLiteral) {
    const values = [...s.values].map((o) => (typeof o === 'string' ? sqlString(o) : String(o))).join(', ');
    const type: SqlType = [...s.values].every((v) => typeof v === 'number') ? 'INTEGER' : 'TEXT';
    return { ...base, type, check: `${q} IN (${values})`, value: { kind: 'field', path, encode: 'plain' } };
  }
  if (s instanceof z.ZodArray) {
    // Arrays of scalars (e.g. people.mentions) are kept as a JSON array: query them with json_each().
    return { ...base, type: 'TEXT', check: `json_valid(${q})`, description: `${u.description ?? name} (JSON array)`, value: { kind: 'field', path, encode: 'json' } };
  }
  throw new Error(`sqlite schema: no SQL type for zod ${s.def.type} at ${path.join('.')}`);
}

/**
 * Walks an object shape: scalars and nested objects (flattened, `lines.start` →
 * `lines_start`) become columns of `table`; arrays of objects become child tables.
 */
function walkObject(
  shape: z.ZodRawShape,
  table: TableSpec,
  relPath: string[],
  absPath: string[],
  parentNullable: boolean,
  tables: Map<string, TableSpec>,
): void {
  for (const [field, fieldSchema] of Object.entries(shape)) {
    const u = unwrap(fieldSchema as z.ZodType);
    const path = [...relPath, field];
    const abs = [...absPath, field];
    const s = u.schema;
    if (s instanceof z.ZodObject) {
      walkObject(s.shape, table, path, abs, parentNullable || u.nullable || u.optional, tables);
      continue;
    }
    if (s instanceof z.ZodArray && s.element instanceof z.ZodObject) {
      addChildTable(s.element, table.name, path, abs, tables);
      continue;
    }
    const name = path.map(columnName).join('_');
    if (SYSTEM_COLUMNS.includes(name) || name.endsWith('_id')) throw new Error(`sqlite schema: zod field ${abs.join('.')} takes the reserved column name ${name}`);
    if (table.columns.some((c) => c.name === name)) throw new Error(`sqlite schema: two zod fields map to ${table.name}.${name}`);
    table.columns.push(scalarColumn(name, path, u, parentNullable));
  }
}

function addChildTable(element: z.ZodObject, parent: string, relPath: string[], absPath: string[], tables: Map<string, TableSpec>): void {
  const dotted = absPath.join('.');
  const grouped = GROUPED_TABLES[dotted];
  const name = grouped ?? snake(absPath[absPath.length - 1]);
  const existing = tables.get(name);
  if (existing) {
    // Only declared groups share a table, and only with the same parent.
    if (!grouped || existing.parent !== parent) throw new Error(`sqlite schema: zod arrays ${dotted} and ${existing.sources[0].path.join('.')} both map to table ${name}`);
    existing.sources.push({ path: relPath, list: absPath[absPath.length - 1] });
    return;
  }
  const table: TableSpec = { name, parent, sources: [{ path: relPath, list: grouped ? absPath[absPath.length - 1] : undefined }], columns: [], fts: [...(FTS_COLUMNS[name] ?? [])] };
  tables.set(name, table);
  walkObject(element.shape, table, [], absPath, false, tables);
}

/** Columns beside the zod fields: where a document came from, and member keys joining people across documents. */
const DERIVED_COLUMNS: readonly [string, ColumnSpec][] = [
  [ROOT_TABLE, { name: 'council', type: 'TEXT', notNull: false, description: 'council the document comes from (--sources, --council)', value: { kind: 'derived', from: 'council' } }],
  [ROOT_TABLE, { name: 'source_url', type: 'TEXT', notNull: false, description: 'original URL of the document (--sources)', value: { kind: 'derived', from: 'url' } }],
  ...(['people', 'attendance'] as const).map((t): [string, ColumnSpec] => [
    t,
    { name: 'member', type: 'TEXT', notNull: false, description: 'the name without titles, in lower case: joins one person across documents of a council', value: { kind: 'derived', from: 'member' } },
  ]),
];

/** Every table, parents before children, derived from a zod document schema. */
export function deriveTables(root: z.ZodObject = MinutesDocument): TableSpec[] {
  const tables = new Map<string, TableSpec>();
  const documents: TableSpec = { name: ROOT_TABLE, parent: null, sources: [], columns: [], fts: [] };
  tables.set(ROOT_TABLE, documents);
  walkObject(root.shape, documents, [], [], false, tables);
  for (const [table, column] of DERIVED_COLUMNS) tables.get(table)?.columns.push(column);
  for (const t of tables.values()) {
    for (const c of t.fts) {
      if (!t.columns.some((col) => col.name === c && col.type === 'TEXT')) throw new Error(`sqlite schema: full-text column ${t.name}.${c} is not a TEXT column of the zod schema`);
    }
  }
  return [...tables.values()];
}

export const isGrouped = (t: TableSpec): boolean => t.sources.some((s) => s.list !== undefined);

/** Column names of a table in insert order, system columns first. */
export function insertColumns(t: TableSpec): string[] {
  if (t.parent === null) return ['key', ...t.columns.map((c) => c.name)];
  const system = ['document_id'];
  if (t.parent !== ROOT_TABLE) system.push(foreignKeyColumn(t.parent));
  system.push('ordinal');
  if (isGrouped(t)) system.push('list');
  system.push('key');
  return [...system, ...t.columns.map((c) => c.name)];
}

/** The key column: stable across rebuilds (src/write/keys.ts), unlike the integer ids. */
const KEY_COLUMN = "key TEXT NOT NULL UNIQUE -- stable record key, derived from the source path and the record's place (the same in --tables CSV)";

function columnDdl(c: ColumnSpec): string {
  let sql = `${quote(c.name)} ${c.type}`;
  if (c.notNull) sql += ' NOT NULL';
  if (c.check) sql += ` CHECK (${c.check})`;
  return sql;
}

/** CREATE TABLE, index, FTS and trigger statements for every table. */
export function schemaDdl(tables: readonly TableSpec[] = deriveTables()): string[] {
  const out: string[] = [];
  for (const t of tables) {
    const lines: string[] = ['id INTEGER PRIMARY KEY'];
    const indexes: string[] = [];
    if (t.parent === null) lines.push(KEY_COLUMN);
    if (t.parent !== null) {
      lines.push(`document_id INTEGER NOT NULL REFERENCES ${ROOT_TABLE}(id) ON DELETE CASCADE`);
      indexes.push('document_id');
      if (t.parent !== ROOT_TABLE) {
        const fk = foreignKeyColumn(t.parent);
        lines.push(`${fk} INTEGER NOT NULL REFERENCES ${quote(t.parent)}(id) ON DELETE CASCADE`);
        indexes.push(fk);
      }
      lines.push('ordinal INTEGER NOT NULL -- 0-based position in the parent record\'s array (document order)');
      if (isGrouped(t)) {
        const lists = t.sources.map((s) => sqlString(s.list ?? '')).join(', ');
        lines.push(`list TEXT NOT NULL CHECK (list IN (${lists})) -- which array of the document the row comes from`);
      }
      lines.push(KEY_COLUMN);
    }
    for (const c of t.columns) lines.push(`${columnDdl(c)}${c.description ? ` -- ${c.description.replace(/\s+/g, ' ')}` : ''}`);
    // Comments run to the end of the line, so commas go before them.
    const body = lines.map((l, i) => {
      const comma = i < lines.length - 1 ? ',' : '';
      const at = l.indexOf(' -- ');
      return at < 0 ? `  ${l}${comma}` : `  ${l.slice(0, at)}${comma}${l.slice(at)}`;
    });
    out.push(`CREATE TABLE ${quote(t.name)} (\n${body.join('\n')}\n)`);
    if (t.parent === null) {
      out.push(`CREATE UNIQUE INDEX ${t.name}_source_path ON ${quote(t.name)}(source_path)`);
      out.push(`CREATE INDEX ${t.name}_meeting_date ON ${quote(t.name)}(meeting_date)`);
      out.push(`CREATE INDEX ${t.name}_meeting_body ON ${quote(t.name)}(meeting_body)`);
    }
    for (const c of t.columns) if (c.value.kind === 'derived') indexes.push(c.name);
    for (const col of indexes) out.push(`CREATE INDEX ${t.name}_${col} ON ${quote(t.name)}(${col})`);
    if (t.fts.length) out.push(...ftsDdl(t));
  }
  return out;
}

/**
 * An external-content FTS5 table over `t.fts`. New rows are indexed by the
 * writer in bulk before each commit (see ftsCatchUp: ten times faster than a
 * per-row insert trigger); the delete and update triggers keep the index right
 * when rows are replaced or edited by hand.
 */
function ftsDdl(t: TableSpec): string[] {
  const fts = `${t.name}_fts`;
  const cols = t.fts.map(quote).join(', ');
  const newValues = t.fts.map((c) => `new.${quote(c)}`).join(', ');
  const oldValues = t.fts.map((c) => `old.${quote(c)}`).join(', ');
  const remove = `INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.id, ${oldValues});`;
  const add = `INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.id, ${newValues});`;
  return [
    // content="<table>" in double quotes: the spelling Datasette and sqlite-utils look for to find a table's full-text index.
    `CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content=${quote(t.name)}, content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${quote(t.name)} BEGIN ${remove} END`,
    `CREATE TRIGGER ${fts}_update AFTER UPDATE ON ${quote(t.name)} BEGIN ${remove} ${add} END`,
  ];
}

/** Indexes the rows of `t` with id above the parameter: `INSERT INTO t_fts … SELECT … WHERE id > ?`. */
export function ftsCatchUp(t: TableSpec): string {
  const cols = t.fts.map(quote).join(', ');
  return `INSERT INTO ${t.name}_fts(rowid, ${cols}) SELECT id, ${cols} FROM ${quote(t.name)} WHERE id > ?`;
}
