// Markdown to lines through unified + remark-parse, so headings and list items
// map to the same tokens as their text equivalents. Line numbers stay those of
// the markdown source; the syntax (#, list markers, emphasis) is stripped.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { textToLines } from './text.js';
import type { SourceLine } from './types.js';

// Inline markdown syntax to drop from a line: emphasis markers, inline code ticks, link targets.
const EMPHASIS = /(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const HEADING_MARK = /^#{1,6}\s+/;
const TRAILING_HASHES = /\s+#+\s*$/;
// Bullet markers are dropped (the hint says it is a list item); ordered markers ("1.", "2)") stay, as clause numbers.
const LIST_MARK = /^[-*+]\s+/;
const QUOTE_MARK = /^(?:>\s?)+/;

function cleanInline(text: string): string {
  return text.replace(LINK, '$1').replace(EMPHASIS, '').trim();
}

const parser = unified().use(remarkParse);

export function markdownToLines(text: string): SourceLine[] {
  const lines = textToLines(text);
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
  return lines;
}
