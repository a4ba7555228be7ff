// The refiners parse.ts runs over the whole document, in order.
import { carriedMotionActions, carriedMotionResolutions } from './carried-motions.js';
import type { Refiner } from './types.js';

export type { Refiner, RefineContext } from './types.js';

/** Order matters: carried motions become resolutions before their clauses are read for actions. */
export const REFINERS: readonly Refiner[] = [carriedMotionResolutions, carriedMotionActions];
