// Reports packs as text: the minutes inside are found by their own heading and
// attendance after frontsheet and agenda furniture; minutes that merely carry
// a pack stamp or a membership list are parsed whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import type { MinutesDocument } from '../src/schema/document.js';
import { runCli } from './helpers.js';

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

  it('several sets of minutes in one pack give several documents, one per meeting, never a merge', () => {
    const second = MINUTES.map((l) => l.replace('2 May 2024', '16 May 2024').replace(/^7\./, '9.').replace(/^8\./, '10.').replace('Councillor Edith Crowe', 'Councillor Paul Soames'));
    const { document, documents } = parseMinutes([...FRONTSHEET, ...MINUTES, '', ...second, ...REPORT].join('\n'));
    expect(documents?.map((d) => [d.meeting.date, d.meeting.apologies.map((p) => p.name), d.items.map((i) => i.number)])).toEqual([
      ['2024-05-02', ['Councillor Edith Crowe'], ['7', '8']],
      ['2024-05-16', ['Councillor Paul Soames'], ['9', '10']],
    ]);
    // `document` is the first meeting; each document says which meeting of the pack it is, and where its minutes are.
    expect(document).toBe(documents?.[0]);
    expect(documents?.map((d) => d.warnings.find((w) => w.id === 'minutes-in-pack')?.message.match(/lines (\d+-\d+).*meeting (\d) of 2$/)?.slice(1))).toEqual([
      ['14-30', '1'],
      ['31-47', '2'],
    ]);
  });

  it('the CLI writes each meeting of a pack as its own NDJSON line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-pack-'));
    try {
      const second = MINUTES.map((l) => l.replace('2 May 2024', '16 May 2024').replace(/^7\./, '9.').replace(/^8\./, '10.'));
      writeFileSync(join(dir, 'pack.txt'), [...FRONTSHEET, ...MINUTES, '', ...second].join('\n'));
      const r = await runCli(['parse', '--format', 'ndjson', join(dir, 'pack.txt')]);
      const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as MinutesDocument);
      expect(lines.map((d) => [d.source.path, d.meeting.date])).toEqual([
        [join(dir, 'pack.txt'), '2024-05-02'],
        [join(dir, 'pack.txt'), '2024-05-16'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
