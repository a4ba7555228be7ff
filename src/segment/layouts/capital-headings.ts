// Unnumbered headings set in capitals, each on a line of its own, with or
// without blank lines around them ("MATTERS ARISING", "TREASURER’S REPORT"):
// community council and parish minutes typed in a word processor and saved as
// text. The weakest evidence after standalone lines: tried last.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { COURTESY_TITLES, MEETING_KINDS, MEMBER_HONORIFICS, MINUTES_DOCUMENT_NAMES, alternation } from '../../lexicon/index.js';
import {
  cleanTitle,
  inCapitals,
  isContent,
  isSectionHeading,
  isHeadingShaped,
  mostlyCapitals,
  minutesFollow,
  nextContent,
  openingAboveAttendance,
  withLetterCodes,
  wordCount,
  LEADING_LETTER_CODE,
  OUTCOME_LINE,
  standsAsTitle,
  TOP_SHARE,
  topShareEnd,
  type Start,
  headingParts,
} from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

// A heading is short; a longer line in capitals is a shouted sentence or a title block.
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 120;
// How many headings make the layout.
const MIN_HEADINGS = 3;


function isCapitalHeading(t: Token): boolean {
  if (t.kind !== 'text' && t.kind !== 'heading' && t.kind !== 'attendance') return false;
  const { title, number } = headingParts(t);
  // "APOLOGIES FOR ABSENCE  112" reads as an attendance label only for want of its minute number.
  if (t.kind === 'attendance' && number === null) return false;
  return (
    inCapitals(title) &&
    title.length <= MAX_HEADING_LENGTH &&
    // A minute code before the heading ("PD25.31") is its number, not one of its words.
    wordCount(title.replace(LEADING_LETTER_CODE, '')) <= MAX_HEADING_WORDS &&
    !/[.,;]$/.test(title) &&
    // A row of a table (cells two spaces apart) is not a heading.
    (number !== null || !/\S {2,}\S/.test(t.line.text.trim().replace(LEADING_LETTER_CODE, ''))) &&
    standsAsTitle(title)
  );
}

/**
 * "APOLOGIES" in capitals over a sentence ("Mr F. Dacre had sent his apologies, which were accepted."): a label
 * alone whose minutes are prose heads an item; over a list of names it labels the list.
 */
function labelOverSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'attendance' || t.text !== '' || !inCapitals(t.line.text.trim())) return false;
  const next = nextContent(tokens, i + 1);
  if (next < 0 || tokens[next].kind !== 'text') return false;
  const text = tokens[next].line.text.trim();
  return !inCapitals(text) && SENTENCE_WORDS.test(text);
}
// Two lower-case words running on: a sentence, where a list of names has only "and" between capitalised names.
const SENTENCE_WORDS = /\b[a-z]{3,}\s+[a-z]{3,}\b/;

/** The last attendance line near the top (Present, Apologies, In attendance), or -1; a label heading an item of prose is none. */
function lastTopAttendance(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0, end = topShareEnd(tokens, TOP_SHARE); i < end; i++) if (tokens[i].kind === 'attendance' && headingParts(tokens[i]).number === null && !labelOverSentence(tokens, i)) last = i;
  return last;
}

// Words of a sub-heading: a report's title ("Paramedic Services – 2024 Response Time Performance Plan Results").
const MAX_SUB_HEADING_WORDS = 16;
// "Question from Cllr. Tom Hayes": a line naming a titled person labels a record of the item, not a sub-item.
const TITLED_NAME = new RegExp(`\\b${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])}\\.?\\s+\\p{Lu}`, 'u');

/**
 * "Wrenfield Trails Association", "Official Plan Amendment No. 19 – Rural Settlement Areas": a heading in
 * mixed case under a section heading in capitals ("DELEGATIONS", "REPORTS FROM STAFF"), as Canadian county and
 * township minutes print their delegations and reports.
 */
// A delegation's time slot before its name: "10:00 a.m. – Willowgate & District Agricultural Society".
const TIME_SLOT = /^\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?\s[–—-]\s(?=\p{Lu})/iu;

function isSubHeading(t: Token): boolean {
  if (t.kind !== 'text' && t.kind !== 'heading') return false;
  const title = cleanTitle(t.line.text);
  const named = title.replace(TIME_SLOT, '');
  return (
    /^\p{Lu}/u.test(named) &&
    !mostlyCapitals(title) &&
    title.length <= MAX_HEADING_LENGTH &&
    wordCount(title) <= MAX_SUB_HEADING_WORDS &&
    !/[.,;:]$/.test(title) &&
    !/\S {2,}\S/.test(t.line.text.trim()) &&
    isHeadingShaped(named) &&
    standsAsTitle(named) &&
    !TITLED_NAME.test(title)
  );
}

/**
 * "MINUTES" alone on a line is page furniture on meeting pages, but among headings in capitals over their
 * resolutions ("AGENDA", "MINUTES", "FINANCIAL STATEMENT") it heads the item confirming the last minutes: so it is
 * read as a heading when it is in capitals, below the title block and attendance (after a heading found already or
 * an attendance list), and stands between a blank line and its minutes.
 */
function isFurnitureHeading(tokens: readonly Token[], i: number, below: boolean): boolean {
  const t = tokens[i];
  if (t.rule !== 'listing-furniture' || !below || i === 0 || tokens[i - 1].kind !== 'blank') return false;
  const title = cleanTitle(t.line.text);
  if (!inCapitals(title) || !standsAsTitle(title)) return false;
  const next = nextContent(tokens, i + 1);
  return next >= 0 && !isCapitalHeading(tokens[next]) && minutesFollow(tokens, i);
}

// The title block's name of the record: "REGULAR COUNCIL MEETING MINUTES", "MINUTES OF THE REGULAR MEETING OF COUNCIL"
// (not "MINUTES OF THE MEETING HELD ON 9 JANUARY 2025", the item confirming them).
const RECORD_TITLE = new RegExp(
  String.raw`^(?:(?:[\p{L}'’&-]+\s+){0,5}meeting\s+${alternation(MINUTES_DOCUMENT_NAMES)}|${alternation(MINUTES_DOCUMENT_NAMES)}\s+of\s+(?:the\s+|an?\s+)?(?:${alternation(MEETING_KINDS)}\s+)+meeting\s+of\s+(?!.*held).+)$`,
  'iu',
);

function capitalHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  // The page's own title block (the council, the meeting) stands above the attendance; names in mixed case may run on after it.
  const from = Math.max(1, lastTopAttendance(tokens) + 1);
  const opening = openingAboveAttendance(tokens, from, isCapitalHeading);
  if (opening) out.push(opening);
  // Inside a section heading whose items are headed in mixed case ("DELEGATIONS" / "Wrenfield Trails Association").
  let section = false;
  const attendance = from > 1;
  for (let i = from; i < tokens.length; i++) {
    // Above the first heading, the title block may name the record in capitals: no item.
    if (out.length === 0 && RECORD_TITLE.test(cleanTitle(tokens[i].line.text))) continue;
    if (isFurnitureHeading(tokens, i, attendance || out.length > 0)) {
      out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].line.text) });
      continue;
    }
    if (labelOverSentence(tokens, i)) {
      out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].line.text) });
      continue;
    }
    if (!isCapitalHeading(tokens[i])) {
      // A further sub-heading of the section stands after a blank line or an outcome ("MOTION CARRIED").
      const before = tokens[i - 1];
      if (section && (before.kind === 'blank' || OUTCOME_LINE.test(before.line.text.trim())) && isSubHeading(tokens[i]) && minutesFollow(tokens, i)) {
        out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].line.text) });
      }
      continue;
    }
    section = false;
    const next = nextContent(tokens, i + 1);
    // A heading is followed by its minutes: a run of capital lines keeps its first line only, and the last line is no heading.
    if (next < 0 || isCapitalHeading(tokens[next])) continue;
    let previous = i - 1;
    while (previous >= 0 && !isContent(tokens[previous])) previous--;
    if (previous >= 0 && previous >= from && isCapitalHeading(tokens[previous])) continue;
    // A section heading: its items are the sub-headings in mixed case below it, each with its minutes.
    if (isSectionHeading(headingParts(tokens[i]).title) && isSubHeading(tokens[next]) && minutesFollow(tokens, next)) {
      section = true;
      out.push({ at: next, titleIndex: next, number: null, title: cleanTitle(tokens[next].line.text) });
      i = next;
      continue;
    }
    const { title, number } = headingParts(tokens[i]);
    out.push({ at: i, titleIndex: i, number, title });
  }
  return out;
}

export const capitalHeadingsLayout: LayoutRule = defineRule({
  id: 'layout-capital-headings',
  stage: 'layout',
  kind: 'headings',
  description:
    'Unnumbered headings in capitals, each on its own line, blank lines around them or not: three or more. A section heading in capitals that names a group of items ("DELEGATIONS", "REPORTS FROM STAFF") and whose next line is a heading in mixed case with its minutes ("Elderbank Curling Club") is no item: its mixed-case sub-headings are. An opening item ("DECLARATION OF OPENING") may stand above the attendance list; "MINUTES" in capitals after a blank line and over its minutes, below the attendance or another heading, heads an item though alone it is page furniture; outcome lines ("MOTION CARRIED", "CARRIED 5/1") are never headings.',
  examples: {
    context: 'document',
    valid: [
      'KELLOCH COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 3 MARCH\nPresent: Iona Reid, Calum Bain, Morven Tait\nMINUTES OF THE FEBRUARY MEETING\nThese were approved as correct.\nFOOTPATH BY THE BURN\nCalum reported that the path had flooded again and would write to the roads department.\nTREASURER’S REPORT\nThe balance stood at £812.40.',
      'MARLBECK BOROUGH COUNCIL\nMinutes of the Licensing Committee held on 5 June 2025\nAPOLOGIES FOR ABSENCE        41\nApologies were received from Councillor Lund.\nTAXI FARES        42\nThe revised fares were approved.\nSTREET TRADING        43\nThe consent fees were frozen.',
      'ASHVALE DISTRICT COUNCIL\nMinutes of the Executive held on 2 April 2025\nPresent: Councillors Ames, Boyd and Cole\nEX 12  APOLOGIES\nNone were received.\nEX 13  CAR PARK CHARGES\nThe charges were frozen for the year.\nEX 14  LEISURE CONTRACT\nThe contract was extended to 2027.',
      // Section headings in capitals over items headed in mixed case (Canadian township minutes).
      'TOWNSHIP OF ELDERBANK\nCOUNCIL MINUTES\nCOUNCIL PRESENT\nReeve Lena Virtanen\nCALL TO ORDER\nReeve Virtanen called the meeting to order at 7 p.m.\nDELEGATIONS\nElderbank Curling Club\nThe club asked for help with the roof repairs.\nMOTION CARRIED\n\nHarbour Road Residents – Speed Limit\nResidents asked for a lower speed limit near the school.\nADJOURNMENT\nThe meeting adjourned at 8 p.m.',
      // An opening item above the attendance list, report codes with dots, an abbreviation in a heading in capitals.
      'SHIRE OF WILGA DOWNS\nORDINARY COUNCIL MEETING MINUTES\nDECLARATION OF OPENING\nThe Presiding Member declared the meeting open at 4.02pm.\nATTENDANCE\nCouncillors  Cr Amy Lowe, Cr Ben Tran\nCS25.08  SCHEME AMENDMENT No. 4 – RURAL LOTS\nCouncil adopted the amendment.\nCARRIED 5/0\nCS25.09  ROAD RESERVE LEASES\nCouncil renewed the leases.\nCLOSURE\nThe meeting closed at 5.10pm.',
      // "MINUTES" among the headings in capitals, each over its resolution.
      'GLENCAR RESIDENTS ASSOCIATION\nMinutes of the AGM held on 4 March 2026\nPresent: Una Hayes, Colm Burke, Sile Nolan\n\nAGENDA\nIt was proposed by Colm Burke and seconded by Sile Nolan that the agenda be adopted.\n\nMINUTES\nIt was proposed by Sile Nolan and seconded by Una Hayes that the minutes of the 2025 AGM be confirmed.\n\nTREASURER’S REPORT\nThe accounts were adopted.',
    ],
    // (second valid example) minute codes of shared letters before the headings are the items' numbers.
    invalid: [
      // Outcome lines in capitals ("MOTION CARRIED", "CARRIED 4/1") close items; they head none.
      'TOWN OF MERRIDALE\nCOUNCIL MINUTES\nPresent: Mayor Ilse Brandt, Councillor Otto Fenn\nThe minutes were adopted.\nMOTION CARRIED\nThe tender was awarded to Ridgeway Paving.\nCARRIED 4/1\nThe budget was referred to a workshop.\nLOST 2/3\nThe meeting closed at 9 p.m.',
      'KELLOCH COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 3 MARCH\nPresent: Iona Reid, Calum Bain, Morven Tait\nThe minutes of the February meeting were approved.\nCalum reported that the path had flooded again.\nThe balance stood at £812.40.'],
  },
  detect(tokens) {
    const starts = capitalHeadingStarts(tokens);
    return starts.length >= MIN_HEADINGS ? fits(withLetterCodes(starts)) : rejects(starts, `${starts.length} heading(s) in capitals, ${MIN_HEADINGS} needed`);
  },
});
