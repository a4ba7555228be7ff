// Whole documents as people hold them (fixtures/formats, made by
// scripts/make-format-fixtures.mjs from invented minutes): a reports pack, a
// parish clerk's printed PDF, a Word file numbered automatically, markdown a
// PDF converter wrote, a text dump with no line breaks, a Windows-1252 file
// and a legacy .doc. Each asserts the records a reader must not lose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../src/api.js';
import { parseMinutes } from '../src/parse-text.js';
import { processFile } from '../src/batch.js';
import { readSource } from '../src/read/index.js';
import type { MinutesDocument } from '../src/schema/document.js';

const FORMATS = join(import.meta.dirname, '..', 'fixtures', 'formats');

async function parse(name: string): Promise<MinutesDocument> {
  const path = join(FORMATS, name);
  return (await parseBuffer(new Uint8Array(readFileSync(path)), { path })).document;
}
const read = (name: string) => readSource(new Uint8Array(readFileSync(join(FORMATS, name))), { path: name });

/** The records of a meeting: what every reading of the same minutes must agree on. */
function records(doc: MinutesDocument) {
  return {
    body: doc.meeting.body,
    date: doc.meeting.date,
    present: doc.meeting.present.map((p) => p.name),
    apologies: doc.meeting.apologies.map((p) => p.name),
    items: doc.items.map((i) => ({
      number: i.number,
      title: i.title,
      presenters: i.presenters.map((p) => p.name),
      resolutions: i.resolutions.length,
      questions: i.questions.length,
      actions: i.actions.length,
    })),
  };
}

describe('a reports pack: only the minutes inside it are the meeting', async () => {
  const pack = await parse('pack.pdf');
  const minutes = await parse('meeting.txt');

  it('takes body, date and attendance from the minutes, not the frontsheet', () => {
    expect(pack.meeting.body).toBe('Community Services Committee');
    // The frontsheet's date is the next meeting's (11 April); the minutes' own heading says 14 March.
    expect(pack.meeting.date).toBe('2024-03-14');
    // The membership (seven councillors) is not who attended.
    expect(pack.meeting.present.map((p) => p.name)).toEqual(['Councillor Ann Marsh', 'Councillor Tom Reeve', 'Councillor Priya Nandi', 'Councillor Joe Whitlock']);
    expect(pack.meeting.apologies.map((p) => p.name)).toEqual(['Councillor Bella Crane']);
  });

  it('gives the records of the minutes alone: no agenda entries, no report paragraphs, no page numbers as items', () => {
    expect(records(pack)).toEqual(records(minutes));
  });

  it('says so in the document: a minutes-in-pack warning naming the lines parsed', () => {
    const warning = pack.warnings.find((w) => w.id === 'minutes-in-pack');
    expect(warning?.message).toMatch(/parsed the minutes on lines 28-\d+ \("Minutes of the meeting held on 14 March 2024/);
    expect(warning?.page).toBe(3);
  });

  it('minutes that are not in a pack are parsed whole, with no pack warning', () => {
    expect(minutes.warnings.map((w) => w.id)).not.toContain('minutes-in-pack');
  });
});

describe('a reports pack holding two sets of minutes', async () => {
  const path = join(FORMATS, 'pack-two-meetings.pdf');
  const { document, documents } = await parseBuffer(new Uint8Array(readFileSync(path)), { path });

  it('gives one document per meeting, each with its own body, date, attendance and items: never a merge', () => {
    expect(documents?.map((d) => ({
      body: d.meeting.body,
      date: d.meeting.date,
      present: d.meeting.present.map((p) => p.name),
      items: d.items.map((i) => [i.number, i.title, i.resolutions.map((r) => r.text)]),
    }))).toEqual([
      {
        body: 'Community Services Committee',
        date: '2024-03-14',
        present: ['Councillor Ann Marsh', 'Councillor Tom Reeve', 'Councillor Priya Nandi'],
        items: [
          ['21', 'Library opening hours', ['the revised opening hours be approved from 1 May 2024.']],
          ['22', 'Allotment rents', ['allotment rents be held at the 2023 level.']],
        ],
      },
      {
        body: 'Community Grants Panel',
        date: '2024-03-28',
        present: ['Councillor Joe Whitlock', 'Councillor Bella Crane'],
        items: [['5', 'Community chest applications', ['grants of £250 be made to the three groups listed.']]],
      },
    ]);
    expect(document).toBe(documents?.[0]);
  });

  it('the two minutes headings, alike at the top of their pages, are not running headers', async () => {
    const lines = (await read('pack-two-meetings.pdf')).lines.map((l) => l.text);
    expect(lines).toContain('Minutes of the meeting held on 14 March 2024 at the Civic Hall, Harrowby');
    expect(lines).toContain('Minutes of the meeting held on 28 March 2024 at the Civic Hall, Harrowby');
  });
});

describe('a parish clerk’s printed PDF', async () => {
  const lines = (await read('parish.pdf')).lines.map((l) => l.text);
  const doc = await parse('parish.pdf');

  it('makes a name hyphenated across a line break whole', () => {
    expect(lines).toContain('Present: Cllr Ruth Amberley-Pike');
    expect(doc.meeting.present.map((p) => p.name)).toContain('Cllr Ruth Amberley-Pike');
  });

  it('joins a compound broken at a line end ("father-" / "inclusive")', () => {
    expect(lines).toContain('Cllr Sandhu reported on the father-inclusive');
  });

  it('keeps a right-hand owner column on its line, two spaces apart', () => {
    expect(lines).toContain('Clerk to order a replacement bench for the green.  Clerk');
    expect(lines).toContain('Cllr Tregear to ask the school about the crossing patrol.  MT');
  });

  it('runs a clause on over the page break, past the page number and the running header', () => {
    const at = lines.indexOf('The Clerk reported that the');
    expect(lines[at + 1]).toBe('defibrillator cabinet outside the shop had been repaired and the pads replaced.');
    expect(lines.join('\n')).not.toMatch(/Ashcombe Parish Council – 9 October 2024|^\d$/m);
  });

  it('gives the items and the resolution', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Village hall grant'],
      ['2', 'Actions'],
      ['3', 'Defibrillator'],
      ['4', 'Date of next meeting'],
    ]);
    expect(doc.items[0].resolutions.map((r) => r.text)).toEqual(['a grant of £150 be made to the village hall committee.']);
  });
});

describe('a parish clerk’s PDF with tables (attendance, an action table with wrapped cells, a four-line footer)', async () => {
  const lines = (await read('parish-tables.pdf')).lines;
  const doc = await parse('parish-tables.pdf');

  it('reads an attendance table column by column: each label with its names', () => {
    expect(lines.map((l) => l.text)).toContain('Members of the Public: Tomas Kerr, Ellen Roskilly');
    expect(doc.meeting.present.map((p) => p.name)).toEqual(['Alys Pengelly', 'Jory Hocking', 'Sian Trewin']);
    expect(doc.meeting.apologies.map((p) => p.name)).toEqual(['Derek Vosper']);
  });

  it('joins a row’s wrapped cells onto the row, cell by cell: one line per row, flagged as a table row', () => {
    const rows = lines.filter((l) => l.hint === 'table-row').map((l) => l.text);
    expect(rows).toEqual([
      'NO  ACTION  OWNER  Update',
      'Jan25.01  Footbridge - JH will ask the county council to replace the handrail  JH  Letter sent, reply awaited',
      'Jan25.02  Noticeboard - Clerk to order a new glass door for the noticeboard by the shop.  Clerk  Ordered',
      'Jan25.03  Verges - ST to report the damaged verge on Chapel Hill to the highways team.  ST  Done',
    ]);
  });

  it('gives each row its action and owner: the owner column neither runs into the next row nor takes the update', () => {
    const item = doc.items.find((i) => i.title === 'Actions from previous meeting');
    // The table's header row names its action and owner columns, so the action-table rule reads each row.
    expect(item?.actions.map((a) => [a.text, a.owner, a.rule])).toEqual([
      ['Footbridge - JH will ask the county council to replace the handrail', 'JH', 'action-table-row'],
      ['Noticeboard - Clerk to order a new glass door for the noticeboard by the shop.', 'Clerk', 'action-table-row'],
      ['Verges - ST to report the damaged verge on Chapel Hill to the highways team.', 'ST', 'action-table-row'],
    ]);
  });

  it('drops the clerk’s four-line footer on every page, and keeps the items', () => {
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/Megan Treloar|Rosewarne Barn|07700/);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['03.25.01', 'Apologies'],
      ['03.25.02', 'Actions from previous meeting'],
      ['03.25.03', 'Finance'],
      ['03.25.04', 'Date of next meeting'],
    ]);
    expect(doc.items[2].resolutions.map((r) => r.text)).toEqual(['the grass cutting invoice of £240.00 be paid.']);
  });

  it('ends a paragraph whose last line stops short without a full stop when the next line starts a sentence (its first word would have fitted)', () => {
    const at = lines.findIndex((l) => l.text === 'Action: Clerk to send the remittance advice to the contractor');
    expect(lines[at + 1].text).toBe('');
    expect(doc.items[2].actions.map((a) => a.text)).toEqual(['Clerk to send the remittance advice to the contractor']);
  });
});

describe('a Word file numbered automatically', async () => {
  const doc = await parse('numbered.docx');

  it('gives the item numbers Word shows (from the heading style’s list, starting at 23), not a list restarting at 1', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['23', 'Declarations of interest'],
      ['24', 'Village hall grant'],
      ['25', 'Footpaths'],
      ['26', 'Date of next meeting'],
    ]);
  });

  it('numbers a resolution’s clauses from the second list level', async () => {
    expect((await read('numbered.docx')).lines.map((l) => l.text)).toContain('(a) a grant of £150 be made to the village hall committee; and');
    expect(doc.items[1].resolutions.map((r) => r.text)).toEqual(['a grant of £150 be made to the village hall committee', 'the grant be reviewed in April 2025.']);
  });

  it('keeps attendance and actions', () => {
    expect(doc.meeting.date).toBe('2024-10-09');
    expect(doc.meeting.apologies.map((p) => p.name)).toEqual(['Cllr Peter Lacey']);
    expect(doc.items[2].actions.map((a) => a.text)).toEqual(['Clerk to thank the volunteers who replaced the stile.']);
  });
});

describe('a printed PDF with an owner column and a wrapping planning table', () => {
  it('puts an owner column\'s entry at the end of its paragraph, not inside the first sentence', async () => {
    const lines = (await read('owner-column.pdf')).lines.map((l) => l.text);
    expect(lines).toContain('Cllr Penrose asked whether the glass panels of the bus shelter could be');
    expect(lines).toContain('the next meeting.  Clerk');
  });

  it('joins a cell wrapped onto a line of its own in a table keyed by application number', async () => {
    const rows = (await read('owner-column.pdf')).lines.filter((l) => l.hint === 'table-row').map((l) => l.text);
    expect(rows).toEqual(['Application  Site  Comments', 'PA25/03114  Glebe Farm  No objection', 'PA25/03190  Land off Quarry Lane  Objection: the lane is too narrow for construction traffic', 'PA25/03202  2 Mill Cottages  No objection']);
  });

  it('reads the members present set out in columns as a list of names', async () => {
    const doc = await parse('owner-column.pdf');
    expect(doc.meeting.present.map((p) => p.name)).toEqual(['Cllr Morwenna Penrose', 'Cllr Tristan Bolitho', 'Cllr Jenifer Rowe', 'Cllr Hedra Nance', 'Cllr Gerens Tonkin']);
  });

  it('keeps the question whole', async () => {
    const doc = await parse('owner-column.pdf');
    expect(doc.items[0].questions.map((q) => q.text)).toEqual(['asked whether the glass panels of the bus shelter could be replaced with polycarbonate.']);
  });
});

describe('draft minutes: a turned watermark, a head on one page only, a note in small type', () => {
  it('reads the text alone: the watermark does not pull three lines into one, the small-type margin lines go', async () => {
    const texts = (await read('draft.pdf')).lines.map((l) => l.text).filter(Boolean);
    expect(texts.slice(texts.indexOf('14. Internal audit plan'))).toEqual([
      '14. Internal audit plan',
      'The Head of Audit presented the internal audit plan for 2025/26, which set out',
      'twelve audits, including the council tax reduction scheme and the fleet contract.',
      'Cllr Polglase asked whether the fleet contract audit could be brought forward to',
      'the first quarter of the year.',
      'RESOLVED that the internal audit plan for 2025/26 be approved.',
      '15. Date of next meeting',
      'The next meeting will be held on 3 June 2025.',
    ]);
    const doc = await parse('draft.pdf');
    expect(doc.items[0].resolutions.map((r) => r.text)).toEqual(['the internal audit plan for 2025/26 be approved.']);
  });
});

describe('an action log running over a page break', () => {
  it('reads the rows at the head of the next page as the table\'s rows, a wrapped row whole', async () => {
    const rows = (await read('table-over-pages.pdf')).lines.filter((l) => l.hint === 'table-row').map((l) => [l.page, l.text]);
    expect(rows).toEqual([
      [1, 'Ref  Action  Owner'],
      [1, 'AP1  Clerk to order two litter bins for the playing field  Clerk'],
      [2, 'AP2  Cllr Hocking to ask the landowner to cut back the hedge on Mill Hill  Cllr Hocking'],
      [2, 'AP3  Clerk to renew the play area inspection contract  Clerk'],
    ]);
    const doc = await parse('table-over-pages.pdf');
    expect(doc.items[0].actions.map((a) => [a.text, a.owner])).toEqual([
      ['Clerk to order two litter bins for the playing field', 'Clerk'],
      ['Cllr Hocking to ask the landowner to cut back the hedge on Mill Hill', 'Cllr Hocking'],
      ['Clerk to renew the play area inspection contract', 'Clerk'],
    ]);
  });
});

describe('minutes set with side headings', () => {
  it('PDF: each heading beside the text is a line of its own, before the text; justified word-by-word lines stay prose', async () => {
    const lines = (await read('side-headings.pdf')).lines;
    const texts = lines.map((l) => l.text).filter(Boolean);
    expect(texts).toContain('32. CAR PARKING CHARGES 2025/26');
    expect(texts[texts.indexOf('32. CAR PARKING CHARGES 2025/26') + 1]).toBe('Councillor Nance, Portfolio Holder for Economy, presented the');
    expect(lines.filter((l) => l.hint === 'table-row')).toEqual([]);
    const doc = await parse('side-headings.pdf');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'APOLOGIES FOR ABSENCE'],
      ['32', 'CAR PARKING CHARGES 2025/26'],
      ['33', 'DATE OF NEXT MEETING'],
    ]);
    expect(doc.items[1].resolutions.map((r) => r.text)).toEqual(['the car parking charges for 2025/26 set out in Appendix A be approved.']);
  });

  it('Word: a table of side headings reads as headings and paragraphs; a grid of names and a name a paragraph read as lists', async () => {
    const texts = (await read('side-headings.docx')).lines.map((l) => l.text).filter(Boolean);
    expect(texts).toContain('Cllr Kerensa Hosken (Mayor), Cllr Piran Jago, Cllr Tamsin Rowe');
    expect(texts).toContain('In attendance: Mr Hedley Vosper (Town Clerk), Mrs Elowen Pascoe (Assistant Clerk)');
    expect(texts.slice(texts.indexOf('88. Harbour Wall Repairs'), texts.indexOf('89. Remembrance Sunday'))).toEqual([
      '88. Harbour Wall Repairs',
      'The Town Clerk reported that the harbour authority had agreed to share the cost of repairing the harbour wall.',
      'Cllr Jago asked whether the work would be finished before the winter storms.',
      'RESOLVED that the Council contribute £6,000 towards the repairs.',
    ]);
    const doc = await parse('side-headings.docx');
    expect(doc.meeting.present.map((p) => p.name)).toEqual(['Cllr Kerensa Hosken', 'Cllr Piran Jago', 'Cllr Tamsin Rowe', 'Cllr Jenna Blewett', 'Cllr Loveday Tonkin']);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['88', 'Harbour Wall Repairs'],
      ['89', 'Remembrance Sunday'],
    ]);
  });
});

describe('printed minutes with a "Minute No." column', () => {
  it('PDF: the code beside each heading is its number, a wrapped heading is whole, the decision over the page break keeps both clauses', async () => {
    const doc = await parse('minute-column.pdf');
    expect(doc.meeting.apologies.map((p) => p.name)).toEqual(['B Kershaw', 'N Lomax']);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['PL.101', 'MINUTES'],
      ['PL.102', 'APPLICATION 24/0112/FUL – LAND ADJACENT TO 14 MILL LANE, LANGDALE'],
      ['PL.103', 'LICENSING ACT 2003 – REVIEW OF STATEMENT OF LICENSING POLICY'],
      ['PL.104', 'DATE OF NEXT MEETING'],
    ]);
    expect(doc.items[2].resolutions.map((r) => r.text)).toEqual([
      'the draft Statement of Licensing Policy be approved for public consultation',
      'the outcome of the consultation be reported to the Committee in September 2024.',
    ]);
  });
});

describe('Word minutes set out in tables', async () => {
  const doc = await parse('table-minutes.docx');

  it('drops the contents list and reads each minute row as a heading and its paragraphs', async () => {
    const lines = (await read('table-minutes.docx')).lines.map((l) => l.text).filter(Boolean);
    expect(lines).not.toContain('T/41  Apologies  2');
    expect(lines.slice(lines.indexOf('T/42  Market square lighting'), lines.indexOf('T/43  Twinning association'))).toEqual([
      'T/42  Market square lighting',
      'The Town Clerk presented the quotations for replacing the lamps in the market square.',
      'Cllr Oduro asked whether the new lamps would be dimmed after midnight.',
      // The framed decision inside the row: its paragraphs, a label and its value read as one phrase.
      'DECISION T/42',
      'Moved: Cllr Penhallow',
      'Seconded: Cllr Oduro',
      'That the lowest quotation, £4,380, be accepted.',
      'CARRIED',
    ]);
  });

  it('gives one item per minute row, with the records of its paragraphs and its box', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['T/41', 'Apologies'],
      ['T/42', 'Market square lighting'],
      ['T/43', 'Twinning association'],
    ]);
    expect(doc.items[1].resolutions.map((r) => r.text)).toEqual(['the lowest quotation, £4,380, be accepted.']);
    expect(doc.items[1].questions.map((q) => q.text)).toEqual(['asked whether the new lamps would be dimmed after midnight.']);
    expect(doc.items[1].presenters.map((p) => p.role)).toEqual(['Town Clerk']);
  });
});

describe('markdown a PDF converter wrote', async () => {
  const md = await parse('converted.md');
  const minutes = await parse('meeting.txt');

  it('gives the records of the text: escaped numbers, bold markers and page markers are syntax', () => {
    expect(records(md)).toEqual(records(minutes));
  });

  it('front matter is metadata, not the meeting: its date (2 April) is not the meeting date', () => {
    expect(md.meeting.date).toBe('2024-03-14');
  });

  it('front matter is a labelled fallback: minutes that state no date take the front matter\'s, with a warning naming it', async () => {
    const text = [
      '---',
      'title: "Orchard Lane Allotment Society minutes"',
      'date: 2025-05-21',
      '---',
      '',
      '# Orchard Lane Allotment Society',
      '',
      '**Present:** Cllr Iris Penhale, Cllr Dev Mistry',
      '',
      '## 1\\. Water troughs',
      '',
      'RESOLVED that the two troughs by the east gate be replaced.',
      '',
      '## 2\\. Plot inspections',
      '',
      'The secretary will write to the holders of the three neglected plots.',
    ].join('\n');
    const { document } = parseMinutes(text, { format: 'markdown' });
    expect(document.meeting.date).toBe('2025-05-21');
    expect(document.warnings.map((w) => [w.id, w.line])).toEqual([['metadata-fallback', 3]]);
    expect(document.warnings[0].message).toMatch(/front matter \("date: 2025-05-21"\)/);
    expect(document.items.map((i) => [i.number, i.title, i.resolutions.map((r) => r.text)])).toEqual([
      ['1', 'Water troughs', ['the two troughs by the east gate be replaced.']],
      ['2', 'Plot inspections', []],
    ]);
    // The front matter is not minutes text: its title is no item and no body.
    expect(document.meeting.present.map((p) => p.name)).toEqual(['Cllr Iris Penhale', 'Cllr Dev Mistry']);
  });

  it('the same file read from disk carries its front matter as metadata, apart from its lines', async () => {
    const result = await read('converted.md');
    expect(result.metadata?.map((f) => [f.key, f.line])).toEqual([['title', 2], ['date', 3], ['source', 4]]);
    expect(md.warnings.map((w) => w.id)).not.toContain('metadata-fallback');
  });

  it('a page marker inside a sentence neither shows nor splits the paragraph', async () => {
    const lines = (await read('converted.md')).lines;
    expect(lines.some((l) => /^-+\s*\d/.test(l.text))).toBe(false);
    const at = lines.findIndex((l) => l.text === 'The Head of Libraries agreed');
    expect(lines[at + 1].text).toBe('to circulate the visitor figures to Members before the next meeting.');
    // Line numbers stay those of the file.
    expect(lines[at + 1].line).toBe(lines[at].line + 4);
  });
});

describe('a text dump with no line breaks', async () => {
  it('is broken again at item numbers, titles and attendance labels, and gives the records of the text', async () => {
    const dump = await parse('dump.txt');
    expect(readFileSync(join(FORMATS, 'dump.txt'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(records(dump)).toEqual(records(await parse('meeting.txt')));
  });

  it('every record keeps its true source line: the dump has one line, so every record is on line 1', async () => {
    const dump = await parse('dump.txt');
    const placed = [
      ...dump.meeting.present,
      ...dump.meeting.apologies,
      ...dump.items.flatMap((i) => [...i.presenters, ...i.resolutions, ...i.actions, ...i.questions]),
    ];
    expect(placed.length).toBeGreaterThan(8);
    expect(new Set(placed.map((r) => r.line))).toEqual(new Set([1]));
    expect(new Set(dump.items.map((i) => i.lines.start))).toEqual(new Set([1]));
    // The reader's text is the file as it is: the splitting is the tokenizer's, not a rewritten text.
    expect((await read('dump.txt')).lines.filter((l) => l.text !== '')).toHaveLength(1);
  });
});

describe('encodings and legacy formats', () => {
  it('Windows-1252 (£ and – as single bytes) is read as such, with a warning', async () => {
    const doc = await parse('parish-1252.txt');
    expect(doc.items[0].title).toBe('Village hall grant – Saturday groups');
    expect(doc.items[0].resolutions.map((r) => r.text)).toEqual(['a grant of £150 be made to the village hall committee.']);
    expect(doc.warnings.map((w) => [w.id, w.line])).toEqual([['legacy-encoding', 7]]);
  });

  it('a legacy .doc is refused with a clear per-file message', async () => {
    const result = await processFile(join(FORMATS, 'legacy.doc'));
    expect(result.failed).toBe(true);
    expect(result.document.warnings).toHaveLength(1);
    expect(result.document.warnings[0]).toMatchObject({ id: 'unreadable-input', severity: 'error' });
    expect(result.document.warnings[0].message).toMatch(/legacy Word \.doc file.*save it as \.docx/);
  });
});

describe('HTML structure', () => {
  const html = (body: string) => parseBuffer(new Uint8Array(Buffer.from(`<!DOCTYPE html><html><body>${body}</body></html>`)), { path: 'minutes.html' });

  it('heading elements are attendance labels and ordered-list numbers are item numbers', async () => {
    const { document } = await html(
      '<h2>Township of Elmvale</h2><p>Minutes of the Regular Meeting of Council held on March 4, 2025</p>' +
        '<h4>PRESENT</h4><p>Mayor Jane Kettle</p><p>Councillor Omar Haddad</p><h4>REGRETS</h4><p>Councillor Lise Brault</p>' +
        '<ol><li>Call to Order<p>The meeting was called to order at 7 p.m.</p></li>' +
        '<li>Adoption of Agenda<p>Moved by Councillor Haddad, seconded by Mayor Kettle, THAT the agenda be adopted. Carried.</p></li></ol>' +
        '<ol start="3"><li>Delegations</li></ol><p>None.</p>',
    );
    expect(document.meeting.present.map((p) => p.name)).toEqual(['Mayor Jane Kettle', 'Councillor Omar Haddad']);
    expect(document.meeting.apologies.map((p) => p.name)).toEqual(['Councillor Lise Brault']);
    expect(document.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Call to Order'],
      ['2', 'Adoption of Agenda'],
      ['3', 'Delegations'],
    ]);
    expect(document.items[1].resolutions.map((r) => r.text)).toEqual(['the agenda be adopted.']);
  });
});

describe('a page set in two columns', async () => {
  it('reads the left column, then the right, and gives each item its own minutes', async () => {
    const lines = (await read('two-columns.pdf')).lines.map((l) => l.text);
    expect(lines).toContain('RESOLVED that the vacant plots be offered');
    expect(lines[lines.indexOf('RESOLVED that the vacant plots be offered') + 1]).toBe('to the first two names on the waiting list.');
    expect(lines.indexOf('3. Playing field')).toBeGreaterThan(lines.indexOf('to the first two names on the waiting list.'));
    const doc = await parse('two-columns.pdf');
    expect(doc.items.map((i) => [i.number, i.title, i.resolutions.map((r) => r.text)])).toEqual([
      ['1', 'Apologies', []],
      ['2', 'Allotments', ['the vacant plots be offered to the first two names on the waiting list.']],
      ['3', 'Playing field', ['replacement goalposts be bought at a cost of no more than £600.']],
      ['4', 'Date of next meeting', []],
    ]);
  });

  it('a right-hand owner column is not a second column of text', async () => {
    const lines = (await read('parish.pdf')).lines.map((l) => l.text);
    expect(lines).toContain('Clerk to order a replacement bench for the green.  Clerk');
  });
});

describe('a council web page whose resolutions list their clauses in <ol> elements', async () => {
  const doc = await parse('ordered-list-clauses.html');

  it('makes each lettered or numbered list item a clause of its own, numbered as the page shows it', () => {
    expect(doc.items[0].resolutions.map((r) => [r.number, r.text])).toEqual([
      ['a', 'waives the standpipe water charges for stock and domestic carting from 1 April 2025 to 30 June 2025'],
      ['b', 'writes to the Minister for Agriculture seeking drought concessional loans for the Shire'],
      ['c', 'notes that the estimated cost of the waiver is $38,000.'],
    ]);
    expect(doc.items[1].resolutions.map((r) => r.number)).toEqual(['1', '2']);
  });

  it('keeps a bulleted entry that opens with an initial whole ("E. Thomas – …" is no clause E)', () => {
    expect(doc.items[2].discussion.map((d) => d.text)).toContain('E. Thomas – hall cleaning, February ($412.60)');
  });
});
