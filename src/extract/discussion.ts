// Discussion: the bullets and paragraphs of recorded discussion that no
// lead-in claims (resolutions, decisions and action lists are not discussion).
import type { Discussion } from '../schema/document.js';
import { defineRule } from '../rules/define.js';
import { placeOf, type ItemContext } from './types.js';

export const discussionBlockRule = defineRule({
  id: 'discussion-block',
  stage: 'discussion',
  description: 'A paragraph or bullet of an item outside its resolutions, decision and action sections is recorded discussion.',
  examples: {
    valid: ['Members discussed the condition of the play area on Mill Lane and the cost of new equipment.'],
    invalid: ['RESOLVED that the report be noted.'],
  },
});

export function extractDiscussion(ctx: ItemContext): Discussion[] {
  const out: Discussion[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'resolutions' || section.kind === 'decision' || section.kind === 'actions') continue;
    for (const b of section.blocks) {
      if (b.kind === 'paragraph' || b.kind === 'bullet') out.push({ text: b.text, ...placeOf(b), rule: discussionBlockRule.id });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
