// Does a piece of text start with a person's title ("Cllr", "Councillor", "Mrs")? Readers use it to
// tell a list of people (attendance set out in columns, attendees linked to their pages) from a menu
// or a data table. The titles are the lexicon's.
import { COURTESY_TITLES, HONORIFICS, MEMBER_HONORIFICS } from '../lexicon/index.js';

// The first word of each title, lower-cased and without its full stop ("his" of "His Worship").
const TITLE_FIRST_WORDS = new Set([...HONORIFICS, ...MEMBER_HONORIFICS, ...COURTESY_TITLES].map((h) => h.split(/\s+/)[0].replace(/\.$/, '').toLowerCase()));

/** Does the text start with a person's title? */
export function startsWithTitle(text: string): boolean {
  return TITLE_FIRST_WORDS.has((/^\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase());
}
