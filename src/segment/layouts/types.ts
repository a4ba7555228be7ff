// A layout detector: one way minutes lay out their items (ModernGov "Agenda
// item" pages, numbered headings, printed minute references, …). Each reads the
// whole token stream and proposes item starts, or says why the layout does not
// fit; segment/items.ts tries them in registry order and takes the first fit.
import type { Token } from '../../tokenize/classify.js';
import type { RuleMeta } from '../../rules/define.js';
import type { Start } from './shared.js';

/** The coarse family of a layout, which later stages read (meeting facts of an "Agenda item" page, checks of a single item). */
export type LayoutKind = 'agenda-item' | 'numbered' | 'headings' | 'indented' | 'blank-separated' | 'single';

export interface Detection {
  starts: Start[];
  /** How many items the layout found (what competing layouts are compared on). */
  score: number;
  /** Why the layout does not fit this document; absent when it does. */
  rejected?: string;
}

/** Other detectors' results, computed once per document, for layouts that are chosen by comparison. */
export interface LayoutContext {
  detect(id: string): Detection;
}

export interface LayoutRule extends RuleMeta {
  stage: 'layout';
  kind: LayoutKind;
  detect(tokens: readonly Token[], context: LayoutContext): Detection;
}

/** A detection that fits. */
export const fits = (starts: Start[]): Detection => ({ starts, score: starts.length });
/** A detection that does not fit, with the reason. */
export const rejects = (starts: Start[], reason: string): Detection => ({ starts, score: starts.length, rejected: reason });
