// Canadian council minutes: numbered motions ("R2018-200 J. Scott, L. Andersen: THAT …"), each its own
// item, with the labelled sections between them ("Staff Reports: …") as items too.
import type { Token } from '../../tokenize/classify.js';
import { ROLE_HEADS, alternation } from '../../lexicon/index.js';
import { defineRule } from '../../rules/define.js';
import { HONORIFIC_LINE, cleanTitle, isHeadingShaped, nextContent, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

// "Label: text" lines that head a section of labelled minutes ("Staff Reports: …", "Disclosure of pecuniary interest: None.").
const LABEL_HEADING = /^([A-Z][A-Za-z'’&,/ -]{2,60}?):\s*(.{0,400})$/;
const NOT_LABEL = /^(?:be it resolved|now therefore|whereas|present|staff present|staff and visitors present|regrets|absent|also present|search for|time|date|venue|location|note|moved|seconded|carried|mayor|cao-clerk|clerk|chair|for|against|result|voting|reason|resolved|decision)\b/i;
// A label names a section in a few words.
const MAX_LABEL_WORDS = 6;
// A label that is a role ("Municipal Administrator", "Deputy Clerk"): a signature line when nothing follows it.
const SIGNATURE_ROLE = new RegExp(`\\b${alternation(ROLE_HEADS)}$`, 'i');
// A clause's own number ("1. THAT …") is not part of the motion's title.
const CLAUSE_NUMBER = /^\(?\d{1,2}[.)]\s+/;
// How long a clause read for a title may run over its wrapped lines.
const MAX_CLAUSE_TITLE = 400;
// How many numbered headings make the items of a document whose motions are numbered too.
const MIN_HEADINGS_OVER_MOTIONS = 3;
// Tokens whose text is a clause after its number or marker ("1. That …").
const NUMBERED_CLAUSE: ReadonlySet<Token['kind']> = new Set(['numbered-heading', 'bullet']);

function motionStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.rule === 'numbered-motion') {
      // The title is the motion's first sentence: "That the meeting be adjourned." without "Time: 8:19 p.m. …".
      // "R2023-147 D. Yemm, S. Foote:" alone: the motion is on the next line.
      let next = t.text === '' ? nextContent(tokens, i + 1) : -1;
      // "BE IT RESOLVED:" alone on its line: the motion's clauses follow it, the first numbered ("1. That …").
      if (next >= 0 && tokens[next].kind === 'resolved' && tokens[next].text === '') next = nextContent(tokens, next + 1);
      let clauseText = next < 0 ? t.line.text.slice(t.line.text.indexOf(':') + 1) : NUMBERED_CLAUSE.has(tokens[next].kind) ? tokens[next].text : tokens[next].line.text;
      // A clause wrapped over lines: its first sentence runs on through the lines that continue it.
      for (let k = next + 1; next >= 0 && k < tokens.length && tokens[k].kind === 'text' && !/[.;:]$/.test(clauseText) && clauseText.length < MAX_CLAUSE_TITLE; k++) clauseText += ` ${tokens[k].line.text}`;
      const clause = cleanTitle(clauseText.replace(CLAUSE_NUMBER, ''));
      const first = /^.{10,}?[.;](?=\s+[A-Z])/.exec(clause);
      out.push({ at: i, titleIndex: i, number: t.marker ?? null, title: first ? first[0] : clause });
      continue;
    }
    if (t.kind !== 'text' && t.kind !== 'heading') continue;
    const m = LABEL_HEADING.exec(t.line.text);
    // "Municipal Administrator:" with nothing after it is a signature line under the minutes, not a section.
    if (m && m[2].trim() === '' && SIGNATURE_ROLE.test(m[1].trim())) continue;
    // A label opens a paragraph (blank line before it) and names a section, not a person ("Councillor Dave Yemm: Museum Board").
    const opensParagraph = i === 0 || tokens[i - 1].kind === 'blank';
    if (m && opensParagraph && !NOT_LABEL.test(m[1]) && !HONORIFIC_LINE.test(`${m[1]} `) && m[1].split(/\s+/).length <= MAX_LABEL_WORDS && isHeadingShaped(m[1])) {
      out.push({ at: i, titleIndex: i, number: null, title: m[1].trim(), titleInBody: m[2].trim() !== '' });
    }
  }
  return out;
}

export const numberedMotionsLayout: LayoutRule = defineRule({
  id: 'layout-numbered-motions',
  stage: 'layout',
  kind: 'numbered',
  description: 'Numbered motions with mover and seconder ("R2024-031 A. Berg, T. Lowe: THAT …"), each an item, with labelled sections between.',
  examples: {
    context: 'document',
    valid: [
      'Township of Elm Creek\n\nR2024-031 A. Berg, T. Lowe: THAT the agenda be adopted as circulated. Carried.\n\nStaff Reports: Roads Superintendent – verbal report\n\nR2024-032 T. Lowe, A. Berg: THAT the meeting be adjourned. Carried.',
    ],
    invalid: [
      'Township of Elm Creek\n\nR2024-031 A. Berg, T. Lowe: THAT the agenda be adopted as circulated. Carried.\n\nThe Reeve thanked members.',
      'Kowhai District Council\n\nITEM 1 - KARAKIA\nCr Pene opened with a karakia.\n\nITEM 2 - APOLOGIES\nKDC25/37 Moved Cr Duthie, seconded Cr Jessup:\nTHAT the apology from Cr Lyall be received.\nCARRIED\n\nITEM 3 - ROADING UPDATE\nKDC25/38 Moved Cr Pene, seconded Cr Duthie:\nTHAT the report be received.\nCARRIED',
    ],
  },
  detect(tokens) {
    const motions = tokens.filter((t) => t.rule === 'numbered-motion').length;
    if (motions < 2) return rejects([], `${motions} numbered motion(s), two needed`);
    // Numbered headings at least as many as the motions ("ITEM 4 - WATER SERVICES …" over "IOC25/38 Moved Cr A …"):
    // the motions are decisions inside the items, not items of their own.
    const headings = tokens.filter((t) => t.kind === 'numbered-heading').length;
    if (headings >= MIN_HEADINGS_OVER_MOTIONS && headings >= motions) return rejects([], `${headings} numbered headings over ${motions} numbered motions`);
    const starts = motionStarts(tokens);
    return fits(starts);
  },
});
