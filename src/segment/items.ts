// Segment a token stream into the meeting header and agenda items. Which
// numbered lines are item headings is decided here, from the whole document:
// heading shape, the item-number sequence, and the layout (markers, numbers,
// reader headings, indentation, blank-line-separated headings).
import type { Token } from '../tokenize/classify.js';
import { TRAILING_LINK_RESIDUE } from '../tokenize/patterns.js';

export interface ItemSegment {
  number: string | null;
  title: string;
  /** Index of the title token. */
  titleIndex: number;
  /** First and last token index of the item (inclusive). */
  start: number;
  end: number;
  /** Tokens between the title and "Minutes:" (only when the item has a Minutes: marker). */
  description: Token[];
  /** Tokens of the minutes text. */
  body: Token[];
  hasMinutesMarker: boolean;
}

export interface Segmentation {
  header: Token[];
  items: ItemSegment[];
  layout: 'agenda-item' | 'numbered' | 'headings' | 'indented' | 'blank-separated' | 'single';
}

// Verbs of recorded proceedings: a line holding one is a sentence, not a heading.
const SENTENCE_VERB =
  /\b(?:introduced|presented|was|were|had|has|have|noted|reported|explained|said|stated|asked|advised|confirmed|informed|thanked|welcomed|resolved|received|declared|moved|seconded|queried|outlined|highlighted|commented|agreed that|would|could|should)\b/i;
// Headings that are really meeting furniture, never items.
const NOT_A_TITLE = /^(?:minutes|present|apologies|in attendance|venue|contact|media|items?|no\.? item|date|time|chair(?:man)?)\s*:?$/i;

/** Does this text read like an item heading rather than a sentence of minutes? */
export function isHeadingShaped(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 160) return false;
  if (/^[a-z(“"']/.test(t) && !/^\([a-z]\)/.test(t)) return false;
  if (/[.;,]$/.test(t) && t.length > 60) return false;
  if (t.split(/\s+/).length > 22) return false;
  if (SENTENCE_VERB.test(t) && !/^(?:minutes|matters|items?|report|update|questions?|declarations?|apologies|confirmation|petitions?|motions?)\b/i.test(t)) return false;
  return true;
}

function cleanTitle(text: string): string {
  return text.replace(TRAILING_LINK_RESIDUE, '').replace(/\s+/g, ' ').trim();
}

const isContent = (t: Token): boolean => t.kind !== 'blank' && t.kind !== 'furniture';

function nextContent(tokens: readonly Token[], from: number, limit = tokens.length): number {
  for (let i = from; i < limit; i++) if (isContent(tokens[i])) return i;
  return -1;
}

interface Start {
  at: number; // first token of the item
  titleIndex: number;
  number: string | null;
  title: string;
}

const integerPart = (n: string): number => parseInt(n, 10);

/** Keeps numbered candidates that form a rising item sequence; the rest are paragraphs. */
function risingSequence(cands: Start[]): Start[] {
  const out: Start[] = [];
  let last = -1;
  for (const c of cands) {
    const n = c.number === null ? NaN : integerPart(c.number);
    if (Number.isNaN(n)) continue;
    if (last < 0 || (n > last && n <= last + 12) || (n === last && /[a-z]$/i.test(c.number ?? ''))) {
      out.push(c);
      last = n;
    }
  }
  return out;
}

function numberedStarts(tokens: readonly Token[]): Start[] {
  const cands: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'item-number' && t.marker && !t.marker.includes('.')) {
      const j = nextContent(tokens, i + 1, Math.min(tokens.length, i + 12));
      if (j < 0) continue;
      const next = tokens[j];
      const text = next.kind === 'numbered-heading' ? next.line.text : next.text;
      if ((next.kind === 'text' || next.kind === 'heading' || next.kind === 'attendance') && isHeadingShaped(cleanTitle(next.line.text))) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(next.line.text) });
      } else if (next.kind === 'numbered-heading' && isHeadingShaped(text)) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(text) });
      }
    } else if (t.kind === 'numbered-heading' && t.marker && !t.marker.includes('.')) {
      const title = cleanTitle(t.text);
      if (isHeadingShaped(title) && !continuesOnNextLine(tokens, i)) cands.push({ at: i, titleIndex: i, number: t.marker, title });
    }
  }
  return risingSequence(cands);
}

/** A wrapped paragraph: the next line is non-blank text that starts lower-case. */
function continuesOnNextLine(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'text' && /^[a-z]/.test(next.text);
}

function markerStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'agenda-item-marker') continue;
    const j = nextContent(tokens, i + 1);
    if (j < 0) continue;
    const title = cleanTitle(tokens[j].line.text);
    out.push({ at: i, titleIndex: j, number: tokens[i].marker ?? null, title });
  }
  return out;
}

function headingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'heading' || NOT_A_TITLE.test(t.text)) continue;
    const m = /^(\d{1,3}[a-z]?)[.):]?\s+(\S.*)$/i.exec(t.text);
    out.push({ at: i, titleIndex: i, number: m ? m[1] : null, title: cleanTitle(m ? m[2] : t.text) });
  }
  return out;
}

/** ModernGov meeting pages copied as text: headings at the margin, their minutes indented. */
function indentedStarts(tokens: readonly Token[]): Start[] {
  let indented = 0;
  let margin = 0;
  for (const t of tokens) {
    if (!isContent(t)) continue;
    if (t.line.indent >= 2) indented++;
    else margin++;
  }
  if (indented < 8 || indented < margin * 1.5) return [];
  const out: Start[] = [];
  let sawIndented = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isContent(t)) continue;
    if (t.line.indent >= 2) {
      sawIndented = true;
      continue;
    }
    const j = nextContent(tokens, i + 1);
    if (j < 0 || tokens[j].line.indent < 2) continue;
    const title = cleanTitle(t.line.text);
    if (NOT_A_TITLE.test(title) || t.kind === 'attendance' || t.kind === 'resolved') continue;
    if (!isHeadingShaped(title) && sawIndented) continue;
    out.push({ at: i, titleIndex: i, number: null, title });
  }
  return out;
}

/** Short Title Case or CAPITALS lines standing alone between blank lines. */
function blankSeparatedStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.kind !== 'text' && t.kind !== 'attendance') continue;
    if (tokens[i - 1].kind !== 'blank' || tokens[i + 1].kind !== 'blank') continue;
    const title = cleanTitle(t.line.text);
    if (title.length > 80 || /[.:;,]$/.test(title) || title.includes(':') || NOT_A_TITLE.test(title)) continue;
    if (!isHeadingShaped(title)) continue;
    const words = title.split(/\s+/);
    const capitalised = words.filter((w) => /^[A-Z0-9&]/.test(w)).length;
    const isCaps = title === title.toUpperCase() && /[A-Z]{3}/.test(title);
    if (!isCaps && capitalised < Math.ceil(words.length * 0.6)) continue;
    if (nextContent(tokens, i + 1) < 0) continue;
    out.push({ at: i, titleIndex: i, number: null, title });
  }
  return out;
}

function minutesStart(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'minutes-marker');
}

function buildItems(tokens: readonly Token[], starts: Start[]): ItemSegment[] {
  const items: ItemSegment[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1].at - 1 : tokens.length - 1;
    const after = tokens.slice(s.titleIndex + 1, end + 1);
    const m = minutesStart(after);
    let description: Token[] = [];
    let body: Token[];
    if (m >= 0) {
      description = after.slice(0, m).filter((t) => isContent(t) && t.kind !== 'documents-marker' && t.kind !== 'item-reference');
      const marker = after[m];
      // "Minutes: text" on one line: the text is the first line of the minutes.
      body = marker.text ? [{ ...marker, kind: 'text', rule: 'minutes-marker-inline' }, ...after.slice(m + 1)] : after.slice(m + 1);
    } else {
      body = after.filter((t) => t.kind !== 'documents-marker' && t.kind !== 'item-reference');
    }
    items.push({
      number: s.number,
      title: s.title,
      titleIndex: s.titleIndex,
      start: s.at,
      end: Math.max(end, s.titleIndex),
      description,
      body,
      hasMinutesMarker: m >= 0,
    });
  }
  return items;
}

/** Splits a document's tokens into header and items. */
export function segmentItems(tokens: readonly Token[]): Segmentation {
  const first = nextContent(tokens, 0);
  if (first < 0) return { header: [], items: [], layout: 'single' };

  const markers = markerStarts(tokens);
  if (markers.length > 0) {
    return { header: tokens.slice(0, markers[0].at), items: buildItems(tokens, markers), layout: 'agenda-item' };
  }
  const headings = headingStarts(tokens);
  const numbered = numberedStarts(tokens);
  let starts: Start[] = [];
  let layout: Segmentation['layout'] = 'single';
  if (headings.length >= 2 && headings.length >= numbered.length) {
    starts = headings;
    layout = 'headings';
  } else if (numbered.length >= 2 || (numbered.length === 1 && numbered[0].at <= first + 40)) {
    starts = numbered;
    layout = 'numbered';
  } else {
    const indented = indentedStarts(tokens);
    if (indented.length >= 2) {
      starts = indented;
      layout = 'indented';
    } else {
      const separated = blankSeparatedStarts(tokens);
      if (separated.length >= 3) {
        starts = separated;
        layout = 'blank-separated';
      }
    }
  }
  if (starts.length === 0) {
    // One item: "A page with no heading takes the first line of its description as title."
    const title = cleanTitle(tokens[first].line.text);
    return { header: [], items: buildItems(tokens, [{ at: first, titleIndex: first, number: null, title }]), layout: 'single' };
  }
  return { header: tokens.slice(0, starts[0].at), items: buildItems(tokens, starts), layout };
}
