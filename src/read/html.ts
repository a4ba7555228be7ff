// HTML to lines through unified + rehype-parse. The hast tree is walked so
// block structure survives as lines: headings (hint + depth), paragraphs
// (followed by a blank line), list items (hint 'list-item', ordered items keep
// their number), table rows (one line, cells two spaces apart), <br> breaks.
// Site furniture is dropped: navigation, menus, sidebars, breadcrumbs, site
// headers and footers, scripts, styles, forms, images and file-size link
// residue. Nothing is ever fetched: the tree is only read.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import iconv from 'iconv-lite';
import type { Warning } from '../schema/document.js';
import { decodeBytes } from './decode.js';
import { normaliseLine } from './text.js';
import { startsWithTitle } from './titles.js';
import { NUMBER_ALONE, titleAfterNumber } from './numbers.js';
import type { BlockHint, ReadResult, SourceLine } from './types.js';

export interface HtmlOptions {
  /**
   * How tables render. 'auto' (web pages): data tables give one line per row,
   * layout tables (cells holding paragraphs, lists or headings) give their
   * cells as blocks. 'rows' (Word documents): every table row is one line.
   */
  tables?: 'auto' | 'rows';
  /** Tabs: 'space' (web pages: whitespace like any other) or 'gap' (Word: a tab stop, kept as a two-space cell gap). */
  tabs?: 'space' | 'gap';
}

// Elements whose whole subtree is never minutes text.
const SKIP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'form', 'input', 'select', 'option', 'textarea', 'button', 'label', 'nav', 'aside', 'img', 'picture',
  'video', 'audio', 'source', 'track', 'map', 'area', 'dialog', 'menu',
]);

// Block-level elements: their content starts and ends a line.
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

// Blocks followed by a blank line, as a browser's paragraph margin reads in copied text.
const SPACED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr', 'address', 'figure']);

// Class or id words of site furniture, matched anywhere in the name: breadcrumbs, sidebars, cookie banners, skip links.
const FURNITURE_NAME = /breadcrumb|sidebar|side-bar|navbar|navigation|cookie|skip-?link|skip-to|screen-reader|sr-only|visually-hidden|masthead|colophon|mgLinks|mgPrint|mgSubscribe/i;
// Class or id words of site furniture, matched as a whole word of a hyphenated or underscored name: "main-menu", "site_footer".
// camelCase names are split first ("sideMenu" → "side-Menu", "pageTools" → "page-Tools").
const FURNITURE_WORD = /(?:^|[-_])(?:nav|menu|menus|footer|foot|search|share|sharing|social|widget|widgets|toolbar|tools|pagetools|pagination|banner|related|comments?|crumbs?|logo|toplinks|quicklinks|leftcol|rightcol|sidecol|backtotop|feedback|modified|updated|alert|skip)(?:$|[-_])/i;
// A camelCase boundary inside a class or id name.
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;
// Roles of landmark furniture.
const FURNITURE_ROLE = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog|alert)$/i;
// File-size residue that web pages print after document links: "pdf icon PDF 129 KB", "(PDF, 1.2MB)".
const FILE_SIZE_RESIDUE = /\s*\(?(?:(?:pdf|docx?|word|xlsx?|excel)\s+icon\s+)?(?:pdf|docx?|word|xlsx?|excel|rtf|odt|pptx?)[\s,]+\d[\d.,]*\s*[kmg]b\)?(?=\s|$)/gi;
// HTML whitespace (not NBSP, which the line normaliser turns into a space of its own).
const HTML_SPACE = /[ \t\n\r\f]+/g;
// A tab with the spaces around it: a Word tab stop between "1." and its clause, or between columns.
const TAB_STOP = /[ \n\r\f]*\t[ \t\n\r\f]*/g;

/** Collapses whitespace; with tab gaps, a tab becomes the two-space gap later stages read as a cell break. */
function collapse(text: string, tabs: 'space' | 'gap'): string {
  if (tabs === 'space') return text.replace(HTML_SPACE, ' ');
  // A tab after a label ("Moved:<tab>Cr Nguyen") parts a label from its value, read as prose: one space.
  return text
    .split(TAB_STOP)
    .map((part) => part.replace(HTML_SPACE, ' '))
    .reduce((out, part, i) => (i === 0 ? part : `${out}${LABEL_END.test(out) ? ' ' : '  '}${part}`), '');
}
// A label ending in a colon (at most a few words: "Moved:", "Seconded By:", "Applicant:"), ending a cell or a tab stop's text.
const LABEL_END = /(?:^|\s)\p{L}[\p{L}'’]*(?:\s[\p{L}'’]+){0,2}:$/u;
// A cell that is a label alone: a few words and a colon.
const LABEL_CELL = /^\p{L}[\p{L}'’]*(?:\s[\p{L}'’]+){0,2}:$/u;
// A charset declared in a meta tag.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

const parser = unified().use(rehypeParse);

interface RawLine {
  text: string;
  indent: number;
  hint?: BlockHint;
  depth?: number;
}

const attr = (el: Element, name: string): string => {
  const v = el.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null || v === false ? '' : String(v);
};

/** Is this element page furniture rather than content? */
function isFurniture(el: Element, insideContent: boolean): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.properties?.hidden !== undefined && el.properties.hidden !== false) return true;
  if (attr(el, 'ariaHidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style'))) return true;
  if (FURNITURE_ROLE.test(attr(el, 'role'))) return true;
  // Site headers and footers; a header inside an article or <main> is the article's title block.
  if (el.tagName === 'footer' || (el.tagName === 'header' && !insideContent)) return true;
  const names = [attr(el, 'id'), ...attr(el, 'className').split(/\s+/)].filter(Boolean);
  if (names.some((n) => FURNITURE_NAME.test(n) || FURNITURE_WORD.test(n.replace(CAMEL_BOUNDARY, '$1-$2')))) return true;
  if (el.tagName === 'li') return isDocumentLink(el);
  return LINK_BLOCK_TAGS.has(el.tagName) && isLinkList(el);
}

/** Letters inside and outside links, and the links' texts, of an element. */
function linkLetters(el: Element): { links: string[]; inLinks: number; outside: number } {
  const links: string[] = [];
  let inLinks = 0;
  let outside = 0;
  const letters = (t: string): number => (t.match(/\p{L}/gu) ?? []).length;
  const walk = (n: Element, inLink: boolean): void => {
    for (const c of n.children) {
      if (c.type === 'text') {
        if (inLink) inLinks += letters(c.value);
        else outside += letters(c.value);
      } else if (isElement(c) && !SKIP_TAGS.has(c.tagName)) {
        if (c.tagName === 'a' && !inLink) links.push(inlineText(c, true, 'space'));
        walk(c, inLink || c.tagName === 'a');
      }
    }
  };
  walk(el, false);
  return { links, inLinks, outside };
}

/**
 * A list entry that is only a link to a document with its file size
 * ("Appendix A - Placements data PDF 312 KB"): the page's attachments, not
 * minutes. (A paragraph holding such a link keeps its title.)
 */
function isDocumentLink(el: Element): boolean {
  const { links, outside } = linkLetters(el);
  if (links.length === 0 || outside > 0) return false;
  return links.every((t) => HAS_FILE_SIZE.test(t));
}
// The residue test without the global flag (a global regex keeps its place between tests).
const HAS_FILE_SIZE = new RegExp(FILE_SIZE_RESIDUE.source, 'i');

// Blocks that can hold a site's menu of links: a column, a list, a line of links.
const LINK_BLOCK_TAGS = new Set(['div', 'td', 'ul', 'ol', 'p', 'section', 'table', 'dl']);
// A menu: at least this many links, and links hold at least this share of its letters.
const MENU_LINKS = 3;
const MENU_LINK_SHARE = 0.8;

/**
 * Is this block a menu: links and almost nothing else ("Home | Contact us |
 * Pay online", a side column of "Council meetings" and "Quick links")? A list
 * of people linked to their pages (attendance) is not a menu.
 */
function isLinkList(el: Element): boolean {
  const { links, inLinks, outside } = linkLetters(el);
  if (links.length < MENU_LINKS || inLinks < MENU_LINK_SHARE * (inLinks + outside)) return false;
  // ModernGov links every attendee to their page: a list of people is attendance.
  const named = links.filter(startsWithTitle).length;
  return named * 2 < links.length;
}

const isElement = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';

/** The element holding the page's main content: <main>, role=main, a single <article>, else <body>. */
function contentRoot(tree: Root): { node: Root | Element; inside: boolean } {
  let main: Element | null = null;
  let roleMain: Element | null = null;
  const articles: Element[] = [];
  let body: Element | null = null;
  const visit = (n: Root | Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'main' && !main) main = c;
      if (attr(c, 'role') === 'main' && !roleMain) roleMain = c;
      if (c.tagName === 'article') articles.push(c);
      if (c.tagName === 'body' && !body) body = c;
      if (!SKIP_TAGS.has(c.tagName)) visit(c);
    }
  };
  visit(tree);
  const chosen = roleMain ?? main ?? (articles.length === 1 ? articles[0] : null);
  if (chosen) return { node: chosen, inside: true };
  return { node: body ?? tree, inside: false };
}

const HEADING = /^h([1-6])$/;

/** Text of an element's inline content, whitespace collapsed, furniture dropped. */
function inlineText(node: Element | Root, inside: boolean, tabs: 'space' | 'gap'): string {
  let out = '';
  const walk = (n: Element | Root): void => {
    for (const c of n.children) {
      if (c.type === 'text') out += c.value;
      else if (isElement(c)) {
        if (isFurniture(c, inside)) continue;
        if (c.tagName === 'br') out += ' ';
        else {
          if (BLOCK_TAGS.has(c.tagName)) out += ' ';
          walk(c);
          if (BLOCK_TAGS.has(c.tagName)) out += ' ';
        }
      }
    }
  };
  walk(node);
  return collapse(out, tabs).trim();
}


// A short line of a cell, one of a list (a name, an address line): it starts with a capital or a figure, and no sentence ends in it.
const MAX_LIST_LINE = 60;

/**
 * A table cell's text on one line. A cell whose paragraphs are short lines
 * (a name a paragraph) reads as a list, "A, B, C"; other cells join their
 * paragraphs with a space.
 */
function cellText(cell: Element, inside: boolean, tabs: 'space' | 'gap'): string {
  const blocks = cell.children.filter((c): c is Element => isElement(c) && (c.tagName === 'p' || c.tagName === 'div') && !isFurniture(c, inside));
  const texts = blocks.map((b) => inlineText(b, inside, tabs)).filter((t) => t !== '');
  if (blocks.length >= 2 && texts.length >= 2 && cell.children.every((c) => !isElement(c) || blocks.includes(c) || isFurniture(c, inside)) && texts.every((t) => t.length <= MAX_LIST_LINE && /^[\p{Lu}\d]/u.test(t) && !/[.;:!?]$/.test(t))) return texts.join(', ');
  return inlineText(cell, inside, tabs);
}

/** Does this table lay a page out (cells holding paragraphs, lists, headings) rather than hold data? */
function isLayoutTable(table: Element): boolean {
  if (/^(?:presentation|none)$/i.test(attr(table, 'role'))) return true;
  let layout = false;
  const visitCell = (cell: Element): void => {
    let blocks = 0;
    const walk = (n: Element): void => {
      for (const c of n.children) {
        if (!isElement(c)) continue;
        if (c.tagName === 'table' || c.tagName === 'ul' || c.tagName === 'ol' || HEADING.test(c.tagName) || c.tagName === 'blockquote') layout = true;
        if (c.tagName === 'p' || c.tagName === 'div') blocks++;
        walk(c);
      }
    };
    walk(cell);
    if (blocks >= 2) layout = true;
  };
  const walkRows = (n: Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'td' || c.tagName === 'th') visitCell(c);
      else if (c.tagName !== 'table') walkRows(c);
    }
  };
  walkRows(table);
  return layout;
}

/** Is every piece of text in this element bold (<strong>, <b>)? */
function allBold(el: Element): boolean {
  let text = false;
  let plain = false;
  const walk = (n: Element, bold: boolean): void => {
    for (const c of n.children) {
      if (c.type === 'text') {
        if (c.value.trim()) {
          text = true;
          if (!bold) plain = true;
        }
      } else if (isElement(c)) walk(c, bold || c.tagName === 'strong' || c.tagName === 'b');
    }
  };
  walk(el, false);
  return text && !plain;
}

/** The rows of a table (through thead/tbody/tfoot), not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (n: Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') walk(c);
    }
  };
  walk(table);
  return rows;
}

class LineBuilder {
  readonly lines: RawLine[] = [];
  private buffer = '';

  constructor(
    private readonly inside: boolean,
    private readonly tables: 'auto' | 'rows',
    private readonly tabs: 'space' | 'gap',
  ) {}

  /** An item number from a cell of its own, waiting to lead the next line (its title in the next cell). */
  private prefix = '';

  private push(text: string, indent: number, hint?: BlockHint, depth?: number): void {
    let clean = text.replace(FILE_SIZE_RESIDUE, '').trim();
    if (!clean) return;
    if (this.prefix) {
      clean = `${this.prefix} ${clean}`;
      this.prefix = '';
    }
    const line: RawLine = { text: clean, indent };
    if (hint) line.hint = hint;
    if (depth !== undefined) line.depth = depth;
    this.lines.push(line);
  }

  /** Ends the current line of inline text. */
  flush(indent = 0, hint?: BlockHint, depth?: number): void {
    if (this.buffer.trim()) this.push(collapse(this.buffer, this.tabs), indent, hint, depth);
    this.buffer = '';
  }

  blank(): void {
    this.flush();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1].text !== '') this.lines.push({ text: '', indent: 0 });
  }

  block(node: Element | Root, listDepth: number, pre: boolean): void {
    for (const c of node.children) {
      if (c.type === 'text') {
        if (pre) {
          const parts = c.value.split(/\r\n|\r|\n/);
          parts.forEach((p, i) => {
            if (i > 0) this.flush(listDepth * 2);
            this.buffer += p;
          });
        } else this.buffer += c.value;
        continue;
      }
      if (!isElement(c) || isFurniture(c, this.inside)) continue;
      this.element(c, listDepth, pre);
    }
  }

  private element(el: Element, listDepth: number, pre: boolean): void {
    const tag = el.tagName;
    const indent = listDepth * 2;
    if (tag === 'br') return this.flush(indent);
    if (tag === 'hr') return this.blank();
    const h = HEADING.exec(tag);
    if (h) {
      this.blank();
      this.push(inlineText(el, this.inside, this.tabs), indent, 'heading', Number(h[1]));
      return this.blank();
    }
    if (tag === 'ul' || tag === 'ol') return this.list(el, listDepth);
    if (tag === 'table') return this.table(el, listDepth);
    if (tag === 'pre') {
      this.blank();
      this.block(el, listDepth, true);
      return this.blank();
    }
    if (!BLOCK_TAGS.has(tag)) return this.block(el, listDepth, pre);
    this.flush(indent);
    this.block(el, listDepth, pre);
    if (SPACED_TAGS.has(tag)) this.blank();
    else this.flush(indent);
  }

  private list(el: Element, listDepth: number): void {
    this.flush(listDepth * 2);
    const ordered = el.tagName === 'ol';
    const start = Number.parseInt(attr(el, 'start'), 10);
    let n = Number.isFinite(start) ? start : 1;
    const type = attr(el, 'type');
    for (const li of el.children) {
      if (!isElement(li) || isFurniture(li, this.inside)) continue;
      if (li.tagName !== 'li') {
        this.element(li, listDepth, false);
        continue;
      }
      const value = Number.parseInt(attr(li, 'value'), 10);
      if (Number.isFinite(value)) n = value;
      if (ordered) this.buffer += `${listMarker(n, type)} `;
      const marker = this.buffer;
      // The item's own text up to a nested list is one line; nested lists indent below it.
      let paragraphs = 0;
      let separated = false;
      for (const c of li.children) {
        if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) {
          this.flush(listDepth * 2, 'list-item');
          this.list(c, listDepth + 1);
        } else if (isElement(c) && (c.tagName === 'p' || c.tagName === 'div')) {
          // "<li>Call to Order<p>The meeting was called …</p>": the item's title is its own line, the paragraph below it.
          if (this.buffer.trim() !== marker.trim() || paragraphs > 0) {
            this.flush(listDepth * 2, separated ? undefined : 'list-item');
            this.blank();
            separated = true;
          }
          this.block(c, listDepth, false);
          this.buffer += ' ';
          paragraphs++;
        } else if (c.type === 'text') this.buffer += c.value;
        else if (isElement(c) && !isFurniture(c, this.inside)) this.element(c, listDepth, false);
      }
      this.flush(listDepth * 2, separated ? undefined : 'list-item');
      if (separated) this.blank();
      n++;
    }
    if (listDepth === 0) this.blank();
  }

  private table(el: Element, listDepth: number): void {
    this.blank();
    const layout = this.tables === 'auto' && isLayoutTable(el);
    const rows = tableRows(el);
    const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th') && !isFurniture(c, this.inside));
    // A grid of people (attendance set out in columns): each row's names are a list, as they would be written.
    const cellTexts = rows.flatMap((r) => cellsOf(r).map((c) => inlineText(c, this.inside, this.tabs))).filter((t) => t !== '');
    const people = !layout && cellTexts.length >= 2 && cellTexts.every(startsWithTitle);
    for (const row of rows) {
      const cells = cellsOf(row);
      if (layout) {
        // Layout rows: each cell's blocks are lines of their own; an item number in a cell of its own
        // leads the first line of the next cell (its title): "21. Declarations of Interest".
        const number = cells.length >= 2 ? inlineText(cells[0], this.inside, this.tabs) : '';
        const numbered = NUMBER_ALONE.test(number);
        for (const [k, cell] of cells.entries()) {
          this.flush(listDepth * 2);
          if (numbered && k === 0) {
            this.prefix = number;
            continue;
          }
          this.block(cell, listDepth, false);
          this.flush(listDepth * 2);
        }
        if (this.prefix) {
          const alone = this.prefix;
          this.prefix = '';
          this.push(alone, listDepth * 2);
        }
        this.blank();
      } else {
        const texts = cells.map((c) => cellText(c, this.inside, this.tabs)).filter((t) => t !== '');
        if (people) {
          if (texts.length) this.push(texts.join(', '), listDepth * 2, 'table-row');
          continue;
        }
        // A label cell and its value ("Moved By: | Councillor Bhatia", "Applicant: | Mr J Harrow") read as one phrase.
        if (texts.length === 2 && LABEL_CELL.test(texts[0])) {
          this.push(`${texts[0]} ${texts[1]}`, listDepth * 2, 'table-row');
          continue;
        }
        // A bold caption row spanning the table titles a section of it ("REPORT OF THE … COMMITTEE").
        const caption = cells.length === 1 && Number(attr(cells[0], 'colSpan') || 1) >= 2 && allBold(cells[0]);
        if (texts.length) this.push(texts.join('  '), listDepth * 2, caption ? 'heading' : 'table-row', caption ? 3 : undefined);
      }
    }
    const caption = el.children.find((c): c is Element => isElement(c) && c.tagName === 'caption');
    if (caption) this.push(inlineText(caption, this.inside, this.tabs), listDepth * 2);
    this.blank();
  }
}

const ROMAN: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** The marker a browser shows for an ordered list item: "3.", "c.", "iv.". */
function listMarker(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
    return `${type === 'A' ? letter.toUpperCase() : letter}.`;
  }
  if (type === 'i' || type === 'I') {
    let r = '';
    let rest = n;
    for (const [v, s] of ROMAN) while (rest >= v) {
      r += s;
      rest -= v;
    }
    return `${type === 'I' ? r.toUpperCase() : r}.`;
  }
  return `${n}.`;
}


/**
 * An item number in a block of its own (a counter cell or div: "6.1") with its
 * title in the next block is one heading line, as printed: "6.1 Staff Report
 * PW-2024-07". A number whose next line is blank, a list item or another
 * number stays alone.
 */
function joinNumbersToTitles(lines: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (next && !line.hint && NUMBER_ALONE.test(line.text) && titleAfterNumber(next.text) && next.hint !== 'list-item' && next.hint !== 'table-row') {
      out.push({ ...next, text: `${line.text} ${next.text}`, indent: line.indent });
      i++;
    } else out.push(line);
  }
  return out;
}

/** Renders HTML to the line model; line numbers index into the returned text rendering. */
export function htmlToLines(html: string, options: HtmlOptions = {}): { text: string; lines: SourceLine[] } {
  const tree = parser.parse(html) as Root;
  const { node, inside } = contentRoot(tree);
  const builder = new LineBuilder(inside, options.tables ?? 'auto', options.tabs ?? 'space');
  builder.block(node, 0, false);
  builder.flush();
  const raw = joinNumbersToTitles(builder.lines);
  while (raw.length && raw[raw.length - 1].text === '') raw.pop();
  const lines: SourceLine[] = raw.map((r, i) => {
    const l = normaliseLine(r.text, i + 1);
    l.indent = r.indent;
    if (r.hint) l.hint = r.hint;
    if (r.depth !== undefined) l.depth = r.depth;
    return l;
  });
  return { text: lines.map((l) => ' '.repeat(l.indent) + l.text).join('\n'), lines };
}

/** Decodes HTML bytes: BOM or UTF-8 first, then a charset its meta tag declares. */
function decodeHtml(bytes: Uint8Array): { text: string; warnings: Warning[] } {
  const decoded = decodeBytes(bytes);
  if (decoded.warnings.length === 0) return decoded;
  const declared = META_CHARSET.exec(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))?.[1];
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), warnings: [] };
  }
  return decoded;
}

/** The HTML reader. */
export function readHtml(bytes: Uint8Array): ReadResult {
  const { text: html, warnings } = decodeHtml(bytes);
  const { text, lines } = htmlToLines(html);
  return { format: 'html', text, lines, warnings };
}
