// Refiners: document-wide passes that run after every item's records are
// made and read records across kinds (a carried motion becomes a resolution,
// a resolution asking for a report becomes an action). Each is a rule object
// (defineRule, stage 'refiner') with a `refine` function; parse.ts runs them
// in the order of REFINERS (src/refine/index.ts).
import type { MinutesDocument } from '../schema/document.js';
import type { RuleMeta } from '../rules/define.js';

/** What a refiner may read besides the document. Empty for now: the document holds what they need. */
export type RefineContext = Record<string, never>;

export interface Refiner extends RuleMeta {
  stage: 'refiner';
  /** Returns the refined document (it may be the same object, changed in place). */
  refine(doc: MinutesDocument, ctx: RefineContext): MinutesDocument;
}
