// The speed pre-checks of the attendance and meeting readers never change what they read:
// - labelOf tries the header label patterns only on lines whose leading words open a header label
//   (mayLeadWithHeaderLabel), and a numbered heading's label pattern only on titles whose leading words
//   open a line label or that hold "/" or "|" (mayBeLabelAlone);
// - readApologies finds the lines mentioning apologies (mentioningLines) as it did in its own loop;
// - parseEntries reads a text once for every document and gives each list's line to its people;
// - the dated title rule runs BODY_DASH_DATE only on lines with a dash before a digit (mayPairBodyAndDate).
// Property: wherever a full pattern matches, its pre-check passes; the shared readings equal fresh ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from './helpers.js';
import { MENTIONS_APOLOGIES, mentioningLines } from '../src/extract/attendance/apologies.js';
import { HEADER_LABEL, HEADER_LABEL_ALONE, mayBeLabelAlone, mayLeadWithHeaderLabel } from '../src/extract/attendance/lists.js';
import { parseEntries, parsePeople, parsePerson, rememberingEntries } from '../src/extract/attendance/entries.js';
import { BODY_DASH_DATE, mayPairBodyAndDate } from '../src/extract/meeting.js';
import { HEADER_PRESENT_LABELS, LABEL_QUALIFIERS } from '../src/lexicon/index.js';
import * as ATTENDANCE from '../src/lexicon/attendance.js';
import { ATTENDANCE_LINE_LABELS, matchAttendanceLabelAlone } from '../src/tokenize/patterns.js';
import { textToLines } from '../src/read/text.js';
import { tokenize } from '../src/tokenize/classify.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(ATTENDANCE);
const filler = ['the', 'Councillor Jane Roe', 'Cllr A Bee', 'meeting', ':', '-', '(3 members)', '/', '|', 'Present', 'remotely', '2025', '–'];

/** Every line of the fixture inputs, trimmed (the project's own documents: the tests never read ../shared). */
function corpusLines(): string[] {
  return fixtureCases().flatMap((c) => c.input.split(/\r?\n/).map((l) => l.trim()));
}
const LINES = corpusLines();

describe('header label pre-check', () => {
  it('passes every header label, in any case, with its separators', () => {
    for (const label of HEADER_PRESENT_LABELS) {
      for (const written of [label, label.toUpperCase(), label.toLowerCase()]) {
        for (const text of [written, `${written}:`, `${written}: Cllr A Bee`, `${written} - Cllr A Bee`]) {
          if (HEADER_LABEL.test(text) || HEADER_LABEL_ALONE.test(text)) expect(mayLeadWithHeaderLabel(text), text).toBe(true);
        }
      }
    }
  });

  it('no line a header label pattern matches fails it', () => {
    let matched = 0;
    for (const text of LINES) {
      if (!HEADER_LABEL.test(text) && !HEADER_LABEL_ALONE.test(text)) continue;
      matched++;
      expect(mayLeadWithHeaderLabel(text), text).toBe(true);
    }
    fc.assert(
      fc.property(fc.oneof(...[...HEADER_PRESENT_LABELS.map((l) => `${l}: Cllr A Bee`), ...HEADER_PRESENT_LABELS.map((l) => `${l}:`)].map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        const t = text.trim();
        if (!HEADER_LABEL.test(t) && !HEADER_LABEL_ALONE.test(t)) return true;
        matched++;
        return mayLeadWithHeaderLabel(t);
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it('rejects lines that open with no label', () => {
    expect(mayLeadWithHeaderLabel('Minutes of the meeting held on 4 March')).toBe(false);
    expect(mayLeadWithHeaderLabel('Members: Cllr A Bee')).toBe(true);
  });
});

describe('label-alone pre-check', () => {
  it('no title matchAttendanceLabelAlone matches fails mayBeLabelAlone', () => {
    let matched = 0;
    const examples = [...ATTENDANCE_LINE_LABELS.map((l) => `${l}:`), ...LABEL_QUALIFIERS.map((q) => `Present ${q}`), 'I Láthair / Present', 'Whakapāha | Apologies', 'PRESENT (7 members):'];
    for (const text of [...LINES, ...examples, ...examples.map((e) => e.toUpperCase())]) {
      if (text.length >= 60 || matchAttendanceLabelAlone(text) === null) continue;
      matched++;
      expect(mayBeLabelAlone(text), text).toBe(true);
    }
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler))), (text) => {
        const t = text.trim();
        if (matchAttendanceLabelAlone(t) === null) return true;
        matched++;
        return mayBeLabelAlone(t);
      }),
      { numRuns: 3000, seed: 12 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});

describe("apologies mentions, line by line", () => {
  const perLine = (text: string): number[] => {
    const all = tokenize(textToLines(text));
    const out: number[] = [];
    all.forEach((t, i) => {
      if (MENTIONS_APOLOGIES.test(t.line.text) || (t.kind === 'numbered-heading' && MENTIONS_APOLOGIES.test(t.text))) out.push(i);
    });
    return out;
  };
  it('finds the lines each line alone would', () => {
    for (const c of fixtureCases()) expect(mentioningLines(tokenize(textToLines(c.input))), c.name).toEqual(perLine(c.input));
    // Phrases split across lines are no line's: "leave of" / "absence"; words at a line's ends are whole.
    const text = 'Leave of\nabsence\n\nregrets\nREGRETS:\nno regretsx\napologies\n3. Leave  of  absence\nxapolog';
    expect(mentioningLines(tokenize(textToLines(text)))).toEqual(perLine(text));
  });
});

describe('entries read once for every document', () => {
  it('gives each line its people as a fresh reading does, keys in order', () => {
    const texts = ['Councillors Begum (Chair), Nowak, Lloyd and Doyle', 'Cllr A Bee, Mr C Dee (Clerk)', 'ALDERTON, Grace BRANWELL, Henry CASTELL, Imogen DUNSTAN, Felix', 'Councillors Tamsin Hosking Jory Bolitho Kathy Pender', 'Nick Oakhill (NO) CHAIR, Cathy Fleet (CF) CLERK', 'Chief Executive (Tom Walsh)'];
    for (const text of texts) {
      for (const line of [3, 17]) {
        const fresh = JSON.stringify(parsePeople(text, line));
        expect(JSON.stringify(parseEntries(text, line).map((e) => e.person))).toBe(fresh);
        expect(JSON.stringify(rememberingEntries(() => parseEntries(text, line)).map((e) => e.person))).toBe(fresh);
      }
      expect(JSON.stringify(parseEntries(text).map((e) => e.person))).toBe(JSON.stringify(parsePeople(text)));
    }
  });
});

describe('entries read once, people copied', () => {
  it('gives each call its own person, on its line', () => {
    const a = parsePerson('Mr R W Gough (Chairman)', 4)!;
    expect(JSON.stringify(a)).toBe('{"name":"Mr R W Gough","role":"Chairman","line":4}');
    a.role = 'changed';
    expect(JSON.stringify(parsePerson('Mr R W Gough (Chairman)'))).toBe('{"name":"Mr R W Gough","role":"Chairman"}');
    expect(JSON.stringify(parsePerson('General Manager', 9))).toBe('{"name":null,"role":"General Manager","line":9}');
    expect(parsePerson('None')).toBeNull();
  });
});

describe('dated title pre-check', () => {
  it('no line BODY_DASH_DATE matches fails mayPairBodyAndDate', () => {
    let matched = 0;
    const examples = ['Licensing Sub-Committee - Tuesday, 4th March, 2025 10.00 am', 'Cabinet – 12 May 2024 - Extra', 'Planning Committee—1 June 2023'];
    for (const text of [...LINES, ...examples]) {
      if (!BODY_DASH_DATE.test(text)) continue;
      matched++;
      expect(mayPairBodyAndDate(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(3);
    expect(mayPairBodyAndDate('Planning Committee 4 March 2025')).toBe(false);
    expect(mayPairBodyAndDate('Body - 4 March 2025 - notes')).toBe(true);
  });
});
