// The state machine of motions: one reader runs through the blocks of a whole
// document. The event rules (events.ts) say what a block or sentence records;
// the reader keeps what is open (the motion collecting its wording, the vote
// being counted, a vote label whose names follow) and applies each event to it:
// an opening starts a motion, the text after it is its wording, an outcome
// closes it, a tally or named votes attach to the motion being voted on.
import type { Motion, MotionOutcome, VoteCounts } from '../../schema/document.js';
import type { Block } from '../../segment/blocks.js';
import { MOTION_TABLE_ROW, MOTION_TABLE_ROW_MOVERS_AFTER } from '../../tokenize/patterns.js';
import { COURTESY_TITLES, DECIDING_BODIES, LOST_WORDS, MEMBER_HONORIFICS, MOTION_NOUNS, WITHDRAWN_WORDS, abbreviationAlternation, alternation } from '../../lexicon/index.js';

// A line that opens with a titled or a two-word name: who moved, seconded or voted.
const NAMED_START = new RegExp(`^(?:${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES, 'Miss'])}\\b|[A-Z][a-z]+\\s+[A-Z])`);
import { placeOf } from '../types.js';
import { tableDisposition } from '../util/disposition.js';
import { nameParts, readName, sameName } from '../util/person-names.js';
import { sentences, squashSpaces } from '../util/text.js';
import { COUNT_DIGIT, allAgreed, countsIn, labelEvent, openingInSentence, outcomeEvents, seconderInSentence, type Opening } from './events.js';
import {
  EVENT_COUNT,
  EVENT_WORD,
  MOTION_EVENT_HINT,
  MOTION_LABEL,
  OUTCOME_HINT,
  NUMBERED_MOVERS,
  NUMBERED_MOVER,
  RECITAL,
  AND_THAT_CLAUSE,
  ALL_AGREED_LEAD,
  OUTCOME_TAIL,
  OUTCOME_BEFORE_WORDING,
  AMENDMENT_WORD,
  NOT_SECONDED,
  ANSWER_LINE,
  WORDING_LEAD,
  CLOSING_QUOTE,
  RESOLUTION_NUMBER_LABEL,
  RESOLVED_BRACKETS,
  SLASHED_MOVERS_OUTCOME,
  START_OF_WORDING,
  VOTE_LABEL_HINT,
  VOTE_LABEL_START,
  VOTING_LEAD,
  num,
  wayOf,
  type Way,
  decisionAfterSeconder,
} from './patterns.js';
import { motionBareOutcomeRule, motionLabelRule, motionOutcomeFirstRule, motionNumberedMoversRule, motionResolvedBracketsRule, motionSlashedMoversRule, motionTableRule, motionVoteTallyRule } from './rules.js';
import { markerShape } from '../util/markers.js';


// Wording that introduces a list of clauses: "That Council:", "That the Board:-".
const INTRODUCES_LIST = /:\s*[-–—]?\s*$/;
// Scottish minutes print the subject alone above the clauses: "that the Committee" over "(a) approve …", "(b) instruct …".
const BODY_ALONE = new RegExp(`^(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}(?:${alternation(DECIDING_BODIES)})$`);
/** True when the wording so far introduces a list of clauses: it ends in a colon, or is its subject alone. */
const introducesList = (text: string): boolean => INTRODUCES_LIST.test(text) || BODY_ALONE.test(text.trim());
// A list entry's number or letter as printed: "1.", "2)", "(b)", "iii." (bullet glyphs are no clause numbers).
const CLAUSE_MARKER = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$/i;
/**
 * An entry's marker as the wording keeps it: as printed ("1.", "b)", "(iii)"); a bare number gets its stop
 * ("1 Note …" → "1."), and a clause in lower case its brackets ("a) delegate …" → "(a)"), so that the
 * wording reads as a clause list and splits at its markers.
 */
function printedMarker(block: Block, text: string): string {
  const printed = block.fullText.trimStart().split(/\s/, 1)[0];
  const core = (block.marker ?? '').replace(/[().]/g, '');
  if (/^[a-z]/.test(text) && !printed.startsWith('(')) return `(${core})`;
  return /[.)]$/.test(printed) ? printed : `${core}.`;
}
/** Whether two written names can be one member's: "Cllr. A. Twomey" and "Cllr. Twomey". */
function oneMember(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  return x !== null && y !== null && sameName(x, y);
}

/** True when list marker `next` comes right after `prev`: "2." after "1.", "(b)" after "(a)"; other markers (bullets, roman numerals) when they share a shape. */
function follows(prev: string, next: string): boolean {
  const a = prev.replace(/[^\p{L}\p{N}]/gu, '');
  const b = next.replace(/[^\p{L}\p{N}]/gu, '');
  if (markerShape(prev) !== markerShape(next)) return false;
  if (/^\d+$/.test(a)) return Number(b) === Number(a) + 1;
  if (/^[a-hj-uw-z]$/i.test(a)) return b.charCodeAt(0) === a.charCodeAt(0) + 1;
  return true;
}

/** RESOLVED_BRACKETS, passed over at once when the text has no bracket or no slash (the pattern needs both). */
const bracketedMovers = (text: string): RegExpExecArray | null => (text.includes('(') && text.includes('/') ? RESOLVED_BRACKETS.exec(text) : null);

/** The shape of a list marker: "5)" and "6)" share one, "(1)" and "a." do not. */

interface Open {
  motion: Motion;
  /** Marker of the block that opened it: a list with another marker shape is its clauses. */
  marker: string | undefined;
  /** Reading the clause list of the wording. */
  inList?: boolean;
  /** Still collecting the wording. */
  collecting: boolean;
  /** Column of the block that opened it (clauses of the wording sit deeper). */
  column: number;
}

const cleanName = (s: string): string | null => {
  const r = readName(s.replace(/^\s*(?:by\s+)?/i, ''));
  return r ? r.name.replace(/[.,;:]+$/, '') : null;
};

/** A name on either side of the slash: a titled name ("Member Faleolo") or, as these lines print them, a surname alone ("Smith"). */
function slashedName(text: string): string | null {
  const r = readName(text);
  if (r && !r.rest.trim()) return r.name.replace(/[.,;:]+$/, '');
  return /^[A-Z][\p{L}'’-]{1,30}$/u.test(text.trim()) ? text.trim() : null;
}

function newMotion(block: Block, amendment: boolean, rule: string): Motion {
  return { text: '', mover: null, seconder: null, outcome: 'unknown', amendment, amends: null, votes: null, namedVotes: [], ...placeOf(block), rule };
}

function outcomeOf(word: string, unanimous: boolean): MotionOutcome {
  const w = word.toLowerCase();
  if (WITHDRAWN_WORDS.includes(w)) return 'withdrawn';
  if (LOST_WORDS.includes(w)) return 'lost';
  return unanimous ? 'carried unanimously' : 'carried';
}

const appendText = (m: Motion, text: string): void => {
  const t = text.replace(/\s+/g, ' ').replace(/^[\s:;,–—-]+/, '').trim();
  if (!t) return;
  m.text = m.text ? `${m.text} ${t}` : t;
};

// "Councillors Ash, Birch and Cole" under a vote label: the plural title belongs to every name after it.
const PLURAL_MEMBER_TITLE = new RegExp(`^(${alternation(MEMBER_HONORIFICS.filter((h) => /s$/.test(h)))})\\s+`, 'i');
// A name already titled ("Cr Ash", "Mrs Cole") takes no title from the list.
const TITLED_NAME = new RegExp(`^${abbreviationAlternation([...MEMBER_HONORIFICS.filter((h) => !/s$/.test(h)), ...COURTESY_TITLES])}\\b`, 'i');

/**
 * The sentences of wording before an event in one block: all of them, or, when the first opens a quotation, those up to
 * the one that closes it ("“That this Council supports …” Mr. Nolan outlined …": the officer's remark is no wording).
 */
function quotedLead(pending: readonly string[]): readonly string[] {
  if (!/^["“‘]/.test(pending[0])) return pending;
  const close = pending.findIndex((p) => /["”’]$/.test(p));
  return close >= 0 ? pending.slice(0, close + 1) : pending;
}

export class MotionReader {
  readonly motions: Motion[] = [];
  /**
   * Whether quiet blocks are passed over (passesOver). Only the property test that shows the
   * pass-over changes no output (test/motions-gate.test.ts) turns it off.
   */
  constructor(private readonly gated = true) {}
  private open: Open | null = null;
  /** The motion a tally applies to, set by "put the amendment to the vote". */
  private voteTarget: number | null = null;
  /** A vote label ("For (14)") whose names follow in the next block. */
  private pendingLabel: Way | null = null;
  /** Motions whose vote a later RESOLVED already recorded: no later outcome or tally belongs to them. */
  private readonly settled = new Set<Motion>();
  /** A voting lead-in was read: the next tally is a new vote. */
  private freshTally = false;
  /** The last block read that was not part of a motion but reads as motion wording ("That …", a RESOLVED clause). */
  private lastWording: { block: Block; text: string; lastMarker?: string } | null = null;
  /** The motion the block before this one closed ("CARRIED"): a tally right after it ("Opposed: Councillor Wong") is its vote. */
  private closedBefore: Motion | null = null;
  private closedNow: Motion | null = null;
  /** The line of a "Resolution 449/2024" label just read: the motion it opens is a decision. */
  private resolutionLabel: number | null = null;
  /** Motions under a resolution number: carried unless the minutes record another outcome. */
  private readonly labelled = new Set<Motion>();
  /**
   * Wording printed just before a motion's mover and seconder ("That the grant be approved." then "Moved by: Cllr A,
   * Seconded by: Cllr B" then "Carried"): the motion's wording when none follows its names.
   */
  private readonly preceding = new Map<Motion, { block: Block; text: string }>();
  /** The motion the last opening event started or filled (apply). */
  private applied: Motion | null = null;
  /** Sentences of the block being read that came before the event in it: wording for a motion opened after them. */
  private pendingWording: { block: Block; text: string } | null = null;

  /** Ends the reading: a motion numbered as a resolution with no outcome recorded was carried. */
  finish(): void {
    for (const m of this.labelled) if (m.outcome === 'unknown') m.outcome = 'carried';
    for (const m of this.motions) this.takePreceding(m);
  }

  private start(block: Block, amendment: boolean, rule: string): Motion {
    // A "MOTION" label already opened one without a mover, bare or with its wording ("MOTION: That Council engage …"
    // over "Moved: Councillor A", "Seconded: Councillor B"): fill it instead.
    const o = this.open?.motion;
    if (o && o.mover === null && o.seconder === null && o.outcome === 'unknown' && (o.text === '' || o.rule === motionLabelRule.id)) {
      const open = this.open!;
      o.amendment = o.amendment || amendment;
      if (o.amendment) o.amends = this.amendsIndex(this.motions.indexOf(o));
      open.collecting = true;
      return o;
    }
    const m = newMotion(block, amendment, rule);
    if (this.resolutionLabel !== null) this.labelled.add(m);
    const before = this.pendingWording ?? this.lastWording;
    if (before) this.preceding.set(m, before);
    if (amendment) m.amends = this.amendsIndex(this.motions.length);
    this.motions.push(m);
    this.open = { motion: m, collecting: true, column: block.column, marker: block.marker };
    this.voteTarget = null;
    return m;
  }

  /** The motion an amendment amends: the latest substantive motion, or an amendment carried since (it became the substantive motion). */
  private amendsIndex(self: number): number | null {
    for (let k = self - 1; k >= 0; k--) {
      const m = this.motions[k];
      if (!m.amendment) return k;
      if (m.outcome === 'carried' || m.outcome === 'carried unanimously') return k;
    }
    return null;
  }

  /** Which motion an outcome or tally speaks of: the subject word picks amendment or motion. */
  private target(subject: string | undefined): Motion | null {
    if (this.voteTarget !== null && !subject) return this.motions[this.voteTarget] ?? null;
    const want = subject ? (/amend/i.test(subject) ? 'amendment' : 'motion') : null;
    for (let k = this.motions.length - 1; k >= 0; k--) {
      const m = this.motions[k];
      if (m.outcome !== 'unknown' || this.settled.has(m)) continue;
      if (want === null || (want === 'amendment') === m.amendment) return m;
    }
    return null;
  }

  /** A motion whose names came after its wording takes that wording, and starts where it does. */
  private takePreceding(m: Motion): void {
    const before = this.preceding.get(m);
    this.preceding.delete(m);
    if (!before || m.text !== '') return;
    m.text = before.text;
    m.line = before.block.line;
    if (before.block.column !== undefined) m.column = before.block.column;
  }

  private close(m: Motion, outcome: MotionOutcome, block: Block): void {
    this.takePreceding(m);
    this.closedNow = m;
    m.outcome = outcome;
    m.end = Math.max(m.end ?? m.line, block.end);
    if (this.open?.motion === m) this.open = null;
    this.voteTarget = null;
  }

  private setCounts(m: Motion, counts: Partial<VoteCounts>, block: Block): void {
    const v: VoteCounts = m.votes ?? { for: null, against: null, abstentions: null };
    if (counts.for !== undefined && counts.for !== null) v.for = counts.for;
    if (counts.against !== undefined && counts.against !== null) v.against = counts.against;
    if (counts.abstentions !== undefined && counts.abstentions !== null) v.abstentions = counts.abstentions;
    m.votes = v;
    m.end = Math.max(m.end ?? m.line, block.end);
  }

  /** The motion a tally belongs to; a tally with no motion open records a vote on an unnamed motion. */
  private tallyTarget(block: Block): Motion {
    const t = this.target(undefined);
    const fresh = this.freshTally;
    this.freshTally = false;
    if (t && !(fresh && t.votes !== null)) return t;
    if (!t && this.closedBefore) {
      // Further tally lines of the same vote follow it.
      this.closedNow = this.closedBefore;
      return this.closedBefore;
    }
    const m = newMotion(block, false, motionVoteTallyRule.id);
    this.motions.push(m);
    this.open = { motion: m, collecting: false, column: block.column, marker: block.marker };
    this.voteTarget = this.motions.length - 1;
    return m;
  }

  private tryNamedList(block: Block, text: string): boolean {
    // "For (14)" / "Against:" then names; or "For: Councillors A, B; Against: C" on one line.
    // (A row of counted labels, "For: 5    Against: 1    Abstain: 1", is one tally per label too.)
    // Lines of one block run together: "For: Crs A, B and C Against: Cr D CARRIED" is two lists and the outcome.
    const parts = text
      .split(/;\s*(?=(?:for|against|abstain|abstentions?|in\s+favour)\b)|\s+(?=(?:for|against|abstain|abstentions?|in\s+favour)\s*:\s*\d)/i)
      .flatMap((p) => p.split(VOTE_LABEL_OR_OUTCOME_AHEAD));
    let any = false;
    for (const part of parts) {
      const m = VOTE_LABEL_START.exec(part.trim());
      if (!m) {
        if (any) this.outcome(part.trim(), block, true);
        return any;
      }
      const way = wayOf(m[1]);
      const count = num(m[2] ?? m[3]);
      const rest = m[4].trim().replace(/[.;]$/, '');
      const target = this.tallyTarget(block);
      if (count !== null) this.setCounts(target, way === 'for' ? { for: count } : way === 'against' ? { against: count } : { abstentions: count }, block);
      if (rest && !/^\d/.test(rest)) this.addNames(target, way, rest, block);
      // "For (14)" or "Against:" alone: the names follow in the next block. "For: 7" is a count only.
      else if (!rest && m[3] === undefined) this.pendingLabel = way;
      any = true;
    }
    return any;
  }

  private addNames(m: Motion, way: Way, text: string, block: Block): void {
    const names = text
      .replace(PLURAL_MEMBER_TITLE, '')
      .split(/\s*,\s*|\s+and\s+/)
      .map((s) => s.trim().replace(/[.;]$/, ''))
      .filter((s) => s.length > 1 && /[A-Za-z]/.test(s));
    const prefix = PLURAL_MEMBER_TITLE.exec(text)?.[1];
    const singular = prefix ? prefix.replace(/s$/i, '') : null;
    for (const n of names) m.namedVotes.push({ name: singular && !TITLED_NAME.test(n) ? `${singular} ${n}` : n, vote: way });
    // Counts follow the names when the minutes give names only.
    const c = m.namedVotes.filter((v) => v.vote === way).length;
    const v = m.votes ?? { for: null, against: null, abstentions: null };
    const key = way === 'for' ? 'for' : way === 'against' ? 'against' : 'abstentions';
    if (v[key] === null) this.setCounts(m, { [key]: c }, block);
    else m.end = Math.max(m.end ?? m.line, block.end);
  }

  /** Opens a motion from a sentence, returning the wording that follows the names. */
  private openFromSentence(s: string, block: Block): string | null {
    const o = openingInSentence(s);
    if (!o) return null;
    const rest = this.apply(o, block);
    // Moved, seconded and agreed in one sentence: carried, with the wording printed before it (the notice of motion's).
    const m = o.carried ? this.applied : undefined;
    if (m) {
      this.close(m, 'carried', block);
      return '';
    }
    // "It was moved by X, seconded by Y and carried that …": the wording, then the motion carried.
    if (o.carriedWith && this.applied) {
      const carried = this.applied;
      this.afterOpening(rest, block);
      if (carried.outcome === 'unknown') this.close(carried, outcomeOf('carried', o.carriedWith.unanimous), block);
      return '';
    }
    return rest;
  }

  /** Opens the motion an opening event names; returns the wording after the names. */
  private apply(o: Opening, block: Block): string {
    // "Motion 3 – Cllr. A. Twomey" and its quoted wording, then "The motion was proposed by Cllr. Twomey and seconded by
    // Cllr. O'Leary.": the sentence names the seconder of the motion the label opened, not a motion of its own.
    const labelled = this.open?.motion;
    if (labelled && !o.amendment && o.rest.trim() === '' && labelled.rule === motionLabelRule.id && !labelled.amendment && labelled.seconder === null && labelled.outcome === 'unknown' && labelled.mover !== null && o.mover !== null && oneMember(labelled.mover, o.mover)) {
      if (o.seconder !== null) labelled.seconder = o.seconder;
      labelled.end = Math.max(labelled.end ?? labelled.line, block.end);
      this.applied = labelled;
      return '';
    }
    const m = this.start(block, o.amendment, o.rule);
    m.mover = o.mover;
    if (o.seconder !== null) m.seconder = o.seconder;
    this.applied = m;
    return o.rest;
  }

  /** "Moved: Cr X Seconded: Cr Y wording…"; "Seconded: Cr Y" alone names the open motion's seconder. */
  private openFromLabels(text: string, block: Block): string | null {
    const e = labelEvent(text);
    if (!e) return null;
    if (e.kind === 'open') return this.apply(e, block);
    const o = this.open?.motion;
    if (!o || o.seconder !== null || o.outcome !== 'unknown') return null;
    o.seconder = e.name;
    o.end = Math.max(o.end ?? o.line, block.end);
    return e.rest;
  }

  /** "(Smith/Jones) Carried" after the wording: a motion with its names and its outcome, which takes the wording before it. */
  private openFromSlashed(text: string, block: Block): boolean {
    const slashed = text.includes('/') ? SLASHED_MOVERS_OUTCOME.exec(text) : null;
    const mover = slashed ? slashedName(slashed[1]) : null;
    const seconder = slashed ? slashedName(slashed[2]) : null;
    if (!slashed || !mover || !seconder) return false;
    const m = this.start(block, false, motionSlashedMoversRule.id);
    m.mover = mover;
    m.seconder = seconder;
    this.open!.collecting = false;
    this.close(m, outcomeOf(slashed[3].split(/\s+/)[0], slashed[4] !== undefined), block);
    return true;
  }

  /** "The motion was seconded by Councillor Y" / "Councillor Y seconded the motion": the open motion's seconder. */
  private seconderSentence(text: string, block: Block): boolean {
    const o = this.open?.motion;
    if (!o || o.seconder !== null || o.outcome !== 'unknown') return false;
    const name = seconderInSentence(text);
    if (name === null) return false;
    o.seconder = name;
    o.end = Math.max(o.end ?? o.line, block.end);
    return true;
  }

  /** "All in favour", "agreed by all members": the open motion was carried. Never opens one. */
  private allAgreed(text: string, block: Block): boolean {
    if (!allAgreed(text)) return false;
    const m = this.target(undefined);
    if (!m) return false;
    this.close(m, 'carried', block);
    return true;
  }

  /** Applies the first outcome reading that settles something; true when one did. */
  private outcome(text: string, block: Block, whole: boolean): boolean {
    // Without the hint outcomeEvents reads nothing: its generator is not started.
    if (!OUTCOME_HINT.test(text)) return false;
    for (const e of outcomeEvents(text, whole)) {
      if (e.kind === 'decided') {
        // "Agreed" alone closes a motion that is open; it never opens one.
        const t = this.target(e.subject);
        if (/^agreed$/i.test(e.word) && !t) return false;
        const m = t ?? this.bareOutcomeMotion(block);
        if (!m) return false;
        const counts = countsIn(e.countsText);
        if (counts) this.setCounts(m, counts, block);
        this.close(m, outcomeOf(e.word, e.unanimous), block);
        return true;
      }
      const m = this.target(e.kind === 'put-this' ? undefined : e.subject);
      if (!m) continue;
      if (e.kind === 'put-this') this.close(m, outcomeOf(e.word, e.unanimous), block);
      else if (e.kind === 'withdrew') this.close(m, 'withdrawn', block);
      else if (e.word) this.close(m, outcomeOf(e.word, e.unanimous), block);
      else {
        this.voteTarget = this.motions.indexOf(m);
        if (this.open) this.open.collecting = false;
      }
      return true;
    }
    return false;
  }

  /**
   * An outcome with no motion open ("That the report be received." then
   * "CARRIED"): the wording just before it was an unmoved motion. Without such
   * wording there is nothing to attach the outcome to, so none is invented.
   */
  private bareOutcomeMotion(block: Block): Motion | null {
    const w = this.lastWording;
    if (!w) return null;
    this.lastWording = null;
    const m = newMotion(w.block, false, motionBareOutcomeRule.id);
    m.text = w.text;
    m.end = block.end;
    this.motions.push(m);
    return m;
  }

  /** A new numbered item: nothing open carries over into it. */
  reset(): void {
    this.open = null;
    this.voteTarget = null;
    this.pendingLabel = null;
    this.lastWording = null;
    this.freshTally = false;
    for (const m of this.motions) if (m.outcome === 'unknown') this.settled.add(m);
  }

  /** Opens a motion named by the item heading; it takes the place of the first block. */
  openFromTitle(amendment: boolean, first: Block | undefined): void {
    if (first) this.start(first, amendment, motionLabelRule.id);
  }

  read(blocks: readonly Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'heading') continue;
      this.closedBefore = this.closedNow;
      this.closedNow = null;
      if (block.rule === 'motion-table-row' && this.readTableRow(block)) continue;
      if (this.passesOver(block)) continue;
      const text = this.textOf(block);
      if (!text) {
        if (block.kind === 'resolved') this.settle(bracketedMovers(block.fullText) !== null);
        continue;
      }
      const before = this.motions.length;
      const wasOpen = this.open;
      const prev = this.lastWording;
      // A resolution number opens the motion in its own block or the next one.
      const label = RESOLUTION_NUMBER_LABEL.test(text);
      if (label) this.resolutionLabel = block.line;
      this.readBlock(block, text);
      if (!label || this.motions.length !== before) this.resolutionLabel = null;
      // Remember free-standing wording for a later bare "CARRIED".
      if (this.lastWording === prev && this.motions.length === before && this.open === wasOpen && !wasOpen?.collecting) {
        if (this.continuesWording(block)) continue;
        const free = block.kind === 'resolved' ? block.text : START_OF_WORDING.test(text) ? text : null;
        this.lastWording = free ? { block, text: free.replace(WORDING_LEAD, '').replace(CLOSING_QUOTE, '') } : null;
      } else if (this.motions.length !== before) this.lastWording = null;
    }
  }

  /**
   * A row of a motions table is one whole motion: number, "Mover / Seconder", wording and disposition
   * ("ADOPTED", "LOST", "AUTOMATIC REFERRAL TO …"). Nothing carries over to the next row.
   */
  private readTableRow(block: Block): boolean {
    const first = block.fullText.split('\n')[0];
    const row = MOTION_TABLE_ROW.exec(first);
    // Or the mover and the seconder in cells of their own after the wording.
    const after = row ? null : MOTION_TABLE_ROW_MOVERS_AFTER.exec(first);
    if (!row && !after) return false;
    const m = newMotion(block, false, motionTableRule.id);
    const [mover, seconder] = row ? row[2].split('/').map((n) => n.trim()) : [after![3], after![4]];
    m.mover = mover || null;
    m.seconder = seconder || null;
    const { wording, outcome } = tableDisposition(squashSpaces(block.text));
    m.text = wording;
    m.outcome = outcome;
    m.end = block.end;
    this.motions.push(m);
    this.settled.add(m);
    this.open = null;
    this.lastWording = null;
    this.voteTarget = null;
    return true;
  }

  /**
   * The text a block is read by: for a RESOLVED block the words after the
   * lead-in, except "Resolved (Cr A / Cr B)" and "R2022-114 P. Lang, D. Roy:"
   * (the names are in the lead-in) and "NOW THEREFORE BE IT RESOLVED THAT …" (the lead-in is wording).
   */
  private textOf(block: Block): string {
    // Only a RESOLVED block reads its full text: normalise it for those alone.
    if (block.kind === 'resolved') {
      // Each reading needs something the raw text shows as well: brackets and a slash, a recital's opening words
      // (whitespace runs match its \s+ as the single spaces do), a digit. Only then is the text normalised.
      const raw = block.fullText;
      if ((raw.includes('(') && raw.includes('/')) || COUNT_DIGIT.test(raw) || RECITAL.test(raw.trimStart())) {
        const full = raw.replace(/\s+/g, ' ').trim();
        if (bracketedMovers(full) || RECITAL.test(full) || NUMBERED_MOVERS.test(full) || NUMBERED_MOVER.test(full)) return full;
      }
    }
    return squashSpaces(block.text);
  }

  /** A RESOLVED after a vote records its result: that vote is over. */
  private settle(bracketed: boolean): void {
    if (bracketed) return;
    for (const m of this.motions) if (m.outcome === 'unknown' && !(this.open?.motion === m && this.open.collecting)) this.settled.add(m);
    if (this.open && !this.open.collecting) this.open = null;
    this.voteTarget = null;
  }

  /**
   * Most blocks are plain proceedings: with no motion collecting wording, no vote label
   * pending and none of the words or digits any rule of readBlock needs, reading one
   * changes nothing but the free-standing wording a later bare "CARRIED" may take.
   * Such a block is passed over here, before its text is even normalised.
   */
  private passesOver(block: Block): boolean {
    if (!this.gated || block.kind === 'resolved' || !this.quietFor(block.text)) return false;
    if (START_OF_WORDING.test(block.text)) {
      const text = squashSpaces(block.text);
      this.lastWording = { block, text: text.replace(WORDING_LEAD, '').replace(CLOSING_QUOTE, '') };
    } else if (!this.continuesWording(block) && /\S/.test(block.text)) this.lastWording = null;
    return true;
  }

  /**
   * A list entry after free-standing wording that introduced it ("That Council:" then "a) Receives the report",
   * "b) Adopts the plan"): the wording goes on, so that a bare "Carried" after the list takes all of it.
   */
  private continuesWording(block: Block): boolean {
    const w = this.lastWording;
    if (w === null || block.kind !== 'bullet' || block.marker === undefined) return false;
    // The entries of one list follow each other ("a)" then "b)", "1." then "2."): a "3" after "4" starts another list.
    if (w.lastMarker !== undefined ? !follows(w.lastMarker, block.marker) : !introducesList(w.text)) return false;
    const entry = squashSpaces(block.text);
    // The entry keeps its number as a clause list prints it ("1.", "(b)"), so the wording splits at it.
    const marker = CLAUSE_MARKER.test(block.marker) ? printedMarker(block, entry) : block.marker;
    this.lastWording = { block: w.block, text: `${w.text} ${marker} ${entry}`.replace(/\s+/g, ' '), lastMarker: block.marker };
    return true;
  }

  /** Nothing pending or collecting, and none of the words or digits the block reader's rules need. */
  private quietFor(text: string): boolean {
    return !this.pendingLabel && !this.open?.collecting && !MOTION_EVENT_HINT.test(text) && !VOTE_LABEL_HINT.test(text);
  }

  private readBlock(block: Block, text: string): void {
    if (block.kind === 'resolved') {
      this.settle(bracketedMovers(text) !== null);
      // A RESOLVED clause with none of the words below ("that the report be noted") only settles the vote before it.
      if (this.gated && this.quietFor(text)) return;
    }
    // Names under a vote label: "For (14)" then "Mr A, Mr B, …".
    if (this.pendingLabel) {
      const way = this.pendingLabel;
      this.pendingLabel = null;
      if (!VOTE_LABEL_START.test(text) && !/^(?:the|a|an|it|this|there)\s/i.test(text) && NAMED_START.test(text) && text.length < 3000) {
        this.addNames(this.tallyTarget(block), way, text, block);
        return;
      }
    }
    // "Resolved (Cr A / Cr B) That …".
    const br = bracketedMovers(text);
    if (br && /^(?:\d{1,4}[./]?\d{0,4}\s+)?(?:resolved|carried|moved)/i.test(text.trim()) && readName(br[1]) && readName(br[2])) {
      const m = this.start(block, false, motionResolvedBracketsRule.id);
      m.mover = cleanName(br[1]);
      m.seconder = cleanName(br[2]);
      const rest = text.slice(br.index + br[0].length);
      appendText(m, rest.replace(/^[\s:;,.–—-]*/, ''));
      return;
    }
    // "R2018-206 J. Scott, L. Andersen: That … Carried."
    const numbered = NUMBERED_MOVERS.exec(text);
    if (numbered) {
      const m = this.start(block, false, motionNumberedMoversRule.id);
      m.mover = numbered[1];
      m.seconder = numbered[2];
      this.afterOpening(numbered[3] ?? '', block);
      return;
    }
    // "Res. 241/25   Dery – That … Carried.", "112/26  Mazur – Enns: That …": the mover, and the seconder after a dash.
    const numberedMover = NUMBERED_MOVER.exec(text);
    if (numberedMover) {
      const m = this.start(block, false, motionNumberedMoversRule.id);
      m.mover = numberedMover[1];
      if (numberedMover[2] !== undefined) m.seconder = numberedMover[2];
      this.afterOpening(numberedMover[3], block);
      return;
    }
    // "(Smith/Jones) Carried" on a line of its own under the wording.
    if (this.lastWording !== null && this.openFromSlashed(text, block)) return;
    // A bare "MOTION" / "AMENDMENT" label.
    const label = MOTION_LABEL.exec(text);
    // "MOTION: To approve the agenda as circulated.": after a separator the wording may be an infinitive.
    const infinitive = label !== null && /^to\s+[a-z]+\b/i.test(label[2]) && /[:–—-]\s*$/.test(text.slice(0, text.length - label[2].length));
    if (label && (label[2] === '' || /^that\b/i.test(label[2]) || infinitive)) {
      const m = this.start(block, /amendment/i.test(label[1]), motionLabelRule.id);
      appendText(m, label[2]);
      return;
    }
    // "Motion No. 8/2025 - Cllr. T. Brennan": the label names its mover; the wording follows.
    const mover = label && label[2] !== '' && NAMED_START.test(label[2]) ? readName(label[2]) : null;
    if (mover && mover.rest.trim() === '') {
      const m = this.start(block, /amendment/i.test(label![1]), motionLabelRule.id);
      m.mover = mover.name.replace(/[.,;:]+$/, '');
      return;
    }
    if (VOTE_LABEL_START.test(text) && this.tryNamedList(block, text)) return;
    // Mover and seconder labels.
    const afterLabels = this.openFromLabels(text, block);
    if (afterLabels !== null) {
      this.afterOpening(afterLabels, block);
      return;
    }
    // "The recommendation was put to the vote and carried:" then its wording: the motion opens decided and collects the wording below.
    const decidedFirst = text.length <= 200 ? OUTCOME_BEFORE_WORDING.exec(text) : null;
    if (decidedFirst) {
      const m = this.start(block, AMENDMENT_WORD.test(decidedFirst[1]), motionOutcomeFirstRule.id);
      m.outcome = outcomeOf(decidedFirst[2], Boolean(decidedFirst[3]));
      return;
    }
    // A whole block that is an outcome: "CARRIED UNANIMOUSLY", "Amendment lost.".
    if (text.length <= 140 && this.outcome(text, block, true)) return;
    let handled = false;
    // Sentences before an event in the same block are wording of the open motion ("That … . Carried.").
    let pending: string[] = [];
    const flush = (): void => {
      if (pending.length && this.open?.collecting) this.wording(block, pending.join(' '));
      pending = [];
    };
    for (const s of sentences(text)) {
      if (!this.isEvent(s.text)) {
        pending.push(s.text);
        continue;
      }
      const wordingBefore = !this.open?.collecting && pending.length ? quotedLead(pending).join(' ') : null;
      flush();
      // "That the grant be approved. Moved by: Cllr A Seconded by: Cllr B. CARRIED": names after the wording.
      this.pendingWording = wordingBefore && START_OF_WORDING.test(wordingBefore) ? { block, text: wordingBefore.replace(WORDING_LEAD, '').replace(CLOSING_QUOTE, '') } : null;
      const rest = this.openFromSentence(s.text, block) ?? (this.pendingWording ? this.openFromLabels(s.text, block) : null);
      // "That the fees be adopted. (Smith/Jones) Carried": the names and the outcome after the wording, in one paragraph.
      if (rest === null && this.pendingWording && this.openFromSlashed(s.text, block)) {
        this.pendingWording = null;
        handled = true;
        continue;
      }
      this.pendingWording = null;
      if (rest !== null) {
        this.afterOpening(rest, block);
        handled = true;
        continue;
      }
      if (this.seconderSentence(s.text, block)) {
        // "This was seconded by the Chairman and agreed by all members."
        this.allAgreed(s.text, block);
        handled = true;
        continue;
      }
      if (this.allAgreed(s.text, block)) {
        handled = true;
        continue;
      }
      // "This was not seconded.": the open motion fell.
      if (NOT_SECONDED.test(s.text) && this.open && this.open.motion.outcome === 'unknown') {
        this.close(this.open.motion, 'lost', block);
        handled = true;
        continue;
      }
      // "… passed this 4th day of December. Carried.": a short sentence that is only an outcome.
      if (this.outcome(s.text, block, s.text.length <= 40)) {
        handled = true;
        continue;
      }
      const counts = countsIn(s.text);
      if (counts && (VOTING_LEAD.test(text) || this.open || this.voteTarget !== null || /\bvot/i.test(s.text))) {
        this.setCounts(this.tallyTarget(block), counts, block);
        handled = true;
        continue;
      }
      if (VOTING_LEAD.test(s.text)) {
        if (this.open) this.open.collecting = false;
        if (this.voteTarget === null) this.freshTally = true;
        handled = true;
      }
    }
    if (handled) {
      flush();
      return;
    }
    this.wording(block, text);
  }

  /** Could this sentence open, second, close or count a motion? (A cheap test before the full reading.) */
  private isEvent(text: string): boolean {
    // The counts need a digit: a sentence without one is not read for them.
    return EVENT_WORD.test(text) || (COUNT_DIGIT.test(text) && EVENT_COUNT.test(text));
  }

  private afterOpening(rest: string, block: Block): void {
    const o = this.open;
    if (!o) return;
    // Table residue: wording stops at a cell separator ("Council adjourn for Open Forum. |").
    const r = rest.replace(/^[\s|:;,–—-]+/, '').split(/\s\|(?:\s|$)/)[0].trim();
    // An outcome in the same line: "Moved: Cr A Seconded: Cr B That … CARRIED".
    const tail = OUTCOME_TAIL.exec(r);
    // "Proposed by Cllr A, seconded by Cllr B. The motion was agreed.": the rest is the outcome, not wording (the
    // wording printed before the names is the motion's, as when the outcome stands on a line of its own).
    // "Cllr A proposed that the precept rise by 4.9%; this was not seconded.": the motion fell.
    const unseconded = NOT_SECONDED.exec(r);
    if (unseconded) {
      appendText(o.motion, r.slice(0, unseconded.index).replace(/[;,]?\s*(?:this|it|which|the\s+\w+)?\s*$/i, ''));
      o.collecting = false;
      o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
      this.close(o.motion, 'lost', block);
      return;
    }
    // "…; all in favour. To renew the contract": the show of hands carried what follows, the decision's wording.
    const agreed = ALL_AGREED_LEAD.exec(r);
    if (agreed) {
      appendText(o.motion, r.slice(agreed[0].length));
      o.collecting = false;
      o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
      this.close(o.motion, 'carried', block);
      return;
    }
    // "Proposed by Cllr A, seconded by Cllr B and agreed:" over the quoted wording: decided, the wording below.
    const decision = decisionAfterSeconder(r);
    if (decision && decision.at === 0 && decision.lead === 'below' && decision.word !== 'carried') {
      o.motion.outcome = outcomeOf('carried', decision.unanimous);
      o.collecting = true;
      o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
      return;
    }
    // "Proposed by Cllr. Lynch, seconded by Cllr. Buckley, and agreed.": decided there and then, on the wording printed above.
    if (decision && decision.at === 0 && decision.lead === 'none' && decision.word !== 'resolved') {
      o.collecting = false;
      o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
      this.close(o.motion, outcomeOf('carried', decision.unanimous), block);
      return;
    }
    const decided = r === '' ? null : firstDecided(r);
    if (decided && !tail) {
      o.collecting = false;
      o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
      this.close(o.motion, outcomeOf(decided.word, decided.unanimous), block);
      return;
    }
    appendText(o.motion, tail ? r.slice(0, tail.index) : r);
    // Wording given in full on the line ends there; a lead-in ("… that", "…:") or a clause that ends in a
    // semicolon ("That Council receive the report;" then "And that Council award the contract") continues below.
    o.collecting = r === '' || /(?::|;|\bthat|[“"‘][^”"’]*)$/i.test(r) || BODY_ALONE.test(r);
    o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
    if (tail) this.close(o.motion, outcomeOf(tail[1].split(/\s+/)[0], /unanimously/i.test(tail[1])), block);
  }

  /** Ordinary text while a motion is open: its wording, if it reads as wording. */
  private wording(block: Block, text: string): void {
    const o = this.open;
    if (!o || !o.collecting) return;
    // "Reply: The Council will …" under a notice of motion answers it: the wording has ended.
    if (ANSWER_LINE.test(text)) {
      o.collecting = false;
      return;
    }
    const m = o.motion;
    const startsWording = /^(?:that\b|["“‘']|\(?[a-z0-9]{1,3}[.)]\s)/i.test(text) || block.kind === 'resolved';
    // Preambles and operative paragraphs of a long resolution: "AND WHEREAS …", "NOW THEREFORE BE IT RESOLVED …".
    const recital = RECITAL.test(text) || AND_THAT_CLAUSE.test(text);
    // A quotation left open: an odd number of straight quotes, or more curly openings than closings.
    const quoteOpen = (m.text.match(/"/g)?.length ?? 0) % 2 === 1 || (m.text.match(/“/g)?.length ?? 0) > (m.text.match(/”/g)?.length ?? 0);
    const deeper = block.column > o.column;
    // Clauses of the wording: a list after "That Council:", deeper or marked unlike the paragraph that opened the motion.
    const clause = block.kind === 'bullet' && (deeper || markerShape(block.marker) !== markerShape(o.marker)) && (/:$/.test(m.text) || BODY_ALONE.test(m.text) || o.inList === true);
    // A running footer at the right margin ("July 11, 2023 – Minutes – Page 2") interrupts nothing.
    if (m.text !== '' && block.column > 40 && text.length < 80) return;
    // A page or line break in mid-sentence: the wording so far has not ended.
    const midSentence = m.text !== '' && !/[.;:!?"”’)]$/.test(m.text);
    // Data indented under a numbered clause that introduces it ("2. Imposes the following rates:" over "GRV Townsite – 9.83
    // cents …"): the clause's text stops at its colon, and the list of clauses goes on after the data.
    if (o.inList === true && /:$/.test(m.text) && deeper && block.kind === 'paragraph') return;
    // Wording printed above the names ('"That the District calls on …"' over "Cllr A proposed the motion, which was
    // seconded by Cllr B."): the paragraphs after the names are the debate, not more wording.
    if (m.text === '' && !startsWording && this.preceding.has(m)) {
      o.collecting = false;
      return;
    }
    if (m.text === '' ? startsWording || block.kind === 'paragraph' : quoteOpen || clause || recital || midSentence || (deeper && block.kind !== 'paragraph')) {
      // "a) approve the grants listed in Table One" / "b) decline …": entries printed without a closing
      // semicolon stay apart, so the wording still splits into its clauses once the markers are read off.
      if (clause && o.inList === true && !/(?:[.;:!?,]|\b(?:and|or))$/.test(m.text)) m.text += ';';
      if (clause) o.inList = true;
      // The entry keeps its number ("That Council: 1. Note … 2. Adopt …"): the clauses split at the numbers, not at guessed sentences.
      // So do the entries of a quoted wording ('"That the Town Council (i) agrees …; (ii) declines …"').
      const entry = (clause || quoteOpen) && block.kind === 'bullet' && block.marker !== undefined && CLAUSE_MARKER.test(block.marker);
      // A line broken in mid-sentence that opens with a number ("… only 25 of" / "47 Service Managers …") keeps it as printed.
      const broken = !entry && midSentence && block.kind === 'bullet' && block.marker !== undefined;
      appendText(m, entry ? `${printedMarker(block, text)} ${text}` : broken ? block.fullText : text);
      m.end = Math.max(m.end ?? m.line, block.end);
        return;
    }
    o.collecting = false;
  }
}

/** Where a capitalised vote label ("Against:") or a closing outcome ("CARRIED") follows names on the same run of lines. */
const VOTE_LABEL_OR_OUTCOME_AHEAD = /\s+(?=(?:For|Against|Abstain(?:ed|ing)?|Abstentions?|In favour)\s*:|(?:CARRIED|LOST|DEFEATED|Carried|Lost|Defeated)(?:\s+(?:UNANIMOUSLY|unanimously))?\.?$)/;

/** The outcome a text states as a whole sentence or line ("The motion was agreed.", "Agreed unanimously."), or null. */
function firstDecided(text: string): { word: string; unanimous: boolean } | null {
  for (const e of outcomeEvents(text, true)) return e.kind === 'decided' && (e.subject === undefined || MOTION_SUBJECT.test(e.subject)) ? { word: e.word, unanimous: e.unanimous } : null;
  return null;
}
const MOTION_SUBJECT = new RegExp(`^(?:(?:the|this)\\s+)?${alternation(MOTION_NOUNS)}$`, 'i');

/**
 * Reads the motions of a whole document and puts each in the item where it
 * starts. One reader runs through every item so that a motion whose outcome
 * line was taken for the next heading ("CARRIED" standing alone between blank
 * lines) still gets it; a numbered item starts afresh. An amendment whose
 * motion is in another item keeps `amends` null.
 */
