// Record keys shared by the database (--db) and the CSV tables (--tables):
// derived from the document's source path and the record's place, so they
// survive re-parsing (a rebuild of the database, a re-run of the export) and
// the same record has the same key in both.
//   3f9c0a1b2c4d            the document (12 hex digits of sha256(source path))
//   3f9c0a1b2c4d-i4         its 4th agenda item
//   3f9c0a1b2c4d-i4-r2      that item's 2nd resolution (-p presenter, -d discussion,
//                           -q question, -a action, -m motion; -m1-v3 a named vote)
//   3f9c0a1b2c4d-p2         person p2 of the document (its own id)
//   3f9c0a1b2c4d-present3   3rd name of the present list (-apologies, -inAttendance)
//   3f9c0a1b2c4d-d1, -w1    1st declaration, 1st warning
import { createHash } from 'node:crypto';

/** A document's key: 12 hex digits of the sha256 of its source path. */
export function documentKey(sourcePath: string): string {
  return createHash('sha256').update(sourcePath).digest('hex').slice(0, 12);
}

/** The letter a record of each table adds to its parent's key. */
export const KEY_TAGS: Readonly<Record<string, string>> = {
  items: 'i',
  presenters: 'p',
  discussion: 'd',
  questions: 'q',
  resolutions: 'r',
  actions: 'a',
  motions: 'm',
  named_votes: 'v',
  declarations: 'd',
  warnings: 'w',
};

/** The key of the record at 0-based `ordinal` of `table` below `parentKey`; a grouped table tags by its list. */
export function childKey(parentKey: string, table: string, ordinal: number, list?: string): string {
  return `${parentKey}-${list ?? KEY_TAGS[table] ?? table}${ordinal + 1}`;
}

/** A person's key: the document's key and the document-local person id ("p2"). */
export const personKey = (docKey: string, ref: string): string => `${docKey}-${ref}`;
