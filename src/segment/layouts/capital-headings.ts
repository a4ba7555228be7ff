// Unnumbered headings set in capitals, each on a line of its own, with or
// without blank lines around them ("MATTERS ARISING", "TREASURER’S REPORT"):
// community council and parish minutes typed in a word processor and saved as
// text. The weakest evidence after standalone lines: tried last.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { cleanTitle, isContent, nextContent, withLetterCodes, LEADING_LETTER_CODE, standsAsTitle, type Start } from './shared.js';
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

// A minute number printed after the heading, right-aligned in a PDF's text: "TAXI LICENSING POLICY          114". Groups: heading, number.
const TRAILING_MINUTE_NUMBER = /^(\S.{2,150}?\S)\s{2,}(\d{1,4}(?:\/\d{2,4})?)\.?\s*$/;

/** The heading and its trailing minute number, or the line as it is. */
function headingParts(t: Token): { title: string; number: string | null } {
  const m = TRAILING_MINUTE_NUMBER.exec(t.line.text.trim());
  return m ? { title: cleanTitle(m[1]), number: m[2] } : { title: cleanTitle(t.line.text), number: null };
}

function isCapitalHeading(t: Token): boolean {
  if (t.kind !== 'text' && t.kind !== 'heading' && t.kind !== 'attendance') return false;
  const { title, number } = headingParts(t);
  // "APOLOGIES FOR ABSENCE  112" reads as an attendance label only for want of its minute number.
  if (t.kind === 'attendance' && number === null) return false;
  return (
    inCapitals(title) &&
    title.length <= MAX_HEADING_LENGTH &&
    title.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !/[.,;]$/.test(title) &&
    // A row of a table (cells two spaces apart) is not a heading.
    (number !== null || !/\S {2,}\S/.test(t.line.text.trim().replace(LEADING_LETTER_CODE, ''))) &&
    standsAsTitle(title)
  );
}

// How far into the document the attendance at the top may stand (a share of its lines).
const TOP_SHARE = 0.4;

/** The last attendance line near the top (Present, Apologies, In attendance), or -1. */
function lastTopAttendance(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0; i < Math.floor(tokens.length * TOP_SHARE); i++) if (tokens[i].kind === 'attendance' && headingParts(tokens[i]).number === null) last = i;
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
    const { title, number } = headingParts(tokens[i]);
    out.push({ at: i, titleIndex: i, number, title });
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
      'MARLBECK BOROUGH COUNCIL\nMinutes of the Licensing Committee held on 5 June 2025\nAPOLOGIES FOR ABSENCE        41\nApologies were received from Councillor Lund.\nTAXI FARES        42\nThe revised fares were approved.\nSTREET TRADING        43\nThe consent fees were frozen.',
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
