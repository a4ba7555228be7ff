// The vocabulary of agenda-item headings: the standard titles every council's
// agenda repeats, the furniture lines that look like headings but are not, the
// words of item numbering, and the months and weekdays meeting dates are
// written with. Layout detectors (src/segment/layouts/), the item categories
// and the meeting facts build their patterns from these lists.
import { extendable } from './extend.js';

/**
 * Titles of the procedural items nearly every agenda opens or closes with, as
 * their first words (a title starting so is a heading even without a number:
 * "Apologies for absence", "Declarations of Interest", "Public participation").
 */
export const STANDARD_ITEM_OPENINGS: readonly string[] = extendable('STANDARD_ITEM_OPENINGS', [
  'Apologies',
  'Apologies for absence',
  'Declarations of interest',
  'Declaration of interest',
  'Declarations of interests',
  'Disclosures of interest',
  'Disclosure of interest',
  'Conflicts of interest',
  'Minutes',
  'Minutes of the previous meeting',
  'Confirmation of minutes',
  'Approval of minutes',
  'Adoption of minutes',
  'Matters arising',
  'Public participation',
  'Public question time',
  'Public questions',
  'Public forum',
  'Open forum',
  'Questions from members of the public',
  'Urgent business',
  'Urgent items',
  'Any other business',
  'Date of next meeting',
  'Date and time of next meeting',
  'Chair’s announcements',
  "Chair's announcements",
  'Chairman’s announcements',
  "Chairman's announcements",
  'Mayoral minute',
  'Mayor’s announcements',
  "Mayor's announcements",
  'Announcements',
  'Correspondence',
  'Exclusion of the press and public',
  'Exclusion of public and press',
  'Election of chair',
  'Election of chairman',
  'Election of vice-chair',
  'Election of vice-chairman',
  'Opening prayer',
  'Acknowledgement of country',
  'Welcome and introductions',
  'Finance',
  'Planning applications',
  'Planning matters',
  'Work programme',
  'Petitions',
  'Deputations',
  'Closure',
  'Close of meeting',
]);

/**
 * Titles of the items that open a meeting, printed above the attendance list in Australian and Canadian
 * minutes ("DECLARATION OF OPENING" / "The Presiding Member declared the meeting open …", "1. CALL TO ORDER"
 * before "PRESENT:"): such a heading is an item though the page's header runs on below it.
 */
export const OPENING_ITEM_TITLES: readonly string[] = extendable('OPENING_ITEM_TITLES', [
  'Declaration of opening',
  'Declaration of opening and announcement of visitors',
  'Opening of meeting',
  'Opening of the meeting',
  'Meeting opening',
  'Call to order',
  'Opening prayer',
  'Acknowledgement of country',
  'Acknowledgement of traditional owners',
  'Welcome',
]);

/** Abbreviations printed before a number inside a heading in capitals, in lower case: "LOCAL PLANNING SCHEME No. 3", "LOTS Nos. 4 AND 5". */
export const NUMBER_ABBREVIATIONS: readonly string[] = extendable('NUMBER_ABBREVIATIONS', ['No', 'Nos', 'Pt', 'Pts', 'Vol']);

/**
 * Labels that open a line of a motion or vote inside an item ("Motion No. CC-2025-088", "Moved by Councillor
 * Lister", "Resolution No. 45"): such a line is never a heading, though it is short and stands alone.
 */
export const MINUTE_LINE_LABELS: readonly string[] = extendable('MINUTE_LINE_LABELS', [
  'Motion',
  'Resolution',
  'Amendment',
  'Moved',
  'Seconded',
  'Recommendation',
  'Officer Recommendation',
  'Staff Recommendation',
  'Committee Recommendation',
  'Council Resolution',
  'Recorded Vote',
  'Vote',
]);

/**
 * Words of a section heading that groups several items ("DELEGATIONS", "REPORTS FROM STAFF", "NEW BUSINESS",
 * "BY-LAWS"): Canadian and Australian minutes head each delegation or report of such a section in mixed case
 * below it ("Birchmere Snowmobile Club"), and the section itself is no item.
 */
export const SECTION_HEADING_WORDS: readonly string[] = extendable('SECTION_HEADING_WORDS', [
  'delegation',
  'delegations',
  // A department's section of Canadian county minutes ("AGRICULTURAL SERVICES", "PROTECTIVE SERVICES") over its reports.
  'services',
  'deputations',
  'presentations',
  'petitions',
  'reports',
  // "PLANNING APPLICATIONS" over "4.1 LA03/2024/0612/F – …", each application an item.
  'applications',
  'correspondence',
  'communications',
  'business',
  'by-laws',
  'bylaws',
  'motions',
  'consent agenda',
  'public meetings',
  'hearings',
  // "1. ATTENDANCE RECORD" over "1.1 Present", "2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE" over "2.1 Attendance".
  'attendance',
  // "4. QUESTIONS ON NOTICE" over "4.1 Cr Quinlivan – Stormwater at Railway Terrace", each question an item.
  'questions on notice',
  'questions with notice',
]);

/** What an outcome line adds after its outcome: "CARRIED UNANIMOUSLY", "CARRIED BY ABSOLUTE MAJORITY 6/0", "CARRIED EN BLOC". */
export const OUTCOME_QUALIFIERS: readonly string[] = extendable('OUTCOME_QUALIFIERS', [
  'unanimously',
  'en bloc',
  'by absolute majority',
  'by an absolute majority',
  'by simple majority',
  'by a simple majority',
  'by special majority',
  'on the casting vote',
  "on the chair's casting vote",
  'on the chair’s casting vote',
]);

/** What an outcome line names before its outcome: "MOTION CARRIED", "Amendment lost", "Substantive motion carried". */
export const OUTCOME_SUBJECTS: readonly string[] = extendable('OUTCOME_SUBJECTS', ['motion', 'amendment', 'substantive motion', 'original motion', 'amended motion', 'resolution', 'recommendation']);

/**
 * Verbs of recorded proceedings: a line holding one is a sentence of minutes,
 * not a heading ("The Chair welcomed …").
 */
export const HEADING_SENTENCE_VERBS: readonly string[] = extendable('HEADING_SENTENCE_VERBS', [
  'introduced',
  'presented',
  'was',
  'were',
  'had',
  'has',
  'have',
  'noted',
  'reported',
  'explained',
  'said',
  'stated',
  'asked',
  'advised',
  'confirmed',
  'informed',
  'thanked',
  'welcomed',
  'resolved',
  'received',
  'declared',
  'moved',
  'seconded',
  'queried',
  'outlined',
  'highlighted',
  'commented',
  'agreed that',
  'would',
  'could',
  'should',
]);

/** First words of headings that name the business and so may hold such a verb ("Minutes of the meeting held …", "Report on …"). */
export const HEADING_OPENERS_DESPITE_VERB: readonly string[] = extendable('HEADING_OPENERS_DESPITE_VERB', [
  'minutes',
  'matters',
  'item',
  'items',
  'report',
  'update',
  'question',
  'questions',
  'declaration',
  'declarations',
  'apologies',
  'confirmation',
  'petition',
  'petitions',
  'motion',
  'motions',
]);

/**
 * Whose business such a heading names, before its opener: "ELECTED MEMBERS' MOTIONS OF WHICH PREVIOUS NOTICE HAS
 * BEEN GIVEN", "Members' Questions", "Councillors' Questions on Notice" (possessive apostrophe optional).
 */
export const HEADING_OPENER_POSSESSORS: readonly string[] = extendable('HEADING_OPENER_POSSESSORS', ['Elected Members', 'Members', 'Councillors', 'Elected Member', 'Member', 'Councillor']);

/** Lines shaped like headings that are meeting furniture, never item titles ("Present:", "Venue", "No. Item"). */
export const MEETING_FURNITURE_TITLES: readonly string[] = extendable('MEETING_FURNITURE_TITLES', [
  'present',
  'in attendance',
  'venue',
  'contact',
  'media',
  'item',
  'items',
  'no item',
  'no. item',
  'date',
  'time',
  'chair',
  'chairman',
]);

/** Short lines that stand alone between blank lines without heading anything: outcomes, vote and table labels. */
export const STANDALONE_NON_TITLES: readonly string[] = extendable('STANDALONE_NON_TITLES', [
  'carried',
  'carried unanimously',
  'lost',
  'nil',
  'none',
  'withdrawn',
  'councillor',
  'councillors',
  'cr',
  'crs',
  'item',
  'items',
  'member',
  'members',
  'type of interest',
  'interest',
  'moved',
  'seconded',
  'for',
  'against',
  'abstain',
  'abstained',
  'yes',
  'no',
  'noted',
  'received',
  'adopted',
  'approved',
  'agreed',
  'declined',
  'deferred',
  'motion',
  'substantive motion',
  'foreshadowed motion',
  'amendment',
  'resolution',
  'officer recommendation',
  "officer's recommendation",
  'committee recommendation',
  'staff recommendation',
  'recommendation',
  'council resolution',
]);

/** Month names as minutes write them, full and abbreviated. */
export const MONTHS: readonly string[] = extendable('MONTHS', [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/** Weekday stems: "Mon" + "day", "Wednes" + "day". */
export const WEEKDAY_STEMS: readonly string[] = extendable('WEEKDAY_STEMS', ['Mon', 'Tues', 'Wednes', 'Thurs', 'Fri', 'Satur', 'Sun']);

/** Words that label a minute's number: "Minute 6", "Minute No. 12", "Min. 45/24"; printed after a heading too ("APOLOGIES (Minute 31)"). */
export const MINUTE_NUMBER_LABELS: readonly string[] = extendable('MINUTE_NUMBER_LABELS', ['minute', 'minute no.', 'minute no', 'min.', 'min', 'min. no.']);
/** Words that label an item number: "Item 4", "Agenda item 5", "Item No. 3", and the minute labels. */
export const ITEM_NUMBER_LABELS: readonly string[] = extendable('ITEM_NUMBER_LABELS', ['item', 'item no.', 'item no', 'agenda item', 'agenda item no.', 'agenda item no', ...MINUTE_NUMBER_LABELS]);
/** The header of a table's number column, whose rows are items or entries: "Item", "No.", "Ref", "#", "Minute No.". */
export const NUMBER_COLUMN_HEADERS: readonly string[] = extendable('NUMBER_COLUMN_HEADERS', [...ITEM_NUMBER_LABELS, 'no.', 'no', 'number', '#', 'ref', 'ref.', 'ref no.']);

/**
 * Kinds of meeting that never begin a body's own name, so "Minutes of the Extraordinary Cabinet held …" drops
 * them before the body ("General Purposes Committee", "Regular Council" and "Open Spaces Forum" keep theirs).
 */
export const MEETING_KINDS_BEFORE_BODY: readonly string[] = extendable('MEETING_KINDS_BEFORE_BODY', ['ordinary', 'extraordinary', 'special', 'annual', 'adjourned', 'reconvened', 'virtual', 'remote']);
/** Words naming a meeting's kind before "meeting" ("Ordinary Meeting of Council", "Regular Council Meeting", "an Open meeting of …"). */
export const MEETING_KINDS: readonly string[] = extendable('MEETING_KINDS', [...MEETING_KINDS_BEFORE_BODY, 'regular', 'inaugural', 'scheduled', 'general', 'statutory', 'open']);

/** What a council calls the record of a meeting, besides minutes: "Record of the meeting of …", "NOTES of a meeting of …". */
export const MINUTES_DOCUMENT_NAMES: readonly string[] = extendable('MINUTES_DOCUMENT_NAMES', ['minutes', 'minute', 'notes', 'record', 'report', 'summary']);

/** Nouns that name a governing body: a meeting's body is named with one ("Planning Committee", "Hutt City Council"). */
export const GOVERNING_BODY_NOUNS: readonly string[] = extendable('GOVERNING_BODY_NOUNS', [
  'Council',
  'Committee',
  'Sub-Committee',
  'Cabinet',
  'Board',
  'Panel',
  'Commission',
  'Authority',
  'Assembly',
  'Forum',
  'Executive',
  'Meeting',
  'Partnership',
  // Irish county councils meet as municipal districts: "Meeting of the Ballymorris Municipal District".
  'Municipal District',
]);

/** Kinds of local authority named "X of Y": "City of Kingston", "Township of Elm Creek", "Shire of Wattle Creek". */
export const MUNICIPALITY_KINDS: readonly string[] = extendable('MUNICIPALITY_KINDS', ['City', 'Town', 'Township', 'County', 'Shire', 'Municipality', 'District', 'Village', 'Borough', 'Regional Municipality']);

/**
 * Words printed before a municipality's kind in its masthead: "RURAL MUNICIPALITY OF COTEAU PLAINS NO. 287",
 * "LONDON BOROUGH OF BROMLEY", "Royal Borough of Kingston upon Thames".
 */
export const MUNICIPALITY_KIND_PREFIXES: readonly string[] = extendable('MUNICIPALITY_KIND_PREFIXES', ['Rural', 'Regional', 'London', 'Royal', 'Metropolitan']);

/**
 * Verbs of agenda wording printed in place of a title on meeting pages: "To receive any apologies for
 * absence.", "To confirm as a correct record the minutes of …", "To consider a report by …".
 */
export const AGENDA_WORDING_VERBS: readonly string[] = extendable('AGENDA_WORDING_VERBS', ['receive', 'consider', 'confirm', 'note', 'approve', 'report', 'agree', 'elect', 'appoint', 'review', 'adopt', 'discuss', 'determine']);

/**
 * One-word titles of the routine motions rural municipalities number and head with their mover
 * ("246/25 Agenda – Gusdal: That …"): a heading, never the mover's surname.
 */
export const ROUTINE_MOTION_TITLES: readonly string[] = extendable('ROUTINE_MOTION_TITLES', ['Agenda', 'Adjournment', 'Accounts', 'Bylaw', 'Bylaws', 'By-law', 'By-laws', 'Delegation', 'Delegations', 'Reports']);

/**
 * Labels that open an explanatory line before a colon ("Note: That figure excludes the grant.", "Reason: …"):
 * never a mover's name, though they stand where a rural municipality prints one ("SMITH: That …").
 */
export const ANNOTATION_LABELS: readonly string[] = extendable('ANNOTATION_LABELS', ['Note', 'Notes', 'NB', 'Comment', 'Comments', 'Update', 'Background', 'Reason', 'Reasons', 'Purpose', 'Summary', 'Explanation']);
