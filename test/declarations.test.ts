// Declarations of interest: sentences and tables that give records, and the
// guidance and "none" texts that must give none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTEREST_STEMS, INTEREST_WORDS } from '../src/extract/declarations.js';
import { parseMinutes } from '../src/parse-text.js';
import type { Declaration } from '../src/schema/document.js';

const declarationsOf = (text: string): Declaration[] => parseMinutes(text).document.declarations;

const VALID: { name: string; text: string; expected: Partial<Declaration>[] }[] = [
  {
    name: 'a declaration reported in a "noted that" clause',
    text: 'Declarations of Interest\n\nThe Committee noted that Councillor Brown had declared an interest in Item 7.',
    expected: [{ member: 'Councillor Brown', item: 'Item 7' }],
  },
  {
    name: 'member, type, item and reason in one sentence',
    text: 'Declarations of Interest\n\nCouncillor Ada Price declared a non-pecuniary interest in Item 6 as a governor of Elm Primary School.',
    expected: [{ member: 'Councillor Ada Price', interest: 'non-pecuniary interest', item: 'Item 6', action: null }],
  },
  {
    name: 'item first, then the member',
    text: 'Declarations\n\nIn relation to Item 9(a), Councillor Rowe declared an interest as a member of the Canal Trust.',
    expected: [{ member: 'Councillor Rowe', item: 'Item 9(a)', interest: null }],
  },
  {
    name: 'a Disclosable Pecuniary Interest with the member leaving the room',
    text: 'Declarations of Interest\n\nMr P Grant declared a Disclosable Pecuniary Interest in agenda item 4 as the owner of the site. He left the room during consideration of that item.',
    expected: [{ member: 'Mr P Grant', interest: 'Disclosable Pecuniary Interest', item: 'agenda item 4', action: 'left the room during consideration of that item' }],
  },
  {
    name: 'a tie stated in the declarations item ("declared that she was a Governor …")',
    text: 'Declarations of Interest\n\nCouncillor Marta Lind declared that she was a Governor at St Anne’s Hospital Trust.\n\nMinutes\n\nThe Chair said that the minutes were agreed.',
    expected: [{ member: 'Councillor Marta Lind', interest: null, item: null }],
  },
  {
    name: 'a Note: lead-in before the member, in the item it is about',
    text: 'Land at Mill Lane\n\nNote: Councillor P Hewitt declared a non-pecuniary interest and left the room during consideration of this item.',
    expected: [{ member: 'Councillor P Hewitt', interest: 'non-pecuniary interest', item: 'Land at Mill Lane', action: 'left the room during consideration of this item' }],
  },
  {
    name: 'an Other Significant Interest taking no part',
    text: 'Declarations of Interest\n\nMrs K Vale declared an Other Significant Interest in Item 11 and took no part in the discussion or vote.',
    expected: [{ member: 'Mrs K Vale', interest: 'Other Significant Interest', item: 'Item 11', action: 'took no part in the discussion or vote' }],
  },
  {
    name: 'two members in one sentence',
    text: 'Declarations of Interest\n\nCouncillor Hart and Councillor Moyo declared personal interests in Item 3 as members of the Harbour Board.',
    expected: [
      { member: 'Councillor Hart', item: 'Item 3', interest: 'personal interests' },
      { member: 'Councillor Moyo', item: 'Item 3', interest: 'personal interests' },
    ],
  },
  {
    name: 'two first names sharing one surname',
    text: 'Declarations of Interest\n\nCouncillors George and Judith Cooper both declared a personal interest in Item 9 as their house backs onto the site.',
    expected: [
      { member: 'Councillor George Cooper', item: 'Item 9', interest: 'personal interest' },
      { member: 'Councillor Judith Cooper', item: 'Item 9', interest: 'personal interest' },
    ],
  },
  {
    name: 'item title after a dash stops before what the member said',
    text: 'Declarations of interest\n\nCouncillor Ives declared an interest in relation to Agenda item 8 – Parking Charges Review and stated she would not take part in the vote.',
    expected: [{ member: 'Councillor Ives', item: 'Agenda item 8 – Parking Charges Review', action: 'would not take part in the vote' }],
  },
  {
    name: 'having declared an interest, a member withdrew (the enclosing item)',
    text: '7. Land at Mill Road\n\nHaving declared an interest, Councillor Tan withdrew from the meeting during consideration of this item.\n\n8. Other Business\n\nNone.',
    expected: [{ member: 'Councillor Tan', item: 'Item 7 – Land at Mill Road', action: 'withdrew from the meeting during consideration of this item' }],
  },
  {
    name: 'table layout, one cell per line',
    text:
      'Disclosure of Interest\n\nCouncillor\n\nItem\n\nType of Interest\n\nCr Ruth Banks\n\nPL22/4 Jetty Upgrade\n\nNon-Pecuniary - Less Than Significant Conflict as she sails from the jetty.\n\nCr Omar Said\n\nCS22/9 Library Fees\n\nPecuniary as his wife runs the library cafe.\n\nApologies\n\nNil.',
    expected: [
      { member: 'Cr Ruth Banks', item: 'PL22/4 Jetty Upgrade', interest: 'Non-Pecuniary - Less Than Significant Conflict' },
      { member: 'Cr Omar Said', item: 'CS22/9 Library Fees', interest: 'Pecuniary' },
    ],
  },
];

const NEGATIVE: { name: string; text: string }[] = [
  { name: 'no declarations', text: 'Declarations of Interest\n\nThere were no declarations of interest.' },
  { name: 'none received', text: 'Declarations of Interest\n\nNo declarations of interest were received.' },
  { name: 'guidance to members', text: 'Declarations of Interest\n\nMembers are invited to declare any disclosable pecuniary interest they have in any item on the agenda.' },
  { name: 'code of conduct text', text: 'Declarations\n\nA Member with a disclosable pecuniary interest in a matter must disclose the interest and must not participate in any discussion.' },
  { name: 'a declaration that is not of an interest', text: 'Elections\n\nThe Returning Officer declared the result of the ballot.' },
  { name: 'a stated tie outside the declarations item', text: 'Highways\n\nCouncillor Lind declared that she was a cyclist herself and welcomed the scheme.' },
  { name: 'the public interest', text: 'Exclusion\n\nThe Committee declared that the public interest in maintaining the exemption outweighed disclosure.' },
];

describe('declarations: valid phrasings', () => {
  for (const c of VALID) {
    it(c.name, () => {
      const got = declarationsOf(c.text);
      expect(got).toHaveLength(c.expected.length);
      c.expected.forEach((e, k) => expect(got[k]).toMatchObject(e));
    });
  }
});

describe('declarations: negative cases', () => {
  for (const c of NEGATIVE) it(c.name, () => expect(declarationsOf(c.text)).toEqual([]));
});

describe('declarations: ids and duplicates', () => {
  it('one record when the same declaration is printed twice, with the member id from people', () => {
    const text = 'PRESENT: Councillor Ada Price, Councillor Ben Lowe\n\n1. Declarations of Interest\n\nCouncillor Price declared a personal interest in Item 2.\n\nCouncillor Price declared a personal interest in Item 2.';
    const doc = parseMinutes(text).document;
    expect(doc.declarations).toHaveLength(1);
    expect(doc.declarations[0].memberId).toBe(doc.meeting.present[0].id);
  });
});

// The interest-word pattern is written letter by letter in both cases for speed: it must match
// exactly what the same words under the `i` flag match, whatever the case and the neighbours.
describe('declarations: the interest-word gate', () => {
  it('matches what the stems match case-insensitively', () => {
    const flagged = new RegExp(INTEREST_STEMS.join('|'), 'i');
    const piece = fc.oneof(
      fc.constantFrom(...INTEREST_STEMS).chain((w) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((up) => [...w].map((c, k) => (up[k] ? c.toUpperCase() : c)).join(''))),
      fc.constantFrom(' ', 'ı', 'İ', 'ſ', 'K', 'é', '-', 'x', 'intere', 'Decl', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        return INTEREST_WORDS.test(text) === flagged.test(text);
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});
