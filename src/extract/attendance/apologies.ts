// Apologies recorded in the minutes' sentences, anywhere in the document:
// "Apologies for absence were received from …", "The Committee was advised of
// apologies from …", "That the apology from X be accepted", "Cllr Z sent
// apologies", and bare names under an "Apologies for absence" item heading.
import type { Person } from '../../schema/document.js';
import type { Token } from '../../tokenize/classify.js';
import { APOLOGY_CAUSES, APOLOGY_VERBS, FUNCTION_WORDS, IN_ATTENDANCE_LABELS, MOVER_LABELS, PLURAL_TITLES, SECONDER_LABELS, PRESENT_LABELS, abbreviationAlternation, alternation, wordGate } from '../../lexicon/index.js';
import { HONORIFIC_SOURCE, TITLE_TIERS_SOURCE } from '../../tokenize/names.js';
import { blocksOnce } from '../../segment/blocks.js';
import { sentences } from '../util/text.js';
import { parseEntries, readsAsClause } from './entries.js';
import { apologiesGivenRule, apologiesSentenceRule, apologiesUnderHeadingRule } from './rules.js';
import { personKey } from './lists.js';

/**
 * "Apologies for absence were received from Mr A Rudd and Mrs B Vane.", "An apology was received from …", "… were tendered by …",
 * "Apologies received from Cllrs …", "advised of apologies from …", "the apology from X be accepted", "the apology of Cr X be accepted".
 * Group 1: what comes between "apolog…" and "from" (lateness is not absence); group 2: the rest of the text.
 */
export const APOLOGIES_SENTENCE = new RegExp(`\\bapolog(?:y|ies)\\b([^.]{0,120}?)\\s(?:from|on\\s+behalf\\s+of|of(?!\\s+absence\\b)|by(?!\\s+the\\b)|(?<=\\b(?:recorded|noted|received|submitted|tendered|accepted)\\s{1,3})for(?!\\s+${alternation(APOLOGY_CAUSES)}\\b))\\s+(?!the\\s+(?:meeting|committee|council|board|panel|chair(?:man)?)\\b)(.{3,1000})`, 'i');
/** The words between "apologies" and "from" that make it an apologies record: a verb of receiving, or nothing, or "and request for leave of absence". */
const APOLOGY_MIDDLE = new RegExp(`^(?:\\s+(?:for\\s+${alternation(APOLOGY_CAUSES.filter((c) => c !== 'lateness'))}|and\\s+(?:a\\s+)?request\\s+for\\s+leave\\s+of\\s+absence|received|were|was|have|has|had|been|also|after\\s+the\\s+meeting|${alternation(APOLOGY_VERBS)}|and|accepted|formally|duly)){0,8}$`, 'i');
/** A second list of the same apologies sentence: ", and from Mrs E Mballa". Group 1: what follows "from". */
const AND_FROM = /,\s+and\s+(?:also\s+)?from\s+(.{3,300})$/;
/** Where the list after "from" ends: a verb clause ("be accepted", "who was on holiday", "in respect of the meeting"). */
// (Also what the apology is for, after the names: "the apology from Member Deborah Whyte for absence be accepted".)
const LIST_END = new RegExp(`\\s(?:be|was|were|is|are|had|has|have|who|which|in\\s+respect\\s+of|for\\s+(?:this|the)\\s+meeting|for\\s+${alternation(APOLOGY_CAUSES)}|due\\s+to|owing\\s+to)\\b`);
/** "Ms Tarrow had given her formal apologies", "Cllr Z sent apologies" (not apologies for lateness or leaving early). Group 1: who. */
const GIVES_APOLOGIES = `(?:given|gave|sent|tendered|submitted|offered)\\s+(?:(?:his|her|their)\\s+)?(?:formal\\s+)?(?:apolog(?:y|ies)|regrets)\\b`;
// "Cllrs Huw Edwards and Carys Bevan", "Councillors Amos, Bright and Cole": a plural title over names joined by commas and "and".
// "Cr Alan Murdoch and Cr Tess Goodall": titled names joined by commas and "and".
const TITLED_NAME = `${HONORIFIC_SOURCE}\\s+[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’-]{1,30}){0,2}`;
const TITLED_NAMES = `${abbreviationAlternation(PLURAL_TITLES)}\\s+[A-Z][\\w'’.-]{0,30}(?:(?:\\s+|,\\s+|\\s+and\\s+)[A-Z][\\w'’.-]{0,30}){1,15}|${TITLED_NAME}(?:(?:,\\s+|\\s+and\\s+)${TITLED_NAME}){1,8}`;
export const GAVE_APOLOGIES = new RegExp(`^(${TITLE_TIERS_SOURCE}(?:${HONORIFIC_SOURCE}\\s+[A-Z][\\w'’.-]{0,30}(?:\\s+[A-Z][\\w'’-]{1,30}){0,2}|${TITLED_NAMES}))\\s+(?:also\\s+)?(?:had\\s+|has\\s+)?(?:also\\s+)?${GIVES_APOLOGIES}(?!\\s+for\\s+(?:his\\s+|her\\s+|their\\s+)?(?:lateness|late|leaving|having\\s+to\\s+leave|arriving|the\\s+delay))`);
/** A paragraph where nothing gives apologies ("sent her apologies") has no sentence GAVE_APOLOGIES matches: it is not split into sentences. */
export const GIVES_APOLOGIES_ANYWHERE = new RegExp(GIVES_APOLOGIES);
/** An apologies item heading, with names after a colon ("1. Apologies for absence: Cllr O Fenwick"). Group 1: what follows the colon. */
export const APOLOGIES_HEADING = /^(?:\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?:to\s+receive\s+)?(?:apolog(?:y|ies)(?:\s+(?:for\s+absence|and\s+reasons\s+for\s+absence|for\s+absence\s+and\s+substitutions?))?|leave\s+of\s+absence)\s*[.:]?(?:\s*[-–:]\s*(.{2,300}))?$/i;
/** "Received from Councillors A and B." under an apologies heading. Group 1: the names. */
const RECEIVED_FROM = /^(?:apologies\s+)?(?:were\s+|had\s+been\s+)?received\s+from\s+(.{3,600})$/i;
// The bar or slash between the two languages of a bilingual heading.
const BILINGUAL_SEPARATOR = /\s[/|]\s/;
// The English words of attendance: a half that holds one is a topic of a heading listing several, not a translation.
const ATTENDANCE_WORDS = wordGate([...PRESENT_LABELS, ...IN_ATTENDANCE_LABELS], { skip: FUNCTION_WORDS });

/**
 * An apologies heading in two languages ("YMDDIHEURIADAU / APOLOGIES", "Whakapāha | Apologies"): two halves, one the
 * apologies heading, the other no attendance heading of its own ("RECORD OF ATTENDANCE / APOLOGIES" lists topics).
 */
function bilingualApologiesHeading(title: string): RegExpExecArray | null {
  if (!BILINGUAL_SEPARATOR.test(title)) return null;
  const halves = title.split(BILINGUAL_SEPARATOR).map((h) => h.trim());
  if (halves.length !== 2) return null;
  for (const [k, half] of halves.entries()) {
    const m = APOLOGIES_HEADING.exec(half);
    if (m && !ATTENDANCE_WORDS.test(halves[1 - k])) return m;
  }
  return null;
}
/** What every title APOLOGIES_HEADING matches holds: the lines worth reading as apologies, headings or paragraphs. */
export const MENTIONS_APOLOGIES = /apolog|\bregrets\b|leave\s+of\s+absence/i;
const HEADING_KINDS = new Set<Token['kind']>(['numbered-heading', 'heading', 'attendance', 'text']);

/** The indexes of the tokens whose line mentions apologies (MENTIONS_APOLOGIES), or, for a numbered heading, whose title does. */
// (Tested line by line: one scan of the lines joined costs more than the joining saves.)
export function mentioningLines(all: readonly Token[]): number[] {
  const mentions: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    // (A blank or short line cannot say "apolog", six letters.)
    if ((t.line.text.length >= 6 && MENTIONS_APOLOGIES.test(t.line.text)) || (t.kind === 'numbered-heading' && MENTIONS_APOLOGIES.test(t.text))) mentions.push(i);
  }
  return mentions;
}
const APOLOGY_WORD = /\bapolog(?:y|ies)\b/gi;

/** People named in an apologies list text, with the rule; only named people (an officer by role alone is not scored as a name). */
function named(text: string, line: number, rule: string): Person[] {
  return parseEntries(text, line)
    .map((e) => e.person)
    .filter((p) => p.name !== null)
    .map((p) => ({ ...p, rule }));
}

/** The list in a sentence after "from": up to the first clause that is not a name. */
function listAfterFrom(rest: string): string {
  const first = sentences(rest)[0]?.text ?? rest;
  const end = LIST_END.exec(first);
  return (end ? first.slice(0, end.index) : first).replace(/[.;:]+$/, '').replace(/^(?:the following|members?|the)\s*:?\s+/i, '');
}

const APOLOGY_STEM = /apolog|\bregrets\b/i;
/** A line ending a sentence or a label: a blank line after it always ends the paragraph (toBlocks keeps one open only after "," or a connective). */
const ENDS_SENTENCE = /[.!?:;]["”’)]?$/;

/**
 * The stretches [from, to) of tokens holding the lines that say "apolog…", each bounded by the list's ends or by
 * blank lines that end any paragraph open before them. Read as plain text, a stretch makes the same paragraphs
 * as the whole list makes there, and the paragraphs outside the stretches say no "apolog…".
 */
export function apologyStretches(all: readonly Token[], mentions: readonly number[]): [number, number][] {
  const stretches: [number, number][] = [];
  const closes = (k: number): boolean => all[k].kind === 'blank' && k > 0 && all[k - 1].kind !== 'blank' && ENDS_SENTENCE.test(all[k - 1].line.text);
  let end = 0;
  for (const i of mentions) {
    if (i < end || !APOLOGY_STEM.test(all[i].line.text)) continue;
    // Back to the last closing blank line (or where the last stretch ended), on to the next.
    let from = i;
    while (from > end && !closes(from - 1)) from--;
    let to = i + 1;
    while (to < all.length && !closes(to)) to++;
    stretches.push([from, to]);
    end = to;
  }
  return stretches;
}

// A mover's or seconder's line ("Moved: Mayor Tomoana") under an apologies heading opens the motion accepting them.
const MOVER_LINE = new RegExp(`^(?:${alternation([...MOVER_LABELS, ...SECONDER_LABELS])})(?:\\s+by)?\\s*[:–-]?\\s`, 'i');

/** Adds the people apologising in every paragraph and under apologies headings, once each. */
export function readApologies(all: readonly Token[], apologies: Person[]): void {
  // Each person once (by personKey); a surname alone ("An apology was received from Councillor Owen") names the
  // person a list already gave in full ("Absent with apologies: Councillor Ed Owen").
  const kept = new Set<string>();
  const surnames = new Set<string>();
  // "D Hara" in the resolution accepting the apology is the "Declan Hara" of the list: a first initial and the surname.
  const initialled = new Set<string>();
  const initialKey = (key: string): string => `${key.charAt(0)} ${key.slice(key.lastIndexOf(' ') + 1)}`;
  const keep = (key: string): void => {
    kept.add(key);
    if (key.includes(' ')) {
      surnames.add(key.slice(key.lastIndexOf(' ') + 1));
      initialled.add(initialKey(key));
    }
  };
  for (const p of apologies) {
    const key = personKey(p);
    if (key !== null) keep(key);
  }
  const add = (people: readonly Person[]): void => {
    for (const p of people) {
      const key = personKey(p);
      // (An initial and a surname, "d hara", is read as either: the list may hold the full name or the initial.)
      if (key !== null && (kept.has(key) || (!key.includes(' ') && surnames.has(key)) || (/^\S\s\S+$/.test(key) && initialled.has(key)) || (key.includes(' ') && kept.has(initialKey(key))))) continue;
      if (key !== null) keep(key);
      apologies.push(p);
    }
  };
  // Every line as plain text, so labels and "Minutes:" rows are read as the words they are; sentences may wrap, so paragraphs are read.
  // Most minutes say "apolog…" on a line or two: only the paragraphs around those lines are built and read, and only
  // those lines (and "leave of absence" ones, as written or as a numbered heading's title) can be apologies headings.
  const mentions = mentioningLines(all);
  for (const [from, to] of apologyStretches(all, mentions)) {
    const plain = all.slice(from, to).map((t): Token => (t.kind === 'blank' ? t : { ...t, kind: 'text', text: t.line.text }));
    for (const b of blocksOnce(plain)) {
      if (!APOLOGY_STEM.test(b.text)) continue;
      const text = b.text.replace(/\s+/g, ' ');
      // Every "apolog…" in the paragraph: a heading word ("Apologies and Substitutes") may come before the sentence.
      APOLOGY_WORD.lastIndex = 0;
      let w: RegExpExecArray | null;
      while ((w = APOLOGY_WORD.exec(text)) !== null) {
        const m = APOLOGIES_SENTENCE.exec(text.slice(w.index, w.index + 1200));
        if (m && m.index === 0 && APOLOGY_MIDDLE.test(m[1]) && !/\blateness\b/i.test(m[1])) {
          add(named(listAfterFrom(m[2]), b.line, apologiesSentenceRule.id));
          // "… from Mr A Rudd, for whom Mr B Vane was present as substitute, and from Mrs C Lowe.": a second "from" in the sentence.
          const more = AND_FROM.exec(sentences(m[2])[0]?.text ?? m[2]);
          if (more) add(named(listAfterFrom(more[1]), b.line, apologiesSentenceRule.id));
        }
      }
      if (GIVES_APOLOGIES_ANYWHERE.test(text)) {
        for (const s of sentences(text)) {
          const g = GAVE_APOLOGIES.exec(s.text);
          if (g) add(named(g[1], b.line, apologiesGivenRule.id));
        }
      }
    }
  }
  // Names alone under an apologies heading, or after its colon.
  for (const i of mentions) {
    const t = all[i];
    if (!HEADING_KINDS.has(t.kind) || t.line.text.length > 300) continue;
    // A plain line heads only after a blank line: "apologies." alone is the end of a sentence wrapped from the line above.
    if (t.kind === 'text' && i > 0 && all[i - 1].kind !== 'blank') continue;
    const title = t.kind === 'numbered-heading' ? t.text : t.line.text;
    // "C048/23  1.  APOLOGIES FOR ABSENCE.": a minute reference and an item number before the title.
    const bare = title.replace(/^(?:[A-Z]{0,6}\d{1,4}(?:\/\d{1,4}){1,2}\s+)?(?:\d{1,3}[.)]?\s+)?/, '').trim();
    // A heading in two languages ("YMDDIHEURIADAU / APOLOGIES", "Whakapāha | Apologies"): either half may be the English.
    const h = APOLOGIES_HEADING.exec(bare) ?? bilingualApologiesHeading(bare);
    if (!h) continue;
    if (h[1]) {
      add(named(h[1], t.line.line, apologiesUnderHeadingRule.id));
      continue;
    }
    let j = i + 1;
    while (j < all.length && (all[j].kind === 'blank' || all[j].kind === 'minutes-marker' || all[j].kind === 'furniture')) j++;
    const next = all[j];
    if (!next || next.kind !== 'text' || MOVER_LINE.test(next.text)) continue;
    const received = RECEIVED_FROM.exec(next.text);
    // A short line is read whole: a sentence split would cut "Cr A.C. Prentice" at its initials.
    const whole = next.text.length <= 120 && !/\.\s+[A-Z][a-z]+\s+[a-z]/.test(next.text) ? next.text.replace(/[.]$/, '') : null;
    const first = received ? listAfterFrom(received[1]) : (whole ?? sentences(next.text)[0]?.text ?? '').replace(/[.]$/, '');
    if (!received && readsAsClause(first)) continue;
    const entries = parseEntries(first, next.line.line);
    // Only a list of names: any entry that is not a person means the line is a sentence.
    if (entries.length === 0 || entries.some((e) => e.person.name === null)) continue;
    add(entries.map((e) => ({ ...e.person, rule: apologiesUnderHeadingRule.id })));
  }
}
