// Questions written as records rather than prose: a written question with its
// printed reply ("Question 3, Councillor Levy to Councillor Barnes: …",
// "By Councillor X / To Councillor Y / text / Written reply: …",
// "Question: … Reply: …", "Q: … A: …"), and an item or line naming a member
// and the topic of their question ("Councillor M. Baker: Street Lighting").
// Each rule reads from one block and may take the blocks after it (the
// question's words, its answer); it returns the question and the next block
// still to read.
import type { Question } from '../../schema/document.js';
import type { Block } from '../../segment/blocks.js';
import { defineRule, type RuleMeta } from '../../rules/define.js';
import { DIRECT_QUESTION_OPENINGS, MEMBER_HONORIFICS, QUESTION_OPENINGS, abbreviationAlternation, alternation, escapeRegex } from '../../lexicon/index.js';
import { NAME_AFTER_HONORIFIC_SOURCE } from '../../tokenize/names.js';
import { makeQuestion, withAnswer } from './shape.js';
import { unquote } from '../util/text.js';
import { ANSWER_LABEL, MEMBER_NAME_SOURCE, PUBLIC_SPEAKER, QUESTION_LABEL_SOURCE, QUESTION_LABEL_FORMS } from './vocabulary.js';

export interface RecordRead {
  question: Question | null;
  /** Index of the first block the rule did not take. */
  next: number;
}

export interface RecordRule extends RuleMeta {
  read(blocks: readonly Block[], i: number, questionsItem: boolean, title: string): RecordRead | null;
}

const SEP = '\\s*(?:[:–—]|\\s-)\\s*';
// "to Councillor Y", "to the Leader of the Council", "to Councillor Diane White, Portfolio Holder for Housing";
// "to the Cabinet Member for Housing (Councillor Kershaw)": the holder of the post may follow in brackets.
const ADDRESSEE = `(?:the\\s+)?(${MEMBER_NAME_SOURCE}|[A-Z][\\w’'&-]{1,30}(?:\\s+[\\w’'&-]{1,30}){0,8})(?:,\\s[^:–—]{1,160}?|\\s*\\([^)]{1,60}\\))?`;

/** "Question 3, Councillor Levy to Councillor Barnes: text" / "Question from Cllr X to Cllr Y – text". Groups: asker, addressee, text. */
// (The question's words may follow the head on its next line, in quotes: "… to Councillor Lomas, Leader of the Council" over "“Will …?”".)
const FROM_TO = new RegExp(`^${QUESTION_LABEL_SOURCE}\\s*[,.–—]?\\s*(?:(?:from|by|From|By|FROM|BY)\\s+)?(${MEMBER_NAME_SOURCE})(?:\\s*\\([^)]{1,60}\\))?\\s+(?:to|TO)\\s+${ADDRESSEE}(?:${SEP}(.{0,100000})|\\s+(?=["“])(.{0,100000})|\\s*$)`);
/** "(b) Councillor Shah to the Cabinet Member for Transport:" under a members' questions item: the head without its label. Groups as FROM_TO. */
const MEMBER_TO = new RegExp(`^(${MEMBER_NAME_SOURCE})(?:\\s*\\([^)]{1,60}\\))?\\s+(?:to|TO)\\s+${ADDRESSEE}(?:${SEP}(.{0,100000})|\\s*$)`);
/** "By Councillor X" (also "From", "Question by", "Question submitted by", "Asked by") on its own. */
const BY = new RegExp(`^(?:By|From|Asked\\s+by|Question\\s+(?:(?:submitted|asked|tabled)\\s+)?(?:by|from)|QUESTION\\s+(?:BY|FROM))\\s+(${MEMBER_NAME_SOURCE})(?:,\\s[^.]{1,160})?\\s*[.:]?$`);
/** "To Councillor Y, Portfolio Holder for …" on its own. */
const TO = new RegExp(`^To\\s+${ADDRESSEE}\\s*[.:]?$`);
/** "Question: …", "Supplementary question from Cllr X: …", "Q: …". Groups: asker, text. */
// "Question No. 7/25 – Cllr. T. Kielty": the asker may follow the label after a dash, alone on the line or before a colon.
// "Q. (Councillor Cormier) Why is …?", "Q (Member Tane): Will …?": the asker in brackets after the label (group 3).
const LABELLED = new RegExp(`^${QUESTION_LABEL_SOURCE}(?:\\s*[.,]?\\s+(?:(?:from|by|FROM|BY)\\s+)?(${MEMBER_NAME_SOURCE})(?:\\s*\\([^)]{1,60}\\)|,\\s[^:–—]{1,80}?)?|${SEP}(${MEMBER_NAME_SOURCE})(?=\\s*$|\\s*:)|\\.?\\s*\\((${MEMBER_NAME_SOURCE})\\)(?=${SEP}|\\s+[A-Z"“]))?(?:${SEP}(.{0,100000})|(?<=\\))\\s+([A-Z"“].{0,100000})|\\s*$)`);
/** "6.1 Cr Dunstan – Question: When will …?": the asker, then the label. Groups: asker, text. */
const ASKER_LABELLED = new RegExp(`^(?:\\d{1,3}(?:\\.\\d{1,3}){0,2}\\.?\\s+)?(${MEMBER_NAME_SOURCE})(?:\\s*\\([^)]{1,60}\\))?${SEP}${QUESTION_LABEL_SOURCE}${SEP}(.{3,100000})$`);
/** "Councillor Ames – What proportion …?": a question's words opening with its asker and a dash. Groups: asker, text. */
const ASKER_DASH = new RegExp(`^(${MEMBER_NAME_SOURCE})\\s*(?:[–—]|\\s-)\\s*(\\S.{2,100000})$`);
/** A question's words that are a member's sentence ("Cllr X asked …"): prose, not a record. */
const MEMBER_SENTENCE = new RegExp(`^(?:${MEMBER_NAME_SOURCE})(?:,|\\s+\\(|\\s+[a-z])`);
/** The answer in the same block: "Q: … A: …". */
const INLINE_ANSWER = /\s(?:A|Answer|Reply|Response)\s*:\s+/;
/** "No supplementary question." */
const NO_QUESTION = /^no\s+(?:supplementary\s+)?questions?\b/i;

/**
 * Not a phrasing: what every text QUESTION_LABEL_SOURCE matches in holds, as written (the patterns reading
 * labels are case-sensitive): a label's words up to its first space, which the pattern spells letter for
 * letter. A word holding another is left out ("Question" holds "Q"). Most blocks hold none of them and
 * skip the label patterns (test/questions-gate.test.ts).
 */
export const LABEL_WORDS: readonly string[] = ((): string[] => {
  const heads = [...new Set(QUESTION_LABEL_FORMS.map((l) => l.split(' ')[0]))];
  return heads.filter((w) => !heads.some((o) => o !== w && w.includes(o)));
})();

const LABEL_WORD = new RegExp(LABEL_WORDS.map(escapeRegex).join('|'));
/** True when the text holds one of LABEL_WORDS. */
export const holdsLabelWord = (text: string): boolean => LABEL_WORD.test(text);

let labelBlock: Block | undefined;
let labelHeld = false;
/** True when the block may hold a question label; the rules ask in turn about the same block, so the last answer is kept. */
export function mayHoldLabel(b: Block): boolean {
  if (b !== labelBlock) {
    labelBlock = b;
    // A one-line paragraph's text is its full text: one scan.
    labelHeld = holdsLabelWord(b.fullText) || (b.text !== b.fullText && holdsLabelWord(b.text));
  }
  return labelHeld;
}

/** A written question's head naming its asker and addressee: "Question from Cllr X to the Leader", "(1) Councillor X to the Executive Member for Y". */
export const headsWrittenQuestion = (text: string): boolean => FROM_TO.test(text) || MEMBER_TO.test(text);

/** True when the block starts a written question of its own, so it is not the answer to the one before. */
function startsRecord(b: Block | undefined): boolean {
  if (!b) return false;
  return FROM_TO.test(b.text) || MEMBER_TO.test(b.text) || BY.test(b.text) || LABELLED.test(b.text) || MEMBER_TOPIC.test(b.text);
}

/** A printed answer's label ("Reply:", "A."), also when the reader took "A." for a list marker. */
function answerLabel(b: Block): RegExpExecArray | null {
  return ANSWER_LABEL.exec(b.text) ?? (b.marker ? ANSWER_LABEL.exec(b.fullText.trim()) : null);
}

/** The printed answer after a written question's words at `j`: a "Reply:" label and its text, or the paragraph that follows. */
function answerAfter(blocks: readonly Block[], j: number, q: Question, respondent: string | null): number {
  const b = blocks[j];
  if (!b || startsRecord(b)) return j;
  const label = answerLabel(b);
  if (label) {
    q.respondent = label[1]?.trim() || respondent;
    if (label[2]?.trim()) {
      q.response = label[2].trim();
      return j + 1;
    }
    const after = blocks[j + 1];
    if (after && !startsRecord(after)) {
      q.response = after.text;
      return j + 2;
    }
    return j + 1;
  }
  if (b.kind !== 'paragraph') return j;
  q.respondent = respondent;
  q.response = b.text;
  return j + 1;
}

/** The question's words: on the label's line, or the next block. */
function wordsAt(blocks: readonly Block[], i: number, inline: string): { text: string; at: Block; next: number } | null {
  if (inline.trim()) return { text: inline.trim(), at: blocks[i], next: i + 1 };
  const b = blocks[i + 1];
  if (!b || startsRecord(b) || answerLabel(b)) return null;
  return { text: b.text, at: b, next: i + 2 };
}

export const recordFromToRule: RecordRule = defineRule({
  id: 'question-record-from-to',
  stage: 'question',
  description:
    'A written question headed with its asker and addressee: "Question 3, Councillor X to Councillor Y: …" / "Question from Cllr X to the Leader – …" (under a members\' questions item, "Councillor X to Councillor Y:" without the label), also as the title of its own item; the paragraph after it is the reply.',
  examples: {
    valid: [
      'Question 1, Councillor Ngata to Councillor Hume:\n\nWhat is being done to reduce waiting lists for adaptations?\n\nThe backlog had fallen by a third since June.',
      'Question from Cllr Birch to the Leader of the Council: Will the budget protect rural bus routes?',
      '(a) Question from Councillor Amis to the Cabinet Member for Housing (Councillor Lowe)\n\n"How many council homes were let last year?"\n\nCouncillor Lowe replied that 412 homes had been let.',
    ],
    // Under a members' questions item the label may be left out: fixture questions-record-unlabelled.
    invalid: ['Question 2, Councillor Ngata to Councillor Hume:\n\nNo supplementary question.', 'Councillor Shah to write to the Cabinet Member for Transport about the parking charges.'],
  },
  read(blocks, i, questionsItem) {
    // Under a members' questions item the label may be left out: "(b) Councillor Shah to the Cabinet Member for Transport:".
    const m = (mayHoldLabel(blocks[i]) ? FROM_TO.exec(blocks[i].text) : null) ?? (questionsItem ? MEMBER_TO.exec(blocks[i].text) : null);
    if (!m) return null;
    const words = wordsAt(blocks, i, m[3] ?? m[4] ?? '');
    if (!words) return { question: null, next: i + 1 };
    if (NO_QUESTION.test(words.text)) return { question: null, next: words.next };
    const q = makeQuestion(words.text, m[1].trim(), blocks[i], recordFromToRule.id);
    if (words.at !== blocks[i]) q.end = words.at.end;
    return { question: q, next: answerAfter(blocks, words.next, q, m[2].trim()) };
  },
});

/**
 * An item titled as a written question ("4.1 Question from Councillor X to the Cabinet Member for Y",
 * "14.1 Question on Notice – Cr Hollis"): the title is the record's head, the item's first block the
 * question's words and the next its reply. Returns the question and how many of the blocks it took.
 */
export function titleRecord(title: string, line: number, blocks: readonly Block[]): { question: Question; taken: number } | null {
  if (!holdsLabelWord(title)) return null;
  const head: Block = { kind: 'heading', text: title, fullText: title, line, end: line, column: 1, indent: 0, rule: 'item-title' };
  const read = recordFromToRule.read([head, ...blocks], 0, true, title) ?? labelledRule.read([head, ...blocks], 0, true, title);
  // A title naming the asker heads the question's words in the body; a bare label ("Question 3") heads
  // nothing by itself, and a title naming its topic ("Question with Notice - Cr X - Roadside Slashing")
  // leaves the body to record the question.
  return read?.question?.asker && read.next > 1 ? { question: read.question, taken: read.next - 1 } : null;
}

export const byToRule: RecordRule = defineRule({
  id: 'question-by-to',
  stage: 'question',
  description: 'A written question as "By Councillor X" (or "Question submitted by Cllr X") / "To Councillor Y, role" lines, then the question, then its reply ("Written reply:").',
  examples: {
    valid: [
      'By Councillor Ama Reyes\n\nTo Councillor Tom Hale, Portfolio Holder for Housing\n\nHow many empty homes were brought back into use this year?\n\nWritten reply:\n\nForty-two homes were brought back into use.',
      'Question submitted by Cllr. P. Walsh\n\nTo ask the Senior Engineer what plans exist for a footpath at Ballyduff.\n\nReply: A design will be prepared in 2026.',
    ],
    invalid: ['By order of the Council\n\nThe park will close at dusk.'],
  },
  read(blocks, i) {
    const m = BY.exec(blocks[i].text);
    if (!m || PUBLIC_SPEAKER.test(blocks[i].text)) return null;
    let j = i + 1;
    let respondent: string | null = null;
    const to = blocks[j] ? TO.exec(blocks[j].text) : null;
    if (to) {
      respondent = to[1].trim();
      j++;
    }
    const words = wordsAt(blocks, j - 1, '');
    if (!words || NO_QUESTION.test(words.text)) return { question: null, next: j };
    const q = makeQuestion(words.text, m[1].trim(), words.at, byToRule.id);
    q.line = blocks[i].line;
    q.end = words.at.end;
    return { question: q, next: answerAfter(blocks, words.next, q, respondent) };
  },
});

/** A labelled question's asker and words (each possibly absent): [whole, asker, words]. */
function labelledParts(b: Block): [string, string | undefined, string | undefined] | null {
  // "Q:" may have been read as a list marker: the label is then in the block's full text.
  const l = LABELLED.exec(b.text) ?? LABELLED.exec(b.fullText.trim());
  if (l) return [l[0], l[1] ?? l[2] ?? l[3], l[4] ?? l[5]];
  const a = ASKER_LABELLED.exec(b.fullText.trim());
  return a ? [a[0], a[1], a[2]] : null;
}

export const labelledRule: RecordRule = defineRule({
  id: 'question-labelled',
  stage: 'question',
  description:
    'A question under its label: "Question: …", "Supplementary question from Cllr X: …", "Cr X – Question: …", "Question No. 7/25 – Cllr X" or "Question on Notice – Cr X" then the question (also as the title of its item), "Q: … A: …"; a "Reply:" / "Response:" after it is the answer.',
  examples: {
    valid: [
      'Supplementary question from Councillor Wren: Would the Leader meet the residents of Elm Court?\n\nReply: The Leader agreed to meet them in March.',
      'Q: When will the pavilion reopen? A: In time for the cricket season.',
      '7.1 Cr Mabel Foss – Question: When will the Ridge Road culvert be replaced?\n\nResponse: The Works Manager advised it was scheduled for May.',
      'Q: Councillor Iqbal – How many homes had been inspected?\nA: About 400 so far.',
      'Question No. 4/25 – Cllr. M. Furlong\n\n"To ask the Director of Services for a date for the resurfacing of the Mill Road."\n\nReply: The works are scheduled for April 2026.',
      'Question No. 5 – Cllr. R. Nagle: To ask the Director of Services for an update on the playground at Mill Park.',
      'Question with Notice from Cr Danvers\n\nHow much has Council spent on consultants in 2024/25?\n\nAnswer: $412,000 to 28 February 2025.',
      'Q. (Councillor Arsenault) Why has the water rate risen by 6%?\nA. The utility board raised its bulk rate.',
      'Q (Member Tane): Will the library keep its Saturday hours?\nA: Yes, until the review.',
    ],
    invalid: ['Question Time\n\nThe Chair thanked everyone for attending.'],
  },
  read(blocks, i) {
    if (!mayHoldLabel(blocks[i])) return null;
    const m = labelledParts(blocks[i]);
    const inlineWords = m?.[2] ?? '';
    // A bare "Question" line is a heading unless it names the asker; a member's sentence after the label is prose.
    if (!m || (!inlineWords && !m[1] && !/[:–—-]\s*$/.test(blocks[i].text)) || MEMBER_SENTENCE.test(inlineWords) || PUBLIC_SPEAKER.test(blocks[i].text.slice(0, 120))) return null;
    const words = wordsAt(blocks, i, inlineWords);
    if (!words || NO_QUESTION.test(words.text)) return words ? { question: null, next: words.next } : null;
    // "Q: Councillor Ames – What proportion …?": the asker after the label, before a dash.
    const lead = m[1] ? null : ASKER_DASH.exec(words.text);
    if (lead) words.text = lead[2];
    const inline = INLINE_ANSWER.exec(words.text);
    const q = makeQuestion(inline ? words.text.slice(0, inline.index) : words.text, (m[1] ?? lead?.[1])?.trim() ?? null, blocks[i], labelledRule.id);
    if (words.at !== blocks[i]) q.end = words.at.end;
    if (inline) {
      q.response = words.text.slice(inline.index + inline[0].length).trim();
      return { question: q, next: words.next };
    }
    const next = answerAfter(blocks, words.next, q, null);
    // Only a labelled reply answers a bare "Question:"; a paragraph after it may be anything.
    if (next > words.next && !answerLabel(blocks[words.next])) {
      q.respondent = null;
      q.response = null;
      return { question: q, next: words.next };
    }
    return { question: q, next };
  },
});

/** "Councillor M. Baker: Street Lighting on Main Street" (an item or line naming a member's question by its topic). Groups: asker, topic. */
const MEMBER_TOPIC = new RegExp(`^(${MEMBER_NAME_SOURCE})\\s*:\\s+(.{2,300})$`);
/** "Urban Wildlife Strategy (Councillor Colley-Urquhart)" under a question period. Groups: topic, asker. */
const TOPIC_MEMBER = new RegExp(`^(.{3,200}?)\\s*\\((${MEMBER_NAME_SOURCE})\\)\\s*$`);
// Furniture after a topic: a file link ("pdf icon PDF 127 KB"), a reference code ("AI026479"), a table bar.
const TOPIC_FURNITURE = /(?:\s+(?:pdf|doc|docx|word)\s+icon\b.{0,40}|\.?\s+[A-Z]{1,4}\d{4,}\b.{0,10}|\s*\|)+\s*$/i;
// Topics that are offices or attendance, not questions: "Cllr Ash: Chair".
const NOT_A_TOPIC = /^(?:(?:Deputy\s+|Vice[- ])?(?:Chair(?:man|person)?|Mayor|Leader)|Present|Apologies|Absent|In attendance|Motion|Notice of Motion|Statement|Report)\b/i;
const FINITE_VERB = /\b(?:is|are|was|were|has|had|have|will|would|said|asked|thanked|I|we|my|our)\b/;

// Items where members report, not ask: "Committee Reports", "Members' reports", "Council Representatives".
export const REPORTS_TITLE = /\b(?:reports?|representatives?)\b/i;

/** A question's text in its written form: "To ask the Director of Services for an update on …", quoted or not. */
const QUESTION_OPENING = new RegExp(`^["“‘']?${alternation(QUESTION_OPENINGS)}\\b`);

/** A short title-case topic: "Vacant Council Houses", "Fines - Sales Boards". */
export function isTopic(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 20 || !/^[A-Z0-9"“‘']/.test(text) || NOT_A_TOPIC.test(text) || FINITE_VERB.test(text) || /[.?!]\s+[A-Z]/.test(text)) return false;
  const content = words.filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return content.filter((w) => /^[A-Z]/.test(w)).length >= content.length * 0.6;
}

/** The member and topic of a "Councillor X: Topic" / "Topic (Councillor X)" line. */
export function memberTopic(text: string, questionsItem: boolean): { asker: string; topic: string } | null {
  // MEMBER_TOPIC needs the colon after the name, TOPIC_MEMBER the name's closing bracket: most lines have neither.
  if (text.indexOf(':') < 0 && !(questionsItem && text.indexOf(')') >= 0)) return null;
  const m = MEMBER_TOPIC.exec(text);
  if (m) {
    // "Cllr X: To ask the Director …": the question in full, not a topic.
    if (QUESTION_OPENING.test(m[2])) return { asker: m[1].trim(), topic: m[2].trim() };
    const topic = m[2].replace(TOPIC_FURNITURE, '').replace(/[.:]$/, '').trim();
    return isTopic(topic) ? { asker: m[1].trim(), topic } : null;
  }
  const t = questionsItem ? TOPIC_MEMBER.exec(text) : null;
  if (!t) return null;
  const topic = t[1].replace(/^\d{1,2}[.)]\s+/, '').trim();
  return isTopic(topic) ? { asker: t[2].trim(), topic } : null;
}

/**
 * The question's own words under an item titled with a member and a topic ("Councillor P. Rushe: Vacant Property Grant",
 * then "\u201cTo ask the Chief Executive how many …\u201d", then "REPLY:"): the first block of the item, when it opens as a
 * written question does. Null when the item prints no words (only its documents).
 */
export function writtenQuestionBelow(blocks: readonly Block[]): { text: string; block: Block } | null {
  const b = blocks[0];
  if (!b || b.kind !== 'paragraph' || !QUESTION_OPENING.test(b.text)) return null;
  return { text: unquote(b.text.trim()), block: b };
}

export const memberTopicRule: RecordRule = defineRule({
  id: 'question-member-topic',
  stage: 'question',
  description:
    'A member\'s question listed by its topic, as an item or its first line: "Councillor M. Baker: Street Lighting", or "Street Lighting (Councillor Baker)" under a question period; "Cllr X: To ask the Director …" is the question in full.',
  examples: {
    valid: ['Councillor R. Kehoe: Vacant Shop Units in Main Street', 'Councillor T. Nolan: Cycle Lanes on the Coast Road', 'Cllr. M. Furlong: To ask the Chief Executive for a timeline for the repair of the Quay Street footbridge.'],
    invalid: ['Councillor R. Kehoe: Chair', 'Councillor R. Kehoe: I would like to thank the staff.', 'Committee Reports:\n\nCouncillor R. Kehoe: Harbour Museum Board.'],
  },
  read(blocks, i, questionsItem, title) {
    const b = blocks[i];
    // Only a one-line block that opens the item or stands as a numbered line of a question period.
    if (b.line !== b.end || (i > 0 && !questionsItem)) return null;
    // Members listed with what they report on: "Committee Reports: Councillor Ash: Museum Board".
    if (!questionsItem && REPORTS_TITLE.test(title)) return null;
    const found = memberTopic(b.text, questionsItem);
    if (!found) return null;
    const q = makeQuestion(found.topic, found.asker, b, memberTopicRule.id);
    // A printed reply after it ("Reply: …") is its answer; an unlabelled paragraph may be anything.
    return { question: q, next: blocks[i + 1] && answerLabel(blocks[i + 1]) ? answerAfter(blocks, i + 1, q, null) : i + 1 };
  },
});

/**
 * "Cllr Moss: Could the Council install a defibrillator at the pavilion?", "Councillor Ames – When will the survey
 * start?": a member (a member's title, not a courtesy title anyone has) then the question in its own words. Groups:
 * asker, question, what follows it (its answer, when it reads as one).
 */
const MEMBER_DIRECT = new RegExp(
  `^(${abbreviationAlternation(MEMBER_HONORIFICS)}\\s${NAME_AFTER_HONORIFIC_SOURCE})(?:\\s*\\([^)]{1,60}\\))?${SEP}((?:["“‘']\\s?)?${alternation(DIRECT_QUESTION_OPENINGS)}\\s[^?]{2,600}\\?["”’']?)\\s*(.*)$`,
);

export const memberDirectRule: RecordRule = defineRule({
  id: 'question-member-direct',
  stage: 'question',
  description: 'A member\'s question in its own words after the member\'s name and a colon or dash: "Cllr Moss: Could the Council install a defibrillator?"; a "Reply:" after it is the answer.',
  examples: {
    valid: ['Cllr Moss: Could the Council install a defibrillator at the pavilion?', 'Councillor Ames – When will the stock condition survey start? The Head of Housing said it would start in June.'],
    invalid: ['Mr Hollis: When will the verges be cut?', 'Cllr Moss: The defibrillator has been installed.', 'Councillor Ames – asked when the survey would start.'],
  },
  read(blocks, i) {
    const b = blocks[i];
    if (!b.text.includes('?')) return null;
    const m = MEMBER_DIRECT.exec(b.text);
    if (!m) return null;
    const q = makeQuestion(m[2], m[1].trim(), b, memberDirectRule.id);
    if (m[3].trim()) {
      withAnswer(q, m[3], 'none');
      return { question: q, next: i + 1 };
    }
    return { question: q, next: blocks[i + 1] && answerLabel(blocks[i + 1]) ? answerAfter(blocks, i + 1, q, null) : i + 1 };
  },
});

/** Ordered: the headed records first; a bare label last, as the others also start with a label. */
export const RECORD_RULES: readonly RecordRule[] = [recordFromToRule, byToRule, labelledRule, memberTopicRule, memberDirectRule];
