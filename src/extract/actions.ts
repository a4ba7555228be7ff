// Actions: bullets under an action heading, and sentences recording a
// commitment ("would be circulated", "agreed to provide", "undertook to",
// "was asked to", "requested that … be presented at the 6 February 2020
// committee"), with owner and due date when stated.
import type { Action, Resolution } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext, type Place } from './types.js';
import { findDate } from './util/dates.js';
import { sentences, sharedWordCount } from './util/text.js';
import { HONORIFIC_NAME_SOURCE, PLAIN_NAME_SOURCE, ROLE_PHRASE_SOURCE, looksLikePersonName } from '../tokenize/names.js';

// Information promised to members: always a follow-up when it "would be" done.
const DELIVER = '(?:circulated|provided|shared|sent|distributed|forwarded|emailed|brought\\s+back|reported\\s+back|made\\s+available|followed\\s+up|looked\\s+into|investigated|picked\\s+up|addressed\\s+through\\s+the\\s+action\\s+log)';
// Reports that are a follow-up only when they go to a meeting: "would be brought to the next meeting".
const DELIVER_TO_MEETING = '(?:brought|presented|submitted|reported|considered|added|included|scheduled)\\s+(?:back\\s+)?(?:to|at|on)\\s+(?:the\\s+|a\\s+)?(?:next|future|following|(?:\\w+\\s+){1,3})?(?:meeting|committee|panel|board|cabinet|council|agenda|work\\s*programme)';
// What a person promises to do later: "would provide", "will write to", "would take this point away".
const PROMISE = '(?:circulate|provide|share|send|notify|inform|distribute|forward|email|report\\s+back|follow\\s+up|look\\s+into|investigate|pick\\s+up|write|respond|reply|liaise|contact|confirm|feed\\s*back|check|come\\s+back|clarify|arrange|raise|take\\s+(?:this|the|that)\\s+(?:point|matter|issue|suggestion|comment)s?\\s+(?:away|back)|find\\s+out|chase|update\\s+(?:Members|members|the\\s+(?:Committee|Panel|Board))|bring\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:report|update|paper)|report\\s+to|submit|organise|organize|set\\s+up|ensure|speak\\s+to|meet\\s+with|discuss\\s+with|invite|prepare\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:report|response|briefing|note|paper))';
// Who can promise: a named person, a role, officers.
const ACTOR = `(?:${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${PLAIN_NAME_SOURCE}|[Oo]fficers|[Hh]e|[Ss]he|[Tt]hey|[Ii]t\\s+was\\s+confirmed\\s+that\\s+officers)`;

// "ACTION: Officers to circulate", "The Clerk to write to"
const DELEGATED_TO = /^(?:[Tt]he\s+)?(?:[Oo]fficers?|[Cc]lerk|[Cc]hair(?:man)?|Head\s+of\s+[\w ]{3,40}|Director(?:\s+of\s+[\w ]{3,40})?|Democratic\s+Services(?:\s+Officer)?|[A-Z]{2,6})\s+to\s+[a-z]+/;

// "figures would be produced after October and circulated to Members": the delivery after a first step
const DONE_AND_DELIVERED = new RegExp(`\\b(?:would|will)\\s+(?:also\\s+)?be\\s+[a-z]+ed\\b[^.;]{0,80}?\\band\\s+(?:then\\s+)?${DELIVER}\\b`, 'i');

// "The Chair shared that she would send a message to group leaders", "confirmed that they would check"
const SAID_THAT_WOULD = new RegExp(`\\b(?:said|stated|shared|confirmed|explained|advised|indicated|added|replied|responded|assured\\s+\\w+)\\s+that\\s+(?:he|she|they|officers|the\\s+(?:[Cc]ouncil|[Dd]epartment|[Tt]eam|[Ss]ervice))\\s+(?:would|will)\\s+(?:also\\s+|now\\s+)?(?:${PROMISE})\\b`);

// An answer recorded in the first person: "I will ensure it is recorded", "I would be happy to send"
const FIRST_PERSON_PROMISE = new RegExp(`\\b(?:I|[Ww]e)\\s+(?:will|would|shall)\\s+(?:also\\s+|be\\s+happy\\s+to\\s+)?(?:${PROMISE})\\b`);

// "… comments will be considered and Mr. Robinson will prepare a detailed report": a promise in a later clause with its own subject
const LATER_SUBJECT_PROMISE = new RegExp(`(?:,|\\band|\\bbut)\\s+(?:${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|[Oo]fficers)\\s+(?:would|will)\\s+(?:also\\s+|then\\s+)?(?:${PROMISE})\\b`);

/**
 * Not phrasings: a cheap test each costly pattern's matches pass (a superset), tried first. The costly
 * patterns embed the name and promise sources; a sentence without their words skips them, and so does
 * V8's compiling them on a first, short run (start-up).
 */
const COMMITMENT_GATES = new Map<RegExp, RegExp>([
  [DONE_AND_DELIVERED, /\band\s+(?:then\s+)?(?:circulated|provided|shared|sent|distributed|forwarded|emailed|brought|reported|made|followed|looked|investigated|picked|addressed)\b/i],
  [SAID_THAT_WOULD, /\bthat\s+(?:he|she|they|officers|the)\s+(?:\w+\s+)?(?:would|will)\b/],
  [FIRST_PERSON_PROMISE, /\b(?:I|[Ww]e)\s+(?:will|would|shall)\b/],
  [LATER_SUBJECT_PROMISE, /(?:,|\band|\bbut)\s+\S.{0,200}?\s(?:would|will)\s/],
]);

/** The commitment phrasings, each with a one-line comment. */
export const COMMITMENT_PATTERNS: readonly RegExp[] = [
  // "agreed to provide", "undertook to circulate", "offered to arrange", "promised to write"; not "it had been agreed to use" (a past decision)
  /\b(?:(?<!\bhad\s+been\s+)agreed|undertook|offered|promised|committed|volunteered)\s+to\s+(?!the\b|this\b|that\b|these\b|a\b|an\b)[a-z]+/i,
  // "was asked to", "were requested to", "was tasked with"
  /\b(?:was|were|had\s+been|be)\s+(?:asked|requested|tasked|instructed)\s+to\s+\w+/i,
  // "would be circulated", "will be provided", "was due to be sent", "would be addressed through the action log"
  new RegExp(`\\b(?:would|will|should|was\\s+to|(?:was|were|is|are)\\s+due\\s+to)\\s+(?:also\\s+|then\\s+)?be\\s+${DELIVER}\\b`, 'i'),
  // "figures would be produced after October and circulated to Members": the delivery after a first step
  DONE_AND_DELIVERED,
  // "asked them to let her have any comments by 30 March", "asked Members to send their views to the Clerk"
  /\basked\s+(?:them|[Mm]embers|[Cc]ouncillors|the\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard))\s+to\s+(?:let\s+(?:him|her|them|officers|the\s+\w+)\s+(?:have|know)|send|forward|email|submit|provide|contact|pass\s+on|feed\s*back|share|notify|inform)\b/,
  // "The Chair asked officers to circulate the figures", "asked the Head of Housing to write to the tenants"
  /\basked\s+(?:officers|the\s+(?:Clerk|Chief\s+Executive|(?:[A-Z][\w-]*\s+){0,4}(?:Officer|Director|Manager)|Head\s+of\s+[A-Z][\w ]{2,40}?))\s+to\s+(?!note\b|consider\b|leave\b|speak\b|address\b|introduce\b|present\b)[a-z]+/,
  // "Cllr Fox asked that officers investigate the drainage issue", "requested that the Clerk write to the operator"
  /\b(?:asked|requested)\s+that\s+(?:officers|the\s+(?:Clerk|[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*)){0,4}))\s+(?:investigate|look\s+into|provide|circulate|write|contact|report\s+back|review|arrange|check|liaise|explore|bring|prepare|update|send|share|confirm)\b/,
  // "The Committee requested a further update in six months' time", "asked for a written breakdown"
  /\b(?:requested|asked\s+for)\s+(?:a|an)\s+(?:further\s+|progress\s+|written\s+|short\s+)?(?:update|report|briefing|breakdown|briefing\s+note)\b/,
  // "A National Strategy would follow at a later meeting", "an update would come back to the next meeting"
  /\b(?:would|will)\s+(?:follow|come\s+back|return)\s+(?:to|at)\s+(?:a|the)\s+(?:later|future|next|following)\s+(?:meeting|committee|board)\b/i,
  // "the Chair asked for this to be rectified", "asked for the figures to be checked"
  /\basked\s+for\s+(?:this|it|that|these|the\s+\w+(?:\s+\w+)?)\s+to\s+be\s+[a-z]+ed\b/i,
  // "would be brought to the next meeting", "be presented at the 6 February 2020 committee"
  new RegExp(`\\bbe\\s+${DELIVER_TO_MEETING}\\b`, 'i'),
  // "The Director would provide a written answer", "officers would, subject to …, create"
  new RegExp(`^${ACTOR}(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:[a-z]+\\s+){0,2}?(?:would|will)\\s+(?:also\\s+|then\\s+|now\\s+)?(?:${PROMISE})\\b`),
  // "it was confirmed that officers would, subject to the outcome …, create a programme of work"; not "… that the reserves would remain …"
  /\b(?:confirmed|agreed|undertook)\s+that\s+(?:officers|the\s+\w+(?:\s+\w+){0,3})\s+would\b(?!\s+(?:remain|be|continue|have|not|need|still|stay|only)\b)/i,
  // "requested that an update report be presented", "requested the panel to share", "asked that a report be included in the work programme"
  /\b(?:requested|asked)\s+that\s+.{3,200}?\s+be\s+(?:presented|brought|provided|circulated|shared|submitted|reported|included|added|scheduled|arranged|placed|put|listed)\b|\brequested\s+the\s+\w+(?:\s+\w+)?\s+to\s+[a-z]+\b/i,
  // "stated his intention to submit", "stated his intention, if the Council agreed, to submit"
  /\b(?:his|her|their|an)\s+intention(?:\s*,[^,]{0,200},)?\s+to\s+[a-z]+/i,
  // "The Chair shared that she would send a message to group leaders", "confirmed that they would check"
  SAID_THAT_WOULD,
  // An answer recorded in the first person: "I will ensure it is recorded", "I would be happy to send"
  FIRST_PERSON_PROMISE,
  DELEGATED_TO,
  // "… had been picked up and would take this point away": a promise in a later clause, its subject elided
  new RegExp(`(?:,|\\band|\\bbut|\\bhowever,?)\\s+would\\s+(?:also\\s+)?(?:${PROMISE})\\b`),
  // "… comments will be considered and Mr. Robinson will prepare a detailed report": a promise in a later clause with its own subject
  LATER_SUBJECT_PROMISE,
];

/** Not a phrasing: the words every commitment pattern except DELEGATED_TO needs (a superset, any case). */
const COMMITMENT_WORDS = /due\s+to\s+be|agreed|undertook|offered|promised|committed|volunteered|asked|requested|tasked|instructed|would|will|should|was\s+to|brought|presented|submitted|reported|considered|added|included|scheduled|confirmed|intention/i;

// A resolution clause that asks for a future report or a later return: also an action.
const FUTURE_REPORT = /\b(?:(?:ask|asks|instruct|instructs)\s+(?:officers|the\s+[A-Z]\w+(?:\s+[A-Z]?\w+)?)\s+to\s+[a-z]+|report\s+back|(?:further|update|progress|follow-up)\s+reports?|be\s+(?:brought|presented|submitted|reported|circulated)\b|be\s+requested\s+to\b|future\s+meeting|next\s+meeting|comes?\s+back|prepare\s+(?:a|an)\s+(?:\w+\s+){0,2}report\b|receives?\s+(?:a|an)\s+(?:further\s+|progress\s+)?(?:update|report)\s+(?:in|at|by|within)\b)/i;

// Descriptions of plans in a report, not commitments made at the meeting.
// The clerk's statutory duty quoted in Ontario minutes ("Clerk to record, without note or comment, all resolutions …").
// Agenda boilerplate and standing instructions: "Members are required to declare", "To confirm that the items …".
const NOT_COMMITMENT = /\b(?:are|is)\s+required\s+to\b|\bmust\s+(?:also\s+)?declare\b|^Under\s+Standing\s+Order\b|^To\s+(?:confirm|consider|receive|note|approve|agree)\b|\b(?:the report|the strategy|the plan|the policy|the programme|the scheme|the budget|the proposals?)\s+(?:would|will)\b|\bit\s+was\s+hoped\b|\bwould\s+be\s+(?:considered|reviewed)\s+as\s+part\s+of\b|\bintention\s+to\s+(?:address|speak|ask|put)\b|\bto\s+record,?\s+without\s+note\s+or\s+comment\b/i;

// Who the task falls to: the subject before the commitment verb.
// A role named without "The": "Head of Housing to report back".
const BARE_ROLE = "(?:Head|Director|Chief|Manager|Clerk|Chair(?:man)?|Leader|Officer|Cabinet\\s+Member)(?:\\s+(?:of|for|and|&|[A-Z][\\w'’-]*)){0,6}";
const OWNER = new RegExp(`^(${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${BARE_ROLE}|${PLAIN_NAME_SOURCE}|[Oo]fficers|The\\s+[Oo]fficers)(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:\\w+\\s+){0,2}?(?:agreed|undertook|offered|promised|committed|volunteered|was\\s+asked|were\\s+asked|be\\s+(?:requested|asked|instructed)|would|will|to\\s+\\w+)\\b`);
const NOT_OWNER = /^(?:It|This|That|These|There|The\s+(?:report|item|update|plan|document|minutes|information|matter|response|answer|Committee's)|A\s+(?:report|response|written|further|briefing|note|paper))\b/i;

// Due dates: "by 30 June 2024", "at the next meeting", "by the end of March", "in the new year".
const DUE_WORDS = /\b(?:by|before|at|to|for|in|within)\s+(?:the\s+)?(?:(?:next|following|future)(?=\s+(?:meeting|committee|cabinet|board|panel|council|week|month|quarter|year|municipal|financial|round|cycle|session)\b)|end\s+of\s+\w+|(?!the\b)\w+\s+(?:meeting|committee)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:two|three|four|six|\d{1,2})\s+(?:weeks|months))(?:\s+(?:meeting|committee|cabinet|board|panel))?\b/i;


/** Where the commitment starts in the sentence, or -1 when it records none. */
export function commitmentAt(sentence: string, gated = true): number {
  // Without one of the commitment words only DELEGATED_TO can match: skip the long patterns.
  const hinted = COMMITMENT_WORDS.test(sentence);
  if (!hinted && !DELEGATED_TO.test(sentence)) return -1;
  if (NOT_COMMITMENT.test(sentence)) return -1;
  let at = -1;
  for (const re of hinted ? COMMITMENT_PATTERNS : [DELEGATED_TO]) {
    const gate = gated ? COMMITMENT_GATES.get(re) : undefined;
    if (gate !== undefined && !gate.test(sentence)) continue;
    const m = re.exec(sentence);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at;
}

export function isCommitment(sentence: string): boolean {
  return commitmentAt(sentence) >= 0;
}

/** The words of a text, lower-cased: what clause lengths and restatements are measured in. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9][\w'’-]*/g) ?? [];

// The fewest words a later clause needs to stand as an action on its own.
const MIN_CLAUSE_WORDS = 6;

// A finite verb before the commitment means it sits in a later clause: "X stated … and requested that …".
const EARLIER_CLAUSE_VERB = /\b(?:stated|said|noted|explained|advised|reported|highlighted|commented|had|was|were|is|are|confirmed|acknowledged|added|referred)\b/;

/** The commitment's own words: the whole sentence, or its later clause when the subject is elided. */
export function commitmentText(sentence: string, at: number): string {
  if (at <= 0) return sentence;
  const before = sentence.slice(0, at);
  const rest = sentence.slice(at);
  const atBoundary = /(?:,|\band|\bbut|\bhowever,?)\s*$/i.test(before) || /^(?:,|and\b|but\b|however\b)/i.test(rest);
  // A clause of a few words ("however, would check as regards this") says nothing without its subject.
  const clause = rest.replace(/^(?:,|and|but|however,?)\s+/i, '');
  if (!atBoundary || !EARLIER_CLAUSE_VERB.test(before) || wordsOf(clause).length < MIN_CLAUSE_WORDS) return sentence;
  return clause;
}

// "X asked Members / officers / the Head of Housing to send …": the task falls to those asked, not to X.
const ASKS_OTHERS = /\basked\s+(?:them|[Mm]embers|[Cc]ouncillors|[Oo]fficers|the\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[A-Z][\w ]{2,60}?))\s+to\b/;

function ownerOf(sentence: string): string | null {
  if (ASKS_OTHERS.test(sentence)) return null;
  const m = OWNER.exec(sentence);
  if (!m || NOT_OWNER.test(m[1])) return null;
  return m[1].trim();
}

// A month and year is the most specific due date short of a full date: "in July 2020", "by the end of March 2025".
const DUE_MONTH_YEAR = /\b(?:by|before|in|during|at|for|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/i;

function dueOf(sentence: string): string | null {
  const d = findDate(sentence);
  if (d) return d.iso;
  const my = DUE_MONTH_YEAR.exec(sentence);
  if (my) return my[0].trim();
  const w = DUE_WORDS.exec(sentence);
  return w ? w[0].trim() : null;
}

function action(text: string, place: Place): Action {
  const t = text.replace(/\s+/g, ' ').replace(/^[–—-]\s*/, '').trim();
  return { text: t, owner: ownerOf(t), due: dueOf(t), ...place };
}

// "Action: Clerk", "ACTION: JB": an owner alone under the action label, for the commitment just recorded.
const OWNER_ONLY = /^(?:[Tt]he\s+)?(?:Clerk|Chair(?:man)?|Officers?|Head\s+of\s+[A-Z][\w ]{2,40}|Director(?:\s+of\s+[A-Z][\w ]{2,40})?|[A-Z]{2,3})\.?$/;

/** Actions in one item; resolution clauses that ask for future work are actions too. */
export function extractActions(ctx: ItemContext, resolutions: readonly Resolution[] = []): Action[] {
  const out: Action[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'actions') {
      const lead = section.leadIn!.text;
      // "ACTION: Councillor Rice" names the owner of the commitment recorded just before it.
      if (lead && (looksLikePersonName(lead) || OWNER_ONLY.test(lead)) && section.blocks.length === 0) {
        const previous = out[out.length - 1];
        if (previous) previous.owner = lead;
        continue;
      }
      if (lead) out.push(action(lead, placeOf(section.leadIn!)));
      for (const b of section.blocks) out.push(action(b.text, placeOf(b)));
      continue;
    }
    if (section.kind === 'resolutions' || section.kind === 'decision') continue;
    const blocks: Block[] = section.leadIn ? [section.leadIn, ...section.blocks] : [...section.blocks];
    for (const b of blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'question-lead-in') continue;
      for (const s of sentences(b.text)) {
        const at = commitmentAt(s.text);
        if (at >= 0) out.push(action(commitmentText(s.text, at), placeOf(b)));
      }
    }
  }
  out.push(...actionsFromResolutions(resolutions));
  return dedupeActions(out);
}

/** Resolution clauses that ask for a future report or a later return are actions too. */
export function actionsFromResolutions(resolutions: readonly Resolution[]): Action[] {
  const out: Action[] = [];
  for (const r of resolutions) {
    if (!FUTURE_REPORT.test(r.text)) continue;
    const place: Place = { line: r.line };
    if (r.column !== undefined) place.column = r.column;
    if (r.end !== undefined) place.end = r.end;
    if (r.page !== undefined) place.page = r.page;
    out.push(action(r.text, place));
  }
  return out;
}

// A long commitment restated (the discussion's sentence again in the resolution, its subject changed, or a
// clause of it quoted whole) is the same commitment: this many words at least, this much of them shared, or
// this much of the shorter one inside the longer.
const RESTATED_MIN_WORDS = 12;
const RESTATED_OVERLAP = 0.8;
const RESTATED_CONTAINED = 0.9;

const hasDigit = (w: string): boolean => /\d/.test(w);

/** Whether b restates a: the same figures and dates, and most words shared or the shorter nearly all inside the longer. */
function restates(a: readonly string[], b: readonly string[]): boolean {
  // "… brought to the meeting on 1 September" and "… on 20 July" are two commitments.
  const figuresA = a.filter(hasDigit).join(' ');
  if (figuresA !== b.filter(hasDigit).join(' ')) return false;
  const common = sharedWordCount(a, b);
  return (2 * common) / (a.length + b.length) >= RESTATED_OVERLAP || common / Math.min(a.length, b.length) >= RESTATED_CONTAINED;
}

/** A commitment recorded twice, in the same or other words, counts once (the first); actions in line order. */
export function dedupeActions(actions: readonly Action[]): Action[] {
  const ordered = [...actions].sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const long: string[][] = [];
  return ordered.filter((a) => {
    const key = a.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    const words = wordsOf(a.text);
    if (words.length < RESTATED_MIN_WORDS) return true;
    if (long.some((w) => restates(w, words))) return false;
    long.push(words);
    return true;
  });
}
