// Short heading lines between the minutes' sentences, with no blank lines, no numbers and no capitals to
// set them off ("Apologies for absence" / "Apologies were received from Cllr Lock." / "Finance" / "It was
// resolved to pay …"): parish minutes typed in a word processor, whose bold headings were lost when the
// text was copied out. The weakest evidence of all: tried after every other layout.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { OUTCOME_LINE, cleanTitle, isContent, isHeadingShaped, namesSection, nextContent, standsAsTitle, TOP_SHARE, topShareEnd, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

// A heading is a few words on a short line.
const MAX_HEADING_WORDS = 8;
const MAX_HEADING_LENGTH = 70;
// How many headings make the layout: fewer are too likely to be stray short lines.
const MIN_HEADINGS = 3;

/** A line that ends a sentence, a label or a bracket: what may stand before a heading. */
const ENDS_COMPLETE = /[.!?:;)"”’]$/;

function isRunInHeading(t: Token): boolean {
  if (t.kind !== 'text' && !(t.kind === 'attendance' && t.text === '')) return false;
  const text = t.line.text.trim();
  const title = cleanTitle(text);
  return (
    /^\p{Lu}/u.test(title) &&
    title.length <= MAX_HEADING_LENGTH &&
    title.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !/[.,;:]$/.test(title) &&
    // A row of a table (cells two spaces apart) or a line of figures is not a heading.
    !/\S {2,}\S/.test(text) &&
    !/\d{3,}/.test(title) &&
    isHeadingShaped(title) &&
    standsAsTitle(title) &&
    !OUTCOME_LINE.test(title)
  );
}

/** The last attendance line near the top ("Present: …", "Apologies"), or -1. */
function lastTopAttendance(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0, end = topShareEnd(tokens, TOP_SHARE); i < end; i++) if (tokens[i].kind === 'attendance' && tokens[i].text !== '') last = i;
  return last;
}

function runInHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  // The first line is the page's title; the attendance at the top is the header.
  for (let i = Math.max(1, lastTopAttendance(tokens) + 1); i < tokens.length; i++) {
    const t = tokens[i];
    if (!isRunInHeading(t)) continue;
    // Its minutes follow: a sentence, not another short line (a list of names, a table's cells).
    const next = nextContent(tokens, i + 1);
    if (next < 0 || isRunInHeading(tokens[next]) || !(ENDS_COMPLETE.test(tokens[next].line.text.trim()) || tokens[next].line.text.length > MAX_HEADING_LENGTH)) continue;
    // What stands before it is finished: a sentence, a label, or nothing (a blank line).
    let previous = i - 1;
    while (previous >= 0 && !isContent(tokens[previous])) previous--;
    // A section heading ("Delegations", "Staff Reports") may stand just above: its items are headed below it.
    const underSection = previous >= 0 && isRunInHeading(tokens[previous]) && namesSection(cleanTitle(tokens[previous].line.text));
    if (previous >= 0 && previous === i - 1 && !ENDS_COMPLETE.test(tokens[previous].line.text.trim()) && tokens[previous].kind !== 'attendance' && !underSection) continue;
    out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(t.line.text) });
  }
  return out;
}

export const runInHeadingsLayout: LayoutRule = defineRule({
  id: 'layout-run-in-headings',
  stage: 'layout',
  kind: 'headings',
  description:
    'Short unnumbered heading lines between the sentences of the minutes, no blank lines around them: three or more, each followed by its minutes; one may stand just below a section heading that names a group of items ("Delegations" / "Otter Bay Legion").',
  examples: {
    context: 'document',
    valid: [
      'Minutes of Brendon Parish Council meeting held on 2 June 2025\nPresent: Cllrs A Vowles (Chair), B Tapp, C Widgery\nApologies for absence\nApologies were received from Cllr Lock.\nHighways\nThe Clerk reported that the culvert had been cleared.\nFinance\nIt was resolved to pay the invoices listed.',
      // A section heading ("Delegations") just above an item's heading.
      'Township of Otter Bay Council Minutes\nPresent: Reeve Ida Marsh, Councillor Leo Park\nCall to Order\nReeve Marsh called the meeting to order.\nDelegations\nOtter Bay Legion\nThe Legion asked for a banner permit.\nAdjournment\nThe meeting adjourned at 8 p.m.',
    ],
    invalid: [
      'Minutes of Brendon Parish Council meeting held on 2 June 2025\nPresent: Cllrs A Vowles (Chair), B Tapp, C Widgery\nApologies were received from Cllr Lock.\nThe Clerk reported that the culvert had been cleared.\nIt was resolved to pay the invoices listed.',
      // Short lines in a row (names, a table's cells) are no headings.
      'Minutes of Brendon Parish Council meeting held on 2 June 2025\nThe following were present\nAnn Vowles\nBen Tapp\nCara Widgery\nThe Clerk reported that the culvert had been cleared.',
    ],
  },
  detect(tokens) {
    const starts = runInHeadingStarts(tokens);
    return starts.length >= MIN_HEADINGS ? fits(starts) : rejects(starts, `${starts.length} run-in heading line(s), ${MIN_HEADINGS} needed`);
  },
});
