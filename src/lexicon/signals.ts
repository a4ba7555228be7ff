// Signal vocabulary: words whose presence on a line says a record of some
// class is probably there. The unclaimed-line check (src/extract/unclaimed.ts)
// reports a line that carries them when no record covers it, so users see
// where the rules fell short, and the count is a recall signal on text
// without gold. The signals are composed from the classes the rules read
// (decisions, questions, attendance), so a word added there is a signal too.
import { extendable } from './extend.js';
import { APOLOGY_LABELS, APOLOGY_VERBS, IN_ATTENDANCE_LABELS, PRESENT_LABELS } from './attendance.js';
import { ALL_IN_FAVOUR, CARRIED_WORDS, DECIDING_VERBS, MOVING_VERBS, PLANNING_DISPOSITIONS, SECONDING_VERBS } from './decisions.js';
import { ASKING_VERBS, SEEKING_VERBS } from './questions.js';

/** Decision markers written in capitals in most house styles ("RESOLVED that", "AGREED:", "CARRIED", "REFUSED"). */
export const DECISION_CAPITALS: readonly string[] = extendable('DECISION_CAPITALS', [...DECIDING_VERBS, ...CARRIED_WORDS.map((w) => w.toUpperCase()), ...PLANNING_DISPOSITIONS]);

/** Decision phrases in running text: "it was agreed that", "unanimously resolved", "all in favour". */
export const DECISION_PHRASES: readonly string[] = extendable('DECISION_PHRASES', [
  ...DECIDING_VERBS.flatMap((v) => [`it was ${v.toLowerCase()}`, `it was unanimously ${v.toLowerCase()}`, `unanimously ${v.toLowerCase()}`, `${v.toLowerCase()} that`]),
  'resolved to',
  ...ALL_IN_FAVOUR,
  ...CARRIED_WORDS.flatMap((w) => [`motion was ${w}`, `motion ${w}`]),
]);

/** Motion phrases: who moved and seconded ("moved by", "proposed and seconded", "on the motion of"). */
export const MOTION_PHRASES: readonly string[] = extendable('MOTION_PHRASES', [
  ...[...MOVING_VERBS, ...SECONDING_VERBS].map((v) => `${v} by`),
  ...MOVING_VERBS.map((v) => `${v} and seconded`),
  'on the motion of',
]);

/** Interrogatives after "asked" that make it a question rather than a request ("asked whether", not "asked to"). */
const INTERROGATIVES: readonly string[] = ['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'who', 'where', 'which'];

/** Asking phrases of members' questions: every asking verb but a bare "asked", seeking clarification or assurance, question nouns. */
export const QUESTION_PHRASES: readonly string[] = extendable('QUESTION_PHRASES', [
  ...INTERROGATIVES.map((w) => `asked ${w}`),
  ...ASKING_VERBS.filter((v) => v !== 'asked'),
  ...SEEKING_VERBS.flatMap((v) => [`${v} clarification`, `${v} assurance`, `${v} assurances`]),
  'a question from',
  'in response to a question',
  'supplementary question',
]);

/** Attendance labels that open a list of people at the start of a line ("Present:", "Apologies:", "In attendance:"). */
export const ATTENDANCE_LIST_LABELS: readonly string[] = extendable('ATTENDANCE_LIST_LABELS', [...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS, ...APOLOGY_LABELS].map((l) => `${l}:`));

/** Apologies given in a sentence, anywhere in a line ("apologies were received from", "sent apologies"). */
export const APOLOGY_PHRASES: readonly string[] = extendable('APOLOGY_PHRASES', [
  ...APOLOGY_VERBS.flatMap((v) => [`apologies were ${v} from`, `apologies for absence were ${v} from`, `apologies were ${v} by`, `${v} apologies`, `${v} their apologies`]),
  'gave apologies',
]);
