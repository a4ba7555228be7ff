// Questions asked in prose: each sentence of a paragraph or bullet is read by
// the first rule of PROSE_RULES that matches it. A rule reads a sentence from
// its subject on (openers such as "During the debate," and a label such as
// "Question 2 –" removed) and returns the question's text from the asking
// verb, its asker as written and, when the same sentence answers, the answer.
import type { Question } from '../../schema/document.js';
import type { Block } from '../../segment/blocks.js';
import { defineRule, type RuleMeta } from '../../rules/define.js';
import { ADDRESS_WORDS, ASKING_VERBS, COLLECTIVE_ASKERS, CONCERN_NOUNS, CONCERN_VERBS, PUTTING_VERBS, QUESTIONING_BODIES, PLURAL_TITLES, CONNECTIVES, EXPLAINING_VERBS, INFORMATION_THINGS, INVITED_TO_VERBS, PRESIDING_ROLES, QUESTION_NOUNS, QUESTION_TOPIC_VERBS, SEEKING_VERBS, SOUGHT_THINGS, alternation, bothCases, caselessAlternation, wordGate } from '../../lexicon/index.js';
import { HONORIFIC_NAME_SOURCE, PERSON_SOURCE, ROLE_PHRASE_SOURCE } from '../../tokenize/names.js';
import { openerLength } from '../util/openers.js';
import { sentences, type Sentence } from '../util/text.js';
import { answerIn, askerName, makeQuestion, memberAsker, withAnswer } from './shape.js';
import { ADDRESS_APPOSITIVE, ASKER_SOURCE, ASKING_VERB_SOURCE, COLLECTIVE_ASKER_SOURCE, MEMBERS_LIST_SOURCE, MEMBER_NAME_SOURCE, PUBLIC_SPEAKER, QUESTION_LABEL_SOURCE } from './vocabulary.js';

/** One sentence as the rules see it. */
export interface SentenceAt {
  /** The sentence from its subject on: openers and a question label removed. */
  text: string;
  /** The sentence as written. */
  whole: string;
  /** The member named last before this sentence in the item, for "He asked …". */
  lastNamed: string | null;
  /** The member who is this sentence's own subject, for "Cllr X said … and he asked …". */
  subject: string | null;
  /** The item is about members' questions, or a question label opened the sentence: any asking counts, "asked that" too. */
  questionContext: boolean;
}

/** What a rule read: the question, and the rest of the sentence that may hold its answer. */
export interface Reading {
  text: string;
  asker: string | null;
  respondent?: string | null;
  /** Rest of the sentence after the question: its answer when it reads as one; 'as-written' keeps it as the response anyway. */
  rest?: string;
  unread?: 'as-written' | 'none';
}

export interface ProseRule extends RuleMeta {
  /**
   * Phrases one of which every sentence the rule reads holds, as whole words
   * (its verb class or question noun, from the lexicon): the rule runs only on
   * sentences with a first word of one of them (test/questions-gate.test.ts).
   */
  cue: readonly string[];
  read(s: SentenceAt): Reading | null;
}

/** What every asking-verb phrase holds: an asking verb, a seeking verb, or the question noun a putting verb needs. */
const ASKING_CUE: readonly string[] = [...ASKING_VERBS, ...SEEKING_VERBS, ...QUESTION_NOUNS, ...CONCERN_NOUNS];

// Between a subject and its verb: "(Chair)", ", as Chairman of the Audit Committee,", or both: "(Leader of the
// Opposition), attending under Procedure Rule 4.3,".
const APPOSITIVE = '(?:\\s{1,3}\\([^)]{1,80}\\)(?:,\\s[^,]{1,120},)?|,\\s[^,]{1,120},)';
// A short leading clause and its comma: "Resulting from the last meeting, ".
const LEADING_CLAUSE = /^[A-Z][^,;]{2,60},\s+/;
const ADVERB = '(?:(?:also|then|further|subsequently|specifically|additionally|again|briefly|separately|both)\\s+)?';

// Not a phrasing: what the four asking-verb patterns below (ASKER_VERB, MEMBER_MID_SENTENCE, PRONOUN_ASKER,
// ASKER_LATER_VERB) all need, built from the same verb source: an asking verb phrase after a space. One scan
// of a sentence for it lets most sentences (opened by a question noun, "following", "when" …) skip all four.
// The patterns read the sentence from its subject on, a part of the whole sentence: the whole is scanned,
// so that a sentence none of them can read is not cut at its openers either.
const ASKING_VERB_AFTER_SPACE = new RegExp(`\\s${ASKING_VERB_SOURCE}`);
let askingText = '';
let askingHeld = false;
/** True when `text` may hold an asking verb phrase; the four rules ask in turn about the same sentence, so the last answer is kept. */
export function holdsAskingVerb(text: string): boolean {
  if (text !== askingText) {
    askingText = text;
    askingHeld = ASKING_VERB_AFTER_SPACE.test(text);
  }
  return askingHeld;
}

/**
 * Not a phrasing: the first words of the asking verb phrases (ASKING_VERB_SOURCE is built from these lists),
 * each of which starts a word after the space the phrase follows. A sentence none of whose words is one of them
 * holds no asking verb phrase: its word flags say so where the phrase pattern would scan it (test/questions-gate.test.ts).
 */
export const ASKING_VERB_WORD_GATE = wordGate([...PUTTING_VERBS, ...SEEKING_VERBS, ...ASKING_VERBS, ...CONCERN_VERBS]);

/** Answers holdsAskingVerb for a sentence of the splitter from its word flags when they hold no asking verb's first word. */
function gateAskingVerb(said: Sentence): void {
  if (said.text !== askingText && !ASKING_VERB_WORD_GATE.testSentence(said)) {
    askingText = said.text;
    askingHeld = false;
  }
}

/** An appositive that makes the speaker one of the public: ", a local resident,", ", of 4 Mill Lane,", " (Church Road)". */
const publicAppositive = (appositive: string | undefined): boolean => appositive !== undefined && (PUBLIC_SPEAKER.test(appositive) || ADDRESS_APPOSITIVE.test(appositive));

// "On behalf of the Board, …": a member speaking for the meeting, not for the public.
const FOR_THE_MEETING = new RegExp(`^(?:On|on)\\s+behalf\\s+of\\s+(?:${bothCases(QUESTIONING_BODIES)})\\b,?\\s+`);
/** A leading clause that says the speaker after it is one of the public: "A local resident, …", "On behalf of the Residents' Association, …". */
const publicLeading = (leading: string): boolean => PUBLIC_SPEAKER.test(leading) && !FOR_THE_MEETING.test(leading);

/** "Councillor Mayes queried the funding …" / "Members asked whether …". Group 1 asker, 2 appositive, 3 text from the verb. */
const ASKER_VERB = new RegExp(`^(${ASKER_SOURCE})(${APPOSITIVE})?,?\\s+${ADVERB}(${ASKING_VERB_SOURCE}.*)$`);

/**
 * "Cllr Dunn - asked when …", "Councillor Doyle: asked whether …": a parish clerk's note, the titled member
 * set off from the verb by a colon or dash. Group 1 asker, 2 text from the verb.
 */
const ASKER_DASH_VERB = new RegExp(`^(${MEMBERS_LIST_SOURCE}|${MEMBER_NAME_SOURCE}|${COLLECTIVE_ASKER_SOURCE})\\s*(?::|\\s[-–—])\\s+${ADVERB}(${ASKING_VERB_SOURCE}.*)$`);

/** The first letter of the word after a member's colon or dash ("Cr Kemp – Asked …"). Groups: what comes before, the letter. */
const CAPITAL_AFTER_DASH = /^(.{2,80}?(?::|\s[-–—])\s+)([A-Z])(?=[a-z])/;

/** "Cr Kemp – Asked when …": a note that capitalises the verb after the member's dash; the text keeps it as written. */
function capitalAfterDash(text: string): Reading | null {
  const lowered = text.replace(CAPITAL_AFTER_DASH, (_, before: string, c: string) => before + c.toLowerCase());
  const dash = lowered !== text ? ASKER_DASH_VERB.exec(lowered) : null;
  return dash ? { text: text.slice(text.length - dash[2].length), asker: askerName(dash[1]) } : null;
}

/** ", and Cllr Brown asked about …" after a member's question: where a second member's question starts in the same sentence. */
const SECOND_ASKER = new RegExp(`,?\\s+(?:and|while|whilst|whereas)\\s+(?=(?:${MEMBER_NAME_SOURCE})\\s+${ADVERB}${ASKING_VERB_SOURCE})`);

export const askerVerbRule: ProseRule = defineRule({
  id: 'question-asker-verb',
  stage: 'question',
  cue: ASKING_CUE,
  description: 'A member, several members or "Members" (after any opener) then an asking verb: queried, asked, wondered, sought clarification, raised a question.',
  examples: {
    valid: [
      'Councillor Amin queried the cost of the pilot.',
      'During the debate, Cllr Okafor sought reassurance that the library would stay open.',
      'Councillors Pryce and Nolan asked whether the bus lane would be enforced.',
      'Cr Tanaka, as Chair of the Audit Committee, asked if the risk register had been updated.',
      'Question 2 – Councillor Vale asked that the parking income be spent locally.',
      'Councillor Grey pressed officers on the timescale for the new IT system.',
      'Councillor Nash had questions for the Head of Housing about staffing levels.',
      // Seeking a detail or a date; a Welsh title with its full stop ends no sentence.
      'Cllr. Fitzgerald sought a timeline for the resurfacing of the L-4410 at Gortnaclohy.',
      'The Clerk presented her report. Cyng. Bevan enquired whether the community council would be consulted on the design.',
      'Cllr Pryce - asked when the culvert on Mill Lane would be cleared.',
      'Councillor Doyle: asked whether the council tax base had grown.',
      'Cr Vane – Sought an update on the Jetty Road footpath renewal.',
      // Community councils name members by initials.
      'DU asked whether the single-track road would be gritted this winter.',
      'Councillor Byrne raised concerns about whether the savings target was achievable.',
      'Cllr Amin sought advice on the use of the general reserve.',
      // Two members' questions in one sentence are two records (fixture questions-two-askers-one-sentence).
      'Cllr Abbott asked about recycling rates, and Cllr Brown asked about the garden waste charge.',
      // A bracketed post and a comma clause both before the verb.
      'Councillor Ferris (Leader of the Opposition), attending under Procedure Rule 4.3, asked why families were housed outside the borough.',
    ],
    invalid: [
      'The Chair asked if there were any declarations of interest.',
      'Councillor Amin welcomed the report.',
      'Councillor Ross asked Members to send their comments to the Clerk.',
      'Mrs Pearce, a local resident, asked whether the footpath would be repaired.',
      'Mr Hollis, of 12 Quarry Lane, queried when the verges would be cut.',
      'Mrs Adeyemi (Sandpit Road) asked whether the streetlight would be repaired.',
      'A local resident, Mr Colm Beattie, asked whether the pavilion would be let.',
      'Mr Ira Stone, who lives on Kiln Lane, queried the new speed limit.',
      'Mr Tom Hale (Chair, Elm Court Residents), speaking under the public participation scheme, asked when the lifts would be repaired.',
      // A concern about a thing, not an open question.
      'Councillor Byrne raised concerns about the condition of the footpath.',
      'Mill Lane - asked the County Council to clear the culvert.',
    ],
  },
  read(s: SentenceAt): Reading | null {
    if (!holdsAskingVerb(s.whole)) return capitalAfterDash(s.text);
    // After a leading clause the opener list does not know: "Resulting from the last meeting, the Members asked …", "On behalf of the Board the Chair asked …".
    const leading = LEADING_CLAUSE.exec(s.text) ?? FOR_THE_MEETING.exec(s.text);
    const direct = ASKER_VERB.exec(s.text);
    const m = direct ?? (leading ? ASKER_VERB.exec(s.text.slice(leading[0].length)) : null);
    if (!m) {
      const dash = ASKER_DASH_VERB.exec(s.text);
      return dash ? { text: dash[2], asker: askerName(dash[1]) } : capitalAfterDash(s.text);
    }
    // "A local resident, Mrs Lowe, asked …": the leading clause says who the speaker is.
    if (publicAppositive(m[2]) || (!direct && leading && publicLeading(leading[0]))) return null;
    // An officer or a document asking ("The Clerk asked whether …") is not a member's question.
    const asker = memberAsker(m[1]);
    return asker === undefined ? null : { text: m[3], asker };
  },
});

/** "The Deputy Leader Mrs Ash submitted a written question …": a titled member and an asking verb inside the sentence. */
const MEMBER_MID_SENTENCE = new RegExp(`(?<![\\w’'])(?=[A-Z])(${MEMBER_NAME_SOURCE})\\s+${ADVERB}(${ASKING_VERB_SOURCE}.*)$`);

export const memberMidSentenceRule: ProseRule = defineRule({
  id: 'question-member-mid-sentence',
  stage: 'question',
  cue: ASKING_CUE,
  description: 'A titled member followed at once by an asking verb inside a sentence ("…, and Councillor Ash asked whether …", a heading run into the text).',
  examples: {
    valid: ['The report was welcomed, and Councillor Ash asked whether the grant would continue.'],
    invalid: ['The report was welcomed by Councillor Ash and the Chair.', 'The Chair then invited a local resident, Mr Brown asked whether the lane would close.'],
  },
  read(s: SentenceAt): Reading | null {
    if (!holdsAskingVerb(s.whole)) return null;
    const m = MEMBER_MID_SENTENCE.exec(s.text);
    // "… the petitioner, Mr Brown asked …": one of the public.
    if (!m || PUBLIC_SPEAKER.test(s.text.slice(Math.max(0, m.index - 60), m.index))) return null;
    return { text: m[2], asker: askerName(m[1]) };
  },
});

/** "He questioned the keenness …", "… and she asked if …": a pronoun asker, the member named before it. */
const PRONOUN_ASKER = new RegExp(`(?:^|\\s(?:and|but|so|then|where|when)\\s)(He|She|They|he|she|they)\\s+${ADVERB}(${ASKING_VERB_SOURCE}.*)$`);

export const pronounAskerRule: ProseRule = defineRule({
  id: 'question-pronoun-asker',
  stage: 'question',
  cue: ASKING_CUE,
  description: '"He / She asked …", at the start or after "and" / "but": the asker is the member named last before it ("They" has none).',
  examples: {
    valid: ['Councillor Hale welcomed the plan. She also asked when the consultation would close.', 'Cllr Drew said the report was long and he asked if it could be circulated earlier.'],
    invalid: ['She thanked the officers for the report.', 'Mr Dev Patel of Ferry Lane raised concerns about flooding. He asked whether sandbags would be provided.'],
  },
  read(s: SentenceAt): Reading | null {
    if (!holdsAskingVerb(s.whole)) return null;
    const m = PRONOUN_ASKER.exec(s.text);
    if (!m) return null;
    if (/^they$/i.test(m[1])) return { text: m[2], asker: null };
    const who = m.index > 0 && s.subject !== null ? s.subject : s.lastNamed;
    // "Mr Hale of Orchard Road raised concerns. He asked …": one of the public asking.
    return who === ONE_OF_THE_PUBLIC ? null : { text: m[2], asker: who };
  },
});

/** "Councillor Fletcher referred to the increases … but asked what …": the asking verb after another clause. */
const ASKER_LATER_VERB = new RegExp(`^(${ASKER_SOURCE}|He|She|They)(${APPOSITIVE})?,?\\s+[a-z][^;]{0,300}?\\b(?:and|but|then|before)\\s+${ADVERB}(${ASKING_VERB_SOURCE}.*)$`);

export const askerLaterVerbRule: ProseRule = defineRule({
  id: 'question-asker-later-verb',
  stage: 'question',
  cue: ASKING_CUE,
  description: 'A member does something else first, then "and / but asked …": the question is the clause from the asking verb.',
  examples: {
    valid: ['Councillor Fenn referred to the rise in fly-tipping and asked what enforcement was planned.', 'On behalf of the Panel the Chair thanked the Fire Officer and queried the number of false alarms.'],
    invalid: ['Councillor Fenn referred to the rise in fly-tipping and thanked the wardens.'],
  },
  read(s: SentenceAt): Reading | null {
    if (!holdsAskingVerb(s.whole)) return null;
    // After a leading clause, as in question-asker-verb: "On behalf of the Panel(,) the Chair thanked X and queried …".
    const leading = LEADING_CLAUSE.exec(s.text) ?? FOR_THE_MEETING.exec(s.text);
    const direct = ASKER_LATER_VERB.exec(s.text);
    const m = direct ?? (leading ? ASKER_LATER_VERB.exec(s.text.slice(leading[0].length)) : null);
    if (!m || publicAppositive(m[2]) || (!direct && leading && publicLeading(leading[0]))) return null;
    const asker = /^(?:He|She|They)$/.test(m[1]) ? (m[1] === 'They' ? null : s.lastNamed) : memberAsker(m[1]);
    return asker === undefined || asker === ONE_OF_THE_PUBLIC ? null : { text: m[3], asker };
  },
});

/** The patterns holdsAskingVerb stands in front of (test/questions-gate.test.ts checks that it passes all they match). */
export const ASKING_VERB_PATTERNS: readonly RegExp[] = [ASKER_VERB, ASKER_DASH_VERB, MEMBER_MID_SENTENCE, PRONOUN_ASKER, ASKER_LATER_VERB];

/** Passive questions: "The reason for reduced timetables was questioned", "It was queried whether …", "Further clarification was requested". */
// "It was queried whether …" / "The cost was questioned", "An update was requested".
const PASSIVE_ASKING: readonly string[] = ['queried', 'questioned', 'asked', 'enquired', 'inquired'];
const PASSIVE_SEEKING: readonly string[] = ['questioned', 'queried', 'requested', 'sought'];
const PASSIVE_QUESTION = new RegExp(
  `^(?:(?:[Ii]t|.{3,200}?,\\s+(?:following which|after which|and)\\s+it)\\s+was\\s+(?:also\\s+|further\\s+|then\\s+)?(${alternation(PASSIVE_ASKING)}\\b.*)|(.{3,300}?\\s+(?:was|were)\\s+(?:also\\s+|therefore\\s+|then\\s+|further\\s+)?${alternation(PASSIVE_SEEKING)}\\b[^,]*))`,
);

// What is asked for when it is sought or requested: "An update was requested", "Information was sought".
const SOUGHT_SUBJECT = new RegExp(`\\b(?:${alternation([...SOUGHT_THINGS, ...INFORMATION_THINGS].map((w) => w.replace(/^(?:an?|the)\s/, '')))})\\b`, 'i');

export const passiveQuestionRule: ProseRule = defineRule({
  id: 'question-passive',
  stage: 'question',
  cue: [...PASSIVE_ASKING, ...PASSIVE_SEEKING],
  description: 'A passive question without an asker: "It was queried whether …", "The cost of X was questioned", "Further clarification was requested".',
  examples: {
    valid: ['It was queried whether the grant would be repeated next year.', 'The timing of the roadworks was questioned.', '- it was queried whether enforcement at the pier car park would be increased; and'],
    invalid: ['It was noted that the grant would be repeated next year.', 'Approval was sought for the revised scheme of delegation.'],
  },
  read(s: SentenceAt): Reading | null {
    const m = PASSIVE_QUESTION.exec(s.text);
    if (!m) return null;
    // "Approval was sought", "Members were requested to …": only information sought or requested asks.
    if (m[2] && /\b(?:requested|sought)\b/.test(m[2]) && !/\b(?:questioned|queried)\b/.test(m[2]) && (!SOUGHT_SUBJECT.test(m[2]) || /\b(?:requested|sought)\s+to\b/.test(m[2]))) return null;
    return { text: m[1] ?? m[2], asker: null };
  },
});

/** "Asked about the delays, the Head of Service said that …": the question, then its answer. */
const ASKED_ABOUT = /^(Asked\s+(?:about|whether|how|why|when|what|if)\b[^,]{3,300}),\s*(.+)$/;

export const askedAboutRule: ProseRule = defineRule({
  id: 'question-asked-about',
  stage: 'question',
  cue: ['asked'],
  description: 'A participle clause asks and the main clause answers: "Asked about X, the Director said …".',
  examples: {
    valid: ['Asked about the delays, the Head of Service said that staff shortages were the main cause.'],
    invalid: ['Asked to comment, the Head of Service declined.'],
  },
  read(s: SentenceAt): Reading | null {
    const m = ASKED_ABOUT.exec(s.whole);
    return m ? { text: m[1], asker: null, rest: m[2], unread: 'as-written' } : null;
  },
});

/** A connective set off by commas after the verb: "Questions were, however, raised …". */
const PARENTHETICAL = `(?:,\\s*(?:${alternation(CONNECTIVES)}),)?`;

/** "A question was raised about …", "The final question related to whether …": the question noun is the subject. */
const QUESTION_SUBJECT = new RegExp(
  `^(?:(?:A|One|Another|The)\\s+(?:(?:further|final|last|first|second|third|next|supplementary|related|specific)\\s+)?(?:question|query)|(?:(?:Several|Some|Further|Various|A\\s+number\\s+of)\\s+)?(?:questions|queries)|(?:${MEMBER_NAME_SOURCE})[’']s?\\s+(?:supplementary\\s+|first\\s+|second\\s+)?(?:question|query))(?:\\s+from\\s+(?:${alternation(COLLECTIVE_ASKERS)}|the\\s+(?:floor|members)|${MEMBER_NAME_SOURCE}))?\\s+(?:${alternation(QUESTION_TOPIC_VERBS)}\\s|(?:was|were)${PARENTHETICAL}\\s+(?:also\\s+)?(?:raised|asked|posed|put)(?:\\s+by\\s+(${MEMBER_NAME_SOURCE}))?\\s+(?:about|on|regarding|concerning|in\\s+relation\\s+to|in\\s+respect\\s+of|as\\s+to|whether|around|over|relating\\s+to|in\\s+terms\\s+of)\\b|(?:related|relating|referred|concerned|focused|focussed)\\s+(?:to|on|with)?|(?:about|regarding|concerning)\\s|was\\s+(?:about|whether|on)\\b)`,
  'i',
);

/** " and " before a clause whose subject is questions: "… discussed the policy and a number of queries were raised …". */
const AND_QUESTIONS = /\s+and\s+(?=(?:a\s+number\s+of|several|some|further|various|a\s+few)\s+(?:questions|queries)\s+(?:was|were)\b)/i;

const POSSESSIVE_ASKER = new RegExp(`^(${MEMBER_NAME_SOURCE})[’']s?\\s`);

export const questionSubjectRule: ProseRule = defineRule({
  id: 'question-noun-subject',
  stage: 'question',
  cue: QUESTION_NOUNS,
  description: 'A question is the subject: "A question was raised about X", "The final question related to whether …"; the whole sentence is the text.',
  examples: {
    valid: [
      'A question was raised about the cost of the scheme.',
      'Questions from Council included whether the contractor had worked for the Township before.',
      'Members discussed the strategy and a number of queries were raised regarding the opening hours.',
      'The final question related to whether the depot would be sold.',
      'Questions were asked about the timetable for the new pool.',
      'Questions were, however, raised as to why the footbridge had stayed closed all winter.',
      "Councillor Ash's question about the bus gate was answered by the Cabinet Member.",
    ],
    invalid: ['The question was put to the vote and carried.'],
  },
  read(s: SentenceAt): Reading | null {
    // "The members discussed the policy and a number of queries were raised regarding …": the question is the second clause.
    const whole = QUESTION_SUBJECT.exec(s.text);
    const and = whole ? null : AND_QUESTIONS.exec(s.text);
    const text = and ? s.text.slice(and.index + and[0].length) : s.text;
    const m = whole ?? (and ? QUESTION_SUBJECT.exec(text) : null);
    if (!m) return null;
    if (and) return { text, asker: null };
    // "Councillor Ash's question about …": the possessive names the asker.
    const owner = POSSESSIVE_ASKER.exec(s.text);
    return { text: s.text, asker: askerName(m[1] ?? owner?.[1]) };
  },
});

/** "Questions from Council were responded to by Mr. Robinson.": members' questions, answered. Group 1: who answered. */
const QUESTIONS_ANSWERED_BY = /^(?:Questions?|Queries)\s+(?:from|(?:raised|put|asked)\s+by)\s+(?:Council|the\s+(?:Committee|Board|Panel)|Members|members|Councillors|councillors)\s+(?:were|was)\s+(?:responded\s+to|answered|addressed)\s+by\s+(.{2,120}?)\.?$/;
/** "… Ms Daly, Director of Services responded to Members' queries.", "… responded to questions from Councillors": someone answered the members' questions. */
const ANSWERED_MEMBERS = /\b(?:responded\s+to|answered|replied\s+to|dealt\s+with)\s+(?:the\s+)?(?:(?:Members|members|Councillors|councillors)[’']?\s+(?:questions|queries)|(?:questions|queries)\s+(?:from|of|raised\s+by|put\s+by)\s+(?:the\s+)?(?:Members|members|Councillors|councillors|Committee|Board|Panel)\b)/;
const FIRST_RESPONDENT = new RegExp(`${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}`);

export const answeredByRule: ProseRule = defineRule({
  id: 'question-answered-by',
  stage: 'question',
  cue: QUESTION_NOUNS,
  description:
    'Members\' questions recorded only as answered: "Questions from Members were responded to by X", "X responded to Members\' queries"; counted only in an item that records none of the questions themselves.',
  examples: {
    valid: ['Questions from Council were responded to by Mr. Robinson.', 'A discussion followed during which Ms J. Quirke, Head of Housing, responded to Members’ queries.', 'Ms Odette Lam, Manager Strategic Planning, responded to questions from Councillors.'],
    invalid: [
      'Ms Quirke responded to the consultation.',
      // Beside the questions themselves the summary adds none (extractQuestions drops it).
      "Councillor Abara asked whether the waiting list had fallen. The Head of Housing answered Members' questions on the allocations policy.",
    ],
  },
  read(s: SentenceAt): Reading | null {
    const m = QUESTIONS_ANSWERED_BY.exec(s.whole);
    if (m) return { text: s.whole, asker: null, respondent: m[1] };
    const a = ANSWERED_MEMBERS.exec(s.whole);
    if (!a) return null;
    const who = FIRST_RESPONDENT.exec(s.whole.slice(0, a.index));
    return { text: s.whole, asker: null, respondent: who ? who[0].replace(/,$/, '') : null };
  },
});

/** "In response to how / whether X, Y confirmed …", "In terms of whether X, it was determined …": an indirect question. */
const INDIRECT_WHETHER = /^(?:In\s+response\s+to\s+((?:how|whether|what|why|when|where|which|who)\s+[^,]{3,400})|In\s+terms\s+of\s+(whether\s+[^,]{3,400})),\s*(.*)$/i;

export const indirectWhetherRule: ProseRule = defineRule({
  id: 'question-indirect-whether',
  stage: 'question',
  cue: ['response', 'terms'],
  description: 'An indirect question introducing its answer: "In response to whether X, Y confirmed …", "In terms of whether X, …".',
  examples: {
    valid: ['In response to whether the pool would reopen, the Director confirmed that it would open in May.'],
    invalid: ['In terms of how the grant would be spent, the report set out three priorities.'],
  },
  read(s: SentenceAt): Reading | null {
    const m = INDIRECT_WHETHER.exec(s.whole);
    return m ? { text: m[1] ?? m[2], asker: null, rest: m[3], unread: 'as-written' } : null;
  },
});

// "In response to a question", "Following a query", "Responding to questions": the head of an indirect question.
const INDIRECT_HEAD = /^(?:(?:In\s+)?(response|reply|answer)\s+to|(Responding|Replying)\s+to|Following|After)\s+(?=(?:a|the|further|two|three|\d{1,2}|supplementary|written|questions|queries)\b)/i;
// Every head above and REPLY_TO_MEMBER below holds one of these words.
const INDIRECT_HEAD_WORDS: readonly string[] = ['response', 'reply', 'answer', 'responding', 'replying', 'following', 'after', 'when', 'being'];
const INDIRECT_NOUN = /^(?:(?:a|the|further|two|three|\d{1,2})\s+)?(?:(?:supplementary|further|written|related)\s+)?(?:question|query|questions|queries)\b/i;
const ASKER_AFTER = /^\s+(?:from|by)\s+/i;
const TOPIC = /^\s*,?\s*((?:about|on|regarding|concerning|in\s+relation\s+to|relating\s+to|as\s+to|around|over|whether|on\s+whether|asking|of|surrounding|in\s+terms\s+of|in\s+respect\s+of)\b[^,]{0,300})/i;
const MEMBER_NAME = new RegExp(MEMBER_NAME_SOURCE);
const PLURAL_TITLE_START = new RegExp(`^${alternation(PLURAL_TITLES)}\\b`, 'i');
// "response to Cllr X", "Cllr X's question": the reply's head noun, and the member's question after a possessive.
const REPLY_NOUN = '(?:response|reply|answer)';
const MEMBERS_QUESTION = "(?:[’']s?\\s+(?:question|query|questions|queries))?";
const REPLY_TO_MEMBER = new RegExp(`^(?:(?:(?:In\\s+)?${REPLY_NOUN}|Responding|Replying)\\s+to|(?:When|On\\s+being)\\s+asked\\s+by)\\s+(${MEMBER_NAME_SOURCE})${MEMBERS_QUESTION}(?:\\s+(?:whether|how|why|what|when|if|about)\\b[^,]{3,300})?,\\s+(.{3,100000})$`);
/** "The Community Safety Manager, in answer to Councillor Singh, confirmed …": the reply set off inside the sentence. Group 1: the member. */
const MID_REPLY_TO_MEMBER = new RegExp(`^[A-Z][^,]{2,120},\\s+(?:in\\s+${REPLY_NOUN}|responding|replying)\\s+to\\s+(${MEMBER_NAME_SOURCE})${MEMBERS_QUESTION}(?:\\s+(?:about|on|regarding|whether)\\b[^,]{3,300})?,\\s+(.{3,100000})$`);
const COLLECTIVE_FROM = /^(?:Members|members|Councillors|councillors|the\s+(?:Committee|Panel|Board)|a\s+(?:Member|member|Councillor|councillor))\b/;

/** Reads "a question from X about Y, Z said …" after its head: the question and where the answer starts. */
function indirectQuestion(after: string): { noun: string; asker: string | null; several: boolean; from: string; topic: string | null; rest: string } | null {
  const n = INDIRECT_NOUN.exec(after);
  if (!n) return null;
  let pos = n[0].length;
  let asker: string | null = null;
  let several = false;
  let from = '';
  const by = ASKER_AFTER.exec(after.slice(pos));
  if (by) {
    // The asker: a collective, or the first member named within the next two comma-separated parts ("from the Executive for Parks, Waste Councillor J Kerr,").
    const start = pos + by[0].length;
    const tail = after.slice(start);
    const parts = tail.split(',');
    const collective = COLLECTIVE_FROM.exec(tail);
    let end = start;
    let named = false;
    if (collective) end = start + collective[0].length;
    else {
      for (let k = 0, off = 0; k < Math.min(2, parts.length); off += parts[k].length + 1, k++) {
        const m = MEMBER_NAME.exec(parts[k]);
        if (m) {
          // "queries from Cllrs. Brannigan and Flood": two askers at once name none, and the list runs to the comma.
          several = PLURAL_TITLE_START.test(m[0]);
          asker = several ? null : m[0].trim();
          end = start + off + (several ? parts[k].length : m.index + m[0].length);
          named = true;
          break;
        }
      }
      if (!named) end = start + parts[0].length;
    }
    from = after.slice(pos, end);
    pos = end;
  }
  const t = TOPIC.exec(after.slice(pos));
  let topic: string | null = null;
  if (t) {
    topic = t[1];
    pos += t[0].length;
  }
  const rest = after.slice(pos).replace(/^\s*,?\s*/, '');
  return { noun: n[0], asker, several, from, topic, rest };
}

export const inResponseRule: ProseRule = defineRule({
  id: 'question-in-response',
  stage: 'question',
  cue: INDIRECT_HEAD_WORDS,
  description: '"In response to / Following a question (from X) (about Y), Z said …": the text runs from "a question" to the end of the sentence, or to its topic when no member is named ("In response to the question on the budget, Members were advised …").',
  examples: {
    valid: [
      'In response to a question from Councillor Bell about staffing, the Director said that posts were filled.',
      'Following a question by Cllr Osei, the Cabinet Member advised that the toilets would reopen in spring.',
      'In response to a question on care leavers, the Director said that most were in suitable accommodation.',
      'In reply to Councillor Ames, the Director confirmed that the scheme would be funded from reserves.',
      'When asked by Councillor Irwin whether the play area would be kept, the Parks Manager confirmed that it would.',
      'Responding to queries from Cllrs. Aherne and Boyle, the Senior Engineer stated that the road would be surfaced in June.',
      'The Community Safety Manager, in answer to Councillor Singh, confirmed that CCTV coverage would be extended.',
      'On being asked by Councillor Trent whether the grant would continue, the Manager said it would.',
    ],
    invalid: ['In response to the consultation, the plan had been amended.', 'The Head of Planning, in response to the consultation, amended the plan.'],
  },
  read(s: SentenceAt): Reading | null {
    const h = INDIRECT_HEAD.exec(s.whole);
    if (!h) {
      // "In reply to Councillor Ames, the Director confirmed …": the member's question is known by its answer.
      const r = REPLY_TO_MEMBER.exec(s.whole) ?? MID_REPLY_TO_MEMBER.exec(s.whole);
      return r ? { text: s.whole, asker: askerName(r[1]), rest: r[2], unread: 'as-written' } : null;
    }
    const q = indirectQuestion(s.whole.slice(h[0].length));
    if (!q || (!q.topic && !q.rest)) return null;
    // "Following questions and comments from Members, it was …" frames a discussion: without a topic or a named asker it asks nothing.
    if (!q.topic && !q.asker && !q.several && (!(h[1] || h[2]) || /s$/i.test(q.noun))) return null;
    // "In response to the question on X, Members were advised …": the topic is the question. With a member named
    // ("a question from Councillor Bell about staffing, the Director said …") the record is the whole exchange.
    const text = q.topic && !q.asker && !q.several ? `${q.noun}${q.from} ${q.topic.trim()}` : s.whole.slice(h[0].length);
    return { text, asker: q.asker, rest: q.rest, unread: h[1] || h[2] ? 'as-written' : 'none' };
  },
});

/** "… in relation to a question from Councillor A Shield in terms of …", "received a question from Cllr X regarding …", "2 questions on X from Councillor Y". */
const QUESTION_FROM = new RegExp(
  `\\b(?:(?:a|the|two|three|\\d{1,2})\\s+)(?:(?:written|supplementary|further)\\s+)?(?:question|query|questions|queries)\\s+(?:(?:on|about|regarding|concerning)\\s+[^,.]{3,200}?\\s+)?(?:from|by)\\s+(${MEMBER_NAME_SOURCE})`,
);

export const questionFromRule: ProseRule = defineRule({
  id: 'question-from-member',
  stage: 'question',
  cue: QUESTION_NOUNS,
  description: 'A question from a named member mid-sentence: "received a question from Cllr X regarding …", "respond to 2 questions on X from Councillor Y"; the text runs from "a question" to the end of the sentence.',
  examples: {
    valid: ['The Leader noted that she had received a question from Councillor Moss regarding the closure of the tip.'],
    invalid: ['The Leader noted that she had received a letter from Councillor Moss regarding the closure of the tip.'],
  },
  read(s: SentenceAt): Reading | null {
    const m = QUESTION_FROM.exec(s.whole);
    if (!m) return null;
    const rest = s.whole.slice(m.index + m[0].length);
    if (PUBLIC_SPEAKER.test(rest.slice(0, 60))) return null;
    return { text: s.whole.slice(m.index), asker: askerName(m[1]) };
  },
});

/**
 * "In response to Members' questions, the Director said that …", "In answer to questions from the Committee, the
 * Treasurer explained …": members' questions known by the answer given to them. Group 1: the questions; 2: the answer.
 */
const BODY_QUESTIONS_ANSWERED = new RegExp(
  `^(?:(?:In\\s+)?(?:response|reply|answer)\\s+to|Responding\\s+to|Replying\\s+to|Following|After)\\s+((?:the\\s+)?(?:${bothCases(QUESTIONING_BODIES)})[’']s?\\s+(?:questions|queries)|(?:questions|queries)\\s+(?:(?:raised|asked|put)\\s+)?(?:from|by)\\s+(?:${bothCases(QUESTIONING_BODIES)})),\\s+(.{3,100000})$`,
);

export const bodyQuestionsAnsweredRule: ProseRule = defineRule({
  id: 'question-members-questions-answered',
  stage: 'question',
  cue: ['questions', 'queries'],
  description: 'Members\' questions introducing their answer, with no asker named: "In response to Members\' questions, the Director said that …"; the text runs from the questions to the end of the sentence.',
  examples: {
    valid: [
      "In response to Members' questions, the Head of Waste said that the new rounds would start in April.",
      'In answer to questions from the Committee, the Treasurer explained that the audit fee had not changed.',
      'Responding to councillors’ queries, the Chief Executive confirmed that no further savings were planned.',
      'Following questions from Members, the Clerk said that it would.',
      "In reply to the Panel's queries, Ms Oduya explained that it had.",
      "After Members' queries, officers confirmed that it was.",
      'In response to questions from Council, the Director replied that it would.',
    ],
    invalid: ["In response to Members' questions, it was noted that:", 'In response to questions from residents, the Clerk said that the bins would be emptied weekly.', 'Following questions from Members, the report was noted.'],
  },
  read(s: SentenceAt): Reading | null {
    const m = BODY_QUESTIONS_ANSWERED.exec(s.whole);
    // Only when a person or post answers: "…, it was noted that:" leads a list of what was said.
    if (!m || !answerIn(m[2]) || /[:–—-]\s*$/.test(m[2])) return null;
    return { text: s.whole.slice(s.whole.indexOf(m[1])), asker: null, rest: m[2], unread: 'none' };
  },
});

/** Ordered: the named asking forms first; the indirect forms last, as they read clauses the others would also match. */
export const PROSE_RULES: readonly ProseRule[] = [
  askerVerbRule,
  askerLaterVerbRule,
  pronounAskerRule,
  memberMidSentenceRule,
  passiveQuestionRule,
  askedAboutRule,
  questionSubjectRule,
  answeredByRule,
  indirectWhetherRule,
  inResponseRule,
  // After inResponseRule, which reads the questions of a named member or with a topic.
  bodyQuestionsAnsweredRule,
  questionFromRule,
];

// "asked that … be done" is a request, not a question (outside a questions item, where it is the member's question).
const REQUEST_NOT_QUESTION =
  /^asked\s+(?:in\s+respect\s+of|in\s+relation\s+to|with\s+regard\s+to)\b(?![^?]{0,300}\b(?:what|whether|how|why|when|where|which|who|if)\b)|^asked\s+(?!(?:what|whether|how|why|when|where|which|who|if|about|for|a|an|the\s+following|questions?)\b)(?:that\b|[^?]{0,200}?\bthat\s+[^?]{1,200}?\b(?:be|should|could|would)\s+(?:be\s+)?\w+ed\b)/i;
// "asked for a recorded vote", "asked to be recorded as voting against": asking for anything but information is a request.
const ASKED_FOR_ACTION = new RegExp(`^asked\\s+(?:to\\s|for\\s+(?!(?:(?:an?|the|some|any|more|further|additional|written|up-to-date|updated)\\s+){0,2}(?:${alternation(SOUGHT_THINGS)}|${alternation(INFORMATION_THINGS)})\\b))`, 'i');
// The chair running the meeting: "asked if there were any declarations of interest", "asked Members whether they were content".
const PROCEDURAL_ASK =
  /^asked\s+(?:(?:the\s+)?(?:members|councillors|committee|meeting|those\s+present)\s+)?(?:if|whether)\s+(?:there\s+(?:were|was)|anyone|any\s+(?:members?|councillors?)|members|councillors|they|the\s+(?:committee|meeting))\b[^?.]{0,80}?\b(?:declarations?|questions?|comments?|other\s+business|objections?|interests?|agreed|content|happy|wish(?:ed)?|abstentions?|against|in\s+favour)\b/i;
// "asked Members to send …", "asked Cllr Hayes to forward …", "asked the Clerk-Treasurer to book …": asking someone to act is a request anywhere.
// Asking an officer "to explain how …", "to clarify whether …" is a question.
const ASKED_SOMEONE_TO = new RegExp(`^asked\\s+(?!(?:what|whether|how|why|when|where|which|who|if|about|for|a|an|the\\s+following|(?:supplementary\\s+)?questions?)\\b)(?:(?!for\\b|as\\b)[\\w'’./-]+\\s+){1,6}to\\s+(?!${alternation(EXPLAINING_VERBS)}\\b)[a-z]`, 'i');
// "The Chair asked the Head of Education to outline …": a presiding member inviting someone to present (a presenter, not a question).
const PRESIDER_INVITES = new RegExp(`^(?:The\\s+|the\\s+)?${alternation(PRESIDING_ROLES)}\\s+(?:then\\s+)?asked\\s+.{2,200}?\\s+to\\s+${alternation(INVITED_TO_VERBS)}\\b`);

// "asked the following questions:", "asked questions on the following:", "requested and received clarification on the
// following:" introduce the questions written after them; none is one.
const INTRODUCES_LIST = /^\w+(?:\s\w+)?\s+(?:the\s+)?(?:following|below|undermentioned)\s+(?:\w+\s+)?(?:questions|queries)\s*:?-?\s*$|^\w+(?:\s\w+){0,3}\s+(?:questions|queries|clarification|information|assurances?)\s+(?:on|about|regarding|in\s+relation\s+to|relating\s+to)\s+(?:the\s+)?(?:following|below|undermentioned)(?:\s+\w+)?\s*:-?\s*$/i;

/** Not a phrasing: the asking, query and answer words every rule above needs (a superset, any case). */
// One pass over a sentence's words opens the rules whose cue it holds; most sentences open none. The gates
// read the flags kept on each sentence of the shared splitter: the presenters, read before the questions,
// have mostly filled them, so a rule's gate is one array read.
const PROSE_RULE_GATES = PROSE_RULES.map((rule) => wordGate(rule.cue));
/** Open when some prose rule's gate is. */
const ANY_PROSE_RULE_GATE = wordGate(PROSE_RULES.flatMap((rule) => rule.cue));

// Not a phrasing: the words that open the dispatch, as one pattern (a sentence opens a rule when one
// of its words, a run of ASCII letters in any case, is the first word of a cue phrase). Most sentences
// open none, and one scan of a regex says so more cheaply than looking up every word (the neighbours are
// matched, not looked around: the same matches, found faster). Null when a cue
// phrase does not start with a letter (the dispatch is then always open).
const CUE_FIRST_WORDS = PROSE_RULES.flatMap((rule) => rule.cue.map((phrase) => /^[a-z]+/.exec(phrase.toLowerCase().trimStart())?.[0] ?? null));
const PROSE_CUE_WORD = CUE_FIRST_WORDS.includes(null) ? null : new RegExp(`(?:^|[^a-z])${caselessAlternation(CUE_FIRST_WORDS as string[])}(?:$|[^a-z])`, 'i');

/** False when no prose rule can open on the sentence: none of its words starts a cue phrase (test/questions-gate.test.ts). */
export function mayOpenProseRule(sentence: string): boolean {
  return PROSE_CUE_WORD === null || PROSE_CUE_WORD.test(sentence);
}

// "Question 2 –", "Supplementary question:", "Q:" before the sentence's subject.
const QUESTION_LABEL = new RegExp(`^${QUESTION_LABEL_SOURCE}\\s*(?:[:,.–—]|\\s-)\\s*`, 'i');
// A member named as the subject: the antecedent of a later "He asked …".
const NAMED_SUBJECT = new RegExp(`^(?:${MEMBER_NAME_SOURCE}|${PERSON_SOURCE})(?=,|\\s\\(|\\s[a-z])`);
// A role and the member holding it: "The Leader of the Green Group, Mr Lehmann, referred to …".
const ROLE_THEN_NAME = new RegExp(`^(?:The|the)\\s[^,]{1,100},\\s(${MEMBER_NAME_SOURCE}),`);

/** Where fromProse keeps what earlier sentences of the item said. */
export interface ProseState {
  lastNamed: string | null;
  questionsItem: boolean;
  /**
   * Sentences read since lastNamed was last brought up to date, oldest first. Most sentences
   * never need their subject's name (only a "She asked …" after them does), so the long name
   * patterns run on them only when a question sentence asks who was named last.
   */
  unnamed?: string[];
}

/**
 * A sentence some rule may read. Where its subject starts, who was named before it and its own subject
 * are read only by the rules that ask for them (most opened sentences are read by none): each is worked
 * out on first use.
 * lastNamedOf reads the sentences before this one, so the answer is the same as worked out at once.
 */
class OpenedSentence implements SentenceAt {
  private subjectRead: string | null | undefined = undefined;
  private from: { text: string; labelled: boolean } | undefined = undefined;
  constructor(
    readonly whole: string,
    private readonly state: ProseState,
  ) {}

  /** The sentence from its subject on (the rules reading the whole sentence never need it). */
  get text(): string {
    return (this.from ??= subjectOf(this.whole)).text;
  }

  get questionContext(): boolean {
    return (this.from ??= subjectOf(this.whole)).labelled || this.state.questionsItem;
  }

  get lastNamed(): string | null {
    return lastNamedOf(this.state);
  }

  get subject(): string | null {
    if (this.subjectRead === undefined) this.subjectRead = namedSubject(this.text);
    return this.subjectRead;
  }
}

/** The member or person a sentence opens with, if any. */
function namedSubject(text: string): string | null {
  const found = NAMED_SUBJECT.exec(text);
  if (found && !/^(?:The|This|That|It|Members)\b/.test(found[0])) return publicAfterName(text.slice(found[0].length)) ? ONE_OF_THE_PUBLIC : found[0].trim();
  // "The Leader of the Green Group, Mr Lehmann, referred to …" (the role may read as a person's name too).
  const role = ROLE_THEN_NAME.exec(text);
  return role ? role[1].trim() : null;
}

/** A subject who is one of the public: a later "He asked …" is not a member's question. */
const ONE_OF_THE_PUBLIC = '';
// What follows a name and makes its bearer one of the public: " of 4 Mill Lane", ", a local resident,", " (Church Road)".
const ADDRESS_AFTER_NAME = new RegExp(`^\\s+(?:of|from)\\s+(?:\\d{1,4}[A-Za-z]?,?\\s+)?[A-Z][\\w'’-]{1,30}(?:\\s[A-Z][\\w'’-]{1,30}){0,2}\\s${alternation(ADDRESS_WORDS)}\\b`);
const APPOSITIVE_AFTER_NAME = /^(?:,\s[^,]{1,120},|\s{1,3}\([^)]{1,80}\))/;
function publicAfterName(rest: string): boolean {
  if (ADDRESS_AFTER_NAME.test(rest)) return true;
  const a = APPOSITIVE_AFTER_NAME.exec(rest);
  return a !== null && publicAppositive(a[0]);
}

/** The name last written as a sentence's subject before the sentence being read. */
function lastNamedOf(state: ProseState): string | null {
  const unnamed = state.unnamed ?? [];
  for (let i = unnamed.length - 1; i >= 0; i--) {
    const named = namedSubject(subjectOf(unnamed[i]).text);
    if (named !== null) {
      state.lastNamed = named;
      break;
    }
  }
  state.unnamed = [];
  return state.lastNamed;
}

/** The sentence from its subject on, and whether a question label opened it. */
function subjectOf(sentence: string): { text: string; labelled: boolean } {
  let text = sentence.slice(openerLength(sentence));
  const label = QUESTION_LABEL.exec(text);
  if (label) text = text.slice(label[0].length);
  return { text: text.slice(openerLength(text)), labelled: label !== null };
}

/** A block of table rows ("|Cllr Ross asked whether … |Officers said … |"): each cell's sentences on their own, a sentence never running into the next cell. */
function tableRows(block: Block): readonly Sentence[] | null {
  if (!block.fullText.startsWith('|')) return null;
  return block.fullText.split('\n').flatMap((line) => line.split('|').flatMap((cell) => (cell.trim() ? sentences(cell.trim()) : [])));
}

/** Questions asked in the sentences of one block, each answered by the next sentence when it answers. */
export function fromProse(block: Block, state: ProseState): Question[] {
  const out: Question[] = [];
  const ss = tableRows(block) ?? sentences(block.text);
  for (let k = 0; k < ss.length; k++) {
    const said = ss[k];
    const whole = said.text;
    // A sentence whose flags are not made yet is first scanned by the cue pattern, cheaper than making them.
    if ((said.flags !== undefined || mayOpenProseRule(whole)) && ANY_PROSE_RULE_GATE.testSentence(said)) {
      gateAskingVerb(said);
      const at = new OpenedSentence(whole, state);
      for (let r0 = 0; r0 < PROSE_RULES.length; r0++) {
        if (!PROSE_RULE_GATES[r0].testSentence(said)) continue;
        const rule = PROSE_RULES[r0];
        const r = rule.read(at);
        if (!r) continue;
        if ((!at.questionContext && REQUEST_NOT_QUESTION.test(r.text)) || ASKED_SOMEONE_TO.test(r.text) || PRESIDER_INVITES.test(at.text) || ASKED_FOR_ACTION.test(r.text) || PROCEDURAL_ASK.test(r.text) || INTRODUCES_LIST.test(r.text)) break;
        // "asked how …; the Finance Manager explained that …": the answer after a semicolon (the text runs to the sentence's end).
        const semi = r.rest === undefined ? r.text.indexOf('; ') : -1;
        if (semi > 0 && answerIn(r.text.slice(semi + 2))) r.rest = r.text.slice(semi + 2);
        // "Cllr Abbott asked about X, and Cllr Brown asked about Y": a second member's question in the same sentence.
        const second = r.rest === undefined && rule === askerVerbRule ? SECOND_ASKER.exec(r.text) : null;
        const secondReading = second ? ASKER_VERB.exec(r.text.slice(second.index + second[0].length)) : null;
        const secondAsker = secondReading ? memberAsker(secondReading[1]) : undefined;
        if (second && secondReading && secondAsker !== undefined) r.text = r.text.slice(0, second.index);
        const q = makeQuestion(r.text, r.asker, block, rule.id);
        if (r.respondent !== undefined) q.respondent = r.respondent;
        if (r.rest !== undefined) withAnswer(q, r.rest, r.unread ?? 'none');
        // The answer in the next sentence: "Councillor X queried … . The Director explained that …".
        const next = ss[k + 1];
        if (q.response === null && next) withAnswer(q, next.text, 'none');
        out.push(q);
        if (secondReading && secondAsker !== undefined) out.push(makeQuestion(secondReading[3], secondAsker, block, rule.id));
        break;
      }
    }
    (state.unnamed ??= []).push(whole);
  }
  return out;
}

/** The answer a block gives to the question before it: "Cllr Hawthorne replied that …", "Response - Councillor Ash advised …". */
export function answerOfBlock(text: string): { respondent: string | null; response: string } | null {
  const first = sentences(text)[0]?.text ?? '';
  return answerIn(first.replace(/^(?:Response|Reply|Answer)\s*(?:[:–—]|\s-)\s*/i, ''));
}
