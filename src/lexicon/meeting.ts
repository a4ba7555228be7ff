// The words of a meeting's body in its heading: how a council is named by its
// kind rather than its place ("the Town Council", "Full Council"), meetings that
// are bodies in their own right ("Annual Parish Meeting"), and the verbs that make
// "the minutes of …" a previous meeting's minutes rather than this one's title.
import { extendable } from './extend.js';

/**
 * Words that qualify "Council" by its kind, not its place: "the Town Council", "the County Council".
 * A council so named is the council a heading line names in full ("ASHCOMBE TOWN COUNCIL").
 */
export const COUNCIL_DESIGNATIONS: readonly string[] = extendable('COUNCIL_DESIGNATIONS', [
  'Town',
  'Parish',
  'Community',
  'Village',
  'City',
  'County',
  'Borough',
  'District',
  'Regional',
  'Shire',
  'Municipal',
  'Metropolitan',
]);

/** Meetings that are a body in their own right, not a council's meeting: a parish's electors meet as the "Annual Parish Meeting". */
export const ELECTORS_MEETINGS: readonly string[] = extendable('ELECTORS_MEETINGS', ['Annual Parish Meeting', 'Annual Town Meeting', 'Annual Village Meeting', 'Annual Community Meeting', 'Parish Meeting', 'Town Meeting']);

/** Verbs before "the minutes of …" that make them a previous meeting's: "To confirm as a correct record the minutes of the Board held on …". */
export const MINUTES_APPROVING_VERBS: readonly string[] = extendable('MINUTES_APPROVING_VERBS', ['confirm', 'approve', 'receive', 'adopt', 'sign', 'accept', 'agree', 'note', 'read']);

/** Labels printed before the body's name in a heading table: "Name of meeting  SCRUTINY COMMITTEE", "Committee name: Licensing". */
export const BODY_NAME_LABELS: readonly string[] = extendable('BODY_NAME_LABELS', ['Name of meeting', 'Meeting name', 'Name of committee', 'Committee name', 'Name of body']);
