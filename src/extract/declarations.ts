// Declarations of interest as records: who declared, in which item, what kind
// of interest, and what they did about it.
//   "Councillor Simon declared a non-pecuniary interest in Item 7 as a resident …"
//   "In relation to Item 10(b), Councillor Cooper declared an interest as …"
//   "Cr X disclosed a Disclosable Pecuniary Interest in item 5 and left the room."
//   "Having declared an interest, Councillor Y withdrew from the meeting."
// and the table layout printed one cell per line under the headings
// "Councillor / Item / Type of Interest" (or "Member / Agenda Item / Interest declared").
// Guidance text ("Members are invited to declare …", "A Member with a
// disclosable pecuniary interest must …") and "There were no declarations" yield nothing.
import { defineRule } from '../rules/define.js';
import { PLURAL_TITLES, alternation, caselessAlternation } from '../lexicon/index.js';

// "Councillors A and B declared …": a plural title before the members it names.
const PLURAL_TITLE_BEFORE = new RegExp(`^(${alternation(PLURAL_TITLES)})\\s+(.*)$`, 'i');
import type { Declaration } from '../schema/document.js';
import { toBlocks, type Block } from '../segment/blocks.js';
import type { Segmentation } from '../segment/items.js';
import type { Token } from '../tokenize/classify.js';
import { itemCategory } from './category.js';
import { placeOf } from './types.js';
import { COLLECTIVE_MEMBERS, readName } from './util/person-names.js';
import { sentences, squashSpaces } from './util/text.js';

/** The declaring verb: "declared", "disclosed", "declares", "made a declaration of". */
const DECLARING_VERB = /\b(?:both\s+|also\s+|each\s+)?(?:declared|disclosed|declares|discloses|made\s+a\s+declaration\s+of|registered)\s+(?:an?\s+|their\s+|his\s+|her\s+)?/i;
/** "Having declared an interest, Councillor X left / withdrew …". Group 1: the rest from the name. */
const HAVING_DECLARED = /^(?:note:\s*)?having\s+(?:made\s+a\s+declaration|declared\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,4}interests?)(?:\s+(?:in|on)\s+(?:this|the)\s+item)?,\s+(.*)$/i;
/** Interest types as minutes name them; the longest forms first. */
const INTEREST_TYPE =
  /\b((?:disclosable\s+pecuniary|other\s+significant|other\s+registrable|other\s+pecuniary|non[-\s]?registrable|non[-\s]?pecuniary|pecuniary|personal\s+and\s+prejudicial|personal|prejudicial|significant|less\s+than\s+significant|non[-\s]?significant)(?:\s+(?:and\s+)?(?:non[-\s]?pecuniary|prejudicial|significant))?(?:\s*[-–]\s*(?:less\s+than\s+)?significant)?(?:\s+conflict\s+of)?\s+interests?|(?:pecuniary|non[-\s]?pecuniary)(?:\s*[-–]\s*[\w\s]{2,40}?conflict)?)\b/i;
/** The item an interest relates to: "Item 7", "agenda item 8 – Title", "Items 15 and 17", "item 10(b)", "Minute 294". */
const ITEM_REF =
  /\b((?:agenda\s+)?(?:items?|minutes?|reports?)\s+(?:no\.?\s*)?[A-Z]?\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?(?:\s*\([a-z0-9]{1,4}\))?(?:\s*(?:,|and|&)\s*[A-Z]?\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?(?:\s*\([a-z0-9]{1,4}\))?){0,6}(?:\s+[–—-]\s+(?:(?!\s+and\s+(?:stated|said|remained|left|took|would|did|was|indicated))[^,.;(]){2,120})?)/i;
/** "in this item", "on the item": the item the sentence sits in. */
const THIS_ITEM = /\b(?:in|on|to|of)\s+(?:this|the\s+(?:above|following|present))\s+(?:item|application|matter)\b/i;
/** What the member did. */
const ACTION =
  /\b(left\s+the\s+(?:room|chamber|meeting)(?:\s+(?:during|for|while|and\s+did\s+not\s+return)[^.;,]{0,60})?|withdrew\s+from\s+the\s+(?:room|chamber|meeting|table)(?:\s+(?:during|for|while)(?:(?!\s+and\s)[^.;,]){0,60})?|took\s+no\s+part\s+in\s+[^.;,]{2,80}|(?:did|would)\s+not\s+(?:take\s+part|participate|vote|speak)(?:\s+(?:in|on)\s+[^.;,]{2,80})?|not\s+tak(?:e|ing)\s+part\s+in\s+[^.;,]{2,80}|abstained\s+from\s+(?:voting|the\s+vote)[^.;,]{0,60}|remained\s+in\s+the\s+(?:room|chamber|meeting)(?:\s+(?:during|for|while)[^.;,]{0,80})?)/gi;
/** "that she was a Governor at …", "that he is a member of …": a tie declared in the declarations item. */
const DECLARED_TIE = /^that\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:an?|the)\s+\w/i;
/** Lines that explain the rules or say there were none: never a declaration. */
const NOT_A_DECLARATION = /^(?:there\s+(?:were|was)\s+no|no\s+(?:declarations?|interests?|disclosures?)|none|nil|members?\s+(?:are|were|is|must|may|should)\b|a\s+member\s+(?:with|who)|if\s+you|you\s+(?:must|may|should)|any\s+member|councillors?\s+(?:are|must|should)\s+(?:invited|reminded|required|asked))/i;

// Table headings: which column a heading names.
const COLUMN_HEADINGS: readonly [keyof TableRow, RegExp][] = [
  ['member', /^(?:councillors?|members?|name(?:\s+of\s+(?:member|councillor))?|member\s+name|councillor\s+name)$/i],
  ['item', /^(?:agenda\s+)?(?:items?|item\s+(?:no\.?|number)|minute(?:\s+no\.?)?|application)$/i],
  ['interest', /^(?:type\s+of\s+interest|interest\s+declared|nature\s+of\s+interest|interest(?:\s+type)?|type|declaration|reason)$/i],
  ['action', /^(?:action(?:\s+taken)?|left\s+the\s+(?:room|meeting)\??|participat(?:ion|ed\??))$/i],
];

/** Not a phrasing: the words every COLUMN_HEADINGS pattern starts with, tested before tidying a cell. */
const HEADING_START = /^(?:council|member|name|agenda|item|minute|applic|type|interest|nature|declar|reason|action|left|particip)/i;

interface TableRow {
  member: string;
  item: string;
  interest: string;
  action: string;
}

/** Where the records are: the item they came from ("Item 5" when written nowhere else). */
export interface DeclarationSite {
  /** The number and title of the enclosing item, for "in this item". */
  itemLabel: string | null;
  /** The sentences are in the declarations of interest item, where "X declared that she was a governor of …" is a declaration. */
  declarationsItem?: boolean;
}

const tidy = (s: string): string => s.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, '').trim();

function interestOf(text: string): string | null {
  const m = INTEREST_TYPE.exec(text);
  return m ? tidy(m[1]) : null;
}

function actionOf(texts: readonly string[]): string | null {
  const found: string[] = [];
  for (const t of texts) {
    ACTION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACTION.exec(t)) !== null) {
      const a = tidy(m[1]);
      if (!found.includes(a)) found.push(a);
    }
  }
  return found.length ? found.join('; ') : null;
}

/** "Councillor A and Councillor B", "Councillors George and Judith Cooper", "Cr X": the people declaring. */
function membersIn(subject: string): string[] {
  // "Note: Councillor X declared …", "In relation to Item 10(b), Councillor Y declared …": the lead-in names nobody.
  const s = tidy(subject.replace(/^(?:note|nb)\s*:\s*/i, '').replace(/^(?:in\s+relation\s+to|in\s+respect\s+of|with\s+regard\s+to|regarding|on)\s+[^,]{2,120},\s*/i, ''));
  if (COLLECTIVE_MEMBERS.test(s)) return /^the\s/i.test(s) ? [] : [s];
  const plural = PLURAL_TITLE_BEFORE.exec(s);
  if (plural) {
    const singular = plural[1].replace(/s$/i, '');
    const parts = plural[2].split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    // "Councillors George and Judith Cooper": first names sharing the last surname.
    const last = parts[parts.length - 1].split(/\s+/);
    if (parts.length > 1 && last.length >= 2 && parts.slice(0, -1).every((p) => /^[A-Z][a-z]+$/.test(p))) {
      const surname = last[last.length - 1];
      return parts.map((p, k) => `${singular} ${k < parts.length - 1 ? `${p} ${surname}` : p}`);
    }
    return parts.map((p) => `${singular} ${p}`);
  }
  const parts = s.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
  const names = parts.map((p) => readName(p));
  if (names.every((n) => n && !n.rest.trim())) return names.map((n) => n!.name);
  const one = readName(s);
  return one ? [one.name] : [];
}

/** The declaring sentences of a block, with the following sentences that may say what the member did. */
// Every declaration sentence names an interest, a declaration or a disclosure.
export const INTEREST_STEMS: readonly string[] = ['interest', 'declar', 'disclos', 'pecuniary', 'conflict'];
// Written letter by letter in both cases ("[iI][nN]…") rather than with the `i` flag: the same matches
// (the flag folds ASCII letters only onto ASCII letters), found about twice as fast by V8 without regexp
// tier-up (the CLI's setting). The pattern runs on every line of every document.
export const INTEREST_WORDS = new RegExp(caselessAlternation(INTEREST_STEMS).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`));

// A reporting clause before the declaring member: "The Committee noted that", "The Clerk reported that".
const REPORTED_CLAUSE = /^.{0,120}?\b(?:noted|reported|confirmed|recorded|advised|stated|explained)\s+that\s+/i;

// Not a phrasing: what every sentence HAVING_DECLARED or DECLARING_VERB reads contains.
const DECLARING_HINT = /declar|disclos|registered/i;

/** "Having declared an interest, Cllr X left the room": the member is the subject after the participle. */
export const declarationHavingDeclaredRule = defineRule({
  id: 'declaration-having-declared',
  stage: 'declaration',
  description: 'A participle clause "Having declared an interest (in this item), X …" names the member who declared.',
  examples: {
    valid: ['1. Apologies\n\nNone.\n\n2. Allotments\n\nHaving declared a personal interest in this item, Councillor Rhian Pugh left the room.'],
    invalid: ['1. Apologies\n\nNone.\n\n2. Allotments\n\nHaving heard the tenants, Councillor Rhian Pugh moved the recommendation.'],
    context: 'document',
  },
});

/** "Cllr X declared a pecuniary interest in item 6": a subject, a declaring verb and an interest. */
export const declarationDeclaringVerbRule = defineRule({
  id: 'declaration-declaring-verb',
  stage: 'declaration',
  description: 'A member (or members) with a declaring verb (declared, disclosed, registered, made a declaration of) and an interest, conflict or connection.',
  examples: {
    valid: ['1. Declarations of Interest\n\nCouncillor Omar Haddad declared a non-pecuniary interest in item 5 as a trustee of the Scout hut.'],
    invalid: ['1. Declarations of Interest\n\nThere were no declarations of interest.', '1. Declarations of Interest\n\nCouncillor Omar Haddad declared that the meeting was quorate.'],
    context: 'document',
  },
});

/** A declarations table: heading cells (Councillor, Item, Interest, Action) then rows of as many cells. */
export const declarationTableRowRule = defineRule({
  id: 'declaration-table-row',
  stage: 'declaration',
  description: 'A row of a declarations table whose heading cells name the member and the item or interest, one cell per line.',
  examples: {
    valid: ['1. Declarations of Interest\n\nCouncillor\nItem\nInterest\nCllr Tom Reyes\n6\nPersonal – neighbour of the applicant'],
    invalid: ['1. Declarations of Interest\n\nCouncillor\nWard\nCllr Tom Reyes\nNorth'],
    context: 'document',
  },
});

function fromSentences(block: Block, site: DeclarationSite): Declaration[] {
  const out: Declaration[] = [];
  if (!INTEREST_WORDS.test(block.text)) return out;
  // The same split the other extractors asked for (sentences are cached by text).
  const ss = sentences(squashSpaces(block.text));
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k].text;
    if (!DECLARING_HINT.test(s) || NOT_A_DECLARATION.test(s)) continue;
    let subject: string | null = null;
    let rest = '';
    const having = HAVING_DECLARED.exec(s);
    if (having) {
      const n = readName(having[1]);
      if (!n) continue;
      subject = n.name;
      rest = s;
    } else {
      const v = DECLARING_VERB.exec(s);
      if (!v) continue;
      const after = s.slice(v.index + v[0].length);
      // The thing declared must be an interest (or a declaration of one).
      if (
        !/^(?:[\w-]+\s+){0,6}?(?:interests?|conflict|association|connection)\b/i.test(after) &&
        !/^(?:that\s+)?(?:he|she|they)\s+(?:had|has|have|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}interests?\b/i.test(after) &&
        // In the declarations item, a stated role or tie is the interest: "declared that she was a Governor at …".
        !(site.declarationsItem && DECLARED_TIE.test(after))
      )
        continue;
      // "The Committee noted that Councillor Brown had declared …": the member is the reported clause's subject.
      subject = s.slice(0, v.index).replace(REPORTED_CLAUSE, '');
      rest = s;
    }
    const members = membersIn(subject);
    if (members.length === 0) continue;
    // What they did: this sentence and the next ones up to the next declaration.
    const following = [rest];
    for (let j = k + 1; j < ss.length && !DECLARING_VERB.test(ss[j].text); j++) following.push(ss[j].text);
    const itemRef = ITEM_REF.exec(rest);
    const item = itemRef ? tidy(itemRef[1]) : THIS_ITEM.test(rest) || having ? site.itemLabel : null;
    for (const member of members) {
      out.push({ member, item, interest: interestOf(rest), action: actionOf(following), text: s, ...placeOf(block), rule: (having ? declarationHavingDeclaredRule : declarationDeclaringVerbRule).id });
    }
  }
  return out;
}

/** One table cell: a non-blank line of the source. */
interface Cell {
  text: string;
  line: number;
  column: number;
  page?: number;
}

/** The column a cell heads ("Councillor", "Type of Interest"), if it is a heading: headings are short cells, and only those are tidied and matched. */
function columnHeading(text: string): keyof TableRow | undefined {
  if (text.length > 40 || !HEADING_START.test(text)) return undefined;
  const tidied = tidy(text);
  return COLUMN_HEADINGS.find(([, re]) => re.test(tidied))?.[0];
}

/** A table's cells are the non-blank lines. */
const isCell = (t: Token): boolean => t.kind !== 'blank' && t.line.text.trim() !== '';

/** True when two cells in a row are column headings, as every table fromTable reads starts with. */
function hasHeadingPair(tokens: readonly Token[]): boolean {
  let previous = false;
  for (const t of tokens) {
    if (t.kind === 'blank') continue;
    const text = t.line.text.trim();
    if (text === '') continue;
    const heading = columnHeading(text) !== undefined;
    if (heading && previous) return true;
    previous = heading;
  }
  return false;
}

/**
 * Table layout: heading cells one per line ("Councillor", "Item", "Type of
 * Interest"), then rows of the same number of cells. Read from the lines
 * themselves, so it does not matter how the cells were segmented.
 */
function fromTable(cells: readonly Cell[]): { records: Declaration[]; used: Set<number> } {
  const records: Declaration[] = [];
  const used = new Set<number>();
  const headingOf = cells.map((c) => columnHeading(c.text));
  if (!headingOf.some((h, k) => h !== undefined && headingOf[k + 1] !== undefined)) return { records, used };
  // Cells are tidied when a row reads them: most lines of the document never do.
  const tidiedCache: (string | undefined)[] = [];
  const tidied = (k: number): string => (tidiedCache[k] ??= tidy(cells[k].text));
  for (let i = 0; i < cells.length; i++) {
    const columns: (keyof TableRow)[] = [];
    let j = i;
    while (j < cells.length && columns.length < 4) {
      const col = headingOf[j];
      if (!col || columns.includes(col)) break;
      columns.push(col);
      j++;
    }
    if (columns.length < 2 || !columns.includes('member') || !(columns.includes('interest') || columns.includes('item'))) continue;
    // Rows: as many whole rows as read as a member followed by its cells.
    let r = j;
    const rowsAt = records.length;
    while (r + columns.length <= cells.length) {
      const row: Partial<TableRow> = {};
      const rowCells = cells.slice(r, r + columns.length);
      columns.forEach((c, k) => (row[c] = tidied(r + k)));
      const member = row.member ?? '';
      if (!(readName(member) || COLLECTIVE_MEMBERS.test(member)) || member.length > 80 || NOT_A_DECLARATION.test(member)) break;
      if (rowCells.some((_, k) => headingOf[r + k] !== undefined)) break;
      const interestCell = row.interest ?? '';
      const interest = interestOf(interestCell) ?? (interestCell ? tidy(interestCell.split(/\s+(?:as|because|due\s+to)\s+/i)[0]) : null);
      const d: Declaration = {
        // The cell is the member as written ("Cr Omar Said"): no need to find where the name ends.
        member,
        item: row.item ?? null,
        interest,
        action: row.action ?? actionOf([interestCell]),
        text: columns.map((_, k) => tidied(r + k)).join(' | '),
        line: rowCells[0].line,
        column: rowCells[0].column,
        end: rowCells[rowCells.length - 1].line,
        rule: declarationTableRowRule.id,
      };
      if (rowCells[0].page !== undefined) d.page = rowCells[0].page;
      records.push(d);
      r += columns.length;
    }
    if (records.length === rowsAt) continue;
    for (let k = i; k < r; k++) used.add(cells[k].line);
    i = r - 1;
  }
  return { records, used };
}

/** Declarations written as sentences in a run of blocks (one item, or the meeting header); lines of a table are skipped. */
export function extractDeclarations(blocks: readonly Block[], site: DeclarationSite, skipLines: ReadonlySet<number> = new Set()): Declaration[] {
  const out: Declaration[] = [];
  for (const b of blocks) {
    if (skipLines.has(b.line) || b.kind === 'heading') continue;
    out.push(...fromSentences(b, site));
  }
  return out;
}

/** One record per member, item and interest: the same declaration printed twice (description and minutes) counts once. */
export function dedupeDeclarations(list: readonly Declaration[]): Declaration[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = [d.member, d.item, d.interest].map((x) => (x ?? '').toLowerCase().replace(/\s+/g, ' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The cells of a table reader: every non-blank line, trimmed, with its place. */
function cellsOf(tokens: readonly Token[]): Cell[] {
  return tokens.filter(isCell).map((t) => {
    const c: Cell = { text: t.line.text.trim(), line: t.line.line, column: t.line.indent + 1 };
    if (t.line.page !== undefined) c.page = t.line.page;
    return c;
  });
}

/** Every declaration of a document: tables anywhere, then sentences in the header and each item, in line order, deduplicated. */
export function declarationsOfDocument(seg: Segmentation, tokens: readonly Token[]): Declaration[] {
  // Minutes with no word of interests declare none: skip the table and sentence readers altogether.
  if (!tokens.some((t) => INTEREST_WORDS.test(t.line.text))) return [];
  // A table starts with two heading cells in a row: most documents have none, and their lines are not made into cells.
  const table = hasHeadingPair(tokens) ? fromTable(cellsOf(tokens)) : { records: [], used: new Set<number>() };
  const all = [...table.records, ...extractDeclarations(toBlocks(seg.header), { itemLabel: null }, table.used)];
  for (const item of seg.items) {
    // "in this item" inside the declarations item itself names no item.
    const declarationsItem = itemCategory(item.title) === 'declarations';
    const label = declarationsItem ? null : item.number ? `Item ${item.number} – ${item.title}` : item.title;
    all.push(...extractDeclarations(toBlocks(item.body), { itemLabel: label, declarationsItem }, table.used));
  }
  return dedupeDeclarations(all.sort((a, b) => a.line - b.line));
}
