// Line-level patterns, one named constant per minute phrasing family. Every
// regex here is anchored and uses bounded, non-overlapping quantifiers so a
// 2 MB line is matched in linear time (see test/regex-safety.test.ts).
import { ANNOTATION_LABELS, MOTION_ADOPTING_VERBS, ROUTINE_MOTION_TITLES, ANSWER_LABELS, QUESTION_LABELS, APOLOGY_LABELS, ATTENDED_BUSINESS, BARE_DECIDING_VERBS, CARRIED_WORDS, COURTESY_TITLES, DECIDING_BODIES, MEMBER_GROUPS, LOST_WORDS, WITHDRAWN_WORDS, DECIDING_VERBS, DECISION_LABELS, IN_ATTENDANCE_LABELS, ITEM_NUMBER_LABELS, LABEL_MEMBER_GROUPS, MINUTE_NUMBER_LABELS, LABEL_QUALIFIERS, MEMBER_HONORIFICS, MOTION_NOUNS, OPENING_ITEM_TITLES, PRESENT_LABELS, STANDARD_ITEM_OPENINGS, alternation, caselessAlternation } from '../lexicon/index.js';
import { gapRelaxed, relaxGaps } from './gap-relaxed.js';

/** ModernGov page furniture: the literal "Agenda item" line above a single item's title. */
/** A ModernGov label printed after its Welsh (or Irish) form: "Eitem agenda / Agenda item", "Cofnodion / Minutes:". */
export const OTHER_LANGUAGE_FIRST = String.raw`(?:[A-Za-z\u00C0-\u017F][^/:]{1,29}\/\s*)?`;
export const AGENDA_ITEM_MARKER = new RegExp(String.raw`^${OTHER_LANGUAGE_FIRST}agenda item(?:\s*[-–:]?\s*(\d{1,3}[a-z]?))?\s*$`, 'i');

/**
 * A minute code joined by dashes: the body's letters, the meeting's month and year or its year, then the running
 * number last ("GM-07.25-01", "OCM-25-014").
 */
export const DASHED_MINUTE_CODE = String.raw`[A-Z]{1,6}-\d{2}(?:\.\d{2})?-\d{1,3}`;

/**
 * A minute code: letters for the body, the running number and the year ("C048/23", "HOS.55/24", "P109/24",
 * "SI20/13"), or letters, a slash and the number ("CAB/45/26", "PL/112", "C/152", "Cou/286/07-08"), or the number and the
 * financial year ("61-20/21").
 */
const MINUTE_CODE = String.raw`\d{1,4}-\d{2}\/\d{2}|[A-Z]{1,6}\.?\d{1,4}\/\d{2,4}|[A-Z][A-Za-z]{0,5}\/\d{1,4}(?:\/\d{2,4}(?:-\d{2,4})?)?|${DASHED_MINUTE_CODE}`;

/**
 * A minute code whose body letters stand apart from the number ("EI 088/26", "PSC 14/25", "C 101/25", a committee's
 * initials "F&GP 24/08"): one to six capitals, one space, the running number and the year, or the council year and the
 * running number after a dash ("FC 23/24-046"). Only before a heading (MINUTE_CODE_HEADING, case-sensitive): alone on a
 * line, "Page 3/12" would read as one.
 */
const SPACED_MINUTE_CODE = String.raw`[A-Z][A-Z&]{0,5} \d{1,4}\/\d{2,4}(?:-\d{1,4})?`;
/** A minute code of body letters, a full stop and the running number ("PL.51", "CAB.112", "C.61"): only before a heading, as above. */
// (One letter takes a running number of two or more digits: "C.61", not the lettered sub-item "C.1".)
const DOTTED_MINUTE_CODE = String.raw`(?:[A-Z]{2,6}\.\d{1,4}|[A-Z]\.\d{2,4})(?=\s)`;

/** An item number alone on its line: "124.", "5", "12a.", "Item 7", minute numbers "35/20" and minute codes "HOS.55/24". */
export const ITEM_NUMBER_ALONE = new RegExp(String.raw`^(?:(?:item\s+)?(\d{1,3}(?:\.\d{1,2})?[a-z]?|\d{1,3}\/\d{2,4})[.)]?|(${MINUTE_CODE}))$`, 'i');

/** A numbered heading: "76.    Apologies", a parish's four-figure minute number (not a year) "1358 DECLARATIONS OF INTEREST", "5. Title", "1 Procedural Business", "13.3 Minutes", "9.1.2 Annual Budget", "Item 4: Budget", "Minute 112/24 Highways", "2024/41 Apologies", "Item No. 3 – Correspondence"; not a time ("6:00pm, Tuesday", "11.14am." at a wrapped line's start) or a date ("10 December 2019"). */
/**
 * A heading with its minute number after it: "APOLOGIES FOR ABSENCE (Minute 31)", "Street Trading Consents – Minute 33".
 * Group 1: the heading; group 2 or 3: the number. Not a cross-reference ("(Minute 31 refers)"), nor a ModernGov
 * page's "(Item 4)" reference after a title (read by the item-reference rule and layout).
 */
export const HEADING_THEN_NUMBER = new RegExp(String.raw`^([A-Za-z].{1,150}?)\s*(?:\(\s{0,2}(?:${caselessAlternation(MINUTE_NUMBER_LABELS)})\s{0,3}(\d{1,4}(?:[./]\d{1,4})?[a-z]?)\s{0,2}\)|\s[-–—]\s(?:${caselessAlternation(MINUTE_NUMBER_LABELS)})\s{0,3}(\d{1,4}(?:[./]\d{1,4})?[a-z]?))\s*$`, 'i');
export const NUMBERED_HEADING = new RegExp(String.raw`^(?:${caselessAlternation(ITEM_NUMBER_LABELS)}\s{0,3})?(\d{2}\.\d{2}\.\d{1,3}(?=\s)|\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?|(?!(?:19|20)\d\d\b)\d{4}|\d{1,3}\/\d{2,4}|(?:19|20)\d\d\/\d{1,3}(?!\d))(?:[.)](?:\s+|(?!\d))|:(?!\d)\s*|\s+[-–]\s+|\s+)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b)(\S.{0,200})$`, 'i');

/**
 * A minute code before the heading in printed minutes: "CAB/45/26  APOLOGIES FOR ABSENCE", "PL/112  Planning
 * Applications", "C048/23   1.   APOLOGIES" (the agenda number after the code is dropped). Group 1: code; 2: title.
 * The title may open with a planning application's reference: "PL/64/24-25  24/01654/OUT - LAND WEST OF …".
 */
export const MINUTE_CODE_HEADING = new RegExp(String.raw`^(${MINUTE_CODE}|${SPACED_MINUTE_CODE}|${DOTTED_MINUTE_CODE})\s+(?:\d{1,3}[.)]\s+)?((?:[A-Z]|\d{2,4}\/\d{2,6}\/[A-Z]{2,8}\b).{0,200})$`);

/** "(Item 1)" / "(Agenda Item 5)" lines printed under a minute heading in printed minutes. */
export const ITEM_REFERENCE = /^\((?:agenda\s+)?item\s+\d{1,3}[a-z]?\)$/i;

/** "Minutes:" marker that ends an item's description on ModernGov pages. */
export const MINUTES_MARKER = new RegExp(String.raw`^${OTHER_LANGUAGE_FIRST}minutes:\s*(.{0,100000})$`, 'i');

/** "Supporting documents:" / "Additional documents:" / "Attachments:" markers. */
export const DOCUMENTS_MARKER = /^(?:supporting|additional|background)\s+documents?:?\s*$|^attachments?:\s*$/i;

/** Link residue copied from ModernGov: "pdf icon PDF 129 KB", "View the background to item 1.", "View directions". */
export const LINK_RESIDUE = /^(?:(?:pdf|doc|docx|word|excel|xls|xlsx)\s+icon\s+)?(?:pdf|doc|docx|word)\s+\d[\d.,]*\s*[kmg]b\s*$|^•?\s*view the (?:background|reasons?|decision)\b.{0,200}$|^view directions$|^media$|^webcast for .{0,200}$/i;

/** The same residue at the end of a title line: "Minutes of the meeting pdf icon PDF 129 KB". (?<!\s): a run of spaces is tried once, from its start, not from every space. */
export const TRAILING_LINK_RESIDUE = /(?<!\s)\s*(?:(?:pdf|doc|docx|word)\s+icon\s+)?(?:pdf|doc|docx|word)\s+\d[\d.,]*\s*[kmg]b\s*$/i;

/** The deciding verbs in capitals, from the lexicon: "RESOLVED", "AGREED", "ORDERED", "DECIDED". */
export const DECIDING_VERB = alternation(DECIDING_VERBS);
// A capital lead-in: a verb that may stand bare, or another before a colon, a dash or "that" ("DECIDED:", not "APPEALS DECIDED").
const LEAD_IN_VERB = `(?:${alternation(BARE_DECIDING_VERBS)}|${alternation(DECIDING_VERBS.filter((v) => !BARE_DECIDING_VERBS.includes(v)))}(?=\\s*(?:[:–—-]|that\\b|THAT\\b)))`;
// In title case the verbs other than "Resolved" open a decision only before "that", "to" or a colon: "Agreed that …", "Decided:".
const TITLE_DECIDING_VERB = alternation(DECIDING_VERBS.filter((v) => v !== 'RESOLVED').map((v) => v.charAt(0) + v.slice(1).toLowerCase()));
/** The first letters of the title-case verbs, for the mixed-case rule's start test. */
export const TITLE_DECIDING_FIRSTS = DECIDING_VERBS.map((v) => v.charAt(0)).join('');

/**
 * A RESOLVED / AGREED / ORDERED lead-in in all the forms minutes use:
 * "RESOLVED that", "RESOLVED:", "Resolved –", "It was RESOLVED", "The Committee
 * RESOLVED", "Cabinet RESOLVED to", "Following consideration it was RESOLVED",
 * "Resolved (Cr A / Cr B) That", "RESOLVED (unanimously) that", "AGREED – That".
 * Group 1: optional paragraph or minute number ("25/103  RESOLVED (Cr A / Cr B)"). Group 2: the clause text after the lead-in.
 */
export const RESOLVED_LEAD_IN = new RegExp(
  String.raw`^(?:(\d{1,3}(?:\.\d{1,2})?[.)]?|\(\d{1,3}\)|\(?[a-z]\)|\d{1,4}\/\d{1,4})\s+)?(?:(?:[Ff]ollowing|[Aa]fter|[Oo]n)\s+[^,]{1,80}?,?\s+(?=[Ii]t\s+was|[Tt]he\s+[A-Z]|[A-Z]\w*\s+RESOLVED)|[Aa]ccordingly,?\s+|[Tt]hereupon,?\s+)?(?:[Ii]t\s+was\s+(?:therefore\s+|then\s+|further\s+|unanimously\s+)?|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}(?:therefore\s+|unanimously\s+|then\s+)?)?${LEAD_IN_VERB}\b(?!\s+(?:AT|BY|WITH|UNDER|DURING|FROM|UPON|SINCE)\b)(?:\s*\([^)]{0,120}\)|\s+(?:UNANIMOUSLY|unanimously))?\s*(?:[,:;.–—-]+\s*)?(.{0,100000})$`,
);

/** North American operative clauses: "NOW THEREFORE BE IT RESOLVED THAT …", "AND FURTHER IT BE RESOLVED THAT …". Group 1: the clause. */
export const BE_IT_RESOLVED = /^(?:AND\s+)?(?:NOW\s+)?(?:THEREFORE,?\s+)?(?:FURTHER,?\s+)?(?:BE\s+IT|IT\s+BE)\s+(?:FURTHER\s+|ALSO\s+|FINALLY\s+)?RESOLVED,?\s*(?:THAT|That|that)?[\s,:]*(.{0,100000})$/i;

/** Mixed-case "Resolved" / "It was resolved" only at the start of a line: "Resolved – That", "Resolved:", "1. Resolved that", "Agreed that …". */
export const RESOLVED_MIXED_CASE = new RegExp(
  String.raw`^(?:(\d{1,3}(?:\.\d{1,2})?[.)]?|\(\d{1,3}\)|\(?[a-z]\))\s+)?(?:[Ii]t\s+was\s+(?:therefore\s+|further\s+|unanimously\s+)?)?(?:resolved|Resolved|(?:${TITLE_DECIDING_VERB})(?=\s*(?:that\b|to\b|[:–—])))\b(?:\s*\([^)]{0,120}\)|\s+unanimously)?\s*(?:[,:;.–—-]+\s*)?(.{0,100000})$`,
);

/**
 * A governing body's "resolved" in lower case: "The Committee resolved to approve the recommendations",
 * "Following discussion, the Cabinet unanimously resolved that …". Only a body as subject, and only
 * "resolved to …" or "resolved that …" ("Officers resolved the complaint" is not a decision).
 */
export const BODY_RESOLVED =
  /^(?:(\d{1,3}[.)]?)\s+)?(?:(?:[Ff]ollowing|[Aa]fter|[Oo]n)\s+[^,]{1,80},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}(?:Committee|Council|Cabinet|Board|Panel|Sub-Committee|Executive|Commission|Forum|Members)\s+(?:therefore\s+|unanimously\s+|then\s+|also\s+|further\s+)?resolved\s+((?:to\s+[a-z]|that\b).{0,100000})$/;

/** A clause that opens with a capitalised "THAT" (Camden style, the lead-in implied): "THAT the minutes … be approved". */
export const CAPITAL_THAT_CLAUSE = /^(?:(\d{1,3}[.)]|\([a-z0-9]{1,3}\))\s+)?THAT\s+(.{0,100000})$/;

/**
 * A numbered motion with its mover and seconder, Canadian style:
 * "R2018-200 J. Scott, L. Andersen: THAT we pass By-Law Number 2018-41 …".
 * Group 1: resolution number; group 2: mover and seconder; group 3: the clause after THAT.
 */
export const NUMBERED_MOTION = /^(R\s?\d{2,4}\s?[-–]\s?\d{1,4}|(?:Resolution|Motion)\s+(?:No\.?\s*)?[A-Z]?\d{1,4}(?:[-/]\d{1,4})?|[A-Z]{1,3}\d{2,4}[-/]\d{1,4})\s+([A-Z][^:]{2,120}?)\s*:\s*(?:(?:Be|BE)\s+(?:it|It|IT)\s+(?:Resolved|RESOLVED)\s*:?\s*)?(?:(?:THAT|That)\b[\s,:]*(.{0,100000})|$)/;

/**
 * A motion headed by its mover's surname, as rural municipalities print them: "187/25  YUZIK: That the agenda be
 * adopted.  CARRIED.", "Fehr: That the accounts be paid.", "Kowal - Ruiz: That …". Group 1: the resolution number;
 * 2: the mover (and seconder); 3: the clause. A heading word before the colon ("Minutes: That …") is no mover.
 */
export const SURNAME_MOVER_MOTION = /^(?:(\d{1,4}\/\d{2,4}|\d{2,4}-\d{2,4})\s+)?([A-Z][A-Za-z'’-]{1,30}(?:\s?[/,–-]\s?[A-Z][A-Za-z'’-]{1,30})?)\s?:\s+(?:THAT|That)\b[\s,:]*(.{0,100000})$/;

/** Words that head an item or label a decision, not a mover, before "X: That …" (their first words, lower case). */
export const NOT_A_MOVER: ReadonlySet<string> = new Set([...STANDARD_ITEM_OPENINGS, ...OPENING_ITEM_TITLES, ...MOTION_NOUNS, ...DECISION_LABELS, ...DECIDING_VERBS, ...BARE_DECIDING_VERBS, ...ANNOTATION_LABELS, ...ROUTINE_MOTION_TITLES, ...ANSWER_LABELS, ...QUESTION_LABELS].map((w) => w.split(/\s/)[0].toLowerCase()));

/** A numbered motion whose mover and seconder are initialled names, alone on the line without their colon: "R2023-151 D. Yemm, T. Butler" (the motion follows). Group 1: number. */
export const NUMBERED_MOTION_MOVERS_ONLY = /^(R\s?\d{2,4}\s?[-–]\s?\d{1,4})\s+[A-Z]\.\s?[A-Z][\w'’-]{1,30},\s*[A-Z]\.\s?[A-Z][\w'’-]{1,30}$/;

/**
 * A row of a motions table: "1  Okoro / Lindqvist  That the Declaration … be confirmed.  ADOPTED", or a row whose first
 * cell names the kind of motion instead of numbering it ("Condolence  Pagtakhan/Schreyer  THAT Council place on record …").
 * Group 1: number or kind; 2: mover / seconder; 3: clause.
 */
export const MOTION_TABLE_ROW = /^(\d{1,3}|[A-Z][a-z]{3,20})\s{2,}([A-Z][\w'’. -]{1,40}?\s*\/\s*[A-Z][\w'’. -]{1,40}?)\s{2,}(?:THAT|That)\b[\s,:]*(.{0,100000})$/;

/** A motion's outcome in a table's last column, in capitals or capitalised: "CARRIED", "Defeated", "WITHDRAWN" (the lexicon's outcome words). */
const OUTCOME_CELL = ((words: readonly string[]) => alternation([...words.map((w) => w.toUpperCase()), ...words.map((w) => w[0].toUpperCase() + w.slice(1))]))([...CARRIED_WORDS, ...LOST_WORDS, ...WITHDRAWN_WORDS]);
/** A person in a cell of their own: a surname or a titled or initialled name of up to four words ("Pratt", "J. Bains", "Cllr Hay"). */
const NAME_CELL = String.raw`[A-Z][\w'’.-]{0,30}(?: [\w'’.-]{1,30}){0,3}`;

/** The outcome cell's word as a disposition column writes it ("Defeated" → LOST): what the disposition reader knows. */
export function tableOutcome(word: string): 'CARRIED' | 'LOST' | 'WITHDRAWN' {
  const w = word.toLowerCase();
  return LOST_WORDS.includes(w) ? 'LOST' : WITHDRAWN_WORDS.includes(w) ? 'WITHDRAWN' : 'CARRIED';
}

/**
 * A row of a motions table whose mover and seconder have columns of their own after the wording (a
 * "Motion No.  Motion  Mover  Seconder  Result" table): "R25-101  THAT the agenda be adopted as presented.  Bains  Pratt
 * CARRIED", "14  That the accounts be paid.  Cllr Hay  Cllr Moss  Carried (unanimous)". Group 1: the motion's number;
 * 2: the clause; 3: mover; 4: seconder; 5: the outcome; 6: what the cell adds ("(Tremblay opposed)").
 */
export const MOTION_TABLE_ROW_MOVERS_AFTER = new RegExp(
  String.raw`^(\d{1,4}|[A-Z]{1,4}\s?\d{1,4}(?:[-/.]\d{1,4})?|\d{2,4}[-/]\d{1,4})\s{2,}(?:THAT|That)\b[\s,:]*(\S.{0,100000}?)\s{2,}(${NAME_CELL})\s{2,}(${NAME_CELL})\s{2,}(${OUTCOME_CELL})\b(.{0,80})$`,
);

/** A bare "Decision:" / "DECISION" / "Delegated decision:" heading whose following clauses are decisions. */
/** A decision's number alone after its label: "088/25", "No. 2025/14", "(R12/25)". Group 1: the number. */
/** A motion taken up as the decision: "to adopt the motion", "support the amended motion". Group 1: the motion taken up. */
export const ADOPTING_THE_MOTION_SOURCE = `(?:to\\s+)?(?:${alternation(MOTION_ADOPTING_VERBS)})\\s+the\\s+((?:(?:original|substantive|amended)\\s+)?(?:${alternation(MOTION_NOUNS)}))`;

/**
 * A resolution's or motion's number as councils print it: "088/25", "R12/25", "25-214", "25-11-201" (year, month and
 * motion), "CM 24/103", "GM/25/118", "307A/25". Every rule that reads a decision's number builds on this one source.
 */
// The last part may run to five digits: "WHCB/2024/00088" (New Zealand boards number a year's resolutions so).
export const RESOLUTION_NUMBER_SOURCE = '[A-Z]{0,4}[-/]?\\s?\\d{1,4}[A-Z]?(?:[/-]\\d{1,4}){0,1}[/-]\\d{1,5}';
/** "Community Board Resolved WHCB/2024/00088" alone on its line, the clause below it. Group 1: the resolution's number. */
export const BODY_RESOLVED_NUMBERED = new RegExp(`^(?:[Tt]he\\s+)?(?:[A-Z][\\w&'’-]*\\s+){0,4}(?:${alternation(DECIDING_BODIES)})\\s+(?:Resolved|RESOLVED|resolved)\\s+(?:no\\.?\\s*)?(${RESOLUTION_NUMBER_SOURCE})\\s*$`);
export const DECISION_REFERENCE = new RegExp(`^\\(?(?:no\\.?\\s*)?(${RESOLUTION_NUMBER_SOURCE})\\)?\\.?$`, 'i');
export const DECISION_HEADING = new RegExp(`^(?:(\\d{1,3}(?:\\.\\d{1,2})?[.)]?|\\(\\d{1,3}\\))\\s+)?(?:${alternation(DECISION_LABELS)}|the decision(?: of the [\\w ]{1,60})? was|decision of the [\\w ]{1,60})\\s*(?:[:–-]\\s*(.{0,100000}))?$`, 'i');

/** Action headings: "Action points", "Actions", "ACTION:", "Actions agreed", "Action log", "Action list". */
// (Also "Follow-up items:", as Canadian minutes list the tasks set at the meeting.)
export const ACTION_HEADING = /^(?:agreed\s+)?(?:actions?|follow[- ]up\s+(?:items?|actions?))(?:\s+points?|\s+agreed|\s+arising|\s+log|\s+list|\s+tracker)?\s*[:–-]?\s*(.{0,100000})$/i;

/**
 * Lead-ins under which bullets record member questions: "Members requested and
 * received clarification on the following", "In response to questions from
 * Members", "In response to comments and questions it was said:", "Members
 * asked questions / raised the following".
 */
// The bodies whose members ask ("Board Members requested …", "the Panel sought clarification …"): the lexicon's deciding
// bodies but the groups of members themselves and the meeting.
const QUESTIONING_BODY = caselessAlternation(DECIDING_BODIES.filter((b) => !MEMBER_GROUPS.includes(b) && b !== 'Meeting'));
export const QUESTION_LEAD_IN =
  // ("Board Members requested and received clarification …": the body's members.)
  // A paragraph number before a lead-in of questions only, ending in a colon: "2. Members requested and received
  // clarification on the following:" (a numbered mixed lead-in, "3. In response to comments it was said:", stays minutes text).
  new RegExp(String.raw`^(?:\d{1,3}\.\s+(?=(?:(?:(?:the )?${QUESTIONING_BODY} )?members|councillors|the ${QUESTIONING_BODY})\s+(?:then\s+)?(?:requested and received|sought|received) clarification\b.*:-?\s*$))?(?:(?:(?:(?:the )?${QUESTIONING_BODY} )?members|councillors|the ${QUESTIONING_BODY})\s+(?:then\s+)?(?:requested and received clarification|sought clarification|asked (?:a number of |several |a range of |the following )?questions|raised (?:a number of |several |the following )?(?:questions|queries|points)|received clarification|made (?:the following )?(?:comments and asked questions|comments and questions))|(?:in response to|in answer to|in reply to|responding to|following|during) (?:the |a number of |members'? |councillors'? )?(?:questions?|queries|comments and questions|questions and comments|discussion and questions)|(?:the )?(?:following|main) (?:questions|points|issues|queries) (?:were )?(?:raised|asked|discussed)|(?:questions|queries) (?:were|was) (?:raised|asked)|further to (?:comments and )?questions|(?:questions(?: and comments)?|comments and questions) (?:from|by) (?:members|councillors|the committee) (?:included|were)|(?:members|councillors)'? questions and (?:officers'? |the )?(?:responses|answers|replies)|questions and (?:answers|responses)\s*:)\b.{0,400}$`, 'i');

/** A subheading in mixed case over members' questions: "Questions from Members", "Questions from Councillors:". */
export const QUESTIONS_SUBHEADING = /^(?:Questions|Queries) (?:from|by) (?:[Mm]embers|[Cc]ouncillors|the [Cc]ommittee)\s*:?-?$/;

/**
 * What someone attends to do with the item's business: "to present the report", "to introduce the draft master plan",
 * "to speak to this item" (ATTENDED_BUSINESS, up to two words before it). Read by the line rule below and by the
 * presenters' rule for the phrase between commas.
 */
export const TO_PRESENT_BUSINESS_SOURCE = `to\\s+(?:present|introduce|speak\\s+to)\\s+(?:this|the)\\s+(?:[\\w’'-]+\\s+){0,2}?${caselessAlternation(ATTENDED_BUSINESS)}`;

/**
 * "In attendance to present this item … were:" / "X and Y were in attendance for
 * this item" / "Present for this item:" / "X attended the meeting to present the
 * report" / "attending to introduce this item".
 */
export const PRESENTING_ATTENDANCE = new RegExp(
  `\\b(?:in\\s+attendance|present|attended(?:\\s+the\\s+meeting)?|attending)\\s+(?:${TO_PRESENT_BUSINESS_SOURCE}|for\\s+(?:this|the)\\s+item)\\b`,
  'i',
);

/** Attendance labels the classifier reads anywhere (header-only labels such as "Members:" are read by src/extract/attendance). */
/** The labels the classifier reads, from the attendance lexicon. */
export const ATTENDANCE_LINE_LABELS: readonly string[] = [...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS, ...APOLOGY_LABELS, 'Councillors'];
const ATTENDANCE_LABEL_WORDS = caselessAlternation(ATTENDANCE_LINE_LABELS);
/** A label, a bilingual pair ("I Láthair / Present", "Whakapāha | Apologies") and a qualifier ("Also present via Teams"). */
// The qualifier may stand in brackets: "Present (in person):", "Present (virtually):".
// Or who the list names, in brackets: "Present (Community Councillors):".
const LABEL_QUALIFIER_SOURCE = `(?:\\s{1,3}${caselessAlternation(LABEL_QUALIFIERS)}|\\s{0,3}\\((?:${caselessAlternation(LABEL_QUALIFIERS)}|${caselessAlternation(LABEL_MEMBER_GROUPS)})\\))?`;
export const ATTENDANCE_LABEL_SOURCE = `${ATTENDANCE_LABEL_WORDS}(?:\\s{0,3}[/|]\\s{0,3}${ATTENDANCE_LABEL_WORDS})?${LABEL_QUALIFIER_SOURCE}`;
// One label, no bilingual pair: what a line with no "/" or "|" can hold. Its patterns are less than half the size
// of the pair's, and V8 compiles such an alternation on its first use for tens of milliseconds: a one-file run
// compiles only these unless the minutes are bilingual.
export const ONE_LABEL_SOURCE = `${ATTENDANCE_LABEL_WORDS}${LABEL_QUALIFIER_SOURCE}`;
/** A head count after a label: "PRESENT (7 members)". */
export const ATTENDANCE_COUNT_SOURCE = '(?:\\s{0,3}\\(\\d{1,3}(?:\\s{1,3}[A-Za-z]{1,12}){0,2}\\))?';

/** A heading in another language before a bar or slash and an English label: "Te Hunga i Tae Mai | ", "Ngā Whakapāha / ". */
const OTHER_LANGUAGE_LABEL = `[A-Za-z\\u00C0-\\u017F'’-]{1,20}(?:\\s[A-Za-z\\u00C0-\\u017F'’-]{1,20}){0,5}\\s{0,3}[/|]\\s{0,3}`;

/** Attendance labels at the start of a line: "PRESENT:", "Apologies:", "In Attendance:", "Officers:", "Also present:", "WHAKAPĀHA |   Aroha Kingi". */
// Each attendance line pattern is made from its label source by one function: the exact pattern from the lexicon's
// source, the gap-relaxed one (gapRelaxed, below) from the same source with its word gaps unbounded.
// A label on a line of names may follow a heading in another language too ("Tae Mai Hoki | In Attendance: …"), but only
// before a colon: a table row "A Smith | Present | Yes" names a member and a mark, not a label.
const labelLine = (label: string): string =>
  `^((?:${OTHER_LANGUAGE_LABEL}(?=${label}${ATTENDANCE_COUNT_SOURCE}\\s{0,3}:))?${label})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}(?::|\\||\\s{2,}|[-–—]\\s)\\s{0,100}(.{0,100000})$`;
const oneLabelLine = (label: string): string => `^(${label})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}(?::|\\s{2,}|[-–—]\\s)\\s{0,100}(.{0,100000})$`;
export const ATTENDANCE_LABEL = new RegExp(labelLine(ATTENDANCE_LABEL_SOURCE), 'i');
const ONE_ATTENDANCE_LABEL = new RegExp(oneLabelLine(ONE_LABEL_SOURCE), 'i');

/** A label and a single space before its names, no colon: "Apologies Betty Ross, Annie Morgan and Alan Bell". Group 1: label; 2: the rest (read by NAMES_AFTER_LABEL). */
// Only a line of a list's length: a dump's run of labels and names (a whole attendance block on one line) is left to the header reader.
const spacedLabelLine = (label: string): string => `^(${label})\\s(\\S.{0,300})$`;
const SPACED_LABEL_SOURCE = alternation([...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS, ...APOLOGY_LABELS]);
export const ATTENDANCE_LABEL_SPACED = new RegExp(spacedLabelLine(SPACED_LABEL_SOURCE), 'i');
/** Names after a spaced label, case-sensitive: a titled name, or a list of capitalised names ("Betty Ross, Annie Morgan"); never a sentence ("were received"). */
export const NAMES_AFTER_LABEL = new RegExp(
  `^(?:(?:${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])})\\.?\\s+[A-Z]|[A-Z][\\p{L}'’-]{1,30}(?:\\s[A-Z][\\p{L}'’-]{1,30}){1,2}(?:,|\\s(?:and|&)\\s))`,
  'u',
);

/** Bare attendance label lines ("PRESENT" / "Present:" / "Those present were:" on their own). */
// Alone on its line, a label may follow a heading in another language: "Te Hunga i Tae Mai | Present", "Ngā Whakapāha / Apologies".
const labelAlone = (label: string): string => `^((?:${OTHER_LANGUAGE_LABEL})?${label})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}[:|]?$`;
const oneLabelAlone = (label: string): string => `^(${label})${ATTENDANCE_COUNT_SOURCE}\\s{0,3}:?$`;
export const ATTENDANCE_LABEL_ALONE = new RegExp(labelAlone(ATTENDANCE_LABEL_SOURCE), 'i');
const ONE_ATTENDANCE_LABEL_ALONE = new RegExp(oneLabelAlone(ONE_LABEL_SOURCE), 'i');

/** True when a line may hold a bilingual label pair or a table's bar: the only lines the full label patterns are needed for. */
export const hasPairMark = (text: string): boolean => text.includes('/') || text.includes('|');

// The label patterns are read gap-relaxed (./gap-relaxed.ts): group 1, the label, holds every gap of the lexicon's labels.
const RELAXED_LABEL_SOURCE = relaxGaps(ATTENDANCE_LABEL_SOURCE);
const RELAXED_ONE_LABEL_SOURCE = relaxGaps(ONE_LABEL_SOURCE);
const readAttendanceLabel = gapRelaxed(ATTENDANCE_LABEL, labelLine(RELAXED_LABEL_SOURCE), 1);
const readOneAttendanceLabel = gapRelaxed(ONE_ATTENDANCE_LABEL, oneLabelLine(RELAXED_ONE_LABEL_SOURCE), 1);
const readAttendanceLabelAlone = gapRelaxed(ATTENDANCE_LABEL_ALONE, labelAlone(RELAXED_LABEL_SOURCE), 1);
const readOneAttendanceLabelAlone = gapRelaxed(ONE_ATTENDANCE_LABEL_ALONE, oneLabelAlone(RELAXED_ONE_LABEL_SOURCE), 1);
/** ATTENDANCE_LABEL_SPACED's match (group 1 the label, 2 the rest). */
export const matchSpacedAttendanceLabel = gapRelaxed(ATTENDANCE_LABEL_SPACED, spacedLabelLine(relaxGaps(SPACED_LABEL_SOURCE)), 1);

/** ATTENDANCE_LABEL's match (group 1 the label, 2 the names), read with the one-label pattern where no "/" or "|" allows more. */
export const matchAttendanceLabel = (text: string): RegExpExecArray | null => (hasPairMark(text) ? readAttendanceLabel(text) : readOneAttendanceLabel(text));
/** ATTENDANCE_LABEL_ALONE's match (group 1 the label), read likewise. */
export const matchAttendanceLabelAlone = (text: string): RegExpExecArray | null => (hasPairMark(text) ? readAttendanceLabelAlone(text) : readOneAttendanceLabelAlone(text));

/**
 * Bullet markers seen in minutes: •, ·, Ø, -, –, *, ▪, o, , and numbered or
 * lettered markers "1.", "1)", "(a)", "a)", "i)", "(ii)", "a.".
 * Group 1: marker; group 2: text.
 */
export const BULLET =
  /^([•·●▪■□◦○‣⁃∙Ø§⇒→►➢\uf0b7\uf0a7\uf076\uf0d8*+]|[-–—](?=\s)|o(?=\s{1,8}\S)|\(\d{1,3}\)|\d{1,3}[.)](?=\s)|\d{1,3}\.\d{1,2}\.?(?=\s)|\([a-z]{1,2}\)|[a-z][.)](?=\s)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)](?=\s)|[A-Z][.):](?=\s))\s*(.{0,100000})$/;

/** A bullet marker alone on its line (web copies put the marker and the text on separate lines). */
export const BULLET_ALONE = /^(?:[•·●▪■Ø\uf0b7\uf0a7*]|[-–]|\(\d{1,3}\)|\d{1,3}[.)]|\([a-z]{1,2}\)|[a-z][.)]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])$/;

/** Running headers/footers and page numbers from printed minutes: "Page 3", "3", "- 3 -", "Page 3 of 12". */
export const PAGE_FURNITURE = /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s+of\s+\d{1,4})$/i;

/** Site furniture a copied web page keeps as lines of its own: skip and back-to-top links, print and share links, page-updated and feedback lines. */
export const WEB_CHROME = /^(?:skip to (?:the )?(?:main )?content|skip navigation|back to top|return to top|top of page|print this page|share this page|email this page|printer[- ]friendly version|page last (?:updated|modified|reviewed):?\s.{0,60}|last (?:updated|modified):\s?.{0,60}|was this page (?:helpful|useful)\??.{0,40})$/i;

/** ModernGov decision listings: "12/03/2025 - Depot Roof Repairs ref: 4127  Recommendations Approved". Group 1: title. */
export const DECISION_LISTING_TITLE = /^\d{1,2}\/\d{1,2}\/\d{4}\s+[-–]\s+(.{3,300}?)\s+ref:\s*\d{1,7}\b.{0,200}$/i;

/** Field labels of a ModernGov decision record: "Decision Maker: Cabinet", "Made at meeting: 18/04/2024 - Cabinet", "Effective from: …". */
export const DECISION_RECORD_FIELD = /^(decision maker|made at meeting|decided at meeting|decision published|publication date|date of decision|effective from|decision status|is key decision\??|is subject to call[- ]in\??|report author|wards? affected|lead officer|accompanying documents|expiry date for any scrutiny call-in.{0,100}|officer\(s\) to action|relevant select committee|directorate|decisions published|decision details(?=\s*:?\s*\S))\b\s*:?\s*(.{0,300})$/i;

/** The column headings over a listing or printed minutes: "No. Item", "Minute No.  Subject", "Minute No." alone. */
export const LISTING_COLUMNS = String.raw`(?:(?:minute|min\.?)\s+no\.?(?:\s+(?:item|subject))?|no\.?\s+(?:item|subject))`;
/** "No. Item" column headings and other listing furniture on ModernGov pages. */
export const LISTING_FURNITURE = new RegExp(String.raw`^(?:${LISTING_COLUMNS}|items|item|agenda and minutes|agenda, reports and minutes|minutes|draft minutes|councillors are asked to.{0,200}|unrestricted items|exempt items|restricted items|open items|part [12i]+|home\s*>.{0,300}|council and democracy|agenda,? decisions and minutes|you are here:.{0,200}|council meetings|decisions|decision details:?|${OTHER_LANGUAGE_FIRST}issue\s*-\s*meetings)$`, 'i');

/** A numbered heading in a row of a copied table: "|1. |ELECTION OF CHAIRMAN OF THE COUNCIL |". Group 1: number; 2: title. */
export const TABLE_ROW_HEADING = /^\|\s{0,3}(\d{1,3})\.?\s{0,3}\|\s{0,3}([A-Z][^|]{1,200}?)\s{0,3}\|?$/;
