// The prose question rules run only on sentences holding a word of their cue
// (PROSE_RULE_GATES in src/extract/questions/prose.ts). Property: no sentence a
// rule reads lacks its cue, so the gate changes speed, never output. Texts
// are generated around each rule's own examples by swapping in lexicon words,
// changing case and dropping words, so many of them are still read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASKING_VERB_PATTERNS, ASKING_VERB_WORD_GATE, PROSE_RULES, holdsAskingVerb, mayOpenProseRule, type SentenceAt } from '../src/extract/questions/prose.js';
import { RECORD_RULES, holdsLabelWord } from '../src/extract/questions/records.js';
import { QUESTION_LABEL_FORMS, QUESTION_LABEL_SOURCE } from '../src/extract/questions/vocabulary.js';
import { ASKS_A_LIST, LIST_ASKING_VERB, endsInColon } from '../src/extract/questions/lead-in.js';
import { hasAtMostWords } from '../src/extract/questions.js';
import * as QUESTIONS from '../src/lexicon/questions.js';
import { WordDispatch, wordGate } from '../src/lexicon/index.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(QUESTIONS);
const filler = ['the', 'Councillor Ash', 'Members', 'whether', 'about', 'a', 'question', 'and', ',', 'that', 'In', 'response', 'to', 'He'];
const at = (text: string): SentenceAt => ({ text, whole: text, lastNamed: 'Councillor Ash', subject: null, questionContext: true });

describe('prose question gates', () => {
  for (const rule of PROSE_RULES) {
    it(`${rule.id}: no sentence it reads is rejected by its cue`, () => {
      const gate = wordGate(rule.cue);
      let read = 0;
      fc.assert(
        fc.property(fc.oneof(...[...rule.examples.valid, ...rule.examples.invalid].map((e) => variantOf(e, lexiconWords, filler))), (text) => {
          if (rule.read(at(text)) === null) return true;
          read++;
          return gate.test(text);
        }),
        { numRuns: 300, seed: 5 },
      );
      expect(read).toBeGreaterThan(5);
    });
  }

  it('a sentence with no asking word opens no rule', () => {
    const open = PROSE_RULES.filter((rule) => wordGate(rule.cue).test('Councillor Ash welcomed the report and thanked the officers.'));
    expect(open.map((r) => r.id)).toEqual([]);
  });

  // mayOpenProseRule stands in front of the rules' dispatch: a sentence the dispatch opens passes it.
  it('every sentence that opens a prose rule passes the cue pattern', () => {
    const dispatch = new WordDispatch(PROSE_RULES.map((r) => r.cue));
    const examples = PROSE_RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    const glue = fc.constantFrom(' ', '-', '’', 'é', '1', '(', '', 'x');
    let opened = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler))), glue, (text, g) => {
        const glued = text.replace(/ /g, g);
        for (const t of [text, glued]) {
          if (!dispatch.any(t)) continue;
          opened++;
          if (!mayOpenProseRule(t)) return false;
        }
        return true;
      }),
      { numRuns: 1000, seed: 13 },
    );
    expect(opened).toBeGreaterThan(500);
    expect(mayOpenProseRule('Councillor Ash welcomed the report and thanked the officers.')).toBe(false);
  });

  // holdsAskingVerb stands in front of the four asking-verb patterns: any text one of them matches passes it.
  it('every text an asking-verb pattern matches holds an asking verb', () => {
    const asking = ['question-asker-verb', 'question-member-mid-sentence', 'question-pronoun-asker', 'question-asker-later-verb'];
    const examples = PROSE_RULES.filter((r) => asking.includes(r.id)).flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', ' \t', '\u00a0']))), (text) => {
        if (!ASKING_VERB_PATTERNS.some((re) => re.test(text))) return true;
        matched++;
        return holdsAskingVerb(text);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(matched).toBeGreaterThan(150);
    expect(holdsAskingVerb('Councillor Ash welcomed the report.')).toBe(false);
  });

  // The asking verbs' word gate stands in front of holdsAskingVerb's pattern: any text that pattern passes opens it.
  it('every text holding an asking verb opens the asking-verb word gate', () => {
    const examples = PROSE_RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid]);
    const glue = fc.constantFrom(' ', '  ', '\t', '\u00a0', '-', '’', 'é', '(');
    let held = 0;
    fc.assert(
      fc.property(fc.oneof(...examples.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', ' \t', '\u00a0']))), glue, (text, g) => {
        for (const t of [text, text.replace(/ (?=[a-z])/g, g)]) {
          if (!holdsAskingVerb(t)) continue;
          held++;
          if (!ASKING_VERB_WORD_GATE.test(t)) return false;
        }
        return true;
      }),
      { numRuns: 2000, seed: 17 },
    );
    expect(held).toBeGreaterThan(300);
    expect(ASKING_VERB_WORD_GATE.test('Councillor Ash welcomed the report.')).toBe(false);
  });

  // listAsker tries its pattern only on a text holding one of its asking verbs.
  it('every lead-in the asked-list pattern matches holds one of its asking verbs', () => {
    const askers = ['Councillor Hart', 'Members', 'Cllr. A. Reid', 'The Chair', 'Mr Lee (Ward Member)', 'He'];
    const verbs = ['asked', 'queried', 'enquired', 'inquired', 'questioned', 'sought clarification', 'sought information', 'requested information', 'raised the following questions', 'raised queries', 'noted'];
    const tails = ['', ' about', ' the following', ' on the following matters', ' whether', ' the below questions'];
    const befores = ['', 'The report was noted. ', 'Noted! ', 'Item 4? '];
    const joins = [' ', '  ', ', ', ' also ', '\t', ',\u00a0'];
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...befores), fc.constantFrom(...askers), fc.constantFrom(...joins), fc.constantFrom(...verbs), fc.constantFrom(...tails), fc.constantFrom(':', ':-', ' :', ': ', ':-\n', '.'), (b, a, j, v, t, c) => {
        const text = `${b}${a}${j}${v}${t}${c}`;
        if (!ASKS_A_LIST.test(text)) return true;
        matched++;
        return LIST_ASKING_VERB.test(text);
      }),
      { numRuns: 2000, seed: 19 },
    );
    expect(matched).toBeGreaterThan(300);
  });

  // The record rules reading a label skip blocks without a label word: any text holding a label holds one.
  it('every text holding a question label holds a label word', () => {
    const label = new RegExp(QUESTION_LABEL_SOURCE);
    const before = fc.constantFrom('', '6.1 Cr Dunstan – ', 'Note: ', '(', '“', 'é');
    const after = fc.constantFrom('', ' 3, Councillor Ash to Councillor Birch: Why?', ':', ' from Cllr Ash – text', 'No. 4');
    fc.assert(
      fc.property(before, fc.constantFrom(...QUESTION_LABEL_FORMS), fc.constantFrom(' ', '  ', '   ', '\t'), after, (b, form, space, a) => {
        const text = `${b}${form.replace(/ /g, space)}${a}`;
        return !label.test(text) || holdsLabelWord(text);
      }),
      { numRuns: 500, seed: 3 },
    );
    expect(holdsLabelWord('The Committee noted the report.')).toBe(false);
    // Three rules read a label (from-to, by-to, labelled); question-member-topic needs a colon and question-member-direct a "?", which they check themselves.
    expect(RECORD_RULES.length).toBe(5);
  });

  it('word counts and colon ends read as the patterns they stand for', () => {
    const spaces = ['', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'Bc', ':', ':-', '-', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces), { maxLength: 24 }), fc.integer({ min: 1, max: 10 }), (parts, max) => {
        const text = parts.join('');
        return hasAtMostWords(text, max) === text.split(/\s+/).length <= max && endsInColon(text) === /:-?\s*$/.test(text);
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});
