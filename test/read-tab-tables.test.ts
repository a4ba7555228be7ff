// Tables copied with tabs: a header headed by a number column and rows of as many cells become pipe rows,
// the table layout later stages read; other tabs stay spacing.
import { describe, expect, it } from 'vitest';
import { textToLines } from '../src/read/text.js';

const texts = (text: string): string[] => textToLines(text).map((l) => l.text);

describe('tab-separated tables', () => {
  it('a minutes table with a number column becomes pipe rows, empty leading cells kept', () => {
    const out = texts('Item\tSubject\tDiscussion / Decision\n1\tCall to Order\tThe Chair opened the meeting.\n2\tBudget\tThe Treasurer reported.\n\t\tR-26-04 Cllr Ames: that the budget be adopted. CARRIED\n\nEnd of table.');
    expect(out).toEqual([
      '| Item | Subject | Discussion / Decision |',
      '| 1 | Call to Order | The Chair opened the meeting. |',
      '| 2 | Budget | The Treasurer reported. |',
      '|  |  | R-26-04 Cllr Ames: that the budget be adopted. CARRIED |',
      '',
      'End of table.',
    ]);
  });

  it('several tabs inside a row are one cell break', () => {
    expect(texts('No.\tItem\tOutcome\n1\t\tApologies\t\tNoted\n2\t\tMinutes\t\tAgreed')[1]).toBe('| 1 | Apologies | Noted |');
  });

  it('tabs stay spacing without a number-column header, in a lone row, or under a header with too few rows', () => {
    expect(texts('MOTION\tMOVER & SECONDER\tSUBJECT\n1\tOkafor / Lind\tParking bans\n2\tBaptiste / Okafor\tTransit grant')[0]).toBe('MOTION  MOVER & SECONDER  SUBJECT');
    expect(texts('Moved:\tCr Ames\tSeconded:\tCr Bell')[0]).toBe('Moved:  Cr Ames  Seconded:  Cr Bell');
    expect(texts('Item\tSubject\tNotes\n1\tApologies\tNone')[0]).toBe('Item  Subject  Notes');
    expect(texts('\tThe Council resolved to adopt the plan.')[0]).toBe('The Council resolved to adopt the plan.');
  });
});
