// Pre-checks of the action and resolution extractors: each lets a text through
// to a longer reading only when the text holds what that reading needs.
// Property: no text the reading accepts is rejected by its pre-check, so the
// pre-checks change speed, never output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_COLUMN, TABLE_HEADER_WORDS, actionTableColumns, endsInShortCell } from '../src/extract/actions.js';
import { ROW_DECISION, ROW_DECISION_WORDS } from '../src/extract/resolutions.js';
import { ACTION_COLUMN_HEADERS, DUE_COLUMN_HEADERS, OWNER_COLUMN_HEADERS } from '../src/lexicon/commitments.js';

const gap = fc.constantFrom(' ', '  ', '   ', '\t', ' \u00a0 ', '\n  ');
const cell = fc.constantFrom('completed', 'Ongoing', 'see below*', 'done', 'NO', 'Clerk', 'NO/BM', 'Write to the bus company', 'July24.01', 'reply awaited', 'x', 'abcdefghijklm', '');
const casing = (w: string): fc.Arbitrary<string> => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/k/g, '\u212a'));

describe('action pre-checks', () => {
  it('a row STATUS_COLUMN reads ends in a short cell after a wide gap', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, gap), { minLength: 1, maxLength: 6 }), gap, (cells, end) => {
        const row = cells.map(([c, g]) => c + g).join('') + end;
        if (!STATUS_COLUMN.test(row)) return true;
        matched++;
        return endsInShortCell(row);
      }),
      { numRuns: 3000, seed: 21 },
    );
    expect(matched).toBeGreaterThan(50);
  });

  it('a header row actionTableColumns reads holds a word of each header list', () => {
    const header = fc.oneof(...[...ACTION_COLUMN_HEADERS, ...OWNER_COLUMN_HEADERS, ...DUE_COLUMN_HEADERS, 'Ref', 'Notes', 'Amount'].map(casing));
    const sep = fc.constantFrom(' | ', '|', '\t', '  ', '   ', ' ');
    let matched = 0;
    fc.assert(
      fc.property(fc.array(header, { minLength: 1, maxLength: 5 }), sep, fc.constantFrom('', ':', '.'), (cells, s, mark) => {
        const row = cells.map((c) => c + mark).join(s);
        if (actionTableColumns(row) === null) return true;
        matched++;
        return TABLE_HEADER_WORDS.every((words) => words.test(row));
      }),
      { numRuns: 3000, seed: 23 },
    );
    expect(matched).toBeGreaterThan(50);
  });
});

describe('resolution pre-checks', () => {
  it('a row ROW_DECISION reads holds one of its words', () => {
    const word = fc.constantFrom('All', 'all', 'Members', 'Cllrs', 'Sherahilo', '&', 'Teague', 'agreed', 'resolved', 'AGREED', 'were', 'in', 'agreement', 'that', 'to');
    let matched = 0;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const row = words.join(' ');
        if (!ROW_DECISION.test(row)) return true;
        matched++;
        return ROW_DECISION_WORDS.test(row);
      }),
      { numRuns: 3000, seed: 25 },
    );
    expect(matched).toBeGreaterThan(50);
  });
});
