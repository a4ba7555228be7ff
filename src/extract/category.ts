// Item categories that recur in every meeting, from the title.
import type { ItemCategory } from '../schema/document.js';

/** Ordered: the first title pattern that matches gives the category. */
export const CATEGORY_PATTERNS: readonly [ItemCategory, RegExp][] = [
  // "Declarations of Interest", "Disclosure of Interest", "Declarations of Pecuniary Interests", "Conflicts of Interest"
  ['declarations', /\b(?:declarations?|disclosures?|conflicts?)\s+of\s+(?:\w+\s+){0,2}interests?\b|\binterests?\s+declared\b/i],
  // "Apologies for Absence", "Apologies and Substitutes", "Leave of Absence"
  ['apologies', /^(?:\d+\.?\s*)?(?:apologies|leave of absence|attendance and apologies)\b/i],
  // "Minutes of the previous meeting", "Confirmation of Minutes", "Minutes of the meeting held on …"
  ['previous-minutes', /\b(?:minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting|confirmation\s+of\s+(?:the\s+)?minutes|minutes\s+of\s+the\s+(?:\w+\s+){0,4}meeting\s+held|^minutes$|adoption\s+of\s+(?:the\s+)?minutes|approval\s+of\s+(?:the\s+)?minutes)/i],
  // "Urgent business", "Any other business which the Chair considers urgent"
  ['urgent-business', /\burgent\s+(?:business|items?|matters?)\b|\bany\s+other\s+(?:urgent\s+)?business\b/i],
  // "Exclusion of the Press and Public", "Exempt information"
  ['exclusion', /\bexclusion\s+of\s+(?:the\s+)?(?:press|public)\b|\bexempt\s+(?:information|business)\b/i],
];

export function itemCategory(title: string): ItemCategory {
  for (const [category, re] of CATEGORY_PATTERNS) if (re.test(title)) return category;
  return 'substantive';
}
