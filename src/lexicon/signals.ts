// Signal vocabulary: words whose presence on a line says a record of some
// class is probably there. The unclaimed-line check (src/extract/checks.ts)
// reports a line that carries them when no record covers it, so users see
// where the rules fell short, and the count is a recall signal on text
// without gold.

/** Decision markers written in capitals in most house styles ("RESOLVED that", "AGREED:", "CARRIED"). */
export const DECISION_CAPITALS: readonly string[] = ['RESOLVED', 'AGREED', 'ORDERED', 'CARRIED', 'DECIDED', 'APPROVED', 'REFUSED'];

/** Decision phrases in running text. */
export const DECISION_PHRASES: readonly string[] = [
  'it was resolved',
  'it was agreed',
  'it was unanimously agreed',
  'it was unanimously resolved',
  'unanimously resolved',
  'unanimously agreed',
  'resolved that',
  'resolved to',
  'agreed that',
  'all in favour',
  'motion was carried',
  'motion carried',
];

/** Motion phrases: who moved and seconded. */
export const MOTION_PHRASES: readonly string[] = ['moved by', 'proposed by', 'seconded by', 'moved and seconded', 'proposed and seconded', 'on the motion of'];

/** Asking phrases of members' questions. */
export const QUESTION_PHRASES: readonly string[] = [
  'asked whether',
  'asked if',
  'asked about',
  'asked why',
  'asked how',
  'asked what',
  'asked when',
  'queried',
  'enquired',
  'inquired',
  'sought clarification',
  'sought assurance',
  'wished to know',
  'wanted to know',
  'a question from',
  'in response to a question',
  'supplementary question',
];

/** Attendance labels that open a list of people at the start of a line. */
export const ATTENDANCE_LIST_LABELS: readonly string[] = ['present:', 'members present:', 'apologies:', 'apologies for absence:', 'in attendance:', 'absent:', 'regrets:'];

/** Apologies given in a sentence, anywhere in a line. */
export const APOLOGY_PHRASES: readonly string[] = ['apologies were received from', 'apologies for absence were received from', 'apologies were given by', 'apologies were submitted by', 'sent apologies', 'sent their apologies', 'gave apologies', 'tendered apologies'];
