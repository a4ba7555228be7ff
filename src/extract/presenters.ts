// Presenters: who introduced, presented or gave the update on an item. Each
// phrasing family is one rule (src/extract/presenters/rules.ts); the people
// are read by one subject recogniser (presenters/subject.ts) and the verbs
// come from one verb class (presenters/patterns.ts, src/lexicon/presenting.ts).
import type { Person } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { NAME_WORD_SOURCE, PERSON_SOURCE, looksLikePersonName, looksLikeRole } from '../tokenize/names.js';
import { escapeRegex, MEMBER_HONORIFICS, DEPUTATION_TITLE_WORDS, POST_INITIALS, POST_TITLES, abbreviationAlternation, alternation } from '../lexicon/index.js';
import { sentences, type Sentence } from './util/text.js';
import { memo } from '../util/memo.js';
import type { Gated, WordGate } from '../lexicon/gate.js';
import { withoutOpeners } from './util/openers.js';
import { itemCategory } from './category.js';
import { isPublicPart } from './questions.js';
import { headsWrittenQuestion } from './questions/records.js';
import { PRESENTING_ATTENDANCE } from '../tokenize/patterns.js';
import { coordinatedSubject, isRolePhrase, parsePeopleSubject, singleNameSubject, trailingPeople, type People, type PersonRef } from './presenters/subject.js';
import {
  ASKED_TO_PRESENT,
  ADDRESSING_WORD,
  INVITED_PASSIVE,
  BY_MEANS_OF_REPORT,
  RECEIVED_FROM,
  THERE_WAS_SUBMITTED,
  ATTENDING_SUBJECT,
  ATTENDING_BETWEEN_COMMAS,
  DASH_REPORTED,
  DASH_REPORTED_HINT,
  DASH_REPORT_GATE,
  REPORT_FORM_GATE,
  INVITED_VERB_GATE,
  INVITED_WORD_GATE,
  RECEIVING_GATE,
  WELCOMED_WORD_GATE,
  THANKED_WORD_GATE,
  THANKED_FOR_GATE,
  ASKING_GATE,
  ATTENDING_GATE,
  ASKING_WORD,
  INVITED_NEEDS_NOUN,
  INVITED_TO_PRESENT,
  MEMBER_REPORTS_TITLE,
  NOT_PRESENTED_MATTER,
  NOT_PRESENTING_AFTER,
  MOVED_MATTER_AFTER,
  ASKED_MATTER_AFTER,
  INTRODUCED_PERSON,
  PEOPLE_LIST_LEAD_IN,
  PARTICIPLE_OPENING,
  POSSESSIVE_REPORT,
  PRESENTED_BY,
  PASSIVE_BY_GATE,
  SPACED_BY,
  PRESENTER_LABEL,
  PRESENTER_LABEL_GATE,
  SENTENCE_RULE_GATE,
  PEOPLE_LIST_LEAD_IN_GATE,
  POST_HEAD_GATE,
  PRESENTING_VERB_SOURCE,
  PRESENTING_GATE,
  PRESENTING_VERB_GATE,
  PRESENTING_WORDS,
  PRESIDING_SUBJECT,
  REPORTED_BY,
  REPORTED_BY_HINT,
  REPORT_NOUN,
  ROLE_REPORT_TITLE,
  STATEMENT_TITLE,
  STATEMENT_TITLE_GATE,
  SUBJECT_STATEMENT,
  SUBJECT_VERB,
  THANKED_FOR_PRESENTING,
  WELCOMED,
  WHO_PRESENTED,
  HEARD_FROM,
  subjectVerbPattern,
} from './presenters/patterns.js';
import {
  receivedFromRule,
  askedToPresentRule,
  thereWasSubmittedRule,
  attendingRule,
  invitedRule,
  labelRule,
  memberReportsRule,
  participleOpeningRule,
  peopleListRule,
  possessiveReportRule,
  presentedByRule,
  statementItemRule,
  staffReportRule,
  subjectVerbRule,
  supportedByRule,
  thankedRule,
  welcomedRule,
  whoPresentedRule,
} from './presenters/rules.js';

export { parsePeopleSubject, splitPeopleList, splitPeopleListWithSeparators } from './presenters/subject.js';
export {
  ATTENDING_SUBJECT,
  MEMBER_REPORTS_TITLE,
  PRESENTED_BY,
  PRESENTER_LABEL,
  REPORTED_BY,
  SUBJECT_VERB,
  THANKED_FOR_PRESENTING,
  WELCOMED,
  WHO_PRESENTED,
  INVITED_TO_PRESENT,
  STATEMENT_TITLE,
  PEOPLE_LIST_LEAD_IN,
} from './presenters/patterns.js';

/** "Councillor Dave Yemm: Museum Board.", "Liz Moore – Library Board": a member reporting on that body. */
export const MEMBER_REPORT_LINE = new RegExp(`^(?:(${abbreviationAlternation(MEMBER_HONORIFICS)}|Reeve|Deputy\\s+Reeve)\\s+)?([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){1,3})\\s*(?::|\\s[–—-])\\s+[A-Z0-9]`);

/** ", supported by Helen Cole, Head of Early Help." after a presenting verb. Group 1: the people. */
const SUPPORTED_BY = /,?\s+(?:supported|assisted|accompanied)\s+by\s+([^.;]{3,200}?)\.?$/;
/** Sentences that record an answer, not a presentation: "In response to a question, the Director outlined …". */
const ANSWERING = /^(?:In\s+(?:response|reply|answer)|Responding|Replying|Answering|When\s+asked|Following\s+(?:a|the|further)\s+questions?|Asked\s+(?:about|whether))\b/i;
/** A greeting item: "Welcome", "Nau Mai | Welcome", "Welcome and Introductions". */
const WELCOME_TITLE = /^(?:[^\s]+\s+){0,3}?welcomes?(?:\s*(?:,|and|&)\s*(?:introductions?|apologies(?: for absence)?|housekeeping|announcements|safety(?: information| announcements?)?)){0,3}\.?\s*$/i;
/** "did not make any announcements": a negated statement. */
const NEGATED = /^\s*(?:did|had|has|would)\s+not\b|^\s*(?:had|made)\s+no\b/;

function toPerson(p: PersonRef, block: Block, rule: string): Person {
  return { name: p.name, role: p.role ? p.role.replace(/[.,;:]$/, '').trim() : null, ...placeOf(block), rule };
}

// "The report, which was introduced by X, set out …": the passive inside a relative clause.
// Also reduced, without "which was": "The report, presented by the Fire Officer, set out …".
const RELATIVE_PASSIVE = /,\s+(?:which\s+(?:was|were|had\s+been)\s+(?:[a-z]+\s+)?[a-z]+|presented|introduced)\s+by\b/;
// ", set out the new strategy": the main clause's verb after a relative clause's agent.
const MAIN_CLAUSE_AFTER = /,\s+(?!(?:the|and|a|an|of|for|with|who|which)\b)[a-z][a-z’'-]+\s/g;

/**
 * "The report, which was introduced by the Public Health Consultant (Lisa Grant), set out …": the agent
 * of a relative clause inside the sentence stops at the comma before the main clause resumes.
 */
function beforeMainVerb(agent: string): People | null {
  MAIN_CLAUSE_AFTER.lastIndex = 0;
  const m = MAIN_CLAUSE_AFTER.exec(agent);
  return m ? parsePeopleSubject(agent.slice(0, m.index)) : null;
}

/** The people after "presented by": "Jamie Robinson, Municipal Planner", or the role first, "Municipal Planner, Jamie Robinson". */
function presentedBy(text: string): People | null {
  const m = PRESENTED_BY.exec(text);
  if (!m) return null;
  // "Report of the Director (presented by Ms Jan Kerr, Library Coordinator).": the bracket closes the agent.
  if (/\(\s*(?:presented|introduced)\s+by\s/.test(text)) m[1] = m[1].replace(/\)\s*\.?$/, '');
  const people = parsePeopleSubject(m[1]) ?? (RELATIVE_PASSIVE.test(text) ? beforeMainVerb(m[1]) : null);
  if (people) return people;
  const roleFirst = /^([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,6}),\s+(.+)$/.exec(m[1]);
  return roleFirst && looksLikePersonName(roleFirst[2]) ? [{ name: roleFirst[2], role: roleFirst[1] }] : null;
}

/** The people of a subject: the whole subject, else the people at its end ("In the absence of X the Director"). */
function subjectPeople(written: string): People | null {
  // "Dr Rhian Vos - Director of Public Health -": a post set off by dashes is set off as by commas.
  const subject = written.includes(' - ') || ((written.includes('–') || written.includes('—')) && /\s[–—]\s/.test(written)) ? written.replace(/\s+[–—-]\s+/g, ', ').replace(/\s*[,–—-]\s*$/, '') : written;
  const single = (): People | null => {
    const person = singleNameSubject(subject);
    return person ? [person] : null;
  };
  return parsePeopleSubject(subject) ?? coordinatedSubject(subject) ?? single() ?? trailingPeople(subject) ?? bracketedPeople(subject);
}

// A line that ends a unit of its own: no sentence mark, comma or connective left hanging ("… Performance Plan Results").
const OPEN_LINE_END = /[,;:(–—-]$|\b(?:and|or|of|the|to|for|with|by|from|at|in|on|&)$/;

/**
 * The people of a subject that a heading line ran into: a page or PDF joins "Paramedic Services –
 * 2024 Response Plan Results" and the next line, "Lisa Fontaine, Director of Paramedic Services,
 * presented the results", into one paragraph. When the whole subject names no one, the subject
 * from the start of the block's last line inside it is read, if the line before it ends as a heading does.
 */
function subjectAfterHeadingLine(subject: string, block: Block): People | null {
  if (block.line === block.end) return null;
  const lines = block.fullText.split('\n');
  for (let k = lines.length - 1; k >= 1; k--) {
    const line = lines[k].trim();
    const before = lines[k - 1].trim();
    if (line.length < 3 || !/^[A-Z]/.test(line) || before === '' || OPEN_LINE_END.test(before) || /[.!?]["”’)]?$/.test(before)) continue;
    const start = subject.indexOf(` ${line.slice(0, Math.min(line.length, 24))}`);
    if (start <= 0) continue;
    return subjectPeople(subject.slice(start + 1));
  }
  return null;
}

/** "Officers from the Fire Service (Mr Ray Tull and Ms Sue Vine)": the named people in a closing bracket. */
function bracketedPeople(subject: string): People | null {
  const m = /\(([^()]{3,200})\)$/.exec(subject.trim());
  const people = m ? parsePeopleSubject(m[1]) : null;
  return people && people.every((p) => p.name !== null) ? people : null;
}

/**
 * PRESENTING_ATTENDANCE.test(text), read sentence by sentence: the phrase holds no full stop, so it lies
 * in one sentence, and each sentence's word index, read once for all the sentence gates, answers first.
 * (Used on the paragraphs whose sentences the sentence rules read next.)
 */
export function holdsPresentingAttendance(text: string): boolean {
  return sentencesHoldPresentingAttendance(sentences(text));
}

/** `holdsPresentingAttendance` of a text split into `said`. */
function sentencesHoldPresentingAttendance(said: readonly Sentence[]): boolean {
  for (let k = 0; k < said.length; k++) if (ATTENDING_GATE.testSentence(said[k]) && PRESENTING_ATTENDANCE.test(said[k].text)) return true;
  return false;
}

/**
 * Whether a sentence of the text opens the gate: a phrase with no full stop in it lies in one
 * sentence, and the sentences' word indexes are the ones the sentence rules read next.
 */
export function anySentenceOpens(text: string, gate: WordGate): boolean {
  return anyOpens(sentences(text), gate);
}

/** `anySentenceOpens` of a text split into `said`. */
function anyOpens(said: readonly Sentence[], gate: WordGate): boolean {
  for (let k = 0; k < said.length; k++) if (gate.testSentence(said[k])) return true;
  return false;
}

/** A person a sentence names, and the rule that read them. */
interface Found {
  readonly ref: Readonly<PersonRef>;
  readonly rule: string;
}

/** A subject and its presenting verb, matched ("The Director of Place introduced …"): what the subject-verb rule reads on. */
interface SubjectVerbMatch {
  /** The subject (the pattern's group 1). */
  readonly subject: string;
  /** The subject and the verb (the whole match). */
  readonly matched: string;
  /** The sentence after the verb. */
  readonly after: string;
  /** Whether what follows the verb is a mover's or petitioner's matter ("presented the motion"). */
  readonly moved: boolean;
  /** The sentence without its openers. */
  readonly text: string;
}

/**
 * What a sentence says of its presenters, read from its text alone: the people found with their rules, or a
 * subject-verb match whose subject names no one by itself (the block's heading line may have run into it,
 * which only the block tells: see subjectAfterHeadingLine).
 */
type SentenceReading = readonly Found[] | SubjectVerbMatch;

/** People named in the subject of a presenting sentence, each with the rule that read them. */
function fromSentence(said: Gated, block: Block, local?: LocalPresenterPatterns): readonly Person[] {
  // The subject-verb patterns try their verbs at every position: pass over sentences that hold none of them.
  if (!local && !PRESENTING_GATE.testSentence(said)) return NONE;
  const reading = local ? readSentence(said, local) : keptReading(said);
  const found = isFoundList(reading) ? reading : subjectVerbFound(subjectAfterHeadingLine(reading.subject, block), reading);
  return found.length === 0 ? NONE : found.map((f) => toPerson(f.ref, block, f.rule));
}

const isFoundList = (reading: SentenceReading): reading is readonly Found[] => Array.isArray(reading);

// The same sentences come back in a batch (each council's minutes repeat their formulas, "The Clerk presented the
// financial report", meeting after meeting): a sentence that opens the presenting gate is read once from its text,
// which is all the reading depends on (local phrasings from a config are read afresh).
const READINGS_KEPT = 1024;
const keptReadings = new Map<string, SentenceReading>();

function keptReading(said: Gated): SentenceReading {
  let reading = keptReadings.get(said.text);
  if (reading === undefined) {
    if (keptReadings.size >= READINGS_KEPT) keptReadings.clear();
    keptReadings.set(said.text, (reading = readSentence(said)));
  }
  return reading;
}

/** `fromSentence` from the sentence's text alone (a gated sentence). */
function readSentence(said: Gated, local?: LocalPresenterPatterns): SentenceReading {
  const sentence = said.text;
  if (ANSWERING.test(sentence)) return [];
  const text = withoutOpeners(sentence);
  // Each pattern below needs a word or mark written in it ("by", an apostrophe, "who"): a sentence without it is not tried.
  // "Introducing the report, the Director explained …": the subject after a fronted presenting participle.
  const fronted = /^(?:In|When|On|[A-Z][a-z]+ing)\b/.test(text) ? PARTICIPLE_OPENING.exec(text) : null;
  const opened = fronted ? subjectPeople(fronted[1]) : null;
  if (opened) return found(opened, participleOpeningRule.id);
  const by = SPACED_BY.test(text) && PASSIVE_BY_GATE.testSentence(said) ? presentedBy(text) : null;
  if (by) return found(by, presentedByRule.id);
  const whose = text.includes("'") || text.includes('’') ? POSSESSIVE_REPORT.exec(text) : null;
  const owners = whose ? parsePeopleSubject(whose[1]) : null;
  if (owners) return found(owners, possessiveReportRule.id);
  // The verb gates read the whole sentence: the words of a sentence include those of the text after its openers.
  const verbs = PRESENTING_VERB_GATE.testSentence(said);
  const who = verbs && text.includes('who') ? WHO_PRESENTED.exec(text) : null;
  if (who) {
    // "There had been circulated Report No SLA/16/24 by the Ward Manager, who presented the applications": the report's author presents it.
    const author = text.startsWith('There') ? THERE_WAS_SUBMITTED.exec(text) : null;
    const authors = author ? parsePeopleSubject(author[1]) : null;
    if (authors) return found(authors, whoPresentedRule.id);
    // "The Committee heard from Jane Smith, Planning Officer, who outlined …": the person heard is the subject. One of the
    // public heard presents what a delegation brings ("who presented a petition"), not the item.
    const heard = HEARD_FROM.exec(who[1]);
    const after = heard ? text.slice(who[0].length) : '';
    const people = heard ? (NOT_PRESENTING_AFTER.test(after) || ASKED_MATTER_AFTER.test(after) ? null : subjectPeople(who[1].slice(heard[0].length))) : subjectPeople(who[1]);
    // "The Head of Planning, who presented the report, said …": a post alone presents as a named person does.
    if (people && people.every((p) => p.name !== null || (p.role !== null && looksLikeRole(p.role)))) return found(people, whoPresentedRule.id);
  }
  const m = local ? local.subjectVerb.exec(text) : verbs ? SUBJECT_VERB.exec(text) : null;
  const after = text.slice(m ? m[0].length : 0);
  if (!m || (/introduc\w*$/.test(m[0]) && INTRODUCED_PERSON.test(after))) return [];
  // "presented the motion" is a mover's, unless officers (people with a post and no member's title) present it ("the
  // proposed amendment" to a planning scheme); "presented the award to …", "introduced herself" present nothing.
  const moved = MOVED_MATTER_AFTER.test(after);
  if (!moved && NOT_PRESENTING_AFTER.test(after)) return [];
  const localPerson = local ? localSubject(m[1], local) : null;
  if (localPerson) return [{ ref: localPerson, rule: subjectVerbRule.id }];
  const match: SubjectVerbMatch = { subject: m[1], matched: m[0], after, moved, text };
  const people = subjectPeople(m[1]);
  return people ? subjectVerbFound(people, match) : match;
}

/** The people of a subject-verb match (read from its subject, or from a heading line run into it), each with their rule. */
function subjectVerbFound(people: People | null, match: SubjectVerbMatch): readonly Found[] {
  if (!people || (match.moved && !people.every(isOfficer))) return [];
  // A delegation presenting its request is no presenter; an officer reporting on a request is.
  if (ASKED_MATTER_AFTER.test(match.after) && people.every((p) => p.role === null || !looksLikeRole(p.role))) return [];
  // "Mr Hale addressed the Committee on the application": one of the public unless a post is named.
  if (ADDRESSING_WORD.test(match.matched.slice(match.subject.length)) && people.some((p) => p.role === null || !looksLikeRole(p.role))) return [];
  const out = found(people, subjectVerbRule.id);
  // "… introduced the report, supported by Helen Cole, Head of Early Help": the named people supporting present too.
  const support = SUPPORTED_BY.exec(match.text.slice(match.matched.length));
  const supporting = support ? parsePeopleSubject(support[1]) : null;
  if (supporting && supporting.every((p) => p.name !== null)) for (const p of supporting) out.push({ ref: p, rule: supportedByRule.id });
  return out;
}

/** Each person read, with the rule that read them. */
function found(people: People, rule: string): Found[] {
  return people.map((ref) => ({ ref, rule }));
}

/** An officer: a named person with a post and no member's title, or a post that is no presiding or member's office. */
function isOfficer(p: PersonRef): boolean {
  if (p.role === null || !looksLikeRole(p.role) || PRESIDING_SUBJECT.test(p.role) || /\b(?:Councillor|Member|Cabinet|Portfolio|Leader)\b/i.test(p.role)) return false;
  return p.name === null || !MEMBER_TITLED.test(p.name);
}

/** "District Councillor C Farr – Reported …": a member or officer with a post, reporting. */
function fromDashReport(said: Gated, block: Block): readonly Person[] {
  const sentence = said.text;
  const m = DASH_REPORT_GATE.testSentence(said) && DASH_REPORTED_HINT.test(sentence) ? DASH_REPORTED.exec(sentence) : null;
  const people = m ? parsePeopleSubject(m[1]) : null;
  // Residents write "A Smith, Churchtown – Reported …" too: only people with a post count.
  if (!people || people.some((p) => p.name === null || p.role === null || !looksLikeRole(p.role))) return NONE;
  return people.map((p) => toPerson(p, block, staffReportRule.id));
}

/** "The Chair invited the Head of Housing to introduce the report": the people invited to present. */
function fromInvitation(said: Gated, block: Block): readonly Person[] {
  const sentence = said.text;
  // Every pattern below needs "invited" or an asking verb as a word.
  if (!INVITED_WORD_GATE.testSentence(said) && !ASKING_GATE.testSentence(said)) return NONE;
  const invited = sentence.includes('invited');
  // "The Chair asked the Head of Education to outline …": a presiding member asking is inviting.
  const asked = !invited && ASKING_GATE.testSentence(said) && ASKING_WORD.test(sentence);
  if ((!invited && !asked) || !INVITED_VERB_GATE.testSentence(said)) return NONE;
  // "X had been invited to the meeting to discuss his portfolio": the invited person is the subject.
  const m = invited ? (INVITED_TO_PRESENT.exec(sentence) ?? INVITED_PASSIVE.exec(sentence)) : ASKED_TO_PRESENT.exec(sentence);
  // The object of the verb ("his motion", "their comments"), not a later phrase ("before the question session").
  const object = m ? m[3].split(/[,.;]/)[0].trim().split(/\s+/).slice(0, 4).join(' ') : '';
  if (!m || NOT_PRESENTED_MATTER.test(object)) return NONE;
  if (INVITED_NEEDS_NOUN.test(m[2]) && !REPORT_NOUN.test(m[3])) return NONE;
  const people = parsePeopleSubject(m[1]);
  return people ? people.map((p) => toPerson(p, block, invited ? invitedRule.id : askedToPresentRule.id)) : [];
}

// The agent patterns below end their agent at a comma or bracket (what follows is most often the report's subject):
// read with indices, so that a post set off after a lone name can be read from the text after the agent.
const RECEIVED_FROM_AT = new RegExp(RECEIVED_FROM.source, 'd');
const THERE_WAS_SUBMITTED_AT = new RegExp(THERE_WAS_SUBMITTED.source, 'd');
const BY_MEANS_OF_REPORT_AT = new RegExp(BY_MEANS_OF_REPORT.source, 'd');
/** ", Head of Planning" / ", the Head of Planning" / " (Head of Planning)" after an agent, up to where the post ends. */
const POST_AFTER_AGENT = /^\s*(?:,\s*(?:the\s+)?([^,.;()]{2,80}?)(?=\s*[,.;]|\s*$|\s+(?:on|regarding|concerning|about|which|that|who)\b)|\(\s*([^()]{2,80}?)\s*\))/;

/**
 * "… a presentation from Jane Smith (Head of Planning)", "There was submitted a report by Jane Smith, Head of Planning":
 * one person named without a post, then a post set off by a comma or brackets, holds that post.
 */
function withPostAfter(people: People | null, sentence: string, agentEnd: number): People | null {
  if (people === null || people.length !== 1 || people[0].name === null || people[0].role !== null) return people;
  const post = POST_AFTER_AGENT.exec(sentence.slice(agentEnd));
  const role = post ? (post[1] ?? post[2]).trim() : null;
  return role !== null && isRolePhrase(role) && looksLikeRole(role) ? [{ name: people[0].name, role }] : people;
}

/** "The Committee received a presentation from Ann Lee, Head of Transport": who gave it. */
function fromReceived(said: Gated, block: Block): readonly Person[] {
  const sentence = said.text;
  // Every form of RECEIVED_FROM reads "… received … from": a sentence without both is not tried.
  if (!RECEIVING_GATE.testSentence(said) || !(sentence.includes('receiv') || sentence.includes('heard')) || !sentence.includes('from')) return NONE;
  const m = RECEIVED_FROM_AT.exec(sentence);
  const people = m ? withPostAfter(parsePeopleSubject(m[1]), sentence, m.indices![1]![1]) : null;
  return people ? people.map((p) => toPerson(p, block, receivedFromRule.id)) : [];
}

/** "There was submitted a report by the Head of Roads on …", "By means of a report by the Corporate Director, …": whose report it was. */
function fromThereWasSubmitted(sentence: string, block: Block): readonly Person[] {
  if (!sentence.startsWith('There') && !sentence.startsWith('By')) return NONE;
  const m = THERE_WAS_SUBMITTED_AT.exec(sentence) ?? BY_MEANS_OF_REPORT_AT.exec(sentence);
  const people = m ? withPostAfter(parsePeopleSubject(m[1].replace(/^the\s+/, 'the ')), sentence, m.indices![1]![1]) : null;
  return people ? people.map((p) => toPerson(p, block, thereWasSubmittedRule.id)) : [];
}

/** People welcomed by the Chair, when each is named with a role (a guest officer, not "everyone" or a new member); else null. */
export function welcomedPeople(text: string): readonly { readonly name: string; readonly role: string }[] | null {
  if (!text.includes('welcomed')) return null;
  const m = WELCOMED.exec(text);
  const people = m ? parsePeopleSubject(m[1].replace(/;\s*and\s+/g, ' and ')) : null;
  if (!people || people.some((p) => p.name === null || p.role === null)) return null;
  return people as readonly { readonly name: string; readonly role: string }[];
}

function fromWelcome(said: Gated, block: Block): readonly Person[] {
  const text = said.text;
  if (!WELCOMED_WORD_GATE.testSentence(said)) return NONE;
  return welcomedPeople(text)?.map((p) => toPerson(p, block, welcomedRule.id)) ?? NONE;
}

/** The people thanked for their presentation or update, when they are named people. */
function fromThanks(said: Gated, block: Block): readonly Person[] {
  const text = said.text;
  if (!THANKED_WORD_GATE.testSentence(said) || !THANKED_FOR_GATE.testSentence(said) || !text.includes('thanked')) return NONE;
  const m = THANKED_FOR_PRESENTING.exec(text);
  const people = m ? parsePeopleSubject(m[1]) : null;
  return people && people.every((p) => p.name !== null) ? people.map((p) => toPerson(p, block, thankedRule.id)) : [];
}

/** The members reporting in a block of "Name – Body" lines (lines a PDF or page joined into one paragraph included). */
function fromMemberReports(block: Block): Person[] {
  const out: Person[] = [];
  for (const line of block.fullText.split('\n')) {
    const m = MEMBER_REPORT_LINE.exec(line.trim());
    if (m && looksLikePersonName(m[2])) out.push(toPerson({ name: m[2], role: m[1] ?? null }, block, memberReportsRule.id));
  }
  return out;
}

function fromAttendance(text: string, block: Block): Person[] {
  const whole = attendingPeople(text, block);
  if (whole.length > 0) return whole;
  // A paragraph of several sentences ("The Director presented the report. Ms Ngata, Rates Manager, was in
  // attendance for this item."): each sentence is read, the one holding the phrase for who attended.
  const out: Person[] = [];
  for (const s of sentences(text)) {
    if (s.text.length === text.length) break;
    append(out, PRESENTING_ATTENDANCE.test(s.text) ? attendingPeople(s.text, block) : fromSentence(s, block));
  }
  return out;
}

/**
 * A clause before the people who attended: "The General Manager introduced the report and the Chief
 * Financial Officer was in attendance for this item". Group 1: the presenting clause; group 2: who attended.
 */
const PRESENTED_AND_ATTENDED = / and (?!.* and )(.+)$/;

/**
 * Who a presenter label names: people as a subject names them ("Anita Bolt, Coordinator Community Grants"), or the post
 * before the name ("Coordinator Community Grants, Anita Bolt"), or a post alone ("Director Infrastructure").
 */
function labelledPeople(text: string): People | null {
  const people = parsePeopleSubject(text);
  if (people) return people;
  const comma = text.lastIndexOf(', ');
  if (comma > 0) {
    const post = text.slice(0, comma).trim();
    const name = text.slice(comma + 2).trim();
    if (looksLikeRole(post) && looksLikePersonName(name)) return [{ name, role: post }];
  }
  return looksLikeRole(text) ? [{ name: null, role: text }] : null;
}

function attendingPeople(text: string, block: Block): Person[] {
  const between = ATTENDING_BETWEEN_COMMAS.exec(text);
  const named = between ? parsePeopleSubject(between[1].trim()) : null;
  if (named) return named.map((p) => toPerson(p, block, attendingRule.id));
  const m = ATTENDING_SUBJECT.exec(text);
  let subject = m ? m[1] : text.replace(/^.*?\bthis\s+item\b[^:]*:?\s*(?:were:?)?\s*/i, '');
  subject = subject.replace(/[.:]$/, '').trim();
  const people = subject ? parsePeopleSubject(subject) : null;
  if (people) return people.map((p) => toPerson(p, block, attendingRule.id));
  // The presenting clause is read as a sentence of its own, the people after its "and" as attending.
  const joined = m && PRESENTING_VERB_GATE.test(subject) ? PRESENTED_AND_ATTENDED.exec(subject) : null;
  const presenting = joined ? fromSentence({ text: subject.slice(0, joined.index) }, block) : [];
  const attending = joined && presenting.length > 0 ? parsePeopleSubject(joined[1]) : null;
  return attending ? [...presenting, ...attending.map((p) => toPerson(p, block, attendingRule.id))] : [];
}

/** One line of a people list: "Kwame Mensah, Director of Children's Services", "Tom Byrne – Support Officer (TB)"; null unless every entry is a named person. */
export function listedPeople(text: string): People | null {
  const dashed = text.replace(/[.;]$/, '').replace(/\s+[–—-]\s+/, ', ');
  // "(BD)": the initials the minutes use for the person later.
  const line = dashed.endsWith(')') ? dashed.replace(/\s*\([A-Z]{2,4}\)$/, '') : dashed;
  const people = parsePeopleSubject(line);
  return people && people.every((p) => p.name !== null) ? people : null;
}

/** Blocks from `start` on that each list named people; returns the people and the index after the run. */
function peopleRun(blocks: readonly Block[], start: number, rule: string, needRoles: boolean): { people: Person[]; next: number } {
  const people: Person[] = [];
  let j = start;
  for (; j < blocks.length && (blocks[j].kind === 'bullet' || blocks[j].kind === 'paragraph'); j++) {
    const listed = listedPeople(blocks[j].text);
    if (!listed || (needRoles && listed.some((p) => p.role === null || !looksLikeRole(p.role)))) break;
    people.push(...listed.map((p) => toPerson(p, blocks[j], rule)));
  }
  return { people, next: j };
}

/** Whether the lines from `start` on go on listing people until a member named without a post (a roll of members). */
function rollFollows(blocks: readonly Block[], start: number): boolean {
  for (let j = start; j < Math.min(blocks.length, start + 4) && (blocks[j].kind === 'paragraph' || blocks[j].kind === 'bullet'); j++) {
    const people = parsePeopleSubject(blocks[j].text.replace(/\s+[–—-]\s+/, ', '));
    if (!people) return false;
    if (people.some((p) => p.role === null && p.name !== null && MEMBER_TITLED.test(p.name))) return true;
  }
  return false;
}

/** Statements that make the item: "The Mayor advised …" under "Mayor's Announcements". */
function fromStatement(sentence: string, block: Block, titlePost: string | null): readonly Person[] {
  const text = withoutOpeners(sentence);
  const m = SUBJECT_STATEMENT.exec(text);
  // Others speaking in the item (a councillor's reply, a resident's comment) are not making its statement:
  // only the presiding member, or the post the item is the report of ("Treasurer's Report": the Treasurer).
  const subject = m ? m[1].trim() : '';
  const isTitlePost = titlePost !== null && subject.replace(/^(?:the|our)\s+/i, '').toLowerCase() === titlePost;
  if (!m || NEGATED.test(text.slice(m[0].length)) || !(PRESIDING_SUBJECT.test(subject) || isTitlePost)) return NONE;
  const people = parsePeopleSubject(m[1].trim());
  return people ? people.map((p) => toPerson(p, block, statementItemRule.id)) : [];
}

/** A role-only presenter takes the name the item gives that post ("Leader – (Cllr Martin Tett)", "Fiona White, Lead Councillor for Planning"). */
// The name patterns are thousands of characters long: compiled once, and run only on a short
// stretch of text beside each place the role is written, not over the whole item.
export const NAME_BEFORE_ROLE = new RegExp(`(${PERSON_SOURCE})\\s*(?:,\\s*|\\(\\s*)(?:the\\s+)?$`);
/** What names an asker or a member answered, before a name that a comma then sets off from a post: "a question from", "In reply to". */
const ASKER_BEFORE_NAME = /(?:\b(?:questions?|quer(?:y|ies)|comments?|points?)\s+(?:raised\s+|asked\s+|put\s+)?(?:from|by)|\b(?:response|reply|answer|Responding|Replying|Answering|responding|replying|answering)\s+to|\basked\s+by)\s+$/;
const NAME_AFTER_ROLE = new RegExp(`^\\s*(?:,|[–—-]|\\()\\s*\\(?(${PERSON_SOURCE})`);
/** Longer than any name the person pattern can match. */
const NAME_WINDOW = 240;
const WORD_BOUNDARY = /\b/y;

/**
 * Whether text can end as NAME_BEFORE_ROLE needs: a comma or an opening bracket, then spaces and an
 * optional "the ". Read from the end (trimEnd drops what \s matches), so the long pattern, which
 * would be tried at every start in the window, runs only where it can match.
 */
export function endsBeforeRole(text: string): boolean {
  return endsBeforeRoleIn(text, 0, text.length);
}

/** `endsBeforeRole(text.slice(from, to))`, read in place (nameFromItem asks it at every mention of a role). */
function endsBeforeRoleIn(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > from && isCommaOrBracket(text.charCodeAt(end - 1))) return true;
  if (end === to || end - from < 3 || !text.startsWith('the', end - 3)) return false;
  let beforeThe = end - 3;
  while (beforeThe > from && isSpaceCode(text.charCodeAt(beforeThe - 1))) beforeThe--;
  return beforeThe > from && isCommaOrBracket(text.charCodeAt(beforeThe - 1));
}

const isCommaOrBracket = (c: number): boolean => c === 0x2c || c === 0x28;

/** Is this UTF-16 code one that `\s` matches and trim removes (JavaScript's white space and line terminators)? */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether NAME_AFTER_ROLE can match text from `from` (within its window): the first mark after white space opens it. */
function opensNameAfterRole(text: string, from: number): boolean {
  const to = Math.min(text.length, from + NAME_WINDOW);
  let at = from;
  while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
  if (at === to) return false;
  const c = text.charCodeAt(at);
  // ",", "–", "—", "-", "(".
  return c === 0x2c || c === 0x2013 || c === 0x2014 || c === 0x2d || c === 0x28;
}
/**
 * A role as roleMentions looks for it: the pattern `\b<role>` with its inner white space read as `\s+`, split into
 * its first word, found by indexOf (a string search, several times faster than the pattern's scan of a long
 * item), and the rest, read from the end of that word by a sticky pattern (null for a role of one word).
 */
interface RoleWritten {
  readonly first: string;
  readonly rest: RegExp | null;
  /** The whole pattern, for a role that opens with white space (none does: toPerson trims them). */
  readonly whole: RegExp | null;
}
const ROLE_WRITTEN = new Map<string, RoleWritten>();
function roleWritten(written: string): RoleWritten {
  let pattern = ROLE_WRITTEN.get(written);
  if (!pattern) {
    const space = /\s/.exec(written);
    const first = space ? written.slice(0, space.index) : written;
    const rest = space ? new RegExp(escapeRegex(written.slice(space.index)).replace(/\s+/g, '\\s+'), 'y') : null;
    const whole = first === '' ? new RegExp(`\\b${escapeRegex(written).replace(/\s+/g, '\\s+')}`, 'g') : null;
    pattern = { first, rest, whole };
    // A long archive meets many roles: the cache is kept small.
    if (ROLE_WRITTEN.size >= 256) ROLE_WRITTEN.clear();
    ROLE_WRITTEN.set(written, pattern);
  }
  return pattern;
}

/** A character `\b` reads as a word's: [A-Za-z0-9_]. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Where the role stands in the text: [start, end] of each mention, as the global pattern `\b<role>` (inner white
 * space `\s+`) finds them, leftmost first and not overlapping. The match at a start is unique (each run of white
 * space is followed by a word of the role, no white space), so trying the starts of the first word in order is the scan.
 */
export function roleMentions(written: string, itemText: string): Array<[number, number]> {
  const role = roleWritten(written);
  const out: Array<[number, number]> = [];
  if (role.whole) {
    role.whole.lastIndex = 0;
    for (let m = role.whole.exec(itemText); m !== null; m = role.whole.exec(itemText)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  const firstIsWord = isWordCode(role.first.charCodeAt(0));
  for (let at = itemText.indexOf(role.first); at >= 0; ) {
    // \b before the role: a word character on one side only (the text's start reads as a non-word character).
    let end = -1;
    if ((at > 0 && isWordCode(itemText.charCodeAt(at - 1))) !== firstIsWord) {
      if (role.rest === null) end = at + role.first.length;
      else {
        role.rest.lastIndex = at + role.first.length;
        if (role.rest.test(itemText)) end = role.rest.lastIndex;
      }
    }
    if (end >= 0) out.push([at, end]);
    at = itemText.indexOf(role.first, end >= 0 ? end : at + 1);
  }
  return out;
}

/** A post without a name, long enough to look for in the item's text. */
const needsNameFromItem = (p: Person): boolean => p.name === null && p.role !== null && p.role.length >= 4;

function nameFromItem(p: Person, itemText: string): Person {
  if (!needsNameFromItem(p) || p.role === null) return p;
  const mentions = roleMentions(p.role, itemText);
  if (mentions.length === 0) return p;
  // A name written before the role ("Jane Roe, Head of Planning") is preferred to one after it.
  let name: string | undefined;
  for (const [start, end] of mentions) {
    WORD_BOUNDARY.lastIndex = end;
    if (!WORD_BOUNDARY.test(itemText)) continue;
    // Lines of the item's text (its title, its blocks) are joined by newlines: a name is inside one of them.
    const from = Math.max(0, start - NAME_WINDOW, itemText.lastIndexOf('\n', start - 1) + 1);
    // Most mentions have no comma or bracket before them: the window is cut out only for those that do.
    if (!endsBeforeRoleIn(itemText, from, start)) continue;
    const before = itemText.slice(from, start);
    const named = NAME_BEFORE_ROLE.exec(before);
    // "In response to a question from Councillor Lowe, the Head of Housing said …": the asker, set off by the comma, is not the post.
    name = named && !ASKER_BEFORE_NAME.test(before.slice(0, named.index)) ? named[1]?.trim() : undefined;
    if (name) break;
  }
  if (!name) {
    for (const [, end] of mentions) {
      if (!opensNameAfterRole(itemText, end)) continue;
      const lineEnd = itemText.indexOf('\n', end);
      name = NAME_AFTER_ROLE.exec(itemText.slice(end, Math.min(end + NAME_WINDOW, lineEnd < 0 ? itemText.length : lineEnd)))?.[1]?.trim();
      if (name) break;
    }
  }
  return name && looksLikePersonName(name) ? { ...p, name } : p;
}

export function extractPresenters(ctx: ItemContext, extras?: PresenterExtras): Person[] {
  const local = extras ? localPatterns(extras) : undefined;
  const out: Person[] = [];
  const submitted: Person[] = [];
  const blocks = ctx.blocks;
  const title = ctx.item.title;
  const titled = titleReading(title);
  const substantive = (ctx.category ?? itemCategory(title)) === 'substantive';
  // "Treasurer's Report": the post (lower case) whose report the item is.
  const titlePost = titled.post;
  const statementItem = substantive && titled.statement;
  // "Welcome" items: greetings, not presentations (a Chair's "Welcome and Introduction" is a statement item).
  if (titled.welcome && !statementItem) return [];
  let firstParagraph = true;
  const decided = new Set<Block>();
  for (const s of ctx.sections) if (s.kind === 'resolutions' || s.kind === 'decision' || s.kind === 'actions') for (const d of s.blocks) decided.add(d);
  const memberReports = titled.memberReports;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const isDecided = decided.has(b);
    // The sentences of a paragraph or bullet the rules below read, split once (each keeps its gates' flags).
    const said = (b.kind === 'paragraph' || b.kind === 'bullet') && !isDecided ? sentences(b.text) : null;
    // The phrase may wrap across lines ("were in\nattendance for this item"), so the joined block is tested too.
    if (b.kind === 'presenting-attendance' || (b.kind === 'paragraph' && (isDecided ? PRESENTING_ATTENDANCE.test(b.text) : sentencesHoldPresentingAttendance(said!)))) {
      const inline = fromAttendance(b.text, b);
      out.push(...inline);
      // "In attendance to present this item were:" followed by one person per line.
      if (inline.length === 0) {
        const run = peopleRun(blocks, i + 1, attendingRule.id, false);
        out.push(...run.people);
        i = run.next - 1;
      }
      continue;
    }
    const opening = firstParagraph;
    if (b.kind !== 'heading') firstParagraph = false;
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
    // Decisions and action lists record what was agreed, not who presented.
    if (isDecided) continue;
    // "Representing the Council" / "External Guests" / "The Chair welcomed for this item:", then people with posts.
    // (The gates read the words of the paragraph's sentences, whose flags the sentence rules read too.)
    if (b.text.length <= 100 && anyOpens(said!, PEOPLE_LIST_LEAD_IN_GATE) && PEOPLE_LIST_LEAD_IN.test(b.text)) {
      const run = peopleRun(blocks, i + 1, peopleListRule.id, true);
      if (run.people.length > 0) {
        out.push(...run.people);
        i = run.next - 1;
        continue;
      }
    }
    // An item opening with its presenters, named with their posts and nothing else.
    // (A written question's head, "Councillor X to the Executive Member for Y (Councillor Z)", names an asker and an addressee.)
    if (opening && substantive && b.text.length <= 400 && !PRESENTING_WORDS.test(b.text) && anyOpens(said!, POST_HEAD_GATE) && !headsWrittenQuestion(b.text)) {
      const listed = listedPeople(b.text);
      // "Cr M J Kowalski – Shire President" then "Cr A B Whitehurst": a roll of members, the first with their office, not presenters.
      // (The lines after are read only for a list whose every person has a post.)
      if (listed && listed.every((p) => p.role !== null && looksLikeRole(p.role)) && !rollFollows(blocks, i + 1)) {
        out.push(...listed.map((p) => toPerson(p, b, peopleListRule.id)));
        continue;
      }
    }
    const label = anyOpens(said!, PRESENTER_LABEL_GATE) ? PRESENTER_LABEL.exec(b.text) : null;
    if (label) {
      const people = labelledPeople(label[1].replace(/[.]$/, ''));
      if (people) out.push(...people.map((p) => toPerson(p, b, labelRule.id)));
      // "Report presented by: X, Post" on the first line of a paragraph that goes on: the label line names the presenter.
      const firstLine = people ? null : PRESENTER_LABEL.exec(b.fullText.split('\n', 1)[0].trim());
      const first = firstLine ? labelledPeople(firstLine[1].replace(/[.]$/, '')) : null;
      if (first) out.push(...first.map((p) => toPerson(p, b, labelRule.id)));
      continue;
    }
    if (memberReports) {
      const members = fromMemberReports(b);
      if (members.length > 0) {
        out.push(...members);
        continue;
      }
    }
    const reported = anyOpens(said!, REPORT_FORM_GATE) && REPORTED_BY_HINT.test(b.text) ? REPORTED_BY.exec(b.text) : null;
    if (reported && looksLikePersonName(reported[1])) {
      out.push(toPerson({ name: reported[1], role: reported[2] }, b, staffReportRule.id));
      continue;
    }
    for (const s of said!) {
      append(submitted, fromThereWasSubmitted(s.text, b));
      const before = out.length;
      // Each of these rules first reads its own word gate (the presenting verbs ungated only for local phrasings):
      // a sentence that opens none of the gates is passed over by all of them at once.
      if (local || SENTENCE_RULE_GATE.testSentence(s)) {
        append(out, fromSentence(s, b, local));
        append(out, fromDashReport(s, b));
        append(out, fromInvitation(s, b));
        append(out, fromReceived(s, b));
        append(out, fromWelcome(s, b));
        append(out, fromThanks(s, b));
      }
      if (out.length === before && statementItem) append(out, fromStatement(s.text, b, titlePost));
    }
  }
  // Whose report "was submitted" presents it only when no one is recorded presenting it ("The Head of Inclusion spoke to the report").
  if (out.length === 0) out.push(...submitted);
  // Most items name no presenter: nothing below would change an empty list.
  if (out.length === 0) return out;
  // The item's text is joined only when a presenter is a post without a name (most items have none).
  let itemText: string | null = null;
  const named = out.map((p) => {
    if (!needsNameFromItem(p)) return p;
    itemText ??= [ctx.item.title, ...ctx.item.description.map((t) => t.text), ...blocks.map((b) => b.text)].join('\n');
    return nameFromItem(p, itemText);
  });
  // Under "4. Delegations", "4.1 Hospice Society": whoever is named with a post ("Ingrid Salo, Executive Director")
  // holds it in the body heard (a sub-item titled as a report, "4.3 Police Report", keeps its speaker).
  const delegationItem = !titled.deputations && ctx.parentTitle !== undefined && titleReading(ctx.parentTitle).deputations;
  // Under "4. Public Forum", "4.1 Hornby Working Men's Club": a speaker of the public part is heard, as under the part itself.
  const publicPart = titled.publicPart || (!titled.deputations && ctx.parentTitle !== undefined && titleReading(ctx.parentTitle).publicPart);
  const heard = delegationItem ? named.filter(notPostOfBodyHeard) : titled.deputations ? named.filter(postOfCouncil) : publicPart ? named.filter(speaksForCouncil) : named;
  return dedupe(heard).map(postBeforeSurname);
}

// "Warden MacIsaac", "Mayor Nenshi", "CFO Ruskin": a post written as a title before a surname alone.
const POST_TITLE_SURNAME = new RegExp(`^(${abbreviationAlternation(POST_TITLES)})\\s+(${NAME_WORD_SOURCE})$`);

/**
 * A presenter named by a post and a surname ("Warden MacIsaac reported on …") holds that post: the
 * record is the surname and the role, as "Colleen MacIsaac (Warden)" would be. A full name after the
 * title ("Superintendent Rory Freeman") is kept as written.
 */
function postBeforeSurname(p: Person): Person {
  if (p.name === null || p.role !== null) return p;
  const surname = POST_TITLE_SURNAME.exec(p.name);
  const initialled = surname ? null : POST_INITIALS_NAME.exec(p.name);
  const m = surname ?? (initialled && looksLikePersonName(initialled[2]) ? initialled : null);
  return m ? { ...p, name: m[2], role: m[1].replace(/\.$/, '') } : p;
}

// "CAO Réjean Bérard presented …": a post's initials are no title of the person, so a full name after them is the
// holder's name, as after "Director of Public Works".
const POST_INITIALS_NAME = new RegExp(`^(${alternation(POST_INITIALS)})\\s+(${NAME_WORD_SOURCE}(?:\\s+${NAME_WORD_SOURCE}){1,2})$`);

/** An item of deputations or delegations: "Delegations", "Deputations and Petitions". */
const DEPUTATION_TITLE = new RegExp(`\\b${alternation(DEPUTATION_TITLE_WORDS)}\\b`, 'i');

/**
 * In a deputations item, a person named with a post ("Owen Strickland, Chair, gave a presentation …")
 * holds it in the body heard: only a member, or a post named alone ("The Director of Planning"), presents.
 */
function postOfCouncil(p: Person): boolean {
  return p.name === null ? p.role !== null : MEMBER_TITLED.test(p.name);
}

/** Not someone named with a post in a delegation's body: a member, a post named alone, or a person named without a post. */
function notPostOfBodyHeard(p: Person): boolean {
  return p.name === null || p.role === null || MEMBER_TITLED.test(p.name);
}

/** What an item's title tells the presenter rules. */
interface TitleReading {
  /** The post (lower case) whose report the item is: "Treasurer's Report" → "treasurer". */
  readonly post: string | null;
  /** A heading that makes a substantive item a statement ("Mayor's Announcements", or the report of a post). */
  readonly statement: boolean;
  /** A greeting item: "Welcome", "Welcome and Introductions". */
  readonly welcome: boolean;
  /** An item of members' reports: "Committee Reports". */
  readonly memberReports: boolean;
  /** An item of deputations or delegations. */
  readonly deputations: boolean;
  /** An item of the public's part of the meeting: "Public Participation", "Open Forum", "Deputations". */
  readonly publicPart: boolean;
}

// Titles come back item after item ("Apologies", "Declarations of Interest", "Mayor's Announcements" in every
// meeting): each is read once.
const titleReading: (title: string) => TitleReading = memo((title) => {
  const statementWords = STATEMENT_TITLE_GATE.test(title);
  const post = statementWords ? (ROLE_REPORT_TITLE.exec(title)?.[1].replace(/^(?:the|our)\s+/i, '') ?? null) : null;
  const titlePost = post && looksLikeRole(post.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())) ? post.toLowerCase() : null;
  return Object.freeze({
    post: titlePost,
    statement: statementWords && (STATEMENT_TITLE.test(title) || titlePost !== null),
    welcome: WELCOME_TITLE.test(title),
    memberReports: MEMBER_REPORTS_TITLE.test(title),
    deputations: DEPUTATION_TITLE.test(title),
    publicPart: isPublicPart(title),
  });
}, 512);

// A member named with a member's title: "Cllr Cawrey", "Councillor Ames".
const MEMBER_TITLED = new RegExp(`^(?:${abbreviationAlternation(MEMBER_HONORIFICS)})\\b`);

/**
 * In the public's part of a meeting, residents speak too ("Anne Pryor reported that a post was missing"):
 * only a member or someone with a post (a county councillor reporting, an officer presenting) presents.
 */
function speaksForCouncil(p: Person): boolean {
  return p.role !== null || (p.name !== null && MEMBER_TITLED.test(p.name));
}

/** What a rule finds in most sentences: no one (one list for all, never added to). */
const NONE: readonly Person[] = Object.freeze([]);

/** Adds the people found to a list (most sentences find none: nothing is spread or copied). */
function append(to: Person[], found: readonly Person[]): void {
  for (let k = 0; k < found.length; k++) to.push(found[k]);
}

/**
 * One record per person: a presenter named twice is one presenter, and "Mr
 * Shipton" after "Dave Shipton (Head of Finance)" is the same person.
 */
function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  const surnames = new Set<string>();
  const surname = (name: string): string => name.trim().split(/\s+/).pop()!.toLowerCase();
  return people.filter((p) => {
    const key = (p.name ?? `role:${p.role}`).toLowerCase();
    if (seen.has(key) || (p.name && p.role === null && surnames.has(surname(p.name)))) return false;
    seen.add(key);
    if (p.name) surnames.add(surname(p.name));
    return true;
  });
}

// Local phrasings (minutes.config.json, compiled by src/config): extra
// presenting verbs, roles that present without "The" or a name, and
// honorifics that make "<Honorific> <Surname>" a name. Each is an alternation
// of escaped phrases.
export interface PresenterExtras {
  verbs?: string;
  roles?: string;
  honorifics?: string;
}

interface LocalPresenterPatterns {
  subjectVerb: RegExp;
  role?: RegExp;
  honorific?: RegExp;
}

const localCache = new Map<string, LocalPresenterPatterns>();

function localPatterns(extras: PresenterExtras): LocalPresenterPatterns {
  const key = JSON.stringify(extras);
  let p = localCache.get(key);
  if (!p) {
    const verb = extras.verbs ? `${PRESENTING_VERB_SOURCE}|(?:${extras.verbs})\\b` : PRESENTING_VERB_SOURCE;
    p = { subjectVerb: subjectVerbPattern(verb) };
    if (extras.roles) p.role = new RegExp(`^(?:[Tt]he\\s+)?(${extras.roles})(?:\\s+\\(([^)]{2,80})\\))?$`);
    if (extras.honorifics) p.honorific = new RegExp(`^(?:${extras.honorifics})\\s+[A-Z][\\w'’-]{1,30}(?:\\s+[A-Z][\\w'’-]{1,30}){0,2}$`);
    localCache.set(key, p);
  }
  return p;
}

/** A subject that is a local role ("Treasurer") or an honorific and a name ("Provost Head"). */
function localSubject(subject: string, local: LocalPresenterPatterns): PersonRef | null {
  const role = local.role?.exec(subject);
  if (role) return { name: null, role: role[1] };
  if (local.honorific?.test(subject)) return { name: subject, role: null };
  return null;
}
