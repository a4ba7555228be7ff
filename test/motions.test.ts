// Motions and votes: a table of phrasings with the records they must give,
// and negative cases that must give no motion.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import type { Motion } from '../src/schema/document.js';

const motionsOf = (text: string): Motion[] => parseMinutes(text).document.items.flatMap((i) => i.motions);

interface Case {
  name: string;
  text: string;
  expected: Partial<Motion>[];
}

const VALID: Case[] = [
  {
    name: 'a Scottish division: the wording under the names, then "resolved:- to support the motion" (a lexicon verb of taking up a motion)',
    text: 'SCHOOL ESTATE\n\nThe Convener, seconded by Councillor Reid, moved:-\nthat the Committee approve the closure of the school.\n\nThe Committee resolved:-\nto support the motion.',
    expected: [{ mover: 'Convener', seconder: 'Councillor Reid', text: 'the Committee approve the closure of the school.', outcome: 'carried' }],
  },
  {
    name: 'proposed and seconded, then "On being put to the vote, this was carried."',
    text: 'BUDGET\n\nCouncillor Fox proposed and Councillor Lee seconded that the report be approved. On being put to the vote, this was carried.',
    expected: [{ mover: 'Councillor Fox', seconder: 'Councillor Lee', text: 'the report be approved.', outcome: 'carried' }],
  },
  {
    name: 'a named vote right after the outcome belongs to that motion ("CARRIED" then "Opposed: Councillor Wong")',
    text: '4. REPORTS\n\nMoved by Councillor Tremblay\nSeconded by Councillor Becker\n\nTHAT Council award the contract to Coastline Civil Ltd.\n\nCARRIED\n\nOpposed: Councillor Wong\n',
    expected: [{ mover: 'Councillor Tremblay', seconder: 'Councillor Becker', outcome: 'carried', namedVotes: [expect.objectContaining({ name: 'Councillor Wong', vote: 'against' })] }],
  },
  {
    name: 'moved, seconded and RESOLVED in one sentence: the motion was carried',
    text: 'BUDGET\n\nIt was moved by Councillor Hart, seconded by Councillor Dow and RESOLVED that the budget be approved.',
    expected: [{ mover: 'Councillor Hart', seconder: 'Councillor Dow', text: 'the budget be approved.', outcome: 'carried' }],
  },
  {
    name: 'rows of a motions table: each row one motion, its outcome from the disposition column',
    text: [
      'COUNCIL MOTIONS',
      'MOTION\tMOVER & SECONDER\tSUBJECT\tDISPOSITION',
      '1\tOkafor / Lindqvist\tThat the Public Service prepare a report on winter parking bans.\tADOPTED',
      '2\tDhillon / Baptiste\tThat the Public Service review parking fees at all civic facilities.\tAUTOMATIC REFERRAL TO THE STANDING POLICY COMMITTEE ON FINANCE',
      '3\tLindqvist / Okafor\tThat Council waive the permit fees for community events.\tLOST',
    ].join('\n'),
    expected: [
      { mover: 'Okafor', seconder: 'Lindqvist', text: 'the Public Service prepare a report on winter parking bans.', outcome: 'carried' },
      { mover: 'Dhillon', seconder: 'Baptiste', text: 'the Public Service review parking fees at all civic facilities.', outcome: 'unknown' },
      { mover: 'Lindqvist', seconder: 'Okafor', text: 'Council waive the permit fees for community events.', outcome: 'lost' },
    ],
  },
  {
    name: 'Australian Moved/Seconded labels on one line with the wording',
    text: 'ROAD NAMING\n\nResolution 112/2021 Moved: Cr Jane Doyle Seconded: Cr Sam Ito That Council adopt the name Kookaburra Lane.\n\nCARRIED',
    expected: [{ mover: 'Cr Jane Doyle', seconder: 'Cr Sam Ito', text: 'Council adopt the name Kookaburra Lane.', outcome: 'carried', amendment: false }],
  },
  {
    name: 'Resolved with mover and seconder in brackets, carried unanimously',
    text: 'Confirmation of Minutes\n\nResolved (Cr Ann Webb / Cr Tom Hale)\n\nThat the minutes of 3 March 2021 be confirmed.\n\nCARRIED UNANIMOUSLY',
    expected: [{ mover: 'Cr Ann Webb', seconder: 'Cr Tom Hale', text: 'the minutes of 3 March 2021 be confirmed.', outcome: 'carried unanimously' }],
  },
  {
    name: 'Canadian MOVED BY / SECONDED BY in lower case, THAT wording',
    text: 'MINUTES\n\nMOVED BY councillor ferris\n\nSECONDED BY councillor oduya\n\nTHAT the minutes be now adopted.\n\nCARRIED UNANIMOUSLY',
    expected: [{ mover: 'councillor ferris', seconder: 'councillor oduya', text: 'the minutes be now adopted.', outcome: 'carried unanimously' }],
  },
  {
    name: 'It was moved by … and seconded by … that; lost on a vote',
    text: 'Parking Review\n\nIt was moved by Councillor Ruth Hale and seconded by Councillor Ben Ode that the charges be frozen. On being put to the vote the motion was LOST.',
    expected: [{ mover: 'Councillor Ruth Hale', seconder: 'Councillor Ben Ode', text: 'the charges be frozen.', outcome: 'lost' }],
  },
  {
    name: 'Proposed and seconded, recorded counts in brackets',
    text: 'Budget\n\nMr Lamb proposed, and Mrs Cole seconded, that the budget be approved. The motion was carried (7 for, 3 against, 1 abstention).',
    expected: [{ mover: 'Mr Lamb', seconder: 'Mrs Cole', outcome: 'carried', votes: { for: 7, against: 3, abstentions: 1 } }],
  },
  {
    name: 'Labelled counts after a voting lead-in, then RESOLVED',
    text: 'Asset Plan\n\nHaving been put to the vote the Committee voted:\n\nIn Favour: 5\n\nAgainst: 2\n\nAbstain: 1\n\nRESOLVED that the asset plan be approved.',
    expected: [{ mover: null, outcome: 'carried', votes: { for: 5, against: 2, abstentions: 1 }, text: 'the asset plan be approved.' }],
  },
  {
    name: 'Carried by N votes to M with abstentions',
    text: 'Council Tax\n\nIt was moved by Councillor Amy Roe and seconded by Councillor Li Chen that the council tax be set at band D £1,900. The motion was carried by 30 votes to 12 with 3 abstentions.',
    expected: [{ mover: 'Councillor Amy Roe', outcome: 'carried', votes: { for: 30, against: 12, abstentions: 3 } }],
  },
  {
    name: 'Amendment withdrawn, linked to its motion',
    text:
      'Grants\n\nIt was moved by Councillor Ola Berg and seconded by Councillor Ian Fox that the grants be approved.\n\nAn amendment was moved by Councillor Kay Moss and seconded by Councillor Ed Park that the grant to the youth club be doubled.\n\nThe amendment was withdrawn.\n\nThe motion was carried.',
    expected: [
      { mover: 'Councillor Ola Berg', outcome: 'carried', amendment: false, amends: null },
      { mover: 'Councillor Kay Moss', seconder: 'Councillor Ed Park', outcome: 'withdrawn', amendment: true, amends: 0, text: 'the grant to the youth club be doubled.' },
    ],
  },
  {
    name: 'Named votes on one line with counts derived from the names',
    text: 'Tender\n\nMoved: Cr Ray Ng Seconded: Cr Joy Ali\n\nThat the tender be accepted.\n\nFor: Crs Ng, Ali, Bode; Against: Cr Sims\n\nCarried',
    expected: [
      {
        mover: 'Cr Ray Ng',
        outcome: 'carried',
        votes: { for: 3, against: 1, abstentions: null },
        namedVotes: [
          { name: 'Cr Ng', vote: 'for', id: 'p1' },
          { name: 'Cr Ali', vote: 'for', id: 'p2' },
          { name: 'Cr Bode', vote: 'for', id: 'p3' },
          { name: 'Cr Sims', vote: 'against', id: 'p4' },
        ],
      },
    ],
  },
  {
    name: 'Councillor X moved that …; the motion was seconded by …; labelled counts in brackets',
    text: 'Fees\n\nCouncillor Bellamy moved that the fees be frozen. The motion was seconded by Councillor Dunmore. The motion was put to the vote and was lost (For: 2, Against: 4, Abstentions: 1).',
    expected: [{ mover: 'Councillor Bellamy', seconder: 'Councillor Dunmore', outcome: 'lost', votes: { for: 2, against: 4, abstentions: 1 } }],
  },
  {
    name: 'Ontario resolution number with initialled mover and seconder, outcome at the end of the wording',
    text: 'Correspondence\n\nR2022-114 P. Lang, D. Roy: That we accept the correspondence as presented. Carried.',
    expected: [{ mover: 'P. Lang', seconder: 'D. Roy', text: 'we accept the correspondence as presented.', outcome: 'carried' }],
  },
  {
    name: 'a long resolution: WHEREAS recitals across paragraphs and a page footer',
    text:
      'Housing Motion\n\nR2022-115 P. Lang, D. Roy:\nWHEREAS rents in the township have risen faster than incomes;\n\n                                                        June 1, 2022 – Minutes – Page 3\n\nAND WHEREAS the waiting list has doubled;\n\nNOW THEREFORE BE IT RESOLVED THAT Council asks the Province for more housing funding. Carried.',
    expected: [
      {
        mover: 'P. Lang',
        outcome: 'carried',
        text: 'WHEREAS rents in the township have risen faster than incomes; AND WHEREAS the waiting list has doubled; NOW THEREFORE BE IT RESOLVED THAT Council asks the Province for more housing funding.',
      },
    ],
  },
  {
    name: 'a tally with no motion open records a vote, and the sentence after it is not a list of names',
    text: 'Plan\n\nAbstain: 4\n\nThe Committee thanked the officers.',
    expected: [
      {
        mover: null,
        outcome: 'unknown',
        votes: { for: null, against: null, abstentions: 4 },
        namedVotes: [],
      },
    ],
  },
];

// Text that mentions moving, carrying or losing without any motion.
const NEGATIVE: { name: string; text: string }[] = [
  { name: 'work carried out', text: 'Highways\n\nDetailed designs had been carried out and the work was moved to the spring.' },
  { name: 'an item moved on the agenda', text: 'Order of Business\n\nThe Chairman moved item 7 up the agenda with the agreement of Members.' },
  { name: 'a meeting moved to another date', text: 'Committee - Monday 10 January 2022, MOVED\n\nNote: Moved from 16 December 2021.' },
  { name: 'powers gained and lost', text: 'History\n\nThe county had gained and lost powers over the years.' },
  { name: 'a truncated mover', text: 'Minutes\n\nIt was moved by Councill' },
  { name: 'a bare Agreed with no motion open', text: 'Dates\n\nAgreed.' },
  { name: 'a title that starts with "Proposed"', text: 'Decisions\n\n13 Proposed Lease Agreement for 66 Elm Street ADOPTED' },

];

describe('motions: valid phrasings', () => {
  for (const c of VALID) {
    it(c.name, () => {
      const got = motionsOf(c.text);
      expect(got).toHaveLength(c.expected.length);
      c.expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
    });
  }
});

describe('motions: negative cases', () => {
  for (const c of NEGATIVE) {
    it(c.name, () => expect(motionsOf(c.text)).toEqual([]));
  }
});

describe('motions: links and warnings', () => {
  it('a carried motion "That Council: a) receives …; and b) approves …" gives one resolution per clause', () => {
    const text = '4    WATER SUPPLY UPGRADE\n\nMoved Cr Fong / Seconded Cr Tait\nThat Council:\na) receives the report; and\nb) approves the award of contract 25/14 to Pipeworks Ltd.\nCARRIED\n';
    const resolutions = parseMinutes(text).document.items.flatMap((i) => i.resolutions);
    expect(resolutions.map((r) => r.text)).toEqual(['receives the report', 'approves the award of contract 25/14 to Pipeworks Ltd.']);
  });

  it('a motions table: only the adopted row is a resolution, linked to its motion', () => {
    const text = [
      'COUNCIL MOTIONS',
      '1\tOkafor / Lindqvist\tThat the Public Service prepare a report on winter parking bans.\tADOPTED',
      '2\tDhillon / Baptiste\tThat the Public Service review parking fees.\tAUTOMATIC REFERRAL TO THE EXECUTIVE POLICY COMMITTEE',
      '3\tLindqvist / Okafor\tThat Council waive the permit fees.\tLOST',
    ].join('\n');
    const resolutions = parseMinutes(text).document.items.flatMap((i) => i.resolutions);
    expect(resolutions.map((r) => [r.text, r.motion])).toEqual([['the Public Service prepare a report on winter parking bans.', 0]]);
  });

  it('links the resolution to the motion that produced it', () => {
    const doc = parseMinutes('Budget\n\nMoved: Cr A Lee Seconded: Cr B Kay\n\nThat the budget be adopted.\n\nCARRIED\n\nRESOLVED that the budget be adopted.').document;
    const item = doc.items[0];
    expect(item.motions[0].outcome).toBe('carried');
    expect(item.resolutions[0].motion).toBe(0);
  });

  it('does not link a resolution to a lost motion', () => {
    const doc = parseMinutes('Budget\n\nMoved: Cr A Lee Seconded: Cr B Kay\n\nThat the budget be doubled.\n\nLOST\n\nRESOLVED that the budget be noted.').document;
    expect(doc.items[0].resolutions[0].motion).toBeUndefined();
  });

  it('warns when recorded votes exceed the members present (MIN015)', () => {
    const text = 'PRESENT: Cr Ann Lee, Cr Bo Kay, Cr Cy Moe\n\n1. Budget\n\nMoved: Cr Lee Seconded: Cr Kay\n\nThat the budget be adopted.\n\nCarried (3 for, 2 against)';
    const warnings = parseMinutes(text).document.warnings.filter((w) => w.code === 'MIN015');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ id: 'votes-exceed-present', line: 5 });
  });

  it('gives no warning when the votes fit the members present', () => {
    const text = 'PRESENT: Cr Ann Lee, Cr Bo Kay, Cr Cy Moe\n\n1. Budget\n\nMoved: Cr Lee Seconded: Cr Kay\n\nThat the budget be adopted.\n\nCarried (2 for, 1 against)';
    expect(parseMinutes(text).document.warnings.filter((w) => w.code === 'MIN015')).toEqual([]);
  });
});

describe('motions: labels, resolution numbers and shows of hands', () => {
  it.each<Case>([
    {
      name: '"Moved by:" is read wherever "Seconded by:" is',
      text: '3. GRANTS POLICY\n\nMoved by: Cr Ruth Dunn\n\nSeconded by: Cr Mere Walker\n\nThat the Council adopts the revised community grants policy.\n\nCARRIED\n',
      expected: [{ mover: 'Cr Ruth Dunn', seconder: 'Cr Mere Walker', outcome: 'carried', rule: 'motion-mover-seconder-labels' }],
    },
    {
      name: 'a motion under a resolution number with no outcome printed was carried',
      text: '1. APOLOGIES\n\nResolution  PD2025/14\n\nMoved:       Deputy Mayor Sione Tau\n\nSeconder:  Cr Lee Ashby\n\nThat the apology received from Cr Janet Foy be accepted.\n',
      expected: [{ mover: 'Deputy Mayor Sione Tau', seconder: 'Cr Lee Ashby', text: 'the apology received from Cr Janet Foy be accepted.', outcome: 'carried' }],
    },
    {
      name: '"This was seconded by … and agreed by all members" closes the motion proposed before it',
      text: '4. MEETING VENUE\n\nIt was proposed by Cllr Vane that the December meeting be held in the school hall. This was seconded by the Chairman and agreed by all members.\n',
      expected: [{ mover: 'Cllr Vane', text: 'the December meeting be held in the school hall.', outcome: 'carried', rule: 'motion-moved-sentence' }],
    },
    {
      name: 'names printed after the wording: "That …" then "Moved by: …, Seconded by: …" then "Carried"',
      text: '5. PLAY AREA\n\nThat the grant to the Playing Field Association be approved.\nMoved by: Cllr Ann Lowe, Seconded by: Cllr Ian Fell\nCarried\n',
      expected: [{ mover: 'Cllr Ann Lowe', seconder: 'Cllr Ian Fell', text: 'the grant to the Playing Field Association be approved.', outcome: 'carried' }],
    },
    {
      name: 'names after the wording in one paragraph, and in table cells',
      text: '5. PLAY AREA\n\nThat the play area be resurfaced. Moved by: Cllr Ann Lowe Seconded by: Cllr Ian Fell. CARRIED\n\n6. BENCHES\n\n| Moved by: Cllr Ian Fell | Seconded by: Cllr Ann Lowe |\n\nThat two benches be bought.\n\nCarried\n',
      expected: [
        { mover: 'Cllr Ann Lowe', seconder: 'Cllr Ian Fell', text: 'the play area be resurfaced.', outcome: 'carried' },
        { mover: 'Cllr Ian Fell', seconder: 'Cllr Ann Lowe', text: 'two benches be bought.', outcome: 'carried' },
      ],
    },
    {
      name: 'a seconder named by initial keeps it ("Councillor P. Keogh, and RESOLVED")',
      text: '1. MINUTES\n\nIt was proposed by Councillor M. Dervan, seconded by Councillor P. Keogh, and RESOLVED\n\n“That the minutes be ADOPTED.”\n',
      expected: [{ mover: 'Councillor M Dervan', seconder: 'Councillor P Keogh', outcome: 'carried' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(motionsOf(text)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
