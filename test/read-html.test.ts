// The HTML walk: block structure survives, furniture goes.
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../src/read/html.js';

const texts = (html: string, tables?: 'auto' | 'rows') => htmlToLines(html, { tables }).lines.filter((l) => l.text !== '').map((l) => l.text);

describe('htmlToLines', () => {
  it('breaks lines at <br> and blocks, and collapses whitespace', () => {
    expect(texts('<p>MINUTES<br/>\n  Parish   Council</p><div>Held on 2 May</div>')).toEqual(['MINUTES', 'Parish Council', 'Held on 2 May']);
  });

  it('numbers ordered list items as a browser shows them, and nests lists', () => {
    const { lines } = htmlToLines('<ol start="3"><li>That the report be noted<ul><li>with thanks</li></ul></li><li>That a survey be held</li></ol><ol type="a"><li>first</li></ol>');
    const items = lines.filter((l) => l.hint === 'list-item');
    expect(items.map((l) => [l.text, l.indent])).toEqual([
      ['3. That the report be noted', 0],
      ['with thanks', 2],
      ['4. That a survey be held', 0],
      ['a. first', 0],
    ]);
  });

  it('renders data table rows as one line, layout table cells as blocks', () => {
    const data = '<table><tr><th>Ref</th><th>Payee</th><th>Amount</th></tr><tr><td>14</td><td>Grass cutting</td><td>£240.00</td></tr></table>';
    expect(texts(data)).toEqual(['Ref  Payee  Amount', '14  Grass cutting  £240.00']);
    const layout = '<table><tr><td><p>12.</p></td><td><p>Play areas</p><p>The officer presented the report.</p></td></tr></table>';
    // The number cell and the title beside it are one heading line.
    expect(texts(layout)).toEqual(['12. Play areas', 'The officer presented the report.']);
    expect(texts(layout, 'rows')).toEqual(['12.  Play areas The officer presented the report.']);
  });

  it('reads a label cell and its value as one phrase: "Moved By: Councillor Bhatia"', () => {
    const labels = '<table><tr><th>Present:</th><td>Cllr A Bell, Cllr C Dunn</td></tr><tr><td>Seconded By:</td><td>Cllr E Fox</td></tr></table>';
    expect(texts(labels)).toEqual(['Present: Cllr A Bell, Cllr C Dunn', 'Seconded By: Cllr E Fox']);
    // A Word tab after a label is the same: one space, not a column gap.
    expect(htmlToLines('<p>Moved:\tCr Nguyen</p><p>3.\tCr Nguyen</p>', { tabs: 'gap' }).lines.filter((l) => l.text).map((l) => l.text)).toEqual(['Moved: Cr Nguyen', '3.  Cr Nguyen']);
  });

  it('drops a list of document links with their file sizes (an item\'s attachments)', () => {
    const html = '<p>Item 4</p><ul class="docs"><li><a href="/a.pdf">Annual report PDF 312 KB</a></li><li><a href="/b.pdf">Appendix A (PDF, 1.2MB)</a></li></ul><ul><li><a href="/x">Mr Seth Pascoe</a> spoke in objection.</li></ul>';
    expect(texts(html)).toEqual(['Item 4', 'Mr Seth Pascoe spoke in objection.']);
  });

  it('joins an item number in a block of its own to the title in the next block', () => {
    const html = '<div class="Item"><div class="Counter">6.1</div><div class="Title">Depot Roof Repairs</div><p>The manager reported.</p></div><p>7.</p><p></p><p>Votes:</p><ul><li>For</li></ul>';
    expect(texts(html)).toEqual(['6.1 Depot Roof Repairs', 'The manager reported.', '7.', 'Votes:', 'For']);
  });

  it('drops soft hyphens: a word split only where a line might break is one word', () => {
    expect(texts('<p>The recom&shy;mendation was approved.</p>')).toEqual(['The recommendation was approved.']);
  });

  it('keeps Word tab stops as two-space gaps, web tabs as spaces', () => {
    expect(htmlToLines('<p>1.\tThat the fees be\n approved.</p>', { tabs: 'gap' }).lines[0].text).toBe('1.  That the fees be approved.');
    expect(htmlToLines('<p>1.\tThat the fees be\n approved.</p>').lines[0].text).toBe('1. That the fees be approved.');
  });

  it('a bold caption row spanning a data table is a heading', () => {
    const html = '<table><tr><td colspan="2"><p><strong>REPORT OF THE FINANCE PANEL</strong></p></td></tr><tr><td>1</td><td>Fees and charges</td></tr><tr><td colspan="2">Not bold</td></tr></table>';
    const lines = htmlToLines(html, { tables: 'rows' }).lines.filter((l) => l.text);
    expect(lines.map((l) => [l.text, l.hint, l.depth])).toEqual([
      ['REPORT OF THE FINANCE PANEL', 'heading', 3],
      ['1  Fees and charges', 'table-row', undefined],
      ['Not bold', 'table-row', undefined],
    ]);
  });

  it('reads only the main content and drops furniture and file-size residue', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body>
      <nav><a>Home</a></nav><div class="site-sidebar">Popular pages</div>
      <div role="main"><h2>Minutes</h2><p hidden>secret</p><p><a href="r.pdf">Budget report <img alt="pdf icon"> PDF 129 KB</a></p>
      <script>var x = 1</script><footer class="entry-meta">Edit</footer></div>
      <footer>Contact us</footer></body></html>`;
    const { lines } = htmlToLines(html);
    expect(lines.filter((l) => l.text).map((l) => l.text)).toEqual(['Minutes', 'Budget report']);
    expect(lines[0]).toMatchObject({ hint: 'heading', depth: 2 });
  });

  it('drops a site\'s menus however they are named: a line of links, a side column of links, camelCase names', () => {
    const html = `<html><body>
      <div id="toplinks"><a href="/">Home</a> | <a href="/contact">Contact us</a> | <a href="/pay">Pay online</a></div>
      <div id="sideMenu"><div>Town Hall</div><p>Councillors</p></div>
      <table><tr><td id="col1"><h3>Meetings</h3><ul><li><a href="/a">Full Council</a></li><li><a href="/b">Planning Committee</a></li><li><a href="/c">Licensing</a></li></ul></td>
      <td><p>Minutes of the meeting of the Licensing Committee held on 2 May 2025</p>
      <p>Present: <a href="/m1">Councillor Ffion Adair</a>, <a href="/m2">Councillor Tobias Renn</a>, <a href="/m3">Councillor Uma Kerr</a></p>
      <p class="pageTools"><a href="#">Print</a></p><p class="lastModified">Last modified: 9 May 2025</p></td></tr></table>
      </body></html>`;
    // The attendance line is links to the members' pages, yet it is minutes: people, not menu entries.
    expect(texts(html)).toEqual(['Minutes of the meeting of the Licensing Committee held on 2 May 2025', 'Present: Councillor Ffion Adair, Councillor Tobias Renn, Councillor Uma Kerr']);
  });
});
