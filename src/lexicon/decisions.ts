// The decision vocabulary of minutes: the verbs that record a meeting's
// decision, the verbs and labels that move and second a motion, the words
// that give its outcome, the bodies that decide and the headings printed
// above a decision. One list per class; the resolution and motion rules build
// their patterns from these (src/lexicon/build.ts).
import { extendable } from './extend.js';

/** Verbs that record the meeting's own decision, in the past tense: "RESOLVED that", "AGREED:", "ORDERED that". */
export const DECIDING_VERBS: readonly string[] = extendable('DECIDING_VERBS', ['RESOLVED', 'AGREED', 'ORDERED', 'DECIDED']);

/**
 * The deciding verbs that open a decision in capitals with nothing after them ("The Committee RESOLVED" over its
 * clauses). The others do so only before a colon, a dash or "that": "APPEALS DECIDED" is a heading, "DECIDED:" a lead-in.
 */
export const BARE_DECIDING_VERBS: readonly string[] = extendable('BARE_DECIDING_VERBS', ['RESOLVED', 'AGREED', 'ORDERED']);

/** Adverbs written between a subject and its deciding verb or after it: "It was unanimously RESOLVED", "RESOLVED unanimously". */
export const DECIDING_ADVERBS: readonly string[] = extendable('DECIDING_ADVERBS', ['unanimously', 'therefore', 'then', 'further', 'also', 'accordingly', 'duly']);

/**
 * How the meeting decided, written after its deciding verb: "RESOLVED unanimously", "agreed by consensus",
 * "resolved by a majority", "agreed nem con". A count ("by 6 votes to 2", "5 to 2") is read by the rules.
 */
export const DECISION_MANNERS: readonly string[] = extendable('DECISION_MANNERS', [
  'unanimously', 'by consensus', 'by general consensus', 'by a majority', 'by majority', 'by a majority vote', 'by majority vote',
  'by a clear majority', 'nem con', 'nem. con.', 'by all', 'by all members', 'by all councillors', 'by all present', 'without dissent',
  'on a show of hands', 'following a vote', 'on a vote',
]);

/** What is put to the vote and carried or lost: "The motion was carried", "the proposal was declared carried", "the amendment fell". */
export const MOTION_NOUNS: readonly string[] = extendable('MOTION_NOUNS', ['motion', 'amendment', 'recommendation', 'proposal', 'proposition']);

/** Verbs that put a motion: "moved by", "proposed by", "Cr A moved". */
export const MOVING_VERBS: readonly string[] = extendable('MOVING_VERBS', ['moved', 'proposed']);

/** Verbs that second it: "seconded by". */
export const SECONDING_VERBS: readonly string[] = extendable('SECONDING_VERBS', ['seconded']);

/** Labels before the mover's name, full and abbreviated: "Moved:", "Proposer:", "Prop. Cllr A" (patterns add an optional "by"). */
export const MOVER_LABELS: readonly string[] = extendable('MOVER_LABELS', ['Moved', 'Mover', 'Proposed', 'Proposer', 'Prop.']);

/** Labels before the seconder's name: "Seconded:", "Seconder:", "Sec. Cllr B". */
export const SECONDER_LABELS: readonly string[] = extendable('SECONDER_LABELS', ['Seconded', 'Seconder', 'Sec.']);

/** Verbs by which a meeting takes up a motion put to it as its decision: "resolved:- to adopt the motion", "to support the amendment". */
export const MOTION_ADOPTING_VERBS: readonly string[] = extendable('MOTION_ADOPTING_VERBS', ['adopt', 'accept', 'approve', 'agree to', 'support']);

/** Labels before a motion's outcome on its own line: "Vote: Carried", "Result: Lost", "Outcome: CARRIED UNANIMOUSLY". */
export const OUTCOME_LABELS: readonly string[] = extendable('OUTCOME_LABELS', ['Vote', 'Voting', 'Result', 'Outcome', 'Disposition']);

/** Outcome words for a motion that passed: "CARRIED", "Motion agreed", "ADOPTED". */
export const CARRIED_WORDS: readonly string[] = extendable('CARRIED_WORDS', ['carried', 'agreed', 'passed', 'adopted']);

/** Outcome words for a motion that did not pass. */
export const LOST_WORDS: readonly string[] = extendable('LOST_WORDS', ['lost', 'defeated', 'fell', 'failed']);

/** Outcome words for a motion taken back by its mover. */
export const WITHDRAWN_WORDS: readonly string[] = extendable('WITHDRAWN_WORDS', ['withdrawn']);

/** A show of hands that records the decision without an outcome word: "All in favour", "all members in favour". */
export const ALL_IN_FAVOUR: readonly string[] = extendable('ALL_IN_FAVOUR', ['all in favour', 'all members in favour', 'all councillors in favour', 'all were in favour', 'all agreed', 'all in agreement']);

/**
 * Collective subjects that decide for the meeting: "The Committee agreed that …", "Assembly agreed:",
 * "Councillors resolved to …". People ("Councillor Ames agreed to …") are not among them: a person who
 * agrees to do something takes an action, the meeting that agrees decides.
 */
export const DECIDING_BODIES: readonly string[] = extendable('DECIDING_BODIES', [
  'Assembly',
  'Authority',
  'Board',
  'Cabinet',
  'Commission',
  'Committee',
  'Council',
  'Councillors',
  'Executive',
  'Forum',
  'Meeting',
  'Members',
  'Panel',
  'Sub-Committee',
  'Subcommittee',
  'Working Group',
]);

/**
 * Deciding bodies that are people counted together: "Members agreed to meet on site" records what they will
 * each do (an action) as often as a decision, so only the other bodies decide by "agreed to …".
 */
export const MEMBER_GROUPS: readonly string[] = extendable('MEMBER_GROUPS', ['Members', 'Councillors']);

/** Verbs by which a body decides on a thing it names: "The Committee approved the repair of …", "Council endorsed the plan". */
export const BODY_APPROVING_VERBS: readonly string[] = extendable('BODY_APPROVING_VERBS', ['approved', 'endorsed', 'adopted']);

/** Headings printed above a decision's clauses: "Decision:", "Delegated decision:", "Decision of the Panel". */
export const DECISION_LABELS: readonly string[] = extendable('DECISION_LABELS', ['decision', 'decisions', 'decision details', 'delegated decision', 'committee decision', 'council decision', 'officer decision', 'resolution']);

/**
 * Modals that make "be + participle" narrative or intention ("would be circulated") rather than the
 * subjunctive of a decision ("the minutes be approved"); the infinitive "to be agreed" likewise (the rule adds "to").
 */
export const MODALS_BEFORE_BE: readonly string[] = extendable('MODALS_BEFORE_BE', ['would', 'will', 'should', 'could', 'may', 'might', 'must', 'shall', 'can', 'cannot', "won't", "wouldn't"]);

/** Planning dispositions written as the decision itself: "REFUSED. Reasons for refusal: …", "APPROVED subject to conditions". */
export const PLANNING_DISPOSITIONS: readonly string[] = extendable('PLANNING_DISPOSITIONS', ['APPROVED', 'REFUSED', 'GRANTED', 'PERMITTED', 'DEFERRED', 'CONDITIONAL APPROVAL']);

/**
 * Verbs, in the base form, that open a clause of a decision written as "That Council: Receives the report;
 * Approves …" or "That the Board: accept the tender. authorise the Chief Executive …" (the rules also take the
 * third-person "-s"/"-es" form). A run of sentences each opening with one of them is a list of clauses.
 */
export const CLAUSE_OPENING_VERBS: readonly string[] = extendable('CLAUSE_OPENING_VERBS', [
  'accept', 'acknowledge', 'adopt', 'advertise', 'advocate', 'agree', 'allocate', 'amend', 'appoint', 'approve',
  'authorise', 'authorize', 'award', 'call', 'commend', 'confirm', 'congratulate', 'consider', 'decline', 'defer',
  'delegate', 'direct', 'endorse', 'establish', 'grant', 'include', 'initiate', 'instruct', 'invite', 'nominate',
  'note', 'proceed', 'reaffirm', 'receive', 'recommend', 'refer', 'refuse', 'reject', 'request', 'rescind', 'resolve',
  'seek', 'support', 'thank', 'undertake', 'write',
  // Budget, rating and property decisions: "Imposes a general rate …", "Sets the minimum payment …".
  'apply', 'declare', 'determine', 'dispose', 'execute', 'extend', 'fix', 'impose', 'increase', 'lease', 'levy',
  'purchase', 'reduce', 'release', 'retain', 'revoke', 'sell', 'set', 'submit', 'transfer', 'vary', 'waive',
  // Tasks a parish sets its Clerk or officers in the subjunctive: "It was AGREED that the Clerk obtain a further quotation".
  'arrange', 'circulate', 'contact', 'draft', 'investigate', 'liaise', 'obtain', 'organise', 'organize', 'prepare', 'provide', 'publish', 'send',
]);
