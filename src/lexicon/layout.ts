// Labels that open a line of minutes: where a text dump that lost its line
// breaks (a PDF copied as one run of text) is broken again before segmenting.
import { extendable } from './extend.js';

/** Decision lead-ins written in capitals that open their own paragraph ("RESOLVED that …"). */
export const DECISION_LINE_LEADS: readonly string[] = extendable('DECISION_LINE_LEADS', ['RESOLVED', 'IT WAS RESOLVED', 'AGREED']);
