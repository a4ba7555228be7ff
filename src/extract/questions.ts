// Member questions and the answers given. Bullets under a question lead-in
// ("topic – answer"), and sentences "Councillor X queried / asked / sought
// clarification …", "In response to a question from X about Y, Z explained …",
// with the following "Y stated / explained / responded that …" as the answer.
import type { Question } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { COLLECTIVE_PERSON, PERSON_SOURCE, ROLE_PHRASE_SOURCE } from './util/names.js';
import { sentences } from './util/text.js';

// The asking verbs: "queried", "asked whether", "sought clarification", "enquired", "questioned".
const ASKING_VERB = '(?:queried|questioned|asked|enquired|inquired|sought\\s+(?:clarification|assurances?|further\\s+information|an\\s+update|confirmation|details)|requested\\s+clarification|raised\\s+(?:a\\s+)?(?:question|query|queries|questions))';
// Who asks: a named member, "Members", "A Member", "the Committee", "The Chair".
const ASKER = `(?:${PERSON_SOURCE}|(?:a|one|another|some|several)\\s+(?:Member|member|Councillor|councillor)s?|Members|members|Councillors|The\\s+(?:Chair(?:man)?|Vice[- ]Chair(?:man)?|Committee|Panel|Board|Cabinet|Sub-Committee)|the\\s+(?:Committee|Panel|Board|Chair(?:man)?))`;

/** "Councillor Mayes queried the funding …" / "Members asked whether …". Group 1 asker, group 2 text from the verb. */
export const ASKER_VERB = new RegExp(`^(?:(?:In\\s+addition|Additionally|Also|Further(?:more)?|However|Then),?\\s+)?(${ASKER})(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:also\\s+|then\\s+|further\\s+|subsequently\\s+|specifically\\s+)?(${ASKING_VERB}.*)$`);
/** "In response to a question (from Councillor X) (about|on|regarding) Y, Z said …". */
export const IN_RESPONSE = new RegExp(`^(?:In\\s+)?(?:response|reply|answer)\\s+to\\s+(?:a\\s+|the\\s+|further\\s+)?(?:question|query|questions|queries)(?:\\s+(?:from|by)\\s+(${ASKER}))?\\s*(?:,\\s*)?((?:about|on|regarding|concerning|in relation to|relating to|as to|around|over|whether|on whether|asking)\\b[^,]{0,300})?,?\\s*(.*)$`, 'i');
/** The answer: "The Director explained that …", "Mr X responded that …", "Officers confirmed …". */
export const RESPONSE = new RegExp(`^(${PERSON_SOURCE}|${ROLE_PHRASE_SOURCE}|Officers|officers|It)(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:stated|explained|responded|replied|advised|confirmed|said|clarified|informed|answered|reported|indicated|assured)(?:\\s+(?:that|the\\s+Committee\\s+that|Members\\s+that|members\\s+that))?\\s+(.*)$`);
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

/** Questions asked in prose: every sentence is checked. */
function fromProse(block: Block): Question[] {
  const out: Question[] = [];
  const ss = sentences(block.text);
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k].text;
    let q: Question | null = null;
    const m = ASKER_VERB.exec(s);
    if (m) q = question(m[2], asker(m[1]), block);
    else {
      const r = IN_RESPONSE.exec(s);
      if (r && (r[2] || r[3])) {
        q = question(r[2] ? r[2] : s, asker(r[1]), block);
        const a = answerIn(r[3] ?? '');
        if (a) {
          q.respondent = a.respondent;
          q.response = a.response;
        } else if (r[3]) q.response = r[3].trim();
      }
    }
    if (!q) continue;
    const next = ss[k + 1];
    const a = q.response === null && next ? answerIn(next.text) : null;
    if (a) {
      q.respondent = a.respondent;
      q.response = a.response;
    }
    out.push(q);
  }
  return out;
}

export function extractQuestions(ctx: ItemContext): Question[] {
  const out: Question[] = [];
  for (const section of ctx.sections) {
    if (section.kind === 'questions') {
      const bullets = section.blocks;
      if (bullets.length === 0) {
        // A lead-in that is itself the question: "The Committee asked a range of questions about X."
        out.push(...fromProse(section.leadIn!));
        continue;
      }
      for (const b of bullets) {
        const prose = fromProse(b);
        if (prose.length > 0) {
          out.push(...prose);
          continue;
        }
        const m = TOPIC_DASH.exec(b.text);
        const q = question(m ? m[1] : b.text, null, b);
        if (m) q.response = m[2].trim();
        out.push(q);
      }
      continue;
    }
    for (const b of section.blocks) if (b.kind === 'paragraph' || b.kind === 'bullet') out.push(...fromProse(b));
    if (section.leadIn && section.kind !== 'resolutions' && section.kind !== 'decision') out.push(...fromProse(section.leadIn));
  }
  return out;
}
