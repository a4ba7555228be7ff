// Word gates (src/lexicon/gate.ts) let a text skip a pattern built from
// lexicon phrases when none of the phrases' first words is among its words.
// Property: a text holding a phrase of the list, after any non-letter, in any
// case, always passes the gate, so gates change speed, never output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as LEXICON from '../src/lexicon/index.js';
import { WordDispatch, leadingWordTest, wordGate, wordsOf } from '../src/lexicon/index.js';
import { ATTENDANCE_LABEL, ATTENDANCE_LABEL_ALONE, ATTENDANCE_LABEL_SPACED, ATTENDANCE_LINE_LABELS, matchAttendanceLabel, matchAttendanceLabelAlone } from '../src/tokenize/patterns.js';
import { signalOf } from '../src/extract/unclaimed.js';

const lists: [string, readonly string[]][] = Object.entries(LEXICON).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string'));

describe('word gates', () => {
  it('read words as lower-cased runs of ASCII letters', () => {
    expect(wordsOf('Co-opted Members: Cllr O’Neill (2)')).toEqual(['co', 'opted', 'members', 'cllr', 'o', 'neill']);
  });

  it('pass a text with a first word of the phrases, whole, in any case', () => {
    const gate = wordGate(['brought back', 'circulated']);
    expect(gate.test('It would be BROUGHT to Members')).toBe(true);
    expect(gate.test('The papers were circulated.')).toBe(true);
    expect(gate.test('It was broughtback')).toBe(false);
    expect(gate.test('Nothing to see here')).toBe(false);
  });

  it('stay open when a phrase does not start with a letter', () => {
    expect(wordGate(['(a) proposed', 'moved']).test('anything at all')).toBe(true);
  });

  for (const [name, words] of lists) {
    if (words.length === 0) continue;
    it(`${name}: a text holding any of its phrases passes its gate`, () => {
      const gate = wordGate(words);
      const before = fc.constantFrom('', 'Noted: ', 'The Committee ', '(', '1. ', '“', 'é', '5 ');
      const after = fc.constantFrom('', ' the report.', ':', '.', ' 12');
      fc.assert(
        fc.property(before, fc.constantFrom(...words), fc.constantFrom('same', 'upper', 'lower'), after, (b, phrase, casing, a) => {
          const written = casing === 'upper' ? phrase.toUpperCase() : casing === 'lower' ? phrase.toLowerCase() : phrase;
          return gate.test(`${b}${written}${a}`);
        }),
        { numRuns: 200, seed: 11 },
      );
    });
  }

  it('a dispatch opens exactly the rules whose cue words a text holds', () => {
    const dispatch = new WordDispatch([['agreed to', 'offered to'], ['will write'], ['£ paid']]);
    expect([...dispatch.open('The Clerk offered to write.')]).toEqual([1, 0, 1]);
    expect([...dispatch.open('Officers WILL write to the operator.')]).toEqual([0, 1, 1]);
    expect(dispatch.any('The Clerk offered to write.')).toBe(true);
    const narrow = new WordDispatch([['agreed to'], ['will write']]);
    expect(narrow.any('The meeting closed at 9pm.')).toBe(false);
    expect(narrow.any('Officers will write.')).toBe(true);
  });

  it('isOpen reads the flags open() gives, rule by rule', () => {
    const dispatch = new WordDispatch([['agreed to', 'offered to'], ['will write'], ['£ paid']]);
    for (const text of ['The Clerk offered to write.', 'Officers WILL write to the operator.', 'Nothing here'])
      expect([0, 1, 2].map((rule) => (dispatch.isOpen(text, rule) ? 1 : 0))).toEqual([...dispatch.open(text)]);
  });

  it('the word index keeps every word when it grows (many gates, made after texts were read)', () => {
    // Made-up words ("qzaa", "qzab", …): more than the index held, so it is made larger and filled again.
    const words = Array.from({ length: 1200 }, (_, i) => `qz${String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26 | 0), 97 + ((i / 676) | 0))}`);
    const gates = words.map((w) => wordGate([`${w} of`]));
    words.forEach((w, i) => {
      expect(gates[i].test(`The ${w.toUpperCase()} of it.`)).toBe(true);
      expect(gates[i].test(`The ${words[(i + 1) % words.length]} of it, ${w}x and x${w}.`)).toBe(false);
    });
    expect(wordGate(['circulated']).test('It was circulated.')).toBe(true);
  });

  it('a gate made after a text was read still reads that text (the reading is made again)', () => {
    const text = 'The Treasurer circulated the accounts.';
    expect(wordsOf(text)).toEqual(['the', 'treasurer', 'circulated', 'the', 'accounts']);
    expect(wordGate(['circulated the']).test(text)).toBe(true);
    expect(wordGate(['tabled']).test(text)).toBe(false);
  });
});

describe('leading-word tests', () => {
  it('pass a text that starts with the words of a phrase, in any case, and nothing else', () => {
    const leads = leadingWordTest(['Apologies', 'In attendance', 'Co-opted Members'])!;
    expect(leads('APOLOGIES: Cllr Ward')).toBe(true);
    expect(leads('in Attendance: Ms Reid')).toBe(true);
    expect(leads('Co-opted Members: Mr Hale')).toBe(true);
    expect(leads('Apologetic letters were read.')).toBe(false);
    expect(leads('The apologies were noted.')).toBe(false);
    expect(leads('')).toBe(false);
  });

  it('read the second word where every phrase a first word begins has one', () => {
    const leads = leadingWordTest(['The following were present', 'In attendance', 'Members present', 'Members', 'I Láthair', 'Whakapāha'])!;
    expect(leads('The following were present:')).toBe(true);
    expect(leads('THE FOLLOWING WERE PRESENT')).toBe(true);
    expect(leads('The Chair welcomed everyone.')).toBe(false);
    expect(leads('In  attendance: Ms Reid')).toBe(true);
    expect(leads('In response to a question')).toBe(false);
    expect(leads('In')).toBe(false);
    // "Members" alone is a phrase: any second word passes.
    expect(leads('Members noted the report.')).toBe(true);
    expect(leads('I LÁTHAIR: Cllr Ó Sé')).toBe(true);
    expect(leads('I wish to thank')).toBe(false);
    expect(leads('WHAKAPĀHA | Aroha Kingi')).toBe(true);
  });

  it('are not made when a phrase does not start with a letter', () => {
    expect(leadingWordTest(['(Present)', 'Absent'])).toBeNull();
  });

  it('pass every line an attendance label pattern matches, however the label is cased and followed', () => {
    const leads = leadingWordTest(ATTENDANCE_LINE_LABELS)!;
    const after = fc.constantFrom(':', ': Councillor A Reid', ' (7 members):', '  Cllr B Shaw, Cllr C Lowe', ' Betty Ross, Annie Morgan and Alan Bell', '');
    fc.assert(
      fc.property(fc.constantFrom(...ATTENDANCE_LINE_LABELS), fc.constantFrom('same', 'upper', 'lower'), after, (label, casing, rest) => {
        const line = `${casing === 'upper' ? label.toUpperCase() : casing === 'lower' ? label.toLowerCase() : label}${rest}`;
        const matched = [ATTENDANCE_LABEL, ATTENDANCE_LABEL_ALONE, ATTENDANCE_LABEL_SPACED].some((re) => re.test(line));
        return !matched || leads(line);
      }),
      { numRuns: 400 },
    );
  });
});

describe('one-label attendance patterns', () => {
  it('read every line exactly as the full patterns do (the full ones only add a "/" or "|" pair)', () => {
    const label = fc.constantFrom(...ATTENDANCE_LINE_LABELS, 'Present (in person)', 'Apologies (3 members)', 'Presentation');
    const rest = fc.constantFrom('', ':', ': Cllr A Reid, Cllr B Shaw', '  Ms C Lowe', ' – Mr D Hale', ' were received.', ' | Mr E Ward', ' / Present: Mr F Bell');
    fc.assert(
      fc.property(label, fc.constantFrom('same', 'upper', 'lower'), rest, (l, casing, r) => {
        const line = `${casing === 'upper' ? l.toUpperCase() : casing === 'lower' ? l.toLowerCase() : l}${r}`;
        return JSON.stringify(matchAttendanceLabel(line)) === JSON.stringify(ATTENDANCE_LABEL.exec(line)) && JSON.stringify(matchAttendanceLabelAlone(line)) === JSON.stringify(ATTENDANCE_LABEL_ALONE.exec(line));
      }),
      { numRuns: 500 },
    );
  });
});

describe('unclaimed-line signals behind their gates', () => {
  it('still find each class of record', () => {
    expect(signalOf('RESOLVED that the accounts be approved.')).toBe('a decision');
    expect(signalOf('It was proposed by Cllr Ames and seconded by Cllr Bell.')).toBe('a motion');
    expect(signalOf('Councillor Dyer sought clarification on the cost.')).toBe('a question');
    expect(signalOf('Apologies were received from Cllr Frost.')).toBe('an attendance list');
    expect(signalOf('The meeting closed at 8.15pm.')).toBeNull();
  });
});

// The flat list the tries replace: every phrase, longest first (the reference they must agree with).
const flatList = (words: readonly string[]): string =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}'))
    .join('|')})`;

describe('alternations are tries that agree with a flat longest-first list', () => {
  it('caseless: the attendance labels under the i flag', async () => {
    const { caselessAlternation, PRESENT_LABELS, APOLOGY_LABELS, IN_ATTENDANCE_LABELS } = await import('../src/lexicon/index.js');
    const words = [...PRESENT_LABELS, ...APOLOGY_LABELS, ...IN_ATTENDANCE_LABELS];
    const flat = new RegExp(`^${flatList(words)}`, 'i');
    const trie = new RegExp(`^${caselessAlternation(words)}`, 'i');
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('', ':', ' (3 members):', ' present:', 'x', ' via Teams'), fc.boolean(), (label, tail, upper) => {
        const text = `${upper ? label.toUpperCase() : label}${tail}`;
        return flat.exec(text)?.[0] === trie.exec(text)?.[0];
      }),
      { numRuns: 500, seed: 3 },
    );
    expect(trie.exec('Apologies for Absence: Cllr Bell')?.[0]).toBe('Apologies for Absence');
  });

  it('case-sensitive: honorifics, offices and roles in their three cases, inside longer patterns that backtrack', async () => {
    const { alternation, HONORIFICS, MEMBER_OFFICES, ROLE_HEADS } = await import('../src/lexicon/index.js');
    const base = [...HONORIFICS, ...MEMBER_OFFICES, ...ROLE_HEADS];
    const words = [...base, ...base.map((w) => w.toUpperCase()), ...base.map((w) => w.charAt(0).toLowerCase() + w.slice(1))];
    // A tail that must follow the phrase makes the engine fall back to shorter phrases, as rules do.
    const around = (alt: string) => new RegExp(`(?:^|\\s)(${alt})\\.?\\s([A-Z][a-z]+)\\b`);
    const flat = around(flatList(words));
    const trie = around(alternation(words));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words, ''), fc.constantFrom(' Ames', '. Bell', '  Mayor Cole', ' of Finance', 'x Dunn'), (a, b, tail) => {
        const text = `The ${a} ${b}${tail} spoke.`;
        const f = flat.exec(text);
        const t = trie.exec(text);
        return f?.index === t?.index && f?.[1] === t?.[1] && f?.[2] === t?.[2];
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(new RegExp(`^${alternation(['Mayor', 'Lord Mayor', 'Lord'])}`).exec('Lord Mayor Tan')?.[0]).toBe('Lord Mayor');
    expect(new RegExp(`^${alternation([])}$`).test('')).toBe(true);
  });
});
