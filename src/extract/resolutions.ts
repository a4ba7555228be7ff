// Resolutions: every clause of a formal decision. "RESOLVED that …",
// "RESOLVED: 1. That … 2. That …", "It was RESOLVED", "The Committee RESOLVED",
// "AGREED that", "Decision:" blocks. Numbered sub-clauses are separate records.
import type { Motion, Resolution, ResolutionKind } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { DISPOSITION_COLUMN, tableDisposition } from './util/disposition.js';
import { sentences, stripThat, trimClause } from './util/text.js';

/** Main-verb patterns for the resolution kind; the earliest match in the clause wins. */
export const KIND_PATTERNS: readonly [ResolutionKind, RegExp][] = [
  // "planning permission be granted", "consent is granted", "grant planning permission"
  ['granted', /\b(?:be|is|was|been|are)\s+granted\b|\bgrant(?:s|ed)?\s+(?:outline\s+|full\s+|listed building\s+|conditional\s+)?(?:planning\s+)?(?:permission|consent|approval)\b|\bpermission\s+granted\b/i],
  // "the application be refused", "refuse planning permission"
  ['refused', /\b(?:be|is|was|been)\s+refused\b|\brefuse[sd]?\s+(?:planning\s+)?(?:permission|consent|the application)\b/i],
  // "be deferred", "consideration deferred"
  ['deferred', /\bdefer(?:red|s)?\b/i],
  // "delegated authority", "delegate to the Director"
  ['delegated', /\bdelegat(?:e|ed|es|ion)\b|\bbe\s+authori[sz]ed\s+to\b/i],
  // "recommend to Council", "RECOMMENDED to Full Council"
  ['recommended', /\brecommends?\b(?!ations?)|\brecommended\s+to\b|\bbe\s+recommended\b/i],
  // "be noted", "notes the report", "to note", "noted the"
  ['noted', /\bnot(?:e|es|ed|ing)\b|\breceive[sd]?\s+the\s+report\b/i],
  // "be approved", "approves", "to approve"
  ['approved', /\bapprov(?:e|es|ed|al|ing)\b|\baccept(?:s|ed)?\b|\bconfirm(?:ed|s)?\b|\bratif(?:y|ied)\b|\bendorse[sd]?\b/i],
  // "be adopted", "adopts the policy"
  ['adopted', /\badopt(?:s|ed|ion)?\b/i],
  // "requested that …", "asks officers to"
  ['requested', /\brequest(?:s|ed)?\s+(?:that|the|officers|staff|a|an|to|further)\b|\b(?:be|is|was|are)\s+requested\b|\basks?\b|\binstructs?\b/i],
  // "agrees to", "be agreed"
  ['agreed', /\bagree(?:s|d)?\b|\bsupport(?:s|ed)?\b/i],
  // "be rejected", "not be supported"
  ['rejected', /\breject(?:s|ed)?\b|\bnot\s+(?:be\s+)?(?:supported|accepted)\b|\bdeclined?\b/i],
];

/**
 * KIND_PATTERNS as one alternation, each pattern a named group: the leftmost
 * match, ties going to the earlier kind, exactly as trying each pattern and
 * keeping the earliest would, in one pass over the clause.
 */
const ANY_KIND = new RegExp(KIND_PATTERNS.map(([, re], k) => `(?<k${k}>${re.source})`).join('|'), 'i');

/** Classifies a clause by its main verb. */
export function resolutionKind(clause: string): ResolutionKind {
  const groups = ANY_KIND.exec(clause)?.groups;
  if (groups) for (let k = 0; k < KIND_PATTERNS.length; k++) if (groups[`k${k}`] !== undefined) return KIND_PATTERNS[k][0];
  return 'other';
}

// Inline clause numbers inside one paragraph: "1. That …", "(a) The report …", "(ii) …"; a bracketed
// number may start a lower-case clause: "that (A) the report be received; and (B) items …".
const INLINE_CLAUSE = /(?:^|\s)(\(?(?:\d{1,2}|[a-hA-H]|i{1,3}|iv|v|vi{1,3})[.)](?=\s+[A-Z(])|\((?:\d{1,2}|[a-hA-H]|i{1,3}|iv|v|vi{1,3})\)(?=\s+[a-z]))\s+/g;

// A further clause inside one paragraph: "… the following lands: <data>. 2. That Council …".
const INLINE_THAT = /(?<=[.:;])\s+(?:\d{1,2}\.\s+)?(?=That\s)/g;
// A list that is not clauses stays inside its clause, whose text stops at the colon.
const DATA_AFTER_COLON = /:\s+(?!That\b).*$/s;

/** Splits "That X: <data> That Y" into clauses, each stopping at its colon. */
export function splitThatClauses(text: string): string[] {
  const parts = text.split(INLINE_THAT).filter((p) => p.trim());
  if (parts.length < 2) return [text];
  return parts.map((p) => p.replace(DATA_AFTER_COLON, ':').trim());
}

/** Splits "1. That X; 2. That Y" written in one paragraph into clauses. */
export function splitInlineClauses(text: string): { number: string | null; text: string }[] {
  const marks: { at: number; number: string; textAt: number }[] = [];
  INLINE_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_CLAUSE.exec(text)) !== null) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    marks.push({ at, number: m[1].replace(/[().]/g, ''), textAt: m.index + m[0].length });
  }
  // Need at least two markers, the first at the start or after an introduction ending in a colon or "that"
  // ("the Council: a. Receives the report. b. Approves …", "that (A) … (B) …"), to call it a clause list.
  if (marks.length < 2) return [{ number: null, text }];
  if (marks[0].at > 2 && !/(?::|\bthat)\s*$/i.test(text.slice(0, marks[0].at))) return [{ number: null, text }];
  return marks.map((mk, k) => ({ number: mk.number, text: text.slice(mk.textAt, k + 1 < marks.length ? marks[k + 1].at : text.length) }));
}

// The verbs a decision clause carries; list entries without one are data (dates, report titles, priorities).
const CLAUSE_VERB = /\b(?:be|is|are|was|were|been|to|that|notes?|noted|agree[sd]?|approve[sd]?|endorse[sd]?|delegate[sd]?|requests?|requested|recommends?|recommended|receives?|received|adopts?|adopted|authori[sz]es?|authori[sz]ed|refuse[sd]?|grants?|granted|defer(?:s|red)?|welcomes?|supports?|asks?|instructs?|thanks?|confirms?|accepts?|appoints?|elects?|resolves?|considers?|comments?)\b/i;

// A sub-list that is data (dates, meeting names, report titles), not clauses.
function isDataList(blocks: readonly Block[]): boolean {
  return blocks.every((b) => !CLAUSE_VERB.test(b.text));
}

// A planning decision's list: "approved subject to the following conditions:", "refused for the following reasons:".
// The conditions and reasons are terms of the one decision, not decisions of their own.
const INTRODUCES_CONDITIONS = /\b(?:conditions?|reasons?|informatives?)(?:\s+[\w-]+){0,3}\s*:\s*$/i;

// "(1)" → "1", "1.4" → "1.4", "a)" → "a"; bullet glyphs are not numbers.
const clauseNumber = (marker: string | undefined): string | null => {
  const n = marker ? marker.replace(/[()\s]/g, '').replace(/\.$/, '') : '';
  return /^[0-9a-zA-Z][0-9a-zA-Z.]*$/.test(n) ? n : null;
};

// What follows a clause without being part of it: the outcome ("Carried.") and the closing time ("Time: 8:19 p.m. …").
const CLAUSE_TRAILER = /(?<=[.;:])\s+(?:Time:\s*\d.*|(?:The\s+)?(?:motion\s+(?:was\s+)?)?(?:carried|defeated|lost|withdrawn)(?:\s+unanimously)?\.?)$/i;

// "That Cabinet note the reports …", "That the Council approves the scheme": a clause standing as its own paragraph.
const BARE_THAT_CLAUSE = /^That\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:notes?|approves?|agrees?|endorses?|adopts?|delegates?|authori[sz]es?|resolves?|supports?|requests?|instructs?|be\s+\w+ed)\b/;

// Recitals ("WHEREAS …", "AND WHEREAS …") explain a motion; they are not its clauses.
const RECITAL = /^(?:AND\s+)?WHEREAS\b/i;

function make(number: string | null, raw: string, block: Block): Resolution | null {
  if (RECITAL.test(raw.trim())) return null;
  const text = trimClause(stripThat(raw).replace(DISPOSITION_COLUMN, '').replace(CLAUSE_TRAILER, '').replace(CLAUSE_TRAILER, ''));
  if (text.length < 3) return null;
  return { number, text, kind: resolutionKind(text), ...placeOf(block) };
}

// "It was moved by Councillor Hart, seconded by Councillor Dow and RESOLVED that the budget be approved."
const MOVED_AND_RESOLVED = /\b(?:moved|proposed|seconded)\b.{0,300}?\band\s+(?:it\s+was\s+)?(?:RESOLVED|[Rr]esolved)\b(?:\s*\([^)]{0,80}\))?[\s,:–—-]*(?:that\b[\s,:]*)?(.{3,})$/;
// "… for this item. It was resolved to increase allotment rents …", "The Clerk presented the accounts. RESOLVED: that …":
// a resolution inside a paragraph.
const RESOLVED_SENTENCE = /^(?:It\s+was\s+(?:therefore\s+|further\s+|unanimously\s+)?(?:RESOLVED|resolved)|RESOLVED)\b[\s,:–—-]*(?:that\b[\s,:]*)?(.{3,})$/;

export function extractResolutions(ctx: ItemContext): Resolution[] {
  const out: Resolution[] = [];
  const push = (r: Resolution | null): void => {
    if (r) out.push(r);
  };
  // Later sentences of plain paragraphs (a paragraph's first sentence was classified as its own line).
  for (const section of ctx.sections) {
    if (section.kind !== 'plain') continue;
    for (const b of section.blocks) {
      if ((b.kind !== 'paragraph' && b.kind !== 'bullet') || !/\bresolved\b/i.test(b.text)) continue;
      sentences(b.text).forEach((s, k) => {
        // "It was moved by …, seconded by … and RESOLVED that …" anywhere; "It was resolved …" after the first sentence.
        const m = MOVED_AND_RESOLVED.exec(s.text) ?? (k > 0 ? RESOLVED_SENTENCE.exec(s.text) : null);
        if (m) push(make(null, m[1], b));
      });
    }
  }
  for (const section of ctx.sections) {
    if (section.kind !== 'resolutions' && section.kind !== 'decision') continue;
    const lead = section.leadIn!;
    // A motions table row lost, withdrawn or referred elsewhere is a motion, not a decision.
    if (lead.rule === 'motion-table-row' && tableDisposition(lead.text).decided === false) continue;
    const leadText = stripThat(lead.text);
    const clauses = section.blocks;
    const number = clauseNumber(lead.marker);
    if (clauses.length > 0 && !isDataList(clauses) && !INTRODUCES_CONDITIONS.test(leadText)) {
      // "RESOLVED that Cabinet:" + numbered clauses: each clause a record. The bare lead-in is not one.
      if (leadText && !/[:;]$/.test(leadText) && !/\bthat$/i.test(leadText)) push(make(number, leadText, lead));
      clauses.forEach((c, k) => {
        // Data entries under a clause ("the four priorities:" · Tackling Offending) stay inside that clause.
        if (!CLAUSE_VERB.test(c.text)) return;
        // An introduction ("That Cabinet:") to the clauses after it is not a clause itself.
        if (/:$/.test(c.text) && k + 1 < clauses.length) return;
        const parts = splitInlineClauses(c.text);
        for (const p of parts) push(make(p.number ?? clauseNumber(c.marker), p.text, c));
      });
    } else if (leadText) {
      for (const p of splitInlineClauses(leadText)) for (const clause of splitThatClauses(p.text)) push(make(p.number ?? number, clause, lead));
    }
  }
  // A decision record ("Decision Maker: CABINET", "Decision published: …") with no "RESOLVED" or "Decision:"
  // lead-in: its decision is the paragraph that is itself a "That …" clause with a decision verb ("That Cabinet
  // note the reports …" above "Reasons for decision").
  if (out.length === 0 && ctx.item.body.some((t) => t.kind === 'record-field') && !ctx.sections.some((s) => s.kind === 'resolutions' || s.kind === 'decision')) {
    for (const section of ctx.sections) {
      const b = section.blocks.find((x) => x.kind === 'paragraph' && BARE_THAT_CLAUSE.test(x.text));
      if (b) {
        push(make(null, b.text, b));
        break;
      }
    }
  }
  // A decision printed both in a "Decision:" block and in the minutes counts once.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = r.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The clauses of a motion's wording. Its list markers were read off with the
 * lines, so "the Council: Receives the report. Approves funding." splits at the
 * sentences after an introduction ending in a colon, each opening with a verb.
 */
function motionClauses(text: string): { number: string | null; text: string }[] {
  const inline = splitInlineClauses(text);
  if (inline.length > 1) return inline;
  const intro = /^(.{2,80}?):\s+(.+)$/s.exec(text);
  if (!intro) return inline;
  const parts = sentences(intro[2]).map((s) => s.text);
  if (parts.length >= 2 && parts.every((p) => /^[A-Z][a-z]+s\b/.test(p))) return parts.map((p) => ({ number: null, text: p }));
  // "That Council: a) receives the report; and b) approves the award …", the markers read off: split at the semicolons.
  const clauses = intro[2].split(/;\s*(?:and\s+)?(?=[a-z]+s\b)/);
  if (clauses.length >= 2 && clauses.every((p) => /^[a-z]+s\b/.test(p))) return clauses.map((p) => ({ number: null, text: p.trim() }));
  return inline;
}

/**
 * A motion that was moved and carried is a decision even when no RESOLVED
 * restates it ("Moved: Cr A Seconded: Cr B / That Council approve … / Carried").
 * Lost amendments and amendments in general are not clauses of their own.
 */
export function resolutionsFromCarriedMotions(motions: readonly Motion[], resolutions: readonly Resolution[]): Resolution[] {
  const out = [...resolutions];
  motions.forEach((m, k) => {
    if (m.amendment || (m.outcome !== 'carried' && m.outcome !== 'carried unanimously')) return;
    if (resolutions.some((r) => r.motion === k)) return;
    for (const clause of motionClauses(stripThat(m.text))) {
      const text = trimClause(clause.text.replace(CLAUSE_TRAILER, ''));
      if (text.length < 3) continue;
      const r: Resolution = { number: clause.number, text, kind: resolutionKind(text), line: m.line, motion: k };
      if (m.column !== undefined) r.column = m.column;
      if (m.end !== undefined) r.end = m.end;
      if (m.page !== undefined) r.page = m.page;
      out.push(r);
    }
  });
  return out.sort((a, b) => a.line - b.line);
}
