// Rebuilding lines from positioned PDF text runs (no PDF needed: runs are made here).
import { describe, expect, it } from 'vitest';
import { pagesToLines, type PdfPage, type PlacedText } from '../src/read/pdf.js';

const run = (str: string, x: number, y: number, size = 12): PlacedText => ({ str, x, y, width: str.length * size * 0.5, size });

/** A page with a running header and a page-number footer around its body runs. */
const page = (n: number, body: PlacedText[]): PdfPage => ({
  height: 842,
  items: [run('Harrowby Vale Licensing Panel – 3 June 2024', 72, 40, 9), ...body, run(String(n), 290, 800, 9)],
});

describe('pagesToLines', () => {
  const pages = [
    page(1, [
      // Runs out of order and split mid-line; a superscript sits a little above the baseline.
      run('Licence', 72, 100),
      run('review', 120, 100),
      run('th', 166, 96, 8),
      run('4', 160, 100),
      run('1.', 90, 130),
      run('The Panel considered the application.', 108, 130),
      run('It was noted that the premises', 108, 145),
      run('had no previous conditions.', 108, 160),
      run('a.', 126, 190),
      run('Hours of opening on weekdays and at weekends', 144, 190),
    ]),
    page(2, [run('would continue unchanged.', 108, 100), run('RESOLVED that the licence be granted.', 72, 130)]),
    page(3, [run('Closing remarks', 72, 100)]),
  ];
  const { lines, text } = pagesToLines(pages);

  it('joins runs on one baseline, left to right, with word gaps', () => {
    expect(lines[0].text).toBe('Licence review 4th');
  });

  it('drops running headers and page numbers', () => {
    expect(text).not.toContain('Licensing Panel');
    expect(lines.some((l) => /^\d+$/.test(l.text))).toBe(false);
  });

  it('keeps indentation from the body margin and blank lines at paragraph gaps', () => {
    const byText = (t: string) => lines.find((l) => l.text.startsWith(t))!;
    expect(byText('Licence').indent).toBe(0);
    expect(byText('1. The Panel').indent).toBe(3);
    expect(byText('It was noted').indent).toBe(6);
    expect(byText('a. Hours').indent).toBe(9);
    expect(lines.map((l) => l.text)).toEqual([
      'Licence review 4th',
      '',
      '1. The Panel considered the application.',
      'It was noted that the premises',
      'had no previous conditions.',
      '',
      'a. Hours of opening on weekdays and at weekends',
      // A page break mid-sentence does not end the paragraph.
      'would continue unchanged.',
      '',
      'RESOLVED that the licence be granted.',
      '',
      'Closing remarks',
    ]);
  });

  it('numbers lines from 1 and sets the page of each', () => {
    expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.find((l) => l.text.startsWith('would'))?.page).toBe(2);
    expect(lines.at(-1)?.page).toBe(3);
    expect(text.split('\n')).toHaveLength(lines.length);
  });
});

describe('pagesToLines stays linear', () => {
  it('rebuilds 300 pages of 50 lines in well under a second per hundred pages', () => {
    const pages: PdfPage[] = Array.from({ length: 300 }, (_, p) => page(p + 1, Array.from({ length: 50 }, (_, l) => run(`Line ${l} of page ${p + 1} where the council considered the report`, l % 10 === 0 ? 72 : 100, 80 + l * 14))));
    const started = performance.now();
    const { lines } = pagesToLines(pages);
    // Quadratic work (a median re-sorted per line) took minutes here; linear work takes milliseconds.
    expect(performance.now() - started).toBeLessThan(3000);
    // Each page's first line reads alike on every page (digits aside): it goes as a running header.
    expect(lines.filter((l) => l.text !== '')).toHaveLength(300 * 49);
  });
});

describe('words hyphenated at a line end', () => {
  it('lose the hyphen when the document writes the word whole elsewhere; names and unknown compounds keep it', () => {
    const { lines } = pagesToLines([
      {
        height: 842,
        items: [
          run('The programme of works was agreed. The revised pro-', 72, 100),
          run('gramme will start in May. Cllr Ann Crow-', 72, 115),
          run('Brown asked about the father-', 72, 130),
          run('inclusive group.', 72, 145),
        ],
      },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['The programme of works was agreed. The revised programme', 'will start in May. Cllr Ann Crow-Brown', 'asked about the father-inclusive', 'group.']);
  });
});

describe('an item number on a baseline of its own', () => {
  it('joins the title on the next line: one heading line', () => {
    const { lines } = pagesToLines([
      {
        height: 842,
        items: [run('Item No. 4', 72, 100), run('Allotment Rents', 72, 114), run('The Clerk reported on the rents.', 72, 140), run('2.', 72, 170), run('PLAY AREA', 108, 177), run('3.', 72, 200)],
      },
    ]);
    expect(lines.map((l) => l.text).filter(Boolean)).toEqual(['Item No. 4 Allotment Rents', 'The Clerk reported on the rents.', '2. PLAY AREA', '3.']);
  });
});

describe('a numbered heading in its own type wrapped onto a second line', () => {
  // Body lines in the body font ("F1"), headings in a bold one ("F2"); runs are half an em wide per character.
  const typed = (str: string, y: number, font: string, x = 72): PlacedText => ({ ...run(str, x, y, 10), font });
  const prose = (y: number): PlacedText[] => [
    typed('The Clerk reported that the contractor had inspected the lamps along the lane and', y, 'F1'),
    typed('found three of them in need of new heads before the winter evenings drew in.', y + 14, 'F1'),
  ];
  const texts = (items: PlacedText[]): string[] => pagesToLines([{ height: 842, items }]).lines.map((l) => l.text).filter(Boolean);

  it('is one heading line when its first line ran to the margin and the type changes after the second', () => {
    expect(texts([
      typed('7. Provision of Street Lighting on the Approach Roads to the Village Hall and the', 100, 'F2'),
      typed('Recreation Ground', 114, 'F2'),
      ...prose(140),
      typed('8. Planning Applications', 190, 'F2'),
      ...prose(216),
    ])).toEqual([
      '7. Provision of Street Lighting on the Approach Roads to the Village Hall and the Recreation Ground',
      'The Clerk reported that the contractor had inspected the lamps along the lane and',
      'found three of them in need of new heads before the winter evenings drew in.',
      '8. Planning Applications',
      'The Clerk reported that the contractor had inspected the lamps along the lane and',
      'found three of them in need of new heads before the winter evenings drew in.',
    ]);
  });

  it('stays two lines: a short heading over a sub-heading, a bold paragraph, a heading in the body type', () => {
    // A short heading was not wrapped: the line under it is a sub-heading of its own.
    expect(texts([typed('8. Planning', 100, 'F2'), typed('Applications received since the last meeting', 114, 'F2'), ...prose(140)]).slice(0, 2)).toEqual([
      '8. Planning',
      'Applications received since the last meeting',
    ]);
    // Three lines in the heading type: a bold paragraph, not a heading.
    const bold = texts([
      typed('9. RESOLVED that the Council approves the lighting scheme and asks the Clerk to order', 100, 'F2'),
      typed('the three new lamp heads from the contractor named in the report before the end of', 114, 'F2'),
      typed('October.', 128, 'F2'),
      ...prose(160),
    ]);
    expect(bold.slice(0, 3)).toEqual([
      '9. RESOLVED that the Council approves the lighting scheme and asks the Clerk to order',
      'the three new lamp heads from the contractor named in the report before the end of',
      'October.',
    ]);
    // A numbered line in the body's own type is a paragraph: its wrap stays.
    expect(texts([typed('10. The Council noted the lighting report from the contractor and the three lamps', 100, 'F1'), typed('to be replaced.', 114, 'F1'), ...prose(140)]).slice(0, 2)).toEqual([
      '10. The Council noted the lighting report from the contractor and the three lamps',
      'to be replaced.',
    ]);
  });
});

describe('a motions table whose rows are set apart by a wider gap than their wrapped lines', () => {
  const cell = (str: string, x: number, y: number): PlacedText => ({ str, x, y, width: str.length * 4.5, size: 9.5 });
  // Columns: number 76, motion 138, mover 352, seconder 414, result 476; lines of a row 11 points apart, rows 19.
  const row = (y: number, no: string, motion: string[], mover: string, seconder: string, result: string): PlacedText[] => [
    cell(no, 76, y),
    ...motion.map((m, k) => cell(m, 138, y + 11 * k)),
    cell(mover, 352, y),
    cell(seconder, 414, y),
    cell(result, 476, y),
  ];
  const items = [
    cell('Motion No.', 76, 104),
    cell('Motion', 138, 104),
    cell('Mover', 352, 104),
    cell('Seconder', 414, 104),
    cell('Result', 476, 104),
    ...row(123, 'M24-31', ['THAT the agenda for the March 4 Regular', 'Meeting be adopted as', 'presented.'], 'Dube', 'Halvorsen', 'CARRIED'),
    ...row(164, 'M24-32', ['THAT the fee schedule be referred', 'Back to staff for review.'], 'Halvorsen', 'Dube', 'DEFEATED'),
    ...row(194, 'M24-33', ['THAT the meeting be adjourned.'], 'Lam', 'Dube', 'CARRIED'),
  ];

  it('reads a header with an abbreviated label ("Motion No.") and joins each row’s wrapped lines, capitals and figures too', () => {
    const rows = pagesToLines([{ height: 842, items }]).lines.filter((l) => l.hint === 'table-row').map((l) => l.text);
    expect(rows).toEqual([
      'Motion No.  Motion  Mover  Seconder  Result',
      'M24-31  THAT the agenda for the March 4 Regular Meeting be adopted as presented.  Dube  Halvorsen  CARRIED',
      'M24-32  THAT the fee schedule be referred Back to staff for review.  Halvorsen  Dube  DEFEATED',
      'M24-33  THAT the meeting be adjourned.  Lam  Dube  CARRIED',
    ]);
  });

  it('set evenly, the text decides: a line that opens with a capital under the first row starts a row of its own', () => {
    // The same table with every line 11 points apart: spacing tells nothing.
    const even = items.map((i) => (i.y >= 164 ? { ...i, y: i.y - 8 } : i)).map((i) => (i.y >= 186 ? { ...i, y: i.y - 8 } : i));
    const rows = pagesToLines([{ height: 842, items: even }]).lines.filter((l) => l.hint === 'table-row').map((l) => l.text);
    expect(rows).toContain('Meeting be adopted as presented.');
  });
});

describe('side headings', () => {
  const body = (y: number, n: number): PlacedText[] => Array.from({ length: n }, (_, k) => run(`the text of the minute goes on along line ${k + 1}`, 190, y + k * 14, 10));
  it('a title beside the text becomes a line of its own before it', () => {
    const { lines } = pagesToLines([{ height: 842, items: [run('7. LITTER', 72, 100, 10), run('BINS', 72, 114, 10), ...body(100, 5), run('8. TREES', 72, 190, 10), ...body(190, 4)] }]);
    const texts = lines.map((l) => l.text).filter(Boolean);
    expect(texts[0]).toBe('7. LITTER BINS');
    expect(texts[1]).toBe('the text of the minute goes on along line 1');
    expect(texts).toContain('8. TREES');
  });

  it('a minute code in the margin ("CAB 45") is no side heading: it stays on its line', () => {
    const { lines } = pagesToLines([{ height: 842, items: [run('CAB 45', 72, 100, 10), ...body(100, 5), run('CAB 46', 72, 190, 10), ...body(190, 4)] }]);
    expect(lines.map((l) => l.text).filter(Boolean)[0]).toMatch(/^CAB 45\s+the text of the minute/);
  });
});

describe('labels beside their lists', () => {
  it('are no side headings: "Present:" stays on the line of the names beside it', () => {
    const names = (y: number, n: number): PlacedText[] => Array.from({ length: n }, (_, k) => run(`Councillor Name${k + 1} Surname${k + 1}, Councillor Other${k + 1}`, 190, y + k * 14, 10));
    const { lines } = pagesToLines([{ height: 842, items: [run('Present:', 72, 100, 10), ...names(100, 4), run('Apologies:', 72, 170, 10), ...names(170, 4)] }]);
    expect(lines.map((l) => l.text).filter(Boolean)[0]).toMatch(/^Present:\s+Councillor Name1/);
  });
});

describe('a contents list at the front', () => {
  it('is dropped: its entries end in page numbers in one right-aligned column that never go down; the minutes it lists and a short tally stay', () => {
    const { lines } = pagesToLines([
      {
        height: 842,
        items: [
          run('Contents', 72, 80),
          run('1 Opening of Meeting', 72, 100), run('3', 500, 100),
          run('2 Apologies', 72, 115), run('3', 500, 115),
          run('3 Rates Review ..........', 72, 130), run('4', 500, 130),
          run('1 Opening of Meeting', 72, 200),
          run('The Mayor opened the meeting at 9.30am.', 72, 215),
          run('For', 72, 245), run('2', 130, 245), run('Against', 72, 260), run('3', 130, 260), run('Abstained', 72, 275), run('4', 130, 275),
        ],
      },
    ]);
    expect(lines.map((l) => l.text).filter(Boolean)).toEqual(['1 Opening of Meeting', 'The Mayor opened the meeting at 9.30am.', 'For  2', 'Against 3', 'Abstained 4']);
  });
});
