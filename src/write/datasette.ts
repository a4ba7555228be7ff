// Datasette (https://datasette.io) metadata for a --db database: table
// descriptions, facets, the full-text tables, and the canned queries of
// docs/queries.md (the same SQL: test/datasette.test.ts keeps them in step).
// Written beside the database as <name>.metadata.json:
//   datasette minutes.sqlite --metadata minutes.metadata.json
import { basename, extname } from 'node:path';
import { FTS_COLUMNS } from './sqlite-schema.js';

export interface CannedQuery {
  /** The query's URL name in Datasette. */
  name: string;
  /** Its heading in docs/queries.md. */
  title: string;
  description?: string;
  sql: string;
}

/** The queries of docs/queries.md, in its order. */
export const CANNED_QUERIES: readonly CannedQuery[] = [
  {
    name: 'resolutions_of_committee_in_year',
    title: 'Every resolution of a committee in a year',
    sql: `-- :body = Community Safety Committee
-- :year = 2024
SELECT d.meeting_date, i.number AS item, i.title AS item_title, r.number, r.kind, r.text
FROM resolutions r
JOIN items i ON i.id = r.item_id
JOIN documents d ON d.id = r.document_id
WHERE d.meeting_body = :body AND substr(d.meeting_date, 1, 4) = :year
ORDER BY d.meeting_date, i.ordinal, r.ordinal;
`,
  },
  {
    name: 'questions_by_councillor',
    title: 'Questions asked by one councillor',
    sql: `-- :councillor = Amara Hussain
SELECT d.meeting_body, d.meeting_date, i.title AS item_title, q.text AS question, q.respondent, q.response
FROM questions q
JOIN items i ON i.id = q.item_id
JOIN documents d ON d.id = q.document_id
WHERE q.asker LIKE '%' || :councillor || '%'
ORDER BY d.meeting_date, i.ordinal, q.ordinal;
`,
  },
  {
    name: 'overdue_actions',
    title: 'Actions whose due date has passed',
    description: "Leave `:today` empty for today's date.",
    sql: `-- :today = 2024-09-01
SELECT d.meeting_body, d.meeting_date, a.owner, a.due, a.text
FROM actions a
JOIN documents d ON d.id = a.document_id
WHERE a.due IS NOT NULL AND a.due < coalesce(nullif(:today, ''), date('now'))
ORDER BY a.due, d.meeting_date;
`,
  },
  {
    name: 'search_resolutions',
    title: 'Full-text search of resolutions',
    description: 'FTS5 query syntax: words (stemmed, so `crime` also finds `crimes`), `"exact phrases"`, `AND`, `OR`, `NOT`, `prefix*`. A word with a hyphen goes in double quotes: `"Covid-19"`.',
    sql: `-- :search = knife crime
SELECT d.meeting_body, d.meeting_date, i.title AS item_title, r.text
FROM resolutions_fts
JOIN resolutions r ON r.id = resolutions_fts.rowid
JOIN items i ON i.id = r.item_id
JOIN documents d ON d.id = r.document_id
WHERE resolutions_fts MATCH :search
ORDER BY d.meeting_date, r.ordinal;
`,
  },
  {
    name: 'search_discussion',
    title: 'Where a subject was discussed, with the matching words marked',
    sql: `-- :search = "amnesty bins"
SELECT d.meeting_date, i.title AS item_title, x.line,
       snippet(discussion_fts, 0, '[', ']', '…', 8) AS excerpt
FROM discussion_fts
JOIN discussion x ON x.id = discussion_fts.rowid
JOIN items i ON i.id = x.item_id
JOIN documents d ON d.id = x.document_id
WHERE discussion_fts MATCH :search
ORDER BY d.meeting_date, i.ordinal, x.ordinal;
`,
  },
  {
    name: 'attendance_of_member',
    title: 'Attendance of a member',
    sql: `-- :member = Tom Whitfield
SELECT d.meeting_body, d.meeting_date, a.list, a.role
FROM attendance a
JOIN documents d ON d.id = a.document_id
WHERE a.name LIKE '%' || :member || '%'
ORDER BY d.meeting_date, a.list;
`,
  },
  {
    name: 'member_over_the_years',
    title: "One member's meetings over the years",
    description: 'Attendance, questions asked and motions moved, joined across documents by the member key (`member`, the name without titles) within a council. Leave `:council` empty for documents parsed without `--sources` or `--council`.',
    sql: `-- :council =
-- :member = amara hussain
SELECT d.meeting_date, d.meeting_body, 'attendance' AS record, a.list AS detail
FROM attendance a
JOIN documents d ON d.id = a.document_id
WHERE a.member = :member AND coalesce(d.council, '') = :council
UNION ALL
SELECT d.meeting_date, d.meeting_body, 'question', q.text
FROM questions q
JOIN people p ON p.document_id = q.document_id AND p.ref = q.asker_ref
JOIN documents d ON d.id = q.document_id
WHERE p.member = :member AND coalesce(d.council, '') = :council
UNION ALL
SELECT d.meeting_date, d.meeting_body, 'motion moved', m.text
FROM motions m
JOIN people p ON p.document_id = m.document_id AND p.ref = m.mover_ref
JOIN documents d ON d.id = m.document_id
WHERE p.member = :member AND coalesce(d.council, '') = :council
ORDER BY 1, 3;
`,
  },
  {
    name: 'attendance_record_of_committee',
    title: 'Attendance record of every member of a committee',
    sql: `-- :body = Community Safety Committee
SELECT a.name,
       sum(a.list = 'present') AS present,
       sum(a.list = 'apologies') AS apologies
FROM attendance a
JOIN documents d ON d.id = a.document_id
WHERE d.meeting_body = :body AND a.list IN ('present', 'apologies')
GROUP BY a.name
ORDER BY apologies DESC, a.name;
`,
  },
  {
    name: 'failed_files',
    title: 'Files that could not be parsed',
    sql: `SELECT d.source_path, w.code, w.ref, w.message
FROM documents d
JOIN warnings w ON w.document_id = d.id
WHERE w.severity = 'error'
ORDER BY d.source_path;
`,
  },
];

/** What each table holds, shown by Datasette above it. */
const TABLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  documents: 'One row per input file: its source (path, format, sha256) and the meeting (body, date, venue).',
  attendance: 'Members and officers recorded as present, sending apologies or in attendance (the list column says which).',
  items: 'Agenda items, with their number, title, category and source lines.',
  presenters: 'Who presented each item.',
  discussion: 'Paragraphs of discussion under each item.',
  questions: 'Questions asked under each item, with the respondent and response when minuted.',
  resolutions: 'RESOLVED clauses, with the kind of decision (noted, approved, refused, ...).',
  actions: 'Action points, with their owner and due date when minuted.',
  motions: 'Motions and amendments: mover, seconder, outcome and vote counts.',
  named_votes: 'How each named member voted on a motion.',
  declarations: 'Declarations of interest.',
  people: 'Every person a document names, with the forms it writes them in (ids are per document).',
  warnings: 'What the parser could not read or found odd, with the line; severity error marks a file that failed.',
};

/** Columns Datasette offers as facets by default. */
const FACETS: Readonly<Record<string, readonly string[]>> = {
  documents: ['meeting_body', 'source_format'],
  attendance: ['list'],
  items: ['category'],
  resolutions: ['kind'],
  motions: ['outcome', 'amendment'],
  named_votes: ['vote'],
  warnings: ['code', 'severity'],
};

/** The metadata for the database at `dbPath` (Datasette names a database after its file). */
export function datasetteMetadata(dbPath: string, tables: readonly string[]): Record<string, unknown> {
  const name = basename(dbPath, extname(dbPath));
  const tableMetadata: Record<string, Record<string, unknown>> = {};
  for (const t of tables) {
    const entry: Record<string, unknown> = {};
    if (TABLE_DESCRIPTIONS[t]) entry.description = TABLE_DESCRIPTIONS[t];
    if (FACETS[t]) entry.facets = [...FACETS[t]];
    if (FTS_COLUMNS[t]) Object.assign(entry, { fts_table: `${t}_fts`, fts_pk: 'id' });
    if (t === 'documents') entry.label_column = 'source_path';
    tableMetadata[t] = entry;
  }
  const queries: Record<string, Record<string, string>> = {};
  for (const q of CANNED_QUERIES) queries[q.name] = { title: q.title, sql: q.sql.trim(), ...(q.description ? { description: q.description } : {}) };
  return {
    title: 'Council minutes',
    description: 'Council meeting minutes parsed by minutes (council-minutes on npm): every record keeps its source line.',
    databases: { [name]: { tables: tableMetadata, queries } },
  };
}

/** The metadata file written beside a database: minutes.sqlite → minutes.metadata.json. */
export function metadataPath(dbPath: string): string {
  const ext = extname(dbPath);
  return `${ext ? dbPath.slice(0, -ext.length) : dbPath}.metadata.json`;
}
