// Join an item's tokens into blocks (a bullet or paragraph with its wrapped
// continuation lines), then group blocks into sections by the lead-in that
// governs them (RESOLVED, Decision, questions, actions).
import type { Token, TokenKind } from '../tokenize/classify.js';
import { DECISION_REFERENCE } from '../tokenize/patterns.js';

export type BlockKind =
  | 'paragraph'
  | 'bullet'
  | 'resolved'
  | 'decision-heading'
  | 'action-heading'
  | 'question-lead-in'
  | 'attendance'
  | 'presenting-attendance'
  | 'heading';

export interface Block {
  kind: BlockKind;
  /** Text after the marker or lead-in, continuation lines joined with spaces. */
  text: string;
  /** The whole text as written, marker and lead-in included. */
  fullText: string;
  marker?: string;
  line: number;
  end: number;
  column: number;
  indent: number;
  page?: number;
  rule: string;
}

export type SectionKind = 'resolutions' | 'decision' | 'questions' | 'actions' | 'plain';

export interface Section {
  kind: SectionKind;
  /** The lead-in block (RESOLVED, Decision:, question lead-in, action heading), if any. */
  leadIn: Block | null;
  /** Blocks governed by the lead-in (for 'plain', every block). */
  blocks: Block[];
}

const BLOCK_OF: Partial<Record<TokenKind, BlockKind>> = {
  text: 'paragraph',
  bullet: 'bullet',
  'numbered-heading': 'bullet',
  resolved: 'resolved',
  'decision-heading': 'decision-heading',
  'action-heading': 'action-heading',
  'question-lead-in': 'question-lead-in',
  attendance: 'attendance',
  'presenting-attendance': 'presenting-attendance',
  heading: 'heading',
  'item-number': 'bullet',
};

// A labelled line ("Contact for enquiries: Chloe Morris, Democratic Services, 020 …,") ends at its blank line, comma or not.
const LABELLED = /^[A-Z][\w ]{2,40}:\s/;
// A line that cannot end a paragraph: a trailing comma, or a connective left hanging.
const UNFINISHED = /(?:,|\b(?:and|or|of|the|to|for|with|by))$/;
// A line ending a sentence or a label; the next capitalised line starts a new block.
const ENDS_SENTENCE = /[.!?:;]["”’)]?$/;
// A line opening in lower case or a bracket continues the paragraph above it.
const OPENS_LOWER = /^[a-z(]/;

// The tests below look at the open block's last line alone (kept beside it), so joining a long run of lines stays linear.
function continues(prev: Block, last: string, token: Token, lastIsRow: boolean): boolean {
  if (token.kind !== 'text') return false;
  // A table row the reader rebuilt (its wrapped cells already joined) is a block of its own.
  if (lastIsRow || token.line.hint === 'table-row') return false;
  const t = token.text;
  if (OPENS_LOWER.test(t)) return true;
  if (ENDS_SENTENCE.test(last)) return false;
  // Short lines that end without punctuation are labels or headings ("Reason"), not wrapped prose.
  return last.length >= 45 || prev.end - prev.line >= 1;
}

// The item extractors, the motions reader, declarations and attendance facts all read an item's
// blocks: they are built once per token list and shared (nothing downstream mutates a block).
const BLOCKS_OF = new WeakMap<readonly Token[], readonly Block[]>();

/** Joins tokens into blocks; the same token list gives the same (shared, read-only) blocks. */
export function toBlocks(tokens: readonly Token[]): readonly Block[] {
  let blocks = BLOCKS_OF.get(tokens);
  if (!blocks) {
    blocks = buildBlocks(tokens);
    BLOCKS_OF.set(tokens, blocks);
  }
  return blocks;
}

/** Joins tokens into blocks, not kept: for a token list made for one reading (kept, it would only cost a WeakMap entry). */
export function blocksOnce(tokens: readonly Token[]): readonly Block[] {
  return buildBlocks(tokens);
}

function buildBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let openLast = '';
  let openIsRow = false;
  let pendingMarker: Token | null = null;
  // The open block's text and full text, as the lines that make them: joined once when the block is
  // closed, not concatenated line by line (a string per line joined, and its copy when first read, both live on).
  // (Made only when a second line joins a block: most blocks are one line.)
  let textParts: string[] | null = null;
  let fullParts: string[] | null = null;
  const close = (): void => {
    if (open && textParts && fullParts) {
      open.text = textParts.length === 1 ? textParts[0] : textParts.join(' ');
      open.fullText = fullParts.join('\n');
    }
    open = null;
    textParts = null;
    fullParts = null;
  };
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'furniture' || token.kind === 'record-field' || token.kind === 'documents-marker' || token.kind === 'item-reference' || token.kind === 'agenda-item-marker' || token.kind === 'minutes-marker') {
      // A blank line inside a sentence (a line ending "…, Kayleigh Leonard," in text taken from a PDF) does not end it.
      if (token.kind === 'blank' && open && UNFINISHED.test(openLast) && !LABELLED.test(fullParts ? fullParts.join('\n') : open.fullText)) continue;
      if (token.kind === 'blank' || token.kind === 'minutes-marker' || token.kind === 'record-field') close();
      continue;
    }
    if (token.kind === 'bullet-marker' || (token.kind === 'item-number' && !pendingMarker)) {
      pendingMarker = token;
      close();
      continue;
    }
    // "Name, Role and Name, Role\nwere in attendance for this item": the list wraps onto the line that names it.
    if (open && !pendingMarker && token.kind === 'presenting-attendance' && open.kind === 'paragraph' && !ENDS_SENTENCE.test(openLast)) {
      open.kind = 'presenting-attendance';
      (textParts ??= [open.text]).push(token.line.text);
      (fullParts ??= [open.fullText]).push(token.line.text);
      openLast = token.line.text;
      open.end = token.line.line;
      continue;
    }
    if (open && !pendingMarker && continues(open, openLast, token, openIsRow)) {
      // An empty text so far is replaced, not joined to.
      textParts ??= [open.text];
      if (textParts.length === 1 && textParts[0] === '') textParts[0] = token.text;
      else textParts.push(token.text);
      (fullParts ??= [open.fullText]).push(token.line.text);
      openLast = token.line.text;
      openIsRow = false;
      open.end = token.line.line;
      continue;
    }
    close();
    const kind = pendingMarker && token.kind === 'text' ? 'bullet' : (BLOCK_OF[token.kind] ?? 'paragraph');
    const block: Block = {
      kind,
      // A minute code inside an item's text ("CS21/14 Community Grants" in a table of interests) is a reference, kept as written.
      text: token.kind === 'item-number' || token.rule === 'minute-code-heading' ? token.line.text : token.text,
      fullText: token.line.text,
      line: pendingMarker ? pendingMarker.line.line : token.line.line,
      end: token.line.line,
      column: (pendingMarker ?? token).line.indent + 1,
      indent: token.line.indent,
      rule: token.rule,
    };
    const marker = pendingMarker ? pendingMarker.line.text : token.marker;
    if (marker !== undefined) block.marker = marker;
    if (token.line.page !== undefined) block.page = token.line.page;
    if (pendingMarker) block.fullText = `${pendingMarker.line.text} ${token.line.text}`;
    pendingMarker = null;
    blocks.push(block);
    open = block;
    openLast = token.line.text;
    openIsRow = token.line.hint === 'table-row';
  }
  close();
  return blocks;
}

const LEAD_SECTION: Partial<Record<BlockKind, SectionKind>> = {
  resolved: 'resolutions',
  'decision-heading': 'decision',
  'question-lead-in': 'questions',
  'action-heading': 'actions',
};

// A lead-in that ends in a colon or in "that" is bare: its clauses follow it.
const ENDS_IN_COLON = /[:;]$/;
const ENDS_IN_THAT = /\bthat\s*[:;]?$/i;

/** Groups blocks into sections: a lead-in governs the bullets that follow it. */
/** A numbered lead-in block read as an entry of the list above it: its whole text after the marker. */
function asListEntry(b: Block): Block {
  const at = b.marker === undefined ? -1 : b.fullText.indexOf(b.marker);
  const text = at < 0 ? b.fullText : b.fullText.slice(at + b.marker!.length);
  return { ...b, kind: 'bullet', text: text.replace(/^[\s.)]+/, '').replace(/\s+/g, ' ').trim() };
}

export function toSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [];
  let plain: Section | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const kind = LEAD_SECTION[b.kind];
    if (!kind) {
      if (!plain) {
        plain = { kind: 'plain', leadIn: null, blocks: [] };
        sections.push(plain);
      }
      plain.blocks.push(b);
      continue;
    }
    plain = null;
    const section: Section = { kind, leadIn: b, blocks: [] };
    sections.push(section);
    // Bullets (and for a bare lead-in, the next paragraph) belong to the lead-in.
    // So is one that holds only the decision's number: "Resolved 25/043" over "That Council:" and its clauses.
    const bare = b.text === '' || ENDS_IN_COLON.test(b.text) || ENDS_IN_THAT.test(b.text) || DECISION_REFERENCE.test(b.text.trim());
    let j = i + 1;
    let tookParagraph = false;
    while (j < blocks.length) {
      const n = blocks[j];
      // A complete RESOLVED sentence governs no following paragraphs: "4.1 The Chair invited …" is minutes text.
      if (n.kind === 'bullet' && (bare || (kind !== 'resolutions' && kind !== 'decision'))) {
        section.blocks.push(n);
      } else if (n.kind === 'resolved' && n.marker !== undefined && ENDS_IN_COLON.test(b.text) && kind === 'resolutions') {
        // "RESOLVED: That the Committee:" over "1. Agreed to consult …", "2. Delegated authority …": a numbered entry that
        // opens with a deciding verb is a clause of the list the colon introduced, its verb and all.
        section.blocks.push(asListEntry(n));
      } else if (n.kind === 'paragraph' && bare && (kind !== 'questions') && !tookParagraph && section.blocks.length === 0) {
        section.blocks.push(n);
        tookParagraph = true;
      } else if (n.kind === 'paragraph' && kind === 'decision' && section.blocks.length > 0 && section.blocks.every((x) => x.kind === 'paragraph')) {
        break;
      } else break;
      j++;
    }
    i = j - 1;
  }
  return sections;
}
