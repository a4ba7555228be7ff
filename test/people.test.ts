// People: written forms of one person resolve to one id; different people
// never share one; attendance facts land on the right person.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { nameParts, readName, sameName } from '../src/extract/util/person-names.js';

describe('person-names: readName', () => {
  const CASES: [string, string | null, string][] = [
    ['Cr Leigh Bowden Council adjourn for Open Forum.', 'Cr Leigh Bowden', 'Council adjourn for Open Forum.'],
    ['councillor mcdonell', 'councillor mcdonell', ''],
    ['Councillor J Kent and seconded by', 'Councillor J Kent', 'and seconded by'],
    ['Mr. Dipak Dattani, Director', 'Mr. Dipak Dattani', 'Director'],
    ['Councillor Mac Cafferty (Chair)', 'Councillor Mac Cafferty', '(Chair)'],
    ['The Committee noted the report', null, ''],
    ['Members asked', null, ''],
  ];
  for (const [text, name, rest] of CASES) {
    it(`${text} → ${name}`, () => {
      const r = readName(text);
      if (name === null) expect(r).toBeNull();
      else expect(r).toEqual({ name, rest: expect.stringContaining(rest) });
    });
  }
});

describe('person-names: sameName', () => {
  const same = (a: string, b: string): boolean => sameName(nameParts(a)!, nameParts(b)!);
  it('initials and bare surnames match the full name', () => {
    expect(same('Councillor J Kent', 'Cllr Kent')).toBe(true);
    expect(same('Councillor J Kent', 'Mr Kent')).toBe(true);
    expect(same('Councillor John Kent', 'Councillor J. Kent')).toBe(true);
    expect(same('COUNCILLOR DHILLON', 'Councillor Raj Dhillon')).toBe(true);
  });
  it('different first names, surnames or honorific genders do not', () => {
    expect(same('Councillor John Kent', 'Councillor Jane Kent')).toBe(false);
    expect(same('Mr Cole', 'Mrs Cole')).toBe(false);
    expect(same('Councillor J Kent', 'Councillor J Kemp')).toBe(false);
  });
  it('keeps surname particles', () => {
    expect(nameParts('Councillor Phélim Mac Cafferty')).toEqual({ honorific: 'Councillor', given: ['phélim'], surname: 'mac cafferty' });
  });
});

describe('people: one id per person across the document', () => {
  const text = [
    'PRESENT: Councillor J Kent (Chairman), Mrs A Cole, Mr B Cole, Councillor P Singh',
    '',
    '1. Declarations of Interest',
    '',
    'Cllr Kent declared a personal interest in Item 2.',
    '',
    '2. Library Review',
    '',
    'Mr Kent introduced the report.',
    '',
    'Councillor Singh queried the opening hours.',
    '',
    'Moved: Cllr Singh Seconded: Mrs Cole',
    '',
    'That the review be approved.',
    '',
    'CARRIED',
    '',
    'Cole arrived late.',
  ].join('\n');
  const doc = parseMinutes(text).document;

  it('numbers people in first-mention order', () => {
    expect(doc.people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Councillor J Kent'],
      ['p2', 'Mrs A Cole'],
      ['p3', 'Mr B Cole'],
      ['p4', 'Councillor P Singh'],
    ]);
    expect(doc.people[0]).toMatchObject({ role: 'Chairman', mentions: ['Councillor J Kent', 'Cllr Kent', 'Mr Kent'] });
  });

  it('stamps the same id on attendance, declarations, presenters, askers and movers', () => {
    const item = doc.items.find((i) => i.number === '2')!;
    expect(doc.meeting.present.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(doc.declarations[0].memberId).toBe('p1');
    expect(item.presenters[0].id).toBe('p1');
    expect(item.questions[0].askerId).toBe('p4');
    expect(item.motions[0]).toMatchObject({ moverId: 'p4', seconderId: 'p2' });
  });

  it('gives the same output on every run', () => {
    expect(parseMinutes(text).document.people).toEqual(doc.people);
  });
});

describe('attendance facts', () => {
  it('records late arrivals, early departures and substitutes on the person, without warnings', () => {
    const text = [
      'PRESENT: Councillor Ann Hill (Chair), Councillor Raj Bose, Councillor Tom Lee (substitute for Councillor Kay Orr), Councillor Di Marsh',
      '',
      '1. Planning Update',
      '',
      'Councillor Bose arrived at 7.15 pm.',
      '',
      'Councillor Marsh left the meeting at this point.',
      '',
      '2. Any Other Business',
      '',
      'Councillor Hill left the meeting at 9.05 pm and did not return.',
    ].join('\n');
    const doc = parseMinutes(text).document;
    const byName = Object.fromEntries(doc.meeting.present.map((p) => [p.name, p]));
    expect(byName['Councillor Raj Bose'].arrived).toBe('at 7.15 pm');
    expect(byName['Councillor Di Marsh'].departed).toBe('at this point (item 1)');
    expect(byName['Councillor Ann Hill'].departed).toBe('at 9.05 pm');
    expect(byName['Councillor Tom Lee'].substitute).toBe(true);
    expect(byName['Councillor Ann Hill'].substitute).toBeUndefined();
    expect(doc.warnings).toEqual([]);
    // The sentence's form of the name joins the person's mentions.
    expect(doc.people.find((p) => p.id === byName['Councillor Raj Bose'].id)?.mentions).toEqual(['Councillor Raj Bose', 'Councillor Bose']);
  });

  it('records a substitution sentence on the listed member, and adds nobody', () => {
    const text = 'PRESENT: Councillor Eve Park, Councillor Sam Roy\n\n1. Substitutes\n\nCouncillor Roy substituted for Councillor Nia Wood.\n\nCouncillor Zed Quinn arrived at 8 pm.';
    const doc = parseMinutes(text).document;
    expect(doc.meeting.present.map((p) => [p.name, p.substitute ?? false])).toEqual([
      ['Councillor Eve Park', false],
      ['Councillor Sam Roy', true],
    ]);
  });
});

describe('attendance: apologies written as sentences', () => {
  const CASES: [string, string, (string | null)[]][] = [
    ['an apology for absence', '1. Apologies\n\nAn apology for absence was received from Councillor Rhys Owen.', ['Councillor Rhys Owen']],
    ['plural councillors with bare surnames', '1. Apologies\n\nApologies were received from Councillors Pryce, Lowe and M Dunn.', ['Pryce', 'Lowe', 'M Dunn']],
    ['a sentence wrapped over lines', '1. Apologies\n\nThe Clerk reported apologies from Mr Abbot, Mrs\nBell and Ms Carr.', ['Mr Abbot', 'Mrs Bell', 'Ms Carr']],
    ['"Received from" under an Apologies heading', 'Apologies for absence\n\nReceived from Councillors Ann Fry and Tom Gale (members of the Committee).', ['Ann Fry', 'Tom Gale']],
    ['post-nominals and a second "from"', '1. Apologies\n\nApologies were received from Jane Roe AM and from Peter Marsh, OBE.', ['Jane Roe', 'Peter Marsh']],
    ['a member who gave apologies but attended virtually', '1. Apologies\n\nApologies were received from Mr Hale.\n\nMrs Dunne had given her formal apologies but joined online.', ['Mr Hale', 'Mrs Dunne']],
    ['Deputy as a title before a full name', '1. Apologies\n\nApologies for absence were received from Deputy Ruth Kemp and Alan Ward.', ['Deputy Ruth Kemp', 'Alan Ward']],
    ['a substitution clause after the name', '1. Apologies\n\nApologies were received from Dana Fox who was substituted by Lee Hart.', ['Dana Fox']],
    ['an apology for lateness is not an apology for absence', '1. Apologies\n\nAn apology for lateness was received from Councillor Ivy Shaw.', []],
  ];
  for (const [name, text, expected] of CASES) {
    it(name, () => expect(parseMinutes(text).document.meeting.apologies.map((p) => p.name)).toEqual(expected));
  }
});

describe('attendance: list layouts', () => {
  it('two columns side by side: members on the left, staff on the right', () => {
    const text = [
      'MEMBERS PRESENT    CITY STAFF',
      'His Worship Mayor Okoro    Ms. J. Tran, City Clerk',
      'The Speaker, Councillor Vance    Mr. P. Dube,  Director of Finance',
      'Deputy Speaker Councillor Ruiz',
      'Councillor Abara',
      '',
      '1. Rezoning - 12 Elm Street  ADOPTED',
    ].join('\n');
    const m = parseMinutes(text).document.meeting;
    expect(m.present.map((p) => [p.name, p.role])).toEqual([
      ['Mayor Okoro', null],
      ['Councillor Vance', 'The Speaker'],
      ['Councillor Ruiz', 'Deputy Speaker'],
      ['Councillor Abara', null],
    ]);
    expect(m.inAttendance.map((p) => [p.name, p.role])).toEqual([
      ['Ms. J. Tran', 'City Clerk'],
      ['Mr. P. Dube', 'Director of Finance'],
    ]);
  });

  it('a second "Present:" after members and regrets lists staff; a meeting in two parts lists members once', () => {
    const text = [
      'Public Meeting',
      'Present: Mayor Ann Kerr and Councillors Bo Lind, Cy Moss.',
      'Regrets: Di Nash, Councillor',
      'Present: CAO-Clerk Eve Pratt.',
      '',
      'Council Meeting',
      'Present: Mayor Ann Kerr and Councillors Bo Lind, Cy Moss.',
      '',
      '1. Minutes',
      '',
      'R2023-10 B. Lind, C. Moss: That the minutes be adopted. Carried.',
    ].join('\n');
    const m = parseMinutes(text).document.meeting;
    expect(m.present.map((p) => p.name)).toEqual(['Mayor Ann Kerr', 'Bo Lind', 'Cy Moss']);
    expect(m.apologies.map((p) => [p.name, p.role])).toEqual([['Di Nash', 'Councillor']]);
    expect(m.inAttendance.map((p) => p.name)).toEqual(['CAO-Clerk Eve Pratt']);
  });
});
