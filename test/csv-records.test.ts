// Every record of the JSON has exactly one CSV row: counted per record type
// over every fixture, including the motion, vote, declaration and person rows.
import { describe, expect, it } from 'vitest';
import { documentToCsv } from '../src/write/csv.js';
import { fixtureCases, parseFixture } from './helpers.js';
import type { MinutesDocument } from '../src/schema/document.js';

/** Splits RFC 4180 rows (quoted cells may hold newlines) and returns the `record` column of each. */
function recordColumn(csv: string): string[] {
  const out: string[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      cells.push(cell);
      out.push(cells[5]);
      cells = [];
      cell = '';
    } else cell += c;
  }
  return out;
}

function expectedCounts(doc: MinutesDocument): Record<string, number> {
  const sum = (f: (i: MinutesDocument['items'][number]) => number): number => doc.items.reduce((n, i) => n + f(i), 0);
  return {
    present: doc.meeting.present.length,
    apology: doc.meeting.apologies.length,
    in_attendance: doc.meeting.inAttendance.length,
    item: doc.items.length,
    presenter: sum((i) => i.presenters.length),
    discussion: sum((i) => i.discussion.length),
    question: sum((i) => i.questions.length),
    resolution: sum((i) => i.resolutions.length),
    action: sum((i) => i.actions.length),
    motion: sum((i) => i.motions.length),
    vote: sum((i) => i.motions.reduce((n, m) => n + (m.votes ? 1 : 0) + m.namedVotes.length, 0)),
    declaration: doc.declarations.length,
    person: doc.people.length,
    warning: doc.warnings.length,
  };
}

describe('csv: one row per JSON record', () => {
  for (const c of fixtureCases()) {
    it(c.name, () => {
      const doc = parseFixture(c);
      const rows = recordColumn(documentToCsv(doc));
      const got: Record<string, number> = {};
      for (const r of rows) got[r] = (got[r] ?? 0) + 1;
      const want = Object.fromEntries(Object.entries(expectedCounts(doc)).filter(([, n]) => n > 0));
      expect(got).toEqual(want);
    });
  }

  it('the fixtures hold motion, vote, declaration and person records', () => {
    const all = fixtureCases().map((c) => expectedCounts(parseFixture(c)));
    for (const key of ['motion', 'vote', 'declaration', 'person']) expect(all.some((n) => n[key] > 0)).toBe(true);
  });
});
