// Attendance: PRESENT / APOLOGIES / IN ATTENDANCE / ALSO PRESENT / STAFF lists
// in the header, and "Apologies for absence were received from X, Y and Z"
// sentences anywhere. Names keep their roles: "Mr R W Gough (Chairman)".
import type { Person } from '../schema/document.js';
import type { Token } from '../tokenize/classify.js';
import { HONORIFIC_SOURCE, looksLikePersonName } from '../tokenize/names.js';
import { splitPeopleList } from './presenters.js';
import { findPerson } from './people.js';
import { sentences } from './util/text.js';
import { toBlocks } from '../segment/blocks.js';
import type { Segmentation } from '../segment/items.js';

export interface Attendance {
  present: Person[];
  apologies: Person[];
  inAttendance: Person[];
}

type ListKind = keyof Attendance | 'ignore';

// Which list a label opens.
function listOf(label: string): ListKind {
  const l = label.toLowerCase();
  if (/apolog|absent|leave of absence|regrets/.test(l)) return 'apologies';
  if (/also|attendance|officer|staff/.test(l)) return 'inAttendance';
  if (/substitute/.test(l)) return 'present';
  return 'present';
}

/** "Apologies for absence were received from Mr A Booth and Mrs B Cole." */
export const APOLOGIES_SENTENCE = /\bapologies\s+(?:for\s+(?:absence|lateness)\s+)?(?:were|had\s+been|was)\s+(?:received|submitted|given|tendered|noted|reported)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|by)\s+(.{3,600}?)(?:\.(?:\s|$)|$)/i;
/** "An apology for absence was received from Councillor Daniel Seal." (lateness is not absence). */
const AN_APOLOGY_SENTENCE = /\ban\s+apology\s+(?:for\s+absence\s+)?(?:was|had\s+been)\s+(?:received|submitted|given|tendered|noted|reported)\s+(?:from|on\s+behalf\s+of|by)\s+(.{3,600}?)(?:\.(?:\s|$)|$)/i;
/** "The Democratic Services Manager reported apologies from Mr A, Mr B …". */
const REPORTED_APOLOGIES = /\b(?:reported|received|noted|tendered)\s+apologies\s+(?:for\s+absence\s+)?from\s+(.{3,600}?)(?:\.(?:\s|$)|$)/i;
/** An "Apologies for absence" heading, whose next paragraph may be "Received from …". */
const APOLOGIES_HEADING = /^(?:\d{1,3}\.?\s+)?apologies(?:\s+for\s+absence)?:?$/i;
/** "Received from Councillors A and B." under an apologies heading. */
const RECEIVED_FROM = /^(?:apologies\s+)?(?:were\s+|had\s+been\s+)?received\s+from\s+(.{3,600}?)(?:\.(?:\s|$)|$)/i;
/** "Ms Grehan had given her formal apologies". Group 1: who. */
const GAVE_APOLOGIES = new RegExp(`^(${HONORIFIC_SOURCE}\\s+[A-Z][\\w'’-]{1,30}(?:\\s+[A-Z][\\w'’-]{1,30}){0,2})\\s+(?:had\\s+)?(?:given|sent|tendered|submitted)\\s+(?:his|her|their)\\s+(?:formal\\s+)?apologies\\b`);
/** Post-nominals after a name in a list ("David Kurten AM", "Mr R Love, OBE"): not part of the name. */
const TRAILING_POST_NOMINALS = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|MEP|AM|QC|KC|BEM))+$/;
/** "Deputy Kevin Everett": Deputy as a title before a full name (City of London), not "Deputy Director of …". */
const DEPUTY_NAME = /^Deputy\s+(?!(?:Mayor|Leader|Chair|Chairman|Chief|Director|Head|Manager|Clerk|Town|City|Monitoring|Returning|Cabinet)\b)[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$/;
/** The text after an attendance label that is a second column heading, not names: "WINNIPEG PUBLIC SERVICE", "STAFF", "Officers". */
const COLUMN_LABEL = /^(?:[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+){0,4}|(?:officers|staff|also\s+present|in\s+attendance)(?:\s+present)?)$/;
/** A line holding two cells: a gap of two or more spaces between them. */
const TWO_COLUMNS = /\S\s{2,}\S/;
/** A role written before a titled name in a cell: "The Speaker, Councillor Sharma", "Deputy Speaker Councillor Gerbasi". */
const ROLE_BEFORE_NAME = new RegExp(`^((?:The\\s+)?[A-Z][\\w-]+(?:\\s+[A-Z][\\w-]+){0,3}),?\\s+((?:Councillor|Cllr|Cr|Mayor|Alderman|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\S.*)$`);
/** "Tenant Representative Lulu Agate", "Co-opted Member Priya Shah": a representative's or co-optee's role, then a plain name. */
const ROLE_BEFORE_PLAIN_NAME = /^((?:[A-Z][\w-]+\s+){0,3}(?:Representative|Co-opted\s+Member|Independent\s+(?:Person|Member)|Observer))\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$/;
/** A title standing alone in a list entry: "Councillor", "Mayor", "Deputy Reeve". */
const BARE_TITLE = /^(?:Councillor|Mayor|Deputy\s+Mayor|Reeve|Deputy\s+Reeve|Alderman|Chair(?:man|person)?|Vice[- ]Chair(?:man)?)$/i;
/** A bare surname entry in a councillors list: "Bellamy", "Mac Cafferty (Chair)", "Smith-Jones". Group 1 name, 2 role. */
const SURNAME_ENTRY = /^((?:(?:Mac|Mc|de|van|O')\s)?[A-Z][A-Za-z'’-]{1,30})(?:\s*\(([^)]{1,120})\))?$/;
// How far past the header a list may start (a list under the first heading).
const FIRST_LINES = 60;
const NO_ONE = /^(?:nil|none|no apologies.*|no\b.*|n\/a)$/i;
// Post-nominals that a comma separates from their name: "Mr R C Love, OBE".
const POST_NOMINAL = /^(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|MEP|QC|KC|FRICS|BEM)$/;
const HONORIFIC_START = new RegExp(`^${HONORIFIC_SOURCE}\\b`);

/** Parses one list entry: "Mr R W Gough (Chairman)", "Cr Denise Knight", "General Manager". */
// Words that make a list entry an officer's title: "Chief Executive (Tom Walsh)" puts the name in brackets.
const OFFICER_ROLE = /\b(?:Chief|Executive|Manager|Director|Officer|Clerk|Head|Treasurer|Engineer|Planner|Secretary|Solicitor|Superintendent|Co-?ordinator|Advis[eo]r|Administrator|Commissioner|Controller|Inspector)\b/;

const TRAILING_BRACKET = /^(.*?)\s*\(([^)]{1,160})\)\s*$/;

/** "Councillor N Patel (Leader) (in the Chair)" → the name, and every bracket after it ("Leader; in the Chair"). */
function trailingBrackets(text: string): { before: string; inside: string } | null {
  let m = TRAILING_BRACKET.exec(text);
  if (!m) return null;
  const inside = [m[2].trim()];
  let before = m[1].trim();
  while ((m = TRAILING_BRACKET.exec(before)) !== null) {
    inside.unshift(m[2].trim());
    before = m[1].trim();
  }
  return { before, inside: inside.join('; ') };
}

export function parsePerson(entry: string, line?: number): Person | null {
  let text = entry.replace(/^(?:His|Her)\s+Worship,?\s+/i, '').replace(/\s+/g, ' ').trim().replace(/[.;:]$/, '');
  if (!text || NO_ONE.test(text)) return null;
  let role: string | null = null;
  const paren = trailingBrackets(text);
  if (paren) {
    text = paren.before;
    role = paren.inside;
    // "Chief Executive (Tom Walsh)": the role outside, the name in brackets.
    if (OFFICER_ROLE.test(text) && !looksLikePersonName(text) && !HONORIFIC_START.test(text) && looksLikePersonName(role)) [text, role] = [role, text];
  } else {
    const dash = /^(.*?)\s+[–—-]\s+(.{2,160})$/.exec(text);
    if (dash && looksLikePersonName(dash[1])) {
      text = dash[1].trim();
      role = dash[2].trim();
    }
  }
  // "Tenant Representative Lulu Agate": a representative's role written before the name.
  const prefixed = role === null && !HONORIFIC_START.test(text) ? ROLE_BEFORE_PLAIN_NAME.exec(text) : null;
  if (prefixed && looksLikePersonName(prefixed[2])) [role, text] = [prefixed[1], prefixed[2]];
  const p: Person = HONORIFIC_START.test(text) || looksLikePersonName(text) || DEPUTY_NAME.test(text) ? { name: text, role } : { name: null, role: role ? `${text} (${role})` : text };
  if (line !== undefined) p.line = line;
  return p;
}

/** Splits a row of a two-column list at its first wide gap. */
function splitColumns(line: string): [string, string] {
  const m = /^(.*?\S)\s{2,}(\S.*)$/.exec(line.trim());
  return m ? [m[1], m[2].replace(/\s{2,}/g, ' ')] : [line.trim(), ''];
}

/** One cell of a two-column list: one person, "Name, Role" or "Role, Titled Name". */
function parseCell(cell: string, line: number): Person | null {
  const text = cell.replace(/^(?:His|Her)\s+Worship,?\s+/i, '').trim();
  const before = ROLE_BEFORE_NAME.exec(text);
  if (before && !/^(?:Councillor|Cllr|Cr|Mayor|Alderman|Mr|Mrs|Ms|Miss|Dr)\b/.test(before[1])) return { name: before[2], role: before[1], line };
  const comma = /^([^,]{2,80}),\s+(.{2,120})$/.exec(text);
  if (comma && (HONORIFIC_START.test(comma[1]) || looksLikePersonName(comma[1]))) return { name: comma[1], role: comma[2], line };
  return parsePerson(text, line);
}

/** Splits a list of attendees, keeping post-nominals with their names. */
export function parsePeople(text: string, line?: number): Person[] {
  // "Councillors Cooper, Keating and M Taylor": the bare surnames that follow are names.
  const pluralCouncillors = /^(?:Councillors|Cllrs|Crs)\s+(?=[A-Z])/.test(text.trim());
  // "His Worship, Mayor Mike Hurley": the comma is not a list separator.
  // "Councillor A (Chair) B (Spokesperson)": a closing bracket before the next name separates them.
  const parts = splitPeopleList(text.replace(/\b(?:His|Her)\s+Worship,?\s+/g, '').replace(/\)\s+(?=[A-Z])/g, '), ').replace(/^(?:Councillors?|Crs?)\s*:?\s+(?=[A-Z])/, (m) => (/s\b/.test(m) ? '' : m)));
  const merged: string[] = [];
  for (const raw of parts) {
    // "Councillors Rob Fischer, Maria Santos and Glen Harper": the plural title heads the names after it.
    // (The title is removed below, where it also marks the bare surnames after it as names.)
    const p = raw.replace(/^(?:Councillors|Cllrs\.?|Crs\.?)\s+(?=[A-Z])/, '');
    if (POST_NOMINAL.test(p) && merged.length) merged[merged.length - 1] += `, ${p}`;
    else merged.push(raw);
  }
  const out: Person[] = [];
  // After "Councillor A" or "Councillors", bare surnames are names: "Councillors Bellamy, Dunmore (Spokesperson)".
  let councillors = pluralCouncillors;
  for (const entry of merged) {
    // "from Gareth Bacon AM", "Nancy Sayer who was substituted by …": the name alone.
    const raw = entry
      .replace(/^from\s+/i, '')
      .replace(/\s+(?:who\s|with\s.*\battending\b).*$/i, '')
      .replace(/[.]$/, '')
      .replace(TRAILING_POST_NOMINALS, '')
      .trim();
    const m = raw.replace(/^(?:Councillors|Cllrs\.?|Crs\.?)\s+(?=[A-Z])/, () => {
      councillors = true;
      return '';
    });
    // "James Scott, Councillor": a bare title after a name is that person's role.
    if (BARE_TITLE.test(m) && out.length > 0 && out[out.length - 1].role === null) {
      out[out.length - 1].role = m;
      continue;
    }
    let person = parsePerson(m, line);
    const surname = SURNAME_ENTRY.exec(m);
    if (councillors && person && person.name === null && surname) person = { name: surname[1], role: surname[2] ?? null, ...(line !== undefined ? { line } : {}) };
    if (person && (person.name === null || person.name.length <= 80)) out.push(person);
    if (/^(?:Councillor|Cllr|Cr)\b/.test(m)) councillors = true;
  }
  return out;
}

/** Reads attendance lists from the header tokens, and apologies sentences from every token. */
export function extractAttendance(header: readonly Token[], all: readonly Token[]): Attendance {
  const result: Attendance = { present: [], apologies: [], inAttendance: [] };
  // Lists printed under the first heading ("1. CALL TO ORDER" then "PRESENT:") belong to the meeting too:
  // when the header holds no list, the first lines after it are read.
  const hasList = header.some((t) => t.kind === 'attendance');
  const scope = hasList ? header : all.slice(0, Math.min(all.length, header.length + FIRST_LINES));
  for (let i = hasList ? 0 : header.length; i < scope.length; i++) {
    const t = scope[i];
    if (t.kind !== 'attendance') continue;
    const labelKind = listOf(t.marker ?? '');
    if (labelKind === 'ignore') continue;
    // "Present: members" / "Regrets: …" / "Present: staff": a second "Present" in the same run of labels lists the others.
    const prev = i > 0 ? scope[i - 1] : undefined;
    const kind: keyof Attendance = labelKind === 'present' && result.present.length > 0 && prev !== undefined && prev.kind === 'attendance' && !/substitute/i.test(t.marker ?? '') ? 'inAttendance' : labelKind;
    // Past the header an "Apologies" heading is an agenda item, not a list.
    if (!hasList && kind === 'apologies' && t.text === '') continue;
    let text = t.text;
    let j = i + 1;
    // Two columns side by side: "MEMBERS PRESENT    WINNIPEG PUBLIC SERVICE", then one row per line.
    if (COLUMN_LABEL.test(text) && TWO_COLUMNS.test(t.line.text)) {
      const rightKind: keyof Attendance = listOf(text) === 'apologies' ? 'apologies' : 'inAttendance';
      for (; j < scope.length && scope[j].kind !== 'blank' && scope[j].kind !== 'attendance'; j++) {
        const [left, right] = splitColumns(scope[j].line.text);
        const l = left ? parseCell(left, scope[j].line.line) : null;
        const r = right ? parseCell(right, scope[j].line.line) : null;
        if (l) result[kind].push(l);
        if (r) result[rightKind].push(r);
      }
      i = j - 1;
      continue;
    }
    if (text === '') {
      // Label alone: one name per line (blank lines allowed) until the next label or a sentence.
      const names: string[] = [];
      for (; j < scope.length; j++) {
        const n = scope[j];
        if (n.kind === 'blank' || n.kind === 'furniture') continue;
        if (n.kind === 'attendance' || n.line.text.length > 120 || /[.]$/.test(n.line.text)) break;
        names.push(n.line.text);
      }
      text = names.join(', ');
    } else {
      // Label with names: wrapped continuation lines until a blank line or the next label.
      // A list that ends with a full stop is finished; a "|" line is table residue.
      for (; j < scope.length && scope[j].kind !== 'blank' && scope[j].kind !== 'attendance' && !/[.]$/.test(text) && !/^\|$/.test(scope[j].line.text); j++) text += ` ${scope[j].line.text}`;
    }
    i = j - 1;
    const people = parsePeople(text, t.line.line);
    if (!hasList && !people.some((p) => p.name !== null)) continue;
    // "Substitutes:" lists members present in place of others.
    if (/substitute/i.test(t.marker ?? '')) for (const p of people) p.substitute = true;
    // A meeting in two parts (a public meeting, then the council meeting) lists the same members twice: once each.
    result[kind].push(...people.filter((p) => p.name === null || !result[kind].some((q) => q.name === p.name)));
  }
  if (result.apologies.length === 0) {
    // Sentences may wrap over lines: read paragraphs, not lines.
    let previous = '';
    // Every line as plain text, so labels and "Minutes:" rows are read as the words they are.
    const plain = all.map((t): Token => (t.kind === 'blank' ? t : { ...t, kind: 'text', text: t.line.text }));
    for (const b of toBlocks(plain)) {
      const text = b.text.replace(/\s+/g, ' ');
      const m = APOLOGIES_SENTENCE.exec(text) ?? AN_APOLOGY_SENTENCE.exec(text) ?? REPORTED_APOLOGIES.exec(text) ?? (APOLOGIES_HEADING.test(previous) ? RECEIVED_FROM.exec(text) : null);
      // The same apology printed twice (a "Decision:" and a "Minutes:" column) is one apology.
      const known = (p: Person): boolean => p.name !== null && result.apologies.some((q) => q.name === p.name);
      if (m) result.apologies.push(...parsePeople(m[1].replace(/^(?:the following|members?)\s*:?\s*/i, ''), b.line).filter((p) => !known(p)));
      // "Ms Grehan had given her formal apologies but was attending virtually."
      const g = GAVE_APOLOGIES.exec(text);
      if (g && !result.apologies.some((p) => p.name === g[1])) result.apologies.push(...parsePeople(g[1], b.line));
      previous = text;
    }
  }
  return result;
}

// ── Attendance facts: substitutes, late arrivals and early departures ──────

/** "Councillor X arrived at 7.15 pm", "Cr X joined the meeting during item 5", "Mr X entered the meeting at this point". Group 1: who, group 2: when. */
const ARRIVED = new RegExp(`^(?:(?:At\\s+this\\s+point|During\\s+(?:this|the\\s+\\w+)\\s+item|At\\s+\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?),?\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)(?:\\s+\\([^)]{1,80}\\))?\\s+(?:arrived(?:\\s+(?:at|in)\\s+the\\s+(?:meeting|chamber|room))?|joined\\s+the\\s+meeting|entered\\s+the\\s+(?:meeting|chamber|room)|was\\s+present\\s+from)\\b\\s*(.{0,160})$`, 'i');
/** "Councillor X left the meeting at this point", "Cr X departed at 9.30 pm", "Mr X left the meeting at 9.30 pm and did not return". */
const DEPARTED = new RegExp(`^(?:(?:At\\s+this\\s+point|At\\s+\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?),?\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)(?:\\s+\\([^)]{1,80}\\))?\\s+(?:left\\s+the\\s+meeting|left\\s+the\\s+chamber\\s+and\\s+did\\s+not\\s+return|departed(?:\\s+the\\s+meeting)?|retired\\s+from\\s+the\\s+meeting|withdrew\\s+from\\s+the\\s+meeting)\\b\\s*(.{0,160})$`, 'i');
/** "Councillor X substituted for Councillor Y", "X attended as a substitute for Y", "X (substituting for Y)". Group 1: the substitute. */
const SUBSTITUTED_FOR = new RegExp(`^(?:.{0,80}?,\\s+)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?)\\s+(?:substituted\\s+for|(?:was\\s+)?substituting\\s+for|(?:will\\s+)?substitute[sd]?\\s+for|attended\\s+as\\s+(?:a\\s+)?substitute\\s+for|was\\s+(?:present\\s+)?(?:as\\s+)?(?:a\\s+)?substitute\\s+for)\\s+(.{2,80})$`, 'i');
/** "Councillor Y was substituted by Councillor X". Group 2: the substitute. */
const SUBSTITUTED_BY = new RegExp(`^(?:.{0,80}?\\b)?(${HONORIFIC_SOURCE}\\s+[^,()]{1,60}?|[A-Z][\\w'’-]+)\\s+(?:who\\s+)?(?:was|were|is)\\s+substituted\\s+by\\s+(.{2,80})$`, 'i');
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

// Words every arrival, departure or substitution sentence contains (the verbs of ARRIVED, DEPARTED and SUBSTITUTED_*): a cheap test before the full patterns.
const FACT_WORDS = /arriv|left|depart|withdr|substitut|joined|entered|present from|retired/i;

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
    if (!FACT_WORDS.test(site.text)) continue;
    for (const s of sentences(site.text)) {
      if (!FACT_WORDS.test(s.text)) continue;
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
