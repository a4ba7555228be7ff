// No layout fits: the page is one item, titled by its first line.
import { defineRule } from '../../rules/define.js';
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
