// Reports packs: a council prints a frontsheet (summons, membership, contact),
// the agenda list, then "Minutes of the meeting held on …" of the last meeting
// and the reports. Read as one meeting, the frontsheet's membership becomes
// who was present, the agenda's date the meeting's, and page numbers item
// numbers. This finds the minutes inside a pack: their own heading (followed
// by their own attendance list) after pack furniture, up to where the
// minutes end (the closing line and signature, the next report's cover, the
// next set of minutes). The caller parses only those tokens.
import { alternation } from '../lexicon/build.js';
import { AGENDA_HEADINGS, MEETING_CLOSE_VERBS, MEMBERSHIP_LABELS, PACK_FURNITURE, REPORT_OPENINGS, SIGNATURE_LABELS } from '../lexicon/packs.js';
import type { Token } from '../tokenize/classify.js';

/** One set of minutes inside a pack. */
export interface PackMeeting {
  /** Token index of the minutes' heading. */
  start: number;
  /** Token index just after the minutes' last line. */
  end: number;
  /** The minutes' heading as written. */
  heading: string;
}

export interface PackMinutes {
  /** Every set of minutes (each a heading with its own attendance) the pack holds, in order: each is a meeting of its own. */
  meetings: PackMeeting[];
}

const FURNITURE = new RegExp(`\\b${alternation(PACK_FURNITURE)}\\b`, 'i');
const MEMBERSHIP = new RegExp(`^${alternation(MEMBERSHIP_LABELS)}\\b`, 'i');
const AGENDA_HEADING = new RegExp(`^${alternation(AGENDA_HEADINGS)}\\s*:?$`, 'i');
const REPORT_OPENING = new RegExp(`^${alternation(REPORT_OPENINGS)}\\b`, 'i');
const MEETING_CLOSED = new RegExp(`^(?:the\\s+)?meeting\\s+(?:was\\s+)?${alternation(MEETING_CLOSE_VERBS)}\\b`, 'i');
const SIGNATURE_LINE = new RegExp(`^(?:${alternation(SIGNATURE_LABELS)}\\b[^\\n]{0,80}|[.…_\\s]{3,80})$`, 'i');
// An agenda entry's page range: "(Pages 5 - 12)".
const PAGE_RANGE = /\(\s*pages?\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)/i;
// A ModernGov stamp on the first page of each item's papers: "Agenda Item 5".
const AGENDA_ITEM_STAMP = /^agenda\s+item\s+\d{1,3}[a-z]?$/i;
// "Minutes of the meeting of the Licensing Committee held on …", "MINUTES OF THE PARISH COUNCIL MEETING" / "HELD IN …".
// An agenda entry ("2. Minutes of the last meeting", "To approve the minutes …") does not start with "Minutes of".
const MINUTES_OPENING = /^minutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’&,()-]{1,30}\s{1,3}){0,14}?(?:meeting|committee|council|board|panel|cabinet)\b/iu;
const HELD = /\bheld\b/i;
// The attendance labels that open a meeting's own attendance (not the frontsheet's membership).
const PRESENT_LABEL = /^(?:present|members present|councillors present|attendance|in attendance|councillors)\b/i;
// A meeting's own "Present" list before any minutes heading: the document is minutes, not a pack ("Councillors:" may be the membership).
const PRESENT_BEFORE = /^(?:present|members present|councillors present)\b/i;

// How far below its heading a set of minutes gives its attendance.
const ATTENDANCE_WINDOW = 30;
// How many lines of signature may follow the closing line.
const SIGNATURE_WINDOW = 8;
// Pack evidence needed before the minutes: two kinds of frontsheet or agenda furniture.
const MIN_EVIDENCE = 2;
// How many numbered lines make an agenda list.
const MIN_AGENDA_ENTRIES = 3;

const content = (t: Token): boolean => t.kind !== 'blank' && t.line.text.trim() !== '';

/** Does a set of minutes start at token i: its heading, "held" on it or just below, its attendance after? */
function minutesStartAt(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i].line.text.trim();
  if (!MINUTES_OPENING.test(text) || PAGE_RANGE.test(text)) return false;
  let held = HELD.test(text);
  let seen = 0;
  for (let j = i + 1; j < tokens.length && seen < ATTENDANCE_WINDOW; j++) {
    if (!content(tokens[j])) continue;
    seen++;
    const line = tokens[j].line.text.trim();
    if (seen <= 3 && HELD.test(line)) held = true;
    if (tokens[j].kind === 'attendance' || PRESENT_LABEL.test(line)) return held;
    if (j > i + 1 && MINUTES_OPENING.test(line)) return false;
  }
  return false;
}

/** Kinds of pack furniture before token `end`, and whether a meeting's own attendance came first. */
function packEvidence(tokens: readonly Token[], end: number): { kinds: number; attendanceBefore: boolean } {
  let furniture = false;
  let membership = false;
  let agenda = false;
  let pages = false;
  let numbered = 0;
  let attendanceBefore = false;
  for (let i = 0; i < end; i++) {
    const t = tokens[i];
    if (!content(t)) continue;
    const text = t.line.text.trim();
    if (FURNITURE.test(text)) furniture = true;
    if (MEMBERSHIP.test(text)) membership = true;
    else if (t.kind === 'attendance' && PRESENT_BEFORE.test(text)) attendanceBefore = true;
    if (AGENDA_HEADING.test(text)) agenda = true;
    if (PAGE_RANGE.test(text)) pages = true;
    if (t.kind === 'numbered-heading' || t.kind === 'item-number') numbered++;
  }
  const kinds = [furniture, membership, agenda, pages, numbered >= MIN_AGENDA_ENTRIES].filter(Boolean).length;
  return { kinds, attendanceBefore };
}

/** Where the minutes starting at `start` end: the closing line and its signature, a report's cover, the next pack or minutes. */
function minutesEnd(tokens: readonly Token[], start: number): number {
  for (let i = start + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!content(t)) continue;
    const text = t.line.text.trim();
    if (REPORT_OPENING.test(text) || AGENDA_ITEM_STAMP.test(text) || FURNITURE.test(text) || minutesStartAt(tokens, i)) return i;
    if (MEETING_CLOSED.test(text)) {
      let end = i + 1;
      for (let j = i + 1; j < tokens.length && j <= i + SIGNATURE_WINDOW; j++) {
        if (!content(tokens[j]) || SIGNATURE_LINE.test(tokens[j].line.text.trim()) || tokens[j].kind === 'furniture') end = j + 1;
        else break;
      }
      return end;
    }
  }
  return tokens.length;
}

// How many heading lines above "Minutes of …" belong to the minutes' heading ("Community Services Committee").
const HEADING_LINES_ABOVE = 3;

/** The first token of the minutes' heading: the short title lines just above "Minutes of …", back to pack furniture. */
function headingStart(tokens: readonly Token[], at: number): number {
  let start = at;
  let taken = 0;
  for (let i = at - 1; i >= 0 && taken < HEADING_LINES_ABOVE; i--) {
    const t = tokens[i];
    if (!content(t)) continue;
    const text = t.line.text.trim();
    const furniture = AGENDA_ITEM_STAMP.test(text) || FURNITURE.test(text) || PAGE_RANGE.test(text) || AGENDA_HEADING.test(text) || MEMBERSHIP.test(text);
    if (furniture || t.kind !== 'text' && t.kind !== 'heading' || /[.,;:]$/.test(text) || text.length > 100) break;
    start = i;
    taken++;
  }
  return start;
}

/**
 * The minutes inside a reports pack, or null when the document is not a pack
 * (no minutes heading after frontsheet or agenda furniture). Several sets of
 * minutes give several meetings, never one merged. Linear in the number of
 * tokens, but for the bounded look-ahead at each heading.
 */
export function findPackMinutes(tokens: readonly Token[]): PackMinutes | null {
  const meetings: PackMeeting[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!content(tokens[i]) || !minutesStartAt(tokens, i)) continue;
    if (meetings.length === 0) {
      const evidence = packEvidence(tokens, i);
      if (evidence.attendanceBefore || evidence.kinds < MIN_EVIDENCE) return null;
    }
    const previousEnd = meetings.length ? meetings[meetings.length - 1].end : 0;
    const start = Math.max(headingStart(tokens, i), previousEnd);
    const end = minutesEnd(tokens, i);
    meetings.push({ start, end, heading: tokens[i].line.text.trim() });
    // The next set of minutes is looked for after this one's end.
    i = Math.max(i, end - 1);
  }
  return meetings.length ? { meetings } : null;
}
