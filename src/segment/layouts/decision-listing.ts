// ModernGov decision listings: each "DD/MM/YYYY - Title ref: N" line starts a decision.
import { defineRule } from '../../rules/define.js';
import { cleanTitle, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

export const decisionListingLayout: LayoutRule = defineRule({
  id: 'layout-decision-listing',
  stage: 'layout',
  kind: 'headings',
  description: 'A ModernGov decisions listing: each dated "Title ref: N" line is one decision.',
  examples: {
    context: 'document',
    valid: ['Decisions\n\n03/02/2025 - Allotment Rents 2025/26 ref: 4411  Recommendations Approved\n\nDecision Maker: Cabinet\n\nDecision:\n\nThat the rents be increased by 3%.'],
    invalid: ['1. Allotment Rents 2025/26\n\nThe rents were reviewed on 03/02/2025 and increased by 3%.'],
  },
  detect(tokens) {
    const starts: Start[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind === 'decision-title') starts.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].text) });
    }
    return starts.length > 0 ? fits(starts) : rejects(starts, 'no dated "ref:" decision lines');
  },
});
