// Member questions and the answers given. Bullets under a question lead-in
// ("topic – answer"), and sentences "Councillor X queried / asked / sought
// clarification …", "In response to a question from X about Y, Z explained …",
// with the following "Y stated / explained / responded that …" as the answer.
import type { Question } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { COLLECTIVE_PERSON, PERSON_SOURCE, ROLE_PHRASE_SOURCE } from '../tokenize/names.js';
import { sentences } from './util/text.js';

// The asking verbs: "queried", "asked whether", "sought clarification", "enquired", "questioned".
const ASKING_VERB = '(?:queried|questioned|asked|enquired|inquired|(?:wished|wanted)\\s+to\\s+know|sought\\s+(?:for\\s+)?(?:clarification|assurances?|further\\s+information|an?\\s+(?:update|explanation|response)|confirmation|details|information)|requested\\s+(?:clarification|confirmation|information|details|suggestions|an?\\s+(?:update|explanation|breakdown))|raised\\s+(?:a\\s+)?(?:question|query|queries|questions))';
// Who asks: a named member, "Members", "A Member", "the Committee", "The Chair".
const ASKER = `(?:${PERSON_SOURCE}|(?:[Aa]|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal)\\s+(?:Member|member|Councillor|councillor)s?|Members|members|Councillors|[Tt]he\\s+(?:Chair(?:man)?|Vice[- ]Chair(?:man)?|[Cc]ommittee|[Pp]anel|[Bb]oard|Cabinet|Sub-Committee|[Mm]embers))`;

/** "Councillor Mayes queried the funding …" / "Members asked whether …". Group 1 asker, group 2 text from the verb. */
export const ASKER_VERB = new RegExp(`^(?:(?:In\\s+addition|Additionally|Also|Further(?:more)?|However|Then),?\\s+)?(${ASKER})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:also\\s+|then\\s+|further\\s+|subsequently\\s+|specifically\\s+)?(${ASKING_VERB}.*)$`);
/** "Councillor Fletcher referred to the increases … but asked what …": the asking verb after another clause. */
const ASKER_LATER_VERB = new RegExp(`^(${ASKER}|He|She)(?:\\s+\\([^)]{1,80}\\))?,?\\s+[a-z][^.;]{0,300}?\\b(?:and|but|then)\\s+(?:also\\s+)?(${ASKING_VERB}.*)$`);
/** "He questioned the keenness …": a pronoun asker, resolved to the member named before it. */
const PRONOUN_ASKER = new RegExp(`^(He|She|They)\\s+(?:also\\s+|then\\s+|further\\s+)?(${ASKING_VERB}.*)$`);
/** Passive questions: "The reason for reduced timetables was questioned", "It was queried whether …", "Further clarification was requested". */
const PASSIVE_QUESTION = /^(?:(?:It|.{3,200}?,\s+(?:following which|after which|and)\s+it)\s+was\s+(?:also\s+|further\s+|then\s+)?((?:queried|questioned|asked|enquired)\b.*)|(.{3,300}?\s+(?:was|were)\s+(?:also\s+|therefore\s+|then\s+|further\s+)?(?:questioned|queried|requested|sought)\b[^,]*))/;
// "asked that …" / "asked Members to …" is a request, not a question.
const REQUEST_NOT_QUESTION = /^asked\s+(?!(?:what|whether|how|why|when|where|which|who|if)\b)(?:that\b|(?:(?!for\b|as\b)[\w']+\s+){1,3}to\s+[a-z])/i;
/** "Questions from Council were responded to by Mr. Robinson.": members' questions, answered. Group 1: who answered. */
const QUESTIONS_ANSWERED_BY = /^(?:Questions?|Queries)\s+from\s+(?:Council|the\s+(?:Committee|Board|Panel)|Members|members|Councillors|councillors)\s+(?:were|was)\s+(?:responded\s+to|answered|addressed)\s+by\s+(.{2,120}?)\.?$/;
/** "Asked about the delays, the Head of Service said that …": the question, then its answer. Groups: question, answer. */
const ASKED_ABOUT = /^(Asked\s+(?:about|whether|how|why|when|what|if)\b[^,]{3,300}),\s*(.+)$/;
/** "A question was raised about the cost of the scheme.": a question without an asker. */
const QUESTION_RAISED = /^(?:A|One|Another|A\s+further)\s+(?:question|query)\s+(?:was|were)\s+(?:raised|asked|put)\s+(?:about|on|regarding|concerning|in\s+relation\s+to|as\s+to|whether)\b/i;
/** "Following a query on X, …" / "In response to a query about X, …": the query is the topic up to the comma. */
const QUERY_TOPIC = /^(?:Following|After|In\s+response\s+to)\s+((?:a|the|further)\s+(?:query|queries|question|questions)\s+(?:on|about|regarding|concerning|in relation to|relating to|as to|around|over)\s+[^,]{3,300}),/i;
/** "In response to how / whether X, Y confirmed …", "In terms of whether X, it was determined …": an indirect question. */
const INDIRECT_IN_RESPONSE = /^(?:In\s+response\s+to\s+((?:how|whether|what|why|when|where|which|who)\s+[^,]{3,400})|In\s+terms\s+of\s+(whether\s+[^,]{3,400})),\s*(.*)$/i;
/** "… in relation to a question from Councillor A Shield in terms of tenants arrears …" mid-sentence. */
const QUESTION_FROM = new RegExp(`\\b(?:a|the)\\s+(?:question|query)\\s+(?:from|by)\\s+(${PERSON_SOURCE})\\s+((?:in terms of|about|on|regarding|concerning|as to|relating to|in relation to)\\b[^.]{3,400})`);

/** "In response to a question (from Councillor X) (about|on|regarding) Y, Z said …". */
export const IN_RESPONSE = new RegExp(`^(?:(?:In\\s+)?(?:response|reply|answer)|Responding|Replying)\\s+to\\s+((?:a|the|further)?\\s*(?:question|query|questions|queries))(?:\\s+(?:from|by)\\s+(${ASKER}))?\\s*(?:,\\s*)?((?:about|on|regarding|concerning|in relation to|relating to|as to|around|over|whether|on whether|asking)\\b[^,]{0,300})?,?\\s*(.*)$`, 'i');
/** The answer: "The Director explained that …", "Mr X responded that …", "Officers confirmed …". */
export const RESPONSE = new RegExp(`^(?:In\\s+(?:reply|response|answer),?\\s+|A[.:]\\s+)?(${PERSON_SOURCE}|${ROLE_PHRASE_SOURCE}|Officers|officers|It)(?:\\s+\\([^)]{1,80}\\)|,\\s+(?:the\\s+)?[A-Z][^,]{1,80},)?,?\\s+(?:stated|explained|responded|replied|advised|confirmed|said|clarified|informed|answered|reported|indicated|assured)(?:\\s+(?:that|the\\s+Committee\\s+that|Members\\s+that|members\\s+that))?\\s+(.*)$`);
// "topic – answer" bullets: the question is the part before a spaced dash.
export const TOPIC_DASH = /^(.{3,300}?)\s+[–—-]{1,2}\s+(.+)$/;

const asker = (name: string | undefined): string | null => (name && !COLLECTIVE_PERSON.test(name.trim()) ? name.trim() : null);

function question(text: string, who: string | null, block: Block): Question {
  return { asker: who, text: text.trim(), respondent: null, response: null, ...placeOf(block) };
}

function answerIn(text: string): { respondent: string | null; response: string } | null {
  const m = RESPONSE.exec(text);
  if (!m) return null;
  return { respondent: m[1] === 'It' ? null : m[1], response: m[2].trim() };
}

/** Records the answer that follows a question in the same sentence; text that is not an answer is the response as written (or none). */
function answered(q: Question, rest: string, unread: 'as-written' | 'none'): Question {
  const a = answerIn(rest);
  if (a) {
    q.respondent = a.respondent;
    q.response = a.response;
  } else if (unread === 'as-written') q.response = rest.trim() || null;
  return q;
}

/** Not a phrasing: the asking, query and answer words every question rule above needs (a superset, any case). */
const QUESTION_WORDS = /quer|quest|asked|enquired|inquired|sought|requested|raised|respon|repl|answer|terms\s+of\s+whether|to\s+know/i;

/** Questions asked in prose: every sentence is checked, in order of the phrasing families. */
function fromProse(block: Block): Question[] {
  const out: Question[] = [];
  const ss = sentences(block.text);
  let lastNamed: string | null = null;
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k].text;
    let q: Question | null = null;
    const named = /^(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s?){1,3}/.exec(s);
    // Every phrasing below needs one of these words: skip the long regexes on other sentences.
    if (!QUESTION_WORDS.test(s)) {
      if (named) lastNamed = named[0].trim();
      continue;
    }
    const m = ASKER_VERB.exec(s) ?? ASKER_LATER_VERB.exec(s);
    if (m && (m[1] === 'He' || m[1] === 'She')) q = question(m[2], lastNamed, block);
    else if (m) q = question(m[2], asker(m[1]), block);
    else if (PRONOUN_ASKER.test(s)) {
      const p = PRONOUN_ASKER.exec(s)!;
      q = question(p[2], p[1] === 'They' ? null : lastNamed, block);
    } else if (PASSIVE_QUESTION.test(s)) {
      const p = PASSIVE_QUESTION.exec(s)!;
      q = question(p[1] ?? p[2], null, block);
    } else if (ASKED_ABOUT.test(s)) {
      const r = ASKED_ABOUT.exec(s)!;
      q = answered(question(r[1], null, block), r[2], 'as-written');
    } else if (QUESTION_RAISED.test(s)) {
      q = question(s, null, block);
    } else if (QUESTIONS_ANSWERED_BY.test(s)) {
      q = question(s, null, block);
      q.respondent = QUESTIONS_ANSWERED_BY.exec(s)![1];
    } else if (QUERY_TOPIC.test(s)) {
      const r = QUERY_TOPIC.exec(s)!;
      q = answered(question(r[1], null, block), s.slice(r[0].length).trim(), 'none');
    } else if (INDIRECT_IN_RESPONSE.test(s)) {
      const r = INDIRECT_IN_RESPONSE.exec(s)!;
      q = answered(question(r[1] ?? r[2], null, block), r[3], 'as-written');
    } else if (QUESTION_FROM.test(s)) {
      const r = QUESTION_FROM.exec(s)!;
      q = question(r[2], asker(r[1]), block);
    } else {
      // "In response to a question on X, Y said …": the question is "a question on X", as annotators write it.
      const r = IN_RESPONSE.exec(s);
      if (r && (r[3] || r[4])) {
        q = answered(question(r[3] ? `${r[1].trim()} ${r[3].trim()}` : s, asker(r[2]), block), r[4] ?? '', 'as-written');
      }
    }
    if (named) lastNamed = named[0].trim();
    if (!q || REQUEST_NOT_QUESTION.test(q.text)) continue;
    // The answer in the next sentence: "Councillor X queried … . The Director explained that …".
    const next = ss[k + 1];
    if (q.response === null && next) answered(q, next.text, 'none');
    out.push(q);
  }
  return out;
}

// A lead-in that is only questions, even when it says "points": "Members sought clarification on the following points:".
const QUESTIONS_ONLY_LEAD_IN = /\b(?:sought|requested(?:\s+and\s+received)?|received)\s+clarification\b|\basked\s+(?:a\s+number\s+of\s+|several\s+|a\s+range\s+of\s+)?questions\b/i;
// Lead-ins that mix comments with questions.
// "In response to questions, the Head of Finance advised that:" introduces answers, not questions.
const MIXED_LEAD_IN = /\bcomments?\b|\bsaid\b|\bnoted\b|\bpoints?\b|\bdiscussion\b|^in\s+response\s+to\b|\b(?:advised|explained|confirmed|informed|stated|reported|clarified|responded)\b/i;
// A bullet that records a question: a question mark, an interrogative opening, or a "topic – answer" split.
const RECORDS_A_QUESTION = /\?|^(?:whether|how|what|why|when|where|which|who|if)\b|\s[–—]\s|\s-\s/i;

// A lead-in that names its topic is itself the question: "Members asked a range of questions about X".
const LEAD_IN_WITH_TOPIC = /\bquestions?\s+(?:about|on|regarding|concerning|relating to|in relation to|around)\s+\w/i;
// "asked the following question:-" introduces the question's words in the next block.
const INTRODUCES_QUOTE = /\bthe\s+following\s+(?:question|supplementary\s+question)s?\s*:?-?\s*$/i;

export function extractQuestions(ctx: ItemContext): Question[] {
  const out: Question[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'questions') {
      const bullets = section.blocks;
      if (bullets.length === 0 || LEAD_IN_WITH_TOPIC.test(section.leadIn!.text)) {
        // A lead-in that is itself the question: "The Committee asked a range of questions about X."
        out.push(...fromProse(section.leadIn!));
        continue;
      }
      // Under a mixed lead-in ("In response to comments and questions it was said:") only bullets that record a question count.
      const lead = section.leadIn!.text;
      const mixed = MIXED_LEAD_IN.test(lead) && !(QUESTIONS_ONLY_LEAD_IN.test(lead) && !/\bcomments?\b/i.test(lead));
      for (const b of bullets) {
        const prose = fromProse(b);
        if (prose.length > 0) {
          out.push(...prose);
          continue;
        }
        if (mixed && !RECORDS_A_QUESTION.test(b.text)) continue;
        const m = TOPIC_DASH.exec(b.text);
        const q = question(m ? m[1] : b.text, null, b);
        if (m) q.response = m[2].trim();
        out.push(q);
      }
      continue;
    }
    const blocks = section.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
      const found = fromProse(b);
      // The question's own words follow in the next block: join them to the question text.
      const last = found[found.length - 1];
      if (last && INTRODUCES_QUOTE.test(last.text) && blocks[i + 1]) {
        last.text = `${last.text} ${blocks[i + 1].text}`;
        last.end = blocks[i + 1].end;
      }
      out.push(...found);
    }
    if (section.leadIn && section.kind !== 'resolutions' && section.kind !== 'decision') out.push(...fromProse(section.leadIn));
  }
  return out;
}
