// Segment a token stream into the meeting header and agenda items. Which
// numbered lines are item headings is decided here, from the whole document:
// heading shape, the item-number sequence, and the layout (markers, numbers,
// reader headings, indentation, blank-line-separated headings).
import { classifyLine, type Token } from '../tokenize/classify.js';
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
const NOT_A_TITLE = /^(?:present|in attendance|venue|contact|media|items?|no\.? item|date|time|chair(?:man)?)\s*:?$/i;

/** Is this UTF-16 code a character `\s` matches (JavaScript's white space and line terminators)? */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words in a trimmed text (what `split(/\s+/).length` counts), without building the array. */
function wordCount(t: string): number {
  let n = 1;
  for (let i = 0; i < t.length; i++) if (isSpaceCode(t.charCodeAt(i)) && !(i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1)))) n++;
  return n;
}

/** Does this text read like an item heading rather than a sentence of minutes? */
export function isHeadingShaped(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 160) return false;
  if (/^[a-z(“"']/.test(t) && !/^\([a-z]\)/.test(t)) return false;
  if (/[.;,]$/.test(t) && t.length > 60) return false;
  if (wordCount(t) > 22) return false;
  if (SENTENCE_VERB.test(t) && !/^(?:minutes|matters|items?|report|update|questions?|declarations?|apologies|confirmation|petitions?|motions?)\b/i.test(t)) return false;
  return true;
}

/** Does the text end in a file size ("… 129 KB")? Checked from the end, so a long line costs nothing. */
function endsInFileSize(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 1 && (text[i] === 'b' || text[i] === 'B') && /[kmg]/i.test(text[i - 1]);
}

function cleanTitle(text: string): string {
  // TRAILING_LINK_RESIDUE ends in a file size: only such lines are worth the full pattern.
  const t = endsInFileSize(text) ? text.replace(TRAILING_LINK_RESIDUE, '') : text;
  return t.replace(/\s+/g, ' ').trim();
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
  /** The title line carries minutes text after its label. */
  titleInBody?: boolean;
}

// The running number of an item number: "12a" → 12, "35/20" → 35, a minute reference "CAB/45/26" → 45.
const integerPart = (n: string): number => parseInt(/^[A-Z]{2,6}\//.test(n) ? n.slice(n.indexOf('/') + 1) : n, 10);

// How far an item number may jump ahead of the previous one (items withdrawn, exempt items omitted).
const MAX_NUMBER_GAP = 12;
// How many earlier candidates a chain may look back over (keeps the search linear in practice).
const LOOKBACK = 400;

/**
 * Keeps the numbered candidates that form the longest rising item sequence
 * (ties: the smaller total gap); the rest are numbered paragraphs or table
 * cells ("Item 8 - …" in a declarations table).
 */
function risingSequence(cands: Start[]): Start[] {
  const usable = cands.filter((c) => c.number !== null && !Number.isNaN(integerPart(c.number)));
  const n = usable.length;
  if (n === 0) return [];
  // Item numbers parsed once, not in the inner loop. j chains to i when the number rises by at most
  // MAX_NUMBER_GAP, or repeats with a letter ("5" then "5a").
  // Minute numbers "24/101", "24/102": the part that changes is the sequence ("35/20", "36/20": the first).
  const slashed = usable.map((c) => /^(\d{1,4})\/(\d{1,4})$/.exec(c.number!));
  const yearFirst = slashed.filter((m) => m !== null).length >= 2 && new Set(slashed.filter((m) => m !== null).map((m) => m![1])).size === 1;
  const value = usable.map((c, k) => (slashed[k] && yearFirst ? parseInt(slashed[k]![2], 10) : integerPart(c.number!)));
  const lettered = usable.map((c) => /[a-z]$/i.test(c.number!));
  const chains = (j: number, i: number): boolean =>
    (value[i] > value[j] && value[i] <= value[j] + MAX_NUMBER_GAP) || (value[i] === value[j] && lettered[i] && usable[j].number !== usable[i].number);
  const length = new Array<number>(n).fill(1);
  const gaps = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      if (!chains(j, i)) continue;
      const len = length[j] + 1;
      const gap = gaps[j] + value[i] - value[j];
      if (len > length[i] || (len === length[i] && gap < gaps[i])) {
        length[i] = len;
        gaps[i] = gap;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (length[i] > length[best] || (length[i] === length[best] && gaps[i] < gaps[best])) best = i;
  const chain: Start[] = [];
  for (let i = best; i >= 0; i = prev[i]) chain.push(usable[i]);
  return chain.reverse();
}

/**
 * Lines of a numbered list that a RESOLVED clause introduces with a colon
 * ("RESOLVED – That the application be APPROVED subject to the following
 * conditions:" then "1. Standard Time", "2. Approved Plans"): clauses of the
 * resolution, never item headings. The list runs 1, 2, 3 … over numbered
 * lines and blank lines only; any other line, or a number out of turn, ends it.
 */
function resolutionListLines(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'resolved' || !/:\s*$/.test(tokens[i].line.text)) continue;
    let expected = 1;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'blank') continue;
      if ((t.kind !== 'numbered-heading' && t.kind !== 'bullet') || t.marker === undefined || parseInt(t.marker, 10) !== expected || !/^\d+[.)]?$/.test(t.marker)) break;
      out.add(j);
      expected++;
    }
  }
  return out;
}

function numberedStarts(tokens: readonly Token[]): Start[] {
  const cands: Start[] = [];
  const sentenceTitled = new Set<Start>();
  const clauses = resolutionListLines(tokens);
  // The run of numbered lines just read that were not headings (a list's entries, opening with the same word).
  let list: NumberedList | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (clauses.has(i)) continue;
    if (t.kind === 'item-number' && t.marker && !t.marker.includes('.')) {
      // The title is the next non-blank line, even one that reads like furniture ("Minutes").
      let j = i + 1;
      while (j < tokens.length && j < i + 12 && (tokens[j].kind === 'blank' || tokens[j].rule === 'link-residue')) j++;
      if (j >= tokens.length || j >= i + 12) continue;
      const next = tokens[j];
      if (next.rule === 'listing-furniture') {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(next.line.text) });
        continue;
      }
      const text = next.kind === 'numbered-heading' ? next.line.text : next.text;
      if ((next.kind === 'text' || next.kind === 'heading' || next.kind === 'attendance') && isHeadingShaped(cleanTitle(next.line.text))) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(next.line.text) });
      } else if (next.kind === 'numbered-heading' && isHeadingShaped(text)) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(text) });
      } else if (next.kind === 'text' && next.line.text.length <= 300 && MARKER_KINDS.has(tokens[nextContent(tokens, j + 1)]?.kind ?? 'blank')) {
        // ModernGov prints an item's number, its title, then "Minutes:" or "Additional documents:": a
        // title worded as a sentence ("To confirm that the items marked Part 1 will be considered in public") is still the title.
        const c: Start = { at: i, titleIndex: j, number: t.marker, title: cleanTitle(next.line.text) };
        cands.push(c);
        sentenceTitled.add(c);
      }
    } else if (t.kind === 'numbered-heading' && t.marker && !t.marker.includes('.')) {
      const title = cleanTitle(t.text);
      const opening = firstWord(title);
      const accepted: boolean = isHeadingShaped(title) && !continuesOnNextLine(tokens, i) && !continuesList(list, t.marker, opening);
      if (accepted) cands.push({ at: i, titleIndex: i, number: t.marker, title });
      list = accepted ? null : { marker: t.marker, opening, length: list && follows(list.marker, t.marker) && list.opening === opening ? list.length + 1 : 1 };
    }
  }
  // ModernGov meeting pages print every item number on its own line: when they do, numbered lines are paragraphs.
  // Titles worded as sentences count only on such a page: at least two numbers alone over heading-shaped titles.
  const alone = cands.filter((c) => tokens[c.at].kind === 'item-number');
  const strong = alone.filter((c) => !sentenceTitled.has(c));
  return risingSequence(strong.length >= 2 ? alone : cands.filter((c) => !sentenceTitled.has(c)));
}

interface NumberedList {
  marker: string;
  /** The entries' first word: "Details" in "1  Details of any employment …". */
  opening: string;
  length: number;
}

const follows = (previous: string, marker: string): boolean => /^\d+$/.test(previous) && Number(marker) === Number(previous) + 1;
const firstWord = (text: string): string => /^[\p{L}\p{N}'’-]*/u.exec(text)![0].toLowerCase();

/**
 * "6  Details of any tenancy where" after "1  Details of any employment …" … "5  Details of any licence …": a
 * short line numbered next after a run of numbered sentences opening with the same word is the list's next
 * entry, not an item.
 */
function continuesList(list: NumberedList | null, marker: string, opening: string): boolean {
  return list !== null && list.length >= MIN_LIST_RUN && follows(list.marker, marker) && list.opening === opening;
}

// How many numbered non-heading lines in a row make a list whose next entry is not an item.
const MIN_LIST_RUN = 2;

/** A wrapped paragraph: the next line is non-blank text that starts lower-case. */
function continuesOnNextLine(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'text' && /^[a-z]/.test(next.text);
}

function markerStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'agenda-item-marker') continue;
    // The title is the next non-blank line, even one that reads like furniture ("Minutes").
    let j = i + 1;
    while (j < tokens.length && (tokens[j].kind === 'blank' || tokens[j].rule === 'link-residue')) j++;
    if (j >= tokens.length) continue;
    const title = cleanTitle(tokens[j].line.text);
    out.push({ at: i, titleIndex: j, number: tokens[i].marker ?? null, title });
  }
  return out;
}

/** The markers that follow an item's title on a ModernGov page. */
const MARKER_KINDS: ReadonlySet<Token['kind']> = new Set(['minutes-marker', 'documents-marker']);

/** A number alone on its line, as page numbers are printed. */
const BARE_NUMBER = /^\s*\d{1,4}\s*$/;

/** Printed minutes: a heading line followed by "(Item 5)"; the heading may carry the minute number. */
function referenceStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'item-reference') continue;
    let j = i - 1;
    // A page number printed between the heading and its reference ("6" at the foot of a page) is not the title.
    while (j >= 0 && (!isContent(tokens[j]) || BARE_NUMBER.test(tokens[j].line.text))) j--;
    if (j < 0) continue;
    const t = tokens[j];
    const numbered = t.kind === 'numbered-heading' && t.marker && !t.marker.includes('.');
    let title = cleanTitle(numbered ? t.text : t.line.text);
    if (!title || NOT_A_TITLE.test(title)) continue;
    // A heading that wraps ("… Regional Adoption Agency Annual Report" / "2023/2024"): the lines directly
    // above, back to a blank line, are the start of the title when they read as one heading.
    let at = j;
    while (!numbered && at - 1 >= 0 && j - at < 2 && tokens[at - 1].kind === 'text' && !/[.:;,]$/.test(tokens[at - 1].line.text)) at--;
    if (at < j) {
      const joined = cleanTitle(tokens.slice(at, j + 1).map((x) => x.line.text).join(' '));
      if ((at === 0 || !isContent(tokens[at - 1])) && isHeadingShaped(joined)) title = joined;
      else at = j;
    }
    const ref = /\d{1,3}[a-z]?/i.exec(tokens[i].line.text);
    // A numbered heading that wraps onto the line above the reference ("284. Declarations of … Significant" /
    // "Interests in items on the agenda" / "(Item 2)"): the item starts at the number, the title is both lines.
    const above = at - 1 >= 0 && at === j && !numbered ? tokens[at - 1] : undefined;
    if (above && above.kind === 'numbered-heading' && above.marker && !above.marker.includes('.') && !/[.:;]$/.test(above.text)) {
      out.push({ at: at - 1, titleIndex: j, number: above.marker, title: cleanTitle(`${above.text} ${t.line.text}`) });
      continue;
    }
    out.push({ at, titleIndex: j, number: numbered ? t.marker! : ref ? ref[0] : null, title });
  }
  return out;
}

// "Label: text" lines that head a section of labelled minutes ("Staff Reports: …", "Disclosure of pecuniary interest: None.").
const LABEL_HEADING = /^([A-Z][A-Za-z'’&,/ -]{2,60}?):\s*(.{0,400})$/;
const NOT_LABEL = /^(?:be it resolved|now therefore|whereas|present|staff present|staff and visitors present|regrets|absent|also present|search for|time|date|venue|location|note|moved|seconded|carried|mayor|cao-clerk|clerk|chair|for|against|result|voting|reason|resolved|decision)\b/i;

/** Numbered motions ("R2018-200 J. Scott, L. Andersen: THAT …"), each its own item, with the labelled sections between them. */
function motionStarts(tokens: readonly Token[], from: number): Start[] {
  const motions = tokens.filter((t) => t.rule === 'numbered-motion').length;
  if (motions < 2) return [];
  const out: Start[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.rule === 'numbered-motion') {
      // The title is the motion's first sentence: "That the meeting be adjourned." without "Time: 8:19 p.m. …".
      // "R2023-147 D. Yemm, S. Foote:" alone: the motion is on the next line.
      const next = t.text === '' ? nextContent(tokens, i + 1) : -1;
      const clause = cleanTitle(next >= 0 ? tokens[next].line.text : t.line.text.slice(t.line.text.indexOf(':') + 1));
      const first = /^.{10,}?[.;](?=\s+[A-Z])/.exec(clause);
      out.push({ at: i, titleIndex: i, number: t.marker ?? null, title: first ? first[0] : clause });
      continue;
    }
    if (t.kind !== 'text' && t.kind !== 'heading') continue;
    const m = LABEL_HEADING.exec(t.line.text);
    // A label opens a paragraph (blank line before it) and names a section, not a person ("Councillor Dave Yemm: Museum Board").
    const opensParagraph = i === 0 || tokens[i - 1].kind === 'blank';
    if (m && opensParagraph && !NOT_LABEL.test(m[1]) && !HONORIFIC_LINE.test(`${m[1]} `) && m[1].split(/\s+/).length <= 6 && isHeadingShaped(m[1])) {
      out.push({ at: i, titleIndex: i, number: null, title: m[1].trim(), titleInBody: m[2].trim() !== '' });
    }
  }
  return out;
}

/**
 * Numbering that restarts (1, 2, 3 … 1, 2 …) under capitalised headings: the headings are the
 * items and the numbered rows their sub-items ("REPORT OF THE EXECUTIVE POLICY COMMITTEE dated …").
 */
function restartHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'numbered-heading' || t.marker !== '1') continue;
    // Walk back over a table's column-header row to the heading above it.
    let j = i - 1;
    while (j >= 0 && (!isContent(tokens[j]) || isTableRow(tokens[j].line.text))) j--;
    const h = j >= 0 ? tokens[j] : null;
    const text = h ? cleanTitle(h.line.text) : '';
    if (h && h.kind !== 'numbered-heading' && mostlyCapitals(text) && text.length <= 200) {
      out.push({ at: j, titleIndex: j, number: null, title: text });
      taken.add(j);
    }
  }
  if (out.length < 2) return [];
  // Capitalised section headings after the first item with no numbered rows under them ("CONFLICT OF INTEREST DECLARATIONS").
  for (let i = out[0].at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken.has(i) || (t.kind !== 'text' && t.kind !== 'heading')) continue;
    const text = cleanTitle(t.line.text);
    if (mostlyCapitals(text) && !/\S {2,}\S/.test(t.line.text) && text.split(/\s+/).length <= 15 && !/[.]$/.test(text)) out.push({ at: i, titleIndex: i, number: null, title: text });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A row of a copied table: cells separated by two-space gaps (tabs). */
function isTableRow(text: string): boolean {
  return (text.match(/\S {2,}\S/g) ?? []).length >= 2;
}

/** "REPORT OF THE EXECUTIVE POLICY COMMITTEE dated March 4, 2015": at least two thirds of the letters are capitals. */
function mostlyCapitals(text: string): boolean {
  // At least six ASCII letters, two thirds of them capitals (counted without building strings).
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      letters++;
      capitals++;
    } else if (c >= 0x61 && c <= 0x7a) letters++;
  }
  return letters >= 6 && capitals >= letters * 0.66;
}

/** Decision listings: each "DD/MM/YYYY - Title ref: N" line starts a decision. */
function decisionStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'decision-title') out.push({ at: i, titleIndex: i, number: null, title: cleanTitle(tokens[i].text) });
  }
  return out;
}

function headingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  // A single top-level heading above deeper ones is the document's title ("# Harbourside District Council").
  const depths = tokens.filter((t) => t.kind === 'heading').map((t) => t.line.depth ?? 2);
  const titleDepth = depths.filter((d) => d === 1).length === 1 && depths.some((d) => d > 1) ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'heading' || NOT_A_TITLE.test(t.text) || (titleDepth && t.line.depth === titleDepth)) continue;
    const m = /^(\d{1,3}[a-z]?)[.):]?\s+(\S.*)$/i.exec(t.text);
    out.push({ at: i, titleIndex: i, number: m ? m[1] : null, title: cleanTitle(m ? m[2] : t.text) });
  }
  return out;
}

// The listing heading of a ModernGov agenda-and-minutes page: what follows it is the agenda.
const LISTING_HEADING = /^no\.?\s+item$/i;

/** ModernGov meeting pages copied as text: headings at the margin, their minutes indented. */
function indentedStarts(tokens: readonly Token[]): Start[] {
  // After a "No. Item" listing heading the page is an agenda: a short one (two or three items) qualifies too.
  const listing = tokens.findIndex((t) => t.rule === 'listing-furniture' && LISTING_HEADING.test(t.line.text.trim()));
  const from = listing + 1;
  const region = tokens.slice(from);
  let indented = 0;
  let margin = 0;
  for (const t of region) {
    if (!isContent(t)) continue;
    if (t.line.indent >= 2) indented++;
    else margin++;
  }
  if (indented < (listing >= 0 ? 2 : 8) || indented < margin * 1.5) return [];
  // The margin must hold headings: prose at the margin (site navigation indented deeper) is not this layout.
  const marginTokens = region.filter((t) => isContent(t) && t.line.indent < 2);
  const headingLike = marginTokens.filter((t) => isHeadingShaped(cleanTitle(t.line.text))).length;
  if (headingLike < marginTokens.length * 0.6) return [];
  const out: Start[] = [];
  let sawIndented = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isContent(t)) continue;
    if (t.line.indent >= 2) {
      sawIndented = true;
      continue;
    }
    const j = nextContent(tokens, i + 1);
    // A heading with its papers' link ("Minutes of Previous Meetings pdf icon PDF 307 KB") is an item even with no minutes under it.
    if (j < 0 || (tokens[j].line.indent < 2 && !endsInFileSize(t.line.text))) continue;
    const title = cleanTitle(t.line.text);
    if (NOT_A_TITLE.test(title) || t.kind === 'attendance' || t.kind === 'resolved') continue;
    if (!isHeadingShaped(title) && sawIndented) continue;
    out.push({ at: i, titleIndex: i, number: null, title });
  }
  return out;
}

// Lines that stand alone between blank lines without being headings: outcomes, table headers, labels.
const STANDALONE_NOT_TITLE = /^(?:carried(?: unanimously)?|lost|nil|none|withdrawn|councillors?|crs?|items?|members?|type of interest|interest|moved|seconded|for|against|abstain(?:ed)?|yes|no|noted|received|adopted|approved|agreed|declined|deferred|(?:substantive |foreshadowed )?motion|amendment|resolution|(?:officer(?:'s)?|committee|staff) recommendation|recommendation|council resolution)$/i;
// Outcome lines that close an item: the next standalone line may be a heading.
const OUTCOME_LINE = /^(?:carried|lost|defeated|withdrawn|adopted|noted)(?:\s+unanimously)?\.?$/i;
const HONORIFIC_LINE = /^(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Miss|Dr|Mayor)\.?\s/;

/** First token index after an attendance block near the top (PRESENT: … STAFF: … APOLOGIES …). */
function afterTopAttendance(tokens: readonly Token[]): number {
  const limit = Math.floor(tokens.length * 0.4);
  let last = -1;
  for (let i = 0; i < limit; i++) {
    // A list label with names ("PRESENT: Cr …", "STAFF:"), not an "Apologies for absence" item heading.
    const t = tokens[i];
    if (t.kind === 'attendance' && (t.text !== '' || /present|staff|attendance|officers/i.test(t.marker ?? ''))) last = i;
    else if (last >= 0 && isContent(t) && t.kind !== 'text' && t.kind !== 'attendance') break;
  }
  if (last < 0) return 0;
  // The list's names run on until the next blank line.
  let i = last + 1;
  while (i < tokens.length && tokens[i].kind !== 'blank') i++;
  return i;
}

/** How many short unfinished lines (table cells, list names) stand immediately before token i. */
function shortLinesBefore(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let p = i - 1; p >= 0 && n < 10; p--) {
    const t = tokens[p];
    if (!isContent(t)) continue;
    if (t.line.text.length > 60 || /[.!?:;)]$/.test(t.line.text) || OUTCOME_LINE.test(t.line.text)) break;
    n++;
  }
  return n;
}

/** Short heading lines standing alone between blank lines (Australian and Canadian minutes). */
function blankSeparatedStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  let lastCandidate = -1;
  for (let i = Math.max(1, afterTopAttendance(tokens)); i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'text' && t.kind !== 'attendance' && t.kind !== 'heading') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before.kind !== 'blank' || (after !== undefined && after.kind !== 'blank')) continue;
    const title = cleanTitle(t.line.text);
    // A heading with its papers' link ("Constitution: Membership; … pdf icon PDF 86 KB") may hold a colon.
    const isCandidate =
      title.length <= 160 &&
      !/[.:;,]$/.test(title) &&
      (!title.includes(':') || endsInFileSize(t.line.text)) &&
      /^[A-Z]/.test(title) &&
      title.split(/\s+/).length <= 16 &&
      !NOT_A_TITLE.test(title) &&
      !STANDALONE_NOT_TITLE.test(title) &&
      !HONORIFIC_LINE.test(title) &&
      !/^\S*\d+\/\d+\s*$/.test(title) &&
      // A meeting title line ("Council - Monday, 8th October, 2018 7.00 pm") heads the page, not an item.
      !/[-–—]\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i.test(title) &&
      isHeadingShaped(title);
    if (!isCandidate) continue;
    // A run of standalone lines with nothing between (a table's header cells) keeps only its first line;
    // three or more short unfinished lines in a row are a table ("Councillor / Item / Type of Interest"),
    // whose cells are never headings.
    const run = (lastCandidate >= 0 && nextContent(tokens, lastCandidate + 1) === i) || shortLinesBefore(tokens, i) >= 3;
    lastCandidate = i;
    const next = nextContent(tokens, i + 1);
    if (run || next < 0) continue;
    // "Opening of Brayshaw House" / "The Mayor announced that …" inside "Special Announcements from the Mayor …": one announcement of that item.
    const current = out[out.length - 1];
    if (current && ANNOUNCEMENTS_ITEM.test(current.title) && ANNOUNCEMENT.test(tokens[next].line.text)) continue;
    out.push({ at: i, titleIndex: i, number: null, title });
  }
  return out;
}

// An item of announcements, and the sentence each of its sub-headed announcements opens with.
const ANNOUNCEMENTS_ITEM = /\bannouncements?\b|\bcommunications\b/i;
const ANNOUNCEMENT = /^The\s+(?:Lord\s+)?(?:Mayor|Leader|Chair(?:man)?|Provost|Chief\s+Executive)\s+(?:announced|congratulated|informed|reported|welcomed|thanked|paid\s+tribute|expressed|presented)\b/;

/** How many content tokens come before index i. */
function contentIndex(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) if (isContent(tokens[k])) n++;
  return n;
}

function minutesStart(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'minutes-marker');
}

function buildItems(tokens: readonly Token[], candidates: Start[]): ItemSegment[] {
  // A start inside the previous item's heading ("1." whose title line is "5. …") is that heading, not an item.
  const starts: Start[] = [];
  for (const c of candidates) if (starts.length === 0 || c.at > starts[starts.length - 1].titleIndex) starts.push(c);
  const items: ItemSegment[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1].at - 1 : tokens.length - 1;
    // A title that is itself minutes text (a decision "R2018-206 …: That …", a label "Staff Reports: X, Role – verbal report") stays in the body.
    const bodyFrom = tokens[s.titleIndex].kind === 'resolved' || s.titleInBody ? s.titleIndex : s.titleIndex + 1;
    const after = tokens.slice(bodyFrom, end + 1);
    const m = minutesStart(after);
    let description: Token[] = [];
    let body: Token[];
    if (m >= 0) {
      description = after.slice(0, m).filter((t) => isContent(t) && t.kind !== 'documents-marker' && t.kind !== 'item-reference');
      const marker = after[m];
      // "Minutes: RESOLVED that …" on one line: the text is the first line of the minutes, classified as one.
      body = marker.text ? [classifyLine({ ...marker.line, text: marker.text, indent: marker.line.indent + 9 }), ...after.slice(m + 1)] : after.slice(m + 1);
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

  // "Agenda item" heads a single-item page; further down it is a table heading ("Member | Agenda Item").
  const markers = markerStarts(tokens).filter((m, k) => k > 0 || contentIndex(tokens, m.at) < 4);
  if (markers.length > 0) {
    return { header: tokens.slice(0, markers[0].at), items: buildItems(tokens, markers), layout: 'agenda-item' };
  }
  const decisions = decisionStarts(tokens);
  if (decisions.length > 0) {
    return { header: tokens.slice(0, decisions[0].at), items: buildItems(tokens, decisions), layout: 'headings' };
  }
  const motions = motionStarts(tokens, 0);
  if (motions.length >= 2) {
    return { header: tokens.slice(0, motions[0].at), items: buildItems(tokens, motions), layout: 'numbered' };
  }
  const restarts = restartHeadingStarts(tokens);
  if (restarts.length >= 2) {
    return { header: tokens.slice(0, restarts[0].at), items: buildItems(tokens, restarts), layout: 'headings' };
  }
  const headings = headingStarts(tokens);
  const numbered = numberedStarts(tokens);
  const references = referenceStarts(tokens);
  let starts: Start[] = [];
  let layout: Segmentation['layout'] = 'single';
  if (headings.length >= 2 && headings.length >= numbered.length) {
    starts = headings;
    layout = 'headings';
  } else if (references.length >= 2 && references.length >= numbered.length) {
    starts = references;
    layout = 'numbered';
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
    // A first line that is itself minutes text (a RESOLVED, a sentence) stays in the body too.
    const title = cleanTitle(tokens[first].line.text);
    const items = buildItems(tokens, [{ at: first, titleIndex: first, number: null, title }]);
    if (!isHeadingShaped(title) || tokens[first].kind === 'resolved') items[0].body = tokens.slice(first);
    return { header: [], items, layout: 'single' };
  }
  // Minutes text between a listing heading ("No. Item") and the first recognised item is an item whose
  // heading was lost: it takes its first line as title rather than vanishing into the header.
  const listing = lastListingHeading(tokens, starts[0].at);
  if (listing >= 0) {
    const orphan = nextContent(tokens, listing + 1, starts[0].at);
    if (orphan >= 0 && tokens.slice(orphan, starts[0].at).some((t) => t.kind === 'resolved' || t.kind === 'minutes-marker' || t.kind === 'text')) {
      starts = [{ at: orphan, titleIndex: orphan, number: null, title: cleanTitle(tokens[orphan].line.text) }, ...starts];
    }
  }
  const opening = unnumberedOpeningItem(tokens, starts[0].at);
  if (opening) starts = [opening, ...starts];
  return { header: tokens.slice(0, starts[0].at), items: buildItems(tokens, starts), layout };
}

/**
 * A decision between the attendance list and the first recognised item ("Election of Chair" /
 * "2. RESOLVED that Mr Cooke be elected to Chair the meeting." before "283. Apologies") belongs to an
 * unnumbered item. Its heading is the first line after the attendance list (capitalised section
 * furniture such as "UNRESTRICTED ITEMS" aside), standing alone, with the decision a few lines below.
 */
function unnumberedOpeningItem(tokens: readonly Token[], firstAt: number): Start | null {
  const from = afterTopAttendance(tokens);
  if (from <= 0) return null;
  let heading = -1;
  for (let i = from; i < firstAt && heading < 0; i++) {
    const t = tokens[i];
    if (!isContent(t) || (t.kind === 'text' && mostlyCapitals(t.line.text))) continue;
    const alone = !isContent(tokens[i - 1]) && (i + 1 >= tokens.length || !isContent(tokens[i + 1]));
    if (t.kind !== 'text' || !alone || !isOpeningHeading(t.line.text)) return null;
    heading = i;
  }
  if (heading < 0) return null;
  let content = 0;
  for (let i = heading + 1; i < firstAt && content <= OPENING_ITEM_REACH; i++) {
    if (tokens[i].kind === 'resolved') return { at: heading, titleIndex: heading, number: null, title: cleanTitle(tokens[heading].line.text) };
    if (isContent(tokens[i])) content++;
  }
  return null;
}

// How many content lines below its heading the opening decision may stand.
const OPENING_ITEM_REACH = 8;

/** "Election of Chair": a short mixed-case heading, no figures or dates, no closing punctuation, not a vote or outcome line. */
function isOpeningHeading(text: string): boolean {
  return isHeadingShaped(text) && wordCount(text) >= 2 && !/\d|[.:;,]$/.test(text) && !mostlyCapitals(text) && !STANDALONE_NOT_TITLE.test(text);
}

function lastListingHeading(tokens: readonly Token[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (tokens[i].rule === 'listing-furniture' && /^no\.?\s+item/i.test(tokens[i].line.text)) return i;
  return -1;
}
