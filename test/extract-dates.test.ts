// Dates as minutes write them, to ISO; impossible dates are not dates.
import { describe, expect, it } from 'vitest';
import { findDate } from '../src/extract/util/dates.js';

describe('findDate: full dates to ISO', () => {
  it.each<[string, string]>([
    ['Wednesday, 28th November, 2018 10.00 am', '2018-11-28'],
    ['on 9 January 2025', '2025-01-09'],
    ['November 28, 2018', '2018-11-28'],
    ['December 3rd 2018', '2018-12-03'],
    ['2018 December 03', '2018-12-03'],
    ['held on 28/11/2018', '2018-11-28'],
    ['held on 28.11.2018', '2018-11-28'],
    ['2019-04-06', '2019-04-06'],
    ['the 6 February 2020 committee', '2020-02-06'],
    ['1st of March 2021', '2021-03-01'],
    ['29 February 2020', '2020-02-29'],
    ['by Sept 30, 2022', '2022-09-30'],
    // Bilingual headings name the month in the other language first.
    ['Cofnodion / Minutes – 10 Mawrth / March 2025', '2025-03-10'],
    ['3 Márta/March 2025', '2025-03-03'],
  ])('%j → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('the earliest date in the text wins', () => {
    expect(findDate('deferred from 3 March 2021 to 16 March 2021')?.iso).toBe('2021-03-03');
  });
});

describe('findDate: not full dates', () => {
  it.each<string>(['in July 2020', 'at the next meeting', '31 February 2021', '29 February 2021', '13/13/2020', 'item 12.3.2020a', 'the year 2020', ''])('%j → null', (text) => {
    expect(findDate(text)).toBeNull();
  });
});
