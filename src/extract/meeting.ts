// Meeting metadata: body, date, venue. In order of trust: a meeting title line
// ("Environment & Transport Cabinet Committee - Wednesday, 28th November, 2018
// 10.00 am", "Meeting: 14/03/2017 - Health and Wellbeing Scrutiny Committee"),
// decision-record fields ("Decision Maker: Cabinet", "Date of decision: …"),
// "MINUTES of a meeting of the Cabinet held … on Thursday, 9 January 2025",
// then header lines naming a committee or council, and the first full date.
import type { Token } from '../tokenize/classify.js';
import { defineRule, type RuleMeta } from '../rules/define.js';
import { findDate } from './util/dates.js';
import { OTHER_LANGUAGE_FIRST } from '../tokenize/patterns.js';
import { BODY_NAME_LABELS, COUNCIL_DESIGNATIONS, COURTESY_TITLES, ELECTORS_MEETINGS, GOVERNING_BODY_NOUNS, MINUTES_APPROVING_VERBS, MONTHS, MEETING_KINDS, MEETING_KINDS_BEFORE_BODY, MINUTES_DOCUMENT_NAMES, MUNICIPALITY_KINDS, WEEKDAY_STEMS, DECIDING_BODIES, alternation, caselessAlternation, escapeRegex } from '../lexicon/index.js';

// The kinds of meeting ("Ordinary", "Special"), from the lexicon: all of them, and those dropped before a body's name.
const KIND = caselessAlternation(MEETING_KINDS);
const KIND_BEFORE_BODY = caselessAlternation(MEETING_KINDS_BEFORE_BODY);

export interface MeetingFacts {
  body: string | null;
  date: string | null;
  venue: string | null;
  line: number | null;
  /** The rule that named the body (null with no body). */
  rule: string | null;
}

const WEEKDAY = `${alternation(WEEKDAY_STEMS)}day`;
// A weekday cut short: "Tue", "Tues", "Thur", "Thurs", "Wed" (the stems' first three letters and up to two more).
const WEEKDAY_SHORT = `${alternation(WEEKDAY_STEMS.map((stem) => stem.slice(0, 3)))}[a-z]{0,2}`;
// A rescheduling note before the title: "Moved from 9th October 2018, Cabinet - …", "Rescheduled from 25/11, …".
const RESCHEDULED = /^(?:moved|rescheduled|postponed|changed|re-?arranged|deferred)\s+from\s+[^,]{1,40},\s*/i;
/** ModernGov title line: "Body - Wednesday, 28th November, 2018 10.00 am". Group 1 body, group 2 the date. */
export const BODY_DASH_DATE = new RegExp(`^(.{3,150}?)\\s*[-–—]\\s*((?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9},?\\s+\\d{4})`, 'i');
/** False when a line cannot hold BODY_DASH_DATE: it needs a dash with a digit after it (the first dash, then), and a lazy scan of each line costs. */
export function mayPairBodyAndDate(text: string): boolean {
  let dash = -1;
  for (const d of ['-', '–', '—']) {
    const at = text.indexOf(d);
    if (at >= 0 && (dash < 0 || at < dash)) dash = at;
  }
  if (dash < 0) return false;
  for (let k = dash + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/** "Meeting: 14/03/2017 - Health and Wellbeing Scrutiny Committee (Item 614)". */
// (After its Welsh form on bilingual pages: "Cyfarfod / Meeting: …".)
const MEETING_LABEL = new RegExp(String.raw`^${OTHER_LANGUAGE_FIRST}meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.{3,150}?)(?:\s*\(item\s*\d+[a-z]?\.?\))?$`, 'i');
/** "MINUTES of a meeting of the Cabinet held …", "Minutes of the Planning Committee meeting held on", "Minutes of the Annual General Meeting of the Council held", Scottish "MINUTE of MEETING of the X Committee held", "Minutes of the proceedings of the Meeting of the Council held". */
const MINUTES_OF = new RegExp(String.raw`\bminutes?\s+(?:of|for)\s+(?:(?:a|an|the)\s+)?(?:proceedings\s+of\s+(?:(?:a|an|the)\s+)?)?(?:${KIND_BEFORE_BODY}\s+)*(?:(?:general\s+)?meeting\s+of\s+(?:the\s+)?)?(.{3,120}?)(?:\s+meeting)?\s+(?:held|which\s+was\s+held|on\s|at\s+the|convened)`, 'i');
/** "Record of the meeting of the Housing Panel held …", "NOTES of a meeting of the Forum held …": minutes by another name, of a meeting. */
const RECORD_OF_MEETING = new RegExp(String.raw`\b(?:${caselessAlternation(MINUTES_DOCUMENT_NAMES)})\s+of\s+(?:a|an|the)\s+(?:${KIND_BEFORE_BODY}\s+)*meeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:held|on\s|at\s+the|convened)`, 'i');
/** A bare title line: "Minutes of the Health and Wellbeing Board". */
const MINUTES_OF_LINE = new RegExp(String.raw`^minutes\s+of\s+(?:(?:a|an|the)\s+)?(?:${KIND_BEFORE_BODY}\s+)*(?:meeting\s+of\s+(?:the\s+)?)?([A-Z].{2,120}?)\s*$`, 'i');
/** "held on Wednesday, 3 March 2021 at 6.30 pm in Committee Room 2, The Guildhall", "held at 7.15pm on Monday 12 May 2025 in the Reading Room". */
const VENUE_AFTER_DATE = /\bheld\s+(?:on|at)\s+[^\n]{3,60}?\s+in\s+(?:the\s+)?(.{3,150}?)(?:\.(?:\s|$)|$)/i;
// "meeting" is what minutes are of, not who met; "the May meeting", "the last meeting" are other meetings.
const NOT_A_BODY_NAME = new RegExp(String.raw`^(?:the\s+)?(?:(?:previous|last|next|${caselessAlternation(MONTHS)})\s+)?meeting$`, 'i');
/** "Ordinary Meeting of Council", "SPECIAL MEETING OF COUNCIL": a council's meeting named by its kind. */
const KIND_OF_COUNCIL_MEETING = new RegExp(String.raw`\b${KIND}\s+meeting\s+of\s+council\b`, 'i');
/** "An Open meeting of the City Council was held in …". */
const MEETING_OF = new RegExp(String.raw`\b(?:a|an)\s+(?:${KIND}\s+)?meeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:was|held)\b`, 'i');
/** "Venue: Council Chamber, Sessions House. View directions". */
const VENUE_LABEL = /^(?:venue|location|place|meeting\s+place)\s*:\s*(.{2,300}?)(?:\.?\s*view directions)?\.?$/i;
/** "held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday"; not a time ("held at 7.15pm on Monday … in the Reading Room"). */
const HELD_AT = new RegExp(`\\bheld\\s+(?:in|at)\\s+(?:the\\s+)?(?!\\d)(.{3,200}?)(?:,?\\s+on\\s+(?:${WEEKDAY}|\\d)|\\s+commencing|\\s+at\\s+\\d|\\.$|$)`, 'i');
/** "REGULAR COUNCIL MEETING", "SPECIAL PLANNING COMMITTEE MEETING". Group 1: the body. */
const COUNCIL_MEETING = new RegExp(String.raw`\b${KIND}\s+((?:[A-Za-z&']+\s+){0,4}?(?:council|committee|board|commission))\s+meeting\b`, 'i');
/** A line that is a council's meeting named by its kind: "Regular Council Meeting", "SPECIAL COUNCIL MEETING", "Regular Council Meeting Minutes", "Special Meeting of Council". */
const KIND_OF_MEETING_LINE = new RegExp(String.raw`^${KIND}\s+(?:(?:[A-Za-z&']+\s+){0,3}?council\s+meeting(?:\s+minutes)?|meeting\s+of\s+(?:the\s+)?council)$`, 'i');
/** "the Ordinary Council Meeting": a council's meeting named by its kind, inside a sentence. */
const KIND_OF_COUNCIL_MEETING_PHRASE = new RegExp(String.raw`\b${KIND}\s+council\s+meeting\b`, 'i');
/** A line naming a council: "WATTLE CREEK SHIRE COUNCIL", "Hutt City Council". */
const NAMED_COUNCIL_LINE = /^(?:[A-Z][\p{L}'’-]*\s+){1,5}council$/iu;
// Header lines naming the meeting's body: committees first, the council itself second.
// The body nouns of the lexicon but the council itself and the meeting: "Planning Committee", "Ballymorris Municipal District".
const COMMITTEE_WORD = new RegExp(`\\b${alternation(GOVERNING_BODY_NOUNS.filter((n) => !/^(?:council|meeting)$/i.test(n)))}\\b`, 'i');
const COUNCIL_WORD = /\bcouncil\b/i;
// A line naming people ("Deputy Speaker Councillor Gerbasi  Mr. A. Poitras, Senior Committee Clerk") is an attendance row, not the body.
const NAMES_A_PERSON = new RegExp(String.raw`\b${alternation([...COURTESY_TITLES, 'Miss', 'Councillor', 'Cllr', 'Mayor'])}\.?\s+(?:[A-Z]\.\s*)*[A-Z][a-z]`);
/** "DISPOSITION OF ITEMS COUNCIL MEETING WEDNESDAY, MARCH 25, 2015": a council named only by "… COUNCIL MEETING". */
const PLAIN_COUNCIL_MEETING = /\b((?:city\s+|town\s+|county\s+|borough\s+|district\s+|parish\s+)?council)\s+meeting\b/i;
const NOT_BODY = /^(?:agenda|minutes$|venue|contact|media|items?|no\.|present|apologies|home\b|council and democracy|council meetings|decision|meeting:|you are here|note:|ordinary council meeting minutes)/i;

/** "City of Kingston", "Township of Elm Creek": a municipality's name on a line of its own. */
const MUNICIPALITY_LINE = new RegExp(`^(?:The\\s+)?(?:Corporation\\s+of\\s+the\\s+)?${alternation(MUNICIPALITY_KINDS)}\\s+of\\s+[A-Z][\\p{L}'’ -]{2,40}$`, 'u');
/** The same in any case and with the longer styles: "MUNICIPALITY OF THE DISTRICT OF EAST FUNDY", "RURAL MUNICIPALITY OF ELM CREEK NO. 287". */
const MUNICIPALITY_NAME = new RegExp(
  `^(?:the\\s+)?(?:corporation\\s+of\\s+the\\s+)?(?:rural\\s+|regional\\s+)?${caselessAlternation(MUNICIPALITY_KINDS)}\\s+of\\s+(?:the\\s+district\\s+of\\s+)?\\p{Lu}[\\p{L}'’ -]{2,40}(?:\\s+no\\.?\\s*\\d{1,4})?$`,
  'iu',
);
/** A heading that names only a council's meeting ("COUNCIL MEETING MINUTES"): the municipality named above it is the body. */
const COUNCIL_MEETING_ONLY = new RegExp(String.raw`^(?:${KIND}\s+)?council\s+meeting(?:\s+minutes)?$`, 'i');
/** "Regular Meeting of Council", "Special Meeting of the Board" on a line of its own: the meeting named with its body. */
const MEETING_OF_LINE = new RegExp(String.raw`^(?:${KIND}\s+)?meeting\s+of\s+(?:the\s+)?[A-Z][\w&'’ -]{2,60}$`, 'i');
/** A body's name holds a governing-body noun ("Planning Committee", "Regular Meeting of Council") or names a municipality. */
const BODY_NOUN = new RegExp(`\\b${alternation(GOVERNING_BODY_NOUNS)}\\b`, 'i');
// A body is named in a few words; longer text is a sentence the patterns caught.
const MAX_BODY_WORDS = 10;
/** "RURAL MUNICIPALITY OF ELM CREEK NO. 287": the number of a rural municipality is part of its name. */
const MUNICIPALITY_NUMBER = /\s+no\.?\s*\d{1,4}$/i;
/** "Regular Meeting of the ": a meeting's kind before the body it is a meeting of. */
const KIND_MEETING_OF = new RegExp(String.raw`^${KIND}\s+meeting\s+of\s+(?:the\s+)?`, 'i');

/** Does this read as the name of a body rather than a fragment of a sentence ("th February", "Watch key Council meetings here")? */
function isBodyName(body: string): boolean {
  // "Regular Meeting of the Board of Directors of the Regional District of …": the meeting's kind is not counted against the name.
  if (!/^\p{L}/u.test(body) || /\d/.test(body.replace(MUNICIPALITY_NUMBER, '')) || body.replace(KIND_MEETING_OF, '').split(/\s+/).length > MAX_BODY_WORDS) return false;
  if (/\b(?:minutes|here|all|questions?|these|which|were|was|is|are)\b/i.test(body)) return false;
  // A decision taken by one person ("Cabinet Member for Highways", "Portfolio Holder for Housing") has no body.
  if (INDIVIDUAL_DECISION_MAKER.test(body)) return false;
  // A noun alone ("Committee") names no body, except the full council or its executive.
  if (!/\s/.test(body.trim()) && !SELF_NAMED_BODY.test(body.trim())) return false;
  return BODY_NOUN.test(body) || MUNICIPALITY_NAME.test(body);
}
const INDIVIDUAL_DECISION_MAKER = /^(?:(?:cabinet|executive|lead)\s+member|portfolio\s+holder|leader|deputy\s+leader)\b/i;
const SELF_NAMED_BODY = /^(?:council|cabinet|executive|assembly)$/i;

/**
 * The body of a title whose parts are set off by dashes: the whole, when it reads as a body's name, else the
 * first part that does ("Stavebridge Town Council - Minutes of the Full Council Meeting": the council).
 */
function bodyOfDashedTitle(title: string): string {
  const whole = tidyBody(title);
  if (isBodyName(whole)) return whole;
  const part = title.split(/\s+[-–—]\s+/).map(tidyBody).find(isBodyName);
  return part ?? whole;
}

/** The first match of a pattern whose body group passes the test (given the text before the match), trying from each later "minutes" when one does not. */
function firstBodyMatch(re: RegExp, text: string, ok: (body: string, before: string) => boolean): RegExpExecArray | null {
  let from = 0;
  for (let tries = 0; tries < 8 && from < text.length; tries++) {
    const m = re.exec(text.slice(from));
    if (!m) return null;
    if (ok(m[1], text.slice(Math.max(0, from + m.index - DATE_CONTEXT), from + m.index))) return m;
    from += m.index + 1;
  }
  return null;
}

const TRAILING_DATE = new RegExp(`,?\\s+(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9},?\\s+\\d{4}$`);

/** "PAPER A Name of meeting SCRUTINY COMMITTEE": what precedes a heading table's label, and the label, are not the name. */
const BODY_NAME_LABEL = new RegExp(String.raw`^.{0,40}?\b(?:${caselessAlternation(BODY_NAME_LABELS)})\s*:?\s+`, 'i');

function tidyBody(body: string): string {
  return body
    .replace(RESCHEDULED, '')
    .replace(BODY_NAME_LABEL, '')
    // "Minutes for the Ordinary Council Meeting", "Council Minutes": the document's name around the body's.
    .replace(/^minutes\s+(?:of|for)\s+(?:the\s+)?/i, '')
    .replace(/\s+minutes$/i, '')
    // "Minutes of Parish Council 22 November 2023": the date is the meeting's, not part of the name.
    .replace(TRAILING_DATE, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:the)\s+/i, '')
    .replace(/[,.:;]$/, '')
    .trim();
}

// Lines longer than this are paragraphs of minutes, whose dates are not the meeting's (unless they say where it was held).
const MAX_DATE_LINE = 120;
// How far before a date its sentence is read for what the date is of.
const DATE_CONTEXT = 100;
/** "the minutes of the meeting held on 19th June 2019", "Minutes of meeting of 22nd June 2017": a previous meeting's date. */
const PREVIOUS_MEETING_BEFORE = /(?:\bthe\s+minutes\b[^.]{0,90}$|\bmeeting\s+(?:of|on)\s+$)/i;
/** "a meeting would be held with … on 19 July 2017": a future meeting's date. */
const FUTURE_BEFORE = /\b(?:would|will|to)\s+be\s+held\b[^.]{0,60}$/i;

const DAY_OF_MONTH = /\b(\d{1,2}(?:st|nd|rd|th)?)\s+day\s+of\s+/gi;

/** The first date in the header that is not another meeting's (previous minutes confirmed, a meeting to come). */
function meetingDateIn(raw: string): string | null {
  // "HELD ON THE 23RD DAY OF JULY, 2024" (Ontario): the day and the month, as dates are usually written.
  const text = /day\s+of/i.test(raw) ? raw.replace(DAY_OF_MONTH, '$1 ') : raw;
  let from = 0;
  for (let tries = 0; tries < 10 && from < text.length; tries++) {
    const d = findDate(text.slice(from));
    if (!d) return null;
    const at = from + d.index;
    const before = text.slice(Math.max(0, at - DATE_CONTEXT), at);
    if (!PREVIOUS_MEETING_BEFORE.test(before) && !FUTURE_BEFORE.test(before)) return d.iso;
    from = at + d.text.length;
  }
  return null;
}

/** "held on 14/01/25", "Date: Tue 14.01.25": day, month and a two-digit year after words that introduce the meeting's date. */
const SHORT_YEAR_MEETING_DATE = new RegExp(String.raw`\b(?:held\s+on|meeting\s+date\s*:?|date\s*:)\s*(?:${WEEKDAY},?\s+|${WEEKDAY_SHORT}\.?\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{2})(?![/.]?\d)`, 'i');

function shortYearMeetingDate(text: string): string | null {
  const m = SHORT_YEAR_MEETING_DATE.exec(text);
  if (!m) return null;
  const found = findDate(`${m[1]}/${m[2]}/20${m[3]}`);
  return found ? found.iso : null;
}

/** What the body rules read: the header lines, their text joined, and every token (for decision-record fields). */
interface BodyContext {
  lines: readonly Token[];
  /** The header lines joined by spaces, with a "MINUTES" title line kept ("MINUTES / OF Coolabah Shire Council / … HELD"). */
  joined: string;
  /** The lines that may name the body on a line of their own: below a meeting page's title, above its attendance list. */
  candidates: readonly Token[];
  all: readonly Token[];
}

/** A body (or, from a title line, a date alone) and the line that gave it. */
interface BodyFinding {
  body: string | null;
  date?: string | null;
  line?: number | null;
}

interface BodyRule extends RuleMeta {
  find(ctx: BodyContext): BodyFinding | null;
}

const DOCUMENT = 'document' as const;
const ITEM_BELOW = '\n\n1. Apologies for Absence\n\nNone.\n';

/** A minutes document's name as a label before the meeting's title: "Minutes: Cabinet", "Agenda and minutes: Council", "Draft minutes: Planning Committee". Group 1: the title. */
const DOCUMENT_LABEL = /^(?:agenda\s+and\s+|draft\s+|approved\s+)?minutes\s*:\s*(\S.{2,150})$/i;

/** "Environment & Transport Cabinet Committee - Wednesday, 28th November, 2018 10.00 am": a meeting page's title. */
const datedTitleRule: BodyRule = defineRule({
  id: 'meeting-body-dated-title',
  stage: 'meeting',
  description: 'A title line pairing the body with the date ("Licensing Sub-Committee - Tuesday, 4th March, 2025 10.00 am"), or a page labelling the meeting ("Meeting: 04/03/2025 - Licensing Sub-Committee (Item 12)").',
  examples: {
    valid: [
      `Agenda and minutes\nLicensing Sub-Committee - Tuesday, 4th March, 2025 10.00 am\nVenue: Room 2, Civic Offices${ITEM_BELOW}`,
      `Issue - meetings\nMeeting: 04/03/2025 - Licensing Sub-Committee (Item 12)${ITEM_BELOW}`,
      'Agenda item\n\nHighway Verge Cutting Contract\n\nMeeting: 04/03/2025 - Cabinet (Item 12)\n\nDecision:\n\nRESOLVED: That the contract be awarded.',
      'Agenda item\n\nHighway Verge Cutting Contract\n\nMeeting: 24/11/2026 - Audit and Scrutiny Committee (Item 6.)\n\nDecision:\n\nRESOLVED: That the contract be awarded.',
      'Agenda item\n\nHighway Verge Cutting Contract\n\nMeeting of Cabinet, Wednesday, 15th January, 2025 6.30 pm (Item 87.)\n\nDecision:\n\nRESOLVED: That the contract be awarded.',
      `Minutes: Licensing Sub-Committee - Tuesday, 4th March, 2025 10.00 am\nVenue: Room 2, Civic Offices\n\n1. Minutes\n\nThe minutes of the meeting held on 4 February 2025 were approved.\n`,
    ],
    invalid: [`Licensing Sub-Committee\nTuesday, 4th March, 2025${ITEM_BELOW}`, 'Agenda item\n\nHighway Verge Cutting Contract\n\nMeeting of residents, to be arranged (Item 87.)\n\nDecision:\n\nRESOLVED: That the contract be awarded.'],
    context: DOCUMENT,
  },
  find(ctx) {
    for (const t of ctx.lines) {
      const text = t.line.text.replace(RESCHEDULED, '');
      const m = mayPairBodyAndDate(text) ? BODY_DASH_DATE.exec(text) : null;
      if (m && !NOT_BODY.test(m[1]) && findDate(m[2])) {
        // "Minutes: Cabinet - Tuesday, …": the document's name as a label before the meeting's title; the title names the body.
        const labelled = DOCUMENT_LABEL.exec(m[1]);
        // "Minutes - Full Council - 5th May 2020": a document title; the "Minutes of a meeting of X held" sentence names the body better.
        const body = labelled ? bodyOfDashedTitle(labelled[1]) : /^minutes\b/i.test(m[1]) && MINUTES_OF.test(ctx.joined) ? null : bodyOfDashedTitle(m[1]);
        return { body, date: findDate(m[2])!.iso, line: t.line.line };
      }
      const label = meetingLabel(t, text);
      if (label) return label;
    }
    // A ModernGov "Agenda item" page prints its meeting label under the page's marker, inside the item.
    for (const t of ctx.all.slice(0, MEETING_LABEL_REACH)) {
      const label = meetingLabel(t, t.line.text);
      if (label) return label;
    }
    return null;
  },
});
/** The body and date a "Meeting: 04/03/2025 - Cabinet (Item 12)" or "Meeting of Cabinet, Wednesday, 15th January, 2025 6.30 pm (Item 87.)" line gives. */
function meetingLabel(t: Token, text: string): { body: string; date: string | null; line: number } | null {
  const label = MEETING_LABEL.exec(text);
  if (label) return { body: tidyBody(label[2]), date: findDate(label[1])?.iso ?? null, line: t.line.line };
  const named = MEETING_OF_LABEL.exec(text);
  const date = named ? findDate(named[2]) : null;
  return named && date ? { body: tidyBody(named[1]), date: date.iso, line: t.line.line } : null;
}
/** The item page's label in the other ModernGov wording: "Meeting of Cabinet, Wednesday, 15th January, 2025 6.30 pm (Item 87.)". */
const MEETING_OF_LABEL = /^meeting\s+of\s+(.{3,150}?),\s+(.{6,60}?)(?:\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?\s*\(item\s*\d+[a-z]?\.?\)$/i;
/** How many lines from the top a page's "Meeting: DATE - BODY (Item N)" label may stand. */
const MEETING_LABEL_REACH = 30;

/** "Decision Maker: Cabinet": a decision listing names the body in a record field. */
const decisionMakerRule: BodyRule = defineRule({
  id: 'meeting-body-decision-maker',
  stage: 'meeting',
  description: 'A decision listing names the body in its "Decision Maker:" field.',
  examples: {
    valid: ['Decisions published\n\n14/05/2025 - Library Opening Hours ref: 412    Recommendations Approved\n\nDecision Maker: Housing Committee\n\nMade at meeting: 14/05/2025 - Housing Committee\n\nDecision:\n\nThe Committee approved the new opening hours.'],
    invalid: ['Decisions published\n\n14/05/2025 - Library Opening Hours ref: 412    Recommendations Approved\n\nDecision Maker: Cabinet Member for Housing\n\nDecision:\n\nThe new opening hours were approved.'],
    context: DOCUMENT,
  },
  find(ctx) {
    for (const t of ctx.all) {
      if (t.kind === 'record-field' && t.marker && t.marker.toLowerCase() === 'decision maker' && t.text) return { body: tidyBody(t.text.split(',')[0]) };
    }
    return null;
  },
});

/** "Annual Parish Meeting": the parish's electors meeting is the body, though "Annual" is elsewhere only the meeting's kind. */
const ELECTORS_MEETING = new RegExp(`\\b(${caselessAlternation(ELECTORS_MEETINGS)})\\b`, 'i');
const electorsMeetingRule: BodyRule = defineRule({
  id: 'meeting-body-electors-meeting',
  stage: 'meeting',
  description: 'A parish or town electors\' meeting names itself: "Minutes of the Annual Parish Meeting held on …", a heading "ANNUAL TOWN MEETING".',
  examples: {
    valid: [`Minutes of the Annual Parish Meeting held on Tuesday 13 May 2025 in the Reading Room${ITEM_BELOW}`],
    invalid: [`Minutes of the Annual Meeting of Ravenscar Parish Council held on Tuesday 13 May 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    // Only in a line that is the heading or the minutes' title, not a mention in the items ("the Annual Parish Meeting will be held").
    // The lines are all in the joined text, spaces between: where it names no electors meeting, none of them does.
    if (!ELECTORS_MEETING.test(ctx.joined)) return null;
    for (const t of ctx.lines) {
      const text = t.line.text.trim();
      const m = ELECTORS_MEETING.exec(text);
      if (m && (text.length === m[0].length || /^minutes\s+of\s+(?:the\s+)?$/i.test(text.slice(0, m.index)))) return { body: m[1] };
    }
    return null;
  },
});

/** A line naming a committee of the council and nothing else: "RISK AND ASSURANCE COMMITTEE MEETING", "Audit Panel". */
const COMMITTEE_LINE = new RegExp(String.raw`^(?:the\s+)?([A-Z][\w ,&'’-]{2,80}?\s(?:${caselessAlternation(DECIDING_BODIES.filter((b) => !/^(?:council|councillors|members|meeting)$/i.test(b)))}))(?:\s+meeting)?$`, 'i');

/** "Minutes of the Health and Wellbeing Board": a title line of its own, with no "held". */
const minutesTitleLineRule: BodyRule = defineRule({
  id: 'meeting-body-minutes-title-line',
  stage: 'meeting',
  description: 'A title line "Minutes of [a meeting of] the X" that holds no "held" names the body X; a date after a dash ("Minutes of Ordinary Council Meeting - 20 March 2024", a running head) is not the body\'s.',
  examples: {
    valid: [`Minutes of the Harbour Advisory Board\nThursday 6 March 2025${ITEM_BELOW}`, `MINUTES OF WHENUAKITE DISTRICT COUNCIL\nRISK AND ASSURANCE COMMITTEE MEETING\nThursday 3 December 2026${ITEM_BELOW}`],
    invalid: [`Minutes of the May meeting\nThursday 6 March 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    for (let i = 0; i < ctx.lines.length; i++) {
      const t = ctx.lines[i];
      const m = MINUTES_OF_LINE.exec(t.line.text);
      if (!m || /\b(?:held|meeting\s+on)\b/i.test(t.line.text) || NOT_A_BODY_NAME.test(m[1])) continue;
      // "MINUTES OF WHENUAKITE DISTRICT COUNCIL" over "RISK AND ASSURANCE COMMITTEE MEETING": the council's committee met.
      const next = ctx.lines.slice(i + 1, i + 3).find((n) => n.kind !== 'blank');
      const committee = /\bcouncil$/i.test(m[1].trim()) && next ? COMMITTEE_LINE.exec(next.line.text.trim()) : null;
      if (committee) return { body: tidyBody(committee[1]) };
      // A running head "Minutes of Ordinary Council Meeting - 20 March 2024": the date after the dash is not the body's.
      return { body: tidyBody(m[1].replace(/\s+[-–—]\s+.*$/, '')) };
    }
    return null;
  },
});

/** "the minutes of …" after a verb of confirming ("To confirm as a correct record the minutes of …"): another meeting's minutes. */
// The verbs as written: "confirm", "confirmed", "approving" (not "adoption").
const APPROVING_VERB = MINUTES_APPROVING_VERBS.map((w) => (w.endsWith('e') ? `${escapeRegex(w.slice(0, -1))}(?:e[ds]?|ing)` : `${escapeRegex(w)}(?:s|ed|ing)?`)).join('|');
const APPROVING_BEFORE = new RegExp(String.raw`\b(?:${APPROVING_VERB})\b[^.()]{0,60}$|\bthat\s+(?:the\s+)?$`, 'i');
/** "Coolabah Shire Council Ordinary Council Meeting": the council named, then its meeting's kind. */
const COUNCIL_THEN_ITS_MEETING = new RegExp(String.raw`^(.{3,80}?\bcouncil)\s+${KIND}\s+council(?:\s+meeting)?$`, 'i');

/** "MINUTES of a meeting of the Cabinet held …", "Record of the meeting of the Housing Panel held …", "An Open meeting of the City Council was held …". */
const minutesOfSentenceRule: BodyRule = defineRule({
  id: 'meeting-body-minutes-of-sentence',
  stage: 'meeting',
  description: 'The minutes\' opening sentence names the body that met: "Minutes of a meeting of X held …", "Record of the meeting of X held …", "An ordinary meeting of X was held …".',
  examples: {
    valid: [
      `MINUTES of a meeting of the Licensing Committee held in the Council Chamber on Monday, 3 March 2025${ITEM_BELOW}`,
      `Notes of the meeting of the Tenants' Forum held on 2 April 2025${ITEM_BELOW}`,
      `MINUTES of the Regular Meeting of the Board of Directors of the Regional District of Cariboo Flats held on Thursday, May 8, 2025${ITEM_BELOW}`,
    ],
    invalid: [`To confirm as a correct record the minutes of the Licensing Committee held on 3 February 2025.${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    // A "minutes of …" inside a note ("subject to … the minutes of the Meeting at which they are approved)") is passed over for the next.
    // A body may carry a bracketed qualifier ("Harbour Board (reconvened)"); a bracket left open is a note's, not the body's.
    const balanced = (b: string): boolean => (b.match(/\(/g) ?? []).length === (b.match(/\)/g) ?? []).length;
    // What does not read as a body's name ("last meeting: Approved and signed … on", a sentence run on) is passed over too.
    const usable = (b: string, before: string): boolean => !APPROVING_BEFORE.test(before) && !NOT_BODY.test(b) && !NOT_A_BODY_NAME.test(b.trim()) && !/\bminutes\b/i.test(b) && balanced(b) && isBodyName(tidyBody(b));
    const m = firstBodyMatch(MINUTES_OF, ctx.joined, usable) ?? firstBodyMatch(RECORD_OF_MEETING, ctx.joined, usable) ?? firstBodyMatch(MEETING_OF, ctx.joined, usable);
    if (!m) return null;
    const body = tidyBody(m[1]);
    return { body: COUNCIL_THEN_ITS_MEETING.exec(body)?.[1] ?? body };
  },
});

/** A committee's name on a line of its own: "Planning Committee", "Harbour Board | Minutes". */
const committeeLineRule: BodyRule = defineRule({
  id: 'meeting-body-committee-line',
  stage: 'meeting',
  description: 'A heading line naming a committee, board, panel or other body but the council itself: "Westmere District Council / Licensing Committee / Minutes of the meeting held on …".',
  examples: {
    valid: [`Westmere District Council\nLicensing Committee\nMinutes of the meeting held on 3 March 2025${ITEM_BELOW}`],
    invalid: [`Westmere District Council\nMinutes of the meeting held on 3 March 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    const t = ctx.candidates.find((l) => COMMITTEE_WORD.test(l.line.text));
    // "Minutes of the Board meeting held on 10 September 2024": the line names the body before its meeting was held.
    return t ? { body: bodyOfHeadingLine(t).replace(HELD_TAIL, '') } : null;
  },
});
const HELD_TAIL = /\s+(?:meeting\s+)?held\b.*$/i;

/** "Regular Council Meeting", "Special Council Meeting Minutes": a council's meeting named by its kind. */
const councilMeetingLineRule: BodyRule = defineRule({
  id: 'meeting-body-council-meeting-line',
  stage: 'meeting',
  description: 'A heading line naming the council\'s meeting by its kind ("Regular Council Meeting [Minutes]", "Special Meeting of Council"), when no line names the council itself, by its name or its municipality\'s.',
  examples: {
    valid: [`Regular Council Meeting Minutes\nDate: Tuesday, May 6, 2025${ITEM_BELOW}`, `MINUTES\nSpecial Meeting of Council\nMay 6, 2025${ITEM_BELOW}`],
    invalid: [`Township of Alder Bay\nCouncil Meeting Minutes\nDate: Tuesday, May 6, 2025${ITEM_BELOW}`, `ALDER BAY SHIRE COUNCIL\nOrdinary Council Meeting\nTuesday 6 May 2025${ITEM_BELOW}`, `The Corporation of the Township of Alder Bay\nRegular Council Meeting Minutes\nDate: Tuesday, May 6, 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    // A line naming the council itself ("WATTLE CREEK SHIRE COUNCIL", "coffs harbour CITY cOUNCIL" above "Ordinary Council
    // Meeting", as a dev document's gold has it) or its municipality ("Township of Alder Bay") names the body better.
    if (ctx.candidates.some((l) => namesCouncilInFull(l.line.text.trim()) || namesMunicipality(l.line.text.trim()))) return null;
    const t = ctx.candidates.find((l) => KIND_OF_MEETING_LINE.test(l.line.text.trim()));
    return t ? { body: bodyOfHeadingLine(t) } : null;
  },
});

/** "City of Kingston", "Regular Meeting of Council", a line holding "Council": what names the council on a line of its own. */
const councilLineRule: BodyRule = defineRule({
  id: 'meeting-body-council-line',
  stage: 'meeting',
  description: 'A heading line naming the municipality ("Town of Alder Bay"), the meeting of a body ("Special Meeting of Council") or the council ("ASHCOMBE PARISH COUNCIL").',
  examples: {
    valid: [
      `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025${ITEM_BELOW}`,
      `Town of Alder Bay\nCouncil Meeting Minutes\nMay 6, 2025${ITEM_BELOW}`,
      `MUNICIPALITY OF THE DISTRICT OF WEST HANTSPORT\nCOUNCIL MEETING MINUTES\nMay 6, 2025${ITEM_BELOW}`,
    ],
    invalid: [`Minutes of the meeting held on 3 March 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    const t =
      ctx.candidates.find((l) => MUNICIPALITY_LINE.test(l.line.text.trim())) ??
      ctx.candidates.find((l) => MEETING_OF_LINE.test(l.line.text.trim())) ??
      councilWordLine(ctx.candidates);
    return t ? { body: bodyOfHeadingLine(t) } : null;
  },
});

/** The first line holding "Council"; a bare "COUNCIL MEETING MINUTES" gives way to the municipality named in capitals above or below it. */
function councilWordLine(candidates: readonly Token[]): Token | undefined {
  const t = candidates.find((l) => COUNCIL_WORD.test(l.line.text));
  if (!t || !COUNCIL_MEETING_ONLY.test(t.line.text.trim())) return t;
  return candidates.find((l) => MUNICIPALITY_NAME.test(l.line.text.trim())) ?? t;
}

/** "DISPOSITION OF ITEMS REGULAR COUNCIL MEETING WEDNESDAY, MAY 14, 2025": the body named before "MEETING" inside a line. */
const councilMeetingPhraseRule: BodyRule = defineRule({
  id: 'meeting-body-council-meeting-phrase',
  stage: 'meeting',
  description: 'A council or committee named only inside a line by "… COUNCIL MEETING" ("DISPOSITION OF ITEMS SPECIAL COUNCIL MEETING WEDNESDAY, MAY 14, 2025").',
  examples: {
    valid: [`CITY CLERK'S DEPARTMENT DISPOSITION OF ITEMS COUNCIL MEETING WEDNESDAY, MAY 14, 2025${ITEM_BELOW}`],
    invalid: [`CITY CLERK'S DEPARTMENT DISPOSITION OF ITEMS WEDNESDAY, MAY 14, 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
  find(ctx) {
    for (const t of ctx.lines) {
      const m = COUNCIL_MEETING.exec(t.line.text);
      if (m) return { body: tidyBody(m[1]) };
    }
    const m = PLAIN_COUNCIL_MEETING.exec(ctx.joined);
    return m ? { body: tidyBody(m[1]) } : null;
  },
});

/** "A regular meeting of the Township of Elmvale Council was held on …" opening a line: the kind of meeting is required. */
const KIND_MEETING_OF_OPENING = new RegExp(String.raw`^(?:a|an)\s+(?:${KIND})\s+meeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+was\s+held\b`, 'i');
// How far into the document the opening sentence of its council meeting may stand (a public meeting's minutes may come first).
const LATER_OPENING_TOKENS = 400;

/** The council meeting's own opening sentence after another meeting's minutes (a statutory public meeting held first). */
const laterOpeningSentenceRule: BodyRule = defineRule({
  id: 'meeting-body-later-opening-sentence',
  stage: 'meeting',
  description: 'Where the heading lines name no body, the sentence opening the council meeting further down, after another meeting\'s minutes (a township\'s statutory public meeting held first): "A regular meeting of the Township of Elmvale Council was held on …".',
  examples: {
    valid: ['TOWNSHIP OF ELMVALE\n\nA statutory public meeting was held on Tuesday, March 10, 2026.\n\nPresent: Mayor Ruth Calder and Councillors Owen Teske and Mira Haddad.\n\nThe Public Meeting was called to order at 6:00 p.m.\n\nWritten Submissions: Two written submissions were received.\n\nThe Public Meeting was declared closed at 6:40 p.m.\n\nA regular meeting of the Township of Elmvale Council was held on Tuesday, March 10, 2026.\n\nR2026-041 O. Teske, M. Haddad: That the minutes of the meeting held February 17, 2026 be adopted as published. Carried.\n\nR2026-042 M. Haddad, O. Teske: That this meeting be adjourned at 7:25 p.m. Carried.\n'],
    invalid: ['TOWNSHIP OF ELMVALE\n\nThe Mayor reported that a meeting of the Library Board was held on Monday.\n\n1. Adoption of minutes\n\nCarried.\n'],
    context: DOCUMENT,
  },
  find(ctx) {
    const end = Math.min(ctx.all.length, LATER_OPENING_TOKENS);
    for (let i = 0; i < end; i++) {
      const t = ctx.all[i];
      if (t.kind !== 'text') continue;
      const m = KIND_MEETING_OF_OPENING.exec(t.line.text.trim());
      if (m && isBodyName(tidyBody(m[1]))) return { body: tidyBody(m[1]) };
    }
    return null;
  },
});

// The rules that find the body, in order of trust: a title pairing body and date, a decision record's field, the
// minutes' title or opening sentence, then heading lines (committees before the council), then a phrase inside a line.
const BODY_RULES: readonly BodyRule[] = [
  datedTitleRule,
  decisionMakerRule,
  // Before the minutes' title, whose "Annual" is otherwise the meeting's kind ("Minutes of the Annual Parish Meeting").
  electorsMeetingRule,
  minutesTitleLineRule,
  minutesOfSentenceRule,
  committeeLineRule,
  councilMeetingLineRule,
  councilLineRule,
  councilMeetingPhraseRule,
  laterOpeningSentenceRule,
];

/** A heading line's body: what precedes a spaced dash or a bar ("Planning Committee – 4 March 2025", "Scrutiny | Minutes"); not the hyphen of "Sub-Committee". */
function bodyOfHeadingLine(t: Token): string {
  return tidyBody(t.line.text.replace(/(?:\s+[-–—]\s+|\s*[|–—]\s*).*$/, ''));
}

/** "Ordinary Meeting of Council" with no article: the council's meeting, named by its kind, is the body (Australia, Canada). */
const kindOfCouncilMeetingRule = defineRule({
  id: 'meeting-body-kind-of-council-meeting',
  stage: 'meeting',
  description: 'A bare "Council" the heading names with its meeting\'s kind is that meeting when no heading names the council itself: "MINUTES OF THE ORDINARY MEETING OF COUNCIL", "Minutes of the Ordinary Council Meeting held …".',
  examples: {
    valid: [
      `MINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 12 MARCH 2025${ITEM_BELOW}`,
      `Minutes of the Ordinary Council Meeting held on Wednesday 12 March 2025 at 6.00pm${ITEM_BELOW}`,
    ],
    invalid: [
      `Minutes of the Ordinary Meeting of the Coolabah Shire Council held on Wednesday 12 March 2025${ITEM_BELOW}`,
      // The council named in full above its meeting is the body.
      `COOLABAH SHIRE COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 12 MARCH 2025${ITEM_BELOW}`,
    ],
    context: DOCUMENT,
  },
});

/** "COUNCIL OF THE BOROUGH OF LUTON": a council named by its municipality, after "of the". */
const COUNCIL_OF_MUNICIPALITY = new RegExp(
  String.raw`\bcouncil\s+of\s+the\s+(?:corporation\s+of\s+the\s+)?${caselessAlternation(MUNICIPALITY_KINDS)}\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?(?=\s+(?:held|on|at|in|was|commencing)\b|\s*[,.(]|\s*$)`,
  'iu',
);
/** "the Council of the Borough": a council of no named place is the council. */
const COUNCIL_OF_UNNAMED = new RegExp(String.raw`^(council)\s+of\s+the\s+${caselessAlternation(MUNICIPALITY_KINDS)}$`, 'i');
const councilOfMunicipalityRule = defineRule({
  id: 'meeting-body-council-of-municipality',
  stage: 'meeting',
  description: 'A bare "Council" the heading names in full by its municipality, "… MEETING OF THE COUNCIL OF THE BOROUGH OF KELSTON HELD …", is that council.',
  examples: {
    valid: [`MINUTES OF THE COUNCIL AT THE MEETING OF THE COUNCIL OF THE BOROUGH OF KELSTON HELD AT THE TOWN HALL ON TUESDAY 4th MARCH 2025${ITEM_BELOW}`],
    invalid: [`MINUTES of the proceedings of the Meeting of the Council of the Borough held at 7.00 pm on 4 March 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
});

/** A council named by its kind only: "Council", "the Town Council". */
const GENERIC_COUNCIL = new RegExp(String.raw`^(?:${caselessAlternation(COUNCIL_DESIGNATIONS)}\s+){0,2}council$`, 'i');
const FULL_COUNCIL = /^full\s+council$/i;
const councilNamedInHeaderRule = defineRule({
  id: 'meeting-body-council-named-in-header',
  stage: 'meeting',
  description: 'The council the minutes name by its kind alone ("… a meeting of the Council held …", "Minutes of the Parish Council Meeting held …") is the council a heading line names in full ("ASHCOMBE TOWN COUNCIL"); "Full Council" is a name of its own.',
  examples: {
    valid: [
      `ASHCOMBE TOWN COUNCIL\nMinutes of the meeting of the Town Council held on Monday 3rd March 2025 at 7.00pm in the Guildhall${ITEM_BELOW}`,
      `Ashcombe Town Council\nMinutes of a meeting of the Council held on Monday 3rd March 2025 at 7.00pm in the Guildhall${ITEM_BELOW}`,
    ],
    invalid: [
      `Minutes of a meeting of the Council held on Monday 3rd March 2025 at 7.00pm in the Guildhall${ITEM_BELOW}`,
      // "Full Council" is the body's own name.
      `ASHCOMBE TOWN COUNCIL\nMinutes of the Full Council Meeting held on Monday 3rd March 2025 at 7.00pm in the Guildhall${ITEM_BELOW}`,
      `ASHCOMBE TOWN COUNCIL\nPLANNING COMMITTEE\nMinutes of the meeting held on Monday 3rd March 2025${ITEM_BELOW}`],
    context: DOCUMENT,
  },
});

/** A line ending in "Council" that is a phrase, not a name: "Minutes of Council", "Reports to Full Council". */
// "Isle of Wight Council" is a name: "of" is a phrase's only before the council itself.
const NOT_A_COUNCIL_NAME = /\b(?:minutes|meetings?|reports?|agenda|to|for|at|in|on|by)\b|\bof\s+(?:the\s+)?(?:full\s+)?council$/i;

/** Does a line name a council in full, with its place ("WATTLE CREEK SHIRE COUNCIL"), not by its kind ("COUNTY COUNCIL") or in a phrase ("Special Meeting of Council")? */
function namesCouncilInFull(text: string): boolean {
  return NAMED_COUNCIL_LINE.test(text) && !GENERIC_COUNCIL.test(text) && !NOT_A_COUNCIL_NAME.test(text);
}

/** The heading line that names the council in full, whose kind agrees with the one the minutes name ("Town Council" → "ASHCOMBE TOWN COUNCIL"). */
function councilNamedInFull(generic: string, candidates: readonly Token[]): string | null {
  const kinds = generic.toLowerCase().split(/\s+/).filter((w) => w !== 'council');
  for (const t of candidates) {
    const text = t.line.text.trim();
    if (!namesCouncilInFull(text) || NAMES_A_PERSON.test(text)) continue;
    const words = text.toLowerCase().split(/\s+/);
    if (kinds.every((k) => words.includes(k))) return tidyBody(text);
  }
  return null;
}

/** A heading line naming the municipality, "Township of Georgian Bluffs", "THE CORPORATION OF TAY VALLEY TOWNSHIP", tidied; or null. */
function municipalityInHeading(candidates: readonly Token[]): string | null {
  const t = candidates.find((l) => namesMunicipality(l.line.text.trim()));
  return t ? tidyBody(t.line.text) : null;
}
/** Does a line name a municipality: "Township of Georgian Bluffs", "RURAL MUNICIPALITY OF ST. STANISLAS", "THE CORPORATION OF TAY VALLEY TOWNSHIP"? */
function namesMunicipality(text: string): boolean {
  return MUNICIPALITY_NAME.test(text) || CORPORATION_OF.test(text);
}
/** "THE CORPORATION OF TAY VALLEY TOWNSHIP": a municipality named after its corporation, its kind last. */
const CORPORATION_OF = new RegExp(`^(?:the\\s+)?corporation\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’ -]{2,40}\\s${caselessAlternation(MUNICIPALITY_KINDS)}$`, 'iu');

/** The body the rules give, as a council's fuller name where the heading offers one; and the rule that named it. */
function refineCouncil(body: string, rule: string, ctx: BodyContext): { body: string; rule: string } {
  // "Full Council" names the whole council as a body of its own: it stays.
  if (FULL_COUNCIL.test(body)) return { body, rule };
  if (!/^council$/i.test(body) && !COUNCIL_OF_UNNAMED.test(body) && !GENERIC_COUNCIL.test(body)) return { body, rule };
  // "LOCKYER VALLEY REGIONAL COUNCIL" or "Township of Georgian Bluffs" above "ORDINARY MEETING OF COUNCIL": the council
  // named in full in the heading is the body (as a dev document's gold has "coffs harbour CITY cOUNCIL" above its
  // "Ordinary Council Meeting").
  const bareCouncil = COUNCIL_OF_UNNAMED.exec(body)?.[1] ?? body;
  const inHeading = councilNamedInFull(bareCouncil, ctx.candidates) ?? (/^council$/i.test(bareCouncil) ? municipalityInHeading(ctx.candidates) : null);
  if (inHeading) return { body: inHeading, rule: councilNamedInHeaderRule.id };
  // "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD …": a bare "Council" is named with its meeting.
  const kindOfMeeting = /^council$/i.test(body) ? KIND_OF_COUNCIL_MEETING.exec(ctx.joined) : null;
  if (kindOfMeeting) return { body: kindOfMeeting[0], rule: kindOfCouncilMeetingRule.id };
  const unnamed = COUNCIL_OF_UNNAMED.exec(body);
  const bare = unnamed ? unnamed[1] : body;
  if (/^council$/i.test(bare)) {
    const full = COUNCIL_OF_MUNICIPALITY.exec(ctx.joined);
    if (full) return { body: tidyBody(full[0]), rule: councilOfMunicipalityRule.id };
  }
  const named = councilNamedInFull(bare, ctx.candidates);
  if (named) return { body: named, rule: councilNamedInHeaderRule.id };
  // "Minutes of the Ordinary Council Meeting held …" with no council named: the meeting named by its kind.
  // A disposition's "REGULAR COUNCIL MEETING" already gave its body as the council by design.
  const kindPhrase = /^council$/i.test(bare) && rule !== councilMeetingPhraseRule.id ? KIND_OF_COUNCIL_MEETING_PHRASE.exec(ctx.joined) : null;
  if (kindPhrase) return { body: kindPhrase[0], rule: kindOfCouncilMeetingRule.id };
  return { body: bare, rule };
}

/** A ModernGov page's title line ("Agenda and minutes", "Agenda, decisions and draft minutes"): what is above it is the site's. */
const MEETING_PAGE_TITLE = /^agenda\b[\w ,]{0,30}\bminutes$/i;
/** How many lines may name the body on a line of their own: a heading's, not an item's. */
const MAX_HEADING_LINE = 80;

/** Header lines that may name the body alone: below a meeting page's title line, above the attendance list. */
function headingCandidates(header: readonly Token[], lines: readonly Token[]): Token[] {
  const pageTitle = header.find((t) => MEETING_PAGE_TITLE.test(t.line.text.trim()));
  const firstAttendance = lines.find((t) => t.kind === 'attendance');
  return lines.filter(
    (l) =>
      (!pageTitle || l.line.line > pageTitle.line.line) &&
      (!firstAttendance || l.line.line < firstAttendance.line.line) &&
      l.line.text.length <= MAX_HEADING_LINE &&
      !NOT_BODY.test(l.line.text) &&
      !/[.]$/.test(l.line.text) &&
      l.kind !== 'attendance' &&
      // A numbered line is an item's heading ("3. Notice board"), read when the header is short: never the body's name.
      l.kind !== 'numbered-heading' &&
      !NAMES_A_PERSON.test(l.line.text),
  );
}

/** Reads meeting metadata from the header, the first lines, and decision-record fields anywhere. */
export function extractMeeting(header: readonly Token[], all: readonly Token[] = header): MeetingFacts {
  const facts: MeetingFacts = { body: null, date: null, venue: null, line: null, rule: null };
  // Site navigation above the minutes is bullets ("* Home", "+ Media"): never the meeting's facts.
  const lines = header.filter((t) => t.kind !== 'blank' && t.kind !== 'bullet' && t.kind !== 'bullet-marker' && t.kind !== 'furniture').slice(0, 60);
  // A title "MINUTES" on its own line (page furniture) still opens the sentence it heads: "MINUTES / OF Coolabah Shire Council / … HELD".
  const read = new Set(lines);
  const titled = header.filter((t) => read.has(t) || (t.kind === 'furniture' && /^minutes$/i.test(t.line.text.trim())));
  const joined = titled.map((t) => t.line.text).join(' ');
  const ctx: BodyContext = { lines, joined, candidates: headingCandidates(header, lines), all };
  for (const rule of BODY_RULES) {
    const found = rule.find(ctx);
    if (!found) continue;
    if (found.date !== undefined && !facts.date) facts.date = found.date;
    if (found.line !== undefined) facts.line = found.line;
    if (found.body) {
      const refined = refineCouncil(found.body, rule.id, ctx);
      facts.body = refined.body;
      facts.rule = refined.rule;
      break;
    }
  }
  for (const t of lines) {
    const v = VENUE_LABEL.exec(t.line.text.replace(RESCHEDULED, ''));
    if (v) {
      facts.venue = v[1].trim();
      break;
    }
  }
  // Decision listings date the decision in record fields.
  if (!facts.date) {
    for (const t of all) {
      if (t.kind !== 'record-field' || !t.marker) continue;
      if (/made at meeting|decided at meeting|date of decision/.test(t.marker.toLowerCase())) {
        facts.date = findDate(t.text)?.iso ?? null;
        break;
      }
    }
  }
  if (!facts.venue) {
    const h = HELD_AT.exec(joined);
    if (h) facts.venue = h[1].replace(/\s+/g, ' ').trim();
  }
  if (!facts.venue) {
    for (const t of lines) {
      const v = VENUE_AFTER_DATE.exec(t.line.text);
      if (v) {
        facts.venue = v[1].trim();
        break;
      }
    }
  }
  // The date of the meeting is printed in the heading lines or in the sentence saying where it was held,
  // not in a paragraph of minutes ("weeks commencing 2 March 2020").
  if (!facts.date) facts.date = meetingDateIn(lines.filter((t) => t.line.text.length <= MAX_DATE_LINE || /\b(?:held|date)\b/i.test(t.line.text)).map((t) => t.line.text).join(' '));
  // "held on 14/01/25", "Date: 14.01.25": a two-digit year, read only where the words say it is the meeting's date.
  if (!facts.date) facts.date = shortYearMeetingDate(joined);
  // What the patterns caught must read as a body's name; anything else is no better than none.
  if (facts.body !== null && !isBodyName(facts.body)) {
    facts.body = null;
    facts.rule = null;
  }
  return facts;
}
