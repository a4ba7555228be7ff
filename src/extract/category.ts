// Item categories that recur in every meeting, from the title.
import type { ItemCategory } from '../schema/document.js';
import { defineRule, type RuleMeta } from '../rules/define.js';
import { memo } from '../util/memo.js';

/** An item-category rule: a title pattern that gives an agenda item its `category`. */
export interface CategoryRule extends RuleMeta {
  stage: 'category';
  category: ItemCategory;
  pattern: RegExp;
}

/**
 * Ordered: the first title pattern that matches gives the category; no match
 * is 'substantive'. Each rule's id is `category-<category>`; its examples are
 * item titles, run through the whole pipeline to check the item's category.
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  defineRule({
    id: 'category-declarations',
    stage: 'category',
    category: 'declarations',
    description: 'Declarations or disclosures of interest.',
    examples: { valid: ['Declarations of Interest', 'Disclosures of Pecuniary Interests'], invalid: ['Register of Members’ Interests Review'], context: 'title' },
    // "Declarations of Interest", "Disclosure of Interest", "Declarations of Pecuniary Interests", "Conflicts of Interest"
    pattern: /\b(?:declarations?|disclosures?|conflicts?)\s+of\s+(?:\w+\s+){0,2}interests?\b|\binterests?\s+declared\b/i,
  }),
  defineRule({
    id: 'category-apologies',
    stage: 'category',
    category: 'apologies',
    description: 'Apologies for absence, leave of absence.',
    examples: { valid: ['Apologies for Absence and Substitutions', 'Leave of Absence'], invalid: ['Absence Management Policy'], context: 'title' },
    // "Apologies for Absence", "Apologies and Substitutes", "Leave of Absence"
    pattern: /^(?:\d+\.?\s*)?(?:apologies|leave of absence|attendance and apologies)\b/i,
  }),
  defineRule({
    id: 'category-previous-minutes',
    stage: 'category',
    category: 'previous-minutes',
    description: 'Minutes of the previous meeting, confirmation of minutes.',
    examples: { valid: ['Minutes of the previous meeting', 'Confirmation of Minutes'], invalid: ['Minutes of the Youth Forum for information'], context: 'title' },
    // "Minutes of the previous meeting", "Confirmation of Minutes", "Minutes of the meeting held on …"
    pattern: /\b(?:minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting|confirmation\s+of\s+(?:the\s+)?minutes|minutes\s+of\s+the\s+(?:\w+\s+){0,4}meeting\s+held|^minutes$|adoption\s+of\s+(?:the\s+)?minutes|approval\s+of\s+(?:the\s+)?minutes)/i,
  }),
  defineRule({
    id: 'category-urgent-business',
    stage: 'category',
    category: 'urgent-business',
    description: 'Urgent business, any other business.',
    examples: { valid: ['Any other business', 'Urgent Items'], invalid: ['Urgent Care Centre Update'], context: 'title' },
    // "Urgent business", "Any other business which the Chair considers urgent"
    pattern: /\burgent\s+(?:business|items?|matters?)\b|\bany\s+other\s+(?:urgent\s+)?business\b/i,
  }),
  defineRule({
    id: 'category-exclusion',
    stage: 'category',
    category: 'exclusion',
    description: 'Exclusion of the press and public, exempt business.',
    examples: { valid: ['Exclusion of the Press and Public'], invalid: ['Social Exclusion Strategy'], context: 'title' },
    // "Exclusion of the Press and Public", "Exempt information"
    pattern: /\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b|\bexempt\s+(?:information|business)\b/i,
  }),
];

/** [category, pattern] in rule order. */
export const CATEGORY_PATTERNS: readonly [ItemCategory, RegExp][] = CATEGORY_RULES.map((r) => [r.category, r.pattern]);

/**
 * The category of an item from its title. The parse, presenters and declarations each ask it of every
 * item, and the same few titles ("Apologies for Absence") recur across meetings: answers are kept.
 */
export const itemCategory: (title: string) => ItemCategory = memo(categoryOfTitle, 512);

function categoryOfTitle(title: string): ItemCategory {
  for (const [category, re] of CATEGORY_PATTERNS) if (re.test(title)) return category;
  return 'substantive';
}
