// Headings the reader marked (markdown "#", HTML <h1>-<h6>): each heading is an item, unless the numbered
// headings in the text outnumber them.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { NOT_A_TITLE, cleanTitle, withoutSectionHeaders, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

/**
 * A heading that carries its minutes after a full stop, as table rows fuse them ("Minutes Silence. At this
 * point a minute's silence was observed", "Questions. It was proposed by …", "Vacant Houses. AI035906"):
 * the title is the part before the first sentence or reference code.
 */
const FUSED_MINUTES = /^(.{3,200}?[\p{Ll}\d)])\.\s+(?:\(?[a-z]\)\s|[A-Z][\p{L}'’]*\s+\S+\s+\S|[A-Z]{1,4}\d{3,}\s*$)/u;

function headingBeforeMinutes(title: string): string {
  const m = FUSED_MINUTES.exec(title);
  return m ? m[1] : title;
}

function headingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  // A single top-level heading above deeper ones is the document's title ("# Harbourside District Council").
  const depths = tokens.filter((t) => t.kind === 'heading').map((t) => t.line.depth ?? 2);
  const titleDepth = depths.filter((d) => d === 1).length === 1 && depths.some((d) => d > 1) ? 1 : 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'heading' || NOT_A_TITLE.test(t.text) || (titleDepth && t.line.depth === titleDepth)) continue;
    const m = HEADING_NUMBER.exec(t.text);
    out.push({ at: i, titleIndex: i, number: m ? m[1] : null, title: headingBeforeMinutes(cleanTitle(m ? m[2] : t.text)) });
  }
  return withoutSectionHeaders(tokens, out);
}

// "7.", "12a)", "7.1", "9.1.2": a heading's printed number. Groups: number, title.
const HEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)[.):]?\s+(\S.*)$/i;

export const readerHeadingsLayout: LayoutRule = defineRule({
  id: 'layout-reader-headings',
  stage: 'layout',
  kind: 'headings',
  description: 'Headings marked by the reader (markdown, HTML, Word), each an item, when they are at least as many as the numbered headings; a numbered heading directly over its N.1 that names a group of items ("7. Planning Applications") is a section header, no item.',
  examples: {
    context: 'markdown',
    valid: ['# Kestrel Valley Council\n\n## Footpath Repairs\n\nThe works were noted.\n\n## Library Hours\n\nThe Council agreed to extend the hours.'],
    invalid: ['# Kestrel Valley Council\n\n1. Apologies\n\nCr Dunn.\n\n2. Library Hours\n\nThe Council agreed to extend the hours.'],
  },
  detect(tokens, context) {
    const starts = headingStarts(tokens);
    if (starts.length < 2) return rejects(starts, `${starts.length} marked heading(s), two needed`);
    const numbered = context.detect('layout-numbered').score;
    return starts.length >= numbered ? fits(starts) : rejects(starts, `fewer marked headings than numbered headings (${numbered})`);
  },
});
