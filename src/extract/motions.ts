// Motions, amendments and votes, read block by block through the items as a
// small state machine: a mover/seconder phrase opens a motion, the text that
// follows is its wording, an outcome phrase closes it, and recorded vote
// counts or named votes attach to the motion being voted on.
//   "Moved: Cr X Seconded: Cr Y … The motion was Carried"
//   "Resolved (Cr A / Cr B) That …"        "MOTION … CARRIED UNANIMOUSLY"
//   "It was moved by Councillor X and seconded by Councillor Y that …"
//   "Mr X proposed, and Mr Y seconded the following amendment …"
//   "For: 7, Against: 3, Abstentions: 1"  "(7 for, 3 against, 1 abstention)"
//   "carried by 30 votes to 12 with 3 abstentions"  "For (14)" + names
import type { AgendaItem, Motion, MotionOutcome, NamedVote, Resolution, VoteCounts } from '../schema/document.js';
import { toBlocks, type Block } from '../segment/blocks.js';
import type { Segmentation } from '../segment/items.js';
import type { Token } from '../tokenize/classify.js';
import { MOTION_TABLE_ROW } from '../tokenize/patterns.js';
import { placeOf } from './types.js';
import { tableDisposition } from './util/disposition.js';
import { readName } from './util/person-names.js';
import { sentences, squashSpaces } from './util/text.js';
import { defineRule } from '../rules/define.js';
import { alternation, ALL_IN_FAVOUR } from '../lexicon/index.js';

// ── The rules that open a motion: each motion records the id of the one that opened it ──

export const motionLabelsRule = defineRule({
  id: 'motion-mover-seconder-labels',
  stage: 'motion',
  description: 'Mover and seconder labels: "Moved: Cr X Seconded: Cr Y", "Moved by: Cllr X" / "Seconded by: Cllr Y", "Prop. Cllr A, sec. Cllr B", after a resolution number or not.',
  examples: {
    valid: ['Moved: Cr Pania Tuhi Seconded: Cr Ross Elder\n\nThat the submission be endorsed.\n\nCARRIED', 'Moved by: Cllr Dana Whyte\n\nSeconded by: Cllr Ian Fell\n\nThat the grant be approved.'],
    invalid: ['Proposed Lease Agreement for the Pavilion'],
  },
});

export const motionResolvedBracketsRule = defineRule({
  id: 'motion-resolved-brackets',
  stage: 'motion',
  description: 'Mover and seconder in brackets after the lead-in: "Resolved (Cr A / Cr B) That …".',
  examples: { valid: ['Resolved (Cr Amberley / Cr Stroud) That the report be received.'], invalid: ['Resolved (unanimously) that the report be received.'] },
});

export const motionNumberedMoversRule = defineRule({
  id: 'motion-numbered-movers',
  stage: 'motion',
  description: 'A numbered resolution with mover and seconder by initial and surname: "R2024-118 K. Doyle, P. Marsh: That …".',
  examples: { valid: ['R2024-118 K. Doyle, P. Marsh: That the by-law be passed.'], invalid: ['R2024-118 was adopted at the last meeting.'] },
});

export const motionLabelRule = defineRule({
  id: 'motion-label',
  stage: 'motion',
  description: 'A "MOTION" / "AMENDMENT" / "Notice of Motion" label, alone or before "That …", opening a motion.',
  examples: { valid: ['MOTION\n\nThat the Council declares a climate emergency.\n\nCARRIED'], invalid: ['The motion on the climate emergency will be debated next month.'] },
});

export const motionMovedSentenceRule = defineRule({
  id: 'motion-moved-sentence',
  stage: 'motion',
  description:
    'A sentence that moves a motion: "It was moved by Councillor X and seconded by Councillor Y that …", "Mr X proposed, and Mr Y seconded …", "Councillor X moved that …", "The amendment was moved by …".',
  examples: {
    valid: ['It was moved by Councillor Ferris and seconded by Councillor Lowe that the report be received.', 'Councillor Ferris moved an amendment that the fee be reduced.'],
    invalid: ['The bus stop was moved by the operator last year.'],
  },
});

export const motionTableRule = defineRule({
  id: 'motion-table',
  stage: 'motion',
  description: 'A row of a motions table: number, "Mover / Seconder", the motion and its disposition (ADOPTED, LOST, REFERRED).',
  examples: { valid: ['1  Okoro / Lindahl  That the report be received.  ADOPTED'], invalid: ['1  That the report be received.'] },
});

export const motionBareOutcomeRule = defineRule({
  id: 'motion-bare-outcome',
  stage: 'motion',
  description: 'Wording with no mover followed by an outcome: "That the report be received." then "CARRIED".',
  examples: { valid: ['That the report be received.\n\nCARRIED'], invalid: ['The report was received.\n\nMembers thanked the officer.'] },
});

export const motionVoteTallyRule = defineRule({
  id: 'motion-vote-tally',
  stage: 'motion',
  description: 'A recorded vote with no motion open: "For: 7, Against: 3, Abstentions: 1", "The voting was as follows: For (14) …".',
  examples: { valid: ['The voting was as follows: For: 7, Against: 3, Abstentions: 1.'], invalid: ['Seven members attended the site visit.'] },
});

/** "Resolution 449/2024", "Resolution No. CO2024/14": the label of a decision the minutes number as a resolution. */
const RESOLUTION_NUMBER_LABEL = /^resolution\s+(?:no\.?\s*)?[A-Z]{0,4}\s?\d{1,4}[/-]\d{1,4}\b/i;
/** A show of hands recording the decision: "All in favour", "agreed by all members". */
const ALL_AGREED = new RegExp(`(?:^|\\s)(?:${alternation(ALL_IN_FAVOUR)}|(?:agreed|carried)\\s+by\\s+all(?:\\s+(?:members|councillors|present))?)\\b`, 'i');

// ── Phrasings that open a motion ───────────────────────────────────────────

/** "Moved: Cr X", "MOVED BY councillor x", "Moved Cr X", "Mover: Cr X". Group 1: "by" or punctuation after the label, group 2: the text after it. */
const MOVED_LABEL = /(?:^|[\s|])(?:moved|mover|proposed|proposer|prop\.)(\s+by\s*[:–—-]?|\s*[:–—-])?\s+(?=\S)(.*)$/i;
/** Without "by" or a colon the label must be followed by a titled name: "Moved Cr Smith", not "Proposed Lease Agreement". */
const TITLED = /^(?:councillors?|cllrs?|crs?|mayor|deputy\s+mayor|alderman|mr|mrs|ms|miss|dr)\b/i;
/** Ontario resolution lines: "R2018-206 J. Scott, L. Andersen: That …". Group 1 mover, 2 seconder, 3 wording. */
const NUMBERED_MOVERS = /^(?:resolution\s+(?:no\.?\s*)?)?[A-Z]{0,3}\d{2,4}[-/]\d{1,4}\s+((?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]{1,30}),\s+((?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]{1,30})\s*(?::\s*(.*)|$)/;
/** "Seconded: Cr Y", "SECONDED BY councillor y", "Seconder: Cr Y". Group 1: text after the label. */
const SECONDED_LABEL = /(?:^|[\s|/,;])(?:seconded|seconder|sec\.)(?:\s+by)?\s*[:–—-]?\s+(?=\S)(.*)$/i;
/** A label line that only opens a motion or amendment: "MOTION", "Motion:", "AMENDMENT", "Notice of Motion". */
const MOTION_LABEL = /^(?:notice\s+of\s+)?(motion|amendment|foreshadowed\s+motion)(?:\s+\d{1,3})?\s*[:.–—-]?\s*(.{0,100000})$/i;
/** "Resolved (Cr A / Cr B) That …": mover and seconder in brackets after a resolved lead-in. */
const RESOLVED_BRACKETS = /\b(?:resolved|carried|moved)\s*\(\s*([^/()]{2,80}?)\s*\/\s*([^/()]{2,80}?)\s*\)/i;
/** "It was moved by Councillor X and seconded by Councillor Y that …" (also "proposed … seconded"). */
const IT_WAS_MOVED = /\b(?:it\s+was\s+(?:duly\s+|then\s+|further\s+)?|(?:an?|the)\s+(?:following\s+)?(amendment|motion)\s+(?:was\s+)?(?:then\s+)?)(?:moved|proposed)\s+by\s+(.{2,120}?)(?:,?\s+and\s+|,\s+)(?:duly\s+)?seconded\s+by\s+(.{2,120}?)(?:,?\s+(?:as\s+an\s+amendment\s+)?(?:that|THAT)\b|,?\s+and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed)\b(?:\s+unanimously)?[\s:,–—-]*(?:that\b)?|\s*:|,|(?<!\b[A-Z])\.\s|\.?$)(.*)$/i;
/** "The amendment was moved by Councillor X." with no seconder given. */
const MOVED_BY_ONLY = /\b(?:it\s+was\s+|(?:an?|the)\s+(?:following\s+)?(amendment|motion)\s+(?:was\s+)?)(?:moved|proposed)\s+by\s+(.{2,120}?)(?:,?\s+(?:that|THAT)\b|\s*:|,|\.\s|\.?$)(.*)$/i;
/** "Mr Gough proposed, and Mr Brady seconded (the motion | the following amendment …) that …". */
const PROPOSED_AND_SECONDED = /^(.{2,80}?)\s+(?:proposed|moved),?\s+and\s+(.{2,80}?)\s+seconded,?\s*(?:(?:the\s+(?:following\s+)?)(amendment|motion)\b[^:]{0,160}?(?::|\s(?=that\b)))?\s*(?:that\b)?\s*(.*)$/i;
/** "Councillor X moved that …", "Cr X moved an amendment that …", "Mr X moved the following motion:". Group 1 who, 2 what, 3 wording. */
const NAME_MOVED = /^(.{2,80}?)\s+(?:then\s+)?(?:moved|proposed)\s+(?:(an?\s+amendment|a\s+motion|the\s+(?:following\s+)?(?:motion|amendment)|as\s+an\s+amendment)\b[^:]{0,120}?(?::|\s(?=that\b)|$))?\s*(?:(?:that|THAT)\b)\s*(.*)$|^(.{2,80}?)\s+(?:then\s+)?(?:moved|proposed)\s+(an?\s+amendment|a\s+motion|the\s+(?:following\s+)?(?:motion|amendment))\b[^:]{0,120}?:\s*(.*)$/;
/** "The motion was seconded by Councillor Y", "Councillor Y seconded the amendment". */
const SECONDED_BY = /^(?:the\s+(?:motion|amendment|proposal)\s+)?was\s+(?:duly\s+)?seconded\s+by\s+(.{2,80})$|\bwas\s+(?:duly\s+)?seconded\s+by\s+(.{2,80})$/i;
const NAME_SECONDED = /^(.{2,80}?)\s+seconded\s+the\s+(?:motion|amendment|proposal)\b/i;
/** Preambles and operative paragraphs of a long resolution: "AND WHEREAS …", "NOW THEREFORE BE IT RESOLVED THAT …". */
const RECITAL = /^(?:and\s+|now\s+)?(?:whereas|therefore|be\s+it\s+(?:further\s+)?resolved|further\s+(?:be\s+)?it\s+(?:be\s+)?resolved)\b/i;
/** Said of a motion: "moved as an amendment", "the following amendment". */
const AMENDMENT_WORD = /\bamendment\b/i;

// ── Outcomes ────────────────────────────────────────────────────────────────

/** A block that is only an outcome: "CARRIED", "Carried unanimously.", "Amendment lost.", "LOST", "Withdrawn". */
const OUTCOME_LINE = /^(?:the\s+)?(?:(substantive|original|amended)\s+)?(motion|amendment|recommendation|resolution)?\s*(?:was\s+)?(?:declared\s+)?(carried|lost|defeated|withdrawn|fell|failed|agreed)(\s+unanimously|\s+by\s+assent)?\b\s*(.{0,120})$/i;
/** An outcome sentence with a subject: "The motion was carried", "On being put to the vote the motion was LOST". */
const OUTCOME_SENTENCE = /\b(?:the\s+)?(?:(substantive|original|amended)\s+)?(motion|amendment|recommendation)\b(?:,?\s+(?:on\s+being|having\s+been|being|when)\s+put(?:\s+to\s+(?:the\s+)?(?:vote|meeting))?,?)?\s+(?:was\s+|is\s+)?(?:then\s+|duly\s+|subsequently\s+|therefore\s+)?(?:put\s+to\s+(?:the\s+)?(?:vote|meeting)\s+and\s+(?:was\s+)?)?(?:declared\s+)?(unanimously\s+)?(carried|lost|defeated|withdrawn|fell|failed|agreed)(?!\s+out)\b(\s+unanimously)?/i;
/** "X withdrew the amendment / motion", "with the consent of the seconder, withdrew the motion". */
const WITHDREW = /\bwithdrew\s+(?:(?:his|her|their|the)\s+)?(amendment|motion)\b/i;
/** "The Chairman put the amendment … to the vote and it was agreed / lost". Group 1 subject, group 2 result. */
const PUT_TO_VOTE = /\bput\s+the\s+(?:(?:substantive|original|amended)\s+)?(motion|amendment|recommendation)\b.{0,160}?\bto\s+the\s+vote\b(?:.{0,40}?\b(?:it|which)\s+was\s+(carried|agreed|lost|defeated)\b(\s+unanimously)?)?/i;
/** "On being put to the vote, this was carried", "When put to the vote it was lost". Groups: unanimously, outcome, unanimously. */
const PUT_THIS_CARRIED = /\b(?:on\s+being\s+put(?:\s+to\s+(?:the\s+)?(?:vote|meeting))?|(?:when|having\s+been)\s+put\s+to\s+(?:the\s+)?(?:vote|meeting))\s*,?\s+(?:this|it)\s+was\s+(?:then\s+)?(unanimously\s+)?(carried|lost|defeated)\b(\s+unanimously)?/i;
/** Not a phrasing: a word every outcome pattern above needs. */
const OUTCOME_HINT = /carried|lost|defeated|withdr|fell|failed|agreed|\bput\b/i;
/** "… which was carried by 30 votes to 12 with 3 abstentions". */
const VOTES_TO = /\b(carried|lost|defeated|agreed)?\s*by\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:,?\s+(?:with\s+)?(\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+abstentions?)?/i;

// ── Vote counts ─────────────────────────────────────────────────────────────

const WORD_NUMBERS: Record<string, number> = { no: 0, none: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const num = (s: string | undefined): number | null => (s === undefined ? null : /^\d+$/.test(s) ? parseInt(s, 10) : (WORD_NUMBERS[s.toLowerCase()] ?? null));

/** "(7 for, 3 against, 1 abstention)", "(For 7, Against 3, Abstentions 1)". */
const PAREN_COUNTS = /\(\s*(?:(\d{1,3})\s+(?:for|in\s+favour)|(?:for|in\s+favour)\s*:?\s*(\d{1,3}))\s*,?\s*(?:(\d{1,3})\s+against|against\s*:?\s*(\d{1,3}))(?:\s*,?\s*(?:and\s+)?(?:(\d{1,3}|no|one|two|three)\s+abstentions?|abstentions?\s*:?\s*(\d{1,3})))?\s*\)/i;
// The vote labels: which way a label records.
const FOR_LABEL = '(?:for|in\\s+favour|ayes?|yes)';
const AGAINST_LABEL = '(?:against|opposed|noes?)';
const ABSTAIN_LABEL = '(?:abstentions?|abstain(?:ed|ing)?|abstaining)';
/** One labelled tally in running text: "For: 7", "In Favour - 4", "Against (45)", "Abstentions: 1". */
const LABELLED_COUNT = new RegExp(`\\b(${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})\\s*(?::\\s*|[-–]\\s*|\\(\\s*)(\\d{1,3})\\b\\)?`, 'gi');
/** A vote label opening a block: "For (14)", "Against:", "For: Councillors A, B; Against: C". Group 1 label, 2 count, 3 rest. */
const VOTE_LABEL_START = new RegExp(`^(${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})\\s*(?:\\((\\d{1,3})\\)|:\\s*(\\d{1,3})\\b|:|[-–])\\s*(.{0,100000})$`, 'i');
/** Sentences that introduce a tally: "the voting was as follows:", "Having been put to the vote the Committee voted:". */
const VOTING_LEAD = /\b(?:voting\s+was\s+as\s+follows|voted\s+as\s+follows|(?:the\s+)?(?:committee|council|panel|board|members)\s+voted\s*:|recorded\s+vote|division\s+was\s+(?:called|taken))/i;

type Way = NamedVote['vote'];

function wayOf(label: string): Way {
  const l = label.toLowerCase();
  if (/^abst/.test(l)) return 'abstain';
  if (/^(?:against|opposed|no)/.test(l)) return 'against';
  return 'for';
}

/**
 * Not a phrasing: a superset of the words (and digits) that every rule of the block reader
 * needs, so that a block without any of them is passed over (MotionReader.readBlock).
 */
const MOTION_EVENT_HINT =
  /mov(?:ed|er)|propos|second|\bprop\.|\bsec\.|in\s+favour|carried|lost|defeated|withdr|fell|failed|agreed|vot|motion|amendment|resolved|division|^\s*(?:resolution\s+(?:no\.?\s*)?)?[A-Z]{0,3}\d{2,4}[-/]\d|\d\s+(?:for|against|abst)|(?:for|against|abst\w*|favour)\s*[:(–-]?\s*\d{1,3}\b/i;
/** Free-standing wording a later bare outcome may take: "That the report be received." */
const START_OF_WORDING = /^\s*that\b/i;
/** A vote label opening the block (VOTE_LABEL_START without its tail). */
const VOTE_LABEL_HINT = new RegExp(`^\\s*(?:${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})`, 'i');

// ── The state machine ───────────────────────────────────────────────────────

/** The shape of a list marker: "5)" and "6)" share one, "(1)" and "a." do not. */
const markerShape = (marker: string | undefined): string => (marker ?? '').replace(/\d+/g, '9').replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A');

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

function newMotion(block: Block, amendment: boolean, rule: string): Motion {
  return { text: '', mover: null, seconder: null, outcome: 'unknown', amendment, amends: null, votes: null, namedVotes: [], ...placeOf(block), rule };
}

function outcomeOf(word: string, unanimous: boolean): MotionOutcome {
  const w = word.toLowerCase();
  if (w === 'withdrawn') return 'withdrawn';
  if (w === 'lost' || w === 'defeated' || w === 'fell' || w === 'failed') return 'lost';
  return unanimous ? 'carried unanimously' : 'carried';
}

const appendText = (m: Motion, text: string): void => {
  const t = text.replace(/\s+/g, ' ').replace(/^[\s:;,–—-]+/, '').trim();
  if (!t) return;
  m.text = m.text ? `${m.text} ${t}` : t;
};

class MotionReader {
  readonly motions: Motion[] = [];
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
  private lastWording: { block: Block; text: string } | null = null;
  /** The motion the block before this one closed ("CARRIED"): a tally right after it ("Opposed: Councillor Wong") is its vote. */
  private closedBefore: Motion | null = null;
  private closedNow: Motion | null = null;
  /** The line of a "Resolution 449/2024" label just read: the motion it opens is a decision. */
  private resolutionLabel: number | null = null;
  /** Motions under a resolution number: carried unless the minutes record another outcome. */
  private readonly labelled = new Set<Motion>();

  /** Ends the reading: a motion numbered as a resolution with no outcome recorded was carried. */
  finish(): void {
    for (const m of this.labelled) if (m.outcome === 'unknown') m.outcome = 'carried';
  }

  private start(block: Block, amendment: boolean, rule: string): Motion {
    // A bare "MOTION" label already opened one without a mover: fill it instead.
    if (this.open && this.open.motion.mover === null && this.open.motion.text === '' && this.open.motion.outcome === 'unknown') {
      this.open.motion.amendment = this.open.motion.amendment || amendment;
      if (this.open.motion.amendment) this.open.motion.amends = this.amendsIndex(this.motions.indexOf(this.open.motion));
      this.open.collecting = true;
      return this.open.motion;
    }
    const m = newMotion(block, amendment, rule);
    if (this.resolutionLabel !== null) this.labelled.add(m);
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

  private close(m: Motion, outcome: MotionOutcome, block: Block): void {
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
    const parts = text.split(/;\s*(?=(?:for|against|abstain|abstentions?|in\s+favour)\b)/i);
    let any = false;
    for (const part of parts) {
      const m = VOTE_LABEL_START.exec(part.trim());
      if (!m) return any;
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
      .replace(/^(?:councillors|crs|cllrs)\s+/i, '')
      .split(/\s*,\s*|\s+and\s+/)
      .map((s) => s.trim().replace(/[.;]$/, ''))
      .filter((s) => s.length > 1 && /[A-Za-z]/.test(s));
    const prefix = /^(councillors|crs|cllrs)\s+/i.exec(text)?.[1];
    const singular = prefix ? prefix.replace(/s$/i, '') : null;
    for (const n of names) m.namedVotes.push({ name: singular && !/^(?:cr|cllr|councillor|mr|mrs|ms|dr|miss)\b/i.test(n) ? `${singular} ${n}` : n, vote: way });
    // Counts follow the names when the minutes give names only.
    const c = m.namedVotes.filter((v) => v.vote === way).length;
    const v = m.votes ?? { for: null, against: null, abstentions: null };
    const key = way === 'for' ? 'for' : way === 'against' ? 'against' : 'abstentions';
    if (v[key] === null) this.setCounts(m, { [key]: c }, block);
    else m.end = Math.max(m.end ?? m.line, block.end);
  }

  /** Counts written in a sentence or a line: labelled, bracketed or "by 30 votes to 12". */
  private countsIn(text: string): Partial<VoteCounts> | null {
    const p = PAREN_COUNTS.exec(text);
    if (p) return { for: num(p[1] ?? p[2]), against: num(p[3] ?? p[4]), abstentions: num(p[5] ?? p[6]) };
    const v = VOTES_TO.exec(text);
    if (v) return { for: num(v[2]), against: num(v[3]), abstentions: num(v[4]) };
    const out: Partial<VoteCounts> = {};
    let found = false;
    LABELLED_COUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABELLED_COUNT.exec(text)) !== null) {
      const way = wayOf(m[1]);
      const n = num(m[2]);
      if (way === 'for') out.for = n;
      else if (way === 'against') out.against = n;
      else out.abstentions = n;
      found = true;
    }
    return found ? out : null;
  }

  /** Opens a motion from a sentence, returning the wording that follows the names. */
  private openFromSentence(s: string, block: Block): string | null {
    let m = IT_WAS_MOVED.exec(s);
    if (m) {
      const mo = this.start(block, Boolean(m[1] && AMENDMENT_WORD.test(m[1])) || /\bas\s+an\s+amendment\b/i.test(s), motionMovedSentenceRule.id);
      mo.mover = cleanName(m[2]);
      mo.seconder = cleanName(m[3]);
      return m[4] ?? '';
    }
    m = PROPOSED_AND_SECONDED.exec(s);
    if (m && cleanName(m[1]) && cleanName(m[2])) {
      const mo = this.start(block, Boolean(m[3] && AMENDMENT_WORD.test(m[3])), motionMovedSentenceRule.id);
      mo.mover = cleanName(m[1]);
      mo.seconder = cleanName(m[2]);
      return m[4] ?? '';
    }
    m = NAME_MOVED.exec(s);
    if (m) {
      const who = m[1] ?? m[4];
      const what = m[2] ?? m[5];
      const n = readName(who);
      if (n && !n.rest.trim()) {
        const mo = this.start(block, Boolean(what && AMENDMENT_WORD.test(what)), motionMovedSentenceRule.id);
        mo.mover = n.name.replace(/[.,;:]+$/, '');
        return m[3] ?? m[6] ?? '';
      }
    }
    m = MOVED_BY_ONLY.exec(s);
    // "The amendment was moved by X" names what it moves; "It was moved by X that …" must give its wording.
    if (m && (m[1] || /^,?\s+that\b/i.test(m[0].slice(m[0].indexOf(m[2]) + m[2].length))) && cleanName(m[2])) {
      const mo = this.start(block, Boolean(m[1] && AMENDMENT_WORD.test(m[1])), motionMovedSentenceRule.id);
      mo.mover = cleanName(m[2]);
      return m[3] ?? '';
    }
    return null;
  }

  /** "Moved: Cr X Seconded: Cr Y wording…" in any arrangement on one line. */
  private openFromLabels(text: string, block: Block): string | null {
    const mv = MOVED_LABEL.exec(text);
    const sc = SECONDED_LABEL.exec(text);
    if (!mv && !sc) return null;
    if (mv) {
      const before = text.slice(0, mv.index);
      // "Moved" must open the line or follow a resolution number ("Resolution 449/2019 Moved: …").
      if (before.trim() && !/^(?:resolution|motion|amendment|recommendation|item)?\s*[\w/.-]{0,20}\s*$/i.test(before.trim())) return null;
      const name = readName(mv[2]);
      if (!name || (!mv[1] && !TITLED.test(name.name))) return null;
      const mo = this.start(block, AMENDMENT_WORD.test(before), motionLabelsRule.id);
      mo.mover = name.name.replace(/[.,;:]+$/, '');
      let rest = name.rest;
      const sc2 = SECONDED_LABEL.exec(` ${rest}`);
      if (sc2 && /^\s*[/,|]?\s*(?:seconded|seconder)/i.test(rest)) {
        const sn = readName(sc2[1]);
        if (sn) {
          mo.seconder = sn.name.replace(/[.,;:]+$/, '');
          rest = sn.rest;
        }
      }
      return rest;
    }
    // "Seconded: Cr Y" on its own line after "Moved: Cr X".
    if (sc && !text.slice(0, sc.index).trim() && (/^\s*(?:seconded|seconder)(?:\s+by|\s*[:–—-])/i.test(text) || TITLED.test(sc[1]))) {
      const sn = readName(sc[1]);
      const o = this.open?.motion;
      if (sn && o && o.seconder === null && o.outcome === 'unknown') {
        o.seconder = sn.name.replace(/[.,;:]+$/, '');
        o.end = Math.max(o.end ?? o.line, block.end);
        return sn.rest;
      }
    }
    return null;
  }

  /** "The motion was seconded by Councillor Y" / "Councillor Y seconded the motion": the open motion's seconder. */
  private seconderSentence(text: string, block: Block): boolean {
    const o = this.open?.motion;
    if (!o || o.seconder !== null || o.outcome !== 'unknown') return false;
    const a = SECONDED_BY.exec(text.replace(/[.]$/, ''));
    const b = a ? null : NAME_SECONDED.exec(text);
    const n = a ? readName(a[1] ?? a[2]) : b ? readName(b[1]) : null;
    if (!n || (b && n.rest.trim())) return false;
    o.seconder = n.name.replace(/[.,;:]+$/, '');
    o.end = Math.max(o.end ?? o.line, block.end);
    return true;
  }

  /** "All in favour", "agreed by all members": the open motion was carried. Never opens one. */
  private allAgreed(text: string, block: Block): boolean {
    if (!ALL_AGREED.test(text)) return false;
    const m = this.target(undefined);
    if (!m) return false;
    this.close(m, 'carried', block);
    return true;
  }

  /** Handles an outcome phrase; true when it was one. */
  private outcome(text: string, block: Block, whole: boolean): boolean {
    if (!OUTCOME_HINT.test(text)) return false;
    const line = whole ? OUTCOME_LINE.exec(text.replace(/[.!]+$/, '').trim()) : null;
    if (line && (!line[5] || /^\(|^with\b|^by\b|^on\b/i.test(line[5]))) {
      const word = line[3];
      const subject = line[2];
      // "Agreed" alone closes a motion that is open; it never opens one.
      const t = this.target(subject);
      if (/^agreed$/i.test(word) && !t) return false;
      const m = t ?? this.bareOutcomeMotion(block);
      if (!m) return false;
      const counts = line[5] ? this.countsIn(line[5]) : null;
      if (counts) this.setCounts(m, counts, block);
      this.close(m, outcomeOf(word, Boolean(line[4] && /unanim/i.test(line[4]))), block);
      return true;
    }
    const s = OUTCOME_SENTENCE.exec(text);
    if (s) {
      const t = this.target(s[2]);
      if (!t && /^agreed$/i.test(s[4])) return false;
      const m = t ?? this.bareOutcomeMotion(block);
      if (!m) return false;
      const counts = this.countsIn(text);
      if (counts) this.setCounts(m, counts, block);
      this.close(m, outcomeOf(s[4], Boolean(s[3] || s[5])), block);
      return true;
    }
    // "On being put to the vote, this was carried.": the motion open before it.
    const put = PUT_THIS_CARRIED.exec(text);
    if (put) {
      const m = this.target(undefined);
      if (m) {
        this.close(m, outcomeOf(put[2], Boolean(put[1] || put[3])), block);
        return true;
      }
    }
    const w = WITHDREW.exec(text);
    if (w) {
      const m = this.target(w[1]);
      if (m) {
        this.close(m, 'withdrawn', block);
        return true;
      }
    }
    const p = PUT_TO_VOTE.exec(text);
    if (p) {
      const m = this.target(p[1]);
      if (m) {
        if (p[2]) this.close(m, outcomeOf(p[2], Boolean(p[3])), block);
        else {
          this.voteTarget = this.motions.indexOf(m);
          if (this.open) this.open.collecting = false;
        }
        return true;
      }
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
        if (block.kind === 'resolved') this.settle(RESOLVED_BRACKETS.test(block.fullText));
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
        const free = block.kind === 'resolved' ? block.text : /^that\b/i.test(text) ? text : null;
        this.lastWording = free ? { block, text: free.replace(/^that\s+/i, '') } : null;
      } else if (this.motions.length !== before) this.lastWording = null;
    }
  }

  /**
   * A row of a motions table is one whole motion: number, "Mover / Seconder", wording and disposition
   * ("ADOPTED", "LOST", "AUTOMATIC REFERRAL TO …"). Nothing carries over to the next row.
   */
  private readTableRow(block: Block): boolean {
    const row = MOTION_TABLE_ROW.exec(block.fullText.split('\n')[0]);
    if (!row) return false;
    const m = newMotion(block, false, motionTableRule.id);
    const [mover, seconder] = row[2].split('/').map((n) => n.trim());
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
      const full = block.fullText.replace(/\s+/g, ' ').trim();
      if (RESOLVED_BRACKETS.test(full) || RECITAL.test(full) || NUMBERED_MOVERS.test(full)) return full;
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
    if (block.kind === 'resolved' || !this.quietFor(block.text)) return false;
    if (START_OF_WORDING.test(block.text)) {
      const text = squashSpaces(block.text);
      this.lastWording = { block, text: text.replace(/^that\s+/i, '') };
    } else if (/\S/.test(block.text)) this.lastWording = null;
    return true;
  }

  /** Nothing pending or collecting, and none of the words or digits the block reader's rules need. */
  private quietFor(text: string): boolean {
    return !this.pendingLabel && !this.open?.collecting && !MOTION_EVENT_HINT.test(text) && !VOTE_LABEL_HINT.test(text);
  }

  private readBlock(block: Block, text: string): void {
    if (block.kind === 'resolved') {
      this.settle(RESOLVED_BRACKETS.test(text));
      // A RESOLVED clause with none of the words below ("that the report be noted") only settles the vote before it.
      if (this.quietFor(text)) return;
    }
    // Names under a vote label: "For (14)" then "Mr A, Mr B, …".
    if (this.pendingLabel) {
      const way = this.pendingLabel;
      this.pendingLabel = null;
      if (!VOTE_LABEL_START.test(text) && !/^(?:the|a|an|it|this|there)\s/i.test(text) && /^(?:(?:Councillors?|Crs?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b|[A-Z][a-z]+\s+[A-Z])/.test(text) && text.length < 3000) {
        this.addNames(this.tallyTarget(block), way, text, block);
        return;
      }
    }
    // "Resolved (Cr A / Cr B) That …".
    const br = RESOLVED_BRACKETS.exec(text);
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
    // A bare "MOTION" / "AMENDMENT" label.
    const label = MOTION_LABEL.exec(text);
    if (label && (label[2] === '' || /^that\b/i.test(label[2]))) {
      const m = this.start(block, /amendment/i.test(label[1]), motionLabelRule.id);
      appendText(m, label[2]);
      return;
    }
    if (VOTE_LABEL_START.test(text) && this.tryNamedList(block, text)) return;
    // Mover and seconder labels.
    const afterLabels = this.openFromLabels(text, block);
    if (afterLabels !== null) {
      this.afterOpening(afterLabels, block);
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
      flush();
      const rest = this.openFromSentence(s.text, block);
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
      // "… passed this 4th day of December. Carried.": a short sentence that is only an outcome.
      if (this.outcome(s.text, block, s.text.length <= 40)) {
        handled = true;
        continue;
      }
      const counts = this.countsIn(s.text);
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
    return (
      /\b(?:moved|proposed|seconded|carried|lost|defeated|withdrawn|withdrew|fell|failed|agreed|vot(?:e|ed|es|ing)|in\s+favour)\b/i.test(text) ||
      /\b(?:for|against|abstentions?|abstain(?:ed)?|in\s+favour)\s*[:(–-]?\s*\d|\d{1,3}\s+(?:for|against|abstentions?)\b/i.test(text)
    );
  }

  private afterOpening(rest: string, block: Block): void {
    const o = this.open;
    if (!o) return;
    // Table residue: wording stops at a cell separator ("Council adjourn for Open Forum. |").
    const r = rest.replace(/^[\s|:;,–—-]+/, '').split(/\s\|(?:\s|$)/)[0].trim();
    // An outcome in the same line: "Moved: Cr A Seconded: Cr B That … CARRIED".
    const tail = /\s((?:carried|lost|defeated|withdrawn)(?:\s+unanimously)?)\.?$/i.exec(r);
    appendText(o.motion, tail ? r.slice(0, tail.index) : r);
    // Wording given in full on the line ends there; a lead-in ("… that", "…:") continues below.
    o.collecting = r === '' || /(?::|\bthat|[“"‘][^”"’]*)$/i.test(r);
    o.motion.end = Math.max(o.motion.end ?? o.motion.line, block.end);
    if (tail) this.close(o.motion, outcomeOf(tail[1].split(/\s+/)[0], /unanimously/i.test(tail[1])), block);
  }

  /** Ordinary text while a motion is open: its wording, if it reads as wording. */
  private wording(block: Block, text: string): void {
    const o = this.open;
    if (!o || !o.collecting) return;
    const m = o.motion;
    const startsWording = /^(?:that\b|["“‘']|\(?[a-z0-9]{1,3}[.)]\s)/i.test(text) || block.kind === 'resolved';
    // Preambles and operative paragraphs of a long resolution: "AND WHEREAS …", "NOW THEREFORE BE IT RESOLVED …".
    const recital = RECITAL.test(text);
    const quoteOpen = (m.text.match(/[“"]/g)?.length ?? 0) > (m.text.match(/[”"]/g)?.length ?? 0) * (m.text.includes('"') ? 2 : 1);
    const deeper = block.column > o.column;
    // Clauses of the wording: a list after "That Council:", deeper or marked unlike the paragraph that opened the motion.
    const clause = block.kind === 'bullet' && (deeper || markerShape(block.marker) !== markerShape(o.marker)) && (/:$/.test(m.text) || o.inList === true);
    // A running footer at the right margin ("July 11, 2023 – Minutes – Page 2") interrupts nothing.
    if (m.text !== '' && block.column > 40 && text.length < 80) return;
    // A page or line break in mid-sentence: the wording so far has not ended.
    const midSentence = m.text !== '' && !/[.;:!?"”’)]$/.test(m.text);
    if (m.text === '' ? startsWording || block.kind === 'paragraph' : quoteOpen || clause || recital || midSentence || (deeper && block.kind !== 'paragraph')) {
      if (clause) o.inList = true;
      appendText(m, text);
      m.end = Math.max(m.end ?? m.line, block.end);
        return;
    }
    o.collecting = false;
  }
}

/**
 * Reads the motions of a whole document and puts each in the item where it
 * starts. One reader runs through every item so that a motion whose outcome
 * line was taken for the next heading ("CARRIED" standing alone between blank
 * lines) still gets it; a numbered item starts afresh. An amendment whose
 * motion is in another item keeps `amends` null.
 */
// Words at least one line of any motion carries: mover, seconder, outcome or vote.
const MOTION_WORDS = /\b(?:mov(?:ed|er|ing)|second(?:ed|er)|carried|lost|motion|amendment|withdrawn|defeated|proposed|votes?|voting|for:|against|abstain|abstention|unanimous|resolved\s*\()/i;

export function attachMotions(seg: Segmentation, tokens: readonly Token[], items: AgendaItem[]): void {
  // Minutes that never move, second, carry or vote on anything hold no motions: skip the reader.
  if (!tokens.some((t) => t.rule === 'numbered-motion' || t.rule === 'motion-table-row' || MOTION_WORDS.test(t.line.text))) return;
  const reader = new MotionReader();
  const owner: number[] = [];
  seg.items.forEach((segItem, k) => {
    if (segItem.number !== null && k > 0) reader.reset();
    const title = MOTION_LABEL.exec(segItem.title);
    const body = toBlocks(segItem.body);
    if (title && title[2] === '') reader.openFromTitle(/amendment/i.test(title[1]), body[0]);
    else if (segItem.number === null && tokens[segItem.titleIndex] && !segItem.body.some((t) => t.line.line === tokens[segItem.titleIndex].line.line)) {
      // An unnumbered heading may be a line of the proceedings ("CARRIED UNANIMOUSLY").
      const t = tokens[segItem.titleIndex];
      reader.read(toBlocks([{ ...t, kind: 'text', text: t.line.text }]));
    }
    reader.read(body);
    while (owner.length < reader.motions.length) owner.push(k);
  });
  reader.finish();
  const local = new Map<number, number>();
  reader.motions.forEach((m, g) => {
    const list = items[owner[g]].motions;
    local.set(g, list.length);
    list.push(m);
  });
  reader.motions.forEach((m, g) => {
    m.text = m.text.replace(/\s+/g, ' ').replace(/^that\s+/i, '').trim();
    if (m.amends !== null) m.amends = owner[m.amends] === owner[g] ? local.get(m.amends)! : null;
  });
  for (const item of items) linkResolutions(item.motions, item.resolutions);
}

/**
 * Links each resolution to the motion that produced it (Resolution.motion):
 * a resolution inside a motion's lines, or the first resolution after a
 * motion that was carried (or whose outcome is unrecorded), before the next motion.
 */
export function linkResolutions(motions: Motion[], resolutions: Resolution[]): void {
  if (motions.length === 0) return;
  const inside = (r: Resolution, m: Motion): boolean => r.line >= m.line && r.line <= (m.end ?? m.line);
  const linked = new Set<number>();
  for (const r of resolutions) {
    const k = motions.findIndex((m) => inside(r, m));
    if (k >= 0) {
      r.motion = k;
      linked.add(k);
      // "moved …, seconded … and RESOLVED that …": a motion that is itself resolved was carried.
      if (motions[k].outcome === 'unknown') motions[k].outcome = 'carried';
    }
  }
  for (const r of resolutions) {
    if (r.motion !== undefined) continue;
    // The latest motion that ended before this resolution, with no motion opening in between.
    let k = -1;
    for (let j = 0; j < motions.length; j++) if ((motions[j].end ?? motions[j].line) < r.line) k = j;
    if (k < 0) continue;
    // Prefer the substantive motion over the amendments voted on before it.
    let pick = k;
    while (pick >= 0 && motions[pick].amendment) pick--;
    if (pick < 0) pick = k;
    const m = motions[pick];
    if (m.outcome === 'lost' || m.outcome === 'withdrawn') continue;
    // Only the resolutions that directly follow: a linked motion keeps its first run of clauses.
    const prev = resolutions.filter((x) => x.line < r.line && x.line > (motions[k].end ?? motions[k].line));
    if (prev.some((x) => x.motion === undefined)) continue;
    if (linked.has(pick) && !prev.some((x) => x.motion === pick)) continue;
    r.motion = pick;
    linked.add(pick);
    if (m.outcome === 'unknown') m.outcome = 'carried';
    if (!m.text) m.text = r.text;
  }
}
