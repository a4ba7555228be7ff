// Word .docx to lines. The package's XML (document, styles, numbering,
// footnotes and endnotes) is read into small element trees (docx-xml.ts),
// the body is rendered to plain HTML the way mammoth renders it (its default
// style map: headings, lists, tables, notes), and the HTML reader walks that,
// so paragraphs, numbered lists and tables come out as they do from a web
// page. Word's automatic numbers ("7.", "4.2") are counted as Word counts
// them and written into each paragraph's text (docx-numbering.ts): an HTML
// list would restart them at 1 after every ordinary paragraph. Word tables
// are data (attendance, motions, dispositions): every row is one line. A tab
// stop is a two-space gap, as in the text a person copies out of Word.
// Images are never decoded: minutes text never lives in them.
import { ReadError } from './errors.js';
import { numberReference, parseNumbering, ParagraphNumbering, readZip, styleNumbering, type NumberReference, type VisibleNumber, type ZipEntry } from './docx-numbering.js';
import { childrenNamed, first, firstOrEmpty, parseXml, type XmlElement } from './docx-xml.js';
import { symbolCharacter } from './docx-symbols.js';
import { htmlToLines } from './html.js';
import type { ReadResult } from './types.js';

// ---------------------------------------------------------------- the package

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder();

  constructor(entries: ZipEntry[]) {
    for (const e of entries) if (!this.entries.has(e.name)) this.entries.set(e.name, e);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** A part's XML root, or null when the package has no such part. */
  xml(path: string): XmlElement | null {
    const entry = this.entries.get(path);
    if (!entry) return null;
    return parseXml(this.decoder.decode(entry.read()).replace(/^\uFEFF/, ''));
  }

  /** Relationship targets by type name ("officeDocument", "styles") in a .rels part. */
  relationships(path: string): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const root = this.xml(path);
    for (const r of root?.children ?? []) {
      if (!r.name.endsWith('Relationship')) continue;
      const type = r.attributes.Type ?? '';
      const name = type.startsWith(RELATIONSHIP_TYPES) ? type.slice(RELATIONSHIP_TYPES.length) : type.startsWith(STRICT_RELATIONSHIP_TYPES) ? type.slice(STRICT_RELATIONSHIP_TYPES.length) : type;
      const targets = out.get(name) ?? [];
      targets.push(r.attributes.Target ?? '');
      out.set(name, targets);
    }
    return out;
  }
}

/** A relationship target as a zip entry name: relative to the source part's folder unless absolute. */
function joinPath(base: string, target: string): string {
  const joined = target.startsWith('/') ? target : base ? `${base}/${target}` : target;
  return joined.replace(/^\/+/, '');
}

interface Parts {
  document: string;
  styles: string;
  numbering: string;
  footnotes: string;
  endnotes: string;
}

/** Where the parts are: through the package's relationships, else Word's usual names. */
function findParts(pkg: Package): Parts {
  const pick = (targets: string[] | undefined, base: string, fallback: string): string => targets?.map((t) => joinPath(base, t)).find((p) => pkg.has(p)) ?? fallback;
  const document = pick(pkg.relationships('_rels/.rels').get('officeDocument'), '', 'word/document.xml');
  if (!pkg.has(document)) throw new Error('Could not find main document part');
  const slash = document.lastIndexOf('/');
  const folder = slash < 0 ? '' : document.slice(0, slash);
  const rels = pkg.relationships(`${folder ? `${folder}/` : ''}_rels/${document.slice(slash + 1)}.rels`);
  const related = (name: string): string => pick(rels.get(name), folder, `word/${name}.xml`);
  return { document, styles: related('styles'), numbering: related('numbering'), footnotes: related('footnotes'), endnotes: related('endnotes') };
}

// ---------------------------------------------------------------- styles and lists

interface ListLevel {
  isOrdered: boolean;
  /** The ilvl as written. */
  level: string;
}

/** Style names by id (the first definition of an id wins, as Word specifies), per style type. */
interface Styles {
  paragraph: Map<string, string | null>;
  character: Map<string, string | null>;
  /** Numbering styles: the numId each stands for. */
  numbering: Map<string, string | undefined>;
}

function readStyles(root: XmlElement | null): Styles {
  const styles: Styles = { paragraph: new Map(), character: new Map(), numbering: new Map() };
  for (const s of root ? childrenNamed(root, 'w:style') : []) {
    const id = s.attributes['w:styleId'];
    const type = s.attributes['w:type'];
    if (type === 'numbering') {
      if (!styles.numbering.has(id)) styles.numbering.set(id, firstOrEmpty(firstOrEmpty(firstOrEmpty(s, 'w:pPr'), 'w:numPr'), 'w:numId').attributes['w:val']);
      continue;
    }
    const set = type === 'paragraph' ? styles.paragraph : type === 'character' ? styles.character : null;
    if (set && !set.has(id)) set.set(id, first(s, 'w:name')?.attributes['w:val'] ?? null);
  }
  return styles;
}

/** The lists of numbering.xml as list markup sees them: ordered or not, per level. */
class Lists {
  private readonly abstract = new Map<string, { levels: Map<string, ListLevel>; link?: string }>();
  private readonly instances = new Map<string, string>();
  private readonly byStyle = new Map<string, ListLevel>();

  constructor(
    root: XmlElement | null,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const a of childrenNamed(root, 'w:abstractNum')) {
      const levels = new Map<string, ListLevel>();
      let unindexed: { level: ListLevel; style?: string } | null = null;
      for (const l of childrenNamed(a, 'w:lvl')) {
        const level: ListLevel = { isOrdered: firstOrEmpty(l, 'w:numFmt').attributes['w:val'] !== 'bullet', level: l.attributes['w:ilvl'] ?? '0' };
        const style = firstOrEmpty(l, 'w:pStyle').attributes['w:val'];
        // A level without an index stands for level 0 (malformed files that reference a list without w:ilvl).
        if (l.attributes['w:ilvl'] === undefined) unindexed = { level, style };
        else levels.set(level.level, level);
        if (style !== undefined) this.byStyle.set(style, level);
      }
      if (unindexed && !levels.has('0')) levels.set('0', unindexed.level);
      this.abstract.set(a.attributes['w:abstractNumId'], { levels, link: firstOrEmpty(a, 'w:numStyleLink').attributes['w:val'] });
    }
    for (const n of childrenNamed(root, 'w:num')) {
      const abstractId = first(n, 'w:abstractNumId')?.attributes['w:val'];
      if (abstractId !== undefined) this.instances.set(n.attributes['w:numId'], abstractId);
    }
  }

  level(numId: string, ilvl: string, seen = new Set<string>()): ListLevel | null {
    if (seen.has(numId)) return null;
    seen.add(numId);
    const abstractId = this.instances.get(numId);
    const abstract = abstractId === undefined ? undefined : this.abstract.get(abstractId);
    if (!abstract) return null;
    if (abstract.link === undefined) return abstract.levels.get(ilvl) ?? null;
    // A list that links to a numbering style takes that style's list.
    const linked = this.styles.numbering.get(abstract.link);
    return linked === undefined ? null : this.level(linked, ilvl, seen);
  }

  /** A paragraph's list level: its own numPr, else its style's list. */
  ofParagraph(styleId: string | undefined, numId: string | undefined, ilvl: string | undefined): ListLevel | null {
    if (numId !== undefined && ilvl !== undefined) return this.level(numId, ilvl);
    if (styleId !== undefined) {
      const byStyle = this.byStyle.get(styleId);
      if (byStyle) return byStyle;
    }
    return numId !== undefined ? this.level(numId, '0') : null;
  }
}

// ---------------------------------------------------------------- the body

type Inline =
  | { type: 'text'; value: string }
  | { type: 'tab' }
  | { type: 'break' }
  | { type: 'checkbox' }
  | { type: 'bookmark' }
  | { type: 'image'; alt: string | undefined }
  | { type: 'noteReference'; noteType: 'footnote' | 'endnote'; noteId: string }
  | { type: 'run'; bold: boolean; strongStyle: boolean; children: DocNode[] };

type Block =
  | { type: 'paragraph'; kind: ParagraphKind; children: DocNode[] }
  | { type: 'table'; children: DocNode[] }
  | { type: 'tableRow'; isHeader: boolean; children: DocNode[] }
  | { type: 'tableCell'; colSpan: number; rowSpan: number; vMerge: boolean | null; children: DocNode[] };

type DocNode = Inline | Block;

type ParagraphKind = { tag: 'p' } | { tag: 'h'; depth: number } | { tag: 'list'; ordered: boolean; depth: number };

const HEADING_ID = /^Heading([1-6])$/;
// Word's built-in contents styles: the entries ("toc 1" … "toc 9") and the contents heading.
const CONTENTS_STYLE_NAME = /^(?:toc [1-9]|toc heading)$/i;
const HEADING_NAME = /^heading ([1-6])$/i;
// Note and comment text styles render as plain paragraphs, list numbering or not.
const PLAIN_PARAGRAPH_NAME = /^(?:footnote text|endnote text|annotation text|footnote|endnote)$/i;

/** What a paragraph renders as, by its style and list level (mammoth's default style map, in its order). */
function paragraphKind(styleId: string | undefined, styleName: string | null, list: ListLevel | null): ParagraphKind {
  const heading = (styleId !== undefined ? HEADING_ID.exec(styleId) : null) ?? (styleName !== null ? HEADING_NAME.exec(styleName) : null);
  if (heading) return { tag: 'h', depth: Number(heading[1]) };
  // Apple Pages' one heading style.
  if (styleId === 'Heading' || styleName?.toUpperCase() === 'HEADING') return { tag: 'h', depth: 1 };
  if (styleName !== null && PLAIN_PARAGRAPH_NAME.test(styleName)) return { tag: 'p' };
  if (list) {
    // Lists nest five levels deep; deeper levels are plain paragraphs.
    const depth = Number(list.level);
    if (Number.isInteger(depth) && depth >= 0 && depth <= 4) return { tag: 'list', ordered: list.isOrdered, depth };
  }
  return { tag: 'p' };
}

const IMAGE_PATH = ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip'];

interface ComplexField {
  type: 'begin' | 'checkbox' | 'other';
}

/**
 * Reads one part's body (document, a footnote) into document nodes, as
 * mammoth's body reader does: known elements only (the text of anything
 * else is not shown text: field codes, deleted runs, moved-from text).
 */
class BodyReader {
  private fields: ComplexField[] = [];
  private instruction = '';
  /** Contents of paragraphs marked deleted, joined to the next paragraph. */
  private deleted: XmlElement[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly lists: Lists,
    private readonly numbering: ParagraphNumbering | null,
  ) {}

  /** `extra`: where text box contents go, to follow the paragraph that anchors them. */
  elements(elements: XmlElement[], extra: DocNode[] | null): DocNode[] {
    const out: DocNode[] = [];
    for (const e of elements) this.element(e, out, extra);
    return out;
  }

  private element(e: XmlElement, out: DocNode[], extra: DocNode[] | null): void {
    switch (e.name) {
      case 'w:p':
        return this.paragraph(e, out);
      case 'w:r': {
        const props = firstOrEmpty(e, 'w:rPr');
        const styleId = first(props, 'w:rStyle')?.attributes['w:val'];
        const styleName = styleId ? (this.styles.character.get(styleId) ?? null) : null;
        out.push({ type: 'run', bold: isOn(first(props, 'w:b')), strongStyle: styleName !== null && styleName.toUpperCase() === 'STRONG', children: this.elements(e.children, extra) });
        return;
      }
      case 'w:t':
        out.push({ type: 'text', value: e.text });
        return;
      case 'w:tab':
        out.push({ type: 'tab' });
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00ad' });
        return;
      case 'w:sym': {
        const char = symbolCharacter(e.attributes['w:font'], e.attributes['w:char']);
        if (char !== null) out.push({ type: 'text', value: char });
        return;
      }
      case 'w:br': {
        const kind = e.attributes['w:type'];
        // Page and column breaks are layout, not a line end in the text.
        if (kind === undefined || kind === 'textWrapping') out.push({ type: 'break' });
        return;
      }
      case 'w:fldChar':
        return this.fieldCharacter(e, out);
      case 'w:instrText':
        this.instruction += e.text;
        return;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        out.push({ type: 'noteReference', noteType: e.name === 'w:footnoteReference' ? 'footnote' : 'endnote', noteId: e.attributes['w:id'] ?? '' });
        return;
      case 'w:bookmarkStart':
        if (e.attributes['w:name'] !== '_GoBack') out.push({ type: 'bookmark' });
        return;
      case 'w:tbl':
        return this.table(e, out, extra);
      case 'w:tr': {
        // A deleted row (tracked changes) is not shown.
        const props = firstOrEmpty(e, 'w:trPr');
        if (first(props, 'w:del')) return;
        out.push({ type: 'tableRow', isHeader: first(props, 'w:tblHeader') !== undefined, children: this.elements(e.children, extra) });
        return;
      }
      case 'w:tc': {
        const props = firstOrEmpty(e, 'w:tcPr');
        const span = firstOrEmpty(props, 'w:gridSpan').attributes['w:val'];
        const merge = first(props, 'w:vMerge');
        const value = merge?.attributes['w:val'];
        out.push({ type: 'tableCell', colSpan: span ? Number.parseInt(span, 10) : 1, rowSpan: 1, vMerge: merge ? value === 'continue' || !value : null, children: this.elements(e.children, extra) });
        return;
      }
      case 'w:sdt':
        return this.contentControl(e, out, extra);
      case 'w:pict':
        // A VML text box: its paragraphs follow the paragraph that anchors it.
        if (extra) extra.push(...this.elements(e.children, extra));
        else this.elements(e.children, null);
        return;
      case 'wp:inline':
      case 'wp:anchor':
        return this.drawing(e, out);
      case 'v:imagedata':
        if (e.attributes['r:id']) out.push({ type: 'image', alt: e.attributes['o:title'] });
        return;
      case 'w:hyperlink':
      case 'w:customXml':
      case 'w:ins':
      case 'w:moveTo':
      case 'w:moveFromRangeEnd':
      case 'w:moveFromRangeStart':
      case 'w:moveToRangeEnd':
      case 'w:moveToRangeStart':
      case 'w:object':
      case 'w:smartTag':
      case 'w:drawing':
      case 'v:roundrect':
      case 'v:shape':
      case 'v:textbox':
      case 'w:txbxContent':
      case 'v:group':
      case 'v:rect':
        out.push(...this.elements(e.children, extra));
        return;
      default:
      // Anything else is not shown text: properties, deleted and moved-from runs, field codes, comments' anchors.
    }
  }

  private paragraph(e: XmlElement, out: DocNode[]): void {
    const props = firstOrEmpty(e, 'w:pPr');
    const styleId = first(props, 'w:pStyle')?.attributes['w:val'];
    let children = e.children;
    // The number Word shows is written in as the paragraph's first run; its list reference is then off.
    const own = numberReference(props);
    const shown = this.numbering ? this.numbering.next(own, styleId) : null;
    const numPr = first(props, 'w:numPr');
    let numId = numPr && first(numPr, 'w:numId')?.attributes['w:val'];
    let ilvl = numPr && first(numPr, 'w:ilvl')?.attributes['w:val'];
    if (shown) {
      numId = '0';
      ilvl = undefined;
      const at = children.indexOf(props);
      const label = numberRun(shown);
      children = at < 0 ? children : [...children.slice(0, at + 1), ...(label ? [label] : []), ...children.slice(at + 1)];
    }
    if (first(firstOrEmpty(props, 'w:rPr'), 'w:del')) {
      // A deleted paragraph mark joins this paragraph's text to the next paragraph.
      this.deleted.push(...children);
      return;
    }
    if (this.deleted.length) {
      children = [...this.deleted, ...children];
      this.deleted = [];
    }
    const styleName = styleId ? (this.styles.paragraph.get(styleId) ?? null) : null;
    // A table of contents repeats the headings with page numbers: it is not the minutes.
    if (styleName !== null && CONTENTS_STYLE_NAME.test(styleName)) return;
    const kind = paragraphKind(styleId, styleName, this.lists.ofParagraph(styleId || undefined, numId, ilvl));
    const extra: DocNode[] = [];
    out.push({ type: 'paragraph', kind, children: this.elements(children, extra) }, ...extra);
  }

  private fieldCharacter(e: XmlElement, out: DocNode[]): void {
    const type = e.attributes['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ type: 'begin' });
      this.instruction = '';
    } else if (type === 'end') {
      const field = this.fields.pop();
      if (field && (field.type === 'checkbox' || (field.type === 'begin' && isCheckbox(this.instruction)))) out.push({ type: 'checkbox' });
    } else if (type === 'separate') {
      const field = this.fields.pop();
      if (field) this.fields.push({ type: field.type === 'begin' && isCheckbox(this.instruction) ? 'checkbox' : 'other' });
    }
  }

  private table(e: XmlElement, out: DocNode[], extra: DocNode[] | null): void {
    const rows = this.elements(e.children, extra);
    // Vertically merged cells: the first of a run spans the rows, the rest are dropped (as in HTML).
    const regular = rows.every((r) => r.type === 'tableRow' && r.children.every((c) => c.type === 'tableCell'));
    if (regular) {
      const columns = new Map<number, { rowSpan: number }>();
      for (const row of rows as { children: DocNode[] }[]) {
        let index = 0;
        for (const cell of row.children as Extract<Block, { type: 'tableCell' }>[]) {
          const above = columns.get(index);
          if (cell.vMerge && above) above.rowSpan++;
          else {
            columns.set(index, cell);
            cell.vMerge = false;
          }
          index += cell.colSpan;
        }
      }
      for (const row of rows as { children: DocNode[] }[]) row.children = row.children.filter((c) => !(c as { vMerge: boolean | null }).vMerge);
    }
    out.push({ type: 'table', children: rows });
  }

  private contentControl(e: XmlElement, out: DocNode[], extra: DocNode[] | null): void {
    const content = this.elements(firstOrEmpty(e, 'w:sdtContent').children, extra);
    const checkbox = first(firstOrEmpty(e, 'w:sdtPr'), 'wordml:checkbox');
    if (!checkbox) {
      out.push(...content);
      return;
    }
    // A checkbox control: its box character is the checkbox, not text.
    let replaced = false;
    const replace = (nodes: DocNode[]): void => {
      for (let i = 0; i < nodes.length && !replaced; i++) {
        const n = nodes[i];
        if ('children' in n) replace(n.children);
        else if (n.type === 'text' && n.value.length > 0 && !replaced) {
          nodes[i] = { type: 'checkbox' };
          replaced = true;
        }
      }
    };
    replace(content);
    if (replaced) out.push(...content);
    else out.push({ type: 'checkbox' });
  }

  private drawing(e: XmlElement, out: DocNode[]): void {
    let level = [e];
    for (const name of IMAGE_PATH) level = level.flatMap((x) => childrenNamed(x, name));
    const props = firstOrEmpty(e, 'wp:docPr').attributes;
    const alt = props.descr === undefined || /^\s*$/.test(props.descr) ? props.title : props.descr;
    for (const blip of level) if (blip.attributes['r:embed'] || blip.attributes['r:link']) out.push({ type: 'image', alt });
  }
}

const isOn = (e: XmlElement | undefined): boolean => e !== undefined && e.attributes['w:val'] !== 'false' && e.attributes['w:val'] !== '0';

const isCheckbox = (instruction: string): boolean => !/^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.test(instruction) && /\s*FORMCHECKBOX\s*/.test(instruction);

/** The run that shows a paragraph's number: the label, then a tab, a space or nothing. */
function numberRun(shown: VisibleNumber): XmlElement | null {
  if (!shown.label) return null;
  const text: XmlElement = { name: 'w:t', attributes: {}, children: [], text: shown.label };
  const gap: XmlElement[] = shown.suffix === 'tab' ? [{ name: 'w:tab', attributes: {}, children: [], text: '' }] : shown.suffix === 'space' ? [{ name: 'w:t', attributes: {}, children: [], text: ' ' }] : [];
  return { name: 'w:r', attributes: {}, children: [text, ...gap], text: '' };
}

// ---------------------------------------------------------------- HTML

/** An HTML element before it is written; `fresh` elements never merge with an equal neighbour. */
interface HtmlElement {
  tag: string;
  /** Tags a non-fresh element merges into when it follows one of them ("ul|ol"). */
  matches: readonly string[];
  fresh: boolean;
  attributes: string;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string | typeof FORCE;
/** Keeps an element that would otherwise be dropped as empty. */
const FORCE = Symbol('force');

const VOID = new Set(['br', 'img', 'input']);

const element = (tag: string, fresh: boolean, children: HtmlNode[], attributes = '', matches: readonly string[] = [tag]): HtmlElement => ({ tag, matches, fresh, attributes, children });

/** Drops empty text and elements with nothing in them (bar void elements), as mammoth does before writing. */
function removeEmpty(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      if (n.length) out.push(n);
    } else if (n === FORCE) out.push(n);
    else {
      const children = removeEmpty(n.children);
      if (children.length || VOID.has(n.tag)) out.push({ ...n, children });
    }
  }
  return out;
}

/** Merges each non-fresh element into an equal element just before it (runs of list items share one list). */
function collapse(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) append(out, typeof n === 'string' || n === FORCE ? n : { ...n, children: collapse(n.children) });
  return out;
}

function append(siblings: HtmlNode[], node: HtmlNode): void {
  const last = siblings[siblings.length - 1];
  if (typeof node === 'object' && !node.fresh && typeof last === 'object' && node.matches.includes(last.tag) && node.attributes === last.attributes) {
    for (const c of node.children) append(last.children, c);
  } else siblings.push(node);
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function write(nodes: HtmlNode[], out: string[]): void {
  for (const n of nodes) {
    if (typeof n === 'string') out.push(escapeText(n));
    else if (n !== FORCE) {
      if (n.children.length === 0 && VOID.has(n.tag)) out.push(`<${n.tag}${n.attributes} />`);
      else {
        out.push(`<${n.tag}${n.attributes}>`);
        write(n.children, out);
        out.push(`</${n.tag}>`);
      }
    }
  }
}

interface Note {
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: DocNode[];
}

/** Document nodes to HTML nodes; note references are numbered in order and their notes listed at the end. */
class HtmlRenderer {
  private noteNumber = 1;
  readonly references: { noteType: 'footnote' | 'endnote'; noteId: string }[] = [];

  nodes(nodes: DocNode[], header = false): HtmlNode[] {
    const out: HtmlNode[] = [];
    for (const n of nodes) this.node(n, out, header);
    return out;
  }

  private node(n: DocNode, out: HtmlNode[], header: boolean): void {
    switch (n.type) {
      case 'paragraph': {
        const content = this.nodes(n.children, header);
        const k = n.kind;
        if (k.tag === 'p') out.push(element('p', true, content));
        else if (k.tag === 'h') out.push(element(`h${k.depth}`, true, content));
        else {
          // Level N sits inside the last item of level N-1: "ul|ol > li > … > ol > li".
          let node: HtmlElement = element('li', true, content);
          node = element(k.ordered ? 'ol' : 'ul', false, [node]);
          for (let d = 0; d < k.depth; d++) node = element('ul', false, [element('li', false, [node])], '', ['ul', 'ol']);
          out.push(node);
        }
        return;
      }
      case 'run': {
        let content = this.nodes(n.children, header);
        if (n.bold) content = [element('strong', false, content)];
        if (n.strongStyle) content = [element('strong', false, content)];
        out.push(...content);
        return;
      }
      case 'text':
        out.push(n.value);
        return;
      case 'tab':
        out.push('\t');
        return;
      case 'break':
        out.push(element('br', true, []));
        return;
      case 'checkbox':
        out.push(element('input', true, [], ' type="checkbox"'));
        return;
      case 'bookmark':
        out.push(element('a', true, [FORCE]));
        return;
      case 'image':
        out.push(element('img', true, [], n.alt === undefined ? ' src=""' : ` alt="${escapeAttribute(n.alt)}" src=""`));
        return;
      case 'noteReference':
        this.references.push(n);
        out.push(element('sup', true, [element('a', true, [`[${this.noteNumber++}]`])]));
        return;
      case 'table': {
        const layout = tableLayout(n.children);
        if (layout === 'box') {
          // A framed box (a resolution, a note): its paragraphs read as paragraphs, not as one row.
          for (const row of n.children) if (row.type === 'tableRow') for (const cell of row.children) if (cell.type === 'tableCell') out.push(...this.nodes(cell.children, header));
          return;
        }
        if (layout === 'minutes') {
          for (const row of n.children) if (row.type === 'tableRow') this.minuteRow(row.children, out);
          return;
        }
        if (layout === 'side-headings') {
          // Each heading (its lines joined) is a line of its own, the paragraphs beside it below it.
          for (const row of n.children) {
            if (row.type !== 'tableRow') continue;
            const cells = row.children.filter((c): c is Extract<Block, { type: 'tableCell' }> => c.type === 'tableCell');
            const heading = plainText(cells[0]?.children ?? []).replace(/\s+/g, ' ').trim();
            if (heading) out.push(element('p', true, [heading]));
            for (const cell of cells.slice(1)) out.push(...this.nodes(cell.children));
          }
          return;
        }
        const headerRows = n.children.findIndex((r) => !(r.type === 'tableRow' && r.isHeader));
        const split = headerRows < 0 ? n.children.length : headerRows;
        const rows = split === 0 ? this.nodes(n.children, false) : [element('thead', true, this.nodes(n.children.slice(0, split), true)), element('tbody', true, this.nodes(n.children.slice(split), false))];
        out.push(element('table', true, [FORCE, ...rows]));
        return;
      }
      case 'tableRow':
        out.push(element('tr', true, [FORCE, ...this.nodes(n.children, header)]));
        return;
      case 'tableCell': {
        const attributes = `${n.colSpan !== 1 ? ` colspan="${n.colSpan}"` : ''}${n.rowSpan !== 1 ? ` rowspan="${n.rowSpan}"` : ''}`;
        out.push(element(header ? 'th' : 'td', true, [FORCE, ...this.nodes(n.children, header)], attributes));
        return;
      }
    }
  }

  /**
   * A row of minutes set out as a table: the minute number in its cell, the
   * heading and its paragraphs in the next. The number and the heading are one
   * line ("45/24  Confirmation of Minutes"); each paragraph below is its own.
   */
  private minuteRow(cells: DocNode[], out: HtmlNode[]): void {
    const [label, ...rest] = cells.filter((c): c is Extract<Block, { type: 'tableCell' }> => c.type === 'tableCell');
    const number = label ? plainText(label.children).trim() : '';
    const blocks = rest.flatMap((c) => c.children);
    const headingAt = blocks.findIndex((b) => b.type === 'paragraph' && plainText(b.children).trim() !== '');
    if (headingAt < 0) {
      if (number) out.push(element('p', true, [number]));
      return;
    }
    const heading = blocks[headingAt] as Extract<Block, { type: 'paragraph' }>;
    out.push(element('p', true, [...(number ? [number, '\t'] : []), ...this.nodes(heading.children)]));
    out.push(...this.nodes(blocks.slice(headingAt + 1)));
  }

  /** A note as a list item: its paragraphs, the last ending in a back-link arrow. */
  note(note: Note): HtmlNode {
    const body = this.nodes(note.body);
    body.push(element('p', false, [' ', element('a', true, ['\u2191'])]));
    return element('li', true, body, ` id="${note.noteType}-${escapeAttribute(note.noteId)}"`);
  }
}

/** The text of document nodes. */
function plainText(nodes: DocNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'tab') out += '\t';
    else if ('children' in n) out += plainText(n.children) + (n.type === 'paragraph' ? '\n' : '');
  }
  return out;
}

/** Is every letter of this paragraph in bold runs (a heading set in bold type)? */
function boldParagraph(p: DocNode): boolean {
  if (p.type !== 'paragraph') return false;
  if (p.kind.tag === 'h') return true;
  let bold = false;
  let plain = false;
  const walk = (nodes: DocNode[], inBold: boolean): void => {
    for (const n of nodes) {
      if (n.type === 'text') {
        if (/\p{L}/u.test(n.value)) {
          if (inBold) bold = true;
          else plain = true;
        }
      } else if ('children' in n) walk(n.children, inBold || (n.type === 'run' && (n.bold || n.strongStyle)));
    }
  };
  walk(p.children, false);
  return bold && !plain;
}

// A minute number alone in its cell: "45/24", "12.", "MM 103", "Item 7" (short, with a figure).
const MINUTE_NUMBER_CELL = /^(?=[^\n]{1,16}$)[^\n]*\d[^\n]*$/;
// A heading is short: a longer bold first paragraph is a motion or a paragraph set in bold.
const MAX_HEADING_CELL = 200;

/**
 * How a table is laid out when it is not data. 'box': one column whose cell
 * holds several paragraphs (a framed resolution or note). 'minutes': most rows
 * hold a minute number in the first cell and, in a later cell, a bold heading
 * with paragraphs below it. 'side-headings': most rows hold two cells, a
 * heading (bold, or led by its number) beside the minute's paragraphs.
 * Otherwise null: a data table, one line per row.
 */
function tableLayout(rows: DocNode[]): 'box' | 'minutes' | 'side-headings' | null {
  const cellsOf = (r: DocNode): Extract<Block, { type: 'tableCell' }>[] => (r.type === 'tableRow' ? r.children.filter((c): c is Extract<Block, { type: 'tableCell' }> => c.type === 'tableCell') : []);
  const blocks = (c: Extract<Block, { type: 'tableCell' }>): DocNode[] => c.children.filter((b) => b.type === 'table' || (b.type === 'paragraph' && plainText(b.children).trim() !== ''));
  const all = rows.map(cellsOf);
  if (all.length && all.every((cells) => cells.length === 1 && cells[0].colSpan === 1) && all.some((cells) => blocks(cells[0]).length >= 2)) return 'box';
  const minuteRow = (cells: Extract<Block, { type: 'tableCell' }>[]): boolean => {
    if (cells.length < 2 || !MINUTE_NUMBER_CELL.test(plainText(cells[0].children).trim())) return false;
    return cells.slice(1).some((c) => {
      const b = blocks(c);
      return b.length >= 2 && boldParagraph(b[0]) && plainText([b[0]]).trim().length <= MAX_HEADING_CELL;
    });
  };
  const minutes = all.filter(minuteRow).length;
  if (minutes > 0 && minutes * 2 >= all.length) return 'minutes';
  // Side headings: the minute's number and title in the left cell (bold, or led by its number), its paragraphs in the right.
  const sideHeadRow = (cells: Extract<Block, { type: 'tableCell' }>[]): boolean => {
    if (cells.length !== 2 || blocks(cells[1]).length < 2) return false;
    const head = blocks(cells[0]);
    const text = plainText(cells[0].children).trim();
    return head.length >= 1 && text.length <= MAX_SIDE_HEADING && SIDE_HEADING_WORD.test(text) && !/:$/.test(text) && (head.every(boldParagraph) || /^\d/.test(text));
  };
  const sideHeads = all.filter(sideHeadRow).length;
  return sideHeads > 0 && sideHeads * 2 >= all.length ? 'side-headings' : null;
}
// A side heading: a title (a word of three letters or more), at most this long.
const SIDE_HEADING_WORD = /\p{L}{3}/u;
const MAX_SIDE_HEADING = 150;

/** The notes of footnotes.xml or endnotes.xml, by id. */
function readNotes(root: XmlElement | null, noteType: 'footnote' | 'endnote', reader: () => BodyReader): Map<string, Note> {
  const notes = new Map<string, Note>();
  for (const n of root ? childrenNamed(root, `w:${noteType}`) : []) {
    const type = n.attributes['w:type'];
    if (type === 'separator' || type === 'continuationSeparator') continue;
    const noteId = n.attributes['w:id'] ?? '';
    notes.set(noteId, { noteType, noteId, body: reader().elements(n.children, null) });
  }
  return notes;
}

/** The document as HTML. Throws on a package that is not a Word document. */
export function docxToHtml(bytes: Uint8Array): string {
  const entries = readZip(bytes);
  if (!entries) throw new Error("Corrupted zip: can't find end of central directory");
  const pkg = new Package(entries);
  const parts = findParts(pkg);
  const stylesRoot = pkg.xml(parts.styles);
  const numberingRoot = pkg.xml(parts.numbering);
  const styles = readStyles(stylesRoot);
  const lists = new Lists(numberingRoot, styles);
  const numbering = numberingRoot ? new ParagraphNumbering(parseNumbering(numberingRoot, styles.numbering), stylesRoot ? styleNumbering(stylesRoot) : new Map<string, NumberReference>()) : null;
  const root = pkg.xml(parts.document);
  const body = root && first(root, 'w:body');
  if (!body) throw new Error('Could not find the body element');
  const content = new BodyReader(styles, lists, numbering).elements(body.children, null);

  const renderer = new HtmlRenderer();
  const html = renderer.nodes(content);
  if (renderer.references.length) {
    const notes = new Map<string, Note>();
    const plain = (): BodyReader => new BodyReader(styles, lists, null);
    for (const [type, part] of [['footnote', parts.footnotes], ['endnote', parts.endnotes]] as const) {
      for (const [id, note] of readNotes(pkg.xml(part), type, plain)) notes.set(`${type}:${id}`, note);
    }
    const items: HtmlNode[] = [];
    // Notes are listed in the order the text cites them (a citation inside a note adds no note).
    const cited = renderer.references.length;
    for (let i = 0; i < cited; i++) {
      const ref = renderer.references[i];
      const note = notes.get(`${ref.noteType}:${ref.noteId}`);
      if (note) items.push(renderer.note(note));
    }
    html.push(element('ol', true, items));
  }
  const out: string[] = [];
  write(collapse(removeEmpty(html)), out);
  return out.join('');
}

/** The Word reader. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    html = docxToHtml(bytes);
  } catch (e) {
    throw new ReadError('unreadable-input', `Unexpected corrupt or truncated Word file (${(e as Error).message}), expected a valid .docx document`);
  }
  const { text, lines } = htmlToLines(html, { tables: 'rows', tabs: 'gap' });
  return { format: 'docx', text, lines, warnings: [] };
}
