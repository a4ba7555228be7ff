// Word .docx to lines: automatic numbering is made text (docx-numbering.ts),
// then mammoth (loaded only when a .docx is read) converts the
// document to HTML, then the HTML reader walks it, so paragraphs, numbered
// lists and tables come out as they do from a web page. Word tables are data
// (attendance, motions, dispositions): every row is one line. A tab stop is a
// two-space gap, as in the text a person copies out of Word.
import { ReadError } from './errors.js';
import { withVisibleNumbers } from './docx-numbering.js';
import { htmlToLines } from './html.js';
import type { ReadResult } from './types.js';

type Mammoth = typeof import('mammoth');

let mammoth: Promise<Mammoth> | null = null;
const loadMammoth = (): Promise<Mammoth> => (mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth));

/** The Word reader. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const lib = await loadMammoth();
  let html: string;
  try {
    const numbered = withVisibleNumbers(bytes);
    const result = await lib.convertToHtml(
      // Word's automatic numbers ("7.", "4.2") are written into the text first: mammoth would restart them at 1.
      { buffer: Buffer.from(numbered.buffer, numbered.byteOffset, numbered.byteLength) },
      // Images are dropped unread: minutes text never lives in them, and inlining them as data URLs is slow.
      { convertImage: lib.images.imgElement(() => Promise.resolve({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (e) {
    throw new ReadError('unreadable-input', `Unexpected corrupt or truncated Word file (${(e as Error).message}), expected a valid .docx document`);
  }
  const { text, lines } = htmlToLines(html, { tables: 'rows', tabs: 'gap' });
  return { format: 'docx', text, lines, warnings: [] };
}
