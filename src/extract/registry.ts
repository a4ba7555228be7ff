// The rule registry: every rule of every stage with a stable id, the minute
// phrasing it matches and an example, generated from the rule tables
// themselves (LINE_RULES, KIND_PATTERNS, CATEGORY_PATTERNS; presenter, question, attendance and
// action rules are defineRule objects, listed from src/rules/define.ts). `minutes rules`
// prints it; test/rules.test.ts runs every example through its rule, so the
// documentation cannot drift from the code.
import type { ItemCategory, ResolutionKind } from '../schema/document.js';
import { markdownToLines } from '../read/markdown.js';
import type { SourceLine } from '../read/types.js';
import { LINE_RULES, type LineRule } from '../tokenize/classify.js';
import { KIND_PATTERNS, resolutionKind } from './resolutions.js';
import { CATEGORY_PATTERNS, itemCategory } from './category.js';

export type RuleStage = 'line' | 'resolution-kind' | 'action' | 'presenter' | 'question' | 'attendance' | 'category';

export interface RuleEntry {
  id: string;
  stage: RuleStage;
  /** What minute phrasing the rule matches. */
  description: string;
  example: string;
  /** True when the rule fires on the text (how the registry tests its own examples). */
  fires(text: string): boolean;
}

interface Doc {
  description: string;
  example: string;
}

/** A source line for a line rule's example; examples written as markdown headings get the reader's heading hint. */
export function exampleLine(text: string): SourceLine {
  if (/^#{1,6}\s/.test(text)) return markdownToLines(text)[0];
  return { line: 1, text, indent: 0 };
}

const lineEntry = (rule: LineRule): RuleEntry => ({
  id: rule.id,
  stage: 'line',
  description: rule.description,
  example: rule.example,
  fires: (text) => rule.match(exampleLine(text)) !== null,
});

/** What each resolution-kind pattern matches: keyed by kind, so a new kind without docs fails to compile. */
const KIND_DOCS: Record<Exclude<ResolutionKind, 'other'>, Doc> = {
  granted: { description: 'Permission or consent granted.', example: 'That planning permission be granted subject to conditions.' },
  refused: { description: 'An application or permission refused.', example: 'That the application be refused.' },
  deferred: { description: 'A decision deferred to a later meeting.', example: 'That consideration of the item be deferred to the next meeting.' },
  delegated: { description: 'Authority delegated to an officer or member.', example: 'That authority be delegated to the Director of Place to agree the final terms.' },
  recommended: { description: 'A recommendation to another body (Council, Cabinet).', example: 'That Cabinet recommend to Council the revised fees.' },
  noted: { description: 'A report or update noted.', example: 'That the report be noted.' },
  approved: { description: 'Something approved, confirmed, ratified or endorsed.', example: 'That the revised budget be approved.' },
  adopted: { description: 'A policy or plan adopted.', example: 'That the Local Plan be adopted.' },
  requested: { description: 'A request or instruction to officers or others.', example: 'That officers be requested to review the charges.' },
  agreed: { description: 'Something agreed or supported.', example: 'That the Committee agrees the terms of reference.' },
  rejected: { description: 'A proposal rejected or not supported.', example: 'That the proposal be rejected.' },
};

const CATEGORY_DOCS: Record<Exclude<ItemCategory, 'substantive'>, Doc> = {
  declarations: { description: 'Declarations or disclosures of interest.', example: 'Declarations of Interest' },
  apologies: { description: 'Apologies for absence, leave of absence.', example: 'Apologies for Absence and Substitutions' },
  'previous-minutes': { description: 'Minutes of the previous meeting, confirmation of minutes.', example: 'Minutes of the previous meeting' },
  'urgent-business': { description: 'Urgent business, any other business.', example: 'Any other business' },
  exclusion: { description: 'Exclusion of the press and public, exempt business.', example: 'Exclusion of the Press and Public' },
};



/** Every rule, in pipeline order: line rules, then each extractor's patterns. */
export function ruleRegistry(lineRules: readonly LineRule[] = LINE_RULES): RuleEntry[] {
  const kinds = KIND_PATTERNS.map(([kind]): RuleEntry => {
    const doc = KIND_DOCS[kind as keyof typeof KIND_DOCS];
    return { id: `resolution-kind-${kind}`, stage: 'resolution-kind', ...doc, fires: (t) => resolutionKind(t) === kind };
  });
  const categories = CATEGORY_PATTERNS.map(([category]): RuleEntry => {
    const doc = CATEGORY_DOCS[category as keyof typeof CATEGORY_DOCS];
    return { id: `category-${category}`, stage: 'category', ...doc, fires: (t) => itemCategory(t) === category };
  });
  return [...lineRules.map(lineEntry), ...kinds, ...categories];
}

/** Documentation entries for pattern tables; exported for the registry's completeness test. */
export const REGISTRY_DOCS = { KIND_DOCS, CATEGORY_DOCS };
