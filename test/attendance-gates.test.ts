// The attendance extractors skip text cheaply before their full patterns:
// - applyAttendanceFacts reads only blocks and sentences that pass mayStateFact
//   (a key word of the arrival, departure and substitution phrases, whole);
// - readApologies reads only the paragraphs around lines that say "apolog…",
//   splits a paragraph into sentences only when something in it gives
//   apologies, and tries as apologies headings only lines that mention them.
// Property: no text a full pattern matches fails its pre-check, and the
// paragraphs read are those the whole document makes, so output is unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from './helpers.js';
import { FACT_PATTERNS, mayStateFact } from '../src/extract/attendance.js';
import { APOLOGIES_HEADING, GAVE_APOLOGIES, GIVES_APOLOGIES_ANYWHERE, MENTIONS_APOLOGIES, apologyStretches } from '../src/extract/attendance/apologies.js';
import { HAS_INLINE_LABEL_END, HEADER_LABEL, HEADER_LABEL_ALONE, INLINE_LABEL, INLINE_ONE_LABEL, mayOpenHeaderLabel } from '../src/extract/attendance/lists.js';
import { TRAILING_POST_NOMINALS, withoutPostNominals } from '../src/extract/attendance/entries.js';
import { POST_NOMINALS } from '../src/lexicon/index.js';
import * as ATTENDANCE from '../src/lexicon/attendance.js';
import { textToLines } from '../src/read/text.js';
import { toBlocks } from '../src/segment/blocks.js';
import { tokenize, type Token } from '../src/tokenize/classify.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(ATTENDANCE);
const filler = ['the', 'Councillor Jane Roe', 'Cllr A Bee', 'meeting', 'at', '7.15 pm', 'was', 'who', ',', 'for', 'item 5', '(Chair)'];

const FACT_EXAMPLES = [
  'Councillor Ann Vos arrived at 7.15 pm.',
  'At this point Cllr B Dee joined the meeting.',
  'Mr C Roe entered the chamber during item 4.',
  'Councillor D Tye was present from item 3.',
  'Cllr E Fay left the meeting at 9.30 pm and did not return.',
  'At 8.05 pm Councillor F Gee departed the meeting.',
  'Cllr G Hay retired from the meeting.',
  'Councillor H Ide withdrew from the meeting at this point.',
  'Councillor J Kay substituted for Councillor L May.',
  'Cllr N Oak attended as a substitute for Cllr P Rae.',
  'Councillor Q Sim was present as a substitute for Councillor R Toy.',
  'Cllr S Udo will substitute for Cllr T Vee.',
  'Councillor U Wax was substituted by Councillor V Yew.',
  'Members noted that Cllr W Zed who was substituted by Cllr X Ash sent apologies.',
];

describe('attendance facts pre-check', () => {
  it('no sentence a fact pattern matches fails mayStateFact', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...FACT_EXAMPLES.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', '\n']))), (text) => {
        const squashed = text.replace(/\s+/g, ' ');
        if (!FACT_PATTERNS.some((p) => p.test(squashed))) return true;
        matched++;
        return mayStateFact(text) && mayStateFact(squashed);
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  it('passes fact sentences and rejects others', () => {
    expect(mayStateFact('Councillor Ann Vos ARRIVED at 7.15 pm.')).toBe(true);
    expect(mayStateFact('Cllr B Dee was a substitute for Cllr C Roe.')).toBe(true);
    expect(mayStateFact('The minutes were approved as a correct record.')).toBe(false);
    // Whole words only: "leftover" and "presentation" state no fact.
    expect(mayStateFact('The leftover budget funds the presentation.')).toBe(false);
  });
});

const HEADING_EXAMPLES = ['3. Apologies for absence', 'APOLOGIES', 'Apologies for Absence and Substitutions:', 'Leave of Absence', 'To receive apologies - Cllr A Bee', '1.2 Apology: Councillor Ann Vos'];
const GAVE_EXAMPLES = ['Cllr Ines Faber sent her apologies.', 'Ms Tarrow had given her formal apologies', 'County Councillor Ewan Lusk has tendered his apologies for the meeting.'];

describe('apologies pre-checks', () => {
  it('no title APOLOGIES_HEADING matches fails MENTIONS_APOLOGIES', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...HEADING_EXAMPLES.map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        if (!APOLOGIES_HEADING.test(text.trim())) return true;
        matched++;
        return MENTIONS_APOLOGIES.test(text);
      }),
      { numRuns: 1000, seed: 7 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('no sentence GAVE_APOLOGIES matches fails GIVES_APOLOGIES_ANYWHERE', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...GAVE_EXAMPLES.map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        if (!GAVE_APOLOGIES.test(text)) return true;
        matched++;
        return GIVES_APOLOGIES_ANYWHERE.test(`The Chair opened the meeting. ${text} Noted.`);
      }),
      { numRuns: 2000, seed: 3 },
    );
    expect(matched).toBeGreaterThan(50);
  });

  // Every fixture document: the paragraphs built from the stretches around "apolog…" lines are the whole document's paragraphs that say it.
  const plain = (tokens: readonly Token[]): Token[] => tokens.map((t): Token => (t.kind === 'blank' ? t : { ...t, kind: 'text', text: t.line.text }));
  it('reads the same apologies paragraphs as the whole document makes', () => {
    let compared = 0;
    for (const { input: text } of fixtureCases()) {
      // Blank lines after unfinished lines ("…,") and lines cut short test where a stretch may end.
      for (const variant of [text, text.replace(/\.\n/g, ',\n'), text.replace(/\n\n/g, '\n\n\n')]) {
        const all = tokenize(textToLines(variant));
        const whole = toBlocks(plain(all)).filter((b) => /apolog/i.test(b.text));
        const mentions = all.flatMap((t, i) => (MENTIONS_APOLOGIES.test(t.line.text) ? [i] : []));
        const read = apologyStretches(all, mentions).flatMap(([from, to]) => toBlocks(plain(all.slice(from, to))).filter((b) => /apolog/i.test(b.text)));
        expect(read).toEqual(whole);
        compared += whole.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

const LIST_EXAMPLES = ['Cllr A Bee, Cllr C Dee. Apologies: Cllr E Fay', 'Mr G Hay and Mrs J Kay In attendance - Ms L May (Clerk)', 'Councillors Rowe and Vine ALSO PRESENT (2): Mr Yeo', 'I Láthair / Present: Cllr P Ruane Oifigigh – Mr D Lyons'];

describe('inline labels pre-check', () => {
  it('no list text INLINE_LABEL finds a label in fails HAS_INLINE_LABEL_END', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...LIST_EXAMPLES.map((e) => variantOf(e, [...ATTENDANCE.PRESENT_LABELS, ...ATTENDANCE.APOLOGY_LABELS, ...ATTENDANCE.IN_ATTENDANCE_LABELS], filler, [' ', '  ']))), (text) => {
        INLINE_LABEL.lastIndex = 0;
        if (!INLINE_LABEL.test(text)) return true;
        matched++;
        return HAS_INLINE_LABEL_END.test(text);
      }),
      { numRuns: 1000, seed: 13 },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it('a list text with no "/" or "|" is read the same by the one-label pattern', () => {
    const all = (re: RegExp, text: string): string[] => {
      re.lastIndex = 0;
      return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
    };
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(...LIST_EXAMPLES.map((e) => variantOf(e, [...ATTENDANCE.PRESENT_LABELS, ...ATTENDANCE.APOLOGY_LABELS, ...ATTENDANCE.IN_ATTENDANCE_LABELS], filler, [' ', '  ']))), (text) => {
        if (text.includes('/') || text.includes('|')) return true;
        compared++;
        return JSON.stringify(all(INLINE_ONE_LABEL, text)) === JSON.stringify(all(INLINE_LABEL, text));
      }),
      { numRuns: 1000, seed: 17 },
    );
    expect(compared).toBeGreaterThan(200);
  });
});

describe('post-nominals pre-check', () => {
  it('strips post-nominals exactly as the full pattern does', () => {
    const name = fc.constantFrom('Cllr Jane Roe', 'Mr R Love,', 'Nicholas Bennett', 'Dame Ada', '');
    const letters = fc.array(fc.constantFrom(...POST_NOMINALS, 'J.P.', 'J.P', 'Obe', 'JPs', 'X', '(Chair)'), { maxLength: 3 });
    const sep = fc.constantFrom(' ', ', ', '  ', ',');
    fc.assert(
      fc.property(name, letters, sep, (n, l, s) => {
        const text = [n, ...l].join(s);
        return withoutPostNominals(text) === text.replace(TRAILING_POST_NOMINALS, '');
      }),
      { numRuns: 2000, seed: 17 },
    );
  });
});

describe('header labels pre-check', () => {
  it('no line HEADER_LABEL or HEADER_LABEL_ALONE matches fails mayOpenHeaderLabel', () => {
    let matched = 0;
    const casing = fc.constantFrom('same', 'upper', 'lower');
    const after = fc.constantFrom('', ':', ' :', ': Cllr A Bee, Cllr C Dee', ' - Mr E Fay', ' (3): Cllr G Hay');
    fc.assert(
      fc.property(fc.constantFrom(...ATTENDANCE.HEADER_PRESENT_LABELS, 'Present', 'Minutes', '1. Chair'), casing, after, (label, c, a) => {
        const text = `${c === 'upper' ? label.toUpperCase() : c === 'lower' ? label.toLowerCase() : label}${a}`;
        if (!HEADER_LABEL.test(text) && !HEADER_LABEL_ALONE.test(text)) return true;
        matched++;
        return mayOpenHeaderLabel(text);
      }),
      { numRuns: 1000, seed: 19 },
    );
    expect(matched).toBeGreaterThan(300);
    expect(mayOpenHeaderLabel('The meeting opened at 7pm.')).toBe(false);
  });
});
