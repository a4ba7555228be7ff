// The event rules: pure readings of one block's text or one sentence, each
// returning what happened (a motion opened, a seconder named, an outcome, a
// tally) without knowing the reader's state. The reader (reader.ts) is the
// small state machine that applies them to the motion open at the time.
import type { VoteCounts } from '../../schema/document.js';
import { readName } from '../util/person-names.js';
import {
  ALL_AGREED,
  AMENDMENT_WORD,
  IT_WAS_MOVED,
  LABELLED_COUNT,
  LABEL_BEFORE_MOVERS,
  MOVED_BY_ONLY,
  MOVED_LABEL,
  NAME_MOVED,
  NAME_MOVED_THE_MOTION,
  NAME_SECONDED_MOVED,
  NAME_MOVED_SECONDED_BY,
  NAME_SECONDED,
  OUTCOME_HINT,
  OUTCOME_LINE,
  OUTCOME_SENTENCE,
  PAREN_COUNTS,
  PROPOSED_AND_SECONDED,
  PUT_THIS_CARRIED,
  PUT_TO_VOTE,
  SECONDED_BY,
  SECONDED_LABEL,
  SECONDER_LEAD,
  MOVED_AND_SECONDED_UNNAMED,
  SECONDER_LINE,
  SLASH_TALLY,
  TITLED,
  VOTES_TO,
  decisionAfterSeconder,
  WITHDREW,
  num,
  wayOf,
} from './patterns.js';
import { motionLabelsRule, motionMovedSentenceRule } from './rules.js';
import { alternation, MOTION_NOUNS, MOVER_LABELS, SECONDER_LABELS } from '../../lexicon/index.js';
import { ADOPTING_THE_MOTION_SOURCE, RESOLUTION_NUMBER_SOURCE } from '../../tokenize/patterns.js';

// Cheap pre-checks: a literal every pattern they guard needs, so a sentence without it is passed over
// before the long patterns run (test/motions-precheck.test.ts checks each against its patterns).
/** Every opening phrasing (IT_WAS_MOVED, PROPOSED_AND_SECONDED, NAME_SECONDED_MOVED, NAME_MOVED_SECONDED_BY, NAME_MOVED, MOVED_BY_ONLY) names its verb. */
export const OPENING_VERB = /moved|proposed/i;
/** MOVED_LABEL and SECONDED_LABEL each need one of their labels. */
export const LABEL_WORD = new RegExp(alternation([...MOVER_LABELS, ...SECONDER_LABELS]), 'i');
/** Every count pattern needs a digit (SLASH_TALLY's bare "by a simple majority" gives no count). */
export const COUNT_DIGIT = /\d/;
/** VOTES_TO needs "vote" ("by 30 votes to 12"). */
export const VOTE_WORD = /vote/i;

/** A motion opened: who moved and seconded it, whether it amends, the wording after the names, and the rule. */
export interface Opening {
  rule: string;
  amendment: boolean;
  mover: string | null;
  seconder: string | null;
  rest: string;
  /** The sentence also says it was carried, with no wording of its own: "The motion was proposed by X and seconded by Y and agreed." */
  carried?: boolean;
  /** The sentence carries the motion it words: "It was moved by X, seconded by Y and carried that …" (unanimously or not). */
  carriedWith?: { unanimous: boolean };
}

const cleanName = (s: string): string | null => {
  const r = readName(s.replace(/^\s*(?:by\s+)?/i, ''));
  return r ? r.name.replace(/[.,;:]+$/, '') : null;
};
const trimName = (name: string): string => name.replace(/[.,;:]+$/, '');

/**
 * A sentence that moves a motion: "It was moved by X and seconded by Y that …", "X proposed, and Y seconded …",
 * "Councillor X moved that …", "The amendment was moved by X".
 */
export function openingInSentence(sentence: string): Opening | null {
  if (!OPENING_VERB.test(sentence)) return null;
  // "25-214 Councillor Fast moved that …", "RES 2025-118 Deputy Reeve Dumont moved that …": the motion's number
  // before the sentence (Alberta and Ontario minutes number each motion) is no part of the mover's name.
  const numbered = sentence.charCodeAt(0) < 0x3a || sentence.charCodeAt(0) === 0x28 ? LEADING_MOTION_NUMBER.exec(sentence) : LEADING_LABELLED_MOTION_NUMBER.exec(sentence);
  const unnumbered = numbered ? sentence.slice(numbered[0].length) : sentence;
  // "Motion: Councillor X moved, seconded by …", "Amendment – Cllr Y proposed that …": a label before the sentence.
  const labelled = LABEL_BEFORE_SENTENCE.exec(unnumbered);
  const opening = openingAfterLabels(labelled ? unnumbered.slice(labelled[0].length) : unnumbered);
  return opening && labelled && AMENDMENT_WORD.test(labelled[1]) ? { ...opening, amendment: true } : opening;
}

// "Motion:", "Amendment –": a motion's label with its separator, before the sentence that moves it.
const LABEL_BEFORE_SENTENCE = new RegExp(`^(${alternation(MOTION_NOUNS)})\\s*[:–—-]\\s+(?=\\S)`, 'i');

function openingAfterLabels(s: string): Opening | null {
  const rule = motionMovedSentenceRule.id;
  let m = IT_WAS_MOVED.exec(s);
  if (m) {
    const opening: Opening = { rule, amendment: Boolean(m[1] && AMENDMENT_WORD.test(m[1])) || /\bas\s+an\s+amendment\b/i.test(s), mover: cleanName(m[2]), seconder: cleanName(m[3]), rest: m[4] ?? '' };
    const decided = decisionAfterSeconder(m[0].slice(0, m[0].length - opening.rest.length));
    // "… seconded by Cllr. Walsh and agreed." with nothing after: the motion was carried then and there.
    // (Not "… and RESOLVED" or "… and agreed:", which lead in to the wording below them.)
    if (decided?.word === 'agreed' && decided.lead === 'none' && /^\s*\.\s*$/.test(opening.rest)) opening.carried = true;
    // "… seconded by Y and carried that …", "… and unanimously carried:": the outcome between the names and the wording.
    if (decided?.word === 'carried' && opening.rest.trim() !== '') opening.carriedWith = { unanimous: decided.unanimous };
    return opening;
  }
  m = MOVED_AND_SECONDED_UNNAMED.exec(s);
  if (m) return { rule, amendment: /\bas\s+an\s+amendment\b/i.test(s), mover: null, seconder: null, rest: m[1] };
  m = PROPOSED_AND_SECONDED.exec(s);
  if (m && cleanName(m[1]) && cleanName(m[2])) return { rule, amendment: Boolean(m[3] && AMENDMENT_WORD.test(m[3])), mover: cleanName(m[1]), seconder: cleanName(m[2]), rest: m[4] ?? '' };
  m = NAME_SECONDED_MOVED.exec(s);
  if (m) {
    const mover = readName(m[2]);
    const seconder = readName(m[3]);
    if (mover && !mover.rest.trim() && seconder && !seconder.rest.trim()) return { rule, amendment: Boolean(m[1] || m[4]), mover: trimName(mover.name), seconder: trimName(seconder.name), rest: m[5] ?? '' };
  }
  m = NAME_MOVED_SECONDED_BY.exec(s);
  if (m) {
    const mover = readName(m[1]);
    const seconder = readName(m[3]);
    if (mover && !mover.rest.trim() && seconder && !seconder.rest.trim()) return { rule, amendment: m[2] !== undefined && AMENDMENT_WORD.test(m[2]), mover: trimName(mover.name), seconder: trimName(seconder.name), rest: m[4] };
  }
  m = NAME_MOVED.exec(s);
  if (m) {
    const who = m[1] ?? m[4];
    const what = m[2] ?? m[5];
    const n = readName(who);
    if (n && !n.rest.trim()) return { rule, amendment: Boolean(what && AMENDMENT_WORD.test(what)), mover: trimName(n.name), seconder: null, rest: m[3] ?? m[6] ?? '' };
  }
  m = NAME_MOVED_THE_MOTION.exec(s);
  if (m) {
    const n = readName(m[1]);
    const seconderText = m[3] ?? m[4];
    const second = seconderText ? readName(seconderText) : null;
    if (n && !n.rest.trim() && (!seconderText || (second && !second.rest.trim()))) return { rule, amendment: AMENDMENT_WORD.test(m[2]), mover: trimName(n.name), seconder: second ? trimName(second.name) : null, rest: '' };
  }
  m = MOVED_BY_ONLY.exec(s);
  // "The amendment was moved by X" names what it moves; "It was moved by X that …" must give its wording.
  if (m && (m[1] || /^,?\s+that\b/i.test(m[0].slice(m[0].indexOf(m[2]) + m[2].length))) && cleanName(m[2]))
    return { rule, amendment: Boolean(m[1] && AMENDMENT_WORD.test(m[1])), mover: cleanName(m[2]), seconder: null, rest: m[3] ?? '' };
  return null;
}

// A motion's number opening its sentence: "25-214 ", "(2025/118) ", "Res. 25-216 ", "Motion No. M24-07 ".
// ("25-11-201 ": year, month and number.)
const LEADING_MOTION_NUMBER = new RegExp(`^\\(?${RESOLUTION_NUMBER_SOURCE}\\)?[.:]?\\s+(?=[A-Z])`);
const LEADING_LABELLED_MOTION_NUMBER = new RegExp(`^(?:res(?:olution)?|motion)\\.?\\s*(?:no\\.?\\s*)?${RESOLUTION_NUMBER_SOURCE}[.:]?\\s+(?=[A-Z])`, 'i');
// A resolution number standing alone: "2025/045", "(R2025/45)", "Res. No. 114/25".
const REFERENCE_ONLY = new RegExp(`^[\\s:,–—-]*\\(?\\s*(?:res(?:olution)?\\.?\\s*)?(?:no\\.?\\s*)?${RESOLUTION_NUMBER_SOURCE}\\s*\\)?[.\\s]*$`, 'i');
// What may trail a seconder's name before the decision on the next line: "and", "and it was".
const TRAILING_CONNECTIVE = /^[\s,]*(?:and|&)(?:\s+it\s+was)?[\s,]*$/i;

/** What mover and seconder labels say: a motion opened ("Moved: Cr X Seconded: Cr Y …"), or only its seconder named. */
export type LabelEvent = ({ kind: 'open' } & Opening) | { kind: 'seconder'; name: string; rest: string };

/** A slash between a name and a titled name: "Cr Smith/Cr Jones". */
const SLASH_BETWEEN_NAMES = /(?<=[\w.'’])\s*\/\s*(?=[A-Z])/;

/** "Moved: Cr X Seconded: Cr Y wording…" in any arrangement on one line; "Seconded: Cr Y" alone. */
export function labelEvent(text: string): LabelEvent | null {
  if (!LABEL_WORD.test(text)) return null;
  const mv = MOVED_LABEL.exec(text);
  const sc = SECONDED_LABEL.exec(text);
  if (!mv && !sc) return null;
  if (mv) {
    // Table cell rules ("| Moved by: …") are not text.
    const before = text.slice(0, mv.index).replace(/\|/g, ' ');
    // "Moved" must open the line or follow a resolution number or label ("Resolution 449/2019 Moved: …", "Amendment: Moved by …").
    if (before.trim() && !LABEL_BEFORE_MOVERS.test(before.trim())) return null;
    // "Moved Cr Smith/Cr Jones": mover and seconder parted by a slash, as Australian minutes print them.
    const name = readName(mv[2].replace(SLASH_BETWEEN_NAMES, ' / '));
    if (!name || (!mv[1] && !TITLED.test(name.name))) return null;
    const out: LabelEvent = { kind: 'open', rule: motionLabelsRule.id, amendment: AMENDMENT_WORD.test(before), mover: trimName(name.name), seconder: null, rest: name.rest };
    const sc2 = SECONDED_LABEL.exec(` ${name.rest}`);
    const slashed = sc2 && SECONDER_LEAD.test(name.rest) ? null : /^\s*\/\s*/.exec(name.rest);
    const sn = sc2 && SECONDER_LEAD.test(name.rest) ? readName(sc2[1]) : slashed ? readName(name.rest.slice(slashed[0].length)) : null;
    if (sn && (!slashed || TITLED.test(sn.name))) {
      out.seconder = trimName(sn.name);
      out.rest = sn.rest;
    }
    // "Moved Cr A Seconded Cr B 2025/045": a resolution number after the names is not wording; the wording follows.
    if (REFERENCE_ONLY.test(out.rest)) out.rest = '';
    return out;
  }
  // "Seconded: Cr Y" on its own line after "Moved: Cr X".
  if (sc && !text.slice(0, sc.index).trim() && (SECONDER_LINE.test(text) || TITLED.test(sc[1]))) {
    const sn = readName(sc[1]);
    // "Seconded by Councillor Y and" / "AGREED – that …": a connective left after the name is not wording.
    if (sn) return { kind: 'seconder', name: trimName(sn.name), rest: TRAILING_CONNECTIVE.test(sn.rest) ? '' : sn.rest };
  }
  return null;
}

/** "The motion was seconded by Councillor Y" / "Councillor Y seconded the motion": the seconder's name. */
export function seconderInSentence(text: string): string | null {
  const a = SECONDED_BY.exec(text.replace(/[.]$/, ''));
  const b = a ? null : NAME_SECONDED.exec(text);
  const n = a ? readName(a[1] ?? a[2]) : b ? readName(b[1]) : null;
  if (!n || (b && n.rest.trim())) return null;
  return trimName(n.name);
}

/** "All in favour", "agreed by all members": the open motion was carried (it never opens one). */
export const allAgreed = (text: string): boolean => ALL_AGREED.test(text);

/**
 * An outcome phrase, in the order the reader tries them:
 * - `decided`: "CARRIED UNANIMOUSLY" as a whole block, "The motion was carried": settles the motion named (or the
 *   free-standing wording before it) whether or not one is found;
 * - `put-this`: "On being put to the vote, this was carried"; `withdrew`: "X withdrew the amendment";
 * - `put-to-vote`: "The Chairman put the amendment to the vote (and it was lost)": these apply only when a motion is open.
 */
export type OutcomeEvent =
  | { kind: 'decided'; subject: string | undefined; word: string; unanimous: boolean; countsText: string }
  | { kind: 'put-this'; word: string; unanimous: boolean }
  | { kind: 'withdrew'; subject: string }
  | { kind: 'put-to-vote'; subject: string; word: string | undefined; unanimous: boolean };

/** The outcome readings of a text, lazily, in the order they are tried. `whole`: the text is a whole short block. */
export function* outcomeEvents(text: string, whole: boolean): Generator<OutcomeEvent> {
  if (!OUTCOME_HINT.test(text)) return;
  const line = whole ? OUTCOME_LINE.exec(text.replace(/[.!]+$/, '').trim()) : null;
  // "Carried – 6 for, 1 against": a tally after a dash.
  if (line && (!line[5] || /^\(|^with\b|^by\b|^on\b|^[–—-]\s*\d/i.test(line[5]) || SLASH_TALLY.test(line[5].trim()))) {
    yield { kind: 'decided', subject: line[2], word: line[3], unanimous: Boolean(line[4] && /unanim/i.test(line[4])), countsText: line[5] ?? '' };
    return;
  }
  // "The Committee resolved:- to adopt the motion." (after a division): the motion named was carried.
  const adopted = ADOPTED_THE_MOTION.exec(text);
  if (adopted) {
    yield { kind: 'decided', subject: adopted[1], word: 'carried', unanimous: false, countsText: '' };
    return;
  }
  const s = OUTCOME_SENTENCE.exec(text);
  if (s) {
    yield { kind: 'decided', subject: s[2], word: s[4], unanimous: Boolean(s[3] || s[5]), countsText: text };
    return;
  }
  const put = PUT_THIS_CARRIED.exec(text);
  if (put) yield { kind: 'put-this', word: put[2] ?? put[4], unanimous: Boolean(put[1] || put[3] || put[5]) };
  const w = WITHDREW.exec(text);
  if (w) yield { kind: 'withdrew', subject: w[1] };
  const p = PUT_TO_VOTE.exec(text);
  if (p) yield { kind: 'put-to-vote', subject: p[1], word: p[2], unanimous: Boolean(p[3]) };
}

/** A decision to adopt a motion or amendment put to the meeting. Group 1: what was adopted. */
const ADOPTED_THE_MOTION = new RegExp(`\\b(?:resolved|agreed|decided)\\s*:?-?\\s*${ADOPTING_THE_MOTION_SOURCE}\\b`, 'i');

/** Counts written in a sentence or a line: labelled, bracketed or "by 30 votes to 12". */
export function countsIn(text: string): Partial<VoteCounts> | null {
  if (!COUNT_DIGIT.test(text)) return null;
  const t = SLASH_TALLY.exec(text.trim());
  if (t?.[1] !== undefined) return { for: num(t[1]), against: num(t[2]) };
  const p = PAREN_COUNTS.exec(text);
  if (p) return { for: num(p[1] ?? p[2]), against: num(p[3] ?? p[4]), abstentions: num(p[5] ?? p[6]) };
  const v = VOTE_WORD.test(text) ? VOTES_TO.exec(text) : null;
  if (v) return { for: num(v[2]), against: num(v[3]), abstentions: num(v[4]) };
  const out: Partial<VoteCounts> = {};
  let found = false;
  LABELLED_COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABELLED_COUNT.exec(text)) !== null) {
    const way = wayOf(m[1]);
    const n = num(m[2]);
    if (way === 'for') out.for = n;
    else if (way === 'against') out.against = n;
    else out.abstentions = n;
    found = true;
  }
  return found ? out : null;
}
