// CSV in long form: one row per record under the contract's fixed header.
// RFC 4180 quoting, UTF-8, "\n" line ends.
import type { Motion, MinutesDocument, Person } from '../schema/document.js';

export const CSV_HEADER = ['file', 'meeting_date', 'meeting_body', 'item_number', 'item_title', 'record', 'index', 'text', 'person', 'role', 'kind', 'line'] as const;

export type CsvRecord = 'item' | 'presenter' | 'discussion' | 'question' | 'resolution' | 'action' | 'present' | 'apology' | 'in_attendance' | 'motion' | 'vote' | 'declaration' | 'person' | 'warning';

type Cell = string | number | null | undefined;

/** The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8 (--excel). */
export const EXCEL_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\n\r]/;
// Cells that spreadsheets would run as formulas are prefixed with a quote (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + '\n';
}

export function csvHeader(): string {
  return csvRow(CSV_HEADER);
}

/** All rows of one document. */
export function documentToCsv(doc: MinutesDocument): string {
  const file = doc.source.path;
  const m = doc.meeting;
  let out = '';
  const row = (itemNumber: Cell, itemTitle: Cell, record: CsvRecord, index: number, text: Cell, person: Cell, role: Cell, kind: Cell, line: Cell): void => {
    out += csvRow([file, m.date, m.body, itemNumber, itemTitle, record, index, text, person, role, kind, line]);
  };
  // Attendance rows: text holds the recorded arrival / departure, kind "substitute" for substitutes.
  const facts = (p: Person): string | null => [p.arrived ? `arrived ${p.arrived}` : '', p.departed ? `departed ${p.departed}` : ''].filter(Boolean).join('; ') || null;
  const people = (list: readonly Person[], record: CsvRecord): void =>
    list.forEach((p, i) => row(null, null, record, i + 1, facts(p), p.name, p.role, p.substitute ? 'substitute' : null, p.line));
  // Vote rows of one motion: one for the counts (JSON `votes`), one per named vote; index is the motion's 1-based index.
  const votes = (n: Cell, t: Cell, mo: Motion, k: number): void => {
    if (mo.votes) {
      const c = mo.votes;
      const text = [c.for !== null ? `for ${c.for}` : '', c.against !== null ? `against ${c.against}` : '', c.abstentions !== null ? `abstentions ${c.abstentions}` : ''].filter(Boolean).join('; ');
      row(n, t, 'vote', k + 1, text, null, null, 'counts', mo.line);
    }
    for (const v of mo.namedVotes) row(n, t, 'vote', k + 1, null, v.name, null, v.vote, mo.end ?? mo.line);
  };
  people(m.present, 'present');
  people(m.apologies, 'apology');
  people(m.inAttendance, 'in_attendance');
  doc.items.forEach((item, i) => {
    const n = item.number;
    const t = item.title;
    row(n, t, 'item', i + 1, item.description, null, null, item.category, item.lines.start);
    item.presenters.forEach((p, k) => row(n, t, 'presenter', k + 1, null, p.name, p.role, null, p.line));
    item.discussion.forEach((d, k) => row(n, t, 'discussion', k + 1, d.text, null, null, null, d.line));
    item.questions.forEach((q, k) => row(n, t, 'question', k + 1, q.text, q.asker, null, null, q.line));
    item.resolutions.forEach((r, k) => row(n, t, 'resolution', k + 1, r.text, null, null, r.kind, r.line));
    item.actions.forEach((a, k) => row(n, t, 'action', k + 1, a.text, a.owner, null, a.due, a.line));
    item.motions.forEach((mo, k) => {
      // Motion rows: person = mover, role = seconder, kind = outcome ("amendment lost" for an amendment).
      row(n, t, 'motion', k + 1, mo.text, mo.mover, mo.seconder, mo.amendment ? `amendment ${mo.outcome}` : mo.outcome, mo.line);
      votes(n, t, mo, k);
    });
  });
  // Declaration rows: item_title = the item the interest relates to, role = interest type, kind = action.
  doc.declarations.forEach((d, k) => row(null, d.item, 'declaration', k + 1, d.text, d.member, d.interest, d.action, d.line));
  doc.people.forEach((p, k) => row(null, null, 'person', k + 1, p.mentions.join('; '), p.name, p.role, p.id, null));
  doc.warnings.forEach((w, k) => row(null, null, 'warning', k + 1, w.message, null, null, w.code, w.line));
  return out;
}
