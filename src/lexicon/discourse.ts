// Discourse vocabulary: the openers minutes put before the subject of a
// sentence ("During the debate, Councillor Ash asked …"). Rules find their
// subject after any of these, so one list serves every extractor.
import { extendable } from './extend.js';

/** Connective adverbs that open a sentence and carry no record of their own. */
export const CONNECTIVES: readonly string[] = extendable('CONNECTIVES', [
  'Additionally',
  'Also',
  'Furthermore',
  'Further',
  'Finally',
  'However',
  'In addition',
  'In conclusion',
  'In summary',
  'Lastly',
  'Likewise',
  'Moreover',
  'Separately',
  'Similarly',
  'Subsequently',
  'Then',
  'Thereafter',
]);

/** Prepositions that open a framing clause ending at its comma: "During the debate, …", "Referring to the minutes, …". */
export const FRAMING_PREPOSITIONS: readonly string[] = extendable('FRAMING_PREPOSITIONS', [
  'After',
  'As soon as',
  'At the invitation of',
  'At the request of',
  'Before',
  'During',
  'Following',
  // Rules and conditions a task is set under: "In accordance with the Procedure Rules, the Cabinet Member would respond …".
  'In accordance with',
  'In line with',
  'In relation to',
  'In the course of',
  'On the subject of',
  // A time or condition the task waits for: "Once the quotes are in, the Clerk will circulate them", "When the survey is back, …".
  'Once',
  'Referring to',
  'Regarding',
  'Turning to',
  'When',
  'With reference to',
  'With regard to',
  'With the agreement of',
  'With the consent of',
  'With the permission of',
]);
