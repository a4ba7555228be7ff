// The sentence rules of the presenters extractor run only on sentences that
// pass PRESENTING_GATE, derived from the verb lists their patterns are built
// from. Property: no sentence one of those patterns matches fails the gate.
// Sentences are generated from the presenter rules' own examples with words
// swapped for presenting-lexicon words, case changes and dropped words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASKED_TO_PRESENT,
  ATTENDING_GATE,
  INVITED_PASSIVE,
  INVITED_TO_PRESENT,
  INVITED_VERB_GATE,
  INVITED_WORD_GATE,
  RECEIVING_GATE,
  THANKED_WORD_GATE,
  WELCOMED,
  WELCOMED_WORD_GATE,
  REPORTED_BY_HINT,
  REPORT_FORM_GATE,
  STATEMENT_TITLE,
  ROLE_REPORT_TITLE,
  STATEMENT_TITLE_GATE,
  RECEIVED_FROM,
  THANKED_FOR_GATE,
  THANKED_FOR_PRESENTING,
  ASKING_GATE,
  ASKING_WORD,
  DASH_REPORTED_HINT,
  DASH_REPORT_GATE,
  POSSESSIVE_REPORT,
  PRESENTED_BY,
  PASSIVE_BY_GATE,
  SPACED_BY,
  PRESENTING_GATE,
  PRESENTING_VERB_GATE,
  SUBJECT_VERB,
  WHO_PRESENTED,
  PEOPLE_LIST_LEAD_IN,
  PEOPLE_LIST_LEAD_IN_GATE,
  PRESENTER_LABEL,
  PRESENTER_LABEL_GATE,
  POST_HEAD_GATE,
  SENTENCE_RULE_GATE,
} from '../src/extract/presenters/patterns.js';
import { NAME_BEFORE_ROLE, anySentenceOpens, endsBeforeRole, holdsPresentingAttendance, listedPeople, roleMentions } from '../src/extract/presenters.js';
import { escapeRegex } from '../src/lexicon/index.js';
import { looksLikeRole } from '../src/tokenize/names.js';
import { PLURAL_TITLES, PRESENTER_LABELS, PRESENTER_LIST_LEAD_INS, ROLE_HEADS } from '../src/lexicon/index.js';
import { PRESENTING_ATTENDANCE } from '../src/tokenize/patterns.js';
import { definedRules } from '../src/rules/define.js';
import * as PRESENTING from '../src/lexicon/presenting.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(PRESENTING);
const filler = ['the', 'Ms Jane Roe', 'Head of Housing', 'Members', 'report', 'by', 'was', 'who', ',', 'an', 'update'];
const PATTERNS = [SUBJECT_VERB, PRESENTED_BY, POSSESSIVE_REPORT, WHO_PRESENTED];

describe('presenting gate', () => {
  const examples = definedRules()
    .filter((r) => r.stage === 'presenter')
    .flatMap((r) => [...r.examples.valid, ...r.examples.invalid])
    .flatMap((e) => e.split(/\n+/))
    .filter((line) => line.length > 20 && line.length < 300);

  /** How many variants of the examples `applies` to, each of which must satisfy `holds` (`numRuns` variants drawn from `seed`). */
  const checkedVariants = (applies: (text: string) => boolean, holds: (text: string) => boolean, numRuns: number, seed: number): number => {
    let applied = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        if (!applies(text)) return true;
        applied++;
        return holds(text);
      }),
      { numRuns, seed },
    );
    return applied;
  };

  it('no sentence a presenting pattern matches fails the gate', () => {
    const matched = checkedVariants((text) => PATTERNS.some((p) => p.test(text)), (text) => PRESENTING_GATE.test(text), 1000, 9);
    expect(matched).toBeGreaterThan(50);
  });

  it('passes presenting sentences and rejects others', () => {
    expect(PRESENTING_GATE.test('The Head of Finance took Members through the budget.')).toBe(true);
    expect(PRESENTING_GATE.test("The Clerk's report was received.")).toBe(true);
    expect(PRESENTING_GATE.test('Members discussed the parking charges at length.')).toBe(false);
  });

  it('the cheap looks fromSentence takes before a pattern pass every sentence the pattern matches', () => {
    // A spaced "by" and a passive verb before PRESENTED_BY, an apostrophe before POSSESSIVE_REPORT, "who" before WHO_PRESENTED.
    const looks: [RegExp, (text: string) => boolean][] = [
      [PRESENTED_BY, (t) => SPACED_BY.test(t) && PASSIVE_BY_GATE.test(t)],
      [POSSESSIVE_REPORT, (t) => t.includes("'") || t.includes('’')],
      [WHO_PRESENTED, (t) => t.includes('who') && PRESENTING_VERB_GATE.test(t)],
      [SUBJECT_VERB, (t) => PRESENTING_VERB_GATE.test(t)],
      // The invitation, thanks and receiving rules' looks.
      [INVITED_TO_PRESENT, (t) => INVITED_VERB_GATE.test(t) && INVITED_WORD_GATE.test(t)],
      [INVITED_PASSIVE, (t) => INVITED_VERB_GATE.test(t) && INVITED_WORD_GATE.test(t)],
      [ASKED_TO_PRESENT, (t) => INVITED_VERB_GATE.test(t) && ASKING_GATE.test(t)],
      [THANKED_FOR_PRESENTING, (t) => THANKED_FOR_GATE.test(t) && THANKED_WORD_GATE.test(t)],
      [RECEIVED_FROM, (t) => RECEIVING_GATE.test(t) && (t.includes('receiv') || t.includes('heard')) && t.includes('from')],
      [WELCOMED, (t) => WELCOMED_WORD_GATE.test(t)],
    ];
    const matched = looks.map(() => 0);
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler))), (text) =>
        looks.every(([pattern, look], k) => {
          if (!pattern.test(text)) return true;
          matched[k]++;
          return look(text);
        }),
      ),
      { numRuns: 6000, seed: 10 },
    );
    expect(matched.every((n) => n > 2), `matched: ${matched.join(" ")}`).toBe(true);
  });

  it('the dash-report and asking gates pass every sentence their patterns match', () => {
    const verbs = ['Reported', 'Updated', 'Presented', 'Gave', 'Provided', 'Outlined', 'Introduced', 'asked', 'called', 'requested', 'invited', 'REPORTED'];
    const dashes = ['-', '–', '—', ' - ', ' – ', '—\n', ''];
    const around = ['', 'County Councillor R Vane ', '2.1 Mr Lee ', 'The Chair ', '(', 'é', '5'];
    const after = ['', ' that the road was closed.', '.', 'ly', '5', ' upon Ms Roe to present'];
    let dash = 0;
    let asking = 0;
    fc.assert(
      fc.property(fc.constantFrom(...around), fc.constantFrom(...dashes), fc.constantFrom(...verbs), fc.constantFrom(...after), (a, d, v, z) => {
        const text = `${a}${d}${v}${z}`;
        if (DASH_REPORTED_HINT.test(text)) {
          dash++;
          if (!DASH_REPORT_GATE.test(text)) return false;
        }
        if (ASKING_WORD.test(text)) {
          asking++;
          if (!ASKING_GATE.test(text)) return false;
        }
        return true;
      }),
      { numRuns: 2000, seed: 12 },
    );
    expect(dash).toBeGreaterThan(50);
    expect(asking).toBeGreaterThan(50);
  });

  it('a stretch of text the name-before-role pattern matches ends as endsBeforeRole looks for', () => {
    const names = ['Jane Roe', 'Cllr A Reid', 'Ms Rhoda Finch', 'Dr Rhian Vos', 'J Kent', 'report'];
    const joins = [',', ', ', ' , ', '(', ' ( ', ', the ', '(the ', ',\tthe\n', ' the ', ', the', ',the ', ' ', '', ', tithe '];
    const before = ['', 'Present: ', 'The Chair welcomed ', 'and '];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...before), fc.constantFrom(...names), fc.constantFrom(...joins), (b, n, j) => {
        const text = `${b}${n}${j}`;
        if (!NAME_BEFORE_ROLE.test(text)) return !endsBeforeRole(text) || /[,(]\s*(?:the\s+)?$/.test(text);
        matched++;
        return endsBeforeRole(text);
      }),
      { numRuns: 500, seed: 13 },
    );
    expect(matched).toBeGreaterThan(20);
    expect(endsBeforeRole('The Head of Planning introduced the report. The ')).toBe(false);
    expect(endsBeforeRole('Jane Roe, the ')).toBe(true);
  });

  it('presenting attendance is found sentence by sentence as in the whole paragraph, behind its noun gate', () => {
    const leads = ['in attendance', 'present', 'attended', 'attended the meeting', 'attending', 'In Attendance', 'PRESENT'];
    const tails = ['to present this item', 'to introduce the report', 'to speak to the item', 'for this item', 'for the Item', 'for this item only', 'to present the reports', 'for this itemised list'];
    const others = ['', 'The Chair opened the meeting. ', 'Mr. A. Reid and Dr Vos were ', 'Cllr J. Kent, Head of Finance, ', 'Noted. '];
    const ends = ['', '.', ': Ms Roe.', ' The report was noted.', '! Then.'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...others), fc.constantFrom(...leads), fc.constantFrom(' ', '\n', '  '), fc.constantFrom(...tails), fc.constantFrom(...ends), (a, lead, sp, tail, z) => {
        const text = `${a}${lead}${sp}${tail}${z}`;
        const whole = PRESENTING_ATTENDANCE.test(text);
        if (whole) matched++;
        if (whole && !ATTENDING_GATE.test(text)) return false;
        return holdsPresentingAttendance(text) === whole;
      }),
      { numRuns: 1000, seed: 14 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  it('a title either title pattern matches passes the statement title gate', () => {
    const words = [...PRESENTING.STATEMENT_TITLE_WORDS, 'Announcements', 'Communications', 'Statement', 'Remarks', 'Minutes', 'Items'];
    const leads = ['', 'Mayor’s ', "Chair's ", 'The Treasurer’s ', "CLERK'S ", '4. Lord Mayor’s ', 'Special ', 'Chairs ', 'Clerks monthly '];
    const tails = ['', ' from the Mayor', ' by the Leader', ' of the Chair', ' and Questions', '.', 's', ' 2024'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.constantFrom(...words), fc.constantFrom('same', 'upper', 'lower'), fc.constantFrom(...tails), (a, w, casing, z) => {
        const word = casing === 'upper' ? w.toUpperCase() : casing === 'lower' ? w.toLowerCase() : w;
        const title = `${a}${word}${z}`;
        if (!STATEMENT_TITLE.test(title) && !ROLE_REPORT_TITLE.test(title)) return true;
        matched++;
        return STATEMENT_TITLE_GATE.test(title);
      }),
      { numRuns: 2000, seed: 15 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  it('a paragraph the report-form hint matches has a sentence that opens the report-form gate', () => {
    const before = ['', 'Dana Quill, Harbour Superintendent ', 'Noted. Mr. A. Reid, Clerk ', 'The accounts were agreed! J Kent, Treasurer '];
    const dashes = ['–', '—', '-', '- ', '—\n'];
    const forms = ['verbal', 'written', 'oral', 'verbally', 'Verbal', 'orals'];
    const after = ['', ' and written report', ' report.', '. The report was noted.', '5', '’s'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...before), fc.constantFrom(...dashes), fc.constantFrom(' ', '  ', '\t'), fc.constantFrom(...forms), fc.constantFrom(...after), (b, d, sp, f, a) => {
        const text = `${b}${d}${sp}${f}${a}`;
        if (!REPORTED_BY_HINT.test(text)) return true;
        matched++;
        return anySentenceOpens(text, REPORT_FORM_GATE);
      }),
      { numRuns: 1000, seed: 16 },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it('an opening paragraph read as a list of people with posts opens the post-head gate', () => {
    const names = ['Jane Roe', 'Cllr A Reid', 'Ms Rhoda Finch', 'Ames', 'Bell', 'Dr Rhian Vos', 'Kwame Mensah'];
    const posts = [...ROLE_HEADS.slice(0, 40), 'Head of Housing', 'Planning Manager', 'the Clerk', 'The Chief Executive', 'Fire Chief', 'director', 'Directorate', 'Headteachers', 'Councillor'];
    const joins = [', ', ' – ', ' (', ') ', ' and ', '; ', ' · ', ' '];
    const leads = ['', ...PLURAL_TITLES.slice(0, 6).map((t) => `${t} `), 'Present: '];
    let listed = 0;
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...joins), fc.constantFrom(...posts), fc.constantFrom(...joins)), { minLength: 1, maxLength: 3 }), (lead, parts) => {
        const text = lead + parts.map(([n, j, p, k]) => `${n}${j}${p}${k}`).join('').trim();
        const people = listedPeople(text);
        if (!people || !people.every((p) => p.role !== null && looksLikeRole(p.role))) return true;
        listed++;
        return anySentenceOpens(text, POST_HEAD_GATE);
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(listed).toBeGreaterThan(200);
    expect(anySentenceOpens('Jane Roe, Head of Housing', POST_HEAD_GATE)).toBe(true);
    expect(anySentenceOpens('The meeting opened at 7pm with a minute of silence', POST_HEAD_GATE)).toBe(false);
  });

  it('a paragraph the lead-in or label pattern matches opens its gate', () => {
    const cases = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]);
    const leads = ['', '4.1 ', 'The Chair ', 'the chairman '];
    const ends = ['', ':', ' the Council:', '.', ' for this item only', 's:', ': Jane Roe, Head of Housing', ' : Ms Roe', 'Officer: Ms Roe'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...leads), fc.constantFrom(...cases(PRESENTER_LIST_LEAD_INS), ...cases(PRESENTER_LABELS)), fc.constantFrom(' ', '  ', '\t'), fc.constantFrom(...ends), (a, phrase, sp, z) => {
        const text = `${a}${phrase.replace(/ /g, sp)}${z}`;
        if (PEOPLE_LIST_LEAD_IN.test(text)) {
          matched++;
          if (!anySentenceOpens(text, PEOPLE_LIST_LEAD_IN_GATE)) return false;
        }
        if (PRESENTER_LABEL.test(text)) {
          matched++;
          if (!anySentenceOpens(text, PRESENTER_LABEL_GATE)) return false;
        }
        return true;
      }),
      { numRuns: 3000, seed: 18 },
    );
    expect(matched).toBeGreaterThan(500);
  });

  it('a sentence that opens any sentence rule’s gate opens the gate before them all', () => {
    const gates = [PRESENTING_GATE, DASH_REPORT_GATE, INVITED_WORD_GATE, ASKING_GATE, RECEIVING_GATE, WELCOMED_WORD_GATE, THANKED_WORD_GATE];
    const open = checkedVariants((text) => gates.some((g) => g.test(text)), (text) => SENTENCE_RULE_GATE.test(text), 2000, 19);
    expect(open).toBeGreaterThan(500);
    expect(SENTENCE_RULE_GATE.test('The Chair thanked everyone for attending.')).toBe(true);
    expect(SENTENCE_RULE_GATE.test('Members discussed the parking charges at length.')).toBe(false);
  });

  it('the mentions of a role are where the pattern \\b<role> finds them', () => {
    const roles = ['Clerk', 'Head of Planning', 'Chief  Executive', 'Director (Place)', '(Interim) Director', 'R.F.O.', 'Officer Officer', 'Clerk ', ' Clerk', '_Lead', 'Ca\u00f1ada Manager'];
    const pieces = ['', ' ', 'The ', 'Clerk', 'Clerks', 'the Clerk', 'Head of', 'Head  of\nPlanning', ' Planning', 'Chief\tExecutive', 'Director (Place)', '(Interim) Director', 'xClerk', '_Clerk', '2Clerk', 'R.F.O.', 'R.F.O.s', 'Officer Officer Officer', ', ', '(', '\n', 'Lead', '_Lead', 'Ca\u00f1ada Manager', '\u00e9Clerk'];
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (role, parts) => {
        const text = parts.join('');
        const pattern = new RegExp(`\\b${escapeRegex(role).replace(/\s+/g, '\\s+')}`, 'g');
        const expected = [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
        expect(roleMentions(role, text)).toEqual(expected);
      }),
      { numRuns: 4000, seed: 20 },
    );
  });

  it('endsBeforeRole reads a stretch of text as trimming it would', () => {
    // The reading it replaced: the text trimmed at its end, then an optional "the" and its white space.
    const trimmed = (text: string): boolean => {
      const end = text.trimEnd();
      if (end.endsWith(',') || end.endsWith('(')) return true;
      if (end.length === text.length || !end.endsWith('the')) return false;
      const beforeThe = end.slice(0, -3).trimEnd();
      return beforeThe.endsWith(',') || beforeThe.endsWith('(');
    };
    const parts = ['', ' ', '\u00a0', '\n', '\t', '\u2003', '\ufeff', ',', '(', 'the', 'The', 'ithe', 'x', 'Jane Roe', ')', '\u180e'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 8 }), (bits) => {
        const text = bits.join('');
        return endsBeforeRole(text) === trimmed(text);
      }),
      { numRuns: 5000, seed: 21 },
    );
  });
});
