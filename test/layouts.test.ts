// Item layouts, as a specification: which layout detector segments a text,
// the items it finds (number and title), and why the layouts tried before it
// did not fit. Councils and wording are invented.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { tokenize } from '../src/tokenize/classify.js';
import { textToLines } from '../src/read/text.js';
import { segmentItems } from '../src/segment/items.js';
import { LAYOUTS } from '../src/segment/layouts/index.js';

const items = (text: string): [string | null, string][] => parseMinutes(text).document.items.map((i) => [i.number, i.title]);
const layoutOf = (text: string): string | undefined => parseMinutes(text).document.source.layout;

describe('layout registry', () => {
  it('tries every detector in a fixed order, each a declared layout rule', () => {
    expect(LAYOUTS.map((l) => l.id)).toEqual([
      'layout-agenda-item',
      'layout-decision-listing',
      'layout-numbered-motions',
      'layout-restart-headings',
      'layout-reader-headings',
      'layout-item-references',
      'layout-lettered-sections',
      'layout-numbered',
      'layout-lettered',
      'layout-indented',
      'layout-blank-separated',
      'layout-capital-headings',
      'layout-run-in-headings',
    ]);
    for (const l of LAYOUTS) expect(l.stage).toBe('layout');
  });

  it('records the chosen layout and the rejected ones with their reasons', () => {
    const seg = segmentItems(tokenize(textToLines('Hale Parish Council\n\n4. Apologies\n\nNone.\n\n5. Bus Shelter\n\nNoted.\n')));
    expect(seg.rule).toBe('layout-numbered');
    expect(seg.rejected.map((r) => r.id)).toEqual(LAYOUTS.slice(0, 7).map((l) => l.id));
    expect(seg.rejected[0].reason).toBe('no "Agenda item" header near the top');
  });

  it('falls back to one item when no layout fits', () => {
    expect(layoutOf('Review of Market Stall Fees\n\nThe fees were held at current levels.\n')).toBe('layout-single');
  });
});

describe('numbering schemes', () => {
  it.each<[string, string, [string | null, string][]]>([
    [
      'minute code, agenda number, capitalised title ending in a full stop',
      'Minutes of Kelby Parish Council\n\nKP014/25      1.   APOLOGIES FOR ABSENCE.\nCllr Rowe.\n\nKP015/25      2.   TO RECEIVE AND ADOPT THE MINUTES OF THE MEETING HELD ON 3 MARCH 2025.\nAdopted.\n',
      [
        ['KP014/25', 'APOLOGIES FOR ABSENCE.'],
        ['KP015/25', 'TO RECEIVE AND ADOPT THE MINUTES OF THE MEETING HELD ON 3 MARCH 2025.'],
      ],
    ],
    [
      'minute code alone on its line above the title (ModernGov)',
      'No. Item\n\nENV.12/25\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\nENV.13/25\n\nFlood Defence Works\n\nMinutes:\n\nThe Committee noted the update.\n',
      [
        ['ENV.12/25', 'Apologies for Absence'],
        ['ENV.13/25', 'Flood Defence Works'],
      ],
    ],
    [
      'number and financial year alone above the title',
      'No. Item\n\n12-24/25\n\nChair\'s Welcome\n\nThe Chair opened the meeting.\n\n13-24/25\n\nApologies for Absence\n\nNone.\n',
      [
        ['12-24/25', "Chair's Welcome"],
        ['13-24/25', 'Apologies for Absence'],
      ],
    ],
    [
      'letter, slash, number',
      'No. Item\n\nD/201\n\nConfirmation of Minutes\n\nMinutes:\n\nAdopted.\n\nD/202\n\nQuestions\n\nMinutes:\n\nNone were taken.\n',
      [
        ['D/201', 'Confirmation of Minutes'],
        ['D/202', 'Questions'],
      ],
    ],
    [
      'four-figure parish minute numbers, not years',
      'Ashby Town Council\n\n2211 APOLOGIES\n\nCllr Pike.\n\n2212 FINANCE\n\nThe accounts were noted.\n\n2019 was a record year for the market.\n',
      [
        ['2211', 'APOLOGIES'],
        ['2212', 'FINANCE'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('a list that lost its numbering: every heading "1.", a numbered point running on after a colon is not an item', () => {
    const text =
      'Elmbank Community Council\n\n1. MINUTES OF THE MAY MEETING\nApproved.\n2. MATTERS ARISING\n3. Street lighting: the council had replaced two lamps on Dock Road.\n1. CHAIR\'S REPORT\nNothing to report.\n1. TREASURER\'S REPORT\nThe balance was noted.\n1. AOCB\nNone.\n';
    expect(items(text).map(([, t]) => t)).toEqual(['MINUTES OF THE MAY MEETING', 'MATTERS ARISING', "CHAIR'S REPORT", "TREASURER'S REPORT", 'AOCB']);
  });

  it('bilingual headings are measured one language at a time', () => {
    const text =
      'Tauranga Moana District Council\n\n1          Whakapāha | Apologies\n\nCr Rewi.\n\n2          HE WĀ KŌRERO KI TE MAREA MŌ NGĀ MEA E PĀ ANA KI TE RĀRANGI TAKE | Public Speaking Time for Items Relating to the Agenda\n\nNo speakers.\n';
    expect(items(text).map(([n]) => n)).toEqual(['1', '2']);
  });

  it('a lone report code in a table of interests is not a heading', () => {
    const text = 'Wattle Shire Council\n\nApologies\n\nCr Moss\n\nDisclosure of Interest\n\nCr Lee\n\nCS25/03 Library Grants\n\nPecuniary\n\nLibrary Grants\n\nThe grants were approved.\n';
    expect(layoutOf(text)).not.toBe('layout-numbered');
    expect(items(text).map(([n]) => n)).not.toContain('CS25/03');
  });
});

describe('numbering schemes in turn', () => {
  const ordinary = (body: string): string =>
    `Yarrawonga Heads Council\n\nMinutes of the Ordinary Meeting held on 9 September 2025\n\nPRESENT\nCr Bell (Mayor), Cr Amos, Cr Darcy\n\nOPENING\nThe Mayor opened the meeting at 6.00pm.\n\nMINUTES OF PREVIOUS MEETING\nRESOLVED (Cr Amos / Cr Darcy)\nThat the minutes of 12 August 2025 be confirmed.\n\n${body}\n\nCLOSE\nThe meeting closed at 7.30pm.\n`;

  it('keeps every block: a code of one prefix, labelled section numbers, codes of another, and the ceremonies in capitals', () => {
    const text = ordinary(
      'MAYORAL MINUTE\n\nMM07/25 Netball Premiership\n\nThe Mayor congratulated the club.\n\nITEM 8.1 FORESHORE PLAN OF MANAGEMENT\n\nRESOLVED (Cr Darcy / Cr Amos)\nThat the plan be adopted.\n\nITEM 8.2 FEES AND CHARGES\n\nRESOLVED (Cr Amos / Cr Bell)\nThat the fees be exhibited.\n\nQUESTIONS WITH NOTICE\n\nQN11/25 Cr Amos - Boat Ramp Parking\n\nThe Director advised that line marking is scheduled.\n\nQN12/25 Cr Darcy - Street Lighting\n\nThe Director advised that two poles will be replaced.',
    );
    expect(items(text)).toEqual([
      [null, 'OPENING'],
      [null, 'MINUTES OF PREVIOUS MEETING'],
      ['MM07/25', 'Netball Premiership'],
      ['8.1', 'FORESHORE PLAN OF MANAGEMENT'],
      ['8.2', 'FEES AND CHARGES'],
      ['QN11/25', 'Cr Amos - Boat Ramp Parking'],
      ['QN12/25', 'Cr Darcy - Street Lighting'],
      [null, 'CLOSE'],
    ]);
  });

  it("leaves numbered paragraphs inside one prefix's items and an action log of another year to their items", () => {
    const text = ordinary(
      'GC14/25 Grants Committee Report\n\n1.1 Background\n\nThe committee met twice.\n\n1.2 Recommendations\n\nRESOLVED (Cr Bell / Cr Amos)\nThat the grants be paid.\n\nGC15/25 Hall Roof\n\nRESOLVED (Cr Amos / Cr Bell)\nThat the quote be accepted.\n\nAL03/24 Review signage\n\nThe action was completed.',
    );
    expect(items(text).map(([n]) => n)).toEqual(['GC14/25', 'GC15/25']);
  });
});

describe('headings without numbers', () => {
  it('agenda wording printed in place of titles on a listing page, and a standard title on the first line', () => {
    const page =
      'No. Item\n\nTo receive any apologies for absence.\n\nApologies were received from Cllr Webb.\n\nTo confirm as a correct record the minutes of the meeting held on 2 April 2025.\n\nThat the minutes be approved as a correct record.\n';
    expect(items(page)).toEqual([
      [null, 'To receive any apologies for absence.'],
      [null, 'To confirm as a correct record the minutes of the meeting held on 2 April 2025.'],
    ]);
    const first = 'Apologies for Absence\n\nNone.\n\nMayor\'s Announcements\n\nThe Mayor thanked the volunteers.\n\nLibrary Opening Hours\n\nMembers noted the new hours.\n';
    expect(items(first).map(([, t]) => t)).toEqual(['Apologies for Absence', "Mayor's Announcements", 'Library Opening Hours']);
  });
});

describe('headings fused with their minutes', () => {
  it('a label and its minutes after a colon, unless what follows belongs to the heading', () => {
    expect(items('Oakley Parish Council\n\n1. Apologies for absence: Cllr Vance\n\n2. MINUTES: 4th MARCH 2025\n\nAdopted.\n')).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'MINUTES: 4th MARCH 2025'],
    ]);
  });

  it('a heading before its first numbered paragraph', () => {
    const long = 'Councillors considered the minutes of the meeting held on 2 June 2025 and agreed that they be signed by the Chair as a correct record, which was duly done at the meeting.';
    expect(items(`Oakley Parish Council\n\n1. Minutes 1.1 ${long}\n\n2. Playing Field 2.1 ${long}\n`)).toEqual([
      ['1', 'Minutes'],
      ['2', 'Playing Field'],
    ]);
  });

  it('a capitalised heading wrapped onto a second line', () => {
    expect(items('Wyke Borough Council\n\n210. DECLARATIONS\nOF INTEREST\nThere were none.\n\n211. PUBLIC\nQUESTION TIME\nNo questions were received.\n')).toEqual([
      ['210', 'DECLARATIONS OF INTEREST'],
      ['211', 'PUBLIC QUESTION TIME'],
    ]);
  });

  it('a minutes text flattened onto one line is split at its rising headings', () => {
    const text =
      'MINUTES OF THE MEETING OF THE COUNCIL HELD AT THE GUILDHALL ON MONDAY 3rd MARCH 2025. PRESENT: Councillors Abel, Bryce, Coker, Dunn, Ewart, Frith, Gale and Hume, together with the Town Clerk and the Deputy Town Clerk, who recorded the minutes of the proceedings. 71 APOLOGIES FOR ABSENCE Apologies were received from Councillor Ince. 72. Declarations of Interest There were none. 73 MARKET CHARTER FAIR The Town Clerk reported on the arrangements for the charter fair, which would take place on the first Saturday in June as usual, with stalls along the High Street and in the market square. Resolved: That the arrangements be approved.';
    expect(items(text)).toEqual([
      ['71', 'APOLOGIES FOR ABSENCE'],
      ['72', 'Declarations of Interest'],
      ['73', 'MARKET CHARTER FAIR'],
    ]);
    expect(parseMinutes(text).document.items[2].resolutions.map((r) => r.text)).toEqual(['the arrangements be approved.']);
  });
});

describe('lettered layout: Roman numerals', () => {
  it('reads numerals the usual way and refuses others', async () => {
    const { romanValue } = await import('../src/segment/layouts/lettered.js');
    expect(['I', 'II', 'IV', 'IX', 'XII', 'XL'].map(romanValue)).toEqual([1, 2, 4, 9, 12, 40]);
    expect(['IIII', 'VX', 'IL'].map(romanValue)).toEqual([null, null, null]);
  });
});

describe('headings marked by the reader (Word, HTML, markdown)', () => {
  const md = (text: string): [string | null, string][] => parseMinutes(text, { format: 'markdown' }).document.items.map((i) => [i.number, i.title]);
  it('keep sub-item numbers ("7.1"); a numbered heading followed at once by its first sub-item heading is a section header', () => {
    const text = [
      '# Glenmoray Community Council',
      '## 6. Treasurer’s Report',
      'The accounts were accepted.',
      '## 7. Planning Applications',
      '## 7.1 25/01422/PP – Erection of dwellinghouse, Plot 3',
      'No objections were raised.',
      '## 7.2 25/01503/PP – Holiday lodge site, land north of the Abbey',
      'The community council would object.',
      '## 8. Correspondence',
      '## 8.1 Letter from the Council',
      'The letter was noted.',
    ].join('\n\n');
    expect(md(text)).toEqual([
      ['6', 'Treasurer’s Report'],
      ['7.1', '25/01422/PP – Erection of dwellinghouse, Plot 3'],
      ['7.2', '25/01503/PP – Holiday lodge site, land north of the Abbey'],
      ['8.1', 'Letter from the Council'],
    ]);
  });

  it('a numbered heading with minutes of its own before its sub-items stays an item', () => {
    const text = ['# Glenmoray Community Council', '## 7. Planning', 'Two applications were considered.', '## 7.1 Plot 3, Ardnacross', 'No objections.', '## 8. Correspondence', 'None.'].join('\n\n');
    expect(md(text)).toEqual([
      ['7', 'Planning'],
      ['7.1', 'Plot 3, Ardnacross'],
      ['8', 'Correspondence'],
    ]);
  });
});
