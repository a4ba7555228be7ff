// Pre-checks of the action and resolution extractors: each lets a text through
// to a longer reading only when the text holds what that reading needs.
// Property: no text the reading accepts is rejected by its pre-check, so the
// pre-checks change speed, never output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OWNER_THEN_TASK, OWNER_THEN_TASK_MARK, ROW_PREFIX, SPEAKER_COMMITTED, SPEAKER_COMMITTED_CLAUSE, SPEAKER_PROMISED, SPEAKER_PROMISED_PRONOUN, STATUS_COLUMN, TABLE_HEADER_WORDS, actionTableColumns, endsInShortCell, rowPrefixLength } from '../src/extract/actions.js';
import { ROW_DECISION, ROW_DECISION_WORDS } from '../src/extract/resolutions.js';
import { ACTION_COLUMN_HEADERS, DUE_COLUMN_HEADERS, OWNER_COLUMN_HEADERS, TASK_LABELS } from '../src/lexicon/commitments.js';

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

  it('an owner the owner patterns read past the subject is passed by their pre-checks', () => {
    const word = fc.constantFrom('The Clerk', 'Cllr Ash', 'Ms Frost', 'JB', 'officers', 'advised', 'confirmed', 'said', 'that', 'he', 'she', 'would', 'will', 'and', 'undertook', 'agreed', 'offered', 'to', 'write', 'circulate', '–', '-', ':', '—', 'Members', '(Finance)', ',', 'also', 'the', 'figures');
    const sep = fc.constantFrom(' ', '  ', '\u00a0', '');
    const pairs: [RegExp, RegExp][] = [[OWNER_THEN_TASK, OWNER_THEN_TASK_MARK], [SPEAKER_COMMITTED, SPEAKER_COMMITTED_CLAUSE], [SPEAKER_PROMISED, SPEAKER_PROMISED_PRONOUN]];
    const matched = pairs.map(() => 0);
    const tail = fc.constantFrom('and undertook to write', 'and agreed to', 'and  offered to send', 'he would write', 'she will', 'that he would', 'Members that she shall', '– write', ': write', ' - to circulate', '—write');
    fc.assert(
      fc.property(fc.constantFrom('The Clerk', 'Ms Frost', 'JB', 'Cllr Ash'), fc.constantFrom(' advised', ' said', ' also confirmed', ' (Finance) said', ', said', ''), fc.array(fc.tuple(sep, word), { maxLength: 6 }), sep, tail, (owner, verb, rest, gap, end) => {
        const text = owner + verb + rest.map(([g, w]) => g + w).join('') + gap + end;
        return pairs.every(([pattern, check], k) => {
          if (!pattern.test(text)) return true;
          matched[k]++;
          return check.test(text);
        });
      }),
      { numRuns: 6000, seed: 29 },
    );
    for (const n of matched) expect(n).toBeGreaterThan(10);
  });

  it('a row prefix ROW_PREFIX reads is read the same after its pre-check', () => {
    const part = fc.oneof(
      fc.constantFrom('07.18.04', 'Sept24.01', '17/06.', '3)', 'Ab12', 'abcdef1', '2024', 'Road Sweeper', 'Mill Farm, Church Lane', 'NO', 'Clerk', 'to', 'write', 'the', '-', '–', '—', ':', 'x'.repeat(58), 'A'),
      ...TASK_LABELS.map((label) => fc.constantFrom(`${label}:`, label, label.replace(/ /g, '   '))),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(part, gap), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.map(([p, g]) => p + g).join('') + 'Clerk to write';
        const length = ROW_PREFIX.exec(text)?.[0].length ?? 0;
        if (length > 0) matched++;
        return rowPrefixLength(text) === length;
      }),
      { numRuns: 3000, seed: 27 },
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
