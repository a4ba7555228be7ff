// What every extractor sees: one item's blocks and sections. Extractors are
// small pure functions over these that return records with source places.
import type { Block, Section } from '../segment/blocks.js';
import type { ItemSegment } from '../segment/items.js';
import type { ItemCategory } from '../schema/document.js';

export interface ItemContext {
  item: ItemSegment;
  blocks: readonly Block[];
  sections: readonly Section[];
  /** Source line of the item's title (records read from the title point there). */
  titleLine?: number;
  /** The item's category from its title, when the caller has it (extractors that need it read it here). */
  category?: ItemCategory;
  /** The title of the numbered item a sub-item belongs to ("4. Delegations" for "4.1 …"), when the minutes print one. */
  parentTitle?: string;
}

export interface Place {
  line: number;
  column?: number;
  end?: number;
  page?: number;
}

/** The place of a block, for a record that starts with it. */
export function placeOf(block: Block): Place {
  const p: Place = { line: block.line, column: block.column, end: block.end };
  if (block.page !== undefined) p.page = block.page;
  return p;
}
