// Meeting metadata: body, date, venue. In order of trust: a meeting title line
// ("Environment & Transport Cabinet Committee - Wednesday, 28th November, 2018
// 10.00 am", "Meeting: 14/03/2017 - Health and Wellbeing Scrutiny Committee"),
// decision-record fields ("Decision Maker: Cabinet", "Date of decision: …"),
// "MINUTES of a meeting of the Cabinet held … on Thursday, 9 January 2025",
// then header lines naming a committee or council, and the first full date.
import type { Token } from '../tokenize/classify.js';
import { findDate } from './util/dates.js';
import { COURTESY_TITLES, GOVERNING_BODY_NOUNS, MEETING_KINDS, MEETING_KINDS_BEFORE_BODY, MINUTES_DOCUMENT_NAMES, MUNICIPALITY_KINDS, WEEKDAY_STEMS, alternation, caselessAlternation } from '../lexicon/index.js';

// The kinds of meeting ("Ordinary", "Special"), from the lexicon: all of them, and those dropped before a body's name.
const KIND = caselessAlternation(MEETING_KINDS);
const KIND_BEFORE_BODY = caselessAlternation(MEETING_KINDS_BEFORE_BODY);

export interface MeetingFacts {
  body: string | null;
  date: string | null;
  venue: string | null;
  line: number | null;
}

const WEEKDAY = `${alternation(WEEKDAY_STEMS)}day`;
// A weekday cut short: "Tue", "Tues", "Thur", "Thurs", "Wed" (the stems' first three letters and up to two more).
const WEEKDAY_SHORT = `${alternation(WEEKDAY_STEMS.map((stem) => stem.slice(0, 3)))}[a-z]{0,2}`;
// A rescheduling note before the title: "Moved from 9th October 2018, Cabinet - …", "Rescheduled from 25/11, …".
const RESCHEDULED = /^(?:moved|rescheduled|postponed|changed|re-?arranged|deferred)\s+from\s+[^,]{1,40},\s*/i;
/** ModernGov title line: "Body - Wednesday, 28th November, 2018 10.00 am". Group 1 body, group 2 the date. */
const BODY_DASH_DATE = new RegExp(`^(.{3,150}?)\\s*[-–—]\\s*((?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9},?\\s+\\d{4})`, 'i');
/** "Meeting: 14/03/2017 - Health and Wellbeing Scrutiny Committee (Item 614)". */
const MEETING_LABEL = /^meeting:\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.{3,150}?)(?:\s*\(item\s*\d+\))?$/i;
/** "MINUTES of a meeting of the Cabinet held …", "Minutes of the Planning Committee meeting held on", Scottish "MINUTE of MEETING of the X Committee held", "Minutes of the proceedings of the Meeting of the Council held". */
const MINUTES_OF = new RegExp(String.raw`\bminutes?\s+(?:of|for)\s+(?:(?:a|an|the)\s+)?(?:proceedings\s+of\s+(?:(?:a|an|the)\s+)?)?(?:${KIND_BEFORE_BODY}\s+)*(?:meeting\s+of\s+(?:the\s+)?)?(.{3,120}?)(?:\s+meeting)?\s+(?:held|which\s+was\s+held|on\s|at\s+the|convened)`, 'i');
/** "Record of the meeting of the Housing Panel held …", "NOTES of a meeting of the Forum held …": minutes by another name, of a meeting. */
const RECORD_OF_MEETING = new RegExp(String.raw`\b(?:${caselessAlternation(MINUTES_DOCUMENT_NAMES)})\s+of\s+(?:a|an|the)\s+(?:${KIND_BEFORE_BODY}\s+)*meeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:held|on\s|at\s+the|convened)`, 'i');
/** A bare title line: "Minutes of the Health and Wellbeing Board". */
const MINUTES_OF_LINE = new RegExp(String.raw`^minutes\s+of\s+(?:(?:a|an|the)\s+)?(?:${KIND_BEFORE_BODY}\s+)*(?:meeting\s+of\s+(?:the\s+)?)?([A-Z].{2,120}?)\s*$`, 'i');
/** "held on Wednesday, 3 March 2021 at 6.30 pm in Committee Room 2, The Guildhall", "held at 7.15pm on Monday 12 May 2025 in the Reading Room". */
const VENUE_AFTER_DATE = /\bheld\s+(?:on|at)\s+[^\n]{3,60}?\s+in\s+(?:the\s+)?(.{3,150}?)(?:\.(?:\s|$)|$)/i;
// "meeting" is what minutes are of, not who met.
const NOT_A_BODY_NAME = /^(?:the\s+)?(?:meeting|previous meeting|last meeting)$/i;
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
/** A line that is a council's meeting named by its kind: "Regular Council Meeting", "SPECIAL COUNCIL MEETING". */
const KIND_OF_MEETING_LINE = new RegExp(String.raw`^${KIND}\s+(?:[A-Za-z&']+\s+){0,3}?council\s+meeting$`, 'i');
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
/** "Regular Meeting of Council", "Special Meeting of the Board" on a line of its own: the meeting named with its body. */
const MEETING_OF_LINE = new RegExp(String.raw`^(?:${KIND}\s+)?meeting\s+of\s+(?:the\s+)?[A-Z][\w&'’ -]{2,60}$`, 'i');
/** A body's name holds a governing-body noun ("Planning Committee", "Regular Meeting of Council") or names a municipality. */
const BODY_NOUN = new RegExp(`\\b${alternation(GOVERNING_BODY_NOUNS)}\\b`, 'i');
// A body is named in a few words; longer text is a sentence the patterns caught.
const MAX_BODY_WORDS = 10;

/** Does this read as the name of a body rather than a fragment of a sentence ("th February", "Watch key Council meetings here")? */
function isBodyName(body: string): boolean {
  if (!/^\p{L}/u.test(body) || /\d/.test(body) || body.split(/\s+/).length > MAX_BODY_WORDS) return false;
  if (/\b(?:minutes|here|all|questions?|these|which|were|was|is|are)\b/i.test(body)) return false;
  // A decision taken by one person ("Cabinet Member for Highways", "Portfolio Holder for Housing") has no body.
  if (INDIVIDUAL_DECISION_MAKER.test(body)) return false;
  // A noun alone ("Committee") names no body, except the full council or its executive.
  if (!/\s/.test(body.trim()) && !SELF_NAMED_BODY.test(body.trim())) return false;
  return BODY_NOUN.test(body) || MUNICIPALITY_LINE.test(body);
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

/** The first match of a pattern whose body group passes the test, trying from each later "minutes" when one does not. */
function firstBodyMatch(re: RegExp, text: string, ok: (body: string) => boolean): RegExpExecArray | null {
  let from = 0;
  for (let tries = 0; tries < 8 && from < text.length; tries++) {
    const m = re.exec(text.slice(from));
    if (!m) return null;
    if (ok(m[1])) return m;
    from += m.index + 1;
  }
  return null;
}

const TRAILING_DATE = new RegExp(`,?\\s+(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9},?\\s+\\d{4}$`);

function tidyBody(body: string): string {
  return body
    .replace(RESCHEDULED, '')
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

/** Reads meeting metadata from the header, the first lines, and decision-record fields anywhere. */
export function extractMeeting(header: readonly Token[], all: readonly Token[] = header): MeetingFacts {
  const facts: MeetingFacts = { body: null, date: null, venue: null, line: null };
  // Site navigation above the minutes is bullets ("* Home", "+ Media"): never the meeting's facts.
  const lines = header.filter((t) => t.kind !== 'blank' && t.kind !== 'bullet' && t.kind !== 'bullet-marker' && t.kind !== 'furniture').slice(0, 60);
  const joinedText = lines.map((t) => t.line.text).join(' ');
  for (const t of lines) {
    const text = t.line.text.replace(RESCHEDULED, '');
    if (!facts.body) {
      const m = BODY_DASH_DATE.exec(text);
      const label = MEETING_LABEL.exec(text);
      if (m && !NOT_BODY.test(m[1]) && findDate(m[2])) {
        // "Minutes - Full Council - 5th May 2020": a document title; the "Minutes of a meeting of X held" sentence names the body better.
        facts.body = /^minutes\b/i.test(m[1]) && MINUTES_OF.test(joinedText) ? null : bodyOfDashedTitle(m[1]);
        facts.date = findDate(m[2])!.iso;
        facts.line = t.line.line;
      } else if (label) {
        facts.body = tidyBody(label[2]);
        facts.date = findDate(label[1])?.iso ?? null;
        facts.line = t.line.line;
      }
    }
    if (!facts.venue) {
      const v = VENUE_LABEL.exec(text);
      if (v) facts.venue = v[1].trim();
    }
  }
  // Decision listings name the body and the date in record fields.
  for (const t of all) {
    if (t.kind !== 'record-field' || !t.marker) continue;
    const label = t.marker.toLowerCase();
    if (!facts.body && label === 'decision maker' && t.text) facts.body = tidyBody(t.text.split(',')[0]);
    if (!facts.date && /made at meeting|decided at meeting|date of decision/.test(label)) facts.date = findDate(t.text)?.iso ?? null;
    if (facts.body && facts.date) break;
  }
  // Join wrapped header lines so "MINUTES of a meeting … held\n… on 9 January" matches.
  const joined = lines.map((t) => t.line.text).join(' ');
  if (!facts.body) {
    for (const t of lines) {
      const m = MINUTES_OF_LINE.exec(t.line.text);
      if (m && !/\b(?:held|meeting\s+on)\b/i.test(t.line.text) && !NOT_A_BODY_NAME.test(m[1])) {
        facts.body = tidyBody(m[1]);
        break;
      }
    }
  }
  if (!facts.body) {
    // A "minutes of …" inside a note ("subject to … the minutes of the Meeting at which they are approved)") is passed over for the next.
    // A body may carry a bracketed qualifier ("Harbour Board (reconvened)"); a bracket left open is a note's, not the body's.
    const balanced = (b: string): boolean => (b.match(/\(/g) ?? []).length === (b.match(/\)/g) ?? []).length;
    // What does not read as a body's name ("last meeting: Approved and signed … on", a sentence run on) is passed over too.
    const usable = (b: string): boolean => !NOT_BODY.test(b) && !NOT_A_BODY_NAME.test(b.trim()) && !/\bminutes\b/i.test(b) && balanced(b) && isBodyName(tidyBody(b));
    const m = firstBodyMatch(MINUTES_OF, joined, usable) ?? firstBodyMatch(RECORD_OF_MEETING, joined, usable) ?? firstBodyMatch(MEETING_OF, joined, usable);
    // "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD …": a bare "Council" is named with its meeting, "Ordinary Meeting of Council".
    const kindOfMeeting = m && /^council$/i.test(tidyBody(m[1])) ? KIND_OF_COUNCIL_MEETING.exec(m[0]) : null;
    if (m) facts.body = kindOfMeeting ? kindOfMeeting[0] : tidyBody(m[1]);
  }
  if (!facts.body) {
    const candidates = lines.filter((l) => l.line.text.length <= 80 && !NOT_BODY.test(l.line.text) && !/[.]$/.test(l.line.text) && l.kind !== 'attendance' && !NAMES_A_PERSON.test(l.line.text));
    const t =
      candidates.find((l) => COMMITTEE_WORD.test(l.line.text)) ??
      // "City of Port Haldane" / "Regular Council Meeting": the meeting named by its kind is the body, unless a line
      // names the council itself ("WATTLE CREEK SHIRE COUNCIL" above "Ordinary Council Meeting").
      (candidates.some((l) => NAMED_COUNCIL_LINE.test(l.line.text.trim())) ? undefined : candidates.find((l) => KIND_OF_MEETING_LINE.test(l.line.text.trim()))) ??
      candidates.find((l) => MUNICIPALITY_LINE.test(l.line.text.trim())) ??
      candidates.find((l) => MEETING_OF_LINE.test(l.line.text.trim())) ??
      candidates.find((l) => COUNCIL_WORD.test(l.line.text));
    // "Planning Committee – 4 March 2025", "Scrutiny | Minutes": what follows a spaced dash or a bar; not the hyphen of "Sub-Committee".
    if (t) facts.body = tidyBody(t.line.text.replace(/(?:\s+[-–—]\s+|\s*[|–—]\s*).*$/, ''));
  }
  if (!facts.body) {
    // "DISPOSITION OF ITEMS REGULAR COUNCIL MEETING WEDNESDAY, MAY 14, 2025": the body named before "MEETING".
    for (const t of lines) {
      const m = COUNCIL_MEETING.exec(t.line.text);
      if (m) {
        facts.body = tidyBody(m[1]);
        break;
      }
    }
  }
  if (!facts.body) {
    const m = PLAIN_COUNCIL_MEETING.exec(joined);
    if (m) facts.body = tidyBody(m[1]);
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
  if (facts.body !== null && !isBodyName(facts.body)) facts.body = null;
  return facts;
}
