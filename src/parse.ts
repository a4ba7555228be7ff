// The pipeline: lines → tokens → items and blocks → extractors → a document.
// Data flows one way; each stage only sees the output of the one before.
import { createHash } from 'node:crypto';
import type { AgendaItem, MinutesDocument, Warning } from './schema/document.js';
import { SCHEMA_VERSION } from './schema/constants.js';
import { makeWarning } from './schema/warnings.js';
import type { ReadResult, SourceLine } from './read/types.js';
import { tokenize, type Token } from './tokenize/classify.js';
import { segmentItems, type ItemSegment } from './segment/items.js';
import { toBlocks, toSections } from './segment/blocks.js';
import { findPackMinutes, type PackMinutes } from './segment/packs.js';
import { findDate } from './extract/util/dates.js';
import type { ItemContext } from './extract/types.js';
import { extractResolutions } from './extract/resolutions.js';
import { extractQuestions } from './extract/questions.js';
import { dropRestatedRows, extractActions } from './extract/actions.js';
import { extractPresenters } from './extract/presenters.js';
import { extractDiscussion } from './extract/discussion.js';
import { extractMeeting } from './extract/meeting.js';
import { applyAttendanceFacts, extractAttendance, factSites } from './extract/attendance.js';
import { resolvePeople } from './extract/people.js';
import { itemCategory } from './extract/category.js';
import { checkDocument } from './extract/checks.js';
import { unclaimedLines } from './extract/unclaimed.js';
import { attachMotions } from './extract/motions.js';
import { declarationsOfDocument } from './extract/declarations.js';
import { REFINERS } from './refine/index.js';
import { VERSION } from './version.js';
import type { CompiledConfig } from './config/compile.js';

export interface ParseOptions {
  /** Path recorded in `source.path`. */
  path?: string;
  /** Format of the text: "text" (default) or "markdown". */
  format?: 'text' | 'markdown';
  /** Add each record's exact source text. */
  withSource?: boolean;
  /** Local phrasings (minutes.config.json), compiled by src/config. */
  config?: CompiledConfig;
}

export interface ParseResult {
  /** The document: the file's meeting, or the first meeting of a pack that holds several. */
  document: MinutesDocument;
  warnings: Warning[];
  /** One document per meeting, in order, when the file (a reports pack) holds several sets of minutes; `document` is the first. */
  documents?: MinutesDocument[];
}

/**
 * The title of each item's numbered parent, where the minutes print one: "4. DELEGATIONS" for "4.1 Hospice Society"
 * (the nearest earlier item numbered as the sub-item's number without its last part).
 */
function parentTitles(segs: readonly ItemSegment[], tokens: readonly Token[]): Array<string | undefined> {
  const byNumber = new Map<string, string>();
  return segs.map((s) => {
    const number = s.number?.replace(/\.$/, '') ?? null;
    const parentNumber = number !== null && /^\d+\.\d+$/.test(number) ? number.slice(0, number.lastIndexOf('.')) : null;
    // A section header that is no item of its own ("4. DELEGATIONS" over "4.1 …") opens its first sub-item's span.
    const opening = tokens[s.start];
    if (parentNumber !== null && !byNumber.has(parentNumber) && s.start < s.titleIndex && opening.kind === 'numbered-heading' && opening.marker?.replace(/[.)]$/, '') === parentNumber) {
      byNumber.set(parentNumber, opening.text);
    }
    const parent = parentNumber !== null ? byNumber.get(parentNumber) : undefined;
    if (number !== null) byNumber.set(number, s.title);
    return parent;
  });
}

function itemFromSegment(seg: ItemSegment, tokens: readonly Token[], warnings: Warning[], config?: CompiledConfig, parentTitle?: string): AgendaItem {
  const blocks = toBlocks(seg.body);
  const sections = toSections(blocks);
  const titleLine = tokens[seg.titleIndex].line;
  const category = itemCategory(seg.title);
  // Every item context has one shape (parentTitle set, if only to undefined): the extractors that read it stay optimised.
  const ctx: ItemContext = { item: seg, blocks, sections, titleLine: titleLine.line, category, parentTitle };
  const item: AgendaItem = {
    number: seg.number,
    title: seg.title,
    description: seg.description.length ? seg.description.map((t) => t.line.text).join(' ').replace(/\s+/g, ' ').trim() : null,
    presenters: [],
    discussion: [],
    questions: [],
    resolutions: [],
    actions: [],
    lines: { start: tokens[seg.start].line.line, end: tokens[Math.min(seg.end, tokens.length - 1)].line.line },
    category,
    motions: [],
  };
  if (titleLine.page !== undefined) item.page = titleLine.page;
  // One failing rule must not lose the rest of the item: each extractor is fenced.
  const run = <T>(name: string, f: () => T[]): T[] => {
    try {
      return f();
    } catch (e) {
      warnings.push(makeWarning('rule-failed', `Unexpected error in the ${name} extractor (${(e as Error).message}), expected records`, { line: item.lines.start }));
      return [];
    }
  };
  item.resolutions = run('resolutions', () => extractResolutions(ctx));
  // A meeting page prints the decision above its minutes ("Decision: RESOLVED that Cabinet: (a) …", then "Minutes: …"): the
  // minutes' own record comes first (a decision printed twice counts once); where they record none, the decision above is the item's.
  // (A decision block that records no decision, "None." or "No declarations were made", is not read: it needs a RESOLVED.)
  if (item.resolutions.length === 0 && seg.description.some((t) => t.kind === 'decision-heading') && seg.description.some((t) => t.kind === 'resolved')) {
    const decisionBlocks = toBlocks(seg.description);
    const decided: ItemContext = { item: seg, blocks: decisionBlocks, sections: toSections(decisionBlocks), titleLine: titleLine.line, category, parentTitle };
    item.resolutions = run('resolutions', () => extractResolutions(decided));
  }
  item.presenters = run('presenters', () => extractPresenters(ctx, config?.presenters));
  item.questions = run('questions', () => extractQuestions(ctx));
  item.actions = run('actions', () => extractActions(ctx, item.resolutions));
  item.discussion = run('discussion', () => extractDiscussion(ctx));
  return item;
}

/** Adds each record's source: the rows of the text the lines index into, from its line to its end line, as written. */
function attachSource(doc: MinutesDocument, text: string): void {
  const rows = text.split(/\r\n|\r|\n/);
  const quote = (r: { line: number; end?: number }): string =>
    rows
      .slice(r.line - 1, Math.max(r.end ?? r.line, r.line))
      .join('\n')
      .trim();
  type Placed = { line?: number; end?: number; source?: string };
  const lists: Placed[][] = [doc.meeting.present, doc.meeting.apologies, doc.meeting.inAttendance, doc.declarations];
  for (const item of doc.items) lists.push(item.presenters, item.discussion, item.questions, item.resolutions, item.actions, item.motions);
  for (const list of lists) for (const r of list) if (r.line !== undefined) r.source = quote({ line: r.line, end: r.end });
}

/** Completes each warning's place from its line: the column of the line's text and, for PDFs, its page. */
function placeWarnings(warnings: Warning[], lines: readonly SourceLine[]): void {
  for (const w of warnings) {
    const l = w.line !== null ? lines[w.line - 1] : undefined;
    if (!l || l.line !== w.line) continue;
    if (w.column === undefined && l.text !== '') w.column = l.indent + 1;
    if (w.page === undefined && l.page !== undefined) w.page = l.page;
  }
}

/** Says that a pack was read and which lines of it were this meeting's minutes. */
function packWarning(pack: PackMinutes, index: number, tokens: readonly Token[]): Warning {
  const first = tokens[0].line.line;
  const last = tokens[tokens.length - 1].line.line;
  const n = pack.meetings.length;
  const more = n > 1 ? `; it holds ${n} sets of minutes, each a document of its own (NDJSON gives one line per meeting): this is meeting ${index + 1} of ${n}` : '';
  return makeWarning('minutes-in-pack', `Unexpected reports pack (frontsheet, agenda) around the minutes, expected minutes alone: parsed the minutes on lines ${first}-${last} ("${pack.meetings[index].heading.slice(0, 80)}")${more}`, { line: first });
}

/** Front matter keys that may hold the meeting's date. */
const DATE_KEYS = new Set(['date', 'meeting-date', 'meeting_date', 'meetingdate']);

type Meta = { path: string; sha256: string; bytes: number };

/** Parses lines that a reader produced into a document: one per meeting when a reports pack holds several sets of minutes. */
export function parseLines(read: ReadResult, meta: Meta, options: ParseOptions = {}): ParseResult {
  const allTokens = tokenize(read.lines, options.config?.lineRules);
  // A reports pack: only the minutes inside it are the meeting (frontsheet, agenda and reports are not).
  const pack = findPackMinutes(allTokens);
  if (!pack) return parseMeeting(read, meta, options, allTokens, null);
  const results = pack.meetings.map((m, k) => {
    const tokens = allTokens.slice(m.start, m.end);
    return parseMeeting(read, meta, options, tokens, packWarning(pack, k, tokens));
  });
  return results.length > 1 ? { ...results[0], documents: results.map((r) => r.document) } : results[0];
}

/** The first lines holding text, up to `count` of them, with the blank lines between: a page padded with blank lines still shows its heading. */
function firstLines(tokens: readonly Token[], count: number): Token[] {
  let seen = 0;
  let end = 0;
  while (end < tokens.length && seen < count) if (tokens[end++].kind !== 'blank') seen++;
  return tokens.slice(0, end);
}

/** Parses one meeting's tokens into its document. */
function parseMeeting(read: ReadResult, meta: Meta, options: ParseOptions, tokens: Token[], packNote: Warning | null): ParseResult {
  const lines = read.lines;
  const warnings: Warning[] = [...read.warnings];
  if (packNote) warnings.push(packNote);
  const seg = segmentItems(tokens);
  const parents = parentTitles(seg.items, tokens);
  const items = seg.items.map((s, k) => itemFromSegment(s, tokens, warnings, options.config, parents[k]));
  // An action list at the end restating the minutes' actions records each once.
  dropRestatedRows(items);
  // A short header (an item heading straight after the page title) leaves the meeting facts in the first lines.
  const headerContent = seg.header.filter((t) => t.kind !== 'blank').length;
  const facts = extractMeeting(seg.layout === 'agenda-item' ? [] : headerContent >= 3 ? seg.header : firstLines(tokens, 40), tokens);
  // Front matter is metadata about the file, not the minutes: its date is used only when the minutes state none, and labelled so.
  if (!facts.date) {
    const field = read.metadata?.find((f) => DATE_KEYS.has(f.key) && findDate(f.value));
    if (field) {
      facts.date = findDate(field.value)!.iso;
      warnings.push(makeWarning('metadata-fallback', `Unexpected minutes that state no meeting date, expected a date in their heading: took ${facts.date} from the front matter ("${field.key}: ${field.value.slice(0, 60)}")`, { line: field.line, column: 1 }));
    }
  }
  const attendance = extractAttendance(seg.header, tokens);
  // Document-level rules are fenced like the item extractors: a failure loses only their records.
  const fenced = <T>(name: string, f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      warnings.push(makeWarning('rule-failed', `Unexpected error in the ${name} extractor (${(e as Error).message}), expected records`));
      return fallback;
    }
  };
  fenced('motions', () => attachMotions(seg, tokens, items), undefined);
  const factMentions = fenced('attendance facts', () => applyAttendanceFacts(attendance, factSites(seg)), []);
  let document: MinutesDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: meta.path, format: read.format, sha256: meta.sha256, bytes: meta.bytes, tool: VERSION, layout: seg.rule },
    meeting: { body: facts.body, date: facts.date, venue: facts.venue, ...(facts.rule ? { rule: facts.rule } : {}), ...attendance },
    items,
    warnings,
    declarations: fenced('declarations', () => declarationsOfDocument(seg, tokens), []),
    people: [],
  };
  if (read.pages !== undefined) document.source.pages = read.pages;
  // Cross-record refiners (carried motions become resolutions, then actions), each fenced, in order.
  for (const refiner of REFINERS) document = fenced(refiner.id, () => refiner.refine(document, {}), document);
  document.people = fenced('people', () => resolvePeople(document, factMentions), []);
  warnings.push(...checkDocument(document, tokens, seg));
  warnings.push(...fenced('unclaimed lines', () => unclaimedLines(document, tokens), []));
  placeWarnings(warnings, lines);
  if (options.withSource) attachSource(document, read.text);
  return { document, warnings };
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
