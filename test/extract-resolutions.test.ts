// Resolutions, as a specification: each row is a minutes snippet and the
// clauses a careful annotator records (text without the lead-in or number,
// kind from the main verb). Negative rows must yield no resolution at all.
import { describe, expect, it } from 'vitest';
import { inItem, onlyItem } from './helpers.js';

type Row = [snippet: string, expected: { number: string | null; text: string; kind: string }[]];

const resolutions = (snippet: string): { number: string | null; text: string; kind: string }[] =>
  onlyItem(inItem(snippet)).resolutions.map(({ number, text, kind }) => ({ number, text, kind }));

describe('resolutions: lead-in forms', () => {
  it.each<Row>([
    ['RESOLVED that the report be noted.', [{ number: null, text: 'the report be noted.', kind: 'noted' }]],
    ['RESOLVED: That the minutes of the meeting held on 3 May 2022 be approved as a correct record.', [{ number: null, text: 'the minutes of the meeting held on 3 May 2022 be approved as a correct record.', kind: 'approved' }]],
    ['RESOLVED – That the Hackney Carriage byelaws be adopted.', [{ number: null, text: 'the Hackney Carriage byelaws be adopted.', kind: 'adopted' }]],
    ['Resolved: That the revised terms of reference be agreed.', [{ number: null, text: 'the revised terms of reference be agreed.', kind: 'agreed' }]],
    ['Resolved – That the item be deferred to the March meeting.', [{ number: null, text: 'the item be deferred to the March meeting.', kind: 'deferred' }]],
    ['The Committee RESOLVED that the risk register be noted.', [{ number: null, text: 'the risk register be noted.', kind: 'noted' }]],
    ['The Sub-Committee RESOLVED that the licence be granted.', [{ number: null, text: 'the licence be granted.', kind: 'granted' }]],
    ['AGREED that the Chair write to the Secretary of State.', [{ number: null, text: 'the Chair write to the Secretary of State.', kind: 'other' }]],
    ['RESOLVED that the\nannual report be\nnoted.', [{ number: null, text: 'the annual report be noted.', kind: 'noted' }]],
    ['RESOLVED:\nThat the budget virement of £40,000 be approved.', [{ number: null, text: 'the budget virement of £40,000 be approved.', kind: 'approved' }]],
    ['Cabinet RESOLVED to approve the revised Local Plan timetable.', [{ number: null, text: 'to approve the revised Local Plan timetable.', kind: 'approved' }]],
    ['RESOLVED (unanimously) that the report be noted.', [{ number: null, text: 'the report be noted.', kind: 'noted' }]],
    ['Resolved unanimously: that the accounts be approved.', [{ number: null, text: 'the accounts be approved.', kind: 'approved' }]],
    ['RESOLVED UNANIMOUSLY that the accounts be approved.', [{ number: null, text: 'the accounts be approved.', kind: 'approved' }]],
    ['Resolved (Cr A Smith / Cr B Jones)\nThat the report be received and noted.', [{ number: null, text: 'the report be received and noted.', kind: 'noted' }]],
    ['ORDERED that the report be received.', [{ number: null, text: 'the report be received.', kind: 'other' }]],
    ['Decision:\n\nThat the contract be awarded to Acme Ltd.', [{ number: null, text: 'the contract be awarded to Acme Ltd.', kind: 'other' }]],
    ['RESOLVED that the application be APPROVED subject to conditions.', [{ number: null, text: 'the application be APPROVED subject to conditions.', kind: 'approved' }]],
    // A governing body "resolved" in lower case.
    ['The Committee resolved to approve the recommendations as set out in the report.', [{ number: null, text: 'to approve the recommendations as set out in the report.', kind: 'approved' }]],
    ['Following discussion, the Cabinet unanimously resolved that the policy be adopted.', [{ number: null, text: 'the policy be adopted.', kind: 'adopted' }]],
    // A RESOLVED after another sentence of the same paragraph.
    ['The Clerk presented the accounts for December. RESOLVED: that the payments listed be approved.', [{ number: null, text: 'the payments listed be approved.', kind: 'approved' }]],
    // Moved, seconded and resolved in one sentence.
    ['It was moved by Councillor Hart, seconded by Councillor Dow and RESOLVED that the budget be approved.', [{ number: null, text: 'the budget be approved.', kind: 'approved' }]],
    // A carried motion restated in a later RESOLVED counts once (the RESOLVED text).
    [
      'Councillor Hart moved, and Councillor Dow seconded, that the report be noted. On being put to the vote the motion was CARRIED.\n\nRESOLVED that the report be noted.',
      [{ number: null, text: 'the report be noted.', kind: 'noted' }],
    ],
  ])('%j', (snippet, expected) => {
    expect(resolutions(snippet)).toEqual(expected);
  });
});

describe('resolutions: numbered and lettered clauses are separate records', () => {
  it.each<Row>([
    [
      'RESOLVED that:\n\n1.    the outturn be noted; and\n\n2.    the capital slippage be approved.',
      [
        { number: '1', text: 'the outturn be noted', kind: 'noted' },
        { number: '2', text: 'the capital slippage be approved.', kind: 'approved' },
      ],
    ],
    [
      'RESOLVED that:\n\n(a)    the consultation responses be noted;\n\n(b)    the policy be recommended to Council for adoption.',
      [
        { number: 'a', text: 'the consultation responses be noted', kind: 'noted' },
        { number: 'b', text: 'the policy be recommended to Council for adoption.', kind: 'recommended' },
      ],
    ],
    [
      'RESOLVED:\n\n1)    That the fees be approved.\n2)    That the Director be given delegated authority to set concessions.',
      [
        { number: '1', text: 'the fees be approved.', kind: 'approved' },
        { number: '2', text: 'the Director be given delegated authority to set concessions.', kind: 'delegated' },
      ],
    ],
    // Bracketed letters inside one clause, the first after "that", each starting lower case.
    [
      'RESOLVED – that (A) the report be received; and (B) items from the work programme be included within the new scrutiny system.',
      [
        { number: 'A', text: 'the report be received', kind: 'other' },
        { number: 'B', text: 'items from the work programme be included within the new scrutiny system.', kind: 'other' },
      ],
    ],
    // Letters naming places inside a clause are not clause numbers.
    [
      'RESOLVED that the schemes at (a) the north depot and (b) the south depot be approved.',
      [{ number: null, text: 'the schemes at (a) the north depot and (b) the south depot be approved.', kind: 'approved' }],
    ],
  ])('%j', (snippet, expected) => {
    expect(resolutions(snippet)).toEqual(expected);
  });
});

describe('resolutions: kind from the main verb', () => {
  it.each<[string, string]>([
    ['the report be noted.', 'noted'],
    ['the capital programme be approved.', 'approved'],
    ['the Statement of Community Involvement be adopted.', 'adopted'],
    ['the Committee recommend to Council that the fees be increased.', 'recommended'],
    ['officers be requested to bring a further report.', 'requested'],
    ['authority be delegated to the Head of Legal Services to complete the lease.', 'delegated'],
    ['consideration of the application be deferred for a site visit.', 'deferred'],
    ['planning permission be granted subject to conditions.', 'granted'],
    ['planning permission be refused.', 'refused'],
    ['the motion be rejected.', 'rejected'],
  ])('RESOLVED that %s → %s', (clause, kind) => {
    const r = resolutions(`RESOLVED that ${clause}`);
    expect(r).toHaveLength(1);
    expect(r[0].kind).toBe(kind);
    expect(r[0].text).toBe(clause);
  });
});

describe('resolutions: text that must NOT yield a resolution', () => {
  it.each<string>([
    'Officers resolved the complaint before the meeting.',
    'The issue was resolved by the contractor in March.',
    'The minutes of the meeting held on 4 May 2021 were agreed and signed as a correct record.',
    'RECEIVED.',
    'NOTED',
    'The Board noted the update.',
    'The Committee is asked to approve the revised Code of Conduct.',
    'Members were asked to note the contents of the report.',
    'The report recommended that the Cabinet approve the strategy.',
    'Councillor Hart proposed that the application be refused but the motion was not seconded.',
    'The Panel noted the report.',
    'The Chair reminded Members that the Council had RESOLVED in 2019 to declare a climate emergency.',
  ])('%j', (snippet) => {
    expect(resolutions(snippet)).toEqual([]);
  });
});

// Rows the parser does not meet yet, with the annotator's expectation. Skipped
// unless PENDING=1 so the suite stays green; each is on the lead's bug list.
describe('former bug list, now fixed', () => {
  // "After a short discussion it was RESOLVED" at line start: the (following|after) prefix is lower-case only.
  it('After a short discussion it was RESOLVED …', () => {
    expect(resolutions('After a short discussion it was RESOLVED that the fees be approved.')).toEqual([{ number: null, text: 'the fees be approved.', kind: 'approved' }]);
  });
  // The noun "requests" wins over the verb "be approved": kind comes out "requested".
  it('kind of "the carry-forward requests be approved"', () => {
    expect(resolutions('RESOLVED that the carry-forward requests be approved.')).toEqual([{ number: null, text: 'the carry-forward requests be approved.', kind: 'approved' }]);
  });
});

// Fixed on main (merged 227a416): formerly on the bug list, now specified.
describe('fixed since the last bug list', () => {
  // "It was RESOLVED" with a capital I (yielded nothing before main 227a416).
  it('It was RESOLVED that …', () => {
    expect(resolutions('It was RESOLVED that the report be noted.')).toEqual([{ number: null, text: 'the report be noted.', kind: 'noted' }]);
  });
});
