// Item categories from the title, as a specification.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { itemCategory } from '../src/extract/category.js';

describe('item category from the title', () => {
  it.each<[string, string]>([
    ['Apologies for Absence', 'apologies'],
    ['Apologies and Substitutions', 'apologies'],
    ['Declarations of Interest', 'declarations'],
    ['Disclosures of Pecuniary Interests', 'declarations'],
    ['CONFLICTS OF INTEREST', 'declarations'],
    ['Minutes of the Previous Meeting', 'previous-minutes'],
    ['Minutes of the meeting held on 4 March 2020', 'previous-minutes'],
    ['Confirmation of Minutes', 'previous-minutes'],
    ['Urgent Business', 'urgent-business'],
    ['Any Other Business', 'urgent-business'],
    ['Exclusion of the Press and Public', 'exclusion'],
    ['Revenue Budget Monitoring 2024/25', 'substantive'],
    ['Public Questions', 'substantive'],
  ])('%j → %s', (title, category) => {
    expect(itemCategory(title)).toBe(category);
  });

  it('the category is carried on the parsed item', () => {
    const doc = parseMinutes('1.    Apologies for Absence\n\nNone.\n\n2.    Declarations of Interest\n\nNone.\n\n3.    Library Review\n\nRESOLVED that the review be noted.\n').document;
    expect(doc.items.map((i) => [i.number, i.category])).toEqual([
      ['1', 'apologies'],
      ['2', 'declarations'],
      ['3', 'substantive'],
    ]);
  });
});
