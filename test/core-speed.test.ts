// The speed paths of the core stages read exactly what the patterns they stand in for read.
import { describe, expect, it } from 'vitest';
import { ATTENDANCE_LABEL, ATTENDANCE_LABEL_ALONE, ATTENDANCE_LABEL_SPACED, matchAttendanceLabel, matchAttendanceLabelAlone, matchSpacedAttendanceLabel } from '../src/tokenize/patterns.js';
import { signalOf } from '../src/extract/unclaimed.js';

// Labels whose words are set apart by runs of one to five spaces (four and more: the exact patterns' reading).
const GAPS = [' ', '  ', '   ', '    ', '     ', '\t\t\t\t', ' \u00a0  '];
const LABELS = ['Present', 'Members Present', 'Apologies for Absence', 'Also in Attendance', 'Te Hunga Kua Tae Mai'];
const TAILS = ['', ':', ': Cllr A Smith', '  Cllr A Smith', ' - Cllr A', ' (Via Teams):', '    in person: x', ' (7 members):', ' Betty Ross, Annie Morgan and Alan Bell', ' Members:', '     Members: x'];
const lines: string[] = [];
for (const label of LABELS)
  for (const gap of GAPS)
    for (const tail of TAILS) {
      const spaced = label.replace(/ /g, gap);
      lines.push(spaced + tail, spaced.toUpperCase() + tail, `Yn bresennol / ${spaced}${tail}`, `I Láthair | ${spaced}${tail}`);
    }

const same = (a: RegExpExecArray | null, b: RegExpExecArray | null): void => {
  expect(a === null ? null : [...a]).toEqual(b === null ? null : [...b]);
  expect(a?.index).toBe(b?.index);
};

describe('attendance label matchers read as the exact patterns', () => {
  it('on labels whose word gaps run to four spaces and more', () => {
    for (const text of lines) {
      if (text.includes('/') || text.includes('|')) {
        same(matchAttendanceLabel(text), ATTENDANCE_LABEL.exec(text));
        same(matchAttendanceLabelAlone(text), ATTENDANCE_LABEL_ALONE.exec(text));
      }
      same(matchSpacedAttendanceLabel(text), ATTENDANCE_LABEL_SPACED.exec(text));
    }
  });
  it('keeps a label whose words stand four spaces apart apart from its names', () => {
    expect(matchAttendanceLabel('PRESENT    MEMBERS: x / y')?.[1]).toBe('PRESENT');
    expect(matchAttendanceLabel('PRESENT   MEMBERS: x / y')?.[1]).toBe('PRESENT   MEMBERS');
  });
});

describe('unclaimed lines: an attendance label is read only at the line start', () => {
  it.each([
    ['Present: Cllr A Smith', 'an attendance list'],
    ['•  Apologies: Cllr Reid', 'an attendance list'],
    ['• Members Present: Cllr Ames', 'an attendance list'],
    ['(a) Members Present: Cllr Ames', null],
    ['The following were present: Cllr Ames', 'an attendance list'],
    ['Cllr Bell sent apologies.', 'an attendance list'],
    ['....Present: Cllr Ames', null],
    ['The report noted that members present: Cllr Ames', null],
    ['2024 Present: Cllr Ames', null],
  ])('%s → %s', (text, what) => expect(signalOf(text)).toBe(what));
});
