// Actions: follow-up tasks. Bullets under an action heading, rows of an action
// log, rows with an owner column, sentences recording a commitment ("would be
// circulated", "agreed to provide", "Clerk to write to …", "was asked to"),
// and resolution clauses that ask for future work, each with owner and due
// date when stated and the id of the rule that found it. The sentence rules
// live in actions/commitments.ts, built from src/lexicon/commitments.ts.
import type { Action, AgendaItem, Resolution } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { defineRule } from '../rules/define.js';
import { ACTION_COLUMN_HEADERS, ACTION_STATUSES, COMMITTING_VERBS, COUNCIL_AREA_NOUNS, DECIDING_BODIES, TASK_LABELS, DUE_COLUMN_HEADERS, FOLLOW_UP_PAPERS, OWNER_COLUMN_HEADERS, DEADLINE_UNITS, OPEN_DEADLINES, RELATIVE_DEADLINES, DELIVERY_VERBS, FUTURE_MODALS, INTENDING_VERBS, LETTER_WRITING_VERBS, MEETING_NOUNS, MONTHS, REPORTING_VERBS, REQUESTING_VERBS, OUTSIDE_BODIES, PASSED_ON_VERBS, ROLE_HEADS, EXECUTIVE_BODIES, RESOLUTION_ASKING_VERBS, SCHEDULED_EVENTS, STANCE_VERBS, WordDispatch, alternation, eitherCase } from '../lexicon/index.js';
import { placeOf, type ItemContext, type Place } from './types.js';
import { findDate } from './util/dates.js';
import { openerLength, withoutOpeners } from './util/openers.js';
import { sentences, sharedWordCount } from './util/text.js';
import { HONORIFIC_NAME_SOURCE, HONORIFIC_SOURCE, looksLikePersonName, looksLikeRole } from '../tokenize/names.js';
import { bodyDecision } from './resolutions.js';
import { AGENT_SOURCE, BARE_ROLE_SOURCE, COMMITMENT_RULES, INITIALS_OWNER_SOURCE, OWNER_SOURCE } from './actions/commitments.js';
import { commitmentStart, type CommitmentRule } from './actions/rule.js';

export { COMMITMENT_RULES } from './actions/commitments.js';

/** The commitment patterns, in rule order (for the regex-safety test). */
export const COMMITMENT_PATTERNS: readonly RegExp[] = COMMITMENT_RULES.map((r) => r.pattern);

// Not commitments whatever their verbs (a standing duty, "Members are required to …", only as the sentence's own
// clause: "… and decide if a digger is required to …" is a task's detail): a member's indirect question ("Cr A asked when the causeway would be
// repaired") unless an answer follows in the sentence, plans described in a report, hopes, agenda boilerplate and
// standing instructions ("Members are asked to declare", "To confirm that …"), a question put on notice as Irish
// minutes print it ("To ask the District Engineer when the lighting will be repaired"), the clerk's statutory
// duty quoted in Ontario minutes ("Clerk to record, without note or comment, …"), questions, and what a
// letter or report says ("The letter from the Minister stated that the department would write …").
const NOT_COMMITMENT = /\b(?:are|is)\s+(?:required|asked)\s+to\s+declare\b|^[^,;]{0,80}?\b(?:asked|queried|enquired|inquired|questioned)\s+(?:when|whether|how|if|why|what)\b(?![^;]{0,200}(?:;|\b(?:replied|responded|advised|confirmed|said|stated|explained|indicated|clarified|agreed|undertook)\b))|^[^.;]{0,60}?\b(?:are|is)\s+required\s+to\b|\bmust\s+(?:also\s+)?declare\b|^Under\s+Standing\s+Order\b|^To\s+(?:confirm|consider|receive|note|approve|agree)\b|^["“]?To\s+ask\b|\bit\s+was\s+hoped\b|\bwould\s+be\s+(?:considered|reviewed)\s+as\s+part\s+of\b|\bto\s+record,?\s+without\s+note\s+or\s+comment\b|\?\s*["'”’]?$|^(?:The|A|An|In\s+(?:the|a|an|his|her|their))\s+(?:\w+\s+)?(?:letter|report|email|e-mail|response|statement|correspondence|submission|briefing)\b[^.;]{0,120}?\b(?:stated|said|explained|confirmed|advised|indicated|set\s+out|noted)\b/i;

// What a report or plan "would" or "will" do is a plan described, unless it is to come to a later meeting.
const REPORT_PLAN = /\b(?:the report|the strategy|the plan|the policy|the programme|the scheme|the budget|the proposals?)\s+(?:would|will)\b(?!\s+(?:be\s+)?(?:considered|brought|presented|reported|submitted|come\s+back|return)\b)/i;

// A minute or log reference ("07.18.04", "Sept24.01", "17/06."), then a topic and a dash ("Road Sweeper - "), each optional.
// Or a short label and its colon, as Ontario minutes print a direction to staff: "Direction: Staff to circulate …".
export const ROW_PREFIX = new RegExp(String.raw`^(?:[A-Za-z]{0,5}\d{1,4}(?:[./]\d{1,4}){0,3}[.):]?\s+)?(?:[A-Z][\w ,'’/&()]{1,60}?\s[–—-]\s+(?=\S)|${alternation(TASK_LABELS)}\s*[:–—]\s+(?=[A-Z]))?`);
// What ROW_PREFIX needs to match more than nothing: a reference's digit within the first six characters, or else
// (the topic or label at the start) a topic's dash within 63 or a label's colon after at most a label's length,
// its spaces up to three each (as alternation() writes them).
const REFERENCE_DIGIT = /^[\s\S]{0,5}\d/;
const TOPIC_OR_LABEL_MARK = /[:–—-]/;
const TOPIC_OR_LABEL_REACH = Math.max(63, 3 * Math.max(...TASK_LABELS.map((label) => label.length)) + 1);
/** The length of a row's reference, topic or label before its own words (0 when it has none). */
export function rowPrefixLength(text: string): number {
  // Most sentences have none of the marks: passed over before the pattern runs.
  if (!REFERENCE_DIGIT.test(text) && !TOPIC_OR_LABEL_MARK.test(text.slice(0, TOPIC_OR_LABEL_REACH))) return 0;
  return ROW_PREFIX.exec(text)?.[0].length ?? 0;
}

// An outside body as the subject of the commitment: "the Environment Agency had agreed to clear …", "The Government will publish …".
const OUTSIDE_BODY_SUBJECT = new RegExp(
  `\\b${alternation(OUTSIDE_BODIES)}\\s+(?:had\\s+|has\\s+|have\\s+|also\\s+|now\\s+)?(?:${alternation([...COMMITTING_VERBS, ...STANCE_VERBS, ...FUTURE_MODALS, ...INTENDING_VERBS])})\\b`,
);
// How far around a commitment its subject is looked for.
const SUBJECT_REACH = 60;

/** A letter as the word gates read words (src/lexicon/gate.ts): A-Z or a-z. */
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

export interface CommitmentMatch {
  /** Where the commitment starts in the sentence (0 when the sentence opens with it, after any openers). */
  at: number;
  rule: CommitmentRule;
}

const COMMITMENT_DISPATCH = new WordDispatch(COMMITMENT_RULES.map((rule) => rule.cue));
// The rules with a second list (`needs`), gated in a dispatch of their own; by rule index, the rule's place in it or -1.
const NEEDING_RULES = COMMITMENT_RULES.filter((rule) => rule.needs !== undefined);
const NEEDS_DISPATCH = new WordDispatch(NEEDING_RULES.map((rule) => rule.needs!));
const NEEDS_INDEX: readonly number[] = COMMITMENT_RULES.map((rule) => NEEDING_RULES.indexOf(rule));

/** The first commitment in a sentence read from its character skip, before the exclusions, or null. */
function commitmentFrom(sentence: string, skip: number, gated: boolean): CommitmentMatch | null {
  const body = skip > 0 ? sentence.slice(skip) : sentence;
  let best: CommitmentMatch | null = null;
  let bestIndex = Infinity;
  // One pass over the sentence's words tells which rules' cues it holds; only those rules run. The body starts
  // after a space (or is the sentence), so its words are among the sentence's: the sentence's flags, read by any()
  // in commitmentIn, open every rule the body's would (and maybe more, which only costs a pattern run).
  const gatedText = skip === 0 || !isAsciiLetter(sentence.charCodeAt(skip - 1)) ? sentence : body;
  const open = gated ? COMMITMENT_DISPATCH.open(gatedText) : null;
  const needed = gated ? NEEDS_DISPATCH.open(gatedText) : null;
  for (let r = 0; r < COMMITMENT_RULES.length; r++) {
    const rule = COMMITMENT_RULES[r];
    if (open && (open[r] === 0 || (NEEDS_INDEX[r] >= 0 && needed![NEEDS_INDEX[r]] === 0))) continue;
    const m = rule.pattern.exec(body);
    if (m === null) continue;
    const index = commitmentStart(m);
    if (index < bestIndex && !OUTSIDE_BODY_SUBJECT.test(body.slice(Math.max(0, index - SUBJECT_REACH), index + SUBJECT_REACH))) {
      bestIndex = index;
      best = { at: index === 0 ? 0 : index + skip, rule };
    }
  }
  return best;
}

/** The commitment a sentence records and the rule that reads it, or null. gated = false skips the pre-checks (for the test). */
export function commitmentIn(sentence: string, gated = true): CommitmentMatch | null {
  // Most sentences hold no rule's cue at all: they are passed over before the exclusions run (the
  // rules read a tail of the sentence, whose words are among the sentence's).
  if (gated && !COMMITMENT_DISPATCH.any(sentence)) return null;
  // Rules read the sentence from its own subject: "During the debate, the Clerk agreed …".
  // Rows of parish minutes and logs put a reference or a topic before it: "07.18.04  NO to follow up …", "Road Sweeper - Clerk to ask …".
  const opened = openerLength(sentence);
  const skip = opened + rowPrefixLength(opened > 0 ? sentence.slice(opened) : sentence);
  // What looks like a row's topic may be the sentence's own words before a dashed aside ("We should invite - to an
  // early meeting - the charities"): with nothing found after it, the sentence is read from its subject.
  const best = commitmentFrom(sentence, skip, gated) ?? (skip > opened ? commitmentFrom(sentence, opened, gated) : null);
  // The exclusions are read only when some rule matched: most sentences that hold a cue record no commitment.
  if (best === null || NOT_COMMITMENT.test(sentence) || REPORT_PLAN.test(sentence)) return null;
  return best;
}

/** Where the commitment starts in the sentence, or -1 when it records none. */
export function commitmentAt(sentence: string, gated = true): number {
  return commitmentIn(sentence, gated)?.at ?? -1;
}

export function isCommitment(sentence: string): boolean {
  return commitmentIn(sentence) !== null;
}

/** The words of a text, lower-cased: what clause lengths and restatements are measured in. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9][\w'’-]*/g) ?? [];

// The fewest words a later clause needs to stand as an action on its own.
const MIN_CLAUSE_WORDS = 6;

// A finite verb before the commitment means it sits in a later clause: "X stated … and requested that …".
const EARLIER_CLAUSE_VERB = /\b(?:stated|said|noted|explained|advised|reported|highlighted|commented|had|was|were|is|are|confirmed|acknowledged|added|referred)\b/;

// A later clause whose verb takes the earlier clause's subject as the one who acts: "X stated … and offered to
// share …", "The Council noted … and requested the Clerk to pass on …". Without that subject the task has no
// one to do it, so the sentence stays whole; "… and requested that a report be presented" stands on its own.
const AGENT_CLAUSE = new RegExp(`^(?:${alternation([...COMMITTING_VERBS, ...STANCE_VERBS])})\\s+to\\b|^(?:${alternation(REQUESTING_VERBS)})\\s+(?!that\\b)[\\w'’ ]{2,60}?\\s+to\\s+[a-z]`);

// An impersonal report of what was said, joined to an earlier main clause: "… and it was noted that …"
// (after a comma the earlier words are mostly a framing adjunct: "Further to …, it was agreed that …").
const REPORTED_CLAUSE = /\band\s+it\s+was\s+(?:noted|agreed|confirmed|reported|explained|advised|stated|understood)\s+that\s+/gi;

/** The last match of a global pattern in a text, or null (without the copy of the pattern and the array matchAll makes). */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) last = m;
  return last;
}

// Rules whose later clause has its own subject or hangs on the earlier reporting verb ("… advised that … and that the team would …").
const WHOLE_SENTENCE_RULES = new Set(['commitment-later-subject', 'commitment-said-would']);

// Rules whose match is a passive verb: the thing done is the subject of the earlier clause.
const PASSIVE_RULES = new Set(['commitment-later-agenda', 'commitment-would-be-done', 'commitment-done-and-delivered', 'commitment-to-a-meeting', 'commitment-done-by-meeting']);

// Rules whose match opens with its own subject, as a row does ("Clerk to reply", "the Clerk will find out"): after a
// semicolon that clause is the task ("Letter from the school; Clerk to reply.").
const OWN_SUBJECT_RULES = new Set(['commitment-named-to-do', 'commitment-would-do', 'commitment-named-will-do']);

// A new subject after a comma or semicolon and "and" or "but", right before the commitment's verb: "…, and the Inspector ".
const OTHER_SUBJECT_CLAUSE = new RegExp(`[,;]\\s*(?:and|but)\\s+((?:${OWNER_SOURCE})\\s+(?:also\\s+|then\\s+)?)$`);

/** The commitment's own words: the whole sentence, or its later clause when the subject is elided (or its own, after a semicolon). */
export function commitmentText(sentence: string, at: number, rule?: CommitmentRule): string {
  if (at <= 0) return sentence;
  // The rule's match may open with the semicolon itself ("(?:^|;\s+)Clerk to …").
  if (rule !== undefined && OWN_SUBJECT_RULES.has(rule.id) && /;\s*$|;\s*(?=\S*$)/.test(sentence.slice(0, at + 1))) return sentence.slice(at).replace(/^;\s*/, '');
  // After a comma or a dash the clause with its own subject closes the sentence that gives its reason: "The potholes
  // were discussed …, Councillor Dunmore to order planings" is one record.
  if (rule !== undefined && OWN_SUBJECT_RULES.has(rule.id)) return sentence;
  // "Mr Baillie sought clarification on …, and the Inspector undertook to provide the figure": a promise made by
  // another subject after ", and" is the later clause, its subject with it.
  if (rule !== undefined && rule.id === 'commitment-agreed-to') {
    const other = OTHER_SUBJECT_CLAUSE.exec(sentence.slice(0, at));
    const clause = other ? sentence.slice(other.index + other[0].length - other[1].length) : '';
    if (other && wordsOf(clause).length >= MIN_CLAUSE_WORDS) return clause;
  }
  // A later clause with a subject of its own ("…, but Democratic Services would ascertain …") stays in its sentence.
  if (rule !== undefined && WHOLE_SENTENCE_RULES.has(rule.id)) return sentence;
  const before = sentence.slice(0, at);
  // A passive ("… had been submitted and will be circulated to all councillors") keeps its subject's clause.
  const passive = rule !== undefined && PASSIVE_RULES.has(rule.id);
  // "… and it was noted that a report would be submitted …": the commitment is the reported clause.
  const reported = lastMatch(REPORTED_CLAUSE, before);
  if (reported !== null) {
    const clause = sentence.slice(reported.index + reported[0].length);
    if (reported.index > 0 && wordsOf(clause).length >= MIN_CLAUSE_WORDS) return clause;
  }
  const rest = sentence.slice(at);
  const atBoundary = /(?:,|\band|\bbut|\bhowever,?)\s*$/i.test(before) || /^(?:,|and\b|but\b|however\b)/i.test(rest);
  // A clause of a few words ("however, would check as regards this") says nothing without its subject.
  const clause = rest.replace(/^(?:,|and|but|however,?)\s+/i, '');
  if (passive || !atBoundary || !EARLIER_CLAUSE_VERB.test(before) || wordsOf(clause).length < MIN_CLAUSE_WORDS || AGENT_CLAUSE.test(clause)) return sentence;
  return clause;
}

// "X asked Members / officers / the Head of Housing / Kenny to send …": the task falls to those asked, not to X.
const ASKS_OTHERS = new RegExp(`\\basked\\s+(?:them|[Mm]embers|[Cc]ouncillors|[Oo]fficers|the\\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[A-Z][\\w ]{2,60}?)|${HONORIFIC_NAME_SOURCE}|[A-Z][a-z]{2,15})\\s+to\\b`);

// Who the task falls to: the subject before the commitment verb (or before "to" in "Clerk to write").
const OWNER = new RegExp(
  `^(${OWNER_SOURCE})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:\\w+\\s+){0,2}?(?:agreed|undertook|offered|promised|committed|volunteered|was\\s+asked|were\\s+asked|be\\s+(?:requested|asked|instructed)|${alternation(FUTURE_MODALS)}|(?:is\\s+|are\\s+)?to\\s+\\w+)\\b`,
);
// An action row that names its owner first: "Clerk – write to the bus company", "JB: book the hall".
export const OWNER_THEN_TASK = new RegExp(`^(${OWNER_SOURCE})\\s*[–—:-]\\s+(?:to\\s+)?[a-z]`);
// Its dash or colon: a text without one is passed over before the owner pattern runs.
export const OWNER_THEN_TASK_MARK = /[–—:-]/;
const NOT_OWNER = /^(?:It|This|That|These|There|All|The\s+(?:report|item|update|plan|document|minutes|information|matter|response|answer|Committee's)|A\s+(?:report|response|written|further|briefing|note|paper))\b/i;

// "Ms Frost advised that … and undertook to confirm …": the one who spoke took the task on in a later clause.
const LATER_COMMITMENT = `\\band\\s+(?:${alternation([...COMMITTING_VERBS, ...STANCE_VERBS])})\\s+to\\b`;
export const SPEAKER_COMMITTED = new RegExp(
  `^(${OWNER_SOURCE})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:also\\s+)?(?:${alternation(REPORTING_VERBS)})\\b[^.;]{0,300}?${LATER_COMMITMENT}`,
);
// Its later clause ("and undertook to"), looked for before the owner pattern runs.
export const SPEAKER_COMMITTED_CLAUSE = new RegExp(LATER_COMMITMENT);

// "The Head of Finance confirmed he would circulate …": the speaker promised it.
const PRONOUN_PROMISE = `(?:he|she)\\s+(?:${alternation(FUTURE_MODALS)})\\b`;
export const SPEAKER_PROMISED = new RegExp(
  `^(${OWNER_SOURCE})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:also\\s+)?(?:${alternation(REPORTING_VERBS)})(?:\\s+[Mm]embers)?\\s+(?:that\\s+)?${PRONOUN_PROMISE}`,
);
// Its "he would", "she will", looked for before the owner pattern runs.
export const SPEAKER_PROMISED_PRONOUN = new RegExp(`\\b${PRONOUN_PROMISE}`);

// The agent of a passive task ("… will be returned by the Clerk"), who owns it.
const DONE_BY_AGENT = 'commitment-done-by-owner';
const AGENT = new RegExp(`\\bby\\s+(${AGENT_SOURCE})`);

function ownerOf(sentence: string): string | null {
  if (ASKS_OTHERS.test(sentence)) return null;
  // Read from the sentence's own subject: "Once the prices are known, the Director of Finance will circulate …".
  const own = withoutOpeners(sentence);
  // The later patterns are tried only on texts holding what each needs past the owner (the owner patterns are long).
  const m =
    OWNER.exec(own) ??
    (OWNER_THEN_TASK_MARK.test(own) ? OWNER_THEN_TASK.exec(own) : null) ??
    (SPEAKER_COMMITTED_CLAUSE.test(own) ? SPEAKER_COMMITTED.exec(own) : null) ??
    (SPEAKER_PROMISED_PRONOUN.test(own) ? SPEAKER_PROMISED.exec(own) : null);
  if (!m || NOT_OWNER.test(m[1])) return null;
  return m[1].trim();
}

const MONTH = alternation(MONTHS);
// Due dates: "by 30 June 2024", "at the next meeting", "by the end of March", "in the new year", "to the June Ordinary Meeting".
const DUE_WORDS = new RegExp(
  `\\b(?:by|before|at|to|for|in|within)\\s+(?:the\\s+)?(?:${alternation(RELATIVE_DEADLINES)}(?=\\s+${alternation(DEADLINE_UNITS)}\\b)|end\\s+of\\s+\\w+|(?!the\\b)\\w+\\s+(?:meeting|committee)|${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?(?:\\s+\\d{4})?|(?:two|three|four|six|\\d{1,2})\\s+(?:weeks|months))(?:\\s+(?:[a-z]+\\s+)?(?:meeting|committee|cabinet|board|panel|agenda))?\\b`,
  'i',
);
// A month and year is the most specific due date short of a full date: "in July 2020", "by the end of March 2025".
const DUE_MONTH_YEAR = new RegExp(`\\b(?:by|before|in|during|at|for|until)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?${MONTH}\\s+\\d{4}\\b`, 'i');

function dueOf(sentence: string): string | null {
  const d = findDate(sentence);
  if (d) return d.iso;
  const my = DUE_MONTH_YEAR.exec(sentence);
  if (my) return my[0].trim();
  const w = DUE_WORDS.exec(sentence);
  return w ? w[0].trim() : null;
}

// An owner printed in a right-hand column: "… donation of £50.00.        Clerk", "… the seat     NO/BM".
const OWNER_COLUMN_WORDS = `(?:(?:The\\s+)?(?:Clerk|Chair(?:man)?|RFO|Officers?|All(?:\\s+[Cc]ouncillors)?|Councillors)|${INITIALS_OWNER_SOURCE}|(?:Cllrs?\\.?|Councillor)\\s+[A-Z][\\w'’-]{1,30})`;
const OWNER_COLUMN = new RegExp(`^(\\S.{0,400}?\\S)\\s{2,}(${OWNER_COLUMN_WORDS})\\s*$`);
// A status column before the owner: "… Heyfordian Buses      completed    NO".
export const STATUS_COLUMN = /\s{2,}(?:completed|ongoing|see\s+below\*?|done|open|closed)(?=\s{2,}\S{1,12}\s*$)/i;
// An update column after the owner, in an action table's row: "… with SSE.    NO    Appointment made for 18/12".
// Only a row whose task is one cell (after an optional reference) reads so: "Payee  Detail  Total £s  VAT  Comments" does not.
const UPDATE_COLUMN = new RegExp(`^((?:[A-Za-z]{0,5}\\d{1,4}(?:[./]\\d{1,4}){0,2}\\s{2,})?\\S(?:(?!\\s{2}).){0,400}?\\S\\s{2,}${OWNER_COLUMN_WORDS})\\s{2,}\\S.{0,400}$`);
const TWO_SPACES = /\s\s/;
// What STATUS_COLUMN's lookahead needs, read off the end of the text: a last cell of at most 12 characters after
// a wide gap (the lookahead's \s* before the end is what trimEnd removes; its longest reach is 2 + 12 characters).
const SHORT_LAST_CELL = /\s\s\S{1,12}$/;
export const endsInShortCell = (text: string): boolean => SHORT_LAST_CELL.test(text.trimEnd().slice(-14));
/** A row's cells without the status and update columns around its owner. */
const ownerRow = (text: string): string => {
  const row = text.replace(UPDATE_COLUMN, '$1');
  return endsInShortCell(row) ? row.replace(STATUS_COLUMN, '') : row;
};
/** A row ending in an owner column whose task is words ("10/7/18  SSE  Electricity Bill" is a payment, not a task). Groups 1: task, 2: owner. */
function ownerColumn(text: string): RegExpExecArray | null {
  // Every column pattern needs a run of two spaces: prose sentences are passed over at once.
  if (!TWO_SPACES.test(text)) return null;
  const m = OWNER_COLUMN.exec(ownerRow(text));
  // A cell ending in a colon is a label ("Moved by:      Councillor Teskey" names a mover), not a task.
  return m && /\p{L}{2,}\s+\p{L}{2,}/u.test(m[1]) && !/:\s*$/.test(m[1]) ? m : null;
}

// An owner in brackets or after a dash at the end of a row.
const CLOSING_OWNER = /(?:\s\(|\s[–—-]\s+)([^()–—]{2,40}?)\)?\.?$/;

function action(text: string, place: Place, rule: string, imperative = false): Action {
  let t = text.replace(/^[–—-]\s*/, '').trim();
  let owner: string | null = null;
  const column = ownerColumn(t);
  if (column) {
    // The row's reference ("July24.01", "07.18.04") is not the task.
    t = column[1].replace(LOG_REFERENCE, '');
    owner = column[2];
  }
  t = t.replace(/\s+/g, ' ').trim();
  // An imperative row ("Update Standing Orders to …") names no owner in its words.
  if (owner === null && !imperative) {
    // After a row's reference or topic, if it has one: the same text again reads the same.
    owner = ownerOf(t);
    const prefix = owner === null ? rowPrefixLength(t) : 0;
    if (prefix > 0) owner = ownerOf(t.slice(prefix));
  }
  // An owner closing the row: "Report the broken stile (Clerk)", "Contact the landowner – Cllr Barnes".
  if (owner === null) {
    const closing = CLOSING_OWNER.exec(t);
    if (closing && isOwnerOnly(closing[1])) owner = closing[1];
  }
  return { text: t, owner, due: dueOf(t), ...place, rule };
}

export const actionHeadingRule = defineRule({
  id: 'action-heading-item',
  stage: 'action',
  description: 'Each bullet (and the text after the label) under an "Action points" / "Actions" / "ACTION:" heading is an action.',
  examples: {
    valid: ['Action points\n\n•    Officers to circulate the revised timetable.\n•    The Clerk to book the hall for the June meeting.', 'ACTION: Clerk to renew the insurance for the play area.'],
    // (the owner labels closing a row are read in test/extract-actions.test.ts)
    invalid: ['Members discussed the actions taken since the storm.'],
  },
});

export const ownerColumnRule = defineRule({
  id: 'action-owner-column',
  stage: 'action',
  description: 'A row that ends in an owner column (a role or initials after a wide gap): "… donation of £50.00.        Clerk".',
  examples: {
    valid: ['Councillors agreed a donation of £50.00 to the village show.        Clerk', 'Ref24.03    Write to the bus company about the shelter.    Clerk    Letter sent, reply awaited'],
    invalid: ['Councillors agreed a donation of £50.00 to the village show, proposed by the Clerk.', 'Moved by:        Councillor Teskey'],
  },
});

export const actionLogRowRule = defineRule({
  id: 'action-log-row',
  stage: 'action',
  description: 'A row of an action log (an item titled for action points or actions): a task in the imperative ("Send the minutes to …"), after an optional reference.',
  examples: {
    valid: ['1. Minutes\n\nThe minutes were approved.\n\n2. Review of action points\n\n- 22/04. Send the revised map to the footpath officer. COMPLETED\n- 22/07. Chase the quote for the bus shelter. ONGOING\n'],
    invalid: ['1. Minutes\n\nThe minutes were approved.\n\n2. Highways\n\n- 22/04. Send the revised map to the footpath officer. COMPLETED\n'],
    context: 'document',
  },
});

export const labelledOwnerRule = defineRule({
  id: 'action-labelled-owner',
  stage: 'action',
  description: 'A sentence that records no commitment in its own words but is closed by an owner label ("… is broken. Action: Clerk", "… ACTION: JB"): the label makes it the owner\'s task.',
  examples: {
    valid: ['The stile on the Millbrook footpath has collapsed. Action: Clerk', 'Weeds are growing through the paving by the war memorial. ACTION: JB'],
    invalid: ['The stile on the Millbrook footpath has collapsed.', 'Action by: Clerk'],
  },
});

export const futureWorkRule = defineRule({
  id: 'action-resolution-future-work',
  stage: 'action',
  description: 'A resolution clause that asks for a future report, a later return or a referral to a later meeting or deliberations, or sets an officer a task ("the Clerk write to …", "… and that the Clerk should notify …": then the later clause) is also an action.',
  examples: {
    valid: ['RESOLVED that a further report be brought to the meeting on 12 March 2027.', 'RESOLVED that a further update be provided to the Committee in July.', 'RESOLVED that the Clerk write to the highway authority about the verges.', 'RESOLVED: Clerk to order two new litter bins for the green.', 'RESOLVED that staff be directed to report back on the options.', 'RESOLVED: That the Panel requests a further update on bus punctuality in the spring.', 'RESOLVED that the hall booking request be referred to staff for a report.', 'RESOLVED that this Council requests the Cabinet Member for Housing to report to the Scrutiny Committee on damp.', 'RESOLVED to ask that the Treasurer brings the revised budget to the March meeting.', 'RESOLVED that Cabinet asks the Director of Housing to report on repair times in January.', 'RESOLVED that Council considers the submissions at a Special Meeting on 9 July.', 'Be it resolved that the budget be approved;\n\nAnd further that staff prepare the tax rate by-law.', 'RESOLVED that the precept be set at £9,000 and that the Clerk should notify the District Council.', 'RESOLVED that the Clerk should, as soon as possible, write to the bus operator.', "RESOLVED that the cycling club's request be referred to the 2027 budget deliberations.", 'RESOLVED THAT the zoning by-law be amended; AND THAT staff be directed to notify the abutting owners of the change.', 'RESOLVED: That the hedge complaint be passed on to the tree warden.', 'RESOLVED that the motion be referred to the Housing and Homelessness Strategic Policy Committee for consideration.', 'RESOLVED: That the Committee requests a final flood recovery closure report for its March meeting.', 'RESOLVED that the Health Board be asked to provide the waiting times by ward before the summer.', 'The Committee agreed to request a written report on the library opening hours from the Director.'],
    invalid: ['RESOLVED that the report be noted.', 'RESOLVED that the Treasury Management Progress Report for Quarter 2 be noted.', 'RESOLVED: That the Committee receives the Flood Recovery Update report.', 'RESOLVED that the lease be renewed and that the Town of Ashby prepare the documents.', 'RESOLVED that the petition be referred to in the annual report.'],
  },
});

export const actionTableRowRule = defineRule({
  id: 'action-table-row',
  stage: 'action',
  description: 'Each row of an action table whose header names a task column and an owner column ("Action | Owner | By", tab-separated or space-aligned too, under an "Action log" heading or not): the task, its owner and its deadline (a deadline run into the owner\'s cell, "Town Clerk 31 Oct", is split off).',
  examples: {
    valid: [
      'Action | Owner | Deadline\nWrite to the bus operator about the timetable | Clerk | 30 June\nArrange the litter pick | Cllr Oduya | May',
      'ACTION LOG\nTask                                      Owner           Due\nRepaint the bus shelter on Mill Road      Cllr Pryce      June meeting\nAsk the county about the verge cutting    Clerk           ASAP',
      'Item | Action | Responsible | Due\n4.2 | Report on the weekend bus trial | GM Community | September\n6.1 | Publish the cycling plan consultation | GM Infrastructure | 1 August',
    ],
    invalid: ['Item | Amount | Payee\nHall hire | £45.00 | Village Hall Trust'],
  },
});

// Cells of a table row: pipes (with or without the outer ones), else tabs or the wide gaps a tab was read as.
const cellsOf = (row: string): string[] => {
  const t = row.trim();
  const cells = (t.includes('|') ? t.replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/) : t.split(/\t+|\s{2,}/)).map((c) => c.trim());
  return cells.length >= 2 ? cells : [];
};
/**
 * The column whose header is a header of the list, the one listed first when several are ("Item | Action |
 * Responsible | Due": the task is under "Action", not the item's number under "Item").
 */
const headerIndex = (cells: readonly string[], headers: readonly string[]): number => {
  let best = -1;
  let rank = headers.length;
  cells.forEach((c, k) => {
    const r = headers.indexOf(c.toLowerCase().replace(/[:.]$/, ''));
    if (r >= 0 && r < rank) [best, rank] = [k, r];
  });
  return best;
};
/** The columns of an action table's header row, or null when the row is not one. */
export function actionTableColumns(row: string): { task: number; owner: number; due: number; width: number; ownerOrDue: boolean } | null {
  const cells = cellsOf(row);
  const task = headerIndex(cells, ACTION_COLUMN_HEADERS);
  const owner = headerIndex(cells, OWNER_COLUMN_HEADERS);
  // "Ref | Action | By" with no owner column: "By" is who, in parish action lists, unless its cell is a date (tableRows).
  const by = owner < 0 ? headerIndex(cells, ['by']) : -1;
  if (task < 0 || (owner < 0 && by < 0) || task === owner || task === by) return null;
  if (by >= 0) return { task, owner: by, due: -1, width: cells.length, ownerOrDue: true };
  return { task, owner, due: headerIndex(cells, DUE_COLUMN_HEADERS), width: cells.length, ownerOrDue: false };
}
// A header row has a task column and an owner column ("By" standing for one), whole cells that are headers once
// lower-cased: the text holds one header of each list (Unicode case folding, as toLowerCase reads a Kelvin sign as "k").
export const TABLE_HEADER_WORDS = [ACTION_COLUMN_HEADERS, [...OWNER_COLUMN_HEADERS, 'by']].map((headers) => new RegExp(alternation(headers), 'iu'));
/** The text up to its first line break. */
const firstLine = (text: string): string => {
  const br = text.indexOf('\n');
  return br < 0 ? text : text.slice(0, br);
};
// What cellsOf needs to cut a row into two cells or more: a pipe, a tab or a run of two spaces. A row without one is
// no header (actionTableColumns finds no cells in it), and the header words, read case-folded, are not looked for.
const CELL_BREAK = /[|\t]|\s\s/;
const hasCellBreak = (row: string): boolean => CELL_BREAK.test(row);
// A Markdown table's rule row: "|---|---|".
const TABLE_RULE_ROW = /^[\s|:–—-]+$/;

type TableColumns = NonNullable<ReturnType<typeof actionTableColumns>>;

/** The table a block's first row goes on with or opens, or null: an open table goes on while the rows keep its width (or lack only a deadline cell run into the owner's). */
function tableGoesOn(table: TableColumns | null, b: Block): TableColumns | null {
  if (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'question-lead-in') return null;
  // Most blocks have no header's words at all and are passed over before their first row is cut into cells.
  const firstRow = firstLine(b.fullText);
  if (table && rowCells(firstRow, table) === null) table = null;
  if (!table && hasCellBreak(firstRow) && TABLE_HEADER_WORDS.every((words) => words.test(firstRow))) table = actionTableColumns(firstRow);
  return table;
}

// A deadline closing an owner's cell, where the gap before the last column was read as one space: "County Cllr
// Mallory Nov meeting", "Town Clerk 31 Oct 2025", "Clerk ASAP".
const SHORT_MONTH = alternation([...MONTHS.map((m) => m.slice(0, 3)), 'Sept']);
const RUN_IN_DEADLINE = new RegExp(
  `\\s((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}|${SHORT_MONTH})\\.?(?:\\s+\\d{4})?(?:\\s+(?:${alternation(DEADLINE_UNITS)}))?|\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?|(?:${alternation(RELATIVE_DEADLINES)})\\s+(?:${alternation(DEADLINE_UNITS)})|${alternation(OPEN_DEADLINES)})$`,
  'i',
);

/** A row's cells in the table's columns, or null when it is not a row of the table. */
function rowCells(row: string, table: TableColumns): string[] | null {
  const cells = cellsOf(row);
  if (cells.length === table.width) return cells;
  // One cell short, the last being the deadline: it ran into the owner's cell before it.
  if (cells.length !== table.width - 1 || table.due !== table.width - 1) return null;
  const last = cells[cells.length - 1];
  const due = RUN_IN_DEADLINE.exec(last);
  return due ? [...cells.slice(0, -1), last.slice(0, due.index), due[1]] : null;
}

/** The action records of a table block's rows: task, owner and deadline by the header's columns, each row its own line. */
function tableRows(columns: TableColumns, b: Block): Action[] {
  const out: Action[] = [];
  const rows = b.fullText.split('\n');
  const start = actionTableColumns(rows[0]) ? 1 : 0;
  let previous: { action: Action; row: number } | null = null;
  rows.forEach((row, k) => {
    const cells = k < start || TABLE_RULE_ROW.test(row) ? null : rowCells(row, columns);
    // A task that wraps onto a line of its own ("Report on options for extending the bus" / "service to Kelby") goes on the row above.
    if (!cells && previous?.row === k - 1 && k >= start && columns.task < columns.owner && cellsOf(row).length === 0 && row.trim() !== '') {
      previous.action.text = `${previous.action.text} ${row.trim()}`;
      previous.action.end = b.line + k;
      previous.row = k;
      return;
    }
    if (!cells || !cells[columns.task]) return;
    const found = action(cells[columns.task], { ...placeOf(b), line: b.line + k, end: b.line + k }, actionTableRowRule.id, true);
    const ownerCell = cells[columns.owner] || null;
    // A "By" cell that is a date says when, not who.
    if (columns.ownerOrDue && ownerCell !== null && RUN_IN_DEADLINE.test(` ${ownerCell}`)) found.due = ownerCell;
    else found.owner = ownerCell;
    if (columns.due >= 0 && cells[columns.due]) found.due = cells[columns.due];
    out.push(found);
    previous = { action: found, row: k };
  });
  return out;
}

// A title that makes its item an action log: "Matters arising and action points", "Action log", "Progress on actions".
const ACTION_LOG_TITLE = /\baction(?:s|\s+points?|\s+log|\s+list|\s+tracker|\s+sheet)?\b/i;
// A log row: an optional reference ("17/06.", "Sept24.01", "3)"), then a task verb in the imperative.
const LOG_REFERENCE = /^[A-Za-z]{0,5}\d{1,4}(?:[./]\d{1,4}){0,2}[.):]?\s+/;
const LOG_ROW = new RegExp(`^((?:${alternation(DELIVERY_VERBS.map((v) => v[0].toUpperCase() + v.slice(1)))})\\b.{3,})$`);
// A status appended to a row: "COMPLETED – NO REPLY", "ONGOING – CHASE UP".
const ROW_STATUS = new RegExp(`(?<=[.!])\\s+(?:(?:${alternation(ACTION_STATUSES)})\\b.{0,200}|(?:[A-Z]{2,}[ –—-]{1,3}){0,5}[A-Z]{2,}\\s*)$`, 'i');

// "Action: Clerk", "Action by: JB": an owner alone under the action label, for the commitment just recorded.
// (A post in capitals, "Clerk", "Chairman", "Harbour Master", is POST_ONLY's below; here the forms it does not read.)
const OWNER_ONLY = new RegExp(`^(?:[Tt]he\\s+)?(?:Officers?|(?:Head|Director)\\s+of\\s+[A-Z][\\w ]{2,40}|${INITIALS_OWNER_SOURCE}|${BARE_ROLE_SOURCE})\\.?$`);
const OWNER_LABEL = /^action(?:ed)?(?:\s+by)?\s*[:–-]\s*(\S.{0,80})$/i;
const TRAILING_OWNER_LABEL = /(?<=[.;])\s+action(?:ed)?(?:\s+by)?\s*[:–-]\s*(\S.{0,80}?)\.?\s*$/i;

// "Action: Harbour Master", "Action: Parks Supervisor": a post of a few capitalised words ending in a lexicon role head.
const POST_ONLY = /^(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,4}\.?$/;
const isOwnerOnly = (text: string): boolean => looksLikePersonName(text) || OWNER_ONLY.test(text) || (POST_ONLY.test(text) && looksLikeRole(text.replace(/\.$/, '')));

/** A block's text in parts that each end at a row closed by an owner label ("… parking. Action – DM"), or whole. */
function labelledParts(b: Block): string[] {
  // Most blocks say no "action": they are returned whole before their rows are cut.
  // Nor has a block of one line any row to cut (most are one line): looked for first, by character.
  if (!b.fullText.includes('\n') || !/action/i.test(b.fullText)) return [b.text];
  const rows = b.fullText.split('\n');
  if (rows.length < 2) return [b.text];
  const parts: string[] = [];
  let current: string[] = [];
  rows.forEach((row, k) => {
    current.push(row.trim());
    // A label closing the row ("… parking. Action – DM"), or a row that is a label alone after the row it closes.
    const label = k + 1 < rows.length ? (TRAILING_OWNER_LABEL.exec(row.trim()) ?? (current.length > 1 ? OWNER_LABEL.exec(row.trim()) : null)) : null;
    if (label && isOwnerOnly(label[1].trim())) {
      parts.push(current.join(' '));
      current = [];
    }
  });
  if (current.length) parts.push(current.join(' '));
  return parts.length > 1 ? parts.map((p) => p.replace(/\s+/g, ' ').trim()) : [b.text];
}

/** A resolution's words, spaces closed up: what a sentence of its block is looked for in. */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

/**
 * Commitments recorded in a decision's block after the decision itself, outside every resolution's text:
 * "RESOLVED: That the grant be accepted. The Clerk was asked to thank the donor." The decision's own sentence
 * (the block's first) is the resolutions' to read; so is a sentence that names no owner.
 */
function afterDecision(blocks: readonly Block[], resolutions: readonly Resolution[]): Action[] {
  const out: Action[] = [];
  let decided: string | null = null;
  for (const b of blocks) {
    const said = sentences(b.text);
    for (let k = 1; k < said.length; k++) {
      const c = commitmentIn(said[k].text);
      if (!c) continue;
      decided ??= resolutions.map((r) => squeezed(r.text)).join('\n');
      if (decided.includes(squeezed(said[k].text))) continue;
      // Only a task its own subject takes on: the decision's further words ("That staff be directed …", "…
      // would not meet the guidelines and would create …") are the resolutions' to read.
      const found = action(commitmentText(said[k].text, c.at, c.rule), placeOf(b), c.rule.id);
      if (found.owner !== null && !CLAUSE_LEAD.test(found.text)) out.push(found);
    }
  }
  return out;
}

// A topic label before a sentence: "Grants: ", "Play area: ".
const TOPIC_LABEL = /^[A-Z][\w ’'&-]{1,40}:\s+(?=[A-Z])/;
// A short promise to do what was just asked, its task a pronoun: "The Clerk undertook to provide it.", "He agreed to do so."
const DONE_AS_ASKED = new RegExp(`^[^,;]{1,60}?\\b(?:${alternation(COMMITTING_VERBS)}|would|will)\\s+(?:to\\s+)?(?:[a-z]+\\s+)?(?:it|this|that|them|so)\\.?$`);

/** Actions in one item; resolution clauses that ask for future work are actions too. */
export function extractActions(ctx: ItemContext, resolutions: readonly Resolution[] = []): Action[] {
  const out: Action[] = [];
  const actionLog = ACTION_LOG_TITLE.test(ctx.item.title ?? '');
  // The prose block just read and how many actions there were before it: an owner label after a block that
  // recorded none makes its last sentence the task ("The stile is broken." / "Action: Clerk").
  let prose: { last: string; place: Place; start: number } | null = null;
  const ownerLabel = (owner: string): void => {
    if (prose && out.length === prose.start) out.push({ ...action(prose.last, prose.place, labelledOwnerRule.id, true), owner });
    else if (out.length > 0) out[out.length - 1].owner = owner;
    prose = null;
  };
  // The open action table: its header's columns, kept across blocks while rows follow.
  let table: TableColumns | null = null;
  for (const section of ctx.sections) {
    if (section.kind === 'actions') {
      // An action heading over a table ("ACTION LOG" / "Ref  Action  Owner  Due" / rows): its rows are read by columns.
      const rest: Block[] = [];
      for (const b of section.blocks) {
        table = tableGoesOn(table, b);
        if (table) out.push(...tableRows(table, b));
        else rest.push(b);
      }
      if (rest.length < section.blocks.length) {
        for (const b of rest) out.push(action(b.text, placeOf(b), actionHeadingRule.id));
        continue;
      }
      const lead = section.leadIn!.text;
      // "ACTION: Councillor Rice" names the owner of the commitment recorded just before it.
      if (lead && isOwnerOnly(lead) && section.blocks.length === 0) {
        ownerLabel(lead);
        continue;
      }
      if (lead) out.push(action(lead, placeOf(section.leadIn!), actionHeadingRule.id));
      for (const b of section.blocks) out.push(action(b.text, placeOf(b), actionHeadingRule.id));
      continue;
    }
    if (section.kind === 'resolutions' || section.kind === 'decision') {
      prose = null;
      out.push(...afterDecision(section.leadIn ? [section.leadIn, ...section.blocks] : section.blocks, resolutions));
      continue;
    }
    // A table opened under an action heading goes on here: its rows may follow the heading's own section.
    const blocks: Block[] = section.leadIn ? [section.leadIn, ...section.blocks] : [...section.blocks];
    for (const b of blocks) {
      // A paragraph that opens with who attended to present ("X was in attendance for this item. The Officer agreed to …") is prose.
      if (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'question-lead-in' && b.kind !== 'presenting-attendance') {
        prose = null;
        continue;
      }
      table = tableGoesOn(table, b);
      if (table) {
        out.push(...tableRows(table, b));
        continue;
      }
      const trimmed = b.text.trim();
      // The label opens with its "a" (ASCII only, as the case-insensitive pattern reads it): other blocks are passed over.
      const label = (trimmed.charCodeAt(0) | 32) === 97 ? OWNER_LABEL.exec(trimmed) : null;
      if (label && isOwnerOnly(label[1].trim())) {
        ownerLabel(label[1].trim());
        continue;
      }
      prose = null;
      if (ownerColumn(trimmed)) {
        out.push(action(b.text, placeOf(b), ownerColumnRule.id));
        continue;
      }
      if (actionLog && b.kind === 'bullet') {
        const rowText = b.text.trim().replace(LOG_REFERENCE, '');
        const row = LOG_ROW.exec(rowText);
        if (row) {
          out.push(action(row[1].replace(ROW_STATUS, ''), placeOf(b), actionLogRowRule.id, true));
          continue;
        }
        // A row whose task is written "Clerk to ask …" is one action, whatever its later sentences say.
        const first = sentences(rowText)[0];
        const c = first ? commitmentIn(first.text) : null;
        if (c && c.at === 0) {
          out.push(action(rowText.replace(ROW_STATUS, ''), placeOf(b), c.rule.id));
          continue;
        }
      }
      // "… circulate the figures to Members. ACTION: JB": the label at the end names the owner of the paragraph's actions;
      // a label closing an earlier row ("… about parking. Action – DM" / "Members to send …") ends that row's actions.
      for (const part of labelledParts(b)) {
      // The label's word, looked for first: most parts have none.
      const trailing = /action/i.test(part) ? TRAILING_OWNER_LABEL.exec(part) : null;
      const labelled = trailing && isOwnerOnly(trailing[1].trim()) ? trailing[1].trim() : null;
      const text = labelled ? part.slice(0, trailing!.index) : part;
      const before = out.length;
      const said = sentences(text);
      let previousFound = false;
      for (const s of said) {
        const c = commitmentIn(s.text);
        const askedBefore = previousFound;
        previousFound = false;
        if (!c) continue;
        // "Council agreed to increase the rents …": the meeting decided (a resolution), no one took a task.
        // A topic label may open it: "Grants: The Council agreed to donate £150 to …".
        if (c.rule.id === 'commitment-agreed-to' && bodyDecision(s.text.replace(TOPIC_LABEL, ''))?.groups?.to !== undefined) continue;
        // "Cr Fielding asked that a timeline be provided. The General Manager undertook to provide it.": the promise to do
        // what the sentence before asked for is the same commitment.
        if (askedBefore && DONE_AS_ASKED.test(s.text)) continue;
        const found = action(commitmentText(s.text, c.at, c.rule), placeOf(b), c.rule.id);
        // A deadline is the commitment's own: "… had been consulted in May and offered to share …" has none.
        if (c.at > 0 && found.text === s.text) found.due = dueOf(s.text.slice(c.at));
        // "… will be returned to the county by the Clerk": the agent of the passive is the owner.
        if (c.rule.id === DONE_BY_AGENT) found.owner = AGENT.exec(s.text.slice(c.at))?.[1] ?? found.owner;
        // "…, and Ms Briggs will prepare a report": the owner is the later clause's subject.
        if (found.owner === null && c.at > 0) found.owner = ownerOf(s.text.slice(c.at).replace(/^(?:[,;]|and\b|but\b)\s*/, ''));
        if (labelled) found.owner = labelled;
        out.push(found);
        previousFound = true;
      }
      // "The stile on footpath 4 is broken. Action: Clerk": the label alone makes the sentence before it a task.
      const last = said[said.length - 1];
      if (labelled && out.length === before && last) out.push({ ...action(last.text, placeOf(b), labelledOwnerRule.id, true), owner: labelled });
      // The block's last part, unlabelled: an owner label in the next block may be its.
      prose = !labelled && last ? { last: last.text, place: placeOf(b), start: before } : null;
      }
    }
  }
  out.push(...actionsFromResolutions(resolutions));
  return dedupeActions(out);
}

// A resolution clause that asks for a future report or a later return, or sets an owner a task: also an action.
// Who a clause asks or calls on to act: officers, staff, the Administration, a post of the council's own ("the General
// Manager", "the Chief Executive Officer", "the Cabinet"); not another body ("calls on the HSE to", "request the Province to" is an appeal).
const ASKED_PARTY = `officers|staff|administration|the\\s+(?:[A-Z][\\w-]*\\s+){0,3}?(?:${alternation([...ROLE_HEADS, ...EXECUTIVE_BODIES])})\\b|the\\s+${BARE_ROLE_SOURCE}`;
const FUTURE_REPORT = new RegExp(
  `\\b(?:(?:ask|asks|instruct|instructs|direct|directs)\\s+(?:officers|staff|administration|the\\s+[A-Z]\\w+(?:\\s+[A-Z]?\\w+)?|the\\s+${BARE_ROLE_SOURCE})\\s+to\\s+[a-z]+|(?:${alternation(RESOLUTION_ASKING_VERBS)})\\s+(?:${ASKED_PARTY})\\s+to\\s+[a-z]+|requests?\\s+that\\s+(?:${ASKED_PARTY})\\s+(?:${alternation(DELIVERY_VERBS)}|report)\\b|report\\s+back|referred\\s+to\\s+(?:staff|officers|the\\s+\\w+(?:\\s+\\w+){0,3})\\s+for\\s+(?:a\\s+)?(?:further\\s+)?report|be\\s+referred\\s+(?:back\\s+)?to\\s+(?:the\\s+|a\\s+)?(?:[\\w'’-]+\\s+){0,5}?(?:${alternation(MEETING_NOUNS)})\\b|refers?\\s+(?!to\\b)(?:[\\w'’-]+\\s+){1,5}?to\\s+(?:the\\s+|a\\s+)?(?:[\\w'’/-]+\\s+){0,5}?(?:${alternation(MEETING_NOUNS)})\\b|be\\s+(?:${alternation(PASSED_ON_VERBS)})\\s+to\\b|\\b(?:to|at|for)\\s+the\\s+(?:${MONTH})(?:\\s+\\d{4})?\\s+(?:[a-z]+\\s+)?meeting\\b|schedules?\\s+(?:a|an)\\s+(?:${alternation(SCHEDULED_EVENTS)})\\b|\\bat\\s+a\\s+(?:special|further|later|subsequent)\\s+(?:[a-z]+\\s+)?meeting\\b|(?:further|update|progress|follow-up)\\s+reports?|(?:requests?|receives?)\\s+(?:a\\s+)?(?:further|progress)\\s+update\\b|request(?:s|ed)?\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:${alternation(FOLLOW_UP_PAPERS)})\\b|be\\s+(?:brought|presented|submitted|reported|circulated|arranged|organi[sz]ed|scheduled)\\b|(?:further|progress)\\s+(?:${alternation(FOLLOW_UP_PAPERS)})\\s+be\\s+(?:provided|given)\\b|be\\s+requested\\s+to\\b|be\\s+asked\\s+to\\s+(?:${alternation(DELIVERY_VERBS)})\\b|future\\s+meeting|next\\s+(?:[a-z]+\\s+)?meeting|comes?\\s+back|prepare\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}report\\b|receives?\\s+(?:a|an)\\s+(?:further\\s+|progress\\s+)?(?:update|report)\\s+(?:in|at|by|within)\\b)`,
  'i',
);
// "the Clerk write to the highway authority", "the Clerk should notify …", "the Public Service prepare …": an owner set a task;
// not the deciding body itself ("the Council should purchase …", "the City of Winnipeg prepare …" is the decision), nor
// a member put in another's seat ("Councillor Ahmed replace Councillor Costa on the Licensing Committee" is an appointment).
const OWNER_TASKED = new RegExp(`^(?!the\\s+(?:[A-Z][\\w-]*\\s+){0,3}(?:Council|Committee|Board|Panel|Cabinet|Authority)\\s|the\\s+${alternation(COUNCIL_AREA_NOUNS)}\\s+of\\s)(?:${OWNER_SOURCE})\\s+(?:${alternation(FUTURE_MODALS)}(?:,\\s[^,]{1,40},)?\\s+|(?:is\\s+|are\\s+)?to\\s+|be\\s+(?:asked|requested|instructed|directed)\\s+to\\s+)?(?!confirm\\b|replace\\s+${HONORIFIC_SOURCE}\\s)(?:${alternation(DELIVERY_VERBS)})\\b`);

// A later clause of a resolution with its own subject: "… be raised by £800 and that the Clerk should notify …".
// Canadian clauses print the lead in capitals and the owner in lower case: "…; AND THAT staff be directed to forward …".
// ("that" may go unsaid before a post or officers: "… be deferred to the budget deliberations and the General Manager seek grant
// funding"; not before a bare name, which "and" may join to another: "authorize Liz Moore and Kris Hodgins to attend".)
const LATER_TASK_CLAUSE = /\b(?:and|AND)\s+(?:(?:that|THAT)\s+(?=(?:the\s+)?[A-Z]|(?:staff|officers|administration)\b)|(?=the\s+[A-Z]|(?:staff|officers|administration)\b))/;

// A further clause's lead: "And further that", "AND THAT", "That".
const CLAUSE_LEAD = /^(?:and\s+)?(?:further\s+)?that\s+/i;

// A clause that only receives or notes a paper of this meeting, whose title may say "update" or "progress report":
// "Receives the Recovery Update report.", "That the Audit Progress Report for Quarter 3 be noted." Not when it asks more.
const PAPER_RECEIVED = /^(?:(?:that\s+)?(?:(?:the\s+)?\w+\s+)?(?:receives?|notes?|accepts?)\s+the\b[^.;]{0,150}\breports?|(?:that\s+)?the\b[^.;]{0,150}\breports?\b[^.;]{0,80}\bbe\s+(?:noted|received|accepted))\.?$/i;
const ASKS_MORE = /\b(?:and|requests?|asks?|further|next|future)\b/i;
// The short test first: a clause that asks more is passed over before the longer pattern runs.
const receivesPaperOnly = (text: string): boolean => !ASKS_MORE.test(text) && PAPER_RECEIVED.test(text.trim());

// A decision sending copies of itself for support ("a copy of this Resolution be forwarded to MP Rota; AMO …"), as
// Ontario councils close a resolution: the council's position made known, no task.
// "That Council write to the Federal Minister …", "Carrigmore Municipal District write to …", "Write to the NSW Minister …": the body
// deciding (which OWNER_TASKED does not take as an owner), or no one named, is to write a letter. (Not a person's letter on the
// body's behalf, "the Chairperson writes to the Cabinet Member expressing the Committee's comments", which dev's gold leaves out.)
const LETTER_DECIDED = new RegExp(`^(?:(?:(?:the|this)\\s+)?(?:[A-Z][\\w'’&-]*\\s+){0,4}(?:${alternation([...DECIDING_BODIES, ...COUNCIL_AREA_NOUNS])})\\s+)?(?:(?:${alternation(FUTURE_MODALS)})\\s+)?(?:${eitherCase(LETTER_WRITING_VERBS)})\\s+to\\s+(?:the\\s+)?[A-Z]`);
// A decision that notes what someone said they would do: "to note that …", "Notes that …".
const NOTED_THAT = /^(?:to\s+)?(?:note|notes|noted)\s+that\s+/i;
const COPIES_SENT = /^(?:that\s+)?(?:a\s+)?cop(?:y|ies)\s+of\s+(?:this|the|its)\s+(?:resolution|motion)\b/i;

/**
 * "Agreed: Clerk to report the potholes on Mill Lane to the highway authority": a decision that is a named task, read
 * as the same words are in prose (the commitment rule of that id), whatever its verb. (The id is written out: the
 * rule's own literal id is what links it to its file in the rules' documentation; the phrasing-matrix test fails
 * if the two part.)
 */
function setsNamedTask(text: string): boolean {
  const first = sentences(text)[0]?.text ?? text;
  return commitmentIn(first)?.rule.id === NAMED_TO_DO;
}
const NAMED_TO_DO = 'commitment-named-to-do';

/** Resolution clauses that ask for a future report or a later return are actions too. */
export function actionsFromResolutions(resolutions: readonly Resolution[]): Action[] {
  const out: Action[] = [];
  for (const r of resolutions) {
    const place: Place = { line: r.line };
    if (r.column !== undefined) place.column = r.column;
    if (r.end !== undefined) place.end = r.end;
    if (r.page !== undefined) place.page = r.page;
    // "AND FURTHER THAT staff prepare …": the clause's own lead is not part of who is tasked.
    if (COPIES_SENT.test(r.text)) continue;
    const clause = r.text.replace(CLAUSE_LEAD, '');
    if ((FUTURE_REPORT.test(r.text) && !receivesPaperOnly(r.text)) || OWNER_TASKED.test(clause) || LETTER_DECIDED.test(clause) || setsNamedTask(r.text)) {
      out.push(action(r.text, place, futureWorkRule.id));
      continue;
    }
    // "(2) to note that the Area Manager would arrange drop-in sessions …": the decision records a commitment made at the meeting.
    const noted = NOTED_THAT.exec(clause);
    const promise = noted ? commitmentIn(clause.slice(noted[0].length)) : null;
    if (promise && promise.at === 0) {
      const found = action(r.text, place, promise.rule.id);
      found.owner = ownerOf(clause.slice(noted![0].length)) ?? found.owner;
      out.push(found);
      continue;
    }
    // A later clause that sets an owner a task: "That the precept be raised … and that the Clerk should notify the County Council".
    const later = LATER_TASK_CLAUSE.exec(r.text);
    if (later && OWNER_TASKED.test(r.text.slice(later.index + later[0].length))) {
      out.push(action(r.text.slice(later.index + later[0].length), place, futureWorkRule.id));
      continue;
    }
    // A sentence recorded after the decision: "RESOLVED: That … . The Clerk was asked to notify …".
    for (const s of sentences(r.text).slice(1)) {
      const c = commitmentIn(s.text);
      if (c) out.push(action(commitmentText(s.text, c.at, c.rule), place, c.rule.id));
    }
  }
  return out;
}

// A row of an action table that restates a commitment recorded earlier in the minutes (the "Action list summary"
// after the signature) or an earlier row: all but this share of the shorter one's longer words are in the other.
const ROW_RESTATES = 0.75;
// Longer words carry what a task is about ("write", "Smith"); "to", "the", "NO" do not.
const longWordsOf = (text: string): string[] => wordsOf(text).filter((w) => w.length >= 4);
const MIN_ROW_WORDS = 2;
// How many earlier actions a row is compared with (a summary restates the minutes' own actions).
const RESTATED_WINDOW = 400;

// The rows a summary table prints: by an owner column ("… the seat     NO/BM") or under an "Action | Owner" header.
const RESTATING_ROWS: ReadonlySet<string | undefined> = new Set([ownerColumnRule.id, actionTableRowRule.id]);

// A table row that rewords a commitment recorded earlier in prose ("Mr Ocampo agreed to circulate the draft plan to
// Members" / "Circulate draft recovery plan to Committee Members | Director") is the same task: at least this many
// words that say what it is about shared, and this share of the shorter one's.
const REWORDED_MIN_SHARED = 3;
const REWORDED_SHARE = 0.4;
// Longer words that say nothing of what a task is about.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['with', 'will', 'would', 'shall', 'should', 'that', 'this', 'these', 'those', 'from', 'have', 'been', 'they', 'their', 'them', 'about', 'into', 'also', 'said', 'agreed', 'asked', 'were', 'which', 'what', 'when', 'whether']);
const contentWordsOf = (words: readonly string[]): string[] => words.filter((w) => !FUNCTION_WORDS.has(w));

// Two records of a task read alike when this share of their words (all of them, counted both ways) is shared.
const READS_ALIKE = 0.6;
function readsAlike(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return (2 * sharedWordCount(x, y)) / Math.max(1, x.length + y.length) >= READS_ALIKE;
}

/**
 * A commitment recorded twice, once in the minutes and once as a row of an action table, counts once: when the two
 * read alike the first stands, when the row rewords it the row stands (with its owner and date) and the earlier record
 * goes; a row restating an earlier row goes.
 */
export function dropRestatedRows(items: readonly AgendaItem[]): void {
  const earlier: { words: string[]; content: string[]; action: Action; row: boolean }[] = [];
  const dropped = new Set<Action>();
  for (const item of items) {
    for (const a of item.actions) {
      const words = longWordsOf(a.text);
      const content = contentWordsOf(words);
      const row = RESTATING_ROWS.has(a.rule);
      // The earlier record this row restates, the closest first; compared with a bounded window, a long log stays linear.
      let restated: (typeof earlier)[number] | null = null;
      let best = 0;
      for (let k = Math.max(0, earlier.length - RESTATED_WINDOW); row && k < earlier.length; k++) {
        const e = earlier[k];
        if (dropped.has(e.action)) continue;
        const shorter = Math.min(e.words.length, words.length);
        const share = shorter >= MIN_ROW_WORDS ? sharedWordCount(e.words, words) / shorter : 0;
        const shared = e.row ? 0 : sharedWordCount(e.content, content);
        const contentShare = shared / Math.max(1, Math.min(e.content.length, content.length));
        const fits = share >= ROW_RESTATES || (shared >= REWORDED_MIN_SHARED && contentShare >= REWORDED_SHARE);
        if (fits && Math.max(share, contentShare) > best) {
          best = Math.max(share, contentShare);
          restated = e;
        }
      }
      // Two records that read alike keep the first; a row that rewords the minutes' sentence is kept over it.
      if (restated !== null) dropped.add(restated.row || readsAlike(restated.action.text, a.text) ? a : restated.action);
      earlier.push({ words, content, action: a, row });
    }
  }
  if (dropped.size === 0) return;
  for (const item of items) {
    if (item.actions.some((a) => dropped.has(a))) item.actions = item.actions.filter((a) => !dropped.has(a));
  }
}

// A long commitment restated (the discussion's sentence again in the resolution, its subject changed, or a
// clause of it quoted whole) is the same commitment: this many words at least, this much of them shared, or
// this much of the shorter one inside the longer.
const RESTATED_MIN_WORDS = 12;
const RESTATED_OVERLAP = 0.8;
const RESTATED_CONTAINED = 0.9;

const hasDigit = (w: string): boolean => /\d/.test(w);

/** An action's words and, joined, those of them with figures in: what restates() compares. */
interface ActionWords {
  words: string[];
  figures: string;
}
const actionWords = (words: string[]): ActionWords => ({ words, figures: words.filter(hasDigit).join(' ') });

/** Whether b restates a: the same figures and dates, and most words shared or the shorter nearly all inside the longer. */
function restates(first: ActionWords, second: ActionWords): boolean {
  // "… brought to the meeting on 1 September" and "… on 20 July" are two commitments.
  if (first.figures !== second.figures) return false;
  const a = first.words;
  const b = second.words;
  const common = sharedWordCount(a, b);
  return (2 * common) / (a.length + b.length) >= RESTATED_OVERLAP || common / Math.min(a.length, b.length) >= RESTATED_CONTAINED;
}

/** A commitment recorded twice, in the same or other words, counts once (the first); actions in line order. */
export function dedupeActions(actions: readonly Action[]): Action[] {
  // Most items record one action or none: nothing to compare.
  if (actions.length < 2) return [...actions];
  const ordered = [...actions].sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const long: ActionWords[] = [];
  return ordered.filter((a) => {
    const key = a.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    const words = wordsOf(a.text);
    if (words.length < RESTATED_MIN_WORDS) return true;
    // Each action's figures are read once, not once per comparison.
    const these = actionWords(words);
    if (long.some((w) => restates(w, these))) return false;
    long.push(these);
    return true;
  });
}


