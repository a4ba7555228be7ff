// No layout fits: the page is one item, titled by its first line.
import { defineRule } from '../../rules/define.js';
import { MUNICIPALITY_KINDS, MUNICIPALITY_KIND_PREFIXES, caselessAlternation } from '../../lexicon/index.js';
import { fits, type LayoutRule } from './types.js';

export const singleItemLayout: LayoutRule = defineRule({
  id: 'layout-single',
  stage: 'layout',
  kind: 'single',
  description: 'No layout fits: the whole text is one item, titled by its first line when that reads as a heading.',
  examples: {
    context: 'document',
    valid: ['Review of Market Stall Fees\n\nThe Committee considered the fees and agreed to hold them at current levels.'],
    invalid: ['1. Apologies\n\nNone received.\n\n2. Market Stall Fees\n\nThe fees were held.'],
  },
  // segment/items.ts builds the single item itself (its title may stay in the body); this rule names the choice.
  detect: () => fits([]),
});

/**
 * A municipality's masthead on its own line: "City of Kingston", "LONDON BOROUGH OF BROMLEY",
 * "RURAL MUNICIPALITY OF COTEAU PLAINS NO. 287". The place name is a few capitalised words.
 */
const MASTHEAD = new RegExp(
  String.raw`^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:${caselessAlternation(MUNICIPALITY_KIND_PREFIXES)}\s+)?${caselessAlternation(MUNICIPALITY_KINDS)}\s+of\s+(?:the\s+district\s+of\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:upon\s+|on\s+)?\p{Lu}[\p{L}'’-]*){0,3}(?:\s+no\.?\s*\d{1,4})?$`,
  'iu',
);

/** Is this line a municipality's masthead (the council's name), not a heading of business? */
export function isMunicipalityMasthead(text: string): boolean {
  return MASTHEAD.test(text.trim());
}

/**
 * No layout fits and the page opens with the council's masthead: the page is a meeting's header
 * (masthead, attendance, opening) cut off before its first heading, not one item's page, so the
 * masthead is not an item's title and the page has no item. A page whose heading stands after the
 * attendance list keeps that heading (the single-item layout).
 */
export const mastheadOnlyPage: LayoutRule = defineRule({
  id: 'layout-masthead-only',
  stage: 'layout',
  kind: 'single',
  description: "No layout fits and the page opens with a municipality's masthead ('City of Kingston', 'LONDON BOROUGH OF BROMLEY') with no heading after it: the masthead is no item's title and the page has no item.",
  examples: {
    context: 'document',
    valid: [
      'City of Kingston\n\nCouncil Meeting Minutes\n\nPresent:\n• Councillor Amos\n• Mayor Paterson\n\nThe meeting was called to order at 4:46 p.m.',
      'TOWNSHIP OF ELM CREEK\n\nMinutes of the regular meeting of Council held March 3, 2025.\n\nPresent: Reeve Dale Hart; Councillors Ann Voss, Tom Reid.\n\nThe meeting opened at 7:00 p.m.',
      'London Borough of Ashcombe\n\nMINUTES of the proceedings of the Meeting of the Council held at 7.00 pm on 4 July 2016',
    ],
    invalid: [
      'Review of Market Stall Fees\n\nThe Committee considered the fees and agreed to hold them at current levels.',
      'City of Kingston Heritage Fund Grants and Awards Review\n\nThe Committee considered the grants and agreed them.',
      'Town of Elm Creek\n\nPresent: Mayor Ann Voss; Councillors Tom Reid, Jo Hale.\n\nPUBLIC PARTICIPATION SESSION\n\nTwo residents spoke about the park.\n\nMr Dunn asked when the swings would be repaired.\n\nThe Clerk will report the repair date at the next meeting.\n\nThe session closed at 7:20 p.m.\n',
    ],
  },
  // segment/items.ts applies it in the single-item fallback; this rule names the choice.
  detect: () => fits([]),
});
