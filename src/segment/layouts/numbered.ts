// Numbered item headings: "76.    Apologies", "5. Title", "Item 4: Budget", minute codes "CAB/45/26  Budget",
// and ModernGov pages that print each item number alone on its line above the title. Which numbered lines
// are headings is decided from the whole document: heading shape and the rising item-number sequence.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { COURTESY_TITLES, MEMBER_HONORIFICS, MONTHS, alternation } from '../../lexicon/index.js';
import {
  DATE_CODED_MINUTE,
  MARKER_KINDS,
  OUTCOME_LINE,
  STANDALONE_NOT_TITLE,
  afterTopAttendance,
  cleanTitle,
  inCapitals,
  isContent,
  isHeadingShaped,
  openingAboveAttendance,
  standsAsTitle,
  isSubNumber,
  headsSubItems,
  withoutSectionHeaders,
  mostlyCapitals,
  nextContent,
  wordCount,
  type Start,
} from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';
import { DASHED_MINUTE_CODE } from '../../tokenize/patterns.js';

// The running number of an item number: "12a" → 12, "35/20" → 35, a minute code "CAB/45/26" → 45, "C048/23" → 48, "HOS.55/24" → 55.
// A date-coded "21.01.03" runs on its last part.
// A dashed code "GM-07.25-01" runs on the number after its last dash.
// A council year then the number after a dash, "FC 23/24-046", runs on that number.
const integerPart = (n: string): number =>
  DATE_CODED_MINUTE.test(n) || YEAR_DASH_NUMBER.test(n) ? parseInt(n.slice(n.lastIndexOf(n.includes('-') ? '-' : '.') + 1), 10) : DASHED_CODE.test(n) ? parseInt(n.slice(n.lastIndexOf('-') + 1), 10) : parseInt(n.replace(CODE_LETTERS, ''), 10);
// (The year stands alone after the letters' space: "Cou/286/07-08" is a running number then a year.)
const YEAR_DASH_NUMBER = /(?:^|\s)\d{2}\/\d{2}-\d{1,4}$/;
const DASHED_CODE = new RegExp(`^${DASHED_MINUTE_CODE}$`);
// Module-level patterns for the tests run on every numbered line (a literal in a function is a new object at each call).
const CODE_LETTERS = /^[A-Z][A-Z&]{0,5}[./]?/i;
const ENDS_IN_LETTER = /[a-z]$/i;
const LEADING_LETTERS = /^[A-Z][A-Z&]{0,5}/i;
const ENDS_SENTENCE = /[.!?]$/;
const MARKER_CLOSE = /[.)]$/;
const PLAIN_NUMBER = /^\d{1,3}$/;
const STARTS_LOWER = /^[a-z]/;

// The resolution or minute reference printed after a heading in capitals ("4 MINUTES 162/17", NSW minutes); not a
// financial year ("BUDGET 2024/25") nor an application reference ("23/01234").
const TRAILING_REFERENCE_NUMBER = /\s+\d{1,3}\/\d{2}$/;
const withoutResolutionReference = (title: string): string => (mostlyCapitals(title) && TRAILING_REFERENCE_NUMBER.test(title) ? title.replace(TRAILING_REFERENCE_NUMBER, '') : title);

// A minute number and year before a long line ("253/25 SARM Resolution – Lapointe: That …"). Group 1: the number; group 2: the rest.
const LONG_MINUTE_LINE = /^(\d{1,4}\/\d{2,4})\s+(\S.*)$/;

// An item number in brackets, as some councils print their minute numbers: "(4)". Group 1: the number.
const BRACKETED_NUMBER = /^\((\d{1,3})\)$/;

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
  // A minute code whose letters stand before the year ("P24/061", "FC/24/101"): the same, after the letters.
  const slashed = usable.map((c) => /^(?:[A-Z][A-Z&]{0,5}[./ ]?)?(\d{1,4})\/(\d{1,4})$/i.exec(c.number!));
  const yearFirst = slashed.filter((m) => m !== null).length >= 2 && new Set(slashed.filter((m) => m !== null).map((m) => m![1])).size === 1;
  const value = usable.map((c, k) => (slashed[k] && yearFirst ? parseInt(slashed[k]![2], 10) : integerPart(c.number!)));
  const lettered = usable.map((c) => ENDS_IN_LETTER.test(c.number!));
  // One numbering scheme: "7" does not run on into an action log's "AE/24/08", nor "CAB 12" into "13".
  const schemeName = usable.map((c) => `${(LEADING_LETTERS.exec(c.number!)?.[0] ?? '').toUpperCase()}${c.number!.includes('/') ? '/' : ''}`);
  // Each scheme as a small number, compared in the inner loop instead of its name.
  const schemeIds = new Map<string, number>();
  const scheme = Int32Array.from(schemeName, (name) => {
    let id = schemeIds.get(name);
    if (id === undefined) schemeIds.set(name, (id = schemeIds.size));
    return id;
  });
  // Last tie-break: fewer titles worded as sentences ("3. No parking is shown." in a list of reasons, against "3. Precept").
  const worded: number[] = usable.map((c) => (ENDS_SENTENCE.test(c.title) ? 1 : 0));
  const length = new Array<number>(n).fill(1);
  const gaps = new Array<number>(n).fill(0);
  const sentences = worded.slice();
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const vi = value[i];
    const si = scheme[i];
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      // j chains to i: the same scheme, and a rise of at most MAX_NUMBER_GAP or a repeat with a letter ("5" then "5a").
      const rise = vi - value[j];
      if (scheme[j] !== si || !((rise > 0 && rise <= MAX_NUMBER_GAP) || (rise === 0 && lettered[i] && usable[j].number !== usable[i].number))) continue;
      const len = length[j] + 1;
      const gap = gaps[j] + rise;
      const said = sentences[j] + worded[i];
      if (len > length[i] || (len === length[i] && (gap < gaps[i] || (gap === gaps[i] && said < sentences[i])))) {
        length[i] = len;
        gaps[i] = gap;
        sentences[i] = said;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) {
    if (length[i] > length[best] || (length[i] === length[best] && (gaps[i] < gaps[best] || (gaps[i] === gaps[best] && sentences[i] < sentences[best])))) best = i;
  }
  const chain: Start[] = [];
  for (let i = best; i >= 0; i = prev[i]) chain.push(usable[i]);
  return chain.reverse();
}

/**
 * Lines of a numbered list that a RESOLVED clause introduces with a colon
 * ("RESOLVED – That the application be APPROVED subject to the following
 * conditions:" then "1. Standard Time", "2. Approved Plans"), or that a motion's
 * "That Council:" introduces: clauses of the resolution, never item headings. The list runs 1, 2, 3 … over numbered
 * lines and blank lines only; any other line, or a number out of turn, ends it.
 */
// A motion's wording that opens a list of clauses: "That Council:", "THAT the Board:-" (Australian and New Zealand minutes).
const THAT_LEAD_IN = /^\s*that\s[^.;:]{1,120}:-?\s*$/i;
// A body's decision ending in a colon: "The Committee agreed:-", "Council resolved as follows:", "Members decided:".
const BODY_DECIDED_LEAD_IN = /\b(?:agreed|resolved|decided)(?:\s+(?:unanimously|as\s+follows))?\s*:-?\s*$/i;

const ENDS_IN_COLON = /:-?\s*$/;

function resolutionListLines(tokens: readonly Token[]): ReadonlySet<number> {
  // Read by the candidates and by the section-numbered headings of the same document: made once.
  if (tokens === clausesOf.tokens) return clausesOf.lines;
  const lines = findResolutionListLines(tokens);
  clausesOf = { tokens, lines };
  return lines;
}
let clausesOf: { tokens: readonly Token[] | null; lines: ReadonlySet<number> } = { tokens: null, lines: new Set() };

function findResolutionListLines(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const lead = tokens[i];
    // The closing colon first: most lines have none, and it is the cheapest of the tests.
    if ((lead.kind !== 'resolved' && lead.kind !== 'text') || !ENDS_IN_COLON.test(lead.line.text)) continue;
    if (lead.kind === 'text' && !THAT_LEAD_IN.test(lead.line.text) && !BODY_DECIDED_LEAD_IN.test(lead.line.text)) continue;
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

// A date alone ("18 March 2020", "March 18, 2020"): a page's running footer after its page number ("1   18 March 2020"), never an item's title.
const DATE_ALONE = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${alternation(MONTHS)},?\\s+\\d{4}|${alternation(MONTHS)}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})$`, 'i');

// How many lines below a number alone its title may stand (blank lines and link residue between).
const TITLE_REACH = 12;
// A sentence-worded title longer than this is minutes text, not a title.
const MAX_SENTENCE_TITLE = 300;

/** The numbered lines that may head items, before the sequence test. */
export function numberedCandidates(tokens: readonly Token[]): Start[] {
  const cands: Start[] = [];
  const sentenceTitled = new Set<Start>();
  const clauses = resolutionListLines(tokens);
  // The run of numbered lines just read that were not headings (a list's entries, opening with the same word).
  let list: NumberedList | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (clauses.has(i)) continue;
    let fusedBullet: ReturnType<typeof fusedHeading> = null;
    if (t.kind === 'item-number' && t.marker && !isSubNumber(t.marker)) {
      // The title is the next non-blank line, even one that reads like furniture ("Minutes").
      let j = i + 1;
      while (j < tokens.length && j < i + TITLE_REACH && (tokens[j].kind === 'blank' || tokens[j].rule === 'link-residue')) j++;
      if (j >= tokens.length || j >= i + TITLE_REACH) continue;
      const next = tokens[j];
      if (next.rule === 'listing-furniture') {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(next.line.text) });
        continue;
      }
      const text = next.kind === 'numbered-heading' ? next.line.text : next.text;
      const lineTitle = next.kind === 'text' || next.kind === 'heading' || next.kind === 'attendance' ? cleanTitle(next.line.text) : '';
      if ((next.kind === 'text' || next.kind === 'heading' || next.kind === 'attendance') && isHeadingShaped(lineTitle)) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: lineTitle });
      } else if (next.kind === 'numbered-heading' && isHeadingShaped(text)) {
        cands.push({ at: i, titleIndex: j, number: t.marker, title: cleanTitle(text) });
      } else if (next.kind === 'text' && next.line.text.length <= MAX_SENTENCE_TITLE && MARKER_KINDS.has(tokens[nextContent(tokens, j + 1)]?.kind ?? 'blank')) {
        // ModernGov prints an item's number, its title, then "Minutes:" or "Additional documents:": a
        // title worded as a sentence ("To confirm that the items marked Part 1 will be considered in public") is still the title.
        const c: Start = { at: i, titleIndex: j, number: t.marker, title: lineTitle };
        cands.push(c);
        sentenceTitled.add(c);
      }
    } else if ((t.kind === 'numbered-heading' || (t.kind === 'bullet' && t.line.text.length > MAX_HEADING_LINE && (fusedBullet = fusedHeading(cleanTitle(t.text), (t.marker ?? '').replace(MARKER_CLOSE, ''))))) && t.marker && !isSubNumber(t.marker)) {
      // The heading's text, cleaned once for every test below.
      const headingText = cleanTitle(t.text);
      if (DATE_ALONE.test(headingText)) continue;
      const marker = t.marker.replace(MARKER_CLOSE, '');
      // A long bullet's fused heading was read above, from the same text and marker.
      const fused = t.kind === 'bullet' ? fusedBullet : fusedHeading(headingText, marker);
      const title = fused ? fused.label : withoutResolutionReference(headingText);
      const opening = firstWord(title);
      // "2. Waste Management Service Charge – $342 per tenement;": an entry of a list ends in a semicolon, a heading never.
      const accepted: boolean = !LIST_ENTRY_END.test(headingText) && (isHeadingShaped(title) || labelDashSentence(title)) && !continuesOnNextLine(tokens, i) && !continuesList(list, marker, opening);
      const wrapped = !fused && accepted ? wrappedCapitals(tokens, i, title) : null;
      if (wrapped) cands.push({ at: i, titleIndex: i + 1, number: marker, title: `${title} ${wrapped}` });
      else if (accepted) cands.push(fused ? { at: i, titleIndex: i, number: marker, title, titleInBody: true, minutesOnTitleLine: fused.minutes } : { at: i, titleIndex: i, number: marker, title });
      list = accepted ? null : { marker, opening, length: list && follows(list.marker, marker) && list.opening === opening ? list.length + 1 : 1 };
    } else if (t.kind === 'text' && t.line.text.length > MAX_HEADING_LINE) {
      // A minute too long for a heading line, its heading fused with its motion: "253/25 SARM Resolution – Lapointe: That …".
      const m = LONG_MINUTE_LINE.exec(cleanTitle(t.line.text));
      const fused = m ? fusedHeading(m[2], m[1]) : null;
      if (m && fused && isHeadingShaped(fused.label)) cands.push({ at: i, titleIndex: i, number: m[1], title: fused.label, titleInBody: true, minutesOnTitleLine: fused.minutes });
    } else if (t.kind === 'bullet' && t.marker && BRACKETED_NUMBER.test(t.marker)) {
      // "(4) PLANNING APPLICATIONS": a bracketed number before a heading in capitals; "(1) to approve the
      // programme …" is a clause of a decision, never a heading (so the title must be set in capitals).
      // A title in mixed case ("(1) Acknowledgement of Country") is a heading when its minutes follow it: a clause
      // of a decision is followed by the next clause, not by prose.
      const title = cleanTitle(t.text);
      const headsProse = (): boolean => {
        const next = tokens[nextContent(tokens, i + 1)];
        return next !== undefined && next.kind !== 'bullet' && next.kind !== 'numbered-heading' && /^[A-Z]/.test(title) && !continuesOnNextLine(tokens, i);
      };
      if ((mostlyCapitals(title) || headsProse()) && isHeadingShaped(title) && !/[.;,:]$/.test(title)) cands.push({ at: i, titleIndex: i, number: BRACKETED_NUMBER.exec(t.marker)![1], title });
    }
  }
  // ModernGov meeting pages print every item number on its own line: when they do, numbered lines are paragraphs.
  // Titles worded as sentences count only on such a page: at least two numbers alone over heading-shaped titles.
  const alone = cands.filter((c) => tokens[c.at].kind === 'item-number');
  const strong = alone.filter((c) => !sentenceTitled.has(c));
  return strong.length >= 2 ? alone : cands.filter((c) => !sentenceTitled.has(c));
}

/** The numbered headings that form the document's item sequence. */
export function numberedStarts(tokens: readonly Token[]): Start[] {
  const cands = numberedCandidates(tokens);
  const chain = risingSequence(cands);
  // A word processor's list that lost its numbering prints every heading "1." ("1. CHAIR'S REPORT", "1. SECRETARY'S
  // REPORT"): the numbers say nothing, so every heading counts, except a numbered point that runs on into its minutes
  // after a colon under the heading before it ("3. Night bus services: McGills had withdrawn …").
  const ones = cands.filter((c) => c.number === '1' && tokens[c.at].kind === 'numbered-heading');
  if (ones.length >= MIN_LOST_NUMBERING && ones.length > chain.length) return cands.filter((c) => c.number === '1' || !c.titleInBody);
  const starts = withOtherCodeSchemes(cands, withSubItems(tokens, chain));
  // An N.0 heading over N.1 that only groups them is a section header (plain N over N.1 is read by withSubItems).
  const sectioned = withoutSectionHeaders(tokens, sectionNumberedStarts(tokens, starts));
  // Alone, section-numbered headings need two to make a layout.
  return chain.length === 0 && sectioned.length < MIN_SECTION_NUMBERED ? [] : withUnnumberedCapitalHeadings(tokens, sectioned);
}

// The lettered prefix of a minute code, its numbering scheme ("MM03/25" → "MM", "QN04/25" → "QN"); '' for a plain number.
const codePrefix = (number: string | null): string => (number === null ? '' : (CODE_PREFIX.exec(number)?.[0] ?? '').toUpperCase());
const CODE_PREFIX = /^[A-Z]{1,6}(?=[./]?\d)/i;
// The year closing a minute code ("QN04/25" → "25"), or null.
const codeYear = (number: string | null): string | null => (number === null ? null : (/\/(\d{2,4})$/.exec(number)?.[1] ?? null));
// How many items a coded sequence needs before codes of other prefixes may take their turn beside it.
const MIN_CODED_SEQUENCE = 2;

/**
 * Minute codes of other prefixes that take their turn beside the item sequence: Australian minutes code each
 * section's items by its own letters ("MM03/25 Recognition of …" under "MAYORAL MINUTE", then "QN04/25 …",
 * "QN05/25 …" under "QUESTIONS WITH NOTICE"). A prefix's own rising run is a block of items when it lies wholly
 * outside the span of every block already taken (blocks take turns, they do not interleave); a code of an action
 * log or a cross-reference inside an item's minutes lies within a block's span, and stays there. Plain numbers
 * never form a second block: they are clauses and paragraphs.
 */
function withOtherCodeSchemes(cands: readonly Start[], starts: readonly Start[]): Start[] {
  // Only beside a coded sequence of two or more: a plain-numbered one's later codes are an action log or references,
  // and a code met once may be a reference in a table of interests ("CS21/14" beside a declaration).
  if (starts.length < MIN_CODED_SEQUENCE || codePrefix(starts[0].number) === '') return [...starts];
  const blocks: Array<[number, number]> = [[starts[0].at, starts[starts.length - 1].at]];
  const taken = new Set(starts.map((s) => codePrefix(s.number)));
  const year = codeYear(starts[0].number);
  const out = [...starts];
  const prefixes = [...new Set(cands.map((c) => codePrefix(c.number)))].filter((p) => p !== '' && !taken.has(p)).sort();
  for (const prefix of prefixes) {
    const run = risingSequence(cands.filter((c) => codePrefix(c.number) === prefix));
    // Codes of one meeting's minutes share its year ("MM03/25", "QN04/25"); an action log's "AE/24/08" beside "CAB/45/26" does not.
    if (run.length === 0 || (year !== null && run.some((c) => codeYear(c.number) !== year))) continue;
    const from = run[0].at;
    const to = run[run.length - 1].at;
    if (blocks.some(([a, b]) => from <= b && to >= a)) continue;
    blocks.push([from, to]);
    out.push(...run);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Unnumbered headings in capitals among numbered items whose titles are in capitals too ("1." "OPENING
 * PRAYER", then "RECOGNITION" with its minutes, then "2." "QUESTION PERIOD"; "PUBLIC QUESTION TIME" below the
 * attendance, then "10.1 TENDER 05/2025 …"): Canadian and Australian minutes number the agenda's business but
 * not the ceremonies and question times around it. Such a heading follows a blank line or an outcome ("CARRIED
 * 4/0"), is followed by a sentence of minutes (a section heading is followed by the next numbered heading), and
 * is not an outcome, a label or the line after another heading in capitals. An opening item ("DECLARATION OF
 * OPENING") may stand above the attendance list.
 */
function withUnnumberedCapitalHeadings(tokens: readonly Token[], starts: readonly Start[]): Start[] {
  if (starts.length < MIN_CAPITAL_TITLED) return [...starts];
  const capitalTitles = starts.filter((s) => inCapitals(s.title)).length;
  // Items numbered by several schemes in turn (codes of two prefixes, section numbers) show minutes that number
  // only part of their business: the ceremonies between are headed in capitals even when coded titles are not.
  const schemes = new Set(starts.map((s) => codePrefix(s.number) || (s.number?.includes('.') ? '.' : '#'))).size;
  if (capitalTitles < starts.length * CAPITAL_TITLED_SHARE && !(schemes >= MIN_SCHEMES_IN_TURN && capitalTitles >= MIN_CAPITAL_TITLED)) return [...starts];
  const out: Start[] = [];
  const scan = (from: number, end: number, floor: number, titled: boolean): void => {
    for (let i = from; i < end; i++) {
      const t = tokens[i];
      const before = tokens[i - 1];
      // An attendance label alone ("APOLOGIES") heads an item when a decision, not a list of names, follows it.
      const label = t.kind === 'attendance' && t.text === '';
      if ((t.kind !== 'text' && !label) || before === undefined || !(before.kind === 'blank' || OUTCOME_LINE.test(before.line.text.trim()))) continue;
      const title = cleanTitle(t.line.text);
      if (!inCapitals(title) || wordCount(title) > MAX_UNNUMBERED_WORDS || /[.,;:]$/.test(title) || !isHeadingShaped(title) || (!label && !standsAsTitle(title))) continue;
      const next = nextContent(tokens, i + 1, end);
      // Its minutes open with a sentence, or with the decision ("CONFIRMATION OF MINUTES" then "RESOLVED (Cr A / Cr B)").
      const decided = next >= 0 && tokens[next].kind === 'resolved';
      if (label && !decided) continue;
      if (next < 0 || (!decided && (tokens[next].kind !== 'text' || inCapitals(tokens[next].line.text) || !/[.!?)"”]$/.test(tokens[next].line.text.trim())))) continue;
      // Not the numbered heading's second line, nor the second of two lines in capitals (an outcome "CARRIED 4/0" aside).
      let previous = i - 1;
      while (previous > floor && !isContent(tokens[previous])) previous--;
      if ((previous === floor && titled) || (inCapitals(tokens[previous].line.text) && !OUTCOME_LINE.test(tokens[previous].line.text.trim()))) continue;
      out.push({ at: i, titleIndex: i, number: null, title });
    }
  };
  const opening = openingAboveAttendance(tokens, starts[0].at);
  if (opening) out.push(opening);
  // Below the attendance list at the top, before the first numbered item.
  const top = afterTopAttendance(tokens);
  if (top > 0 && top < starts[0].at) scan(top, starts[0].at, top - 1, false);
  for (let k = 0; k < starts.length; k++) {
    out.push(starts[k]);
    scan(starts[k].titleIndex + 1, k + 1 < starts.length ? starts[k + 1].at : tokens.length, starts[k].titleIndex, true);
  }
  return out;
}
// How many numbered items, and what share of them titled in capitals, show the document's heading style.
const MIN_CAPITAL_TITLED = 2;
const CAPITAL_TITLED_SHARE = 0.75;
// How many numbering schemes in turn show minutes that number only part of their business.
const MIN_SCHEMES_IN_TURN = 2;
// An unnumbered heading between numbered items is short.
const MAX_UNNUMBERED_WORDS = 8;

/**
 * Items numbered by their agenda section ("6.1 CONFIRMATION OF MINUTES", "9.2 RURAL ROADS RESEALING PROGRAM",
 * "10.1.1 MONTHLY FINANCIAL STATEMENTS") whose section headings ("9. REPORTS", "10.1 CORPORATE SERVICES") are
 * not printed: an excerpt, or a short meeting, of Australian and New Zealand minutes. Such a heading is an item
 * when its numbers rise from the item before it into a later section, and below the item after it; it is a
 * heading with minutes of its own. A sub-number of the item before ("2.3" under "2.") stays that item's
 * paragraph (sub-items are read as a run from N.1 by withSubItems), and numbered paragraphs ("2.1 The
 * Committee considered …") are sentences, never headings.
 */
function sectionNumberedStarts(tokens: readonly Token[], starts: readonly Start[]): Start[] {
  const clauses = resolutionListLines(tokens);
  const out = [...starts];
  const taken = new Set(starts.map((s) => s.at));
  // Section-numbered headings taking their turn between minute codes, by the code above them (-1: above the first).
  const turns = new Map<number, Start[]>();
  // Each number's parts read once: the items around every candidate are read again and again.
  const parts = new Map<string | null, readonly number[] | null>();
  const partsOf = (number: string | null): readonly number[] | null => {
    let p = parts.get(number);
    if (p === undefined) parts.set(number, (p = sectionParts(number)));
    return p;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'numbered-heading' || !t.marker || clauses.has(i) || taken.has(i)) continue;
    const m = SECTION_NUMBER.exec(t.marker);
    if (!m) continue;
    const title = cleanTitle(t.text);
    if (!isHeadingShaped(title) || (/[.;:?]$/.test(title) && !mostlyCapitals(title)) || continuesOnNextLine(tokens, i)) continue;
    const number = m[1];
    // "07.18.04": a date-coded minute number (month, year, minute), read by the chain when it is one.
    if (DATE_CODED_MINUTE.test(number)) continue;
    const k = out.findIndex((s) => s.at > i);
    const nextStart = k < 0 ? undefined : out[k];
    let before: Start | undefined = k < 0 ? out[out.length - 1] : out[k - 1];
    let after = nextStart;
    const here = partsOf(number);
    if (here === null) continue;
    // Between minute codes of two prefixes, or above the first code, section numbers take their turn as a block of
    // their own ("MM03/25 …", then "ITEM 7.1 …", "ITEM 7.2 …", then "QN04/25 …"): the codes do not bound them. After
    // the last code, or between two codes of one prefix, they are that item's paragraphs, unless labelled as items
    // ("ITEM 9.1 …" after the mayoral minute's code).
    const codedBelow = starts.find((s) => s.at > i);
    let codedAbove: Start | undefined;
    for (let a = starts.length - 1; a >= 0 && codedAbove === undefined; a--) if (starts[a].at < i) codedAbove = starts[a];
    const inTurn = (codedBelow !== undefined && codePrefix(codedBelow.number) !== '') || (codedAbove !== undefined && codePrefix(codedAbove.number) !== '');
    if (inTurn) {
      const labelled = /^\p{L}/u.test(t.line.text.trim());
      if ((codedBelow === undefined && !labelled) || (codedAbove !== undefined && codedBelow !== undefined && codePrefix(codedAbove.number) === codePrefix(codedBelow.number))) continue;
      if (before !== undefined && codePrefix(before.number) !== '') before = undefined;
      if (after !== undefined && codePrefix(after.number) !== '') after = undefined;
    }
    if (before !== undefined) {
      const previous = partsOf(before.number);
      if (previous === null || compareParts(here, previous) <= 0 || here[0] > previous[0] + MAX_NUMBER_GAP) continue;
      // Under a whole-numbered item, only a later section: its own sub-numbers are its paragraphs.
      if (previous.length === 1 && here[0] === previous[0]) continue;
    }
    if (after !== undefined) {
      const next = partsOf(after.number);
      if (next === null || compareParts(next, here) <= 0) continue;
    }
    // Minutes of its own before the next heading.
    const content = nextContent(tokens, i + 1);
    if (content < 0 || (nextStart !== undefined && content >= nextStart.at)) continue;
    const start: Start = { at: i, titleIndex: i, number, title };
    out.splice(k < 0 ? out.length : k, 0, start);
    taken.add(i);
    if (inTurn) {
      const gap = codedAbove?.at ?? -1;
      turns.set(gap, [...(turns.get(gap) ?? []), start]);
    }
  }
  // A block taking its turn is a run: one section number alone between codes is a reference or a paragraph.
  const lone = new Set([...turns.values()].filter((run) => run.length < MIN_SECTION_NUMBERED).flat());
  return lone.size === 0 ? out : out.filter((s) => !lone.has(s));
}
// "9.2", "10.1.1" (a closing full stop or bracket dropped): an item numbered by its section. Group 1: the number.
const SECTION_NUMBER = /^(\d{1,3}\.\d{1,2}(?:\.\d{1,2})?)[.)]?$/;
// Section-numbered headings make a layout on their own when there are this many.
const MIN_SECTION_NUMBERED = 2;

/** The parts of an item number read as sections ("10.1.1" → [10, 1, 1], "7" → [7]), or null when it is not one. */
function sectionParts(number: string | null): number[] | null {
  return number !== null && /^\d{1,3}(?:\.\d{1,2}){0,2}$/.test(number) ? number.split('.').map(Number) : null;
}

/** Orders section numbers part by part: 9.3 < 10.1 < 10.1.1 < 10.2. */
function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
  return a.length - b.length;
}

/**
 * Numbered sub-items with headings of their own ("5. CORPORATE SERVICES" then "5.1 Quarterly Financial
 * Report", "5.2 Library Opening Hours", each with its minutes) are items, as Australian, New Zealand and
 * Canadian minutes number their reports. A parent's sub-items count only as a run from N.1 rising by one,
 * each heading-shaped and followed by text of its own: numbered paragraphs of one minute ("338.1 The
 * Committee considered …") are sentences, and stay in their minute.
 */
function withSubItems(tokens: readonly Token[], chain: readonly Start[]): Start[] {
  if (chain.length === 0) return [...chain];
  const out: Start[] = [];
  for (let k = 0; k < chain.length; k++) {
    const parent = chain[k];
    const end = k + 1 < chain.length ? chain[k + 1].at : tokens.length;
    const major = parent.number !== null && /^\d{1,3}$/.test(parent.number) ? parent.number : null;
    const run = major === null ? [] : subItemRun(tokens, parent, end, 1);
    // A section header opens its first sub-item's span, so its line joins no item's minutes.
    const section = sectionOverSubItems(tokens, parent, run);
    const subs = section ? [{ ...run[0], at: parent.at }, ...run.slice(1)] : run;
    if (!section) out.push(parent);
    for (let s = 0; s < subs.length; s++) {
      // Australian agendas number a third level under a section ("9.1 CORPORATE SERVICES", "9.1.1 Monthly
      // Financial Statements"): a sub-item with a run of its own holds those items, and one with no minutes
      // of its own before them is a section header, not an item.
      const subEnd = s + 1 < subs.length ? subs[s + 1].at : end;
      const third = subItemRun(tokens, subs[s], subEnd, 2);
      if (third.length === 0 || nextContent(tokens, subs[s].titleIndex + 1) < third[0].at) out.push(subs[s], ...third);
      // The section header opens its first item's span (as a parent section does above).
      else out.push({ ...third[0], at: subs[s].at }, ...third.slice(1));
    }
  }
  return out;
}

/**
 * A numbered parent that only groups its sub-items ("10. CHIEF EXECUTIVE OFFICER'S REPORTS" then "10.1 Monthly
 * Financial Report", "7 QUESTIONS WITH NOTICE" then "7.1 QUESTION WITH NOTICE - CR PAPADAKIS - …"): no minutes of
 * its own stand before its first sub-item, and its title names a group of items ("REPORTS", "DELEGATIONS", "NEW
 * BUSINESS") or is repeated, singular or plural, at the head of the sub-item's title ("Notices of Motion" over
 * "Notice of Motion 11/2024 – …"). Such a section header is no item. A parent heading a business of its own
 * ("2 Public Forum" over "2.1 Bus Users Support Group") stays an item though its minutes all sit in sub-items.
 */
function sectionOverSubItems(tokens: readonly Token[], parent: Start, subs: readonly Start[]): boolean {
  if (subs.length === 0 || nextContent(tokens, parent.titleIndex + 1) !== subs[0].at) return false;
  return headsSubItems(parent.title, subs[0].title);
}

/**
 * The run of sub-item headings under a parent numbered N (depth 1: "N.1", "N.2" …) or N.M (depth 2: "N.M.1" …),
 * rising by one from 1, each heading-shaped and followed by text of its own; fewer than two is no run.
 */
function subItemRun(tokens: readonly Token[], parent: Start, end: number, depth: 1 | 2): Start[] {
  const subs: Start[] = [];
  for (let i = parent.titleIndex + 1; i < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'numbered-heading' || !t.marker) continue;
    const m = (depth === 1 ? SUB_ITEM_NUMBER : THIRD_LEVEL_NUMBER).exec(t.marker);
    if (!m || m[1] !== parent.number) continue;
    const title = cleanTitle(t.text);
    // The run must rise by one from N.1: "5.3" without "5.1" and "5.2" before it is a reference, not a heading.
    // A numbered question ("7.1 Cr Foss – Question: When will …?") is a record under its item, and a numbered
    // sentence or label ("2.1 The Housing Manager spoke to the report.") a paragraph of it: headings end in neither.
    if (Number(m[2]) !== subs.length + 1 || !isHeadingShaped(title) || (/[.;:?]$/.test(title) && !mostlyCapitals(title)) || continuesOnNextLine(tokens, i) || nextContent(tokens, i + 1) >= end) break;
    subs.push({ at: i, titleIndex: i, number: `${m[1]}.${m[2]}`, title });
  }
  // A lone "7.1 By-law 2024-58 …" counts when its parent has no minutes of its own before it ("7. BY-LAWS"): the parent is a section.
  // Not a sentence ("4.1 Councillor Dunmore arrived at 4.25pm."): a numbered paragraph. A motion named after its mover
  // ("6.1 Cr Harlow - Heavy Vehicle Route Review") is an item.
  const sectionOnly = subs.length === 1 && nextContent(tokens, parent.titleIndex + 1) === subs[0].at && !/[.;:]$/.test(subs[0].title);
  return subs.length >= MIN_SUB_ITEMS || sectionOnly ? subs : [];
}
// "5.1", "5.1." or "5.1)": a parent's number and the sub-item's.
const SUB_ITEM_NUMBER = /^(\d{1,3})\.(\d{1,2})[.)]?$/;
// "9.1.2": a sub-item's number and the item's under it.
const THIRD_LEVEL_NUMBER = /^(\d{1,3}\.\d{1,2})\.(\d{1,2})[.)]?$/;
// One sub-heading alone may be a paragraph label; two in a run are a numbering scheme.
const MIN_SUB_ITEMS = 2;
// How many headings numbered "1." show that a list lost its numbering.
const MIN_LOST_NUMBERING = 3;

// "Planning – The following planning documents had been received": a short label, a dash, then a sentence that
// introduces the item's list. Group 1: the label.
const LABEL_DASH = /^([A-Z][\w'’&/ ]{1,40}?)\s[–—-]\s(?=\p{Lu})/u;
const MAX_DASH_LABEL_WORDS = 4;
const MAX_DASH_TITLE = 160;

/** A numbered heading worded "Label – sentence": the label is a heading, so the line is the item's title. */
function labelDashSentence(title: string): boolean {
  const m = LABEL_DASH.exec(title);
  return m !== null && title.length <= MAX_DASH_TITLE && wordCount(m[1]) <= MAX_DASH_LABEL_WORDS && isHeadingShaped(m[1]);
}

const LIST_ENTRY_END = /;\s*(?:and|or)?$/;

/** "Apologies for absence: Cllr O Marshall", "Finance Report:The report had been circulated.": a heading and its minutes on one line. */
const LABEL_THEN_MINUTES = /^([A-Z][^:]{2,80}?)\s?:\s*(\S.{0,400})/;
/** A motion's wording after the colon: "That the minutes … be adopted". */
const MOTION_FOLLOWS = /^(?:THAT|That)\b/;
/** A label ending in a dash and one capitalised surname, the mover's ("Minutes – Reimer"). Groups: 1 heading, 2 surname. */
const MOVER_AFTER_DASH = /^(.{2,80}?)\s+[–—-]\s+([A-Z][A-Za-z'’-]{1,30})$/;
// A label is a heading of a few words.
const MAX_LABEL_WORDS = 10;

// Numbered lines longer than this are classed as paragraphs (bullets); one may still open with a fused heading.
const MAX_HEADING_LINE = 200;

/**
 * The heading of a numbered line that runs on into its minutes: after a colon ("Apologies for absence: Cllr
 * O Marshall"), or before its first numbered paragraph ("5. Minutes 5.1 Councillors considered …"). Not
 * when what follows the colon belongs to the heading: a date or a capitalised phrase ("MINUTES: 7th DECEMBER 2010").
 */
function fusedHeading(text: string, marker: string): { label: string; minutes: string } | null {
  const paragraph = PLAIN_NUMBER.test(marker) ? text.indexOf(` ${marker}.1 `) : -1;
  if (paragraph > 0 && paragraph <= MAX_FUSED_LABEL) return { label: text.slice(0, paragraph).trim(), minutes: text.slice(paragraph + 1) };
  // "245/25 Call to Order – Reeve Tkachuk called the meeting to order at 9:02 a.m.", "250/25 Foreman's Report – Sawchyn:
  // That the report be accepted. Carried.": a label, a dash, then the minute's whole text (a sentence, or a mover's motion).
  const dashed = LABEL_DASH_MINUTES.exec(text);
  if (dashed && wordCount(dashed[1]) <= MAX_DASH_LABEL_WORDS + 2 && isHeadingShaped(dashed[1]) && readsAsMinutes(dashed[2])) return { label: dashed[1].trim(), minutes: dashed[2] };
  const m = LABEL_THEN_MINUTES.exec(text);
  if (!m || m[1].split(/\s+/).length > MAX_LABEL_WORDS || !readsAsMinutes(m[2])) return null;
  // "247/25 Minutes – Reimer: That the minutes … Carried.": the mover's surname after the dash moves the motion; it is minutes.
  const mover = MOTION_FOLLOWS.test(m[2]) ? MOVER_AFTER_DASH.exec(m[1].trim()) : null;
  if (mover) return { label: mover[1], minutes: `${mover[2]}: ${m[2]}` };
  return { label: m[1].trim(), minutes: m[2] };
}
// A label, a spaced dash, then minutes opening with a capital and closing a sentence. Group 1: the label; group 2: the minutes.
const LABEL_DASH_MINUTES = /^(\p{Lu}[^–—:;.]{1,60}?)\s[–—-]\s(\p{Lu}.{10,}[.!?])$/u;
/**
 * What follows a heading's colon is minutes when it is a sentence (a lower-case word other than a
 * connector), names people ("Cllr O Marshall") or says there were none; a capitalised phrase ("First
 * Quarter Progress") or a date ("7th DECEMBER 2010") continues the heading.
 */
function readsAsMinutes(text: string): boolean {
  if (/^\d/.test(text) || mostlyCapitals(text)) return false;
  if (NAMES_OR_NONE.test(text)) return true;
  for (const w of text.slice(0, 200).split(/\s+/)) if (/^\p{Ll}/u.test(w) && !CONNECTOR.test(w)) return true;
  return false;
}
const NAMES_OR_NONE = new RegExp(`^(?:${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])}\\.?\\s|(?:none|nil|no\\s)\\b)`, 'i');
// Small words inside a capitalised title ("Review of Parking and Traffic").
const CONNECTOR = /^(?:of|and|for|from|the|to|in|on|by|with|at|a|an|&|-|–)$/;

// How long a heading fused with its first paragraph may be.
const MAX_FUSED_LABEL = 120;

interface NumberedList {
  marker: string;
  /** The entries' first word: "Details" in "1  Details of any employment …". */
  opening: string;
  length: number;
}

const follows = (previous: string, marker: string): boolean => /^\d+$/.test(previous) && Number(marker) === Number(previous) + 1;
const firstWord = (text: string): string => FIRST_WORD.exec(text)![0].toLowerCase();
const FIRST_WORD = /^[\p{L}\p{N}'’-]*/u;

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

// A heading's second line is short.
const MAX_WRAPPED_WORDS = 8;

// A reference number closing a label: "2024/112", "No. 45", "#24-131".
const TRAILING_REFERENCE = /\s+(?:no\.?\s*|#\s?)?[\w./-]{0,12}\d[\w./-]{0,12}$/i;

/** A heading in capitals wrapped onto the next line ("100. DECLARATIONS" / "OF INTEREST"): the second line, or null. */
export function wrappedCapitals(tokens: readonly Token[], i: number, title: string): string | null {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'text' || !mostlyCapitals(title) || !/^[A-Z]/.test(title)) return null;
  const text = cleanTitle(next.line.text);
  // "COUNCIL RESOLUTION 2024/112", "MOTION NO. 3": a decision's label under the heading, not its second line.
  // "MOTION CARRIED", "CARRIED 5/1": the item's outcome, not its heading's second line.
  if (STANDALONE_NOT_TITLE.test(text.replace(TRAILING_REFERENCE, '')) || OUTCOME_LINE.test(text)) return null;
  return mostlyCapitals(text) && wordCount(text) <= MAX_WRAPPED_WORDS && !/[.:;,]$/.test(text) ? text : null;
}

/** A wrapped paragraph: the next line is non-blank text that starts lower-case. */
function continuesOnNextLine(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'text' && STARTS_LOWER.test(next.text);
}

/** Only header matter (titles, dates, attendance names) stands before token i: no sentence of minutes, no decision. */
function noMinutesBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = tokens[k];
    if (t.kind === 'resolved' || (t.kind === 'text' && /[.!?]$/.test(t.line.text) && wordCount(t.line.text) > SENTENCE_WORDS)) return false;
  }
  return true;
}
// A line of more words than this ending in a full stop is a sentence.
const SENTENCE_WORDS = 6;

// A single numbered heading counts only this near the top (a lone numbered paragraph further down is not a layout).
const SINGLE_HEADING_REACH = 40;

export const numberedLayout: LayoutRule = defineRule({
  id: 'layout-numbered',
  stage: 'layout',
  kind: 'numbered',
  description:
    'Numbered item headings ("12. Apologies", "Item 4: Budget", "PL/112  Planning"), or numbers alone above titles, in a rising sequence; among numbered items titled in capitals, an unnumbered heading in capitals after a blank line (or an outcome) over a sentence of minutes ("RECOGNITION", "PUBLIC QUESTION TIME" below the attendance) is an item too, as is an opening item above the attendance ("DECLARATION OF OPENING"). Items numbered by several schemes in turn keep every block: minute codes of another prefix and the same year beside a coded sequence ("MM03/25" then "QN04/25", "QN05/25"), labelled section numbers between codes ("ITEM 7.1", "ITEM 7.2"), and the unnumbered ceremonies in capitals among them, one over its RESOLVED ("CONFIRMATION OF MINUTES"). A number before a date alone ("1   18 March 2020") is a page footer. A parent with no minutes of its own over its sub-items that names a group of items, or whose words open its first sub-item’s title ("7 QUESTIONS WITH NOTICE" over "7.1 QUESTION WITH NOTICE - …"), is a section header, no item.',
  examples: {
    context: 'document',
    valid: [
      'Minutes of the Ashdown Parish Council meeting held on 3 March 2025\n\n14. Apologies\n\nCllr Reeve.\n\n15. Playground Inspection\n\nThe report was noted.',
      'Harbour Board\n\n7\n\nApologies for absence\n\nNone.\n\n8\n\nDredging Contract\n\nThe Board approved the contract.',
      'Minutes of the Ordinary Meeting of Wirrabee Shire Council held on 4 June 2025\n\n3 APOLOGIES 101/25\n\nThat the apology from Cr Lane be accepted.\n\n4 MINUTES 102/25\n\nThat the minutes be confirmed.',
      'ASHBY TOWN COUNCIL\n\nTC/25/014 APOLOGIES\nCllr Hunt.\n\nTC/25/015 FINANCE\nResolved to approve the payments.',
      'ELMSTEAD PARISH COUNCIL\n\nP25/031 APOLOGIES\nCllr Hunt.\n\nP25/032 FINANCE\nResolved to approve the payments.\n\nP25/033 PLANNING\nNo objection was raised.',
      'SHIRE OF KOORALUP ORDINARY COUNCIL MEETING\n\n8. REPORTS OF OFFICERS\n\n8.1 WORKS\n\n8.1.1 Gravel Resheeting Program\n\nCOUNCIL RESOLUTION 2025/041\nThat Council adopts the program.\n\n8.1.2 Plant Replacement\n\nThat Council notes the report.',
      'Minutes of the Licensing Committee of Cwm Teifi County Council\n\n(1) APOLOGIES\n\nCouncillor Rhian Lewis.\n\n(2) STREET TRADING CONSENTS\n\nRESOLVED that the consents be renewed.',
      // An unnumbered heading in capitals between numbered items titled in capitals; a page footer "2   3 June 2025" is no heading.
      'TOWN OF LAKEVIEW COUNCIL MINUTES\n\n1.  OPENING PRAYER\n\nPastor Yun opened the meeting with a prayer.\n\nCOMMUNITY RECOGNITION\n\nThe Mayor recognised the volunteer fire brigade.\n\n2                3 June 2025\n\n2.  QUESTION PERIOD\n\nNo questions were asked.',
      // Section numbers alone, no section headings.
      'WAIRIKI DISTRICT COUNCIL\nMINUTES OF THE WORKS COMMITTEE\n\n4.1 BRIDGE RENEWALS\n\nThat the report be received.\nCARRIED\n\n6.2 WATER METERING\n\nThat the metering trial be extended.\nCARRIED',
      // Numbering schemes in turn: a mayoral minute's code, then labelled section numbers.
      'BOORAGUL SHIRE COUNCIL\nMinutes of the Ordinary Meeting\n\nOPENING\nThe Mayor opened the meeting at 6.00pm.\n\nMM04/25 Bushfire Brigade Thanks\n\nThe Mayor thanked the brigades.\n\nITEM 8.1 SALEYARDS LEASE\n\nThat the lease be renewed for five years.\n\nITEM 8.2 LIBRARY HOURS\n\nThat Saturday opening be trialled.',
    ],
    invalid: [
      'The Clerk reported on the following:\n\n1. the bins had been emptied on time\n2. the hedges had been cut back',
      // Numbered paragraphs are sentences, not section-numbered headings.
      'WAIRIKI DISTRICT COUNCIL\nMINUTES OF THE WORKS COMMITTEE\n\n2.1 The Committee considered the bridge renewals report.\n\n2.2 Members noted the cost of the water metering trial.',
      // Codes of two prefixes met once each (references beside declarations) are no sequence of items.
      'Disclosures of Interest\n\nCr Yates\n\nCS24/09 Festival Grants\n\nCr Aldous\n\nWS24/03 Depot Upgrade\n\nBoth left the room for those items.',
    ],
  },
  detect(tokens) {
    const starts = numberedStarts(tokens);
    const first = nextContent(tokens, 0);
    // A lone minute code ("CS21/14 Community Grants") is a reference to an item in a table of interests, not a heading.
    const lone = starts.length === 1 && (starts[0].at <= first + SINGLE_HEADING_REACH || noMinutesBefore(tokens, starts[0].at)) && /^\d/.test(starts[0].number ?? '');
    if (starts.length >= 2 || lone) return fits(starts);
    return rejects(starts, starts.length === 1 ? 'one numbered heading, after minutes text' : 'no numbered headings in sequence');
  },
});
