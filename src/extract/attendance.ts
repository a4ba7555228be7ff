// Attendance: the lists of members present, apologies and others in
// attendance in a meeting's opening lines (src/extract/attendance/lists.ts),
// and apologies recorded in sentences anywhere (attendance/apologies.ts).
// Names keep their roles: "Mr R W Gough (Chairman)". The facts below
// (substitutes, arrivals, departures) attach to the people listed.
import type { Person } from '../schema/document.js';
import type { Token } from '../tokenize/classify.js';
import { HONORIFIC_SOURCE } from '../tokenize/names.js';
import { FUNCTION_WORDS, alternation } from '../lexicon/index.js';
import { findPerson } from './people.js';
import { sentences } from './util/text.js';
import { toBlocks } from '../segment/blocks.js';
import type { Segmentation } from '../segment/items.js';
import { readLists } from './attendance/lists.js';
import { readApologies } from './attendance/apologies.js';
import { rememberingEntries } from './attendance/entries.js';

export { parsePerson, parsePeople } from './attendance/entries.js';
export { APOLOGIES_SENTENCE } from './attendance/apologies.js';

export interface Attendance {
  present: Person[];
  apologies: Person[];
  inAttendance: Person[];
}

/** Reads attendance lists from the header tokens, and apologies sentences from every token. */
export function extractAttendance(header: readonly Token[], all: readonly Token[]): Attendance {
  return rememberingEntries(() => {
    const result = readLists(header, all);
    readApologies(all, result.apologies);
    return result;
  });
}

// ── Attendance facts: substitutes, late arrivals and early departures ──────

// The verb phrases of the fact sentences, written once: the patterns below and their gate are built from them.
// (Fact sentences are read with their spaces squashed, so "\\s{1,3}" inside phrases matches as "\\s+" did.)
const the = (verb: string, places: readonly string[]): string[] => places.map((p) => `${verb} the ${p}`);
const ARRIVALS: readonly string[] = ['arrived', ...the('arrived at', ['meeting', 'chamber', 'room']), ...the('arrived in', ['meeting', 'chamber', 'room']), 'joined the meeting', ...the('entered', ['meeting', 'chamber', 'room']), 'was present from'];
const DEPARTURES: readonly string[] = ['left the meeting', 'left the chamber and did not return', 'departed', 'departed the meeting', 'retired from the meeting', 'withdrew from the meeting'];
const SUBSTITUTIONS: readonly string[] = [
  'substituted for',
  'substituting for',
  'was substituting for',
  ...['substitute', 'substitutes', 'substituted'].flatMap((v) => [`${v} for`, `will ${v} for`]),
  ...['attended as', 'attended as a', 'was', 'was a', 'was as', 'was as a', 'was present', 'was present a', 'was present as', 'was present as a'].map((v) => `${v} substitute for`),
];
const SUBSTITUTED_BY_PHRASES: readonly string[] = ['was substituted by', 'were substituted by', 'is substituted by'];

/** "Councillor X arrived at 7.15 pm", "Cr X joined the meeting during item 5", "Mr X entered the meeting at this point". Group 1: who, group 2: when. */
const ARRIVED = new RegExp(`^(?:(?:At\\s+this\\s+point|During\\s+(?:this|the\\s+\\w+)\\s+item|At\\s+\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?),?\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)(?:\\s+\\([^)]{1,80}\\))?\\s+${alternation(ARRIVALS)}\\b\\s*(.{0,160})$`, 'i');
/** "Councillor X left the meeting at this point", "Cr X departed at 9.30 pm", "Mr X left the meeting at 9.30 pm and did not return". */
const DEPARTED = new RegExp(`^(?:(?:At\\s+this\\s+point|At\\s+\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?),?\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)(?:\\s+\\([^)]{1,80}\\))?\\s+${alternation(DEPARTURES)}\\b\\s*(.{0,160})$`, 'i');
/** "Councillor X substituted for Councillor Y", "X attended as a substitute for Y", "X (substituting for Y)". Group 1: the substitute. */
const SUBSTITUTED_FOR = new RegExp(`^(?:.{0,80}?,\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)\\s+${alternation(SUBSTITUTIONS)}\\s+(.{2,80})$`, 'i');
/** "Councillor Y was substituted by Councillor X". Group 2: the substitute. */
const SUBSTITUTED_BY = new RegExp(`^(?:.{0,80}?\\b)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?|[A-Z][\\w'’-]+)\\s+(?:who\\s+)?${alternation(SUBSTITUTED_BY_PHRASES)}\\s+(.{2,80})$`, 'i');
/** A role in a list that is really a time: "(arrived 7.15 pm)", "(from 7.20 pm)", "(left at 9 pm)", "(until item 6)". */
const ROLE_ARRIVAL = /^(?:arrived|joined|present\s+from|from)\b\s*(.*)$/i;
const ROLE_DEPARTURE = /^(?:left|departed|until|present\s+until)\b\s*(.*)$/i;
const ROLE_SUBSTITUTE = /\bsubstitut(?:e|ing)\b/i;
/** Sentences about declarations: leaving the room for an item is not leaving the meeting. */
const ABOUT_INTEREST = /\b(?:interest|declar|disclos)/i;

/** When, as recorded: the rest of the sentence up to its end or a following clause. */
function when(rest: string, itemLabel: string | null): string {
  const w = rest
    .replace(/\s+(?:and|but|whereupon|when|so)\s+.*$/i, '')
    .replace(/[.;,]+$/, '')
    .replace(/\b([ap])\.m$/i, '$1.m.')
    .trim();
  if (!w) return itemLabel ? `during ${itemLabel}` : 'at this point';
  // "at this point" records where in the minutes: keep the item with it.
  if (/^(?:at\s+this\s+point|at\s+this\s+juncture|during\s+(?:this|the)\s+(?:item|discussion|debate))$/i.test(w) && itemLabel) return `${w} (${itemLabel})`;
  return w;
}

export interface FactSite {
  text: string;
  line: number;
  /** "item 5" for the item the sentence is in, if any. */
  itemLabel: string | null;
}

/**
 * Records substitutes, late arrivals and early departures on the attendance
 * Person records (substitute, arrived, departed). A sentence about someone who
 * is in no list changes nothing: facts attach to people, they do not add them.
 */
/** A written name in a fact sentence and the attendance record it was matched to, for the people list. */
export interface FactMention {
  written: string;
  line: number;
  person: Person;
}

/**
 * The words a fact sentence must hold: of each phrase, its first word that is not a function word
 * ("was present from": "present"), lower-cased.
 */
function keyWords(phrases: readonly string[]): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const letters = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
    const word = letters.find((w) => !FUNCTION_WORDS.has(w)) ?? letters[0];
    if (word !== undefined) words.add(word);
  }
  return [...words];
}
/**
 * A key word of the fact phrases, whole. The fact patterns put their phrases after a space and before a word
 * boundary or a space, with spaces between the words, so a text they match holds a key word whole: a text
 * without one is passed over before its sentences are split. (One small pattern scans a block faster than a
 * word gate reads each of its words.)
 */
const FACT_WORD = new RegExp(`\\b${alternation(keyWords([...ARRIVALS, ...DEPARTURES, ...SUBSTITUTIONS, ...SUBSTITUTED_BY_PHRASES]))}\\b`, 'i');

const FACT_WORDS_EVERYWHERE = new RegExp(FACT_WORD.source, 'gi');

/** False when a text cannot state an arrival, departure or substitution (see FACT_WORD). */
export function mayStateFact(text: string): boolean {
  return FACT_WORD.test(text);
}

/** The fact patterns, for the test that every sentence they match passes mayStateFact. */
export const FACT_PATTERNS: readonly RegExp[] = [ARRIVED, DEPARTED, SUBSTITUTED_FOR, SUBSTITUTED_BY];

export function applyAttendanceFacts(attendance: Attendance, sites: readonly FactSite[]): FactMention[] {
  const mentions: FactMention[] = [];
  const everyone = [...attendance.present, ...attendance.inAttendance];
  // Roles in the lists that record a time or a substitution.
  for (const p of everyone) {
    if (!p.role) continue;
    if (ROLE_SUBSTITUTE.test(p.role)) p.substitute = true;
    const a = ROLE_ARRIVAL.exec(p.role);
    const d = ROLE_DEPARTURE.exec(p.role);
    if (a) p.arrived = a[1].trim() || p.role;
    else if (d) p.departed = d[1].trim() || p.role;
  }
  // Nobody listed, or no sentence that could state a fact: nothing to attach (and no sentence splitting).
  if (everyone.length === 0) return mentions;
  for (const site of sites) {
    // Where the block's key words start: a sentence is read only when one of them is inside it. (A key word is a
    // whole word and sentences end at spaces, so a sentence holds a key word exactly when one starts inside it.)
    const keyWordsAt: number[] = [];
    FACT_WORDS_EVERYWHERE.lastIndex = 0;
    for (let w = FACT_WORDS_EVERYWHERE.exec(site.text); w !== null; w = FACT_WORDS_EVERYWHERE.exec(site.text)) keyWordsAt.push(w.index);
    if (keyWordsAt.length === 0) continue;
    let k = 0;
    for (const s of sentences(site.text)) {
      while (k < keyWordsAt.length && keyWordsAt[k] < s.index) k++;
      if (k === keyWordsAt.length || keyWordsAt[k] >= s.index + s.text.length) continue;
      const text = s.text.replace(/\s+/g, ' ');
      const arrived = ARRIVED.exec(text);
      if (arrived) {
        const p = findPerson(everyone, arrived[1]);
        if (p) mentions.push({ written: arrived[1], line: site.line, person: p });
        if (p && p.arrived === undefined) p.arrived = when(arrived[2], site.itemLabel);
        continue;
      }
      const departed = ABOUT_INTEREST.test(text) ? null : DEPARTED.exec(text);
      if (departed) {
        const p = findPerson(everyone, departed[1]);
        if (p) mentions.push({ written: departed[1], line: site.line, person: p });
        if (p && p.departed === undefined) p.departed = when(departed[2], site.itemLabel);
        continue;
      }
      const sub = SUBSTITUTED_FOR.exec(text);
      const by = sub ? null : SUBSTITUTED_BY.exec(text);
      const who = sub ? sub[1] : by ? by[2].replace(/[.;,]+$/, '') : null;
      if (who) {
        const p = findPerson(attendance.present, who);
        if (p) {
          p.substitute = true;
          mentions.push({ written: who, line: site.line, person: p });
        }
      }
    }
  }
  return mentions;
}

/** The text of the header and of every item, block by block, for applyAttendanceFacts. */
export function factSites(seg: Segmentation): FactSite[] {
  const sites: FactSite[] = toBlocks(seg.header).map((b) => ({ text: b.text, line: b.line, itemLabel: null }));
  for (const item of seg.items) {
    const label = item.number ? `item ${item.number}` : null;
    for (const b of toBlocks(item.body)) sites.push({ text: b.text, line: b.line, itemLabel: label });
  }
  return sites;
}
