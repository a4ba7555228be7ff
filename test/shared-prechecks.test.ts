// Pre-checks of the shared helpers (src/extract/util): each passes every text its full patterns could match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDate, hasYear } from '../src/extract/util/dates.js';

describe('findDate’s year pre-check', () => {
  // Every date pattern holds the year group (?:19|20)\d{2}: hasYear must agree with it exactly.
  const YEAR = /(?:19|20)\d{2}/;
  const piece = fc.constantFrom('19', '20', '2', '0', '1', '9', '18', '2018', '1999', '28/11/', 'November ', ' ', '.', 'th', 'x', '١٩');
  it('is true exactly when the text holds a year of the patterns', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(hasYear(text)).toBe(YEAR.test(text));
      }),
      { numRuns: 2000 },
    );
  });
  it('lets dates through and stops texts without a year', () => {
    expect(findDate('Wednesday, 28th November, 2018 10.00 am')?.iso).toBe('2018-11-28');
    expect(findDate('at the end 2099')).toBeNull();
    expect(hasYear('on 28 November')).toBe(false);
    expect(hasYear('ends 1920')).toBe(true);
    expect(hasYear('ends 192')).toBe(false);
  });
});
