// Printed minutes that note the agenda item under each minute's heading: "Budget Monitoring" / "(Item 5)".
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { NOT_A_TITLE, cleanTitle, isContent, isHeadingShaped, isSubNumber, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

/** A number alone on its line, as page numbers are printed. */
const BARE_NUMBER = /^\s*\d{1,4}\s*$/;
// How many lines above its heading a wrapped title may start.
const MAX_WRAPPED_LINES = 2;

/** Printed minutes: a heading line followed by "(Item 5)"; the heading may carry the minute number. */
function referenceStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'item-reference') continue;
    let j = i - 1;
    // A page number printed between the heading and its reference ("6" at the foot of a page) is not the title.
    while (j >= 0 && (!isContent(tokens[j]) || BARE_NUMBER.test(tokens[j].line.text))) j--;
    if (j < 0) continue;
    const t = tokens[j];
    const numbered = t.kind === 'numbered-heading' && t.marker && !isSubNumber(t.marker);
    let title = cleanTitle(numbered ? t.text : t.line.text);
    if (!title || NOT_A_TITLE.test(title)) continue;
    // A heading that wraps ("… Regional Adoption Agency Annual Report" / "2023/2024"): the lines directly
    // above, back to a blank line, are the start of the title when they read as one heading.
    let at = j;
    while (!numbered && at - 1 >= 0 && j - at < MAX_WRAPPED_LINES && tokens[at - 1].kind === 'text' && !/[.:;,]$/.test(tokens[at - 1].line.text)) at--;
    if (at < j) {
      const joined = cleanTitle(tokens.slice(at, j + 1).map((x) => x.line.text).join(' '));
      if ((at === 0 || !isContent(tokens[at - 1])) && isHeadingShaped(joined)) title = joined;
      else at = j;
    }
    const ref = /\d{1,3}[a-z]?/i.exec(tokens[i].line.text);
    // A numbered heading that wraps onto the line above the reference ("284. Declarations of … Significant" /
    // "Interests in items on the agenda" / "(Item 2)"): the item starts at the number, the title is both lines.
    const above = at - 1 >= 0 && at === j && !numbered ? tokens[at - 1] : undefined;
    if (above && above.kind === 'numbered-heading' && above.marker && !isSubNumber(above.marker) && !/[.:;]$/.test(above.text)) {
      out.push({ at: at - 1, titleIndex: j, number: above.marker, title: cleanTitle(`${above.text} ${t.line.text}`) });
      continue;
    }
    out.push({ at, titleIndex: j, number: numbered ? t.marker! : ref ? ref[0] : null, title });
  }
  return out;
}

export const itemReferencesLayout: LayoutRule = defineRule({
  id: 'layout-item-references',
  stage: 'layout',
  kind: 'numbered',
  description: 'Printed minutes with "(Item 5)" under each heading, when such headings are at least as many as the numbered ones.',
  examples: {
    context: 'document',
    valid: ['Fenmoor District Council\n\n31. Apologies for Absence\n(Item 1)\n\nCllr Hale.\n\n32. Car Park Charges\n(Item 4)\n\nRESOLVED that the charges be frozen.'],
    invalid: ['Fenmoor District Council\n\n31. Apologies for Absence\n\nCllr Hale.\n\n32. Car Park Charges\n\nRESOLVED that the charges be frozen.'],
  },
  detect(tokens, context) {
    const starts = referenceStarts(tokens);
    if (starts.length < 2) return rejects(starts, `${starts.length} "(Item N)" reference(s), two needed`);
    const numbered = context.detect('layout-numbered').score;
    return starts.length >= numbered ? fits(starts) : rejects(starts, `fewer referenced headings than numbered headings (${numbered})`);
  },
});
