// Segment a token stream into the meeting header and agenda items. Which
// lines head items is decided from the whole document by the layout
// detectors in ./layouts/ (markers, numbers, reader headings, indentation,
// blank-line-separated headings), tried in registry order; this file builds
// the items from the starts the chosen layout proposes.
import { classifyLine, type Token } from '../tokenize/classify.js';
import { isMunicipalityMasthead, mastheadOnlyPage } from './layouts/single.js';
import { chooseLayout, type LayoutKind, type RejectedLayout } from './layouts/index.js';
import { STANDALONE_NOT_TITLE, afterTopAttendance, cleanTitle, headingParts, isContent, isHeadingShaped, mostlyCapitals, nextContent, wordCount, type Start } from './layouts/shared.js';

export { isHeadingShaped };

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
  layout: LayoutKind;
  /** Id of the layout rule that segmented the document ("layout-numbered"). */
  rule: string;
  /** Layouts tried before it that did not fit, and why. */
  rejected: RejectedLayout[];
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
    // "91/24 – Footpaths: The Clerk will report …": the minutes after the heading's label are read as a line of their own,
    // so their first sentence starts where it is written ("The Clerk will …", "Resolved to …"), not after the label.
    const minutes = s.minutesOnTitleLine;
    if (minutes !== undefined && s.titleInBody && after.length > 0) {
      const line = after[0].line;
      const at = line.text.lastIndexOf(minutes);
      if (at >= 0) after[0] = classifyLine({ ...line, text: minutes, indent: line.indent + at });
    }
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
  if (first < 0) return { header: [], items: [], layout: 'single', rule: 'layout-single', rejected: [] };
  const choice = chooseLayout(tokens);
  const { rule, rejected } = choice;
  let starts: Start[] = choice.detection.starts;
  if (starts.length === 0) {
    // One item: "A page with no heading takes the first line of its description as title."
    // A first line that is itself minutes text (a RESOLVED, a sentence) stays in the body too.
    const heading = headingAfterAttendance(tokens);
    if (heading >= 0) {
      const { title, number } = headingParts(tokens[heading]);
      return { header: tokens.slice(0, heading), items: buildItems(tokens, [{ at: heading, titleIndex: heading, number, title }]), layout: 'single', rule: rule.id, rejected };
    }
    if (isMunicipalityMasthead(tokens[first].line.text)) return { header: tokens.slice(), items: [], layout: 'single', rule: mastheadOnlyPage.id, rejected };
    const title = cleanTitle(tokens[first].line.text);
    const items = buildItems(tokens, [{ at: first, titleIndex: first, number: null, title }]);
    if (!isHeadingShaped(title) || tokens[first].kind === 'resolved') items[0].body = tokens.slice(first);
    return { header: [], items, layout: 'single', rule: rule.id, rejected };
  }
  const done = (s: Start[]): Segmentation => ({ header: tokens.slice(0, s[0].at), items: buildItems(tokens, s), layout: rule.kind, rule: rule.id, rejected });
  // Page types that carry their own structure keep it as detected.
  if (rule.kind === 'agenda-item' || rule.id === 'layout-decision-listing' || rule.id === 'layout-numbered-motions' || rule.id === 'layout-restart-headings') return done(starts);
  // Minutes text between a listing heading ("No. Item") and the first recognised item is an item whose
  // heading was lost: it takes its first line as title rather than vanishing into the header.
  const listing = lastListingHeading(tokens, starts[0].at);
  if (listing >= 0) {
    const orphan = nextContent(tokens, listing + 1, starts[0].at);
    // An attendance list under the listing heading ("Also in attendance:-" and names) is header matter, not an item.
    if (orphan >= 0 && !isAttendanceList(tokens[orphan]) && tokens.slice(orphan, starts[0].at).some((t) => t.kind === 'resolved' || t.kind === 'minutes-marker' || t.kind === 'text')) {
      starts = [{ at: orphan, titleIndex: orphan, number: null, title: cleanTitle(tokens[orphan].line.text) }, ...starts];
    }
  }
  const opening = unnumberedOpeningItem(tokens, starts[0].at);
  if (opening) starts = [opening, ...starts];
  return done(starts);
}

// How far past the attendance list a one-item page's heading may stand (opening remarks, officers present).
const SINGLE_HEADING_REACH = 6;

/**
 * A meeting page that shows one item (masthead, attendance, then "RESOLUTIONS OF SYMPATHY 2829" or
 * "PUBLIC PARTICIPATION SESSION" and its minutes): the item is headed by the first line set in capitals
 * after the attendance list, not by the masthead. Opening sentences before it ("The meeting opened with
 * a prayer.") are header matter. -1 when the page has no attendance list or no such heading near it.
 */
function headingAfterAttendance(tokens: readonly Token[]): number {
  const from = afterTopAttendance(tokens);
  if (from <= 0) return -1;
  let seen = 0;
  for (let i = from; i < tokens.length && seen <= SINGLE_HEADING_REACH; i++) {
    const t = tokens[i];
    if (!isContent(t)) continue;
    seen++;
    if (t.kind !== 'text' || !mostlyCapitals(t.line.text)) continue;
    const { title } = headingParts(t);
    if (isHeadingShaped(title) && wordCount(title) <= 12 && nextContent(tokens, i + 1) >= 0) return i;
  }
  return -1;
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

/** An attendance list's label ("PRESENT: …", "Also in attendance:-"), not an "Apologies for Absence" heading. */
function isAttendanceList(t: Token): boolean {
  return t.kind === 'attendance' && (t.text !== '' || /present|staff|attendance|officers/i.test(t.marker ?? ''));
}

function lastListingHeading(tokens: readonly Token[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (tokens[i].rule === 'listing-furniture' && /^no\.?\s+item/i.test(tokens[i].line.text)) return i;
  return -1;
}
