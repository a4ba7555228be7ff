// ModernGov meeting pages copied as text: headings at the margin, their minutes indented.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { LISTING_HEADING, NOT_A_TITLE, cleanTitle, endsInFileSize, isContent, isHeadingShaped, mostlyCapitals, nextContent, withLetterCodes, type Start } from './shared.js';
import { wrappedCapitals } from './numbered.js';
import { fits, rejects, type Detection, type LayoutRule } from './types.js';

// Indentation (columns) that marks a line as minutes under a margin heading.
const INDENT = 2;
// How many indented lines make the layout: after a "No. Item" listing heading a short page qualifies.
const MIN_INDENTED_AFTER_LISTING = 2;
const MIN_INDENTED = 8;
// Indented lines must outnumber margin lines by this much.
const INDENTED_TO_MARGIN = 1.5;
// Share of margin lines that must read as headings.
const MARGIN_HEADING_SHARE = 0.6;
// A margin line of this many words closed by a full stop is a sentence ("The meeting closed at 8.05 pm."), not a heading.
const SENTENCE_WORDS = 4;

/** A sentence at the margin: several words in mixed case closed by a full stop. */
function isMarginSentence(title: string): boolean {
  return /\.$/.test(title) && !mostlyCapitals(title) && title.split(/\s+/).length >= SENTENCE_WORDS;
}

function indentedStarts(tokens: readonly Token[]): Detection {
  // After a "No. Item" listing heading the page is an agenda: a short one (two or three items) qualifies too.
  const listing = tokens.findIndex((t) => t.rule === 'listing-furniture' && LISTING_HEADING.test(t.line.text.trim()));
  const from = listing + 1;
  const region = tokens.slice(from);
  let indented = 0;
  let margin = 0;
  for (const t of region) {
    if (!isContent(t)) continue;
    if (t.line.indent >= INDENT) indented++;
    else margin++;
  }
  if (indented < (listing >= 0 ? MIN_INDENTED_AFTER_LISTING : MIN_INDENTED) || indented < margin * INDENTED_TO_MARGIN) return rejects([], `${indented} indented lines against ${margin} at the margin`);
  // The margin must hold headings: prose at the margin (site navigation indented deeper) is not this layout.
  const marginTokens = region.filter((t) => isContent(t) && t.line.indent < INDENT);
  const headingLike = marginTokens.filter((t) => isHeadingShaped(cleanTitle(t.line.text))).length;
  if (headingLike < marginTokens.length * MARGIN_HEADING_SHARE) return rejects([], 'the margin holds prose, not headings');
  const out: Start[] = [];
  let sawIndented = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isContent(t)) continue;
    if (t.line.indent >= INDENT) {
      sawIndented = true;
      continue;
    }
    const j = nextContent(tokens, i + 1);
    // A heading with its papers' link ("Minutes of Previous Meetings pdf icon PDF 307 KB") is an item even with no minutes under it.
    if (j < 0 || (tokens[j].line.indent < INDENT && !endsInFileSize(t.line.text))) continue;
    const title = cleanTitle(t.line.text);
    if (NOT_A_TITLE.test(title) || t.kind === 'attendance' || t.kind === 'resolved') continue;
    if ((!isHeadingShaped(title) || isMarginSentence(title)) && sawIndented) continue;
    // A heading in capitals wrapped onto the minutes' column ("PL.103  LAND ADJACENT TO 14 MILL LANE," / "LANGDALE").
    const wrapped = wrappedCapitals(tokens, i, title);
    out.push(wrapped ? { at: i, titleIndex: i + 1, number: null, title: `${title} ${wrapped}` } : { at: i, titleIndex: i, number: null, title });
  }
  // Minute codes before the headings ("PL.101  DECLARATIONS OF INTEREST"): the code is the item's number.
  return out.length >= 2 ? fits(withLetterCodes(out)) : rejects(out, `${out.length} margin heading(s) over indented minutes, two needed`);
}

export const indentedLayout: LayoutRule = defineRule({
  id: 'layout-indented',
  stage: 'layout',
  kind: 'indented',
  description: 'Headings at the margin with their minutes indented (ModernGov pages copied as text, printed minutes with a "Minute No." column): a minute code before the heading ("PL.101  MINUTES") is its number, a heading in capitals wrapped onto the minutes\' column continues on that line, and a sentence at the margin ("The meeting closed at 8.05 pm.") heads nothing.',
  examples: {
    context: 'document',
    valid: [
      'No. Item\n\nCemetery Fees\n    The Panel reviewed the fees.\n\nCommunity Grants\n    The Panel considered the grant applications.\n    RESOLVED that the grants be awarded.',
    ],
    invalid: ['Apologies for Absence\nApologies were received from Cllr Pike.\n\nCommunity Grants\nThe Panel considered the grant applications.'],
  },
  detect: indentedStarts,
});
