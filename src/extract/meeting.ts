// Meeting metadata from the header: body, date, venue. "Environment & Transport
// Cabinet Committee - Wednesday, 28th November, 2018 10.00 am", "MINUTES of a
// meeting of the Cabinet held in … on Thursday, 9 January 2025", "Venue: …".
import type { Token } from '../tokenize/classify.js';
import { findDate } from './util/dates.js';

export interface MeetingFacts {
  body: string | null;
  date: string | null;
  venue: string | null;
  line: number | null;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** ModernGov title line: "Body - Wednesday, 28th November, 2018 10.00 am". */
const BODY_DASH_DATE = new RegExp(`^(.{3,150}?)\\s+[-–—]\\s+(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\w+,?\\s+\\d{4}`, 'i');
/** "MINUTES of a meeting of the Cabinet held …", "Minutes of the Planning Committee meeting held on". */
const MINUTES_OF = /\bminutes\s+of\s+(?:(?:a|an|the)\s+)?(?:(?:ordinary|extraordinary|special|annual|adjourned|reconvened|virtual|remote)\s+)*(?:meeting\s+of\s+(?:the\s+)?)?(.{3,120}?)(?:\s+meeting)?\s+(?:held|which\s+was\s+held|on|at\s+the|convened)\b/i;
/** "An Open meeting of the City Council was held in …". */
const MEETING_OF = /\b(?:a|an)\s+(?:open\s+|ordinary\s+|special\s+|regular\s+|extraordinary\s+)?meeting\s+of\s+(?:the\s+)?(.{3,120}?)\s+(?:was|held)\b/i;
/** "Venue: Council Chamber, Sessions House. View directions". */
const VENUE_LABEL = /^(?:venue|location|place|meeting\s+place)\s*:\s*(.{2,300}?)(?:\.?\s*view directions)?\.?$/i;
/** "held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday". */
const HELD_AT = new RegExp(`\\bheld\\s+(?:in|at)\\s+(?:the\\s+)?(.{3,200}?)(?:,?\\s+on\\s+(?:${WEEKDAY}|\\d)|\\s+commencing|\\s+at\\s+\\d|\\.$|$)`, 'i');
// A header line naming a council body, for headers without any of the forms above.
const BODY_WORD = /\b(?:council|committee|cabinet|board|panel|sub-committee|commission|authority|assembly|forum|executive)\b/i;
const NOT_BODY = /^(?:agenda|minutes|venue|contact|media|items?|no\.|present|apologies|home\b|council and democracy)/i;

function tidyBody(body: string): string {
  return body.replace(/\s+/g, ' ').replace(/^(?:the)\s+/i, '').replace(/[,.:;]$/, '').trim();
}

/** Reads meeting metadata from header tokens, then from decision-record fields anywhere. */
export function extractMeeting(header: readonly Token[], all: readonly Token[] = header): MeetingFacts {
  const facts: MeetingFacts = { body: null, date: null, venue: null, line: null };
  const lines = header.filter((t) => t.kind !== 'blank').slice(0, 60);
  // Join wrapped header lines so "MINUTES of a meeting … held\n… on 9 January" matches.
  const joined = lines.map((t) => t.line.text).join(' ');
  for (const t of lines) {
    const text = t.line.text;
    if (!facts.body) {
      const m = BODY_DASH_DATE.exec(text);
      if (m && !NOT_BODY.test(m[1])) {
        facts.body = tidyBody(m[1]);
        facts.line = t.line.line;
      }
    }
    if (!facts.venue) {
      const v = VENUE_LABEL.exec(text);
      if (v) facts.venue = v[1].trim();
    }
  }
  if (!facts.body) {
    const m = MINUTES_OF.exec(joined) ?? MEETING_OF.exec(joined);
    if (m) facts.body = tidyBody(m[1]);
  }
  if (!facts.body) {
    const t = lines.find((l) => BODY_WORD.test(l.line.text) && l.line.text.length <= 80 && !NOT_BODY.test(l.line.text) && !/[.]$/.test(l.line.text));
    if (t) facts.body = tidyBody(t.line.text.replace(/\s+[-–—]\s+.*$/, ''));
  }
  if (!facts.venue) {
    const h = HELD_AT.exec(joined);
    if (h) facts.venue = h[1].replace(/\s+/g, ' ').trim();
  }
  const d = findDate(joined);
  if (d) facts.date = d.iso;
  // Decision listings name the body and the date in record fields: "Decision Maker: Cabinet", "Made at meeting: 18/04/2024 - Cabinet".
  for (const t of all) {
    if (t.kind !== 'record-field' || !t.marker) continue;
    const label = t.marker.toLowerCase();
    if (!facts.body && label === 'decision maker' && t.text) facts.body = tidyBody(t.text.split(',')[0]);
    if (!facts.date && /made at meeting|decided at meeting|date of decision/.test(label)) facts.date = findDate(t.text)?.iso ?? null;
    if (facts.body && facts.date) break;
  }
  return facts;
}
