// Presenters: who introduced, presented or gave the update on an item.
// "X, Role, introduced …", "X (Role) presented …", "The Role presented …",
// "X and Y introduced …", "X introduced the report on behalf of …", and the
// "In attendance to present this item … were:" / "… were in attendance for this item" lists.
import type { Person } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { PERSON_SOURCE, looksLikePersonName } from './util/names.js';
import { sentences } from './util/text.js';

// The presenting verbs: "introduced", "presented", "updated Members on", "gave a presentation", "outlined the report".
const PRESENTING_VERB =
  '(?:(?:jointly\\s+|briefly\\s+|then\\s+)?(?:introduced|presented|updated|outlined|summarised|summarized|delivered)\\b|gave\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:presentation|update|overview|report|introduction|briefing)|provided\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:update|overview|presentation|briefing|report)|took\\s+(?:the\\s+)?(?:Committee|Members|Cabinet|Board|Panel)\\s+through)';

/** "Christina Thompson, Director of Finance and Property, introduced the report". */
const NAME_COMMA_ROLE = new RegExp(`^(${PERSON_SOURCE}),\\s+(?:the\\s+)?([^,]{3,120}?),?\\s+${PRESENTING_VERB}`);
/** "Mr Wagner (Chief Analyst) outlined the report". */
const NAME_PAREN_ROLE = new RegExp(`^(${PERSON_SOURCE})\\s+\\(([^)]{2,120})\\),?\\s+${PRESENTING_VERB}`);
/** "Mr X and Mrs Y introduced the report". */
const TWO_NAMES = new RegExp(`^(${PERSON_SOURCE})(?:\\s+\\(([^)]{2,120})\\))?\\s+and\\s+(${PERSON_SOURCE})(?:\\s+\\(([^)]{2,120})\\))?,?\\s+${PRESENTING_VERB}`);
/** "Mr Shipton introduced the report". */
const NAME_ONLY = new RegExp(`^(${PERSON_SOURCE})\\s+${PRESENTING_VERB}`);
/** "The Community Safety Manager presented the report", "The Leader introduced". */
const ROLE_ONLY = new RegExp(`^The\\s+((?:[A-Z][\\w&'’-]*|and|of|for|the|&)(?:\\s+(?:[A-Z][\\w&'’-]*|and|of|for|the|&)){0,10}?)(?:\\s+\\(([^)]{2,80})\\))?,?\\s+${PRESENTING_VERB}`);

// A person in an attendance-for-this-item list: "John Betts (Interim Corporate Director Finance)" or "Name – Role" / "Name, Role".
const LISTED_PERSON = new RegExp(`^(${PERSON_SOURCE})\\s*(?:\\(([^)]{2,160})\\)|[,–—-]\\s*(.{2,160}))?$`);

function person(name: string | null, role: string | null, block: Block): Person {
  return { name: name ? name.trim() : null, role: role ? role.trim().replace(/[.,;]$/, '') : null, ...placeOf(block) };
}

/** Splits "A (Role), B (Role) and C (Role)" at commas and "and" outside parentheses. */
export function splitPeopleList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  const words = text.split(/(\s+and\s+|,\s*|;\s*|\(|\))/);
  for (const w of words) {
    if (w === '(') depth++;
    if (w === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(?:\s+and\s+|,\s*|;\s*)$/.test(w)) {
      if (cur.trim()) parts.push(cur.trim());
      cur = '';
    } else cur += w;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

// Every presenter pattern ends in a presenting verb, so a sentence without one of these words skips the five name patterns.
const HAS_PRESENTING_VERB = /introduced|presented|updated|outlined|summari[sz]ed|delivered|gave|provided|took/;

function fromSentence(text: string, block: Block): Person[] {
  if (!HAS_PRESENTING_VERB.test(text)) return [];
  let m = TWO_NAMES.exec(text);
  if (m) return [person(m[1], m[2] ?? null, block), person(m[3], m[4] ?? null, block)];
  m = NAME_PAREN_ROLE.exec(text);
  if (m && looksLikePersonName(m[1])) return [person(m[1], m[2], block)];
  m = NAME_COMMA_ROLE.exec(text);
  if (m && looksLikePersonName(m[1])) return [person(m[1], m[2], block)];
  m = NAME_ONLY.exec(text);
  if (m && looksLikePersonName(m[1])) return [person(m[1], null, block)];
  m = ROLE_ONLY.exec(text);
  if (m && !/^(?:report|item|committee|council|cabinet|board|panel|minutes|meeting|update)$/i.test(m[1])) return [person(null, m[1], block)];
  return [];
}

function fromAttendanceList(text: string, block: Block): Person[] {
  const out: Person[] = [];
  const cleaned = text
    .replace(/\b(?:were|was)\s+(?:in attendance|present)\b.*$/i, '')
    .replace(/^.*?\b(?:this item|the item)\b[^:]*:?\s*(?:were:?)?/i, '')
    .trim();
  for (const part of splitPeopleList(cleaned)) {
    const m = LISTED_PERSON.exec(part);
    if (m && looksLikePersonName(m[1])) out.push(person(m[1], m[2] ?? m[3] ?? null, block));
  }
  return out;
}

export function extractPresenters(ctx: ItemContext): Person[] {
  const out: Person[] = [];
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'presenting-attendance') {
      const inline = fromAttendanceList(b.text, b);
      out.push(...inline);
      // "In attendance to present this item were:" followed by one person per line.
      if (/:\s*$/.test(b.text) || inline.length === 0) {
        for (let j = i + 1; j < blocks.length && (blocks[j].kind === 'bullet' || blocks[j].kind === 'paragraph'); j++) {
          const listed = fromAttendanceList(blocks[j].text, blocks[j]);
          if (listed.length === 0) break;
          out.push(...listed);
          i = j;
        }
      }
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
    for (const s of sentences(b.text)) out.push(...fromSentence(s.text, b));
  }
  // One record per person: a presenter named twice is one presenter.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = (p.name ?? `role:${p.role}`).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
