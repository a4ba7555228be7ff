// The motion reader's cheap pre-checks (events.ts, reader.ts) pass a sentence
// over before its long patterns run. Property: no text any guarded pattern
// matches is rejected by its pre-check, so the pre-checks change speed, never
// output. Texts are generated around phrasings the patterns read (words swapped
// for decision-lexicon words, case and spacing changed, words dropped), so most
// still match and the property is tested where it matters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_DIGIT, LABEL_WORD, OPENING_VERB, VOTE_WORD } from '../src/extract/motions/events.js';
import {
  EVENT_COUNT,
  IT_WAS_MOVED,
  LABELLED_COUNT,
  MOVED_BY_ONLY,
  MOVED_LABEL,
  NAME_MOVED,
  NUMBERED_MOVERS,
  PAREN_COUNTS,
  PROPOSED_AND_SECONDED,
  RECITAL,
  RESOLVED_BRACKETS,
  SECONDED_LABEL,
  SLASH_TALLY,
  VOTES_TO,
} from '../src/extract/motions/patterns.js';
import * as DECISIONS from '../src/lexicon/decisions.js';
import { variantOf, wordsOfModule } from './variants.js';

const lexiconWords = wordsOfModule(DECISIONS);
const filler = ['That', 'the', 'report', 'be', 'noted.', 'CARRIED', 'For: 7', 'Against: 2', 'Cllr Ash', 'Moved:', 'Seconded:', '(', '/', '12', 'votes', 'to'];

const EXAMPLES = [
  'It was moved by Councillor Ferris and seconded by Councillor Lowe that the report be received.',
  'It was proposed by Cllr Ansell, seconded by Cllr Brook and unanimously agreed that the fees rise.',
  'The amendment was moved by Councillor Hart.',
  'Mr Gough proposed, and Mr Brady seconded the following amendment: that the fee be reduced.',
  'Councillor Ferris moved an amendment that the fee be reduced.',
  'Cr Ames then moved the following motion: That Council adopt the plan.',
  'Moved: Cr Pania Tuhi Seconded: Cr Ross Elder That the submission be endorsed.',
  'Moved by: Cllr Dana Whyte',
  'Seconded by: Cllr Ian Fell',
  'Prop. Cllr A, sec. Cllr B; all in favour.',
  'Resolved (Cr Amberley / Cr Stroud) That the report be received.',
  'CARRIED (Cr Amberley/Cr Stroud)',
  'R2024-118 K. Doyle, P. Marsh: That the by-law be passed.',
  'NOW THEREFORE BE IT RESOLVED THAT Council adopt the plan.',
  'AND WHEREAS the hall needs a new roof;',
  'The amendment was carried by 30 votes to 12 with 3 abstentions.',
  'The motion was put and carried (7 for, 3 against, 1 abstention).',
  '(For 7, Against 3, Abstentions 1)',
  'For: 7, Against: 3, Abstentions: 1.',
  'In Favour - 4 Opposed (2) Abstaining: 1',
  '7/0',
  '(3-4)',
  'by absolute majority 6/1',
];

/** Property: wherever one of `patterns` matches a variant, `check` passes it. */
function neverRejectsAMatch(check: RegExp, patterns: readonly RegExp[], seed: number): number {
  // A global pattern keeps its place between tests: its copy without the flag reads each text afresh.
  const fresh = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')));
  let matched = 0;
  fc.assert(
    fc.property(fc.oneof(...EXAMPLES.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', ' \u00a0', '\n']))), (text) => {
      if (!fresh.some((p) => p.test(text))) return true;
      matched++;
      return check.test(text);
    }),
    { numRuns: 2000, seed },
  );
  return matched;
}

describe('motion pre-checks', () => {
  it('OPENING_VERB passes every sentence an opening phrasing reads', () => {
    expect(neverRejectsAMatch(OPENING_VERB, [IT_WAS_MOVED, PROPOSED_AND_SECONDED, NAME_MOVED, MOVED_BY_ONLY], 3)).toBeGreaterThan(50);
  });
  it('LABEL_WORD passes every text a mover or seconder label reads', () => {
    expect(neverRejectsAMatch(LABEL_WORD, [MOVED_LABEL, SECONDED_LABEL], 5)).toBeGreaterThan(100);
  });
  it('COUNT_DIGIT passes every text a count pattern reads a count from', () => {
    // SLASH_TALLY also matches "by a simple majority" without a digit, but that match gives no count.
    const slashCount = /^(?:by\s+(?:an?\s+)?(?:absolute|simple|special)\s+majority\s*)?\(?\s*(\d{1,2})\s*[/:–-]\s*(\d{1,2})\s*\)?$/i;
    expect(neverRejectsAMatch(COUNT_DIGIT, [slashCount, PAREN_COUNTS, VOTES_TO, LABELLED_COUNT, NUMBERED_MOVERS, EVENT_COUNT], 7)).toBeGreaterThan(100);
    expect(SLASH_TALLY.exec('by a simple majority')?.[1]).toBeUndefined();
  });
  it('VOTE_WORD passes every text VOTES_TO reads', () => {
    expect(neverRejectsAMatch(VOTE_WORD, [VOTES_TO], 9)).toBeGreaterThan(10);
  });
  it('a bracket and a slash are in every text RESOLVED_BRACKETS reads', () => {
    expect(neverRejectsAMatch(/\((?=[^]*\/)|\/(?=[^]*\()/, [RESOLVED_BRACKETS], 11)).toBeGreaterThan(20);
  });
  it('RECITAL reads a text trimmed at its start as it reads the text with its spaces squashed', () => {
    fc.assert(
      fc.property(fc.oneof(...EXAMPLES.map((e) => variantOf(e, lexiconWords, filler, [' ', '  ', ' \u00a0', '\n']))), fc.constantFrom('', ' ', '\n  '), (text, lead) => {
        const raw = lead + text;
        return RECITAL.test(raw.trimStart()) === RECITAL.test(raw.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
});
