// Bullets under a question lead-in ("Members requested and received
// clarification on the following:"): each bullet that records a question is
// one, its text the bullet or, for "topic – answer" bullets, the topic.
import type { Question } from '../../schema/document.js';
import type { Block } from '../../segment/blocks.js';
import { defineRule } from '../../rules/define.js';
import { makeQuestion, memberAsker } from './shape.js';
import { ASKER_SOURCE, MEMBER_NAME_SOURCE } from './vocabulary.js';

// A lead-in that is only questions, even when it says "points": "Members sought clarification on the following points:".
const QUESTIONS_ONLY_LEAD_IN = /\b(?:sought|requested(?:\s+and\s+received)?|received)\s+clarification\b|\basked\s+(?:a\s+number\s+of\s+|several\s+|a\s+range\s+of\s+)?questions\b/i;
// Lead-ins that mix comments with questions.
// "In response to questions, the Head of Finance advised that:" introduces answers, not questions.
const MIXED_LEAD_IN = /\bcomments?\b|\bsaid\b|\bnoted\b|\bpoints?\b|\bdiscussion\b|^in\s+response\s+to\b|\b(?:advised|explained|confirmed|informed|stated|reported|clarified|responded)\b/i;
// A bullet that records a question: a question mark, an interrogative opening, or a "topic – answer" split.
const RECORDS_A_QUESTION = /\?|^(?:whether|how|what|why|when|where|which|who|if)\b|\s[–—]\s|\s-\s/i;

/** "Q. How many …? A. 1,240": a question and its answer, each after its label. Groups: question, answer. */
const Q_AND_A = /^Q[.:]\s+(.{3,600}?\?)\s+A[.:]\s+(.{1,2000})$/;

/** "topic – answer" bullets: the question is the part before a spaced dash. */
export const TOPIC_DASH = /^(.{3,300}?)\s+[–—-]{1,2}\s+(.+)$/;

/** True when only bullets that record a question count under this lead-in. */
export function isMixedLeadIn(lead: string): boolean {
  return MIXED_LEAD_IN.test(lead) && !(QUESTIONS_ONLY_LEAD_IN.test(lead) && !/\bcomments?\b/i.test(lead));
}

export const topicDashRule = defineRule({
  id: 'question-topic-dash',
  stage: 'question',
  description: 'A "topic – answer" bullet under a question lead-in: the topic is the question, the rest its answer.',
  examples: {
    valid: ['Members requested and received clarification on the following:\n\n•    Waiting times – these had fallen to six weeks.'],
    invalid: ['Members discussed the following:\n\n•    Waiting times – these had fallen to six weeks.'],
  },
});

/** A member, titled, alone before the dash of a bullet: "Cllr Bhardwaj", "Councillor A. Lowe". */
const TITLED_ASKER = new RegExp(`^${MEMBER_NAME_SOURCE}$`);
/** The first sentence of a bullet's question and the rest (its answer). Groups: the question, the rest. */
// (The answer may follow in brackets: "… repeated from last year? (Yes, partially.)".)
const FIRST_SENTENCE = /^(.{3,600}?[?.])(?:\s+(?=[A-Z(])(.*))?$/;

export const askerDashRule = defineRule({
  id: 'question-asker-dash',
  stage: 'question',
  description: 'A bullet under a question lead-in that names its asker before a dash ("Cllr Bhardwaj – what assumptions had been made about the pay award? Mr Pendleton replied …"): the member asked the first sentence after the dash; the rest is the answer, as is an "A:" line under a "Q:" one.',
  examples: {
    valid: [
      'Members asked a number of questions:\n\n•    Cllr Bhardwaj – what assumptions had been made about the pay award? Mr Pendleton replied that 3% had been assumed.',
      // Printed as "Q:" and "A:": the line under the question is its answer.
      'Members raised the following questions:\n\nQ: Councillor Pike – What proportion of plans are issued within 20 weeks?\nA: 38% in the last quarter.',
    ],
    invalid: ['Members asked a number of questions:\n\n•    Waiting times – these had fallen to six weeks.'],
  },
});

export const leadInBulletRule = defineRule({
  id: 'question-lead-in-bullet',
  stage: 'question',
  description: 'A bullet under a question lead-in ("Members sought clarification on the following:"); under a mixed lead-in only a bullet that asks ("Whether …", "…?").',
  examples: {
    valid: [
      'Members sought clarification on the following points:\n\n•    The level of reserves.',
      'Questions and comments from Members included:\n\n•    Whether the target was achievable.',
      "Members' questions and officers' responses are summarised below:\n\n•    Q. Would the new vehicles be electric? A. Four of the twelve would be.",
      // A numbered lead-in and its lettered list.
      '2. Members requested and received clarification on the following:\n   (a) the number of plans issued on time;\n   (b) why placements had risen.',
    ],
    // Where the lead-in's own paragraph numbering resumes the list has ended (fixture questions-numbered-lead-in-list).
    invalid: ['Questions and comments from Members included:\n\n•    Members welcomed the report.'],
  },
});

/** The question a bullet under a lead-in records, if it records one. */
export function fromLeadInBullet(b: Block, mixed: boolean): Question | null {
  if (mixed && !RECORDS_A_QUESTION.test(b.text)) return null;
  // "Q. How many …? A. 1,240 …": the question after its label, the answer after its own.
  const qa = Q_AND_A.exec(b.text);
  if (qa) {
    const q = makeQuestion(qa[1], null, b, leadInBulletRule.id);
    q.response = qa[2].trim();
    return q;
  }
  const m = TOPIC_DASH.exec(b.text);
  if (!m) return makeQuestion(b.text, null, b, leadInBulletRule.id);
  // "Cllr Bhardwaj – what assumptions had been made …? Mr Pendleton replied …": a member before the dash asked what follows it.
  if (TITLED_ASKER.test(m[1])) {
    const asked = FIRST_SENTENCE.exec(m[2]);
    const q = makeQuestion(asked ? asked[1] : m[2], m[1].trim(), b, askerDashRule.id);
    if (asked && asked[2] !== undefined && asked[2].trim() !== '') q.response = asked[2].trim().replace(/^\((.*)\)$/, '$1');
    return q;
  }
  const q = makeQuestion(m[1], null, b, topicDashRule.id);
  q.response = m[2].trim();
  return q;
}

/**
 * "Councillor Hart asked the following:", "Members asked about:": an asking sentence that introduces a list.
 * "raised" asks only with questions or queries: a member who "raised the following issues:" reports them. Group 1: the asker.
 */
/** `/:-?\s*$/.test(text)`, read from the end: trimEnd drops what `\s*` would, and a long text is not scanned for colons. */
export function endsInColon(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith(':') || t.endsWith(':-');
}
export const ASKS_A_LIST = new RegExp(
  `(?:^|[.?!]\\s+)(${ASKER_SOURCE})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:also\\s+)?(?:(?:asked|queried|enquired|inquired|questioned|sought\\s+clarification|sought\\s+information|requested\\s+information)(?:\\s+(?:about|on|regarding|whether|the\\s+following|the\\s+below)(?:\\s+(?:questions|queries|points|matters|issues))?)?|raised\\s+(?:the\\s+following\\s+|these\\s+)?(?:questions|queries))\\s*:-?\\s*$`,
);

/**
 * Not a phrasing: the asking verbs of ASKS_A_LIST, each after white space and ending its word. A text
 * without one cannot match, and this scan is far cheaper than the pattern's, which tries its long asker
 * at every sentence start (test/questions-gate.test.ts).
 */
export const LIST_ASKING_VERB = /\s(?:asked|queried|enquired|inquired|questioned|sought|requested|raised)\b/;

export const askedListRule = defineRule({
  id: 'question-asked-list',
  stage: 'question',
  description: 'An asking sentence ending in a colon ("Councillor Hart asked the following:", "Members asked about:"): each bullet after it is a question by that asker.',
  examples: {
    valid: ['Councillor Hart asked the following:\n\n•    Would the pool reopen in May?\n•    What would the repairs cost?'],
    invalid: ['Councillor Hart noted the following:\n\n•    The pool would reopen in May.', 'Cllr Hart raised the following issues:\n\n•    Fly-tipping on Dock Street had increased.'],
  },
});

/** The asker of a sentence introducing a list of questions (null for "Members"); undefined when it introduces none. */
export function listAsker(text: string): string | null | undefined {
  // The pattern tries its long asker at every sentence start: only a text ending in a colon can match.
  if (!endsInColon(text) || !LIST_ASKING_VERB.test(text)) return undefined;
  const m = ASKS_A_LIST.exec(text);
  return m ? memberAsker(m[1]) : undefined;
}
