// An agenda item's number printed alone, apart from its title: a counter cell of a web page, a number
// set on a baseline of its own above the title in a PDF. Readers join it to the title that follows.
import { ITEM_NUMBER_LABELS, caselessAlternation } from '../lexicon/index.js';

/** "6.1", "12.", "(3)", "Item 4", "Item No. 5", "Minute 12", "24/101": the labels are the lexicon's, as the tokenizer reads them. */
export const NUMBER_ALONE = new RegExp(String.raw`^(?:${caselessAlternation(ITEM_NUMBER_LABELS)}\s+)?(?:\(?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?[.)]?|\d{1,3}\/\d{2,4})$`, 'i');

// A title that can follow it: not itself a number, short enough to be a heading.
const MAX_TITLE_LENGTH = 200;

/** Can this line be the title of the number alone just before it? */
export function titleAfterNumber(text: string): boolean {
  return text !== '' && text.length <= MAX_TITLE_LENGTH && !NUMBER_ALONE.test(text) && /^\p{L}/u.test(text);
}
