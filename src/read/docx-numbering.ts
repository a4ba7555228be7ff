// Word's automatic numbering, made text. Word numbers headings and list
// paragraphs through numbering.xml (a paragraph says "list 3, level 0"; the
// number it shows is counted at display time), so the numbers are not in the
// text, and mammoth renders each run of numbered paragraphs as an HTML list
// that restarts at 1 after every ordinary paragraph. Here the numbers Word
// shows ("7.", "4.2", "(b)") are counted as Word counts them and written into
// each paragraph's text (its numbering reference removed), before mammoth
// reads the file. Bullets stay lists. Pure functions over the package's XML;
// the zip is read and written here (stored entries: no compression needed).
import { inflateRawSync } from 'node:zlib';

// ---------------------------------------------------------------- zip

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** The entries of a zip archive, or null when it is not one this reader understands (the caller then leaves it to mammoth). */
export function readZip(bytes: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record: in the last 64 KiB (its comment is at most 65535 bytes).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const method = u16(bytes, p + 10);
    const size = u32(bytes, p + 20);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const raw = bytes.subarray(start, start + size);
    if (method === 0) entries.push({ name, data: raw });
    else if (method === 8) entries.push({ name, data: new Uint8Array(inflateRawSync(raw)) });
    else return null;
  }
  return entries;
}

const CRC_TABLE = ((): Uint32Array => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of stored (uncompressed) entries. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

// ---------------------------------------------------------------- numbering

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (Word's default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and the levels it restarts (startOverride). */
  instances: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

const attribute = (xml: string, name: string): string | undefined => new RegExp(`\\bw:${name}="([^"]{0,200})"`).exec(xml)?.[1];
const childValue = (xml: string, tag: string): string | undefined => {
  const m = new RegExp(`<w:${tag}\\b[^>]{0,300}>`).exec(xml);
  return m ? attribute(m[0], 'val') : undefined;
};

/** Each `<w:TAG …>…</w:TAG>` element's opening tag and body (TAG elements do not nest in numbering.xml). */
function elements(xml: string, tag: string): { open: string; body: string }[] {
  const out: { open: string; body: string }[] = [];
  const opening = new RegExp(`<w:${tag}\\b[^>]{0,500}>`, 'g');
  const close = `</w:${tag}>`;
  let m: RegExpExecArray | null;
  while ((m = opening.exec(xml))) {
    if (m[0].endsWith('/>')) {
      out.push({ open: m[0], body: '' });
      continue;
    }
    const end = xml.indexOf(close, opening.lastIndex);
    if (end < 0) break;
    out.push({ open: m[0], body: xml.slice(opening.lastIndex, end) });
    opening.lastIndex = end + close.length;
  }
  return out;
}

export function parseNumbering(xml: string): NumberingDefinitions {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of elements(xml, 'abstractNum')) {
    const id = attribute(a.open, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of elements(a.body, 'lvl')) {
      const ilvl = Number(attribute(l.open, 'ilvl') ?? 0);
      const suffix = childValue(l.body, 'suff');
      levels.set(ilvl, {
        start: Number(childValue(l.body, 'start') ?? 1),
        format: childValue(l.body, 'numFmt') ?? 'decimal',
        text: childValue(l.body, 'lvlText') ?? '',
        suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
      });
    }
    abstract.set(id, levels);
  }
  const instances = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const n of elements(xml, 'num')) {
    const id = attribute(n.open, 'numId');
    const abstractId = childValue(n.body, 'abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of elements(n.body, 'lvlOverride')) {
      const start = childValue(o.body, 'startOverride');
      if (start !== undefined) overrides.set(Number(attribute(o.open, 'ilvl') ?? 0), Number(start));
    }
    instances.set(id, { abstractId, overrides });
  }
  return { abstract, instances };
}

interface NumberReference {
  numId: string;
  ilvl: number;
}

const NUM_PR = /<w:numPr>([\s\S]{0,400}?)<\/w:numPr>/;

function numberReference(pPr: string): NumberReference | null | undefined {
  const m = NUM_PR.exec(pPr);
  if (!m) return undefined;
  const numId = childValue(m[1], 'numId');
  if (numId === undefined) return undefined;
  // numId 0 switches off numbering a style would give.
  if (numId === '0') return null;
  return { numId, ilvl: Number(childValue(m[1], 'ilvl') ?? 0) };
}

/** Paragraph styles' numbering (a "Heading 1" numbered through its style), following basedOn. */
export function styleNumbering(xml: string): Map<string, NumberReference> {
  const own = new Map<string, NumberReference | null>();
  const basedOn = new Map<string, string>();
  for (const s of elements(xml, 'style')) {
    const id = attribute(s.open, 'styleId');
    if (id === undefined) continue;
    const ref = numberReference(s.body);
    if (ref !== undefined) own.set(id, ref);
    const parent = childValue(s.body, 'basedOn');
    if (parent) basedOn.set(id, parent);
  }
  const out = new Map<string, NumberReference>();
  for (const id of new Set([...own.keys(), ...basedOn.keys()])) {
    let at: string | undefined = id;
    for (let depth = 0; at !== undefined && depth < 10; depth++) {
      if (own.has(at)) {
        const ref = own.get(at);
        if (ref) out.set(id, ref);
        break;
      }
      at = basedOn.get(at);
    }
  }
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a level's number format, or null for formats that are not numbers (bullets, none). */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'ordinal':
      return String(n);
    default:
      return null;
  }
}

const PARAGRAPH = /<w:p(?:\s[^>]{0,500})?>(<w:pPr>[\s\S]{0,20000}?<\/w:pPr>)?/g;
const PARAGRAPH_STYLE = /<w:pStyle\s+w:val="([^"]{1,200})"/;

/**
 * document.xml with the numbers Word shows written into each numbered paragraph
 * (and its numbering reference removed); bullets and unknown lists untouched.
 */
export function numberParagraphs(documentXml: string, definitions: NumberingDefinitions, styles: Map<string, NumberReference>): string {
  // Counters are kept per abstract list: instances of one list continue its numbering, unless they restart a level.
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  return documentXml.replace(PARAGRAPH, (whole: string, pPr: string | undefined) => {
    const own = pPr ? numberReference(pPr) : undefined;
    const style = pPr ? PARAGRAPH_STYLE.exec(pPr)?.[1] : undefined;
    const ref = own === undefined ? (style ? styles.get(style) : undefined) : own;
    if (!ref) return whole;
    const instance = definitions.instances.get(ref.numId);
    const levels = instance && definitions.abstract.get(instance.abstractId);
    const level = levels?.get(ref.ilvl);
    if (!instance || !levels || !level || formatNumber(1, level.format) === null) return whole;
    const key = instance.overrides.size ? `num:${ref.numId}` : `abstract:${instance.abstractId}`;
    let counts = counters.get(key);
    if (!counts || (instance.overrides.size && !restarted.has(ref.numId))) {
      counts = [];
      counters.set(key, counts);
      restarted.add(ref.numId);
    }
    // A level counts on from its start; deeper levels restart under it.
    const startOf = (ilvl: number): number => instance.overrides.get(ilvl) ?? levels.get(ilvl)?.start ?? 1;
    counts[ref.ilvl] = counts[ref.ilvl] === undefined ? startOf(ref.ilvl) : counts[ref.ilvl] + 1;
    counts.length = ref.ilvl + 1;
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const ilvl = Number(d) - 1;
      const value = counts![ilvl] ?? startOf(ilvl);
      return formatNumber(value, levels.get(ilvl)?.format ?? 'decimal') ?? '';
    });
    const gap = level.suffix === 'tab' ? '<w:tab/>' : level.suffix === 'space' ? '<w:t xml:space="preserve"> </w:t>' : '';
    const run = label ? `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t>${gap}</w:r>` : '';
    const open = whole.slice(0, whole.length - (pPr?.length ?? 0));
    // numId 0 switches the list off, so mammoth does not number the paragraph again (a style's numbering included).
    const off = '<w:numPr><w:numId w:val="0"/></w:numPr>';
    const props = !pPr ? '' : own ? pPr.replace(NUM_PR, off) : pPr.replace('<w:pPr>', `<w:pPr>${off}`);
    return `${open}${props}${run}`;
  });
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The .docx with Word's automatic numbers in its text, or the bytes as they
 * were when there is no numbering (or the package is not one this reads).
 */
export function withVisibleNumbers(bytes: Uint8Array): Uint8Array {
  const entries = readZip(bytes);
  if (!entries) return bytes;
  const find = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
  const document = find('word/document.xml');
  const numbering = find('word/numbering.xml');
  if (!document || !numbering) return bytes;
  const decoder = new TextDecoder();
  const definitions = parseNumbering(decoder.decode(numbering.data));
  const stylesEntry = find('word/styles.xml');
  const styles = stylesEntry ? styleNumbering(decoder.decode(stylesEntry.data)) : new Map<string, NumberReference>();
  const xml = decoder.decode(document.data);
  const numbered = numberParagraphs(xml, definitions, styles);
  if (numbered === xml) return bytes;
  document.data = new TextEncoder().encode(numbered);
  return writeZip(entries);
}
