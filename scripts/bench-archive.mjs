// The synthetic archives `npm run bench` measures, built from the project's
// own fixtures (fixtures/cases/*/input.txt and fixtures/examples/*.txt,
// recombined and mutated with a fixed seed): minutes as text, and the same
// minutes rendered as ModernGov-like web pages, Word files and printed PDFs
// (the zip and the PDF written by hand, as scripts/make-format-fixtures.mjs
// does), plus one large text file and long PDFs for the scaling checks.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';
import { mulberry32 } from './prng.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = 20241115;
/** Bumped when a rendering changes, so archives made by an older bench are made again. */
const ARCHIVE_VERSION = 2;

/** The fixture texts the archive is made of. */
function fixtureTexts() {
  const texts = [];
  const cases = join(ROOT, 'fixtures', 'cases');
  if (existsSync(cases)) {
    for (const d of readdirSync(cases).sort()) {
      const f = join(cases, d, 'input.txt');
      if (existsSync(f)) texts.push(readFileSync(f, 'utf8'));
    }
  }
  const examples = join(ROOT, 'fixtures', 'examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(examples, f), 'utf8'));
  if (texts.length === 0) throw new Error('no fixtures found under fixtures/');
  return texts;
}

function fixtureParagraphs() {
  const paragraphs = [];
  for (const text of fixtureTexts()) {
    for (const p of text.split(/\n\s*\n/)) {
      const t = p.replace(/^\s+|\s+$/g, '');
      if (t && !/^agenda item$/i.test(t)) paragraphs.push(t);
    }
  }
  return paragraphs;
}

// Words swapped in by the mutator so documents differ in names, sums and dates.
const SURNAMES = ['Patel', 'Okafor', 'Hughes', 'Nowak', 'Fraser', 'Begum', 'Lloyd', 'Kaur', 'Doyle', 'Mensah', 'Reid', 'Carter'];
const BODIES = ['Cabinet', 'Planning Committee', 'Audit and Governance Committee', 'Scrutiny Board', 'Licensing Sub-Committee', 'Full Council'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
const TITLES = ['Revenue Budget Monitoring', 'Planning Application', 'Minutes of the previous meeting', 'Treasury Management', 'Highways Update', 'Declarations of Interest'];

/**
 * One synthetic minutes document as blocks: a header, attendance, then
 * items whose bodies are paragraphs drawn from the fixtures (the "Agenda
 * item" page furniture is dropped so items are numbered headings), with
 * names, figures and dates mutated, until the size target is reached.
 */
function makeBlocks(rand, paragraphs, target) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const day = 1 + Math.floor(rand() * 28);
  const blocks = [
    { kind: 'title', text: pick(BODIES).toUpperCase() },
    { kind: 'p', text: `Minutes of the meeting held on ${day} ${pick(MONTHS)} ${2019 + Math.floor(rand() * 6)} at ${pick(['County Hall', 'the Civic Centre', 'the Town Hall'])}` },
    { kind: 'p', text: `PRESENT: Councillors ${pick(SURNAMES)} (Chair), ${pick(SURNAMES)}, ${pick(SURNAMES)} and ${pick(SURNAMES)}` },
    { kind: 'p', text: `Apologies: Councillor ${pick(SURNAMES)}` },
  ];
  let size = blocks.reduce((n, b) => n + b.text.length + 2, 0);
  let n = 1 + Math.floor(rand() * 40);
  while (size < target) {
    const title = `${pick(TITLES)} ${2019 + Math.floor(rand() * 6)}`;
    blocks.push({ kind: 'item', number: String(n), text: title });
    size += title.length + 8;
    const count = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < count && size < target; i++) {
      let p = pick(paragraphs)
        .replace(/\b(Patel|Okafor|Smith|Jones)\b/g, () => pick(SURNAMES))
        .replace(/£(\d+(?:\.\d+)?)m/g, () => `£${(rand() * 9).toFixed(1)}m`)
        .replace(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/g, () => `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${2019 + Math.floor(rand() * 6)}`);
      if (rand() < 0.15) p = p.toUpperCase();
      blocks.push({ kind: 'p', text: p });
      size += p.length + 2;
    }
    n++;
  }
  return blocks;
}

// ---------------------------------------------------------------- renderings

/** Plain text, as the text archive has always been. */
export function toText(blocks) {
  const out = [];
  for (const b of blocks) out.push(b.kind === 'item' ? `${b.number}.    ${b.text}` : b.text, '');
  return `${out.join('\n')}\n`;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ModernGov-like page: site furniture around the minutes, items as headings. */
export function toHtml(blocks) {
  const body = blocks
    .map((b) => (b.kind === 'title' ? `<h1>${esc(b.text)}</h1>` : b.kind === 'item' ? `<h2 class="mgSubItemTitleTxt">${esc(b.number)}. ${esc(b.text)}</h2>` : `<p>${esc(b.text).replace(/\n/g, '<br>')}</p>`))
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Minutes</title><link rel="stylesheet" href="/site.css"></head><body>
<div id="skiplinks"><a href="#content">Skip to main content</a></div><header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li></ul></nav></header>
<main id="content"><div class="mgContent">
${body}
</div></main>
<aside class="sidebar"><h2>Related information</h2><ul><li><a href="/calendar">Meetings calendar</a></li></ul></aside><footer class="site-footer"><p>Council offices</p></footer></body></html>
`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
// Word's revision marks on every paragraph and run, as real files carry them.
const rsid = (rand) => Math.floor(rand() * 0xffffff).toString(16).toUpperCase().padStart(8, '0');

// What Word writes around the text: run and paragraph properties on every run and paragraph, runs split
// at revision and proofing marks, a styles part with Word's ~370 latent styles, note separators.
const RUN_PROPS = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/>';
const LATENT = Array.from({ length: 370 }, (_, i) => `<w:lsdException w:name="Style ${i}" w:semiHidden="1" w:uiPriority="${i % 99}" w:unhideWhenUsed="1"/>`).join('');
const WORD_STYLES = Array.from({ length: 40 }, (_, i) => `<w:style w:type="${i % 4 ? 'paragraph' : 'character'}" w:customStyle="1" w:styleId="Custom${i}"><w:name w:val="Custom ${i}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:rsid w:val="00A1B2C3"/><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr><w:rPr>${RUN_PROPS}</w:rPr></w:style>`).join('');
const SEPARATORS = (kind) => `<w:${kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;

/** A Word file as Word writes one: items numbered automatically through a heading style, attendance as a table. */
export function toDocx(blocks, rand) {
  const run = (text, bold) => `<w:r w:rsidRPr="${rsid(rand)}"><w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${RUN_PROPS}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  // Word splits a paragraph's text into runs wherever an edit or a spelling mark fell.
  const runs = (text, bold) => {
    const words = text.split(' ');
    const out = [];
    for (let i = 0; i < words.length; ) {
      const n = 3 + Math.floor(rand() * 8);
      out.push(run(words.slice(i, i + n).join(' ') + (i + n < words.length ? ' ' : ''), bold));
      if (rand() < 0.2) out.push('<w:proofErr w:type="spellStart"/>');
      i += n;
    }
    return out.join('');
  };
  const para = (text, style, bold) =>
    `<w:p w:rsidR="${rsid(rand)}" w:rsidRDefault="${rsid(rand)}" w:rsidP="${rsid(rand)}"><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr>${RUN_PROPS}</w:rPr></w:pPr>${runs(text, bold)}</w:p>`;
  const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;
  const body = blocks.map((b) => {
    if (b.kind === 'title') return para(b.text, 'Title', true);
    if (b.kind === 'item') return para(b.text, 'Heading1', true);
    const label = /^(PRESENT|Apologies):\s*(.*)$/.exec(b.text);
    if (label) return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr w:rsidR="${rsid(rand)}">${cell(`${label[1]}:`)}${cell(label[2])}</w:tr></w:tbl>`;
    return b.text.split('\n').map((line) => para(line)).join('');
  });
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${blocks.find((b) => b.kind === 'item')?.number ?? 1}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
  const styles = `<w:docDefaults><w:rPrDefault><w:rPr>${RUN_PROPS}</w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:count="376">${LATENT}</w:latentStyles><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>${WORD_STYLES}`;
  const rel = (id, type, target) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'numbering', 'numbering.xml')}${rel('rId2', 'styles', 'styles.xml')}${rel('rId3', 'footnotes', 'footnotes.xml')}${rel('rId4', 'endnotes', 'endnotes.xml')}</Relationships>`],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>`],
    ['word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${numbering}</w:numbering>`],
    ['word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${styles}</w:styles>`],
    ['word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}>${SEPARATORS('footnote')}</w:footnotes>`],
    ['word/endnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes ${W}>${SEPARATORS('endnote')}</w:endnotes>`],
  ]);
}

const PAGE_W = 595;
const PAGE_H = 842;
const LINES_PER_PAGE = 50;
const LEADING = 14;

/** Latin-1 bytes for Helvetica's WinAnsi encoding (other characters become '?'). */
const latin1 = (s) => Buffer.from([...s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-')].map((ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63)));

function wrap(text, width) {
  const out = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = width;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
  }
  return out;
}

/** Printed lines of a document: items bold with a hanging number, paragraphs wrapped, a gap between blocks. */
function printedLines(blocks) {
  const lines = [];
  for (const b of blocks) {
    if (b.kind === 'item') lines.push({ text: `${b.number}.`, title: b.text, bold: true });
    else for (const l of wrap(b.text, 95)) lines.push({ text: l, bold: b.kind === 'title' });
    lines.push(null);
  }
  return lines;
}

/** A PDF of the printed lines, LINES_PER_PAGE to a page, with a running header and page numbers. */
export function toPdf(lines) {
  const pages = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesRef = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((page, i) => {
    const ops = [`BT /F1 9 Tf 72 ${PAGE_H - 40} Td <${latin1('Minutes of the meeting').toString('hex')}> Tj ET`, `BT /F1 9 Tf 280 40 Td <${latin1(`Page ${i + 1} of ${pages.length}`).toString('hex')}> Tj ET`];
    let y = PAGE_H - 80;
    for (const l of page) {
      y -= LEADING;
      if (!l) continue;
      ops.push(`BT /${l.bold ? 'F2' : 'F1'} 10 Tf 72 ${y} Td <${latin1(l.text).toString('hex')}> Tj ET`);
      if (l.title) ops.push(`BT /F2 10 Tf 110 ${y} Td <${latin1(l.title).toString('hex')}> Tj ET`);
    }
    const content = add({ stream: Buffer.from(ops.join('\n'), 'latin1') });
    return add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const bytes =
      typeof body === 'object'
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${body.stream.length} >>\nstream\n`, 'latin1'), body.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    chunks.push(bytes);
    offset += bytes.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------- archives

const EXTENSION = { text: 'txt', html: 'html', docx: 'docx', pdf: 'pdf' };

/**
 * An archive of `files` documents in one format under `dir` (100 files a
 * folder, in council/batch folders), reused when its marker says it is the
 * same one. Text documents are 2-10 KB; the others render documents of the
 * same size distribution.
 */
export function ensureArchive(dir, format, files, { regenerate = false, seed = SEED } = {}) {
  const marker = join(dir, '.complete');
  if (!regenerate && existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.files === files && info.seed === seed && info.format === format && info.version === ARCHIVE_VERSION) return info;
  }
  process.stderr.write(`generating ${files} ${format} files under ${dir} …\n`);
  const rand = mulberry32(seed);
  const paragraphs = fixtureParagraphs();
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `council-${String(Math.floor(i / 1000)).padStart(2, '0')}`, `batch-${String(Math.floor(i / 100) % 10)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const blocks = makeBlocks(rand, paragraphs, 1900 + Math.floor(rand() ** 1.6 * 8000));
    const data = format === 'html' ? toHtml(blocks) : format === 'docx' ? toDocx(blocks, rand) : format === 'pdf' ? toPdf(printedLines(blocks)) : toText(blocks);
    writeFileSync(join(sub, `meeting-${String(i).padStart(5, '0')}.${EXTENSION[format]}`), data);
    bytes += Buffer.byteLength(data);
  }
  const info = { files, seed, format, bytes, version: ARCHIVE_VERSION };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** One large text file of about `megabytes` MB (documents one after another). */
export function ensureLargeText(path, megabytes) {
  const target = Math.round(megabytes * 1e6);
  if (existsSync(path) && Math.abs(readFileSync(path).length - target) < 20000) return;
  const rand = mulberry32(SEED + 1);
  const paragraphs = fixtureParagraphs();
  const parts = [];
  let size = 0;
  while (size < target) {
    const text = toText(makeBlocks(rand, paragraphs, Math.min(10000, target - size)));
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, parts.join('\n'));
}

/** A printed PDF of exactly `pages` pages (documents one after another). */
export function ensureLongPdf(path, pages) {
  if (existsSync(path)) return;
  const rand = mulberry32(SEED + pages);
  const paragraphs = fixtureParagraphs();
  const lines = [];
  while (lines.length < pages * LINES_PER_PAGE) lines.push(...printedLines(makeBlocks(rand, paragraphs, 9000)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toPdf(lines.slice(0, pages * LINES_PER_PAGE)));
}
