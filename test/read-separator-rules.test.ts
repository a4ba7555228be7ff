// Rules of dashes or equals signs in plain text: under a heading of about their length they underline it;
// anywhere else they separate paragraphs, and are no words of the paragraph below.
import { describe, expect, it } from 'vitest';
import { textToLines } from '../src/read/text.js';

const lines = (text: string) => textToLines(text).map((l) => ({ text: l.text, hint: l.hint }));

describe('rules of dashes in plain text', () => {
  it('underline a heading of about their length', () => {
    expect(lines('Budget Monitoring\n-----------------\nThe report was noted.')).toEqual([
      { text: 'Budget Monitoring', hint: 'heading' },
      { text: '', hint: undefined },
      { text: 'The report was noted.', hint: undefined },
    ]);
  });

  it('separate paragraphs when far longer than the line above', () => {
    const out = lines('12.  QUESTIONS WITHOUT NOTICE\n------------------------------------------------------------------------\nCr Collard – Asked when the toilet block would open.');
    expect(out.map((l) => l.text)).toEqual(['12.  QUESTIONS WITHOUT NOTICE', '', 'Cr Collard – Asked when the toilet block would open.']);
    expect(out[0].hint).toBeUndefined();
  });

  it('a rule under a blank line is a separator too', () => {
    expect(lines('Item one.\n\n==========\nItem two.').map((l) => l.text)).toEqual(['Item one.', '', '', 'Item two.']);
  });
});
