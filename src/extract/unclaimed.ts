// Unclaimed lines: what the rules could not settle. A line that carries the
// vocabulary of a decision, motion, question or attendance list (the signal
// lists of src/lexicon/signals.ts) but lies inside no record gets an
// info-level `unclaimed-line` note, so users see where to look, and the count
// over an archive is a recall signal on text that has no gold.
import type { MinutesDocument, Warning } from '../schema/document.js';
import { makeWarning } from '../schema/warnings.js';
import type { Token, TokenKind } from '../tokenize/classify.js';
import { APOLOGY_PHRASES, ATTENDANCE_LIST_LABELS, DECISION_CAPITALS, DECISION_PHRASES, MOTION_PHRASES, QUESTION_PHRASES, alternation, caselessAlternation, wordGate, type WordGate } from '../lexicon/index.js';

// DECISION_CAPITALS are signals only in capitals ("approved" in running text is everywhere); phrases in any case.
const DECISION_CAPITAL = new RegExp(`(?<![A-Za-z])${alternation(DECISION_CAPITALS)}(?![A-Za-z])`);
const DECISION_PHRASE = new RegExp(`\\b${alternation(DECISION_PHRASES)}\\b`, 'i');
const MOTION_PHRASE = new RegExp(`\\b${alternation(MOTION_PHRASES)}\\b`, 'i');
const QUESTION_PHRASE = new RegExp(`\\b${alternation(QUESTION_PHRASES)}\\b`, 'i');
const ATTENDANCE_OPENING = new RegExp(`^\\W{0,3}${caselessAlternation(ATTENDANCE_LIST_LABELS)}|\\b${caselessAlternation(APOLOGY_PHRASES)}\\b`, 'i');

/** The record classes a signal stands for, in the order a line is tested; each pattern runs only when its gate (the first words of its phrases) passes. */
const SIGNALS: readonly { what: string; gate: WordGate; test: (text: string) => boolean }[] = [
  { what: 'a decision', gate: wordGate([...DECISION_CAPITALS, ...DECISION_PHRASES]), test: (t) => DECISION_CAPITAL.test(t) || DECISION_PHRASE.test(t) },
  { what: 'a motion', gate: wordGate(MOTION_PHRASES), test: (t) => MOTION_PHRASE.test(t) },
  { what: 'a question', gate: wordGate(QUESTION_PHRASES), test: (t) => QUESTION_PHRASE.test(t) },
  { what: 'an attendance list', gate: wordGate([...ATTENDANCE_LIST_LABELS, ...APOLOGY_PHRASES]), test: (t) => ATTENDANCE_OPENING.test(t) },
];

/** Lines that headings, markers and furniture hold: never checked (a heading "Apologies" is not a list). */
const SKIPPED_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['blank', 'furniture', 'agenda-item-marker', 'item-number', 'numbered-heading', 'decision-title', 'record-field', 'item-reference', 'documents-marker', 'heading']);

interface Placed {
  line?: number;
  end?: number;
}

/** Lead-in lines ("RESOLVED that:", "Present:") whose records start on the lines after them. */
const LEAD_IN_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['resolved', 'decision-heading', 'action-heading', 'question-lead-in', 'attendance', 'presenting-attendance', 'minutes-marker']);
// How far below its lead-in a record may start and still be the lead-in's.
const LEAD_IN_REACH = 8;

/** Every line inside some record (discussion does not count: it is what no other rule claimed), and the lines records start on. */
function claimedLines(doc: MinutesDocument): { claimed: Set<number>; starts: number[] } {
  const claimed = new Set<number>();
  const starts: number[] = [];
  const lists: Placed[][] = [doc.meeting.present, doc.meeting.apologies, doc.meeting.inAttendance, doc.declarations];
  for (const item of doc.items) {
    claimed.add(item.lines.start);
    lists.push(item.presenters, item.questions, item.resolutions, item.actions, item.motions);
  }
  for (const list of lists) {
    for (const r of list) {
      if (r.line === undefined) continue;
      starts.push(r.line);
      for (let l = r.line; l <= Math.max(r.end ?? r.line, r.line); l++) claimed.add(l);
    }
  }
  return { claimed, starts: starts.sort((a, b) => a - b) };
}

/** True when some record starts on the lines from `line` to `line + reach`. */
function startsNear(starts: readonly number[], line: number, reach: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] <= line + reach;
}

/** The class of record a line's vocabulary signals, or null. */
export function signalOf(text: string): string | null {
  for (const s of SIGNALS) if (s.gate.test(text) && s.test(text)) return s.what;
  return null;
}

/** Info notes for lines that signal a record no rule made. */
export function unclaimedLines(doc: MinutesDocument, tokens: readonly Token[]): Warning[] {
  const { claimed, starts } = claimedLines(doc);
  const out: Warning[] = [];
  for (const t of tokens) {
    if (SKIPPED_KINDS.has(t.kind) || claimed.has(t.line.line)) continue;
    if (LEAD_IN_KINDS.has(t.kind) && startsNear(starts, t.line.line, LEAD_IN_REACH)) continue;
    const what = signalOf(t.line.text);
    if (what) out.push(makeWarning('unclaimed-line', `Unexpected line with the words of ${what} that no rule read, expected a record`, { line: t.line.line, column: t.line.indent + 1 }));
  }
  return out;
}
