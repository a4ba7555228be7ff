// Unnumbered headings set in capitals, each on a line of its own, with or
// without blank lines around them ("MATTERS ARISING", "TREASURER’S REPORT"):
// community council and parish minutes typed in a word processor and saved as
// text. The weakest evidence after standalone lines: tried last.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { HONORIFIC_LINE, NOT_A_TITLE, STANDALONE_NOT_TITLE, cleanTitle, isContent, nextContent, withLetterCodes, LEADING_LETTER_CODE, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

// A heading is short; a longer line in capitals is a shouted sentence or a title block.
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 120;
// At least this many letters (an "AOB" of three passes, "A" does not).
const MIN_LETTERS = 3;
// How many headings make the layout.
const MIN_HEADINGS = 3;

/** A line in capitals throughout: letters, and no lower-case letter at all. */
function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= MIN_LETTERS;
}

function isCapitalHeading(t: Token): boolean {
  if (t.kind !== 'text' && t.kind !== 'heading') return false;
  const title = cleanTitle(t.line.text);
  return (
    inCapitals(title) &&
    title.length <= MAX_HEADING_LENGTH &&
    title.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !/[.,;]$/.test(title) &&
    // A row of a table (cells two spaces apart) is not a heading.
    !/\S {2,}\S/.test(t.line.text.trim().replace(LEADING_LETTER_CODE, '')) &&
    !NOT_A_TITLE.test(title) &&
    !STANDALONE_NOT_TITLE.test(title) &&
    !HONORIFIC_LINE.test(title)
  );
}

// How far into the document the attendance at the top may stand (a share of its lines).
const TOP_SHARE = 0.4;

/** The last attendance line near the top (Present, Apologies, In attendance), or -1. */
function lastTopAttendance(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0; i < Math.floor(tokens.length * TOP_SHARE); i++) if (tokens[i].kind === 'attendance') last = i;
  return last;
}

function capitalHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  // The page's own title block (the council, the meeting) stands above the attendance; names in mixed case may run on after it.
  const from = Math.max(1, lastTopAttendance(tokens) + 1);
  for (let i = from; i < tokens.length; i++) {
    if (!isCapitalHeading(tokens[i])) continue;
    const next = nextContent(tokens, i + 1);
    // A heading is followed by its minutes: a run of capital lines keeps its first line only, and the last line is no heading.
    if (next < 0 || isCapitalHeading(tokens[next])) continue;
    let previous = i - 1;
    while (previous >= 0 && !isContent(tokens[previous])) previous--;
    if (previous >= 0 && previous >= from && isCapitalHeading(tokens[previous])) continue;
    out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].line.text) });
  }
  return out;
}

export const capitalHeadingsLayout: LayoutRule = defineRule({
  id: 'layout-capital-headings',
  stage: 'layout',
  kind: 'headings',
  description: 'Unnumbered headings in capitals, each on its own line, blank lines around them or not: three or more.',
  examples: {
    context: 'document',
    valid: [
      'KELLOCH COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 3 MARCH\nPresent: Iona Reid, Calum Bain, Morven Tait\nMINUTES OF THE FEBRUARY MEETING\nThese were approved as correct.\nFOOTPATH BY THE BURN\nCalum reported that the path had flooded again and would write to the roads department.\nTREASURER’S REPORT\nThe balance stood at £812.40.',
      'ASHVALE DISTRICT COUNCIL\nMinutes of the Executive held on 2 April 2025\nPresent: Councillors Ames, Boyd and Cole\nEX 12  APOLOGIES\nNone were received.\nEX 13  CAR PARK CHARGES\nThe charges were frozen for the year.\nEX 14  LEISURE CONTRACT\nThe contract was extended to 2027.',
    ],
    // (second valid example) minute codes of shared letters before the headings are the items' numbers.
    invalid: ['KELLOCH COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 3 MARCH\nPresent: Iona Reid, Calum Bain, Morven Tait\nThe minutes of the February meeting were approved.\nCalum reported that the path had flooded again.\nThe balance stood at £812.40.'],
  },
  detect(tokens) {
    const starts = capitalHeadingStarts(tokens);
    return starts.length >= MIN_HEADINGS ? fits(withLetterCodes(starts)) : rejects(starts, `${starts.length} heading(s) in capitals, ${MIN_HEADINGS} needed`);
  },
});
