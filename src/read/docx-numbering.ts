// Word's automatic numbering, made text. Word numbers headings and list
// paragraphs through numbering.xml (a paragraph says "list 3, level 0"; the
// number it shows is counted at display time), so the numbers are not in the
// text. Here the numbers Word shows ("7.", "4.2", "(b)") are counted as Word
// counts them, paragraph by paragraph in document order, for the Word reader
// to write into each paragraph's text. Bullets stay lists. Also the zip
// container: entries are listed from the central directory and inflated only
// when read.
import { inflateRawSync } from 'node:zlib';
import { childrenNamed, first, type XmlElement } from './docx-xml.js';

// ---------------------------------------------------------------- zip

export interface ZipEntry {
  name: string;
  /** The entry's bytes, inflated on each call. */
  read(): Uint8Array;
}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** The entries of a zip archive, or null when it is not one (or not one this reader understands: no zip64, no encryption). */
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
    if (method === 0) entries.push({ name, read: () => raw });
    else if (method === 8) entries.push({ name, read: () => new Uint8Array(inflateRawSync(raw)) });
    else return null;
  }
  return entries;
}

// ---------------------------------------------------------------- numbering

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (Word's default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

export interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and the levels it restarts (startOverride). */
  instances: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

const valueOf = (element: XmlElement | undefined): string | undefined => element?.attributes['w:val'];

/**
 * The definitions of numbering.xml (its root element). `numberingStyles`:
 * the numId each numbering style of styles.xml stands for, so that a list
 * defined as "the list of style X" (numStyleLink) counts as that list.
 */
export function parseNumbering(root: XmlElement, numberingStyles: ReadonlyMap<string, string | undefined> = new Map()): NumberingDefinitions {
  const abstract = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const id = a.attributes['w:abstractNumId'];
    if (id === undefined) continue;
    const link = valueOf(first(a, 'w:numStyleLink'));
    if (link !== undefined) links.set(id, link);
    const levels = new Map<number, Level>();
    for (const l of childrenNamed(a, 'w:lvl')) {
      const suffix = valueOf(first(l, 'w:suff'));
      levels.set(Number(l.attributes['w:ilvl'] ?? 0), {
        start: Number(valueOf(first(l, 'w:start')) ?? 1),
        format: valueOf(first(l, 'w:numFmt')) ?? 'decimal',
        text: valueOf(first(l, 'w:lvlText')) ?? '',
        suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
      });
    }
    abstract.set(id, levels);
  }
  const instances = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  for (const n of childrenNamed(root, 'w:num')) {
    const id = n.attributes['w:numId'];
    const abstractId = valueOf(first(n, 'w:abstractNumId'));
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, number>();
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const start = valueOf(first(o, 'w:startOverride'));
      if (start !== undefined) overrides.set(Number(o.attributes['w:ilvl'] ?? 0), Number(start));
    }
    instances.set(id, { abstractId, overrides });
  }
  // A linked list takes the levels (and the counters) of the list its style names.
  for (const instance of instances.values()) {
    for (let hops = 0; hops < 5; hops++) {
      const link = links.get(instance.abstractId);
      const target = link === undefined ? undefined : instances.get(numberingStyles.get(link) ?? '');
      if (!target || target === instance) break;
      instance.abstractId = target.abstractId;
    }
  }
  return { abstract, instances };
}

export interface NumberReference {
  numId: string;
  ilvl: number;
}

/** A paragraph's (or style's) own numbering: undefined when it names none, null when it switches numbering off (numId 0). */
export function numberReference(pPr: XmlElement | undefined): NumberReference | null | undefined {
  const numPr = pPr && first(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = valueOf(first(numPr, 'w:numId'));
  if (numId === undefined) return undefined;
  // numId 0 switches off numbering a style would give.
  if (numId === '0') return null;
  return { numId, ilvl: Number(valueOf(first(numPr, 'w:ilvl')) ?? 0) };
}

/** Paragraph styles' numbering (a "Heading 1" numbered through its style), following basedOn; from styles.xml's root. */
export function styleNumbering(root: XmlElement): Map<string, NumberReference> {
  const own = new Map<string, NumberReference | null>();
  const basedOn = new Map<string, string>();
  for (const s of childrenNamed(root, 'w:style')) {
    const id = s.attributes['w:styleId'];
    if (id === undefined) continue;
    const ref = numberReference(first(s, 'w:pPr'));
    if (ref !== undefined) own.set(id, ref);
    const parent = valueOf(first(s, 'w:basedOn'));
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

/** The number a paragraph shows and what follows it. */
export interface VisibleNumber {
  label: string;
  suffix: 'tab' | 'space' | 'nothing';
}

/**
 * Counts numbered paragraphs as Word does, one call per paragraph in
 * document order. Counters are kept per abstract list: instances of one
 * list continue its numbering, unless they restart a level.
 */
export class ParagraphNumbering {
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();

  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styles: Map<string, NumberReference>,
  ) {}

  /** The number the paragraph shows, or null (no numbering, a bullet, an unknown format). */
  next(own: NumberReference | null | undefined, styleId: string | undefined): VisibleNumber | null {
    const ref = own === undefined ? (styleId !== undefined ? this.styles.get(styleId) : undefined) : own;
    if (!ref) return null;
    const instance = this.definitions.instances.get(ref.numId);
    const levels = instance && this.definitions.abstract.get(instance.abstractId);
    const level = levels?.get(ref.ilvl);
    if (!instance || !levels || !level || formatNumber(1, level.format) === null) return null;
    const key = instance.overrides.size ? `num:${ref.numId}` : `abstract:${instance.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts || (instance.overrides.size && !this.restarted.has(ref.numId))) {
      counts = [];
      this.counters.set(key, counts);
      this.restarted.add(ref.numId);
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
    return { label, suffix: level.suffix };
  }
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

