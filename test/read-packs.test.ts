// Reports packs as text: the minutes inside are found by their own heading and
// attendance after frontsheet and agenda furniture; minutes that merely carry
// a pack stamp or a membership list are parsed whole.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';

const MINUTES = [
  'Minutes of a meeting of the Licensing Panel held on 2 May 2024 at Quarry House, Tenbridge',
  '',
  'Present: Councillor Idris Vaughan (Chair), Councillor Nell Ashworth and Councillor Ravi Menon',
  'Apologies: Councillor Edith Crowe',
  '',
  '7. Premises licence review: The Old Forge',
  '',
  'RESOLVED that the licence be suspended for six weeks.',
  '',
  '8. Street trading consents',
  '',
  'RESOLVED that the consents be renewed for twelve months.',
  '',
  'The meeting closed at 11.20 am.',
  '',
  'Chair',
];

const FRONTSHEET = [
  'Public Document Pack',
  'TENBRIDGE BOROUGH COUNCIL',
  'Licensing Panel',
  'Date: Thursday, 6 June 2024 at 10.00 am',
  'Membership',
  'Councillors: Idris Vaughan (Chair), Nell Ashworth, Ravi Menon, Edith Crowe, Paul Soames',
  'Contact officer: Committee Services, 01632 960 441',
  '',
  'AGENDA',
  '1. Apologies for absence',
  '2. Minutes of the previous meeting (Pages 3 - 6)',
  '3. Taxi licensing policy (Pages 7 - 20)',
  '',
];

const REPORT = ['', 'Agenda Item 3', 'Report to: Licensing Panel', 'Report of: Head of Regulatory Services', '', '1. Purpose', '', 'This report sets out the draft taxi licensing policy.', '', '2. Recommendation', '', 'That the Panel approves the policy for consultation.'];

describe('reports packs', () => {
  it('parses only the minutes inside a pack: the minutes’ own date and attendance, no agenda or report items', () => {
    const { document } = parseMinutes([...FRONTSHEET, 'Agenda Item 2', ...MINUTES, ...REPORT].join('\n'));
    expect(document.meeting.date).toBe('2024-05-02');
    expect(document.meeting.present.map((p) => p.name)).toEqual(['Councillor Idris Vaughan', 'Councillor Nell Ashworth', 'Councillor Ravi Menon']);
    expect(document.items.map((i) => [i.number, i.title])).toEqual([
      ['7', 'Premises licence review: The Old Forge'],
      ['8', 'Street trading consents'],
    ]);
    expect(document.warnings.map((w) => [w.id, w.line])).toEqual([['minutes-in-pack', 15]]);
  });

  it('counts a second set of minutes in the pack and says only the first was parsed', () => {
    const second = MINUTES.map((l) => l.replace('2 May 2024', '16 May 2024').replace(/^7\./, '9.').replace(/^8\./, '10.'));
    const { document } = parseMinutes([...FRONTSHEET, ...MINUTES, '', ...second].join('\n'));
    expect(document.meeting.date).toBe('2024-05-02');
    expect(document.items.map((i) => i.number)).toEqual(['7', '8']);
    expect(document.warnings.find((w) => w.id === 'minutes-in-pack')?.message).toMatch(/2 sets of minutes and only the first was parsed/);
  });

  it('minutes with a pack stamp above their heading are not a pack', () => {
    const { document } = parseMinutes(['Public Document Pack', ...MINUTES].join('\n'));
    expect(document.warnings.map((w) => w.id)).not.toContain('minutes-in-pack');
    expect(document.items).toHaveLength(2);
  });

  it('an agenda that lists "Minutes of the meeting held on …" but holds no minutes is not cut', () => {
    const agenda = [...FRONTSHEET, 'Minutes of the meeting held on 2 May 2024 (Pages 3 - 6)', 'To approve them as a correct record.'];
    const { document } = parseMinutes(agenda.join('\n'));
    expect(document.warnings.map((w) => w.id)).not.toContain('minutes-in-pack');
  });
});
