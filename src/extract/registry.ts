// The rule registry: every rule of every stage with a stable id, the minute
// phrasing it matches and an example, generated from the rule tables
// themselves (LINE_RULES, KIND_PATTERNS,
// CATEGORY_PATTERNS, the presenter and question patterns). `minutes rules`
// prints it; test/rules.test.ts runs every example through its rule, so the
// documentation cannot drift from the code.
import type { ItemCategory, ResolutionKind } from '../schema/document.js';
import { markdownToLines } from '../read/markdown.js';
import type { SourceLine } from '../read/types.js';
import { LINE_RULES, type LineRule } from '../tokenize/classify.js';
import { KIND_PATTERNS, resolutionKind } from './resolutions.js';
import { CATEGORY_PATTERNS, itemCategory } from './category.js';
import { ATTENDING_SUBJECT, PRESENTER_LABEL, REPORTED_BY, SUBJECT_VERB, THANKED_FOR_PRESENTING, parsePeopleSubject, welcomedPeople } from './presenters.js';
import { ASKER_VERB, IN_RESPONSE, RESPONSE, TOPIC_DASH } from './questions.js';
import { APOLOGIES_SENTENCE } from './attendance.js';

export type RuleStage = 'line' | 'resolution-kind' | 'action' | 'presenter' | 'question' | 'attendance' | 'category';

export interface RuleEntry {
  id: string;
  stage: RuleStage;
  /** What minute phrasing the rule matches. */
  description: string;
  example: string;
  /** True when the rule fires on the text (how the registry tests its own examples). */
  fires(text: string): boolean;
}

interface Doc {
  description: string;
  example: string;
}

/** A source line for a line rule's example; examples written as markdown headings get the reader's heading hint. */
export function exampleLine(text: string): SourceLine {
  if (/^#{1,6}\s/.test(text)) return markdownToLines(text)[0];
  return { line: 1, text, indent: 0 };
}

const lineEntry = (rule: LineRule): RuleEntry => ({
  id: rule.id,
  stage: 'line',
  description: rule.description,
  example: rule.example,
  fires: (text) => rule.match(exampleLine(text)) !== null,
});

/** What each resolution-kind pattern matches: keyed by kind, so a new kind without docs fails to compile. */
const KIND_DOCS: Record<Exclude<ResolutionKind, 'other'>, Doc> = {
  granted: { description: 'Permission or consent granted.', example: 'That planning permission be granted subject to conditions.' },
  refused: { description: 'An application or permission refused.', example: 'That the application be refused.' },
  deferred: { description: 'A decision deferred to a later meeting.', example: 'That consideration of the item be deferred to the next meeting.' },
  delegated: { description: 'Authority delegated to an officer or member.', example: 'That authority be delegated to the Director of Place to agree the final terms.' },
  recommended: { description: 'A recommendation to another body (Council, Cabinet).', example: 'That Cabinet recommend to Council the revised fees.' },
  noted: { description: 'A report or update noted.', example: 'That the report be noted.' },
  approved: { description: 'Something approved, confirmed, ratified or endorsed.', example: 'That the revised budget be approved.' },
  adopted: { description: 'A policy or plan adopted.', example: 'That the Local Plan be adopted.' },
  requested: { description: 'A request or instruction to officers or others.', example: 'That officers be requested to review the charges.' },
  agreed: { description: 'Something agreed or supported.', example: 'That the Committee agrees the terms of reference.' },
  rejected: { description: 'A proposal rejected or not supported.', example: 'That the proposal be rejected.' },
};

const CATEGORY_DOCS: Record<Exclude<ItemCategory, 'substantive'>, Doc> = {
  declarations: { description: 'Declarations or disclosures of interest.', example: 'Declarations of Interest' },
  apologies: { description: 'Apologies for absence, leave of absence.', example: 'Apologies for Absence and Substitutions' },
  'previous-minutes': { description: 'Minutes of the previous meeting, confirmation of minutes.', example: 'Minutes of the previous meeting' },
  'urgent-business': { description: 'Urgent business, any other business.', example: 'Any other business' },
  exclusion: { description: 'Exclusion of the press and public, exempt business.', example: 'Exclusion of the Press and Public' },
};

/** A presenting sentence: the regex fires and its subject reads as people or roles. */
const presenterFires = (re: RegExp) => (t: string): boolean => {
  const m = re.exec(t);
  return m !== null && parsePeopleSubject(m[1].replace(/[.:]$/, '')) !== null;
};

const PRESENTER_RULES: readonly RuleEntry[] = [
  {
    id: 'presenter-subject-verb',
    stage: 'presenter',
    description: 'People or "The" roles, then a presenting verb (introduced, presented, gave an update, took Members through).',
    example: 'Christine Holt, Director of Finance, introduced the report.',
    fires: presenterFires(SUBJECT_VERB),
  },
  {
    id: 'presenter-attending',
    stage: 'presenter',
    description: 'People "were in attendance for this item" (or the lines under "In attendance to present this item were:").',
    example: 'Mr A Reid (Head of Highways) and Ms P Lamb (Traffic Manager) were in attendance for this item.',
    fires: presenterFires(ATTENDING_SUBJECT),
  },
  {
    id: 'presenter-label',
    stage: 'presenter',
    description: 'A "Presenter:" / "Presented by:" label with the people.',
    example: 'Presented by: Dana Quill, Chief Executive',
    fires: presenterFires(PRESENTER_LABEL),
  },
  {
    id: 'presenter-welcomed',
    stage: 'presenter',
    description: 'The Chair welcomed people, each named with a role, to the item.',
    example: 'The Chair welcomed Laura Sales, Director of Legal Services; and Tony Haslam, Lead Officer.',
    fires: (t) => welcomedPeople(t) !== null,
  },
  {
    id: 'presenter-thanked',
    stage: 'presenter',
    description: 'Named people thanked for their presentation, update or report.',
    example: 'The Chair thanked Ms Patel for her presentation.',
    fires: presenterFires(THANKED_FOR_PRESENTING),
  },
  {
    id: 'presenter-staff-report',
    stage: 'presenter',
    description: 'A staff report line: "Name, Role – verbal report".',
    example: 'Dana Quill, Harbour Superintendent – verbal and written report',
    fires: (t) => REPORTED_BY.test(t),
  },
];

const regexEntry = (id: string, stage: RuleStage, doc: Doc, re: RegExp): RuleEntry => ({ id, stage, ...doc, fires: (t) => re.test(t) });

const QUESTION_RULES: readonly RuleEntry[] = [
  regexEntry('question-asker-verb', 'question', { description: 'A member or "Members" then an asking verb (queried, asked, sought clarification).', example: 'Councillor Amin queried the cost of the pilot.' }, ASKER_VERB),
  regexEntry('question-in-response', 'question', { description: '"In response to a question (from X) about Y", the answer following.', example: 'In response to a question from Councillor Bell about staffing, the Director said that posts were filled.' }, IN_RESPONSE),
  regexEntry('question-response', 'question', { description: 'The answer after a question: someone stated, explained, confirmed that.', example: 'The Head of Service explained that the survey closed in May.' }, RESPONSE),
  regexEntry('question-topic-dash', 'question', { description: 'A "topic – answer" bullet under a question lead-in.', example: 'Waiting times – these had fallen to six weeks.' }, TOPIC_DASH),
];

const ATTENDANCE_RULES: readonly RuleEntry[] = [
  regexEntry('apologies-sentence', 'attendance', { description: 'A sentence recording apologies received from named members.', example: 'Apologies for absence were received from Councillor Hart and Councillor Lowe.' }, APOLOGIES_SENTENCE),
];

/** Every rule, in pipeline order: line rules, then each extractor's patterns. */
export function ruleRegistry(lineRules: readonly LineRule[] = LINE_RULES): RuleEntry[] {
  const kinds = KIND_PATTERNS.map(([kind]): RuleEntry => {
    const doc = KIND_DOCS[kind as keyof typeof KIND_DOCS];
    return { id: `resolution-kind-${kind}`, stage: 'resolution-kind', ...doc, fires: (t) => resolutionKind(t) === kind };
  });
  const categories = CATEGORY_PATTERNS.map(([category]): RuleEntry => {
    const doc = CATEGORY_DOCS[category as keyof typeof CATEGORY_DOCS];
    return { id: `category-${category}`, stage: 'category', ...doc, fires: (t) => itemCategory(t) === category };
  });
  return [...lineRules.map(lineEntry), ...kinds, ...PRESENTER_RULES, ...QUESTION_RULES, ...ATTENDANCE_RULES, ...categories];
}

/** Documentation entries for pattern tables; exported for the registry's completeness test. */
export const REGISTRY_DOCS = { KIND_DOCS, CATEGORY_DOCS };
