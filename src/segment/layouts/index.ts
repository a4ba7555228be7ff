// The layout registry: detectors tried in this order, the first that fits segments the document.
// Order matters: specific page types (ModernGov "Agenda item" pages, decision listings, numbered
// motions, restarting numbering) are recognised before the general numbered and heading layouts,
// and the weakest evidence (indentation, standalone lines) comes last.
import type { Token } from '../../tokenize/classify.js';
import { agendaItemLayout } from './agenda-item.js';
import { decisionListingLayout } from './decision-listing.js';
import { numberedMotionsLayout } from './numbered-motions.js';
import { restartHeadingsLayout } from './restart-headings.js';
import { readerHeadingsLayout } from './reader-headings.js';
import { itemReferencesLayout } from './item-references.js';
import { numberedLayout } from './numbered.js';
import { letteredLayout, letteredSectionsLayout } from './lettered.js';
import { indentedLayout } from './indented.js';
import { blankSeparatedLayout } from './blank-separated.js';
import { capitalHeadingsLayout } from './capital-headings.js';
import { runInHeadingsLayout } from './run-in-headings.js';
import { singleItemLayout } from './single.js';
import type { Detection, LayoutContext, LayoutRule } from './types.js';

export const LAYOUTS: readonly LayoutRule[] = [
  agendaItemLayout,
  decisionListingLayout,
  numberedMotionsLayout,
  restartHeadingsLayout,
  // Marked headings and "(Item N)" references are compared with the numbered headings, so they come first.
  readerHeadingsLayout,
  itemReferencesLayout,
  // Lettered sections over numbered items are read before the numbered items alone.
  letteredSectionsLayout,
  numberedLayout,
  letteredLayout,
  indentedLayout,
  blankSeparatedLayout,
  capitalHeadingsLayout,
  runInHeadingsLayout,
];

export { singleItemLayout };
export type { Detection, LayoutRule, LayoutKind } from './types.js';

/** A layout that was tried and did not fit, with the reason. */
export interface RejectedLayout {
  id: string;
  reason: string;
  /** Items it would have found. */
  score: number;
}

export interface LayoutChoice {
  rule: LayoutRule;
  detection: Detection;
  /** The layouts tried before it, in order. */
  rejected: RejectedLayout[];
}

/** Tries the layouts in order; the first that fits wins, else the single-item layout. */
export function chooseLayout(tokens: readonly Token[], layouts: readonly LayoutRule[] = LAYOUTS): LayoutChoice {
  const memo = new Map<string, Detection>();
  const byId = new Map(layouts.map((l) => [l.id, l]));
  const context: LayoutContext = {
    detect(id) {
      let d = memo.get(id);
      if (!d) {
        const rule = byId.get(id);
        d = rule ? rule.detect(tokens, context) : { starts: [], score: 0, rejected: 'unknown layout' };
        memo.set(id, d);
      }
      return d;
    },
  };
  const rejected: RejectedLayout[] = [];
  for (const rule of layouts) {
    const detection = context.detect(rule.id);
    if (detection.rejected === undefined) return { rule, detection, rejected };
    rejected.push({ id: rule.id, reason: detection.rejected, score: detection.score });
  }
  return { rule: singleItemLayout, detection: { starts: [], score: 0 }, rejected };
}
