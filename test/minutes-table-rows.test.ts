// Minutes kept in a table, one row per item (number | heading | minutes): each row is read as the item's
// heading line and its minutes line; tables of other things (attendance, one stray row) pass through.
import { describe, expect, it } from 'vitest';
import { expandMinutesRows } from '../src/tokenize/table-rows.js';
import type { SourceLine } from '../src/read/types.js';

const lines = (...texts: string[]): SourceLine[] => texts.map((text, k) => ({ line: k + 1, text, indent: 0 }));
const texts = (out: SourceLine[]): [number, string][] => out.map((l) => [l.line, l.text]);

describe('minutes table rows', () => {
  it('split into heading and minutes, both on the row’s line, in the Word-export and markdown forms', () => {
    const out = expandMinutesRows(lines('|1. |Apologies |Apologies were received from Ann Ross. |', '| 2 | Play Area | The new swings were installed in March. |'));
    expect(texts(out)).toEqual([
      [1, '1. Apologies'],
      [1, 'Apologies were received from Ann Ross.'],
      [2, '2. Play Area'],
      [2, 'The new swings were installed in March.'],
    ]);
    expect(out[1].indent).toBe('|1. |Apologies |'.length);
  });

  it('read a row with empty number and heading cells as more minutes of the row above', () => {
    const out = expandMinutesRows(lines('|3. |Finance |The balance stood at £812. |', '| | |It was agreed to pay the hall hire. |', '|4. |AOB |Nothing further was raised tonight. |'));
    expect(texts(out)).toEqual([
      [1, '3. Finance'],
      [1, 'The balance stood at £812.'],
      [2, 'It was agreed to pay the hall hire.'],
      [3, '4. AOB'],
      [3, 'Nothing further was raised tonight.'],
    ]);
  });

  it('leave an attendance table, short status cells and a single row as they are', () => {
    const attendance = lines('|1 |Cllr A Reid |Present at the meeting |', '|2 |Mrs B Shaw |Present at the meeting |');
    expect(expandMinutesRows(attendance)).toEqual(attendance);
    const statuses = lines('|1 |Budget |Noted |', '|2 |Parking |Deferred |');
    expect(expandMinutesRows(statuses)).toEqual(statuses);
    const single = lines('|1. |Apologies |Apologies were received from Ann Ross. |', 'The meeting closed at 9pm.');
    expect(expandMinutesRows(single)).toEqual(single);
  });
});
