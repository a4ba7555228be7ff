// classifyLine: an ordered table of small line rules, first match wins (like
// chrono-node's parser list). Rules look at one line only; context decisions
// (is this numbered line a heading or a paragraph?) belong to segment/.
import type { SourceLine } from '../read/types.js';
import * as P from './patterns.js';
import { expandMinutesRows, expandTableRows } from './table-rows.js';
import { splitRunOnLines } from './flattened.js';
import { joinWrappedLabels } from './wrapped-labels.js';
import { defineRule, type RuleMeta } from '../rules/define.js';
import { ATTENDED_BUSINESS, DECIDING_VERBS, DECISION_LABELS, ITEM_NUMBER_LABELS, alternation, caselessAlternation, firstLetters } from '../lexicon/index.js';
import { leadingWordTest } from '../lexicon/gate.js';

export type TokenKind =
  | 'blank'
  | 'furniture' // page numbers, listing headings, link residue: dropped
  | 'agenda-item-marker' // "Agenda item" page header above a title
  | 'item-number' // a number alone: "124."
  | 'numbered-heading' // "76.    Apologies" (a candidate: segment decides)
  | 'decision-title' // "18/04/2024 - Title ref: 3158" in a decision listing
  | 'record-field' // "Decision Maker: Cabinet" and other decision-record labels
  | 'item-reference' // "(Item 1)"
  | 'minutes-marker' // "Minutes:"
  | 'documents-marker' // "Additional documents:"
  | 'resolved' // RESOLVED lead-in
  | 'decision-heading' // "Decision:"
  | 'action-heading' // "Action points"
  | 'question-lead-in' // "Members requested and received clarification on the following"
  | 'attendance' // "PRESENT: …", "Apologies: …"
  | 'presenting-attendance' // "In attendance to present this item were:"
  | 'bullet' // any bullet or numbered/lettered marker
  | 'bullet-marker' // a marker alone on its line
  | 'heading' // a heading the reader marked (markdown, html)
  | 'text';

export interface Token {
  kind: TokenKind;
  line: SourceLine;
  /** The line's content after any marker or lead-in. */
  text: string;
  /** Bullet marker, item number, or attendance label, as written. */
  marker?: string;
  /** Id of the rule that fired, for `minutes inspect` and `minutes rules`. */
  rule: string;
}

/**
 * A line rule: a rule object (id, description, examples: each valid example
 * line is classified with this rule, no invalid one is) that names the token
 * kind it gives a line. Rules a config adds (src/config/compile.ts) have this
 * shape too but are not declared with defineRule.
 */
export interface LineRule extends RuleMeta {
  stage: 'line';
  kind: TokenKind;
  /**
   * The characters a line this rule matches can begin with (one character
   * class). classifyLine tries the rule only on such lines, so a line is
   * tested against the handful of rules its first character allows rather
   * than the whole table. Without it the rule is tried on every line.
   */
  starts?: RegExp;
  /** A cheap test every line the rule matches passes (a word it must contain), tried before the full pattern. */
  requires?: { test(text: string): boolean };
  match(line: SourceLine): { text: string; marker?: string } | null;
}

/** Another language's word for a decision, then a slash, before the English lead-in ("Penderfynwyd / "). */
const OTHER_LANGUAGE_BEFORE_LEAD_IN = new RegExp(String.raw`^[A-Za-z\u00C0-\u017F][^/:]{1,29}\/\s*(?=${caselessAlternation(DECIDING_VERBS)}\b)`, 'i');

/** "Part A", "Part B", "Part C" alone on a line. */
// (Also the key to the marks the minutes print first: "Part A   Matters Requiring a Council Decision".)
const REPORT_PART_MARK = /^Part [A-C](?:\s{2,}[A-Z][\w ,'’-]{2,60})?$/;

const fromRegex =
  (re: RegExp, textGroup: number, markerGroup?: number) =>
  (line: SourceLine): { text: string; marker?: string } | null => {
    const m = re.exec(line.text);
    if (!m) return null;
    // One shape for every result (both fields set in the literal): a field added later makes a second hidden class.
    return { text: (m[textGroup] ?? '').trim(), marker: markerGroup === undefined ? undefined : m[markerGroup] };
  };

// A capital initial, a surname and a comma, or a column's gap: "D. Ross, Director Engineering, …" (Canadian minutes name
// staff so), "J. Whitfield       Chief Administrative Officer" (a staff list's row).
// (A bracketed office may come between the name and its column: "R. Sandhu (Vice-Chair)   City of Cranbrook".)
// (A year or financial year too: "… that the budget for" over "2025/26 be approved.")
const BARE_NUMBER_OPENING = /^\d{1,4}(?:[/-]\d{2,4})?\s/;
const LOWER_WORD_OPENING = /^[a-z]{2,}\s/;
// How far a page number stands from the margin: printed pages centre it or set it right (a list's numbers are indented a few spaces).
const PAGE_NUMBER_INDENT = 20;
const PAGE_NUMBER = /^\d{1,3}$/;
const INITIAL_AND_SURNAME = /^[A-Z]\.\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s\([^()]{1,40}\))?(?:,\s|\s{2,}\S|\t)/;

// The labels' first words: a line that starts with none of them is no attendance label (unless bilingual).
const LEADS_WITH_LABEL = leadingWordTest(P.ATTENDANCE_LINE_LABELS);

/**
 * A label leads the line, or leads what follows its first "/" or "|" (a label after a heading in
 * another language, "Presennol / Present:"): the only places the attendance patterns read one. A
 * line with a "/" elsewhere ("Budget 2024/25") does not run them (their compiled code is the
 * largest of all the line rules').
 */
function leadsWithLabel(text: string): boolean {
  if (!LEADS_WITH_LABEL) return true;
  if (LEADS_WITH_LABEL(text)) return true;
  const slash = text.indexOf('/');
  const bar = text.indexOf('|');
  const mark = slash < 0 ? bar : bar < 0 ? slash : Math.min(slash, bar);
  return mark >= 0 && LEADS_WITH_LABEL(text.slice(mark + 1).trimStart());
}

/** The line's last visible character is a digit, a letter after a digit ("7a"), or a closing bracket. */
function endsInNumber(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && text.charCodeAt(end) <= 32) end--;
  const c = text.charCodeAt(end);
  if (c === 41) return true; // ")"
  const digit = (k: number): boolean => k >= 48 && k <= 57;
  return digit(c) || (end > 0 && ((c | 32) >= 97 && (c | 32) <= 122) && digit(text.charCodeAt(end - 1)));
}

/**
 * The line opens with the letter (either case) or holds a "/" anywhere: what the "Agenda item" and "Minutes:"
 * markers need, a label of their own at the start or after another language's label and its "/".
 */
function opensWithOrHasSlash(text: string, lowerLetter: string): boolean {
  return (text.charCodeAt(0) | 32) === lowerLetter.charCodeAt(0) || text.includes('/');
}

/** The line holds "THAT" or "That", which every motion-table row reads before its clause. */
const holdsThat = (text: string): boolean => text.includes('THAT') || text.includes('That');

// Lines longer than this are paragraphs, never headings or lead-ins that end a line.
const MAX_HEADING_LENGTH = 200;

/** The rule table. Order matters where comments say so. */
export const LINE_RULES: LineRule[] = [
  defineRule({
    id: 'blank',
    stage: 'line',
    kind: 'blank',
    description: 'An empty or whitespace-only line.',
    examples: { valid: [''], invalid: ['.'] },
    match: (l) => (l.text === '' ? { text: '', marker: undefined } : null),
  }),
  defineRule({
    id: 'link-residue',
    stage: 'line',
    kind: 'furniture',
    description: 'Link residue copied from ModernGov pages.',
    examples: { valid: ['pdf icon PDF 129 KB', 'View the background to item 6.'], invalid: ['PDF copies of the 40 page report were circulated.'] },
    starts: /[pdwexvm•\s]/i,
    match: fromRegex(P.LINK_RESIDUE, 0),
  }),
  defineRule({
    id: 'page-furniture',
    stage: 'line',
    kind: 'furniture',
    description: 'Page numbers and running page marks from printed minutes.',
    examples: { valid: ['Page 3 of 12', '- 4 -', '7 of 15'], invalid: ['Page 3 of the report sets out the options.'] },
    starts: /[p\d-]/i,
    match: fromRegex(P.PAGE_FURNITURE, 0),
  }),
  defineRule({
    id: 'page-number-aligned',
    stage: 'line',
    kind: 'furniture',
    description: 'A page number alone on a line set far to the right or centred, as text copied from a printed page keeps it (an item number alone on its line stands at the margin).',
    examples: { valid: ['                                                  12'], invalid: ['12', '  3'] },
    starts: /\d/,
    match: (l) => (l.indent >= PAGE_NUMBER_INDENT && PAGE_NUMBER.test(l.text) ? { text: l.text, marker: undefined } : null),
  }),
  defineRule({
    id: 'report-part-mark',
    stage: 'line',
    kind: 'furniture',
    description: 'A report part\'s letter alone on its line, as New Zealand minutes mark each decision ("Part A" for a recommendation to Council, "Part C" for one made under delegation): a mark between a lead-in and its clauses, no text of the minutes.',
    examples: { valid: ['Part C', 'Part B', 'Part A   Matters Requiring a Council Decision'], invalid: ['Part C of the report sets out the options.', 'PART 2 – EXEMPT ITEMS'] },
    starts: /P/,
    match: (l) => (REPORT_PART_MARK.test(l.text) ? { text: l.text, marker: undefined } : null),
  }),
  defineRule({
    id: 'web-chrome',
    stage: 'line',
    kind: 'furniture',
    description: 'Site furniture a copied web page keeps: skip and back-to-top links, print links, page-updated and feedback lines.',
    examples: { valid: ['Skip to main content', 'Back to top', 'Page last updated: 30 July 2024', 'Was this page helpful? Yes No'], invalid: ['Back to top of the agenda, members returned to item 4.'] },
    starts: /[sbrtpewl]/i,
    match: fromRegex(P.WEB_CHROME, 0),
  }),
  defineRule({
    id: 'decision-listing-title',
    stage: 'line',
    kind: 'decision-title',
    description: 'A decision title line in a ModernGov decisions listing.',
    examples: { valid: ['12/03/2025 - Depot Roof Repairs ref: 4127  Recommendations Approved'], invalid: ['12/03/2025 - Depot roof repairs were completed on time.'] },
    starts: /\d/,
    match: fromRegex(P.DECISION_LISTING_TITLE, 1),
  }),
  defineRule({
    id: 'decision-record-field',
    stage: 'line',
    kind: 'record-field',
    description: 'A field label of a ModernGov decision record (decision maker, dates, call-in).',
    examples: { valid: ['Decision Maker: Cabinet', 'Date of decision: 14/05/2025', 'Is Key Decision?: No'], invalid: ['Decision makers were reminded of the call-in period.'] },
    starts: /[dmpeirwlao]/i,
    match: fromRegex(P.DECISION_RECORD_FIELD, 2, 1),
  }),
  defineRule({
    id: 'agenda-item-marker',
    stage: 'line',
    kind: 'agenda-item-marker',
    description: 'The "Agenda item" header of a ModernGov single-item page.',
    examples: { valid: ['Agenda item', 'Agenda item 9', 'Eitem agenda / Agenda item'], invalid: ['Agenda item 6 was withdrawn by the applicant.'] },
    // (Or its Welsh form first: "Eitem agenda / Agenda item".)
    starts: /[a-z]/i,
    requires: { test: (text) => opensWithOrHasSlash(text, 'a') },
    match: fromRegex(P.AGENDA_ITEM_MARKER, 0, 1),
  }),
  defineRule({
    id: 'listing-furniture',
    stage: 'line',
    kind: 'furniture',
    description: 'Listing and page headings on meeting pages ("No. Item", a printed minutes\' "Minute No.  Subject" columns, "Agenda and minutes", "Decision details").',
    examples: { valid: ['No. Item', 'Minute No.  Subject', 'Minute No.', 'Agenda and minutes', 'Decision details', 'Issue - meetings', 'Mater - cyfarfodydd / Issue - meetings'], invalid: ['Items for the next agenda were agreed.'] },
    starts: /[niamdcuerophy]/i,
    match: fromRegex(P.LISTING_FURNITURE, 0),
  }),
  defineRule({
    id: 'item-reference',
    stage: 'line',
    kind: 'item-reference',
    description: 'An agenda-item cross-reference under a printed minute heading.',
    examples: { valid: ['(Item 5)', '(Agenda Item 12)'], invalid: ['(Item 5 was taken after item 7)'] },
    starts: /\(/,
    match: fromRegex(P.ITEM_REFERENCE, 0),
  }),
  defineRule({
    id: 'minutes-marker',
    stage: 'line',
    kind: 'minutes-marker',
    description: 'The "Minutes:" marker ending an item description.',
    examples: { valid: ['Minutes:', 'Minutes: The Panel considered the annual report.', 'Cofnodion / Minutes:'], invalid: ['Minutes of the meeting held on 4 March were approved.'] },
    starts: /[a-z]/i,
    requires: { test: (text) => opensWithOrHasSlash(text, 'm') },
    match: fromRegex(P.MINUTES_MARKER, 1),
  }),
  defineRule({
    id: 'documents-marker',
    stage: 'line',
    kind: 'documents-marker',
    description: 'Supporting / additional documents markers.',
    examples: { valid: ['Additional documents:', 'Supporting documents'], invalid: ['Supporting documents were tabled at the meeting.'] },
    starts: /[sab]/i,
    match: fromRegex(P.DOCUMENTS_MARKER, 0),
  }),
  // Before bullets and numbered headings: "3. RESOLVED that …" is a resolution, not a paragraph.
  defineRule({
    id: 'numbered-motion',
    stage: 'line',
    kind: 'resolved',
    description: 'A numbered motion with mover and seconder before THAT (Canadian minutes).',
    examples: { valid: ['R2023-117 K. Dubois, S. Marchetti: That the minutes of the meeting held March 14, 2023 be adopted as circulated. Carried.'], invalid: ['R2021-044 P. Hartley, M. Osei: the motion was withdrawn by the mover.'] },
    starts: /[A-Z]/,
    // The motion's colon after its movers, or the comma between the movers' names (the patterns' only punctuation that must be there).
    requires: { test: (text) => text.includes(':') || text.includes(',') },
    match: (l) => {
      const m = P.NUMBERED_MOTION.exec(l.text);
      if (m) return { text: (m[3] ?? '').trim(), marker: m[1] };
      const bare = P.NUMBERED_MOTION_MOVERS_ONLY.exec(l.text);
      return bare ? { text: '', marker: bare[1] } : null;
    },
  }),
  defineRule({
    id: 'motion-table-row',
    stage: 'line',
    kind: 'resolved',
    description: 'A row of a motions table: number (or the kind of motion: "Condolence"), mover / seconder, the motion; or number, the motion, mover, seconder and outcome in cells of their own.',
    examples: {
      valid: [
        '3  Okoro / Lindqvist  That the Public Service prepare a report on the implications.  ADOPTED',
        'Condolence  Okoro/Lindqvist  THAT Council place on record its sorrow at the death of Alderman Ruth Kane  CARRIED BY SILENT STANDING VOTE',
        'M24-18  THAT the 2025 fee schedule be adopted as presented.  Halvorsen  Dube  CARRIED',
        '112  That the grant of £400 to the village hall be approved.  Cllr Reid  Cllr Okafor  Carried (unanimous)',
      ],
      invalid: ['4  Brennan / Achebe  Report on library opening hours  ADOPTED', 'M24-18  Report on the fee schedule  Halvorsen  Dube  RECEIVED', 'M24-19  THAT the fee schedule be adopted.  Halvorsen  Dube  see minute 12'],
    },
    starts: /[\dA-Z]/,
    // Both patterns read the motion's "THAT" or "That".
    requires: { test: holdsThat },
    match: (l) => {
      const m = P.MOTION_TABLE_ROW.exec(l.text);
      // A kind of motion in the number's cell is no number.
      if (m) return /^\d/.test(m[1]) ? { text: m[3].trim(), marker: m[1] } : { text: m[3].trim() };
      // Mover and seconder after the wording: the wording, then the outcome as a disposition column reads it.
      const a = P.MOTION_TABLE_ROW_MOVERS_AFTER.exec(l.text);
      if (!a) return null;
      const text = `${a[2].trim()}  ${P.tableOutcome(a[5])}`;
      return /^\d+$/.test(a[1]) ? { text, marker: a[1] } : { text };
    },
  }),
  defineRule({
    id: 'be-it-resolved',
    stage: 'line',
    kind: 'resolved',
    description: 'A North American operative clause after WHEREAS recitals.',
    examples: { valid: ['NOW THEREFORE BE IT RESOLVED THAT the Township supports the application.', 'AND FURTHER BE IT RESOLVED THAT a copy be sent to the Minister.'], invalid: ['WHEREAS the Township resolved in 2019 to support the application;'] },
    starts: /[antfbi]/i,
    match: fromRegex(P.BE_IT_RESOLVED, 1),
  }),
  defineRule({
    id: 'resolved-lead-in',
    stage: 'line',
    kind: 'resolved',
    description: 'A RESOLVED / AGREED / ORDERED lead-in in capitals, with or without a subject.',
    examples: { valid: ['The Committee RESOLVED that the report be noted.', 'It was RESOLVED (unanimously) that the grant be awarded.', '25/118    RESOLVED (Cr Walsh / Cr Osei)'], invalid: ['MATTERS RESOLVED AT THE LAST MEETING', 'Members discussed the resolution.'] },
    // Derived from the lexicon's deciding verbs: a verb added there ('DECIDED') opens its own lines.
    requires: new RegExp(P.DECIDING_VERB),
    starts: /[\d(a-zA-Z]/,
    match: fromRegex(P.RESOLVED_LEAD_IN, 2, 1),
  }),
  defineRule({
    id: 'resolved-mixed-case',
    stage: 'line',
    kind: 'resolved',
    description: 'A "Resolved" lead-in in mixed case at the start of a line; "Agreed", "Decided" and "Ordered" before "that", "to" or a colon.',
    examples: { valid: ['Resolved – That the minutes be approved.', 'Agreed that the tender be awarded to the lowest bidder.', 'Decided: to note the report and to ask for an update in six months.'], invalid: ['Agreed minutes of the last meeting were signed by the Chair.'] },
    starts: new RegExp(`[\\d(a-zIR${P.TITLE_DECIDING_FIRSTS}]`),
    match: fromRegex(P.RESOLVED_MIXED_CASE, 2, 1),
  }),
  defineRule({
    id: 'resolved-after-other-language',
    stage: 'line',
    kind: 'resolved',
    description: 'A lead-in printed after its word in another language and a slash, as bilingual minutes print it: "Penderfynwyd / Resolved: To approve the payments.", "Cinneadh / AGREED – that …".',
    examples: { valid: ['Penderfynwyd / Resolved: To support the application.', 'Cinneadh / AGREED – that the grant be paid.'], invalid: ['Ceisiadau / Applications: two received.', 'Resolutions / Penderfyniadau'] },
    requires: OTHER_LANGUAGE_BEFORE_LEAD_IN,
    starts: /[A-Za-z\u00C0-\u017F]/,
    match: (l) => {
      const m = OTHER_LANGUAGE_BEFORE_LEAD_IN.exec(l.text);
      if (!m) return null;
      const rest: SourceLine = { ...l, text: l.text.slice(m[0].length) };
      return fromRegex(P.RESOLVED_LEAD_IN, 2, 1)(rest) ?? fromRegex(P.RESOLVED_MIXED_CASE, 2, 1)(rest);
    },
  }),
  defineRule({
    id: 'body-resolved-numbered',
    stage: 'line',
    kind: 'resolved',
    description: 'A body "Resolved" with the resolution\'s number alone on the line, the clause below it (New Zealand boards: "Community Board Resolved WHCB/2024/00088").',
    examples: { valid: ['Community Board Resolved WHCB/2024/00088', 'Council Resolved CNCL/2025/00012'], invalid: ['Community Board Resolved to defer the item', 'Ratepayers Resolved WHCB/2024/00088'] },
    requires: { test: (text) => text.includes('esolved') || text.includes('ESOLVED') },
    starts: /[A-Z]/,
    match: (l) => {
      const m = P.BODY_RESOLVED_NUMBERED.exec(l.text);
      return m ? { text: '', marker: m[1] } : null;
    },
  }),
  defineRule({
    id: 'body-resolved',
    stage: 'line',
    kind: 'resolved',
    description: 'A governing body "resolved to" or "resolved that" in lower case.',
    examples: { valid: ['The Committee resolved to approve the recommendations as set out in the report.', 'Following discussion, the Cabinet unanimously resolved that the strategy be published.'], invalid: ['Officers resolved the complaint before the hearing.'] },
    requires: { test: (text) => text.includes('resolved') },
    starts: /[\dA-Z]/,
    match: fromRegex(P.BODY_RESOLVED, 2, 1),
  }),
  defineRule({
    id: 'capital-that-clause',
    stage: 'line',
    kind: 'resolved',
    description: 'A clause opening with a capitalised THAT, the RESOLVED lead-in implied.',
    examples: { valid: ['THAT the minutes of the meeting held on 3rd May be approved.', '(b) THAT the fee schedule be published.'], invalid: ['That the minutes be approved was moved by Councillor Reid.'] },
    starts: /[\d(T]/,
    match: fromRegex(P.CAPITAL_THAT_CLAUSE, 2, 1),
  }),
  defineRule({
    id: 'decision-heading',
    stage: 'line',
    kind: 'decision-heading',
    description: 'A "Decision:" heading whose clauses are decisions.',
    examples: {
      valid: ['Decision:', 'Delegated decision:', 'Resolution: That the revised budget be approved.', '3.4 Decision: The Committee agreed to approve the rent increase.', 'Decision: 088/25'],
      invalid: ['Decision making was delegated to the Director.', '3.4 Decisions taken under delegated powers were noted.'],
    },
    // A paragraph number ("3.4 Decision: …" in minutes that number every paragraph), the labels' first letters, and "t" of "The decision of the Panel was".
    starts: new RegExp(`[\\d(t${firstLetters(DECISION_LABELS).source.slice(1, -1)}]`, 'i'),
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = fromRegex(P.DECISION_HEADING, 2, 1)(l);
      // "Decision: 088/25": the decision's number, its clauses below; the number is the marker, not a clause.
      const reference = m ? P.DECISION_REFERENCE.exec(m.text) : null;
      return reference ? { text: '', marker: reference[1] } : m;
    },
  }),
  defineRule({
    id: 'action-heading',
    stage: 'line',
    kind: 'action-heading',
    description: 'An action-points heading.',
    examples: { valid: ['Action points', 'Action: Clerk to circulate the survey results.', 'Follow-up items:'], invalid: ['Actions were agreed.', 'Follow-up visits were made to the site.'] },
    starts: /[af]/i,
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.ACTION_HEADING.exec(l.text);
      // "Action: X to circulate" keeps its text; a heading line has none or a colon.
      if (!m) return null;
      // "Action points for officers for the next report" is a heading too; "Actions were agreed." is a sentence.
      const headingLike = /^actions?(?:\s+points?)?\s+(?:for|arising)\b/i.test(l.text) && l.text.length <= 80 && !/[.]$/.test(l.text);
      if (headingLike) return { text: '' };
      if (m[1] && !/^actions?\s*(?:points?)?\s*[:–-]/i.test(l.text)) return null;
      return { text: m[1].trim() };
    },
  }),
  defineRule({
    id: 'question-lead-in',
    stage: 'line',
    kind: 'question-lead-in',
    description: 'A lead-in under which bullets record member questions.',
    examples: { valid: ['Members requested and received clarification on the following:', 'Board Members requested and received clarification on the following:', 'In response to questions from Members, officers advised:', 'Questions from Members'], invalid: ['Members requested that the item be deferred.', 'QUESTIONS FROM MEMBERS'] },
    // (A body's members open it too: "Board Members …", "Panel members …", "Sub-Committee members …".)
    starts: /[mctifdqbps\d]/i,
    // Or a subheading in mixed case over the bullets, "Questions from Members" (in capitals it is an item's heading).
    match: (l) => fromRegex(P.QUESTION_LEAD_IN, 0)(l) ?? (P.QUESTIONS_SUBHEADING.test(l.text) ? { text: l.text } : null),
  }),
  defineRule({
    id: 'presenting-attendance',
    stage: 'line',
    kind: 'presenting-attendance',
    description: 'Officers in attendance to present an item.',
    examples: { valid: ['In attendance to present this item were:', 'Ms T Okonjo (Head of Parks) was in attendance for this item.', 'Mr R Vance (Senior Planner) was in attendance to speak to the report.'], invalid: ['The item was presented by the Clerk, who was in attendance.'] },
    // Every match ends in the business attended to ("this item", "the report": ATTENDED_BUSINESS, PRESENTING_ATTENDANCE's nouns).
    requires: new RegExp(alternation(ATTENDED_BUSINESS), 'i'),
    // The whole line: the people it names ("Mr A Reid (Head of Highways) … were in attendance for this item") come before the phrase.
    match: (l) => (P.PRESENTING_ATTENDANCE.test(l.text) ? { text: l.text } : null),
  }),
  defineRule({
    id: 'attendance-label',
    stage: 'line',
    kind: 'attendance',
    description: 'An attendance list label with names: PRESENT, APOLOGIES, IN ATTENDANCE, STAFF.',
    examples: { valid: ['PRESENT: Councillor A Whitlock (Chair), Councillor B Nkemelu', 'Apologies:'], invalid: ['Apologies were received from Councillor Fenwick.'] },
    // Derived from the labels: a label added to the lexicon (Welsh "Yn bresennol") opens its own first letter.
    starts: firstLetters(P.ATTENDANCE_LINE_LABELS),
    // Every pattern reads a label at the line's start, or after a heading in another language and a "/" or "|".
    requires: { test: leadsWithLabel },
    match: (l) => {
      const alone = P.matchAttendanceLabelAlone(l.text);
      if (alone) return { text: '', marker: alone[1] };
      const m = P.matchAttendanceLabel(l.text);
      if (m) return { text: m[2].trim(), marker: m[1] };
      // "Apologies Betty Ross, Annie Morgan": no colon, but names follow the label.
      const spaced = P.matchSpacedAttendanceLabel(l.text);
      return spaced && P.NAMES_AFTER_LABEL.test(spaced[2]) ? { text: spaced[2].trim(), marker: spaced[1] } : null;
    },
  }),
  // After the RESOLVED, decision and label rules, which claim "RESOLVED: That …" and "Present: …" first.
  defineRule({
    id: 'surname-mover-motion',
    stage: 'line',
    kind: 'resolved',
    description: 'A motion headed by its mover\'s surname and a colon, numbered or not, as rural municipalities print them.',
    examples: { valid: ['187/25  YUZIK: That the agenda be adopted as presented.  CARRIED.', 'Fehr: That the accounts for June be approved for payment. CARRIED.', '42/25 Kowal/Ruiz: That the Reeve sign the agreement.', '78/26  Hnatiuk – Dyck: That the agenda be adopted as presented.  CARRIED'], invalid: ['12/25 Minutes: That the minutes of the last meeting be adopted.', '246/25 Agenda – Gusdal: That the agenda be adopted as presented. Carried.', 'MOTION: That the report be received.', 'Note: That figure excludes the grant.'] },
    // Most lines hold no ": That": they skip the pattern.
    requires: /:\s+(?:THAT|That)\b/,
    starts: /[A-Z\d]/,
    match: (l) => {
      const m = P.SURNAME_MOVER_MOTION.exec(l.text);
      if (!m || P.NOT_A_MOVER.has(m[2].split(/[\s/,–-]/)[0].toLowerCase())) return null;
      // The motion's number is its marker; a surname is not a number.
      return m[1] !== undefined ? { text: m[3].trim(), marker: m[1] } : { text: m[3].trim() };
    },
  }),
  defineRule({
    id: 'item-number-alone',
    stage: 'line',
    kind: 'item-number',
    description: 'An item number alone on its line (ModernGov meeting pages).',
    examples: { valid: ['124.', 'PLN.31/25'], invalid: ['124. Apologies'] },
    // Minute codes ("HOS.55/24", "P109/24") open with any capital.
    starts: /[a-z\d]/i,
    match: (l) => {
      const m = P.ITEM_NUMBER_ALONE.exec(l.text);
      if (!m) return null;
      const marker = m[1] ?? m[2];
      return { text: marker, marker };
    },
  }),
  // Before bullets: "1." alone is an item number candidate above; "(a)" alone is a marker.
  defineRule({
    id: 'bullet-marker-alone',
    stage: 'line',
    kind: 'bullet-marker',
    description: 'A bullet or list marker alone on its line.',
    examples: { valid: ['(a)', '•'], invalid: ['(a) the report be noted'] },
    starts: /[•·●▪■Ø\uf0b7\uf0a7*(\da-z–-]/,
    match: fromRegex(P.BULLET_ALONE, 0, 0),
  }),
  defineRule({
    id: 'reader-heading',
    stage: 'line',
    kind: 'heading',
    description: 'A heading marked by the reader (markdown #, HTML <h1>-<h6>).',
    examples: { valid: ['## 5. Budget monitoring'], invalid: ['#5 Budget monitoring'], context: 'markdown' },
    match: (l) => (l.hint === 'heading' ? { text: l.text } : null),
  }),
  // Numbered headings before bullets: "5. Budget" could be either; segment/ decides by shape and sequence.
  defineRule({
    id: 'minute-code-heading',
    stage: 'line',
    kind: 'numbered-heading',
    description: 'A heading after a minute reference with letters and slashes ("CAB/45/26  Budget"), dashes ("GM-07.25-01  Opening") or a full stop ("PL.52  Application …").',
    examples: { valid: ['CAB/45/26  APOLOGIES FOR ABSENCE', 'HSG.14/25  Housing Allocations Policy', 'PLN/12/25  25/00341/FUL - 4 MILL LANE, ORWELL', 'EI 088/26\tApologies', 'PSC 14/25  Declarations of Interest', 'C 104/25  LEISURE AND DEVELOPMENT COMMITTEE MINUTES', 'PL.52 Application 25/1187/OUT - Land off Cherry Tree Lane', 'C.61  MAYOR’S COMMUNICATIONS', 'GM-07.25-04  Mayoral minute – Drought assistance'], invalid: ['CAB/45/26 was deferred to the next meeting.', 'EI 088/26 was noted.', 'Page 3/12  Minutes', 'GM-07.25-04 was deferred.', 'C.1 Clubroot Management Policy (revised)'] },
    starts: /[A-Z]/,
    // Every code has a slash, a dash or (the dotted codes, "PL.52") a full stop.
    requires: /[/.-]/,
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.MINUTE_CODE_HEADING.exec(l.text);
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  }),
  defineRule({
    id: 'table-row-heading',
    stage: 'line',
    kind: 'numbered-heading',
    description: 'A numbered heading in a row of a copied table, the number and the title in cells of their own.',
    examples: { valid: ['|4. |APPOINTMENT OF AUDIT PANEL MEMBERS |'], invalid: ['|4. |£1,250 |'] },
    starts: /\|/,
    match: (l) => {
      const m = P.TABLE_ROW_HEADING.exec(l.text);
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  }),
  defineRule({
    id: 'heading-then-number',
    stage: 'line',
    kind: 'numbered-heading',
    description: 'A heading with its minute number after it: "APOLOGIES FOR ABSENCE (Minute 31)", "Street Trading – Minute 33".',
    examples: { valid: ['APOLOGIES FOR ABSENCE (Minute 31)', 'Street Trading Consents – Minute 33', 'Budget Monitoring (Min. 7a)'], invalid: ['Matters arising (Minute 31 refers)', 'The item was deferred (Minute 31).', 'Budget Monitoring (Item 7)'] },
    starts: /[A-Za-z]/,
    // The line ends in the number or its closing bracket.
    requires: { test: endsInNumber },
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.HEADING_THEN_NUMBER.exec(l.text);
      return m ? { text: m[1].trim(), marker: m[2] ?? m[3] } : null;
    },
  }),
  defineRule({
    id: 'numbered-heading',
    stage: 'line',
    kind: 'numbered-heading',
    description: 'A numbered line that may be an item heading ("41.    Allotment Rents").',
    examples: { valid: ['41.    Allotment Rents', 'Item 4: Budget', 'AGENDA ITEM NO. 5 – APPEALS', '2207 FOOTPATH CLOSURES', 'Minute 87/23 Allotments', 'Item No. 6 – Correspondence', '2025/12 Finance'], invalid: ['6:00pm, Tuesday 10 December', '10 December 2019 |', '11.14am.', '212 had been empty for more than two years.', '2025/26 be approved.'] },
    // A digit, or the first letter of a number label ("Item", "Minute", "Agenda item").
    starts: new RegExp(`[\\d${firstLetters(ITEM_NUMBER_LABELS).source.slice(1, -1)}]`, 'i'),
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.NUMBERED_HEADING.exec(l.text);
      // "212 had been empty for two years.": a wrapped sentence that opens with a number, not a heading (which a
      // bare number with no stop or bracket heads only when its title starts as a title does).
      if (m && BARE_NUMBER_OPENING.test(l.text) && LOWER_WORD_OPENING.test(m[2])) return null;
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  }),
  defineRule({
    id: 'bullet',
    stage: 'line',
    kind: 'bullet',
    description: 'A bullet or numbered / lettered list entry.',
    examples: { valid: ['•  The update be noted.', '(b) the fees be increased by 3%.', 'a) the fees be increased from April.'], invalid: ['K. Lindgren, Manager of Parks, presented the report.', 'J. Whitfield       Chief Administrative Officer', 'R. Sandhu (Vice-Chair)   City of Cranbrook Falls'] },
    starts: /[•·●▪■□◦○‣⁃∙Ø§⇒→►➢\uf0b7\uf0a7\uf076\uf0d8*+(\da-zA-Z–—-]/,
    match: (l) => {
      // "D. Ross, Director Engineering, presented …": an initial and a surname, not list entry D.
      const m = INITIAL_AND_SURNAME.test(l.text) ? null : P.BULLET.exec(l.text);
      // A page's or Word file's list item is an entry whatever it starts with; an ordered list prints its number or
      // letter ("a. waives the charges"), which is the entry's marker as it is a text file's.
      // (Not a capital: "E. Thomas – salary" in a bulleted list is an initial.)
      if (l.hint === 'list-item') return m && m[2] && /^\(?(?:\d{1,3}|[a-z]{1,4})[.)]?$/.test(m[1]) ? { text: m[2].trim(), marker: m[1] } : { text: l.text, marker: '•' };
      return m && m[2] ? { text: m[2].trim(), marker: m[1] } : null;
    },
  }),
  defineRule({
    id: 'text',
    stage: 'line',
    kind: 'text',
    description: 'Any other line: a paragraph or a continuation.',
    examples: { valid: ['The Board received an update on the partnership.', 'Councillor Ebbs thanked the volunteers for their work.'], invalid: ['RESOLVED that the report be noted.'] },
    match: (l) => ({ text: l.text }),
  }),
];

/** For each rule table, the rules worth trying on a line by its first character (built as characters are met). */
const DISPATCH = new WeakMap<readonly LineRule[], Map<string, readonly LineRule[]>>();

function rulesFor(first: string, rules: readonly LineRule[]): readonly LineRule[] {
  let byFirst = DISPATCH.get(rules);
  if (!byFirst) DISPATCH.set(rules, (byFirst = new Map()));
  let list = byFirst.get(first);
  if (!list) byFirst.set(first, (list = rules.filter((r) => r.starts === undefined || r.starts.test(first))));
  return list;
}

/** Classifies one line by the first rule in LINE_RULES that matches. */
export function classifyLine(line: SourceLine, rules: readonly LineRule[] = LINE_RULES): Token {
  // Reader hints (a markdown heading, an HTML list item) make rules match whatever the text starts with.
  const candidates = line.hint === undefined ? rulesFor(line.text.charAt(0), rules) : rules;
  for (const rule of candidates) {
    if (rule.requires !== undefined && !rule.requires.test(line.text)) continue;
    const m = rule.match(line);
    // Every token has one shape, its marker set (or undefined) in the literal: the stages reading tokens see one hidden class.
    if (m) return { kind: rule.kind, line, text: m.text, rule: rule.id, marker: m.marker };
  }
  return { kind: 'text', line, text: line.text, rule: 'text', marker: undefined };
}

export function tokenize(source: readonly SourceLine[], rules: readonly LineRule[] = LINE_RULES): Token[] {
  const lines = joinWrappedLabels(splitRunOnLines(expandMinutesRows(expandTableRows(source))));
  const out: Token[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = classifyLine(lines[i], rules);
  return out;
}
