// Bytes to string: BOM-aware UTF-8 / UTF-16 decoding. Text saved by older
// Windows programs (Windows-1252: £ and – as single bytes) is read as such,
// with a warning; other undecodable bytes become U+FFFD with a warning
// rather than failing the file.
import { makeWarning } from '../schema/warnings.js';
import type { Warning } from '../schema/document.js';

export interface Decoded {
  text: string;
  warnings: Warning[];
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes to text, honouring UTF-8 and UTF-16 byte-order marks. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: Warning[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings };
  }
  try {
    return { text: utf8Strict.decode(bytes), warnings };
  } catch {
    if (isWindows1252(bytes)) {
      const text = decodeWindows1252(bytes);
      warnings.push(makeWarning('legacy-encoding', 'Unexpected bytes that are not UTF-8, expected UTF-8 text; read as Windows-1252', { line: lineOf(bytes, firstHighByte(bytes)) }));
      return { text, warnings };
    }
    const text = utf8.decode(bytes);
    let count = 0;
    let firstLine: number | null = null;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c === 0xfffd) {
        count++;
        if (firstLine === null) firstLine = line;
      }
    }
    warnings.push(
      makeWarning(
        'undecodable-bytes',
        `Unexpected ${count} byte sequence${count === 1 ? '' : 's'} that are not UTF-8, expected UTF-8 text; replaced with U+FFFD`,
        { line: firstLine },
      ),
    );
    return { text, warnings };
  }
}

// Windows-1252's 0x80-0x9F, where it differs from Latin-1 (Node's TextDecoder reads 'windows-1252' as Latin-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k];
      chars[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

// Bytes Windows-1252 leaves undefined: a text holding one is not Windows-1252.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Not UTF-8, but Windows-1252: no well-formed UTF-8 sequence of two bytes or
 * more anywhere (a file mixing both stays UTF-8 with replacements), and no byte
 * Windows-1252 leaves undefined.
 */
function isWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (UNDEFINED_IN_1252.has(b)) return false;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let k = 1;
    while (length && k < length && i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80) k++;
    if (length && k === length) return false;
  }
  return true;
}

const firstHighByte = (bytes: Uint8Array): number => bytes.findIndex((b) => b >= 0x80);

/** The 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** True when the bytes look like binary data rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  // UTF-16 text carries NULs legitimately.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}
