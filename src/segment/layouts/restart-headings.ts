// Numbering that restarts (1, 2, 3 … 1, 2 …) under capitalised headings: the headings are the items and
// the numbered rows their sub-items ("REPORT OF THE EXECUTIVE POLICY COMMITTEE dated …").
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { cleanTitle, isContent, mostlyCapitals, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

/** A row of a copied table: cells separated by two-space gaps (tabs). */
function isTableRow(text: string): boolean {
  return (text.match(/\S {2,}\S/g) ?? []).length >= 2;
}

// A section heading is short; longer capitalised lines are shouted sentences.
const MAX_SECTION_WORDS = 15;

function restartHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'numbered-heading' || t.marker !== '1') continue;
    // Walk back over a table's column-header row to the heading above it.
    let j = i - 1;
    while (j >= 0 && (!isContent(tokens[j]) || isTableRow(tokens[j].line.text))) j--;
    const h = j >= 0 ? tokens[j] : null;
    const text = h ? cleanTitle(h.line.text) : '';
    // A decision's lead-in ("RESOLVED that:" over "1. the Plan be approved …") heads its clauses, not items.
    if (h && h.kind !== 'numbered-heading' && h.kind !== 'resolved' && mostlyCapitals(text) && text.length <= 200) {
      out.push({ at: j, titleIndex: j, number: null, title: text });
      taken.add(j);
    }
  }
  if (out.length < 2) return out;
  // Capitalised section headings after the first item with no numbered rows under them ("CONFLICT OF INTEREST DECLARATIONS").
  for (let i = out[0].at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken.has(i) || (t.kind !== 'text' && t.kind !== 'heading')) continue;
    const text = cleanTitle(t.line.text);
    if (mostlyCapitals(text) && !/\S {2,}\S/.test(t.line.text) && text.split(/\s+/).length <= MAX_SECTION_WORDS && !/[.]$/.test(text)) out.push({ at: i, titleIndex: i, number: null, title: text });
  }
  return out.sort((a, b) => a.at - b.at);
}

export const restartHeadingsLayout: LayoutRule = defineRule({
  id: 'layout-restart-headings',
  stage: 'layout',
  kind: 'headings',
  description: 'Capitalised section headings each over a numbered list that restarts at 1: the headings are the items.',
  examples: {
    context: 'document',
    valid: [
      'DISPOSITION OF ITEMS\n\nREPORT OF THE FINANCE COMMITTEE\n\n1. Audit Plan 2025  ADOPTED\n2. Reserve Policy  ADOPTED\n\nREPORT OF THE WORKS COMMITTEE\n\n1. Bridge Repairs  ADOPTED\n2. Snow Clearing Contract  ADOPTED',
    ],
    invalid: [
      '1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Finance\n\nNoted.',
      // Clauses restarting under each decision of numbered minutes are no sections.
      '12. Budget\n\nRESOLVED that:\n\n1. the budget be approved;\n2. the reserves be noted.\n\n13. Fees\n\nRESOLVED that:\n\n1. the fees be increased;\n2. a review be held.',
    ],
  },
  detect(tokens) {
    const starts = restartHeadingStarts(tokens);
    return starts.length >= 2 ? fits(starts) : rejects(starts, 'no numbering restarting at 1 under two capitalised headings');
  },
});
