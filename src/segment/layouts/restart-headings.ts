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

/**
 * Indexes of the "1" rows where a list starts inside an item rather than a new section: the numbering
 * before it carries on right after the list ("11. Planning …", "1. reason", "2. reason", "12. Treasury …").
 */
function innerRestarts(tokens: readonly Token[]): Set<number> {
  const rows: { at: number; n: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'numbered-heading' && t.marker !== undefined && /^\d{1,3}$/.test(t.marker)) rows.push({ at: i, n: Number(t.marker) });
  }
  const inner = new Set<number>();
  let highest = 0;
  for (let k = 0; k < rows.length; k++) {
    if (rows[k].n === 1 && highest > 1) {
      // The list that starts here runs 1, 2, 3 …; the row after it resumes the outer numbering or starts a section.
      let j = k + 1;
      while (j < rows.length && rows[j].n === rows[j - 1].n + 1) j++;
      if (j < rows.length && rows[j].n === highest + 1) inner.add(rows[k].at);
      else highest = rows[j - 1].n;
    } else if (rows[k].n > highest) highest = rows[k].n;
  }
  return inner;
}

function restartHeadingStarts(tokens: readonly Token[]): Start[] {
  const out: Start[] = [];
  const taken = new Set<number>();
  const inner = innerRestarts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'numbered-heading' || t.marker !== '1' || inner.has(i)) continue;
    // Walk back over a table's column-header row to the heading above it (a line of text or a marked heading:
    // a "RESOLVED that:" lead-in over numbered clauses is no section heading).
    let j = i - 1;
    while (j >= 0 && (!isContent(tokens[j]) || isTableRow(tokens[j].line.text))) j--;
    const h = j >= 0 ? tokens[j] : null;
    const text = h ? cleanTitle(h.line.text) : '';
    if (h && (h.kind === 'text' || h.kind === 'heading') && mostlyCapitals(text) && text.length <= 200) {
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
      // Numbered reasons and clauses inside items, under a title in capitals: the item numbering carries on past them.
      'MINUTES OF THE MEETING OF ASHFORD PARISH COUNCIL\n\n1. Apologies\nNone.\n\n2. Planning 24/0456\nREFUSED. Reasons:\n1. Harm to the conservation area.\n2. Unsafe access.\n\n3. Finance\nRESOLVED that:\n1. The accounts be approved.\n2. The budget be noted.',
      // A RESOLVED lead-in over numbered clauses is no section heading, however many capitals it has.
      '47. Local Plan Review\n\nRESOLVED that:\n\n1. the draft Plan be approved for consultation;\n2. a report be brought back to Cabinet.\n\n48. Car Parking Charges\n\nRESOLVED that:\n\n1. the revised charges be approved;\n2. the review be noted.',
      // Clauses restarting under each decision of numbered minutes are no sections.
      '12. Budget\n\nRESOLVED that:\n\n1. the budget be approved;\n2. the reserves be noted.\n\n13. Fees\n\nRESOLVED that:\n\n1. the fees be increased;\n2. a review be held.',
    ],
  },
  detect(tokens) {
    const starts = restartHeadingStarts(tokens);
    return starts.length >= 2 ? fits(starts) : rejects(starts, 'no numbering restarting at 1 under two capitalised headings');
  },
});
