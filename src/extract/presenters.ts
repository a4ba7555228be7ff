// Presenters: who introduced, presented or gave the update on an item.
// "X, Role, introduced …", "X (Role) presented …", "The Role presented …",
// "X and Y introduced …", "X introduced the report on behalf of …", and the
// "In attendance to present this item … were:" / "… were in attendance for this item" lists.
import type { Person } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { NAME_AFTER_HONORIFIC_SOURCE, PERSON_SOURCE, looksLikePersonName } from './util/names.js';
import { sentences } from './util/text.js';

// The presenting verbs: "introduced", "presented", "updated Members on", "gave a presentation", "outlined the report".
const PRESENTING_VERB =
  '(?:(?:jointly\\s+|briefly\\s+|then\\s+)?(?:introduced|presented|updated|outlined|summarised|summarized|delivered)\\b|gave\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:presentation|update|overview|report|introduction|briefing)|provided\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:update|overview|presentation|briefing|report)|took\\s+(?:the\\s+)?(?:Committee|Members|Cabinet|Board|Panel)\\s+through)';

/** The sentence shapes that name a presenter, built from a verb and a person pattern (so local phrasings can extend them). */
function presenterPatterns(verb: string, personSource: string) {
  return {
    /** "Christina Thompson, Director of Finance and Property, introduced the report". */
    NAME_COMMA_ROLE: new RegExp(`^(${personSource}),\\s+(?:the\\s+)?([^,]{3,120}?),?\\s+${verb}`),
    /** "Mr Wagner (Chief Analyst) outlined the report". */
    NAME_PAREN_ROLE: new RegExp(`^(${personSource})\\s+\\(([^)]{2,120})\\),?\\s+${verb}`),
    /** "Mr X and Mrs Y introduced the report". */
    TWO_NAMES: new RegExp(`^(${personSource})(?:\\s+\\(([^)]{2,120})\\))?\\s+and\\s+(${personSource})(?:\\s+\\(([^)]{2,120})\\))?,?\\s+${verb}`),
    /** "Mr Shipton introduced the report". */
    NAME_ONLY: new RegExp(`^(${personSource})\\s+${verb}`),
    /** "The Community Safety Manager presented the report", "The Leader introduced". */
    ROLE_ONLY: new RegExp(`^The\\s+((?:[A-Z][\\w&'’-]*|and|of|for|the|&)(?:\\s+(?:[A-Z][\\w&'’-]*|and|of|for|the|&)){0,10}?)(?:\\s+\\(([^)]{2,80})\\))?,?\\s+${verb}`),
  };
}

/** The built-in presenter sentence patterns. */
export const PRESENTER_PATTERNS = presenterPatterns(PRESENTING_VERB, PERSON_SOURCE);
type PresenterPatterns = ReturnType<typeof presenterPatterns> & { EXTRA_ROLE?: RegExp };

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

function fromSentence(text: string, block: Block, P: PresenterPatterns): Person[] {
  const { TWO_NAMES, NAME_PAREN_ROLE, NAME_COMMA_ROLE, NAME_ONLY, ROLE_ONLY } = P;
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
  m = P.EXTRA_ROLE?.exec(text) ?? null;
  if (m) return [person(null, m[1], block)];
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

export function extractPresenters(ctx: ItemContext, extras?: PresenterExtras): Person[] {
  const patterns = extras ? patternsWith(extras) : PRESENTER_PATTERNS;
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
    for (const s of sentences(b.text)) out.push(...fromSentence(s.text, b, patterns));
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

// Local phrasings (minutes.config.json, compiled by src/config): extra
// presenting verbs, roles that present without "The", and honorifics, each an
// alternation of escaped phrases.
export interface PresenterExtras {
  verbs?: string;
  roles?: string;
  honorifics?: string;
}

const extraPatterns = new Map<string, PresenterPatterns>();

function patternsWith(extras: PresenterExtras): PresenterPatterns {
  const key = JSON.stringify(extras);
  let p = extraPatterns.get(key);
  if (!p) {
    const verb = extras.verbs ? `(?:${PRESENTING_VERB}|(?:${extras.verbs})\\b)` : PRESENTING_VERB;
    const personSource = extras.honorifics ? `(?:(?:${extras.honorifics})\\s${NAME_AFTER_HONORIFIC_SOURCE}|${PERSON_SOURCE})` : PERSON_SOURCE;
    p = presenterPatterns(verb, personSource);
    if (extras.roles) p.EXTRA_ROLE = new RegExp(`^(?:[Tt]he\\s+)?(${extras.roles})(?:\\s+\\(([^)]{2,80})\\))?,?\\s+${verb}`);
    extraPatterns.set(key, p);
  }
  return p;
}
