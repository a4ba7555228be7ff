// Attendance: PRESENT / APOLOGIES / IN ATTENDANCE / ALSO PRESENT / STAFF lists
// in the header, and "Apologies for absence were received from X, Y and Z"
// sentences anywhere. Names keep their roles: "Mr R W Gough (Chairman)".
import type { Person } from '../schema/document.js';
import type { Token } from '../tokenize/classify.js';
import { HONORIFIC_SOURCE, looksLikePersonName } from './util/names.js';
import { splitPeopleList } from './presenters.js';

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
export const APOLOGIES_SENTENCE = /\bapologies\s+(?:for\s+(?:absence|lateness)\s+)?(?:were|had\s+been|was)\s+(?:received|submitted|given|tendered|noted|reported)\s+(?:from|on\s+behalf\s+of|by)\s+(.{3,600}?)(?:\.(?:\s|$)|$)/i;
const NO_ONE = /^(?:nil|none|no apologies.*|no\b.*|n\/a)$/i;
// Post-nominals that a comma separates from their name: "Mr R C Love, OBE".
const POST_NOMINAL = /^(?:OBE|MBE|CBE|KBE|DBE|JP|DL|MP|MEP|QC|KC|FRICS|BEM)$/;
const HONORIFIC_START = new RegExp(`^${HONORIFIC_SOURCE}\\b`);

/** Parses one list entry: "Mr R W Gough (Chairman)", "Cr Denise Knight", "General Manager". */
export function parsePerson(entry: string, line?: number): Person | null {
  let text = entry.replace(/^(?:His|Her)\s+Worship,?\s+/i, '').replace(/\s+/g, ' ').trim().replace(/[.;:]$/, '');
  if (!text || NO_ONE.test(text)) return null;
  let role: string | null = null;
  const paren = /^(.*?)\s*\(([^)]{1,160})\)\s*$/.exec(text);
  if (paren) {
    text = paren[1].trim();
    role = paren[2].trim();
  } else {
    const dash = /^(.*?)\s+[–—-]\s+(.{2,160})$/.exec(text);
    if (dash && looksLikePersonName(dash[1])) {
      text = dash[1].trim();
      role = dash[2].trim();
    }
  }
  const p: Person = HONORIFIC_START.test(text) || looksLikePersonName(text) ? { name: text, role } : { name: null, role: role ? `${text} (${role})` : text };
  if (line !== undefined) p.line = line;
  return p;
}

/** Splits a list of attendees, keeping post-nominals with their names. */
export function parsePeople(text: string, line?: number): Person[] {
  const parts = splitPeopleList(text.replace(/^(?:Councillors?|Crs?)\s*:?\s+(?=[A-Z])/, (m) => (/s\b/.test(m) ? '' : m)));
  const merged: string[] = [];
  for (const raw of parts) {
    // "Councillors Rob Fischer, Maria Santos and Glen Harper": the plural title heads the names after it.
    const p = raw.replace(/^(?:Councillors|Cllrs\.?|Crs\.?)\s+(?=[A-Z])/, '');
    if (POST_NOMINAL.test(p) && merged.length) merged[merged.length - 1] += `, ${p}`;
    else merged.push(p);
  }
  const out: Person[] = [];
  for (const m of merged) {
    const person = parsePerson(m, line);
    if (person && (person.name === null || person.name.length <= 80)) out.push(person);
  }
  return out;
}

/** Reads attendance lists from the header tokens, and apologies sentences from every token. */
export function extractAttendance(header: readonly Token[], all: readonly Token[]): Attendance {
  const result: Attendance = { present: [], apologies: [], inAttendance: [] };
  for (let i = 0; i < header.length; i++) {
    const t = header[i];
    if (t.kind !== 'attendance') continue;
    const kind = listOf(t.marker ?? '');
    if (kind === 'ignore') continue;
    let text = t.text;
    let j = i + 1;
    if (text === '') {
      // Label alone: one name per line (blank lines allowed) until the next label or a sentence.
      const names: string[] = [];
      for (; j < header.length; j++) {
        const n = header[j];
        if (n.kind === 'blank' || n.kind === 'furniture') continue;
        if (n.kind === 'attendance' || n.line.text.length > 120 || /[.]$/.test(n.line.text)) break;
        names.push(n.line.text);
      }
      text = names.join(', ');
    } else {
      // Label with names: wrapped continuation lines until a blank line or the next label.
      for (; j < header.length && header[j].kind !== 'blank' && header[j].kind !== 'attendance'; j++) text += ` ${header[j].line.text}`;
    }
    i = j - 1;
    result[kind].push(...parsePeople(text, t.line.line));
  }
  if (result.apologies.length === 0) {
    for (const t of all) {
      if (t.kind === 'blank') continue;
      const m = APOLOGIES_SENTENCE.exec(t.line.text);
      if (m) result.apologies.push(...parsePeople(m[1].replace(/^(?:the following|members?)\s*:?\s*/i, ''), t.line.line));
    }
  }
  return result;
}
