// Member questions and the answers given. The rules live in questions/:
// prose.ts reads sentences ("Councillor X queried …", "In response to a
// question from X, Y said …"), records.ts written questions ("Question 3,
// Cllr X to Cllr Y: …", "By / To", "Q: … A: …", "Councillor X: Topic"),
// lead-in.ts bullets under a question lead-in. The public's questions are not
// members' questions: items and headings for them are skipped.
import type { Question } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import type { ItemContext } from './types.js';
import { answerOfBlock, answeredByRule, fromProse, type ProseState } from './questions/prose.js';
import { RECORD_RULES, REPORTS_TITLE, memberTopic, memberTopicRule, titleRecord, writtenQuestionBelow } from './questions/records.js';
import { askedListRule, fromLeadInBullet, isMixedLeadIn, listAsker } from './questions/lead-in.js';
import { makeQuestion } from './questions/shape.js';
import { MEMBER_TITLED_ASKER, PUBLIC_MARKER } from './questions/vocabulary.js';

export { PROSE_RULES } from './questions/prose.js';
export { RECORD_RULES } from './questions/records.js';

// The label of an answer under its question ("Q: …" over "A: …").
const ANSWER_MARKER = /^A[.:]$/;
// A lead-in that names its topic is itself the question: "Members asked a range of questions about X".
// ("Members asked questions on the following:" names none: its topics are the bullets below.)
const LEAD_IN_WITH_TOPIC = /\bquestions?\s+(?:about|on|regarding|concerning|relating to|in relation to|around)\s+(?!(?:the\s+)?(?:following|below|undermentioned)\b)\w/i;
// "asked the following question:-" introduces the question's words in the next block.
const INTRODUCES_QUOTE = /\bthe\s+following\s+(?:supplementary\s+)?questions?\b[^.?!]{0,120}?[:–—-]{0,2}\s*$/i;
// The question's words quoted in the block after an asking sentence that ends in a colon
// ("Councillor Amos asked the Cabinet Member for Highways:" then "“When will …?”").
const OPENS_QUOTE = /^["“‘']/;
// An asking verb with nothing asked: "asked:", "asked about:".
const BARE_INTRODUCER = /^\S+(?:\s+(?:about|on|regarding|the\s+following|the\s+below))?\s*:-?\s*$/i;
// An item or heading about questions: "Questions to Cabinet Members", "Question Period", "Member questions".
const QUESTIONS_TITLE = /\bquestions?\b|\bQ\s?&\s?A\b/i;
// The public's part of a meeting: "Public Question Time", "Questions from Members of the Public", "Open Forum".
const PUBLIC_PART = /\b(?:question|questions|participation|forum|speaking|time|session|petitions?|deputations?)\b/i;

/** A bullet's marker as its kind: "(a)" and "(b)" alike, "3." and "4." alike; null for a mark such as "•". */
function markerClass(b: Block): string | null {
  const m = b.marker?.trim();
  return m && /[\dA-Za-z]/.test(m) ? m.replace(/\d+/g, '1').replace(/\b[ivx]+\b|\b[a-z]\b/g, 'a').replace(/\b[A-Z]\b/g, 'A') : null;
}

/** True for a title or heading of the public's part of a meeting (their questions, forum, deputations, petitions). */
export function isPublicPart(title: string): boolean {
  return PUBLIC_MARKER.test(title) && PUBLIC_PART.test(title);
}

/** Is this UTF-16 code one that `\s` matches (JavaScript's white space and line terminators)? */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.split(/\s+/).length <= max`, reading only as far as the words allow: the split makes one
 * piece more than the text has runs of white space, and a long paragraph is done after its first words.
 */
export function hasAtMostWords(text: string, max: number): boolean {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (++runs >= max) return false;
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

// A short line that heads a part of the item: "Public Questions", "Questions from Members".
// (`/[.,;]$/.test(text)` read as the last character: most paragraphs end in a full stop.)
const isHeadingLine = (b: Block): boolean => b.kind === 'heading' || (b.line === b.end && !endsInStop(b.text) && hasAtMostWords(b.text, 8));

/** `/[.,;]$/.test(text)`: the last character is a full stop, comma or semicolon. */
function endsInStop(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2e || c === 0x2c || c === 0x3b;
}

/** An item for members' questions: its title, or a heading line of its description ("Issue - meetings" pages repeat the title there). */
function isQuestionsItem(ctx: ItemContext): boolean {
  if (QUESTIONS_TITLE.test(ctx.item.title)) return true;
  return ctx.item.description.some((t) => {
    const text = t.line.text.trim();
    return !endsInStop(text) && hasAtMostWords(text, 8) && QUESTIONS_TITLE.test(text) && !isPublicPart(text);
  });
}

export function extractQuestions(ctx: ItemContext): Question[] {
  // The public's part of a meeting holds the public's questions, not members'; but a member who asks there
  // (a parish councillor questioning the county councillor's report at public participation) is still asking.
  if (isPublicPart(ctx.item.title)) return memberQuestions(ctx).filter((q) => q.asker !== null && MEMBER_TITLED_ASKER.test(q.asker));
  return memberQuestions(ctx);
}

function memberQuestions(ctx: ItemContext): Question[] {
  const out: Question[] = [];
  const state: ProseState = { lastNamed: null, questionsItem: isQuestionsItem(ctx) };
  // An item titled with a member and the topic of their question: "Councillor M. Baker: Street Lighting".
  // memberTopic reads a title only up to its colon ("Councillor X: Topic"): a title without one names no question.
  const titled = ctx.titleLine !== undefined && ctx.item.title.includes(':') && !REPORTS_TITLE.test(ctx.item.title.replace(/^[^:]{1,80}:/, '')) ? memberTopic(ctx.item.title, false) : null;
  // The item's first block may print the question's own words ("To ask the Chief Executive …"): they are its text.
  const first = ctx.sections[0];
  const worded = titled && first?.kind === 'plain' ? writtenQuestionBelow(first.blocks) : null;
  if (titled) out.push({ asker: titled.asker, text: worded ? worded.text : titled.topic, respondent: null, response: null, line: worded ? worded.block.line : ctx.titleLine!, rule: memberTopicRule.id });
  let publicPart = false;
  let lastRecordAsker: string | null = null;
  // An item titled as a written question: its first blocks are the question's words and reply.
  const fromTitle = !titled && ctx.titleLine !== undefined && first?.kind === 'plain' ? titleRecord(ctx.item.title, ctx.titleLine, first.blocks) : null;
  if (fromTitle) {
    out.push(fromTitle.question);
    lastRecordAsker = fromTitle.question.asker;
  }
  for (const section of ctx.sections) {
    if (section.kind === 'questions' && !publicPart) {
      const bullets = section.blocks;
      if (bullets.length === 0 || LEAD_IN_WITH_TOPIC.test(section.leadIn!.text)) {
        // A lead-in that is itself the question: "The Committee asked a range of questions about X."
        out.push(...fromProse(section.leadIn!, state));
        continue;
      }
      // Under a mixed lead-in ("In response to comments and questions it was said:") only bullets that record a question count.
      const mixed = isMixedLeadIn(section.leadIn!.text);
      const listMarker = markerClass(bullets[0]);
      let listed = true;
      const before = out.length;
      for (const b of bullets) {
        // "Q: Councillor Pike – What proportion …?" then "A: 38% in the last quarter …": the answer to the question above.
        if (b.marker !== undefined && ANSWER_MARKER.test(b.marker) && out.length > before) {
          const asked = out[out.length - 1];
          if (asked.response === null) asked.response = b.text;
          continue;
        }
        // "(a) …, (b) …" under "2. Members requested and received clarification on the following:", then "3. Mr Ames
        // queried …": a bullet marked as the lead-in's own paragraph resumes the minutes, and the list has ended.
        if (listed && listMarker !== null && markerClass(b) !== listMarker) listed = false;
        const prose = fromProse(b, state);
        if (prose.length > 0) out.push(...prose);
        else if (listed) {
          const q = fromLeadInBullet(b, mixed);
          if (q) out.push(q);
        }
      }
      continue;
    }
    const blocks = section.blocks;
    for (let i = fromTitle && section === first ? fromTitle.taken : 0; i < blocks.length; ) {
      const b = blocks[i];
      if (isHeadingLine(b) && QUESTIONS_TITLE.test(b.text)) publicPart = isPublicPart(b.text);
      // (A paragraph that opens with who attended to present the item goes on with the minutes: "X was in attendance to
      // present the report. Councillor Y asked how …".)
      if (publicPart || (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'heading' && b.kind !== 'presenting-attendance')) {
        i++;
        continue;
      }
      const record = readRecord(blocks, i, state.questionsItem, ctx.item.title);
      if (record) {
        const q = record.question;
        // A supplementary question is asked by the member who asked the question before it.
        if (q && q.asker === null && /^supplementary\b/i.test(b.text)) q.asker = lastRecordAsker;
        if (q) {
          out.push(q);
          lastRecordAsker = q.asker;
        }
        i = record.next;
        continue;
      }
      // "Councillor Hart asked the following:" then bullets: each bullet is the member's question.
      const introduces = blocks[i + 1]?.kind === 'bullet' ? listAsker(b.text) : undefined;
      if (introduces !== undefined) {
        let j = i + 1;
        for (; j < blocks.length && blocks[j].kind === 'bullet'; j++) out.push(makeQuestion(blocks[j].text, introduces, blocks[j], askedListRule.id));
        i = j;
        continue;
      }
      const prose = fromProse(b, state);
      // "asked:" alone asks nothing, unless the question's words follow quoted in the next block.
      const quoted = blocks[i + 1] !== undefined && OPENS_QUOTE.test(blocks[i + 1].text);
      const found = prose.length === 0 || quoted ? prose : prose.filter((q) => !BARE_INTRODUCER.test(q.text));
      const last = found[found.length - 1];
      i++;
      if (last) {
        // The question's own words follow in the next block: join them to the question text.
        if (blocks[i] && (INTRODUCES_QUOTE.test(last.text) || (last.text.endsWith(':') && OPENS_QUOTE.test(blocks[i].text)))) {
          last.text = `${last.text} ${blocks[i].text}`;
          last.end = blocks[i].end;
          i++;
        }
        // The answer in the next block: "Cllr Hawthorne replied that …", "Response - Councillor Ash advised …".
        if (last.response === null && blocks[i]) {
          const a = answerOfBlock(blocks[i].text);
          if (a) {
            last.respondent = a.respondent;
            last.response = a.response;
          }
        }
      }
      out.push(...found);
    }
    if (section.leadIn && section.kind !== 'resolutions' && section.kind !== 'decision' && !publicPart) out.push(...fromProse(section.leadIn, state));
  }
  return withoutAnswerSummaries(out);
}

/**
 * "The Director answered Members' questions on the consultation" sums the members' questions up: it is
 * their record only in an item that records none of them; beside the questions themselves it adds none.
 */
function withoutAnswerSummaries(found: Question[]): Question[] {
  const summary = (q: Question): boolean => q.rule === answeredByRule.id;
  return found.some(summary) && !found.every(summary) ? found.filter((q) => !summary(q)) : found;
}

/** The first written-record rule that reads the block at i. */
function readRecord(blocks: readonly Block[], i: number, questionsItem: boolean, title: string): ReturnType<(typeof RECORD_RULES)[number]['read']> {
  for (const rule of RECORD_RULES) {
    const r = rule.read(blocks, i, questionsItem, title);
    if (r) return r;
  }
  return null;
}

