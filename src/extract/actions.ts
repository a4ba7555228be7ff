// Actions: bullets under an action heading, and sentences recording a
// commitment ("would be circulated", "agreed to provide", "undertook to",
// "was asked to", "requested that … be presented at the 6 February 2020
// committee"), with owner and due date when stated.
import type { Action, Resolution } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext, type Place } from './types.js';
import { findDate } from './util/dates.js';
import { sentences } from './util/text.js';
import { HONORIFIC_NAME_SOURCE, PLAIN_NAME_SOURCE, ROLE_PHRASE_SOURCE } from './util/names.js';

// Deliverables that a later-doing verb promises.
const DELIVER = '(?:circulated|provided|shared|sent|distributed|forwarded|emailed|brought\\s+back|brought|reported\\s+back|reported|presented|submitted|published|made\\s+available|followed\\s+up|looked\\s+into|investigated|picked\\s+up|added|included|considered|scheduled|arranged|updated|reviewed|revisited)';
const DO = '(?:circulate|provide|share|send|distribute|forward|email|bring|report\\s+back|report|present|submit|publish|make\\s+available|follow\\s+up|look\\s+into|investigate|pick\\s+up|add|include|arrange|update|write|respond|reply|liaise|contact|confirm|feed\\s*back|check|come\\s+back|return|raise|pass|give|organise|organize|set\\s+up|meet|speak|discuss|explore|consider|review|clarify|ensure|seek|invite|produce|prepare|draft|investigate|find\\s+out|chase)';

/** The commitment phrasings, each with a one-line comment. */
export const COMMITMENT_PATTERNS: readonly RegExp[] = [
  // "agreed to provide", "undertook to circulate", "offered to arrange", "promised to write"
  /\b(?:agreed|undertook|offered|promised|committed|volunteered)\s+to\s+\w+/i,
  // "was asked to", "were requested to", "was tasked with"
  /\b(?:was|were|had\s+been)\s+(?:asked|requested|tasked|instructed|invited)\s+to\s+\w+/i,
  // "would be circulated", "will be provided", "would be brought back to the next meeting"
  new RegExp(`\\b(?:would|will|should|to)\\s+be\\s+${DELIVER}\\b`, 'i'),
  // "would provide a written answer", "will report back", "would write to"
  new RegExp(`\\b(?:would|will)\\s+(?:also\\s+|then\\s+|now\\s+)?${DO}\\b`, 'i'),
  // "requested that a report be presented at the 6 February 2020 committee"
  new RegExp(`\\b(?:requested|asked|recommended)\\s+that\\b.{0,300}?\\bbe\\s+${DELIVER}\\b`, 'i'),
  // "ACTION: officers to circulate", "Officers to report back"
  new RegExp(`^(?:[A-Z][\\w'’-]*\\s+){1,5}to\\s+${DO}\\b`),
];

// Descriptions of plans in a report, not commitments made at the meeting.
const NOT_COMMITMENT = /\b(?:the report|the strategy|the plan|the policy|the programme|the scheme|the budget|the proposals?)\s+(?:would|will)\b|\bit\s+was\s+hoped\b|\bwould\s+be\s+(?:considered|reviewed)\s+as\s+part\s+of\b/i;

// Who the task falls to: the subject before the commitment verb.
const OWNER = new RegExp(`^(${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${PLAIN_NAME_SOURCE}|[Oo]fficers|The\\s+[Oo]fficers)(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:\\w+\\s+){0,2}?(?:agreed|undertook|offered|promised|committed|volunteered|was\\s+asked|were\\s+asked|would|will|to\\s+\\w+)\\b`);
const NOT_OWNER = /^(?:It|This|That|These|There|The\s+(?:report|item|update|plan|document|minutes|information|matter|response|answer|Committee's)|A\s+(?:report|response|written|further|briefing|note|paper))\b/i;

// Due dates: "by 30 June 2024", "at the next meeting", "by the end of March", "in the new year".
const DUE_WORDS = /\b(?:by|before|at|to|for|in|within)\s+(?:the\s+)?(?:next|following|future|end\s+of\s+\w+|\w+\s+(?:meeting|committee)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:two|three|four|six|\d{1,2})\s+(?:weeks|months))(?:\s+(?:meeting|committee|cabinet|board|panel))?\b/i;

// A resolution clause asking for a future report: "a further report be brought to the meeting on …".
const FUTURE_REPORT = /\b(?:report\s+back|be\s+(?:brought|presented|submitted|reported)\b|future\s+meeting|next\s+meeting)/i;

export function isCommitment(sentence: string): boolean {
  return COMMITMENT_PATTERNS.some((re) => re.test(sentence)) && !NOT_COMMITMENT.test(sentence);
}

function ownerOf(sentence: string): string | null {
  const m = OWNER.exec(sentence);
  if (!m || NOT_OWNER.test(m[1])) return null;
  return m[1].trim();
}

function dueOf(sentence: string): string | null {
  const d = findDate(sentence);
  if (d) return d.iso;
  const w = DUE_WORDS.exec(sentence);
  return w ? w[0].trim() : null;
}

function action(text: string, place: Place): Action {
  const t = text.replace(/\s+/g, ' ').trim();
  return { text: t, owner: ownerOf(t), due: dueOf(t), ...place };
}

/** Actions in one item; resolution clauses that ask for future work are actions too. */
export function extractActions(ctx: ItemContext, resolutions: readonly Resolution[] = []): Action[] {
  const out: Action[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'actions') {
      if (section.leadIn!.text) out.push(action(section.leadIn!.text, placeOf(section.leadIn!)));
      for (const b of section.blocks) out.push(action(b.text, placeOf(b)));
      continue;
    }
    if (section.kind === 'resolutions' || section.kind === 'decision') continue;
    const blocks: Block[] = section.leadIn ? [section.leadIn, ...section.blocks] : [...section.blocks];
    for (const b of blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'question-lead-in') continue;
      for (const s of sentences(b.text)) if (isCommitment(s.text)) out.push(action(s.text, placeOf(b)));
    }
  }
  for (const r of resolutions) {
    if (isCommitment(r.text) || FUTURE_REPORT.test(r.text)) {
      const place: Place = { line: r.line };
      if (r.column !== undefined) place.column = r.column;
      if (r.end !== undefined) place.end = r.end;
      if (r.page !== undefined) place.page = r.page;
      out.push(action(r.text, place));
    }
  }
  // A commitment recorded twice counts once.
  const seen = new Set<string>();
  return out.filter((a) => {
    const key = a.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.line - b.line);
}
