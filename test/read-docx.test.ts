// The Word reader on small invented packages: each test builds a .docx from
// its document.xml body (and the styles, numbering and notes it needs) and
// reads it to lines, the text later stages see.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/read/docx.js';
import { parseXml } from '../src/read/docx-xml.js';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
].join(' ');

/** A zip of stored entries (the reader takes stored and deflated alike). */
function zip(files: Record<string, string>): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, content] of Object.entries(files)) {
    const name = Buffer.from(path);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(dir, name);
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

interface Parts {
  styles?: string;
  numbering?: string;
  footnotes?: string;
  /** The prefix the package writes the main namespace with (Word writes "w"). */
  prefix?: string;
}

function docx(body: string, parts: Parts = {}): Uint8Array {
  const files: Record<string, string> = {
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  if (parts.styles) files['word/styles.xml'] = `<w:styles ${NS}>${parts.styles}</w:styles>`;
  if (parts.numbering) files['word/numbering.xml'] = `<w:numbering ${NS}>${parts.numbering}</w:numbering>`;
  if (parts.footnotes) files['word/footnotes.xml'] = `<w:footnotes ${NS}>${parts.footnotes}</w:footnotes>`;
  if (parts.prefix) {
    for (const k of Object.keys(files)) if (k.startsWith('word/')) files[k] = files[k].replace(/(<\/?)w:/g, `$1${parts.prefix}:`).replace(/ w:/g, ` ${parts.prefix}:`).replace('xmlns:w=', `xmlns:${parts.prefix}=`);
  }
  return zip(files);
}

const p = (text: string, props = ''): string => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const listRef = (numId: number, ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const style = (id: string): string => `<w:pStyle w:val="${id}"/>`;

async function lines(bytes: Uint8Array): Promise<string[]> {
  return (await readDocx(bytes)).lines.map((l) => ' '.repeat(l.indent) + l.text).filter((t) => t !== '');
}

const HEADING_STYLES = `
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
const AGENDA_LIST = `
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="31"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;

describe('Word reader', () => {
  it('writes the numbers Word shows: heading styles count on through ordinary paragraphs, sub-levels restart under their parent', async () => {
    const body = [
      p('Apologies for Absence', style('Heading1')),
      p('Apologies were received from Councillor Ferris.'),
      p('Community Grants', style('Heading1')),
      p('Rowing Club', style('Heading2')),
      p('a grant of £400 be made;', listRef(1, 2)),
      p('the club report on its use.', listRef(1, 2)),
      p('Allotments', style('Heading2')),
      p('the rents be frozen.', listRef(3, 2)),
    ].join('');
    expect(await lines(docx(body, { styles: HEADING_STYLES, numbering: AGENDA_LIST }))).toEqual([
      '31.  Apologies for Absence',
      'Apologies were received from Councillor Ferris.',
      '32.  Community Grants',
      '32.1 Rowing Club',
      '(a)  a grant of £400 be made;',
      '(b)  the club report on its use.',
      '32.2 Allotments',
      '(a)  the rents be frozen.',
    ]);
  });

  it('marks headings by style and keeps bullets as nested list items', async () => {
    const body = [p('Present', style('Heading2')), p('Councillor Obi', listRef(2, 0)), p('substitute for Councillor Laine', listRef(2, 1)), p('Councillor Marsh', listRef(2, 0))].join('');
    const read = await readDocx(docx(body, { styles: HEADING_STYLES.replace(/<w:pPr>.*?<\/w:pPr>/g, ''), numbering: AGENDA_LIST }));
    const shown = read.lines.filter((l) => l.text !== '').map((l) => [l.text, l.hint, l.indent]);
    expect(shown).toEqual([
      ['Present', 'heading', 0],
      ['Councillor Obi', 'list-item', 0],
      ['substitute for Councillor Laine', 'list-item', 2],
      ['Councillor Marsh', 'list-item', 0],
    ]);
  });

  it('reads a table row by row: a bold row across the table titles it, a vertically merged cell counts once, a tab is a gap', async () => {
    const cell = (content: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;
    const body = `<w:tbl><w:tblPr/>
      <w:tr>${cell('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ATTENDANCE</w:t></w:r></w:p>', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell(p('Cllr Ives'), '<w:vMerge w:val="restart"/>')}${cell(p('Chair'))}</w:tr>
      <w:tr>${cell(p(''), '<w:vMerge/>')}${cell('<w:p><w:r><w:t>Finance</w:t><w:tab/><w:t>lead</w:t></w:r></w:p>')}</w:tr>
    </w:tbl>${p('The meeting opened at 7pm.')}`;
    const read = await readDocx(docx(body));
    expect(read.lines.filter((l) => l.text !== '').map((l) => [l.text, l.hint])).toEqual([
      ['ATTENDANCE', 'heading'],
      ['Cllr Ives  Chair', 'table-row'],
      ['Finance  lead', 'table-row'],
      ['The meeting opened at 7pm.', undefined],
    ]);
  });

  it('shows a text box after the paragraph that anchors it, once (its fallback copy), and footnotes at the end', async () => {
    const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p('Draft until approved')}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p('Draft until approved')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = `<w:p><w:r><w:t>Minutes of the Harbour Board</w:t></w:r>${textBox}</w:p><w:p><w:r><w:t>The levy was agreed</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>`;
    const footnotes = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Councillor Dunne abstained.</w:t></w:r></w:p></w:footnote>`;
    expect(await lines(docx(body, { footnotes }))).toEqual(['Minutes of the Harbour Board', 'Draft until approved', 'The levy was agreed[1].', '1. Councillor Dunne abstained. ↑']);
  });

  it('shows tracked changes as accepted: deleted text is gone, a deleted paragraph mark joins two paragraphs', async () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">The precept of £12,000 was </w:t></w:r></w:p><w:p><w:del w:id="2"><w:r><w:delText>not </w:delText></w:r></w:del><w:ins w:id="3"><w:r><w:t>approved</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>`;
    expect(await lines(docx(body))).toEqual(['The precept of £12,000 was approved.']);
  });

  it('drops the box character of a checkbox control and the codes of fields, keeping what fields show', async () => {
    const body = `<w:p><w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> Quorum present</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Signed on </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4 March 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(await lines(docx(body))).toEqual(['Quorum present', 'Signed on 4 March 2025']);
  });

  it('reads a package that writes the main namespace with another prefix', async () => {
    const body = [p('Planning Applications', style('Heading1')), p('Two applications were considered.')].join('');
    expect(await lines(docx(body, { styles: HEADING_STYLES, numbering: AGENDA_LIST, prefix: 'wx' }))).toEqual(['31.  Planning Applications', 'Two applications were considered.']);
  });

  it('counts a number format Word marks as newer in its plain fallback', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1)"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(await lines(docx(p('Matters arising', listRef(1, 0)) + p('Correspondence', listRef(1, 0)), { numbering }))).toEqual(['7) Matters arising', '8) Correspondence']);
  });

  it('refuses a file that is not a Word package with a clear message', async () => {
    await expect(readDocx(new Uint8Array(Buffer.from('PK\u0003\u0004 cut off')))).rejects.toThrow(/corrupt or truncated Word file/);
    await expect(readDocx(zip({ 'content.xml': '<office/>' }))).rejects.toThrow(/main document part/);
  });
});

describe('Word XML reading cost', () => {
  /** Per-call cost in ms: the best of `rounds` timed batches of at least `budget` ms each. */
  const cost = (f: () => unknown, rounds: number, budget: number): number => {
    let best = Infinity;
    // The best of several batches: a loaded machine slows some batches, rarely all of them.
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      let calls = 0;
      do {
        f();
        calls++;
      } while (performance.now() - t0 < budget);
      best = Math.min(best, (performance.now() - t0) / calls);
    }
    return best;
  };
  /**
   * cost(large) / cost(small), measured again (longer, more batches; up to four times) while it reads as
   * super-linear: one measurement on a busy machine can be skewed, a quadratic reader stays above the bound every time.
   */
  const growth = (small: string, large: string): number => {
    let ratio = Infinity;
    for (let attempt = 0; attempt < 4 && ratio >= MAX_GROWTH; attempt++) ratio = cost(() => parseXml(large), 7 + 4 * attempt, 10 << attempt) / cost(() => parseXml(small), 7 + 4 * attempt, 10 << attempt);
    return ratio;
  };
  // Linear work grows ~16x from n to 16n (a little more as the tree outgrows the young generation), quadratic ~256x:
  // the bound sits between them with room on both sides, so a busy machine does not fail a linear reader.
  const MAX_GROWTH = 100;
  // Broken files: elements never closed then stray end tags, tags without quotes before one far away, a quote never closed.
  const broken: Record<string, (n: number) => string> = {
    'unclosed elements and stray end tags': (n) => `<w:document>${'<w:p>'.repeat(n)}${'</w:x>'.repeat(n)}</w:document>`,
    'quote-less tags before a distant quote': (n) => `<w:document>${'<w:p><w:r/>'.repeat(n)}<w:t a="1"/></w:document>`,
    'a quote never closed': (n) => `<w:document><w:p a="${'<w:r/>'.repeat(n)}</w:document>`,
  };
  for (const [name, make] of Object.entries(broken)) {
    it(`reads in time linear in its size: ${name}`, () => {
      const small = make(2000);
      const large = make(32000);
      parseXml(small);
      expect(growth(small, large)).toBeLessThan(MAX_GROWTH);
    });
  }
});
