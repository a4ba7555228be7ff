// Attendance, as a specification: present, apologies and in-attendance lists,
// names as written with the role in brackets split off.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';

type P = [name: string | null, role: string | null];
type Att = { present: P[]; apologies: P[]; inAttendance: P[] };
const ITEM = '\n\n1.    Apologies for Absence\n\nAs recorded above.\n';
const attendance = (header: string): Att => {
  const m = parseMinutes(header + ITEM).document.meeting;
  const pairs = (l: typeof m.present): P[] => l.map((p) => [p.name, p.role]);
  return { present: pairs(m.present), apologies: pairs(m.apologies), inAttendance: pairs(m.inAttendance) };
};

describe('attendance lists', () => {
  it.each<[string, Att]>([
    [
      'PRESENT: Councillor A Brown (Chair), Councillor B Green and Councillor C White\n\nAPOLOGIES: Councillor D Black\n\nIN ATTENDANCE: Jane Doe (Democratic Services Officer)',
      {
        present: [['Councillor A Brown', 'Chair'], ['Councillor B Green', null], ['Councillor C White', null]],
        apologies: [['Councillor D Black', null]],
        inAttendance: [['Jane Doe', 'Democratic Services Officer']],
      },
    ],
    [
      'Present:\nCouncillor A Brown (Chair)\nCouncillor B Green\n\nAlso present: Mr E Grey (Monitoring Officer)',
      { present: [['Councillor A Brown', 'Chair'], ['Councillor B Green', null]], apologies: [], inAttendance: [['Mr E Grey', 'Monitoring Officer']] },
    ],
    [
      'Apologies for absence were received from Councillor F Hall and Councillor G King.',
      { present: [], apologies: [['Councillor F Hall', null], ['Councillor G King', null]], inAttendance: [] },
    ],
    // Two brackets after a name: both are the role.
    [
      'Present: Councillor N Patel (Leader) (in the Chair); Councillors Ellis and Grant',
      { present: [['Councillor N Patel', 'Leader; in the Chair'], ['Ellis', null], ['Grant', null]], apologies: [], inAttendance: [] },
    ],
    // A representative's role written before a plain name.
    [
      'PRESENT: Councillor A Brown (Chair), Co-opted Member Priya Shah\n\nAPOLOGIES: Tenant Representative Lulu Agate',
      { present: [['Councillor A Brown', 'Chair'], ['Priya Shah', 'Co-opted Member']], apologies: [['Lulu Agate', 'Tenant Representative']], inAttendance: [] },
    ],
  ])('%j', (header, expected) => {
    expect(attendance(header)).toEqual(expected);
  });

  it.each<string>(['Minutes of the Audit Committee held on 3 May 2022', 'Apologies: None.'])('no names from %j', (header) => {
    expect(attendance(header)).toEqual({ present: [], apologies: [], inAttendance: [] });
  });
});
