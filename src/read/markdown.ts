// Markdown to lines through unified + remark-parse, so headings and list items
// map to the same tokens as their text equivalents. Line numbers stay those of
// the markdown source; the syntax (#, list markers, emphasis, backslash
// escapes) is stripped. Markdown made from PDFs carries the converter's
// furniture: YAML front matter (metadata, not minutes: blanked) and page
// markers ("--- 4": dropped, and a paragraph they split is joined again).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { textToLines } from './text.js';
import type { MetadataField, SourceLine } from './types.js';

// Inline markdown syntax to drop from a line: emphasis markers, inline code ticks, link targets.
const EMPHASIS = /(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const HEADING_MARK = /^#{1,6}\s+/;
const TRAILING_HASHES = /\s+#+\s*$/;
// Bullet markers are dropped (the hint says it is a list item); ordered markers ("1.", "2)") stay, as clause numbers.
const LIST_MARK = /^[-*+]\s+/;
const QUOTE_MARK = /^(?:>\s?)+/;

// A backslash escape ("1\\. Apologies", "\\*"): the character stands for itself.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
// A converter's page marker: "--- 4", "-- Page 4 --", "--- 4 of 12 ---".
const PAGE_MARKER = /^-{2,}\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*-*$/i;
// YAML front matter: "---" on the first line, up to the next "---" or "...".
const FRONT_MATTER_OPEN = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)\s*$/;
const MAX_FRONT_MATTER_LINES = 60;
// A paragraph that a page marker split: the text before goes on when it does not end a sentence.
const ENDS_SENTENCE = /[.:;!?)"”]$/;

function cleanInline(text: string): string {
  return text.replace(LINK, '$1').replace(EMPHASIS, '').replace(ESCAPE, '$1').trim();
}

/** The raw lines of YAML front matter (0-based, exclusive end), or 0 when there is none. */
function frontMatterEnd(raw: readonly string[]): number {
  if (raw.length === 0 || !FRONT_MATTER_OPEN.test(raw[0])) return 0;
  for (let i = 1; i < Math.min(raw.length, MAX_FRONT_MATTER_LINES); i++) {
    if (FRONT_MATTER_CLOSE.test(raw[i])) return i + 1;
    if (!/^\s*(?:[\w-]{1,40}\s*:|-\s|#|$)/.test(raw[i]) && !/^\s{2,}/.test(raw[i])) return 0;
  }
  return 0;
}

// A front matter field on one line: "date: 2024-04-02", "title: 'Minutes'". Group 1: key, 2: value.
const FRONT_MATTER_FIELD = /^([\w-]{1,40})\s*:\s*(.{1,300}?)\s*$/;

/** The one-line fields of a file's YAML front matter (quotes removed); none when it has none. */
export function frontMatterFields(source: string): MetadataField[] {
  const raw = source.split(/\r\n|\r|\n/, MAX_FRONT_MATTER_LINES + 1);
  const end = frontMatterEnd(raw);
  const fields: MetadataField[] = [];
  for (let i = 1; i < end - 1; i++) {
    const m = FRONT_MATTER_FIELD.exec(raw[i]);
    if (m) fields.push({ key: m[1].toLowerCase(), value: m[2].replace(/^(["'])(.*)\1$/, '$2'), line: i + 1 });
  }
  return fields;
}

/** Drops page-marker lines; the blank lines around one go too when the paragraph runs on across it. */
function dropPageMarkers(lines: SourceLine[]): SourceLine[] {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!PAGE_MARKER.test(lines[i].text)) continue;
    drop.add(i);
    let before = i - 1;
    while (before >= 0 && lines[before].text === '') before--;
    let after = i + 1;
    while (after < lines.length && lines[after].text === '') after++;
    if (before >= 0 && after < lines.length && !ENDS_SENTENCE.test(lines[before].text) && /^\p{Ll}/u.test(lines[after].text)) {
      for (let k = before + 1; k < after; k++) drop.add(k);
    }
  }
  return drop.size ? lines.filter((_, i) => !drop.has(i)) : lines;
}

// Built on first use: the parser is only paid for when a markdown file is read.
let parser: ReturnType<typeof makeParser> | undefined;
const makeParser = () => unified().use(remarkParse);

export function markdownToLines(source: string): SourceLine[] {
  const raw = source.split(/\r\n|\r|\n/);
  const metadata = frontMatterEnd(raw);
  // Front matter is blanked, not removed: line numbers stay those of the file.
  const text = metadata ? [...raw.slice(0, metadata).map(() => ''), ...raw.slice(metadata)].join('\n') : source;
  const lines = textToLines(text);
  parser ??= makeParser();
  const tree = parser.parse(text) as Root;
  const visit = (node: Root | RootContent): void => {
    const start = node.position?.start.line;
    if (node.type === 'heading' && start) {
      const l = lines[start - 1];
      l.hint = 'heading';
      l.depth = node.depth;
      l.text = l.text.replace(HEADING_MARK, '').replace(TRAILING_HASHES, '');
    } else if (node.type === 'listItem' && start) {
      const l = lines[start - 1];
      l.hint = 'list-item';
      l.text = l.text.replace(LIST_MARK, '');
    } else if (node.type === 'blockquote' && start && node.position) {
      for (let i = start; i <= node.position.end.line; i++) lines[i - 1].text = lines[i - 1].text.replace(QUOTE_MARK, '');
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  for (const l of lines) l.text = cleanInline(l.text);
  return dropPageMarkers(lines);
}
