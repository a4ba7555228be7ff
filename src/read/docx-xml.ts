// The XML of a Word package as a small element tree, read in one forward
// pass with indexOf (no regex over the document, no DOM library): element
// names, attributes, and the text of the few elements whose text is read
// (w:t, w:instrText). Namespace prefixes are mapped to the ones the reader
// expects ("w:", "mc:", …) whatever prefixes the file declares, so a package
// written with other prefixes reads the same. Comments, processing
// instructions, doctypes and CDATA are skipped (Word writes none in text).

export interface XmlElement {
  /** The element's name with its canonical prefix: "w:p", "mc:Fallback", "v:textbox". */
  name: string;
  /** Attributes by canonical name ("w:val", "r:id"); values entity-decoded. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text content, kept only for elements whose text the reader reads. */
  text: string;
}

/** Namespace URIs and the prefix the reader knows each by (transitional and strict OOXML alike). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

/** Elements whose text content is kept. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:instrText']);

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** How many unclosed elements an end tag may close at once. */
const MAX_UNCLOSED = 16;

const ATTRIBUTE = /([^\s=/>]{1,200})\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NO_CHILDREN: XmlElement[] = [];

/** An element whose attributes are parsed from their source text on first use. */
class Element implements XmlElement {
  /** Shared by every element until its first child (most elements have none). */
  children: XmlElement[] = NO_CHILDREN;
  text = '';
  private parsed: Record<string, string> | null = null;

  constructor(
    readonly name: string,
    private readonly source: string,
    private readonly canonical: (raw: string) => string,
  ) {}

  get attributes(): Record<string, string> {
    if (this.parsed) return this.parsed;
    const out: Record<string, string> = {};
    if (this.source) {
      ATTRIBUTE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ATTRIBUTE.exec(this.source))) {
        const key = m[1];
        if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
        // Unprefixed attributes are in no namespace: their names stay as written.
        out[key.indexOf(':') < 0 ? key : this.canonical(key)] = decodeEntities(m[2] ?? m[3] ?? '');
      }
    }
    this.parsed = out;
    return out;
  }
}

/** An empty element, for absent children read as if present. */
export const EMPTY_ELEMENT: XmlElement = Object.freeze({ name: '', attributes: Object.freeze({}) as Record<string, string>, children: Object.freeze([]) as unknown as XmlElement[], text: '' });

/**
 * Parses an XML document into its root element, or null when it has none.
 * Lenient like a browser: an unmatched end tag closes up to the element it
 * names, unclosed elements end with the document.
 */
export function parseXml(xml: string): XmlElement | null {
  // Prefix (as written) → canonical prefix; declarations are taken as met (Word declares them all on the root).
  const prefixes = new Map<string, string>();
  const names = new Map<string, string>();
  const canonical = (raw: string): string => {
    let name = names.get(raw);
    if (name !== undefined) return name;
    const colon = raw.indexOf(':');
    if (colon < 0) {
      const uri = prefixes.get('');
      name = uri !== undefined ? `${uri}:${raw}` : raw;
    } else {
      const prefix = prefixes.get(raw.slice(0, colon));
      name = prefix !== undefined ? `${prefix}:${raw.slice(colon + 1)}` : raw;
    }
    names.set(raw, name);
    return name;
  };
  const declare = (prefix: string, uri: string): void => {
    const known = NAMESPACES[uri];
    const mapped = known ?? (prefix === '' ? undefined : `{${uri}}`);
    // An unknown default namespace leaves unprefixed names as they are.
    if (mapped === undefined) prefixes.delete(prefix);
    else prefixes.set(prefix, mapped);
    names.clear();
  };

  // The next '"' at or after a position, remembered: looking it up afresh for every tag would rescan long quote-less stretches.
  let quote = -2;
  const quoteFrom = (at: number): number => {
    if (quote !== -1 && quote < at) quote = xml.indexOf('"', at);
    return quote;
  };
  /** The '>' that ends the tag opened at `lt`: one inside a quoted attribute value does not. */
  const tagEnd = (lt: number): number => {
    let at = lt + 1;
    for (;;) {
      const gt = xml.indexOf('>', at);
      if (gt < 0) return -1;
      const open = quoteFrom(at);
      if (open < 0 || open > gt) return gt;
      const close = quoteFrom(open + 1);
      if (close < 0) return -1;
      at = close + 1;
    }
  };

  const root: XmlElement = new Element('#document', '', (raw) => raw);
  const stack: XmlElement[] = [root];
  let top = root;
  let keepText = false;
  let alternates = false;
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    if (keepText && lt > at) top.text += decodeEntities(xml.slice(at, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      // Comment, CDATA or doctype.
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        at = end < 0 ? n : end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        at = end < 0 ? n : end + 3;
      } else {
        const end = xml.indexOf('>', lt + 2);
        at = end < 0 ? n : end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      at = end < 0 ? n : end + 2;
      continue;
    }
    const gt = tagEnd(lt);
    if (gt < 0) break;
    at = gt + 1;
    if (next === 47 /* / */) {
      const name = canonical(xml.slice(lt + 2, gt).trim());
      // Close up to the element named; an end tag that closes nothing open nearby is ignored (searching the
      // whole stack for every stray end tag would be quadratic in a broken file).
      for (let i = stack.length - 1; i > 0 && i >= stack.length - MAX_UNCLOSED; i--) {
        if (stack[i].name === name) {
          while (stack.length > i) stack.pop();
          top = stack[i - 1];
          break;
        }
      }
      keepText = TEXT_ELEMENTS.has(top.name);
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const end = selfClosing ? gt - 1 : gt;
    let space = lt + 1;
    while (space < end && xml.charCodeAt(space) > 32) space++;
    const rawName = xml.slice(lt + 1, space);
    const rest = space < end ? xml.slice(space, end) : '';
    // Namespace declarations are read now; other attributes when first asked for (most, like Word's rsid revision marks, never are).
    if (rest.includes('xmlns')) {
      ATTRIBUTE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ATTRIBUTE.exec(rest))) {
        if (m[1] === 'xmlns') declare('', decodeEntities(m[2] ?? m[3] ?? ''));
        else if (m[1].startsWith('xmlns:')) declare(m[1].slice(6), decodeEntities(m[2] ?? m[3] ?? ''));
      }
    }
    const element: XmlElement = new Element(canonical(rawName), rest, canonical);
    if (element.name === 'mc:AlternateContent') alternates = true;
    if (top.children === NO_CHILDREN) top.children = [element];
    else top.children.push(element);
    if (!selfClosing) {
      stack.push(element);
      top = element;
      keepText = TEXT_ELEMENTS.has(element.name);
    }
  }
  const document = root.children.find((c) => c.name !== '') ?? null;
  if (document && alternates) collapseAlternateContent(document);
  return document;
}

/**
 * Markup-compatibility choices are read as their fallback (what a reader of
 * the base standard sees): a text box's VML copy, a list level's plain number
 * format.
 */
function collapseAlternateContent(element: XmlElement): void {
  const children: XmlElement[] = [];
  for (const c of element.children) {
    if (c.name === 'mc:AlternateContent') {
      for (const f of firstOrEmpty(c, 'mc:Fallback').children) {
        collapseAlternateContent(f);
        children.push(f);
      }
    } else {
      collapseAlternateContent(c);
      children.push(c);
    }
  }
  element.children = children;
}

/** The first child element of that name. */
export function first(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (c.name === name) return c;
  return undefined;
}

/** The first child element of that name, or an empty element. */
export function firstOrEmpty(element: XmlElement, name: string): XmlElement {
  return first(element, name) ?? EMPTY_ELEMENT;
}

/** The child elements of that name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
