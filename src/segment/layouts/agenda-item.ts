// ModernGov single-item pages: "Agenda item" (or "Agenda item - 5") above the item's title.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { cleanTitle, contentIndex, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

function markerStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'agenda-item-marker') continue;
    // The title is the next non-blank line, even one that reads like furniture ("Minutes").
    let j = i + 1;
    while (j < tokens.length && (tokens[j].kind === 'blank' || tokens[j].rule === 'link-residue')) j++;
    if (j >= tokens.length) continue;
    const title = cleanTitle(tokens[j].line.text);
    out.push({ at: i, titleIndex: j, number: tokens[i].marker ?? null, title });
  }
  return out;
}

// How many content lines may stand above the page's "Agenda item" header (the site's page title).
const MAX_LINES_ABOVE = 4;

export const agendaItemLayout: LayoutRule = defineRule({
  id: 'layout-agenda-item',
  stage: 'layout',
  kind: 'agenda-item',
  description: 'A ModernGov single-item page: the "Agenda item" header above the title, the minutes below.',
  examples: {
    context: 'document',
    valid: ['Agenda item\n\nTree Planting Strategy\n\nMinutes:\n\nThe Panel received the strategy. RESOLVED that it be noted.'],
    invalid: ['Declarations of Interest\n\nMember\n\nInterest\n\nCllr Frost\n\nAgenda item\n\nPersonal'],
  },
  detect(tokens) {
    // "Agenda item" heads a single-item page; further down it is a table heading ("Member | Agenda Item").
    const starts = markerStarts(tokens).filter((m, k) => k > 0 || contentIndex(tokens, m.at) < MAX_LINES_ABOVE);
    return starts.length > 0 ? fits(starts) : rejects(starts, 'no "Agenda item" header near the top');
  },
});
