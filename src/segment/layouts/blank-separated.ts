// Short heading lines standing alone between blank lines (Australian, Canadian and parish minutes).
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import {
  LISTING_HEADING,
  OUTCOME_LINE,
  afterTopAttendance,
  cleanTitle,
  endsInFileSize,
  isContent,
  isSectionHeading,
  isHeadingShaped,
  minutesFollow,
  mostlyCapitals,
  openingAboveAttendance,
  nextContent,
  withLetterCodes,
  standsAsTitle,
  type Start,
  headingParts,
} from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';
import { AGENDA_WORDING_VERBS, STANDARD_ITEM_OPENINGS, WEEKDAY_STEMS, alternation } from '../../lexicon/index.js';

// A meeting title line ("Council - Monday, 8th October, 2018 7.00 pm") heads the page, not an item.
const MEETING_TITLE_LINE = new RegExp(`[-–—]\\s*${alternation(WEEKDAY_STEMS)}day\\b`, 'i');
/** Agenda wording: "To receive …", "To confirm …", "To consider …". */
const AGENDA_WORDING = new RegExp(`^To\\s+${alternation(AGENDA_WORDING_VERBS)}\\b`);
// Agenda wording longer than this is a paragraph.
const MAX_AGENDA_WORDING = 300;
/** A standard item title opening the page ("Apologies for Absence"). */
const STANDARD_TITLE = new RegExp(`^${alternation(STANDARD_ITEM_OPENINGS)}\\b`, 'i');
// A heading is short.
const MAX_TITLE_WORDS = 16;
// A line of minutes ends its sentence.
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
// How many headings make the layout (fewer are too likely to be stray short lines).
const MIN_HEADINGS = 3;
const MIN_HEADINGS_AFTER_LISTING = 2;

/** How many short unfinished lines (table cells, list names) stand immediately before token i. */
function shortLinesBefore(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let p = i - 1; p >= 0 && n < 10; p--) {
    const t = tokens[p];
    if (!isContent(t)) continue;
    // A list's label ("STAFF PRESENT") heads names, not a table's cells.
    if (t.kind === 'attendance') break;
    if (t.line.text.length > 60 || /[.!?:;)]$/.test(t.line.text) || OUTCOME_LINE.test(t.line.text)) break;
    n++;
  }
  return n;
}

// An item of announcements, and the sentence each of its sub-headed announcements opens with.
const ANNOUNCEMENTS_ITEM = /\bannouncements?\b|\bcommunications\b/i;
const ANNOUNCEMENT = /^The\s+(?:Lord\s+)?(?:Mayor|Leader|Chair(?:man)?|Provost|Chief\s+Executive)\s+(?:announced|congratulated|informed|reported|welcomed|thanked|paid\s+tribute|expressed|presented)\b/;

function blankSeparatedStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  let lastCandidate = -1;
  // The first line may be the first item when it is a standard title ("Apologies for Absence"); otherwise it is the page's title.
  const from = afterTopAttendance(tokens);
  // An opening item above the attendance list ("DECLARATION OF OPENING" / "The Presiding Member declared the meeting open …").
  const opening = from > 0 ? openingAboveAttendance(tokens, from, (t) => t.kind === 'text') : null;
  if (opening) out.push(opening);
  for (let i = from > 0 ? from : tokens.length > 0 && STANDARD_TITLE.test(tokens[0].line.text) ? 0 : 1; i < tokens.length; i++) {
    const t = tokens[i];
    // A report code before the title ("CS21/14 Community Grants Round 2") is part of the standalone heading.
    if (t.kind !== 'text' && t.kind !== 'attendance' && t.kind !== 'heading' && t.rule !== 'minute-code-heading') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((before !== undefined && before.kind !== 'blank') || (after !== undefined && after.kind !== 'blank')) continue;
    // "PETITIONS          73": a minute number set apart at the right is the item's number.
    const { title, number } = headingParts(t);
    // A heading with its papers' link ("Constitution: Membership; … pdf icon PDF 86 KB") may hold a colon.
    // Agenda wording printed as the title ("To confirm as a correct record the minutes of …") is a sentence, but a heading.
    const isCandidate =
      (AGENDA_WORDING.test(title) && title.length <= MAX_AGENDA_WORDING) ||
      (title.length <= 160 &&
      !/[.:;,]$/.test(title) &&
      (!title.includes(':') || endsInFileSize(t.line.text)) &&
      /^[A-Z]/.test(title) &&
      title.split(/\s+/).length <= MAX_TITLE_WORDS &&
      standsAsTitle(title) &&
      !/^\S*\d+\/\d+\s*$/.test(title) &&
      !MEETING_TITLE_LINE.test(title) &&
      isHeadingShaped(title));
    if (!isCandidate) continue;
    // A run of standalone lines with nothing between (a table's header cells) keeps only its first line;
    // three or more short unfinished lines in a row are a table ("Councillor / Item / Type of Interest"),
    // whose cells are never headings.
    const follows = lastCandidate >= 0 && nextContent(tokens, lastCandidate + 1) === i;
    const previousCandidate = lastCandidate;
    const run = follows || shortLinesBefore(tokens, i) >= 3;
    // A ceremony with no minutes of its own ("NATIONAL ANTHEM") may stand just above a standard item with its minutes
    // ("OPENING PRAYER" / "Pastor Mbeki opened the meeting in prayer."): both head items, as Australian minutes print them.
    const afterCeremony = follows && out.length > 0 && out[out.length - 1].at === lastCandidate && STANDARD_TITLE.test(title) && shortLinesBefore(tokens, i) < 3;
    lastCandidate = i;
    const next = nextContent(tokens, i + 1);
    // A section heading in capitals ("DEPUTATIONS") just above a heading in mixed case with its minutes ("Birchmere
    // Snowmobile Club" / "The club treasurer asked …"), as Canadian minutes group their delegations and reports: the
    // mixed-case line heads the item, the section none.
    const section = out[out.length - 1];
    if (follows && section !== undefined && section.at === previousCandidate && isSectionHeading(section.title) && !mostlyCapitals(title) && next >= 0 && minutesFollow(tokens, i) && shortLinesBefore(tokens, i) < 3) {
      out[out.length - 1] = { at: i, titleIndex: i, number: null, title };
      continue;
    }
    if ((run && !(afterCeremony && next >= 0 && ENDS_SENTENCE.test(tokens[next].line.text.trim()))) || next < 0) continue;
    // "Opening of Brayshaw House" / "The Mayor announced that …" inside "Special Announcements from the Mayor …": one announcement of that item.
    const current = out[out.length - 1];
    if (current && ANNOUNCEMENTS_ITEM.test(current.title) && ANNOUNCEMENT.test(tokens[next].line.text)) continue;
    out.push({ at: i, titleIndex: i, number, title });
  }
  return out;
}

export const blankSeparatedLayout: LayoutRule = defineRule({
  id: 'layout-blank-separated',
  stage: 'layout',
  kind: 'blank-separated',
  description:
    'Short unnumbered heading lines (or agenda wording "To receive …") standing alone between blank lines: three or more, two under a "No. Item" listing. Of two such lines in a row, the second heads an item too when it is a standard title followed by its minutes ("NATIONAL ANTHEM" / "OPENING PRAYER"), and heads it alone when the first is a section heading in capitals and it a heading in mixed case ("DELEGATIONS" / "Pine Hollow Lions Club"). Names listed one a line below the attendance label are no headings; an opening item ("DECLARATION OF OPENING") may stand above the attendance list.',
  examples: {
    context: 'document',
    valid: [
      'Wattle Creek Shire Council\n\nOrdinary Meeting\n\nApologies\n\nCr Moss was an apology.\n\nSwimming Pool Upgrade\n\nCouncil considered the tender report.\n\nGeneral Business\n\nThe Mayor thanked staff.',
      // A ceremony without minutes ("National Anthem") just above a standard item with its minutes: both are items.
      'Mallee Flats Shire Council\n\nPRESENT\n\nCouncillors Ross (Mayor), Lin and Petrakis.\n\nNATIONAL ANTHEM\n\nOPENING PRAYER\n\nFather Dunne opened the meeting in prayer.\n\nAPOLOGIES\n\nThere were no apologies.',
      // An opening item above the attendance list.
      'SHIRE OF NARRIN\n\nDECLARATION OF OPENING\n\nThe President declared the meeting open at 2pm.\n\nATTENDANCE\n\nCr Joan Hale (President)\n\nPUBLIC QUESTION TIME\n\nThere were no questions.\n\nCLOSURE\n\nThe meeting closed at 3pm.',
      // Names one a line between blank lines, then a section heading in capitals over items headed in mixed case.
      'TOWNSHIP OF PINE HOLLOW\n\nSTAFF PRESENT\n\nRita Gomes – Clerk\n\nSven Dahl – Treasurer\n\nCALL TO ORDER\n\nThe Reeve called the meeting to order.\n\nDELEGATIONS\n\nPine Hollow Lions Club\n\nThe club asked for a grant for the splash pad.\n\nHollow Lake Cottagers – Road Dust\n\nTwo owners asked for dust control on Lake Road.',
    ],
    invalid: ['Wattle Creek Shire Council\n\nCr Moss was an apology.\n\nCouncil considered the tender report.\n\nThe Mayor thanked staff.'],
  },
  detect(tokens) {
    const starts = blankSeparatedStarts(tokens);
    // Under a "No. Item" listing heading the page is an agenda: a short one (two items) qualifies too.
    const listed = starts.length > 0 && tokens.slice(0, starts[0].at).some((t) => t.rule === 'listing-furniture' && LISTING_HEADING.test(t.line.text.trim()));
    const needed = listed ? MIN_HEADINGS_AFTER_LISTING : MIN_HEADINGS;
    return starts.length >= needed ? fits(withLetterCodes(starts)) : rejects(starts, `${starts.length} standalone heading(s), ${needed} needed`);
  },
});
