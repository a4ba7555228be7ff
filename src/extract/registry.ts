// The rule registry: every rule of every stage with a stable id, the minute
// phrasing it matches and an example, generated from the rule tables
// themselves (LINE_RULES, KIND_PATTERNS, COMMITMENT_PATTERNS,
// CATEGORY_PATTERNS; presenter, question and attendance rules are defineRule objects). `minutes rules`
// prints it; test/rules.test.ts runs every example through its rule, so the
// documentation cannot drift from the code.
import type { ItemCategory, ResolutionKind } from '../schema/document.js';
import { markdownToLines } from '../read/markdown.js';
import type { SourceLine } from '../read/types.js';
import { LINE_RULES, type LineRule } from '../tokenize/classify.js';
import { KIND_PATTERNS, resolutionKind } from './resolutions.js';
import { COMMITMENT_PATTERNS, isCommitment } from './actions.js';
import { CATEGORY_PATTERNS, itemCategory } from './category.js';

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

/**
 * What the commitment patterns match. Each entry is tied to the first pattern
 * of COMMITMENT_PATTERNS its example fires (not to an index, so reordering the
 * table keeps the docs right); the registry test requires every pattern to be
 * some entry's pattern.
 */
const COMMITMENT_DOCS: readonly (Doc & { id: string })[] = [
  { id: 'commitment-agreed-to', description: 'Someone agreed, undertook, offered or promised to do something.', example: 'The Head of Finance agreed to circulate the figures.' },
  { id: 'commitment-was-asked-to', description: 'Someone was asked, requested or tasked to do something.', example: 'Officers were asked to report back on the options.' },
  { id: 'commitment-would-be-done', description: 'Something would or will be circulated, provided, shared.', example: 'A briefing note would be circulated to Members.' },
  { id: 'commitment-done-and-delivered', description: 'Something would be done and then circulated or shared.', example: 'Updated figures would be produced after October and circulated to Members.' },
  { id: 'commitment-members-asked-to', description: 'Members were asked to send or let someone have something later.', example: 'The Scrutiny Officer asked Members to send their comments to her by 30 March.' },
  { id: 'commitment-asked-officers', description: 'Someone asked officers or a named officer to do something.', example: 'The Chair asked officers to circulate the figures after the meeting.' },
  { id: 'commitment-asked-that-officers', description: 'A request that officers or a named officer do something.', example: 'Councillor Fox asked that officers investigate the drainage issue on Brook Lane.' },
  { id: 'commitment-requested-update', description: 'A request for a further update, report or briefing.', example: 'The Committee requested a further update in six months.' },
  { id: 'commitment-follow-later', description: 'Something would follow or come back at a later meeting.', example: 'A National Strategy would follow at a later meeting.' },
  { id: 'commitment-asked-for-done', description: 'Someone asked for a thing to be done.', example: 'The Chair asked for this to be rectified.' },
  { id: 'commitment-to-a-meeting', description: 'Something to be brought, presented or reported to a later meeting.', example: 'That a progress report be brought to the next meeting.' },
  { id: 'commitment-would-do', description: 'A person, role or officers would or will provide, write, report back.', example: 'The Director would provide a written answer.' },
  { id: 'commitment-confirmed-would', description: 'It was confirmed or agreed that officers would do something.', example: 'It was confirmed that officers would review the timetable.' },
  { id: 'commitment-requested', description: 'A request that something be presented later, or that someone do it.', example: 'Members requested the Clerk to write to the bus operator.' },
  { id: 'commitment-intention', description: 'Someone stated an intention to do something.', example: 'Councillor Ames stated her intention to submit a motion.' },
  { id: 'commitment-said-would', description: 'Someone said, confirmed or shared that they would do something.', example: 'The Chair said that she would send the notes to group leaders.' },
  { id: 'commitment-first-person', description: 'An answer in the first person: I or we will do something.', example: 'I will ensure the comments are passed on to the service.' },
  { id: 'commitment-later-subject', description: 'A promise in a later clause with its own subject.', example: 'Comments will be considered and Mr. Robinson will prepare a detailed report to Council.' },
  { id: 'commitment-named-to-do', description: 'An owner "to" do something, as in action lists (officers, the Clerk, a Director).', example: 'Democratic Services to circulate the slides.' },
  { id: 'commitment-later-clause', description: 'A promise in a later clause whose subject is elided.', example: 'The issue had been noted and would report back in June.' },
];

const CATEGORY_DOCS: Record<Exclude<ItemCategory, 'substantive'>, Doc> = {
  declarations: { description: 'Declarations or disclosures of interest.', example: 'Declarations of Interest' },
  apologies: { description: 'Apologies for absence, leave of absence.', example: 'Apologies for Absence and Substitutions' },
  'previous-minutes': { description: 'Minutes of the previous meeting, confirmation of minutes.', example: 'Minutes of the previous meeting' },
  'urgent-business': { description: 'Urgent business, any other business.', example: 'Any other business' },
  exclusion: { description: 'Exclusion of the press and public, exempt business.', example: 'Exclusion of the Press and Public' },
};

const regexEntry = (id: string, stage: RuleStage, doc: Doc, re: RegExp): RuleEntry => ({ id, stage, ...doc, fires: (t) => re.test(t) });


/** The first commitment pattern a text fires. */
export const commitmentPatternOf = (text: string): RegExp | undefined => COMMITMENT_PATTERNS.find((re) => re.test(text));

/** Every rule, in pipeline order: line rules, then each extractor's patterns. */
export function ruleRegistry(lineRules: readonly LineRule[] = LINE_RULES): RuleEntry[] {
  const kinds = KIND_PATTERNS.map(([kind]): RuleEntry => {
    const doc = KIND_DOCS[kind as keyof typeof KIND_DOCS];
    return { id: `resolution-kind-${kind}`, stage: 'resolution-kind', ...doc, fires: (t) => resolutionKind(t) === kind };
  });
  const commitments = COMMITMENT_DOCS.map((doc): RuleEntry => {
    const re = commitmentPatternOf(doc.example);
    return { ...doc, stage: 'action', fires: (t) => re !== undefined && re.test(t) && isCommitment(t) };
  });
  const categories = CATEGORY_PATTERNS.map(([category]): RuleEntry => {
    const doc = CATEGORY_DOCS[category as keyof typeof CATEGORY_DOCS];
    return { id: `category-${category}`, stage: 'category', ...doc, fires: (t) => itemCategory(t) === category };
  });
  return [...lineRules.map(lineEntry), ...kinds, ...commitments, ...categories];
}

/** Documentation entries for pattern tables; exported for the registry's completeness test. */
export const REGISTRY_DOCS = { KIND_DOCS, COMMITMENT_DOCS, CATEGORY_DOCS };
