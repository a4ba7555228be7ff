// `parse --tables DIR`: one CSV per record type, for spreadsheets and
// databases, beside the long CSV of the contract (./csv.ts, unchanged).
//
// Each table has named columns and a key; child rows carry their parents'
// keys, so the tables join like a database:
//   meetings.meeting_id ← items.meeting_id ← resolutions.item_id, ...
// Keys are derived, not counted (./keys.ts, the same as the database's `key`
// columns): meeting_id from the source path (a re-run gives the same ids, and
// the same meeting keeps its id when its file is corrected), the others from
// it and the record's place ("<meeting>-i3-r2": item 3, resolution 2;
// 1-based). Person ids join people to attendance, presenters, questions,
// motions, votes and declarations within a meeting.
//
// Rows are written as each document arrives, to temporary files renamed into
// place at the end: an interrupted run leaves the tables of the previous one.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AgendaItem, MinutesDocument, Person } from '../schema/document.js';
import { csvRow, EXCEL_BOM } from './csv.js';
import { childKey, documentKey, personKey } from './keys.js';
import { memberKey } from './member.js';
import type { Origin } from './provenance.js';

type Cell = string | number | boolean | null | undefined;


/** A document's key (./keys.ts). */
export function meetingId(doc: MinutesDocument): string {
  return documentKey(doc.source.path);
}

/** Keys of the records of one document: the same as the database's `key` columns (./keys.ts). */
class Keys {
  constructor(readonly meeting: string) {}
  item = (i: number): string => childKey(this.meeting, 'items', i);
  child = (i: number, table: string, k: number): string => childKey(this.item(i), table, k);
  person = (id: string | undefined): string | null => (id ? personKey(this.meeting, id) : null);
}

interface TableSpec {
  name: string;
  columns: readonly string[];
  rows(doc: MinutesDocument, keys: Keys, origin: Origin): Iterable<Cell[]>;
}

/** Rows of one array field of every item. */
function* perItem<T>(doc: MinutesDocument, pick: (item: AgendaItem) => readonly T[], row: (record: T, i: number, k: number) => Cell[]): Iterable<Cell[]> {
  for (let i = 0; i < doc.items.length; i++) {
    const list = pick(doc.items[i]);
    for (let k = 0; k < list.length; k++) yield row(list[k], i, k);
  }
}

const ATTENDANCE_LISTS = [
  ['present', 'present'],
  ['apologies', 'apologies'],
  ['inAttendance', 'in_attendance'],
] as const;

/** The tables, in the order they are listed; every column named, one meaning per column. */
export const TABLES: readonly TableSpec[] = [
  {
    name: 'meetings',
    columns: ['meeting_id', 'file', 'format', 'sha256', 'council', 'url', 'body', 'date', 'venue', 'items', 'warnings', 'failed', 'tool'],
    *rows(doc, keys, origin) {
      const s = doc.source;
      const failed = doc.warnings.some((w) => w.severity === 'error');
      yield [keys.meeting, s.path, s.format, s.sha256, origin.council, origin.url, doc.meeting.body, doc.meeting.date, doc.meeting.venue, doc.items.length, doc.warnings.length, failed, s.tool];
    },
  },
  {
    name: 'items',
    columns: ['item_id', 'meeting_id', 'position', 'number', 'title', 'description', 'category', 'line_start', 'line_end', 'page'],
    *rows(doc, keys) {
      for (let i = 0; i < doc.items.length; i++) {
        const it = doc.items[i];
        yield [keys.item(i), keys.meeting, i + 1, it.number, it.title, it.description, it.category, it.lines.start, it.lines.end, it.page];
      }
    },
  },
  {
    name: 'presenters',
    columns: ['presenter_id', 'item_id', 'meeting_id', 'person_id', 'name', 'role', 'line'],
    rows: (doc, keys) => perItem(doc, (it) => it.presenters, (p, i, k) => [keys.child(i, 'presenters', k), keys.item(i), keys.meeting, keys.person(p.id), p.name, p.role, p.line]),
  },
  {
    name: 'discussion',
    columns: ['discussion_id', 'item_id', 'meeting_id', 'text', 'line'],
    rows: (doc, keys) => perItem(doc, (it) => it.discussion, (d, i, k) => [keys.child(i, 'discussion', k), keys.item(i), keys.meeting, d.text, d.line]),
  },
  {
    name: 'questions',
    columns: ['question_id', 'item_id', 'meeting_id', 'asker', 'asker_person_id', 'question', 'respondent', 'response', 'line'],
    rows: (doc, keys) =>
      perItem(doc, (it) => it.questions, (q, i, k) => [keys.child(i, 'questions', k), keys.item(i), keys.meeting, q.asker, keys.person(q.askerId), q.text, q.respondent, q.response, q.line]),
  },
  {
    name: 'resolutions',
    columns: ['resolution_id', 'item_id', 'meeting_id', 'number', 'kind', 'text', 'motion_id', 'line'],
    rows: (doc, keys) =>
      perItem(doc, (it) => it.resolutions, (r, i, k) => [keys.child(i, 'resolutions', k), keys.item(i), keys.meeting, r.number, r.kind, r.text, r.motion === undefined ? null : keys.child(i, 'motions', r.motion), r.line]),
  },
  {
    name: 'motions',
    columns: ['motion_id', 'item_id', 'meeting_id', 'text', 'mover', 'mover_person_id', 'seconder', 'seconder_person_id', 'outcome', 'amendment', 'amends_motion_id', 'votes_for', 'votes_against', 'abstentions', 'line'],
    rows: (doc, keys) =>
      perItem(doc, (it) => it.motions, (m, i, k) => [
        keys.child(i, 'motions', k),
        keys.item(i),
        keys.meeting,
        m.text,
        m.mover,
        keys.person(m.moverId),
        m.seconder,
        keys.person(m.seconderId),
        m.outcome,
        m.amendment,
        m.amends === null ? null : keys.child(i, 'motions', m.amends),
        m.votes?.for,
        m.votes?.against,
        m.votes?.abstentions,
        m.line,
      ]),
  },
  {
    name: 'votes',
    columns: ['motion_id', 'item_id', 'meeting_id', 'person_id', 'name', 'vote'],
    *rows(doc, keys) {
      for (let i = 0; i < doc.items.length; i++) {
        const motions = doc.items[i].motions;
        for (let k = 0; k < motions.length; k++) for (const v of motions[k].namedVotes) yield [keys.child(i, 'motions', k), keys.item(i), keys.meeting, keys.person(v.id), v.name, v.vote];
      }
    },
  },
  {
    name: 'actions',
    columns: ['action_id', 'item_id', 'meeting_id', 'text', 'owner', 'due', 'line'],
    rows: (doc, keys) => perItem(doc, (it) => it.actions, (a, i, k) => [keys.child(i, 'actions', k), keys.item(i), keys.meeting, a.text, a.owner, a.due, a.line]),
  },
  {
    name: 'attendance',
    columns: ['meeting_id', 'list', 'person_id', 'name', 'member', 'role', 'substitute', 'arrived', 'departed', 'line'],
    *rows(doc, keys) {
      for (const [field, list] of ATTENDANCE_LISTS) {
        for (const p of doc.meeting[field] as readonly Person[]) yield [keys.meeting, list, keys.person(p.id), p.name, memberKey(p.name), p.role, p.substitute ?? false, p.arrived, p.departed, p.line];
      }
    },
  },
  {
    name: 'people',
    columns: ['person_id', 'meeting_id', 'name', 'member', 'role', 'mentions'],
    *rows(doc, keys) {
      for (const p of doc.people) yield [keys.person(p.id), keys.meeting, p.name, memberKey(p.name), p.role, p.mentions.join('; ')];
    },
  },
  {
    name: 'declarations',
    columns: ['declaration_id', 'meeting_id', 'person_id', 'member', 'item', 'interest', 'action', 'text', 'line'],
    *rows(doc, keys) {
      for (let k = 0; k < doc.declarations.length; k++) {
        const d = doc.declarations[k];
        yield [childKey(keys.meeting, 'declarations', k), keys.meeting, keys.person(d.memberId), d.member, d.item, d.interest, d.action, d.text, d.line];
      }
    },
  },
  {
    name: 'warnings',
    columns: ['meeting_id', 'code', 'id', 'severity', 'line', 'message'],
    *rows(doc, keys) {
      for (const w of doc.warnings) yield [keys.meeting, w.code, w.id, w.severity ?? 'warning', w.line, w.message];
    },
  },
];

const cell = (v: Cell): string | number | null | undefined => (typeof v === 'boolean' ? (v ? 'true' : 'false') : v);

/** Every row of one document, by table name (for tests and other sinks). */
export function documentTables(doc: MinutesDocument, origin: Origin = NO_ORIGIN): Map<string, Cell[][]> {
  const keys = new Keys(meetingId(doc));
  return new Map(TABLES.map((t) => [t.name, [...t.rows(doc, keys, origin)]]));
}

const NO_ORIGIN: Origin = { url: null, council: null };

export interface TablesSink {
  write(doc: MinutesDocument, origin?: Origin): void;
  /** Moves the finished tables into place. */
  close(): void;
}

/** Opens DIR/<table>.csv for every table (temporary names until close). */
export function openTables(dir: string, options: { excel?: boolean } = {}): TablesSink {
  mkdirSync(dir, { recursive: true });
  const files = TABLES.map((t) => {
    const path = join(dir, `${t.name}.csv`);
    const temporary = join(dir, `.${t.name}.csv.${process.pid}.tmp`);
    const fd = openSync(temporary, 'w');
    writeSync(fd, (options.excel ? EXCEL_BOM : '') + csvRow(t.columns));
    return { table: t, path, temporary, fd };
  });
  let closed = false;
  const discard = (): void => {
    for (const f of files) {
      try {
        closeSync(f.fd);
      } catch {
        // Already closed.
      }
      rmSync(f.temporary, { force: true });
    }
  };
  return {
    write(doc, origin = NO_ORIGIN) {
      const keys = new Keys(meetingId(doc));
      for (const f of files) {
        let text = '';
        for (const row of f.table.rows(doc, keys, origin)) text += csvRow(row.map(cell));
        if (text) writeSync(f.fd, text);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        for (const f of files) closeSync(f.fd);
        for (const f of files) renameSync(f.temporary, f.path);
      } catch (e) {
        discard();
        throw e;
      }
    },
  };
}
