// Discussion: the bullets and paragraphs of recorded discussion that no
// lead-in claims (resolutions, decisions and action lists are not discussion).
import type { Discussion } from '../schema/document.js';
import { placeOf, type ItemContext } from './types.js';

export function extractDiscussion(ctx: ItemContext): Discussion[] {
  const out: Discussion[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'resolutions' || section.kind === 'decision' || section.kind === 'actions') continue;
    for (const b of section.blocks) {
      if (b.kind === 'paragraph' || b.kind === 'bullet') out.push({ text: b.text, ...placeOf(b) });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
