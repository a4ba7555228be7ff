// Phrasing matrices: the ways minutes name a person crossed with the ways they
// record presenting, asking, undertaking and deciding. A family is only a family
// if every form of its subject works with every form of its verb: each cell is
// one sentence in a small invented document, with the record it must give.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import type { AgendaItem } from '../src/schema/document.js';

/** The item "2. Local Plan Review" of a small document holding `body` under it, a discussion and a decision. */
function reviewItem(body: string): AgendaItem {
  const text = `MINUTES OF THE PLANNING COMMITTEE\nheld on Tuesday 4 March 2025\n\n1. Apologies\n\nNone.\n\n2. Local Plan Review\n\n${body}\n\nThe Committee discussed the timetable at length.\n\nRESOLVED: That the report be noted.\n`;
  const item = parseMinutes(text, {}).document.items.find((i) => i.title === 'Local Plan Review');
  if (!item) throw new Error('no review item');
  return item;
}

const cells = <S, V>(subjects: readonly S[], verbs: readonly V[]): Array<[S, V]> => subjects.flatMap((s) => verbs.map((v): [S, V] => [s, v]));

describe('presenters: every way of naming the presenter with every presenting phrase', () => {
  const subjects: ReadonlyArray<[string, { name: string | null; role: string | null }]> = [
    ['The Head of Planning', { name: null, role: 'Head of Planning' }],
    ['Jane Smith, Head of Planning,', { name: 'Jane Smith', role: 'Head of Planning' }],
    ['Jane Smith (Head of Planning)', { name: 'Jane Smith', role: 'Head of Planning' }],
    ['The Head of Planning, Jane Smith,', { name: 'Jane Smith', role: 'Head of Planning' }],
    // A post after "the", set off by commas, is the appositive of the name before it, not a second presenter.
    ['Jane Smith, the Planning Policy Manager,', { name: 'Jane Smith', role: 'Planning Policy Manager' }],
    ["Owen Hale, the Council's Highways Manager,", { name: 'Owen Hale', role: "Council's Highways Manager" }],
    ['Ms Smith', { name: 'Ms Smith', role: null }],
    ['Councillor Jane Smith', { name: 'Councillor Jane Smith', role: null }],
    ['The Cabinet Member for Planning, Councillor Jane Smith,', { name: 'Councillor Jane Smith', role: 'Cabinet Member for Planning' }],
    ['Mrs J Smith (Principal Planning Officer)', { name: 'Mrs J Smith', role: 'Principal Planning Officer' }],
    ['The Chief Executive', { name: null, role: 'Chief Executive' }],
    ['The Clerk', { name: null, role: 'Clerk' }],
    // A post's initials before a full name are the post, not a title: "CAO Réjean Bérard".
    ['CAO Réjean Bérard', { name: 'Réjean Bérard', role: 'CAO' }],
  ];
  const verbs = [
    'presented the report',
    'introduced the item',
    'gave a presentation on the review',
    'provided an update on the review',
    'updated the Committee on the review',
    'outlined the report',
    'spoke to the report',
    'took Members through the report',
    'summarised the report',
    'briefed Members on the review',
    'gave a verbal update on the review',
    'submitted a report on the review',
    'presented the findings of the review',
  ];
  it.each(cells(subjects, verbs))('%s … %s', ([subject, want], verb) => {
    expect(reviewItem(`${subject} ${verb}.`).presenters.map(({ name, role }) => ({ name, role }))).toEqual([want]);
  });

  it('a name is read inside one line of the item: the title above is not part of it', () => {
    const item = reviewItem('Jane Smith, the Planning Policy Manager, presented the report.');
    expect(item.presenters.map((p) => p.name)).toEqual(['Jane Smith']);
  });

  it('two people each set off with their post, joined by "and"', () => {
    const item = reviewItem('Jane Smith, the Planning Policy Manager, and Owen Hale, the Highways Manager, presented the report.');
    expect(item.presenters.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'Jane Smith', role: 'Planning Policy Manager' },
      { name: 'Owen Hale', role: 'Highways Manager' },
    ]);
  });
});

describe('presenters: passive, relative and received forms, for every way of naming the presenter', () => {
  const people: ReadonlyArray<[string, { name: string | null; role: string | null }]> = [
    ['the Head of Planning', { name: null, role: 'Head of Planning' }],
    ['Jane Smith, Head of Planning', { name: 'Jane Smith', role: 'Head of Planning' }],
    ['Jane Smith (Head of Planning)', { name: 'Jane Smith', role: 'Head of Planning' }],
    ['Councillor Jane Smith', { name: 'Councillor Jane Smith', role: null }],
    // "for" goes on with a portfolio: it does not end the agent as "for the year" would.
    ['the Cabinet Member for Planning', { name: null, role: 'Cabinet Member for Planning' }],
  ];
  const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const forms: ReadonlyArray<(who: string) => string> = [
    (who) => `The report was presented by ${who}.`,
    (who) => `The report was introduced by ${who}.`,
    (who) => `A presentation was given by ${who}.`,
    (who) => `The Chair invited ${who} to present the report.`,
    (who) => `The Committee received a presentation from ${who}.`,
    (who) => `Members received a report from ${who}.`,
    (who) => `Introducing the report, ${who} said that the timetable had slipped.`,
    (who) => `${capital(who)}, who presented the report, said that the timetable had slipped.`,
    (who) => `${capital(who)} was in attendance to present the report.`,
    (who) => `The Committee was updated by ${who}.`,
    (who) => `Members were briefed by ${who}.`,
    (who) => `A verbal update was provided by ${who}.`,
    (who) => `The report, presented by ${who}, set out the timetable.`,
    (who) => `There was submitted a report by ${who}.`,
    (who) => `Report presented by ${who}.`,
    (who) => `The Committee heard from ${who}, who outlined the timetable.`,
    (who) => `Members then heard from ${who}, who introduced the report.`,
  ];
  it.each(cells(people, forms))('%s in form %#', ([who, want], form) => {
    expect(reviewItem(form(who)).presenters.map(({ name, role }) => ({ name, role }))).toEqual([want]);
  });

  // The author of a report the meeting considered did not present it.
  const authored: ReadonlyArray<(who: string) => string> = [(who) => `The Committee considered a report by ${who}.`, (who) => `The Committee considered the report of ${who}.`, (who) => `Report of ${who}.`];
  it.each(cells(people, authored))('not a presenter: %s in form %#', ([who], form) => {
    expect(reviewItem(form(who)).presenters).toEqual([]);
  });

  // One of the public heard by the meeting presents what a delegation brings, not the item.
  it.each([
    'The Committee heard from Mr Jones, a local resident, who presented a petition opposing the scheme.',
    'The Committee heard from Mr Dale, the applicant, who spoke in support of the application.',
  ])('not a presenter: %s', (sentence) => {
    expect(reviewItem(sentence).presenters).toEqual([]);
  });
});

describe('questions: every asker with every asking phrase', () => {
  const askers: ReadonlyArray<[string, string | null]> = [
    ['Councillor Jane Smith', 'Councillor Jane Smith'],
    ['Cllr Smith', 'Cllr Smith'],
    ['Cr Smith', 'Cr Smith'],
    ['Mr Smith', 'Mr Smith'],
    ['A Member', null],
    ['Members', null],
  ];
  const asking = [
    'asked whether the timetable could be brought forward',
    'queried the cost of the consultation',
    'enquired about the cost of the consultation',
    'sought clarification on the cost of the consultation',
    'asked how many responses had been received',
    'raised a question about the cost of the consultation',
    'questioned whether the timetable was realistic',
    'wanted to know when the plan would be adopted',
    'asked for an update on the housing numbers',
    'sought assurance that residents would be consulted',
    'asked if the plan covered the rural villages',
    'inquired as to the cost of the consultation',
    'queried why the timetable had slipped',
    'requested information on the cost of the consultation',
    'sought confirmation that residents would be consulted',
  ];
  it.each(cells(askers, asking))('%s … %s', ([subject, asker], phrase) => {
    const item = reviewItem(`${subject} ${phrase}. The Head of Planning responded that this would be considered.`);
    expect(item.questions.map((q) => ({ asker: q.asker, text: q.text }))).toEqual([{ asker, text: `${phrase}.` }]);
  });

  it.each(cells(askers, ['raised concerns about the cost of the consultation', 'commented that the plan was welcome']))('not a question: %s … %s', ([subject], phrase) => {
    expect(reviewItem(`${subject} ${phrase}.`).questions).toEqual([]);
  });
});

describe('actions: every owner with every way of taking on a task', () => {
  const owners = ['The Clerk', 'The Head of Planning', 'Councillor Smith', 'Officers', 'Jane Smith'];
  const undertakings = [
    'agreed to circulate the revised timetable to Members',
    'would circulate the revised timetable to Members',
    'undertook to circulate the revised timetable to Members',
    'offered to circulate the revised timetable to Members',
    'will circulate the revised timetable to Members',
    'was asked to circulate the revised timetable to Members',
    'to circulate the revised timetable to Members',
    'agreed to look into the matter and report back',
    'would follow up the issue with the highway authority',
    'was requested to contact the highway authority',
    'was tasked with contacting the highway authority',
    'committed to bringing a report to the next meeting',
    'is to contact the highway authority',
    'would bring a further report to the Committee in June',
  ];
  it.each(cells(owners, undertakings))('%s … %s', (owner, phrase) => {
    expect(reviewItem(`${owner} ${phrase}.`).actions).toHaveLength(1);
  });

  // What a later paper will hold, and a matter handed on elsewhere, are undertakings too.
  it.each(cells(owners, ['agreed that future reports would include data on responses by ward', 'confirmed that the next report would set out the costs']))('%s … %s', (owner, phrase) => {
    expect(reviewItem(`${owner} ${phrase}.`).actions).toHaveLength(1);
  });
  it.each(['The request will be referred to the 2026 budget deliberations.', 'The complaint would be passed on to the police.', 'RESOLVED: That a further update be provided to the Committee in July.', 'Agreed: Clerk to report the potholes on Mill Lane to the highway authority.'])('%s', (sentence) => {
    expect(reviewItem(sentence).actions).toHaveLength(1);
  });

  it.each(cells(owners, ['explained that the consultation had closed in January', 'said that the plan had been adopted']))('no task: %s … %s', (owner, phrase) => {
    expect(reviewItem(`${owner} ${phrase}.`).actions).toEqual([]);
  });
});

describe('resolutions: every way of recording a decision, beside a later RESOLVED of the same item', () => {
  const clause = 'the revised Local Plan timetable be approved';
  const decisions = [
    `RESOLVED: That ${clause}.`,
    `Resolved - That ${clause}.`,
    `AGREED: That ${clause}.`,
    `It was RESOLVED that ${clause}.`,
    `It was agreed that ${clause}.`,
    `The Committee resolved that ${clause}.`,
    `Members agreed that ${clause}.`,
    `RESOLVED (unanimously): That ${clause}.`,
    `Decision: That ${clause}.`,
    `Resolution: That ${clause}.`,
    `It was proposed by Cllr Smith, seconded by Cllr Jones and RESOLVED that ${clause}.`,
    `On the motion of Cllr Smith, seconded by Cllr Jones, it was resolved that ${clause}.`,
    // A carried motion is a decision of its own: the item's later "RESOLVED: That the report be noted" shares only
    // "the … be" with it and restates nothing.
    `Moved Cr Smith, seconded Cr Jones\n\nThat ${clause}.\n\nCARRIED`,
    `Moved by Councillor Smith and seconded by Councillor Jones that ${clause}. Carried.`,
    `Proposed: Cllr Smith\nSeconded: Cllr Jones\nThat ${clause}.\nCarried unanimously.`,
    `RESOLUTION 2025/114\n\nThat ${clause}.\n\nCARRIED`,
    `Motion: That ${clause}.\nMoved: Cr Smith Seconded: Cr Jones\nCarried`,
    // Mover and seconder parted by a slash after the label; a recommendation moved; the outcome after the vote.
    `Moved Cr Smith/Cr Jones\nThat ${clause}.\nCarried`,
    `The recommendation was moved by Cr Smith and seconded by Cr Jones.\nThat ${clause}.\nCarried`,
    `It was proposed by Councillor Smith and seconded by Councillor Jones that ${clause}.\nThis was put to the vote and agreed.`,
  ];
  it.each(decisions)('%s', (decision) => {
    expect(reviewItem(decision).resolutions.map((r) => r.text)).toEqual([`${clause}.`, 'the report be noted.']);
  });

  it.each([
    ['Moved Cr Smith/Cr Jones\nThat the fees be adopted.\nCarried', 'Cr Smith', 'Cr Jones'],
    ['The recommendation was moved by Cr Smith and seconded by Cr Jones.\nThat the fees be adopted.\nCarried', 'Cr Smith', 'Cr Jones'],
    // Mover and seconder after the wording, parted by a slash, with the outcome (New Zealand and Australian minutes).
    ['That the fees be adopted.\n\n(Smith/Jones) Carried', 'Smith', 'Jones'],
    ['That the fees be adopted.\n(Smith/Jones) Carried', 'Smith', 'Jones'],
    ['That the fees be adopted.\n\nMember Faleolo/Member Abercrombie          Carried', 'Member Faleolo', 'Member Abercrombie'],
  ])('the motion names its mover and seconder: %s', (decision, mover, seconder) => {
    expect(reviewItem(decision).motions.map((m) => [m.mover, m.seconder, m.outcome])).toEqual([[mover, seconder, 'carried']]);
  });

  it('a RESOLVED that restates the carried motion is that motion’s decision, not a second one', () => {
    const item = reviewItem(`Moved Cr Smith, seconded Cr Jones\n\nThat ${clause}.\n\nCARRIED`.replace('CARRIED', 'CARRIED\n\nRESOLVED: That the revised timetable be approved.'));
    expect(item.resolutions.map((r) => r.text)).toEqual(['the revised timetable be approved.', 'the report be noted.']);
  });
});
