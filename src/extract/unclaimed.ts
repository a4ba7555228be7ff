// Unclaimed lines: what the rules could not settle. A line that carries the
// vocabulary of a decision, motion, question or attendance list (the signal
// lists of src/lexicon/signals.ts) but lies inside no record gets an
// info-level `unclaimed-line` note, so users see where to look, and the count
// over an archive is a recall signal on text that has no gold.
import type { MinutesDocument, Warning } from '../schema/document.js';
import { makeWarning } from '../schema/warnings.js';
import type { Token, TokenKind } from '../tokenize/classify.js';
import { APOLOGY_PHRASES, ATTENDANCE_LIST_LABELS, DECISION_CAPITALS, DECISION_PHRASES, MOTION_PHRASES, QUESTION_PHRASES, alternation, caselessAlternation, flagsOfLine, leadingWordTest, wordGate, type WordGate } from '../lexicon/index.js';

// DECISION_CAPITALS are signals only in capitals ("approved" in running text is everywhere); phrases in any case.
const DECISION_CAPITAL = new RegExp(`(?<![A-Za-z])${alternation(DECISION_CAPITALS)}(?![A-Za-z])`);
const DECISION_PHRASE = new RegExp(`\\b${alternation(DECISION_PHRASES)}\\b`, 'i');
const MOTION_PHRASE = new RegExp(`\\b${alternation(MOTION_PHRASES)}\\b`, 'i');
const QUESTION_PHRASE = new RegExp(`\\b${alternation(QUESTION_PHRASES)}\\b`, 'i');
// An attendance list's label opening the line (after at most three non-word characters), or apologies given in a sentence anywhere.
const ATTENDANCE_LABEL_OPENING = new RegExp(`^\\W{0,3}${caselessAlternation(ATTENDANCE_LIST_LABELS)}`, 'i');
const APOLOGY_PHRASE = new RegExp(`\\b${caselessAlternation(APOLOGY_PHRASES)}\\b`, 'i');
// The labels' first words (and second, where a first word opens only longer labels: "The following were present:"):
// a line whose first word after its leading marks is none of them holds no label there. Null when some label opens
// with no letter, and the pattern then reads every line.
const LEADS_WITH_LIST_LABEL = leadingWordTest(ATTENDANCE_LIST_LABELS);
const APOLOGY_GATE = wordGate(APOLOGY_PHRASES);

/** True when `^\W{0,3}` can reach a label's first letter: the line's first word character stands within its first four, and that word opens a label. */
function opensWithListLabel(text: string): boolean {
  if (LEADS_WITH_LIST_LABEL === null) return true;
  let at = 0;
  while (at < text.length && at <= 3 && !isWordCode(text.charCodeAt(at))) at++;
  return at <= 3 && at < text.length && LEADS_WITH_LIST_LABEL(at === 0 ? text : text.slice(at));
}
/** A character `\w` matches: ASCII letters, digits and "_" (`\W` is every other). */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/**
 * The record classes a signal stands for, in the order a line is tested; each pattern runs only when its gate (the
 * first words of its phrases) passes. The attendance signal's two halves are gated apart: a label only where the line
 * opens with one, apologies where their words occur.
 */
const SIGNALS: readonly { what: string; test: (text: string, flags: Uint8Array) => boolean }[] = [
  { what: 'a decision', test: gated(wordGate([...DECISION_CAPITALS, ...DECISION_PHRASES]), (t) => DECISION_CAPITAL.test(t) || DECISION_PHRASE.test(t)) },
  { what: 'a motion', test: gated(wordGate(MOTION_PHRASES), (t) => MOTION_PHRASE.test(t)) },
  { what: 'a question', test: gated(wordGate(QUESTION_PHRASES), (t) => QUESTION_PHRASE.test(t)) },
  { what: 'an attendance list', test: (t, flags) => (opensWithListLabel(t) && ATTENDANCE_LABEL_OPENING.test(t)) || (APOLOGY_GATE.openIn(flags) && APOLOGY_PHRASE.test(t)) },
];

function gated(gate: WordGate, test: (text: string) => boolean): (text: string, flags: Uint8Array) => boolean {
  return (text, flags) => gate.openIn(flags) && test(text);
}

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

/**
 * Every line inside some record (discussion does not count: it is what no other rule claimed), as flags by line
 * number up to `lastLine` (the lines asked about), and the lines records start on.
 */
function claimedLines(doc: MinutesDocument, lastLine: number): { claimed: Uint8Array; starts: number[] } {
  const claimed = new Uint8Array(lastLine + 1);
  const claim = (line: number): void => {
    if (line >= 0 && line <= lastLine) claimed[line] = 1;
  };
  const starts: number[] = [];
  const lists: Placed[][] = [doc.meeting.present, doc.meeting.apologies, doc.meeting.inAttendance, doc.declarations];
  for (const item of doc.items) {
    claim(item.lines.start);
    lists.push(item.presenters, item.questions, item.resolutions, item.actions, item.motions);
  }
  for (const list of lists) {
    for (const r of list) {
      if (r.line === undefined) continue;
      starts.push(r.line);
      const end = Math.min(Math.max(r.end ?? r.line, r.line), lastLine);
      for (let l = Math.max(r.line, 0); l <= end; l++) claimed[l] = 1;
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
  // Each line is gated once, here: its flags are made in a scratch array, not kept (no later reader asks again).
  const flags = flagsOfLine(text);
  for (const s of SIGNALS) if (s.test(text, flags)) return s.what;
  return null;
}

/** Info notes for lines that signal a record no rule made. */
export function unclaimedLines(doc: MinutesDocument, tokens: readonly Token[]): Warning[] {
  let lastLine = 0;
  for (const t of tokens) if (t.line.line > lastLine) lastLine = t.line.line;
  const { claimed, starts } = claimedLines(doc, lastLine);
  const out: Warning[] = [];
  for (const t of tokens) {
    if (SKIPPED_KINDS.has(t.kind) || claimed[t.line.line] === 1) continue;
    if (LEAD_IN_KINDS.has(t.kind) && startsNear(starts, t.line.line, LEAD_IN_REACH)) continue;
    const what = signalOf(t.line.text);
    if (what) out.push(makeWarning('unclaimed-line', `Unexpected line with the words of ${what} that no rule read, expected a record`, { line: t.line.line, column: t.line.indent + 1 }));
  }
  return out;
}
