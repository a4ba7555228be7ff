// Document checks: what the minutes themselves get wrong, as warnings with
// stable codes (item numbers that skip or repeat, a person both present and in
// apologies, a RESOLVED outside any item, text that is not minutes at all).
import type { MinutesDocument, Warning } from '../schema/document.js';
import { makeWarning } from '../schema/warnings.js';
import type { Token } from '../tokenize/classify.js';
import type { Segmentation } from '../segment/items.js';

const surname = (name: string): string => name.replace(/\([^)]*\)/g, '').trim().split(/\s+/).pop()!.toLowerCase();

export function checkDocument(doc: MinutesDocument, tokens: readonly Token[], seg: Segmentation): Warning[] {
  const out: Warning[] = [];
  const content = tokens.filter((t) => t.kind !== 'blank');
  if (content.length === 0) {
    out.push(makeWarning('empty-input', 'Unexpected empty text, expected council minutes'));
    return out;
  }
  const hasSignal = tokens.some((t) => ['resolved', 'minutes-marker', 'agenda-item-marker', 'attendance', 'decision-heading', 'question-lead-in', 'action-heading'].includes(t.kind));
  if (!hasSignal && seg.layout === 'single') {
    out.push(makeWarning('not-minutes', 'Unexpected text with no agenda item, resolution or attendance list, expected council minutes', { line: content[0].line.line }));
  }
  // Item numbers should rise by one.
  let prev: number | null = null;
  for (const item of doc.items) {
    const n = item.number !== null && /^\d+$/.test(item.number) ? parseInt(item.number, 10) : null;
    if (n === null) {
      // An item numbered by its section ("11.2.1") stands in section 11: the next whole number expected is 12.
      const section = item.number !== null ? /^(\d+)\.\d/.exec(item.number) : null;
      if (section && prev !== null) prev = Math.max(prev, parseInt(section[1], 10));
      continue;
    }
    if (prev !== null && n === prev) out.push(makeWarning('item-number-repeated', `Unexpected item number ${n} again, expected ${prev + 1}`, { line: item.lines.start }));
    else if (prev !== null && n > prev + 1) out.push(makeWarning('item-number-skipped', `Unexpected item number ${n}, expected ${prev + 1}`, { line: item.lines.start }));
    prev = n;
  }
  // RESOLVED in the header, before any item.
  for (const t of seg.header) {
    if (t.kind === 'resolved') out.push(makeWarning('resolution-outside-item', 'Unexpected RESOLVED before any agenda item, expected it inside an item', { line: t.line.line, column: t.line.indent + 1 }));
  }
  // Someone both present and sending apologies.
  const present = new Map(doc.meeting.present.filter((p) => p.name).map((p) => [surname(p.name!), p]));
  for (const a of doc.meeting.apologies) {
    if (!a.name) continue;
    const p = present.get(surname(a.name));
    if (p && p.name && p.name.replace(/\([^)]*\)/g, '').trim() === a.name.replace(/\([^)]*\)/g, '').trim()) {
      out.push(makeWarning('present-and-apologies', `Unexpected ${a.name} in apologies, expected apologies only from members not present`, { line: a.line ?? null }));
    }
  }
  // Recorded vote counts that add up to more members than the minutes record as present.
  const members = doc.meeting.present.length;
  if (members > 0) {
    for (const item of doc.items) {
      for (const m of item.motions) {
        if (!m.votes) continue;
        const cast = (m.votes.for ?? 0) + (m.votes.against ?? 0) + (m.votes.abstentions ?? 0);
        if (cast > members) out.push(makeWarning('votes-exceed-present', `Unexpected ${cast} votes recorded, expected at most ${members} (the members recorded as present)`, { line: m.line, column: m.column }));
      }
    }
  }
  // A document that stops mid-item: the last content line ends without punctuation and is long prose (a table's
  // last row, closed by its bar, is whole).
  const last = content[content.length - 1];
  if (doc.items.length > 0 && last.kind === 'text' && last.text.length > 60 && !/[.!?:;)"”’|]$/.test(last.text)) {
    out.push(makeWarning('truncated-document', 'Unexpected end of text mid-sentence, expected the end of an item', { line: last.line.line }));
  }
  return out;
}
