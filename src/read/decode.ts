// Bytes to string: BOM-aware UTF-8 / UTF-16 decoding. Undecodable bytes
// become U+FFFD with a warning rather than failing the file.
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
