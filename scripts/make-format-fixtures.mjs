// Generates fixtures/formats/: one set of invented minutes (no real council's
// text) rendered as plain text, a ModernGov-style whole-meeting HTML page, a
// ModernGov-style agenda-item page (and its text), a printed PDF and a Word
// .docx; plus the broken inputs the error tests need (a password-protected
// PDF, a corrupt PDF, a PDF with no text layer, a truncated .docx, and a web
// page that holds no minutes). No dependencies: the PDF and the zip container
// are written by hand. Run: node scripts/make-format-fixtures.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from './zip.mjs';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'formats');

// ---------------------------------------------------------------- content

const COUNCIL = 'HARROWBY VALE DISTRICT COUNCIL';
const COMMITTEE = 'Community Services Committee';
const HELD = 'Minutes of the meeting held on 14 March 2024 at the Civic Hall, Harrowby';
const ATTENDANCE = [
  ['Present:', 'Councillor Ann Marsh (Chair), Councillor Tom Reeve, Councillor Priya Nandi and Councillor Joe Whitlock'],
  ['Apologies:', 'Councillor Bella Crane'],
];
/** Items: blocks are paragraphs (strings) or bullet lists ({ bullets }). */
const ITEMS = [
  { number: '1', title: 'Apologies for absence', blocks: ['Apologies were received from Councillor Bella Crane.'] },
  { number: '2', title: 'Minutes of the previous meeting', blocks: ['RESOLVED that the minutes of the meeting held on 8 February 2024 be approved as a correct record.'] },
  {
    number: '3',
    title: 'Library opening hours review',
    blocks: [
      'Karen Holt, Head of Libraries, presented the report on the review of library opening hours across the district.',
      'Councillor Reeve asked whether the Sunday opening trial had increased the number of visits to the branch libraries.',
      'The Head of Libraries agreed to circulate the visitor figures to Members before the next meeting.',
      'RESOLVED that the revised opening hours set out in the report be approved from 1 May 2024.',
    ],
  },
  {
    number: '4',
    title: 'Parks maintenance contract',
    blocks: [
      'Sam Oduya, Parks Manager, introduced the report on the extension of the parks maintenance contract.',
      'Members requested and received clarification on the following:',
      { bullets: ['the cost of extending the current contract for a further twelve months', 'the timetable for the new tender'] },
      'RESOLVED that the extension of the parks maintenance contract to 31 March 2025 be approved.',
      'Action points',
      { bullets: ['Parks Manager to publish the tender timetable on the council website.'] },
    ],
  },
  { number: '5', title: 'Date of next meeting', blocks: ['The next meeting will be held on 11 April 2024.'] },
];
const ITEM_PAGE = ITEMS[2];

// ---------------------------------------------------------------- text

function blockText(blocks) {
  return blocks.flatMap((b) => (typeof b === 'string' ? [b] : b.bullets.map((t) => `• ${t}`)));
}

function meetingText() {
  const out = [COUNCIL, COMMITTEE, '', HELD, '', ...ATTENDANCE.map(([l, v]) => `${l} ${v}`)];
  for (const item of ITEMS) out.push('', `${item.number}. ${item.title}`, '', ...blockText(item.blocks));
  return out.join('\n') + '\n';
}

/** The meeting as a PDF text dump: every line break lost, lines joined by a space. */
function dumpText() {
  return meetingText().split('\n').filter((l) => l.trim() !== '').join(' ') + '\n';
}

function itemText() {
  return ['Agenda item', ITEM_PAGE.title, '', 'Minutes:', ...blockText(ITEM_PAGE.blocks)].join('\n') + '\n';
}

// ---------------------------------------------------------------- HTML

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(blocks) {
  return blocks.map((b) => (typeof b === 'string' ? `<p>${esc(b)}</p>` : `<ul>${b.bullets.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`)).join('\n');
}

// Site furniture every page carries: the reader must drop all of it.
const HEAD = `<head><meta charset="utf-8"><title>Harrowby Vale District Council</title>
<link rel="stylesheet" href="https://example.invalid/site.css">
<style>.mgItemTable td { padding: 4px } #skiplinks { position: absolute }</style>
<script>window.dataLayer = []; function track(){ document.title = "Minutes of the meeting"; }</script></head>`;
const TOP = `<div id="skiplinks"><a href="#content">Skip to main content</a></div>
<header id="masthead"><a href="/"><img src="https://example.invalid/logo.png" alt="Harrowby Vale District Council logo"></a>
<nav class="main-menu"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/planning">Planning</a></li></ul></nav>
<form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q"><button>Go</button></form></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and democracy</a> &gt; Meetings</div>`;
const BOTTOM = `<aside class="sidebar"><h2>Related information</h2><ul><li><a href="/calendar">Meetings calendar</a></li><li><a href="/councillors">Your councillors</a></li></ul></aside>
<footer id="site-footer"><p>Harrowby Vale District Council, Civic Hall, Harrowby</p><ul class="footer-links"><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
<div class="cookie-banner">We use cookies to make this site work. <button>Accept</button></div>
<script src="https://example.invalid/analytics.js"></script>`;

function meetingHtml() {
  const rows = ITEMS.map(
    (item) => `<tr><td class="mgItemNumberCell"><p>${item.number}.</p></td>
<td><p class="mgSubItemTitleTxt"><a href="/item${item.number}">${esc(item.title)}</a></p>
<div class="mgWordPara">
${blockHtml(item.blocks)}
</div></td></tr>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en">${HEAD}
<body>${TOP}
<div id="modgov"><main id="content">
<p>${COUNCIL}<br>${COMMITTEE}</p>
<p>${esc(HELD)}</p>
<div class="mgLinks"><ul><li><a href="/print">Printed minutes <img src="pdf.gif" alt="pdf icon"> PDF 212 KB</a></li><li><a href="/agenda">Agenda reports pack</a></li></ul></div>
${ATTENDANCE.map(([l, v]) => `<p><strong>${l}</strong> ${esc(v)}</p>`).join('\n')}
<table class="mgItemTable">
${rows}
</table>
</main></div>
${BOTTOM}
</body></html>
`;
}

function itemHtml() {
  return `<!DOCTYPE html>
<html lang="en">${HEAD}
<body>${TOP}
<div id="modgov"><main id="content">
<h1 class="mgMainTitleTxt">Agenda item</h1>
<h2 class="mgSubTitleTxt">${esc(ITEM_PAGE.title)}</h2>
<div class="mgLinks"><p><a href="/report">Report of the Head of Libraries <img src="pdf.gif" alt="pdf icon"> PDF 129 KB</a></p></div>
<h3>Minutes:</h3>
<div class="mgWordPara">
${blockHtml(ITEM_PAGE.blocks)}
</div>
</main></div>
${BOTTOM}
</body></html>
`;
}

function notMinutesHtml() {
  return `<!DOCTYPE html>
<html lang="en">${HEAD}
<body>${TOP}
<main id="content">
<h1>Garden waste collections</h1>
<p>Garden waste is collected every other week from March to November.</p>
<p>You can put grass cuttings, hedge trimmings, leaves and small branches in your brown bin.</p>
<p>Collections may move by a day in the weeks after a bank holiday.</p>
</main>
${BOTTOM}
</body></html>
`;
}

// ---------------------------------------------------------------- PDF

// WinAnsi bytes of the few non-ASCII characters the fixtures use.
const WIN_ANSI = { '•': 0x95, '–': 0x96, '’': 0x92, '“': 0x93, '”': 0x94 };
const winAnsi = (s) => Buffer.from([...s].map((ch) => WIN_ANSI[ch] ?? ch.charCodeAt(0)));

/** Word-wraps text to at most `width` characters a line. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The printed minutes as positioned lines: { text, x, font, gapBefore } in reading order. */
function printedLines() {
  const out = [];
  const add = (text, x = 72, font = 'F1', gapBefore = 0) => out.push({ text, x, font, gapBefore });
  add(COUNCIL, 200, 'F2');
  add(COMMITTEE, 220, 'F2');
  add(HELD, 72, 'F1', 1);
  for (const [l, v] of ATTENDANCE) wrap(`${l} ${v}`, 88).forEach((t, i) => add(t, 72, 'F1', i === 0 ? 1 : 0));
  for (const item of ITEMS) {
    add(`${item.number}.`, 72, 'F2', 1);
    out[out.length - 1].title = item.title; // number and title share a baseline
    for (const b of item.blocks) {
      if (typeof b === 'string') wrap(b, 84).forEach((t, i) => add(t, 100, 'F1', i === 0 ? 1 : 0));
      else for (const t of b.bullets) wrap(t, 78).forEach((w, i) => add(i === 0 ? `•   ${w}` : w, i === 0 ? 118 : 136, 'F1', 0));
    }
  }
  return out;
}

class PdfWriter {
  constructor() {
    this.objects = [];
  }
  add(body) {
    this.objects.push(body);
    return this.objects.length;
  }
  set(n, body) {
    this.objects[n - 1] = body;
  }
  /** Serialises; `encrypt(objNum, bytes)` transforms stream data and `trailerExtra` goes into the trailer. */
  build(rootRef, { encrypt, trailerExtra = '' } = {}) {
    const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0].length;
    const offsets = [];
    this.objects.forEach((body, i) => {
      const num = i + 1;
      offsets.push(offset);
      let bytes;
      if (body && typeof body === 'object' && 'stream' in body) {
        const data = encrypt && !body.plain ? encrypt(num, body.stream) : body.stream;
        bytes = Buffer.concat([Buffer.from(`${num} 0 obj\n<< /Length ${data.length}${body.dict ?? ''} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
      } else bytes = Buffer.from(`${num} 0 obj\n${body}\nendobj\n`, 'latin1');
      chunks.push(bytes);
      offset += bytes.length;
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${rootRef} 0 R${trailerExtra} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(chunks);
  }
}

const PAGE_W = 595;
const PAGE_H = 842;
const LEADING = 15;
const LINES_PER_PAGE = 26;

function pageStream(lines, pageNo, pageCount) {
  const ops = [];
  const text = (font, size, x, y, s) => ops.push(`BT /${font} ${size} Tf ${x} ${y} Td <${winAnsi(s).toString('hex')}> Tj ET`);
  // Running header and footer, repeated on every page.
  text('F1', 9, 72, PAGE_H - 40, `${COMMITTEE} – 14 March 2024`);
  text('F1', 9, 270, 40, `Page ${pageNo} of ${pageCount}`);
  let y = PAGE_H - 90;
  for (const l of lines) {
    y -= l.gapBefore * LEADING + LEADING;
    text(l.font, 11, l.x, y, l.text);
    if (l.title) text('F2', 11, 100, y, l.title);
  }
  return Buffer.from(ops.join('\n'), 'latin1');
}

/** Splits printed lines into pages, counting a paragraph gap as a line. */
function paginate(lines) {
  const pages = [[]];
  let used = 0;
  for (const l of lines) {
    const cost = 1 + l.gapBefore;
    if (used + cost > LINES_PER_PAGE) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1].push(used === 0 ? { ...l, gapBefore: 0 } : l);
    used += cost;
  }
  return pages;
}

/** A PDF of the given page streams with Helvetica fonts. */
function pdfDocument(streams, options) {
  const w = new PdfWriter();
  const catalog = w.add('');
  const pagesRef = w.add('');
  const f1 = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = w.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids = streams.map((s) => {
    const content = w.add({ stream: s });
    return w.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  w.set(catalog, `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  w.set(pagesRef, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  if (options?.extraObject) options.extraObject(w);
  return w.build(catalog, options);
}

function meetingPdf() {
  const pages = paginate(printedLines());
  return pdfDocument(pages.map((p, i) => pageStream(p, i + 1, pages.length)));
}

/** A page stream of placed strings ({ text, x, y, size, bold }), top-down y, with a page-number footer. */
function placedStream(placed, pageNo) {
  // A turned string (a watermark) is set with a text matrix: turned 37 degrees, about (x, y).
  const ops = placed.map((p) =>
    p.turned
      ? `BT /${p.bold ? 'F2' : 'F1'} ${p.size ?? 11} Tf 0.8 0.6 -0.6 0.8 ${p.x} ${PAGE_H - p.y} Tm <${winAnsi(p.text).toString('hex')}> Tj ET`
      : `BT /${p.bold ? 'F2' : 'F1'} ${p.size ?? 11} Tf ${p.x} ${PAGE_H - p.y} Td <${winAnsi(p.text).toString('hex')}> Tj ET`,
  );
  ops.push(`BT /F1 9 Tf 290 40 Td <${winAnsi(String(pageNo)).toString('hex')}> Tj ET`);
  return Buffer.from(ops.join('\n'), 'latin1');
}

/** Lays text lines ({ text, x?, bold?, gap? }) down a page from the top, one leading apart. */
function flow(lines, top = 80) {
  let y = top;
  return lines.flatMap((l) => {
    y += (l.gap ?? 0) * LEADING + LEADING;
    const placed = { text: l.text, x: l.x ?? 72, y, bold: l.bold, size: l.size };
    // A right-hand column entry on the same baseline (an action's owner).
    return l.right ? [placed, { text: l.right, x: 480, y }] : [placed];
  });
}

// A reports pack: frontsheet with the committee's membership and the NEXT meeting's date, the agenda
// list with page ranges, the minutes of the last meeting (their own heading, date and attendance), then a report.
const PACK_NEXT_MEETING = 'Thursday, 11 April 2024 at 6.30 pm';
function packPdf() {
  const front = flow([
    { text: 'Public Document Pack', bold: true },
    { text: COUNCIL, bold: true, gap: 2 },
    { text: `NOTICE OF MEETING: ${COMMITTEE}`, bold: true, gap: 1 },
    { text: `Date: ${PACK_NEXT_MEETING}` , gap: 1 },
    { text: 'Venue: Council Chamber, Civic Hall, Harrowby' },
    { text: 'Membership', bold: true, gap: 1 },
    { text: 'Councillors Ann Marsh (Chair), Tom Reeve, Priya Nandi, Joe Whitlock, Bella Crane,' },
    { text: 'Imran Qureshi and Lottie Fenwick' },
    { text: 'Contact officer: Democratic Services, Civic Hall, Harrowby, telephone 01632 960 118', gap: 1 },
  ]);
  const agenda = flow([
    { text: 'AGENDA', bold: true },
    { text: '1.    Apologies for absence', gap: 1 },
    { text: '2.    Minutes of the previous meeting (Pages 3 - 4)', gap: 1 },
    { text: '       To approve as a correct record the minutes of the meeting held on 14 March 2024.', x: 100 },
    { text: '3.    Community grants scheme 2024/25 (Pages 5 - 6)', gap: 1 },
    { text: '4.    Date of next meeting', gap: 1 },
  ]);
  const minutesLines = [{ text: 'Agenda Item 2', x: 450, bold: true }, { text: `${COMMITTEE}`, bold: true, gap: 1 }, { text: HELD, gap: 1 }];
  for (const [l, v] of ATTENDANCE) wrap(`${l} ${v}`, 88).forEach((t, i) => minutesLines.push({ text: t, gap: i === 0 ? 1 : 0 }));
  const minutesItems = [];
  for (const item of ITEMS) {
    minutesItems.push({ text: `${item.number}.    ${item.title}`, bold: true, gap: 1 });
    for (const b of item.blocks) {
      if (typeof b === 'string') wrap(b, 84).forEach((t, i) => minutesItems.push({ text: t, x: 100, gap: i === 0 ? 1 : 0 }));
      else for (const t of b.bullets) wrap(`•   ${t}`, 78).forEach((w) => minutesItems.push({ text: w, x: 118 }));
    }
  }
  minutesItems.push({ text: 'The meeting closed at 8.05 pm.', gap: 1 }, { text: 'Chair', gap: 2 });
  const half = Math.ceil(minutesItems.length / 2) + 4;
  const minutes1 = flow([...minutesLines, ...minutesItems.slice(0, half - minutesLines.length)]);
  const minutes2 = flow(minutesItems.slice(half - minutesLines.length));
  const report = flow([
    { text: 'Agenda Item 3', x: 450, bold: true },
    { text: `Report to: ${COMMITTEE}`, bold: true, gap: 1 },
    { text: 'Report of: Head of Communities' },
    { text: 'Subject: Community grants scheme 2024/25' },
    { text: '1.    Purpose', bold: true, gap: 1 },
    { text: 'This report asks the Committee to approve the criteria for community grants in 2024/25.', x: 100 },
    { text: '2.    Recommendation', bold: true, gap: 1 },
    { text: 'That the Committee approves the criteria set out in Appendix A.', x: 100 },
  ]);
  return pdfDocument([front, agenda, minutes1, minutes2, report].map((p, i) => placedStream(p, i + 1)));
}

// A reports pack holding two sets of minutes (a committee and its grants panel): each is a meeting of its own.
function packTwoMeetingsPdf() {
  const front = flow([
    { text: 'Public Document Pack', bold: true },
    { text: COUNCIL, bold: true, gap: 2 },
    { text: `NOTICE OF MEETING: ${COMMITTEE}`, bold: true, gap: 1 },
    { text: `Date: ${PACK_NEXT_MEETING}`, gap: 1 },
    { text: 'Membership', bold: true, gap: 1 },
    { text: 'Councillors Ann Marsh (Chair), Tom Reeve, Priya Nandi, Joe Whitlock and Bella Crane' },
    { text: 'AGENDA', bold: true, gap: 2 },
    { text: '1.    Apologies for absence', gap: 1 },
    { text: '2.    Minutes of the previous meetings (Pages 2 - 3)', gap: 1 },
    { text: '3.    Community grants scheme 2024/25 (Pages 4 - 6)', gap: 1 },
  ]);
  const meeting = (heading, held, present, items) =>
    flow([
      { text: heading, bold: true },
      { text: held, gap: 1 },
      { text: `Present: ${present}`, gap: 1 },
      ...items.flatMap(([title, text]) => [
        { text: title, bold: true, gap: 1 },
        { text, x: 100, gap: 1 },
      ]),
      { text: 'The meeting closed at 7.40 pm.', gap: 1 },
      { text: 'Chair', gap: 2 },
    ]);
  const first = meeting(COMMITTEE, 'Minutes of the meeting held on 14 March 2024 at the Civic Hall, Harrowby', 'Councillor Ann Marsh (Chair), Councillor Tom Reeve and Councillor Priya Nandi', [
    ['21.    Library opening hours', 'RESOLVED that the revised opening hours be approved from 1 May 2024.'],
    ['22.    Allotment rents', 'RESOLVED that allotment rents be held at the 2023 level.'],
  ]);
  const second = meeting('Community Grants Panel', 'Minutes of the meeting held on 28 March 2024 at the Civic Hall, Harrowby', 'Councillor Joe Whitlock (Chair) and Councillor Bella Crane', [
    ['5.    Community chest applications', 'RESOLVED that grants of £250 be made to the three groups listed.'],
  ]);
  const report = flow([
    { text: 'Agenda Item 3', x: 450, bold: true },
    { text: `Report to: ${COMMITTEE}`, bold: true, gap: 1 },
    { text: 'Subject: Community grants scheme 2024/25' },
    { text: '1.    Recommendation', bold: true, gap: 1 },
    { text: 'That the Committee approves the criteria set out in Appendix A.', x: 100 },
  ]);
  return pdfDocument([front, first, second, report].map((p, i) => placedStream(p, i + 1)));
}

// A parish clerk's printed minutes: a name hyphenated across a line break, a compound broken at a line
// end ("father- inclusive" once joined), an owner column on the right of the action lines, and a
// sentence that runs on over a page break past the page number and the running header.
const PARISH = 'ASHCOMBE PARISH COUNCIL';
function parishPdf() {
  const header = { text: 'Ashcombe Parish Council – 9 October 2024', x: 72, y: 40, size: 9 };
  const page1 = [
    header,
    ...flow([
      { text: PARISH, bold: true, x: 200 },
      { text: 'Minutes of the meeting held on 9 October 2024 in the Village Hall', gap: 1 },
      { text: 'Present: Cllr Ruth Amberley-', gap: 1 },
      { text: 'Pike (Chair), Cllr Dev Sandhu and Cllr Morwenna Tregear' },
      { text: 'Apologies: Cllr Peter Lacey' },
      { text: '1.    Village hall grant', bold: true, gap: 1 },
      { text: 'Cllr Sandhu reported on the father-', x: 100, gap: 1 },
      { text: 'inclusive parenting group that meets in the hall on Saturdays.', x: 100 },
      { text: 'RESOLVED that a grant of £150 be made to the village hall committee.', x: 100, gap: 1 },
      { text: '2.    Actions', bold: true, gap: 1 },
      { text: 'Clerk to order a replacement bench for the green.', x: 100, right: 'Clerk', gap: 1 },
      { text: 'Cllr Tregear to ask the school about the crossing patrol.', x: 100, right: 'MT' },
      { text: '3.    Defibrillator', bold: true, gap: 1 },
      { text: 'The Clerk reported that the', x: 100, gap: 1 },
    ]),
  ];
  const page2 = [
    header,
    ...flow([
      { text: 'defibrillator cabinet outside the shop had been repaired and the pads replaced.', x: 100 },
      { text: '4.    Date of next meeting', bold: true, gap: 1 },
      { text: 'The next meeting will be held on 13 November 2024.', x: 100, gap: 1 },
    ]),
  ];
  return pdfDocument([page1, page2].map((p, i) => placedStream(p, i + 1)));
}

/**
 * A parish clerk's minutes with tables: attendance set as a table of labels over columns of names, an
 * action table (reference, action, owner, update) whose cells wrap onto lines with an empty first
 * column, and a four-line footer (clerk, address, telephone, mobile) on every page.
 */
function parishTablesPdf() {
  const footer = [
    { text: 'Parish Clerk : Megan Treloar', x: 240, y: 740, size: 9 },
    { text: 'Rosewarne Barn, Polmear Lane, Ashcombe', x: 210, y: 750, size: 9 },
    { text: 'Tel: 01632 960 441', x: 250, y: 760, size: 9 },
    { text: 'Mobile : 07700 900 318', x: 245, y: 770, size: 9 },
  ];
  const at = (y, cells) => cells.map(([x, text, bold]) => ({ text, x, y, bold }));
  const page1 = [
    { text: 'MINUTES OF THE TREVELLAN PARISH COUNCIL MEETING', x: 130, y: 70, bold: true },
    { text: 'HELD IN THE READING ROOM ON 12th March 2025', x: 150, y: 92 },
    ...at(120, [[72, 'Present:', true], [250, 'Members of the Public:', true], [420, 'Apologies:', true]]),
    ...at(140, [[72, 'Alys Pengelly (AP) CHAIR'], [250, 'Tomas Kerr'], [420, 'Derek Vosper']]),
    ...at(154, [[72, 'Jory Hocking (JH)'], [250, 'Ellen Roskilly']]),
    ...at(168, [[72, 'Sian Trewin (ST)']]),
    { text: '03.25.01    Apologies', x: 72, y: 200, bold: true },
    { text: 'Apologies had been received from Derek Vosper.', x: 144, y: 215 },
    { text: '03.25.02    Actions from previous meeting', x: 72, y: 245, bold: true },
    ...at(265, [[72, 'NO', true], [134, 'ACTION', true], [418, 'OWNER', true], [474, 'Update', true]]),
    ...at(285, [[72, 'Jan25.01'], [134, 'Footbridge - JH will ask the county council to'], [418, 'JH'], [474, 'Letter sent,']]),
    ...at(296, [[134, 'replace the handrail'], [474, 'reply awaited']]),
    ...at(310, [[72, 'Jan25.02'], [134, 'Noticeboard - Clerk to order a new glass door'], [418, 'Clerk'], [474, 'Ordered']]),
    ...at(321, [[134, 'for the noticeboard by the shop.']]),
    ...at(335, [[72, 'Jan25.03'], [134, 'Verges - ST to report the damaged verge on'], [418, 'ST'], [474, 'Done']]),
    ...at(346, [[134, 'Chapel Hill to the highways team.']]),
    { text: '03.25.03    Finance', x: 72, y: 380, bold: true },
    { text: 'RESOLVED that the grass cutting invoice of £240.00 be paid.', x: 144, y: 395 },
    // A paragraph ending without its full stop, then a new sentence: "Sian" would have fitted on the line above.
    { text: 'Action: Clerk to send the remittance advice to the contractor', x: 144, y: 415 },
    { text: 'Sian Trewin reported that the glass of the bus shelter on Chapel Hill is cracked again.', x: 144, y: 429 },
    ...footer,
  ];
  const page2 = [
    { text: '03.25.04    Date of next meeting', x: 72, y: 70, bold: true },
    { text: 'The next meeting will be held on 9th April 2025.', x: 144, y: 85 },
    ...footer,
  ];
  return pdfDocument([page1, page2].map((p, i) => placedStream(p, i + 1)));
}

/**
 * A parish clerk's minutes with the members present set out in columns, an owner column beside paragraphs
 * of several lines (the owner belongs at the paragraph's end, not inside its first sentence) and a
 * planning table keyed by application number
 * whose cells wrap onto a second line that starts with a capital ("Land off Quarry" / "Lane").
 */
function ownerColumnPdf() {
  const at = (y, cells) => cells.map(([x, text, bold]) => ({ text, x, y, bold }));
  const page = [
    { text: 'TREWINT PARISH COUNCIL', x: 200, y: 70, bold: true },
    { text: 'Minutes of the meeting held on 3 June 2025 in the Church Rooms', x: 72, y: 92 },
    // The members present set out in columns under their label.
    { text: 'Present:', x: 72, y: 104, bold: true },
    ...at(116, [[110, 'Cllr Morwenna Penrose (Chair)'], [280, 'Cllr Tristan Bolitho'], [430, 'Cllr Jenifer Rowe']]),
    ...at(128, [[110, 'Cllr Hedra Nance'], [280, 'Cllr Gerens Tonkin']]),
    { text: 'Action', x: 500, y: 160, bold: true },
    { text: '6.    Bus shelter', x: 72, y: 180, bold: true },
    ...at(200, [[110, 'Cllr Penrose asked whether the glass panels of the bus shelter could be'], [500, 'Clerk']]),
    { text: 'replaced with polycarbonate. The Clerk will obtain two quotations for', x: 110, y: 214 },
    { text: 'the next meeting.', x: 110, y: 228 },
    { text: '7.    Planning', x: 72, y: 255, bold: true },
    ...at(275, [[110, 'Application', true], [215, 'Site', true], [320, 'Comments', true]]),
    ...at(292, [[110, 'PA25/03114'], [215, 'Glebe Farm'], [320, 'No objection']]),
    ...at(309, [[110, 'PA25/03190'], [215, 'Land off Quarry'], [320, 'Objection: the lane is too']]),
    ...at(323, [[215, 'Lane'], [320, 'narrow for construction traffic']]),
    ...at(340, [[110, 'PA25/03202'], [215, '2 Mill Cottages'], [320, 'No objection']]),
    { text: '8.    Date of next meeting', x: 72, y: 370, bold: true },
    { text: 'The next meeting will be held on 1 July 2025.', x: 110, y: 390 },
  ];
  return pdfDocument([placedStream(page, 1)]);
}

// Helvetica's widths, roughly (in ems): enough to place words one by one without overlapping.
const charWidth = (ch) => (ch === 'W' ? 0.95 : /[mM]/.test(ch) ? 0.85 : ch === 'w' ? 0.72 : /[A-Z0-9]/.test(ch) ? 0.68 : /[il.,;:'’|!]/.test(ch) ? 0.25 : 0.53);
const wordsWidth = (s, size) => [...s].reduce((w, ch) => w + (ch === ' ' ? 0.28 : charWidth(ch)), 0) * size;

/**
 * A district council's minutes set with side headings: each minute's number and title in a narrow left
 * column, wrapped over two or three lines, its text beside it starting on the heading's first baseline;
 * the text is justified and set word by word (every word its own run, the gaps stretched). Read across
 * the page, each heading line would run into a line of the text, and a stretched line would look like a
 * table's header.
 */
function sideHeadingsPdf() {
  const size = 10;
  const placed = [];
  const justified = (words, x, y, right, last) => {
    const widths = words.map((w) => wordsWidth(w, size) * 1.03);
    const natural = widths.reduce((a, b) => a + b, 0) + (words.length - 1) * 0.28 * size;
    const extra = last || words.length < 2 ? 0 : (right - x - natural) / (words.length - 1);
    let cx = x;
    words.forEach((w, i) => {
      placed.push({ text: w, x: cx, y, size });
      cx += widths[i] + 0.28 * size + extra;
    });
  };
  const body = (text, y, x = 190, right = 523) => {
    const lines = [];
    let line = [];
    for (const w of text.split(' ')) {
      if (line.length && wordsWidth([...line, w].join(' '), size) * 1.03 > right - x) {
        lines.push(line);
        line = [];
      }
      line.push(w);
    }
    lines.push(line);
    lines.forEach((l, i) => justified(l, x, y + i * 13, right, i === lines.length - 1));
    return y + lines.length * 13;
  };
  const heading = (lines, y) => lines.forEach((t, i) => placed.push({ text: t, x: 72, y: y + i * 13, size, bold: true }));
  placed.push({ text: 'PENVORDER DISTRICT COUNCIL', x: 72, y: 60, size: 13, bold: true });
  placed.push({ text: 'Minutes of the meeting of the Council held at Lowen House on 12 September 2024', x: 72, y: 82, size });
  placed.push({ text: 'Present: Councillors M Trebilcock (Chairman), A Chenoweth, R Nance and S Uren', x: 72, y: 98, size });
  heading(['31. APOLOGIES FOR', 'ABSENCE'], 125);
  let y = body('Apologies for absence were received from Councillor Kitto.', 125);
  heading(['32. CAR PARKING', 'CHARGES', '2025/26'], y + 14);
  y = body('Councillor Nance, Portfolio Holder for Economy, presented the report on the proposed car parking charges for 2025/26, which would hold the charges at the Harbour car park at their current level.', y + 14);
  y = body('Councillor Uren asked whether the free parking offered on Saturdays in December would continue this year.', y + 6);
  y = body('RESOLVED that the car parking charges for 2025/26 set out in Appendix A be approved.', y + 6);
  heading(['33. DATE OF NEXT', 'MEETING'], y + 14);
  body('The next meeting will be held on 14 November 2024.', y + 14);
  return pdfDocument([placedStream(placed, 1)]);
}

/**
 * Draft minutes over two pages: a large "DRAFT" watermark turned across each page (its letters' height
 * spans three lines of text), a running head in small type on the second page only, and a note in small
 * type under the first page. None of them is minutes text.
 */
function draftPdf() {
  const watermark = { text: 'DRAFT', x: 170, y: 520, size: 90, bold: true, turned: true };
  const page1 = [
    { text: 'GWINEAR VALLEY COUNCIL', x: 200, y: 70, bold: true },
    { text: 'Minutes of the Audit Committee held on 4 March 2025 at Tolvaddon House', x: 72, y: 92 },
    { text: 'Present: Cllr Demelza Hawke (Chair), Cllr Jory Polglase and Cllr Wenna Ivey', x: 72, y: 110 },
    { text: '14.    Internal audit plan', x: 72, y: 140, bold: true },
    { text: 'The Head of Audit presented the internal audit plan for 2025/26, which set out', x: 100, y: 460 },
    { text: 'twelve audits, including the council tax reduction scheme and the fleet contract.', x: 100, y: 474 },
    { text: 'Cllr Polglase asked whether the fleet contract audit could be brought forward to', x: 100, y: 488 },
    { text: 'the first quarter of the year.', x: 100, y: 502 },
    { text: 'RESOLVED that the internal audit plan for 2025/26 be approved.', x: 100, y: 525 },
    { text: 'These minutes are draft until confirmed at the next meeting of the Committee.', x: 72, y: 800, size: 7 },
    watermark,
  ];
  const page2 = [
    { text: 'AUDIT COMMITTEE – 4 MARCH 2025', x: 72, y: 40, size: 7 },
    { text: '15.    Date of next meeting', x: 72, y: 90, bold: true },
    { text: 'The next meeting will be held on 3 June 2025.', x: 100, y: 110 },
    watermark,
  ];
  return pdfDocument([page1, page2].map((p, i) => placedStream(p, i + 1)));
}

/**
 * An action log that runs over a page break: its header and first row at the foot of page 1 (above the
 * page number), its other rows, one of them wrapped, at the head of page 2 (below a running head). The
 * rows on page 2 are still the table's rows.
 */
function tableOverPagesPdf() {
  const at = (y, cells) => cells.map(([x, text, bold]) => ({ text, x, y, bold }));
  const head = { text: 'Lanreath Parish Council – 6 May 2025', x: 72, y: 40, size: 9 };
  const page1 = [
    head,
    { text: 'LANREATH PARISH COUNCIL', x: 200, y: 80, bold: true },
    { text: 'Minutes of the meeting held on 6 May 2025 in the Village Hall', x: 72, y: 100 },
    { text: '5.    Actions from the last meeting', x: 72, y: 660, bold: true },
    ...at(685, [[72, 'Ref', true], [120, 'Action', true], [420, 'Owner', true]]),
    ...at(705, [[72, 'AP1'], [120, 'Clerk to order two litter bins for the playing field'], [420, 'Clerk']]),
  ];
  const page2 = [
    head,
    ...at(80, [[72, 'AP2'], [120, 'Cllr Hocking to ask the landowner to cut back'], [420, 'Cllr Hocking']]),
    ...at(94, [[120, 'the hedge on Mill Hill']]),
    ...at(112, [[72, 'AP3'], [120, 'Clerk to renew the play area inspection contract'], [420, 'Clerk']]),
    { text: '6.    Date of next meeting', x: 72, y: 150, bold: true },
    { text: 'The next meeting will be held on 3 June 2025.', x: 100, y: 170 },
  ];
  return pdfDocument([page1, page2].map((p, i) => placedStream(p, i + 1)));
}

/**
 * Printed committee minutes with a "Minute No." column: each minute's code (PL.101) at the margin, its
 * heading in bold capitals beside it (one wrapping onto a second line), the minutes under the heading in
 * the same column; a running head on the second page, "Page N of M" under each page, and a decision whose
 * clauses run over the page break. The meeting's closing line and the Chair's signature end it.
 */
function minuteColumnPdf() {
  const code = (text) => ({ text, x: 72, bold: true, gap: 1 });
  const at = (lines, top) => flow(lines, top);
  const col = 150;
  const page1 = [
    { text: 'LANGDALE BOROUGH COUNCIL', x: 200, y: 60, bold: true },
    ...at([
      { text: 'MINUTES of a meeting of the PLANNING AND LICENSING COMMITTEE held in the Council' },
      { text: 'Chamber, Town Hall, Langdale on Tuesday, 9 April 2024 at 6.30 pm' },
      { text: 'Present:', gap: 1 },
      { text: 'Councillor R Ashworth (Chair)', x: col },
      { text: 'Councillors P Bellamy, J Cartwright, S Dhillon and M Eccles', x: col },
      { text: 'Apologies:', gap: 1 },
      { text: 'Councillors B Kershaw and N Lomax', x: col },
    ], 70),
    { text: 'Minute No.', x: 72, y: 70 + 11 * LEADING, bold: true },
    { text: 'Subject', x: col, y: 70 + 11 * LEADING, bold: true },
    ...at([
      code('PL.101'),
      { text: 'MINUTES', x: col, bold: true },
      { text: 'RESOLVED – That the minutes of the meeting held on 12 March 2024 be approved', x: col, gap: 1 },
      { text: 'as a correct record and signed by the Chair.', x: col },
      code('PL.102'),
      { text: 'APPLICATION 24/0112/FUL – LAND ADJACENT TO 14 MILL LANE,', x: col, bold: true },
      { text: 'LANGDALE', x: col, bold: true },
      { text: 'The Head of Planning presented the report on an application for the erection of', x: col, gap: 1 },
      { text: 'two detached dwellings.', x: col },
      { text: 'RESOLVED – That planning permission be granted subject to the conditions set out', x: col, gap: 1 },
      { text: 'in the report.', x: col },
      code('PL.103'),
      { text: 'LICENSING ACT 2003 – REVIEW OF STATEMENT OF LICENSING POLICY', x: col, bold: true },
      { text: 'The Principal Solicitor introduced the draft revised Statement of Licensing Policy.', x: col, gap: 1 },
      { text: 'RESOLVED – That', x: col, gap: 1 },
      { text: '(1)   the draft Statement of Licensing Policy be approved for public consultation;', x: col, gap: 1 },
      { text: 'and', x: col },
    ], 70 + 11 * LEADING),
    { text: 'Page 1 of 2', x: 270, y: 800, size: 9 },
  ];
  const page2 = [
    { text: 'Planning and Licensing Committee', x: 72, y: 40, size: 9 },
    { text: '9 April 2024', x: 460, y: 40, size: 9 },
    ...at([
      { text: '(2)   the outcome of the consultation be reported to the Committee in September', x: col },
      { text: '2024.', x: col },
      code('PL.104'),
      { text: 'DATE OF NEXT MEETING', x: col, bold: true },
      { text: 'The next meeting would be held on Tuesday, 14 May 2024 at 6.30 pm.', x: col, gap: 1 },
      { text: 'The meeting closed at 8.05 pm.', gap: 2 },
      { text: 'CHAIR', x: 400, gap: 2 },
    ], 60),
    { text: 'Page 2 of 2', x: 270, y: 800, size: 9 },
  ];
  // The code shares its heading's baseline: each code line is moved onto the next line's row.
  const sameRow = (placed) => placed.map((p, k) => (/^PL\.\d+$/.test(p.text) && placed[k + 1] ? { ...p, y: placed[k + 1].y } : p));
  return pdfDocument([sameRow(page1), sameRow(page2)].map((p) => Buffer.from(p.map((q) => `BT /${q.bold ? 'F2' : 'F1'} ${q.size ?? 11} Tf ${q.x} ${PAGE_H - q.y} Td <${winAnsi(q.text).toString('hex')}> Tj ET`).join('\n'), 'latin1')));
}

/**
 * A newsletter-style page of minutes set in two columns: reading across the page would splice the
 * columns' lines together; the left column is read first, then the right.
 */
function twoColumnPdf() {
  const left = [
    { text: '1.  Apologies', bold: true },
    'Apologies were received from Cllr Peter',
    'Lacey, who is recovering from an operation',
    'and sends his best wishes to the council.',
    { text: '2.  Allotments', bold: true, gap: 1 },
    'The Clerk reported that two allotment plots',
    'had become vacant and that the waiting list',
    'held four names from the village.',
    'RESOLVED that the vacant plots be offered',
    'to the first two names on the waiting list.',
  ];
  const right = [
    { text: '3.  Playing field', bold: true },
    'Cllr Tregear reported that the goalposts',
    'on the playing field had been vandalised',
    'and that the insurers had been informed.',
    'RESOLVED that replacement goalposts be',
    'bought at a cost of no more than £600.',
    { text: '4.  Date of next meeting', bold: true, gap: 1 },
    'The next meeting will be held on Monday',
    '13 November 2024 in the Village Hall.',
  ];
  const column = (lines, x) => {
    let y = 150;
    return lines.map((l) => {
      const line = typeof l === 'string' ? { text: l } : l;
      y += (line.gap ?? 0) * LEADING + LEADING;
      return { text: line.text, x, y, bold: line.bold, size: 10 };
    });
  };
  const page = [
    { text: PARISH, x: 200, y: 90, bold: true },
    { text: 'Minutes of the meeting held on 9 October 2024 in the Village Hall', x: 72, y: 115 },
    { text: 'Present: Cllr Ruth Amberley (Chair), Cllr Dev Sandhu and Cllr Morwenna Tregear', x: 72, y: 130 },
    ...column(left, 72),
    ...column(right, 320),
  ];
  return pdfDocument([placedStream(page, 1)]);
}

// ---------------------------------------------------------------- Windows-1252

/** A parish clerk's minutes saved by an old Windows editor: £ and – are single bytes. */
function parishWindows1252() {
  const text = [
    PARISH,
    'Minutes of the meeting held on 9 October 2024 in the Village Hall',
    '',
    'Present: Cllr Ruth Amberley (Chair), Cllr Dev Sandhu and Cllr Morwenna Tregear',
    'Apologies: Cllr Peter Lacey',
    '',
    '1. Village hall grant – Saturday groups',
    '',
    'RESOLVED that a grant of £150 be made to the village hall committee.',
    '',
    '2. Date of next meeting',
    '',
    'The next meeting will be held on 13 November 2024.',
  ].join('\r\n') + '\r\n';
  return winAnsi(text.replace(/£/g, '\u00a3'));
}

// ---------------------------------------------------------------- markdown

/** The meeting as markdown a PDF converter writes: front matter, bold, escaped numbers, page markers. */
function convertedMarkdown() {
  const out = [
    '---',
    'title: Community Services Committee minutes',
    'date: 2024-04-02',
    'source: community-services-2024-03-14.pdf',
    '---',
    '',
    `# **${COUNCIL}**`,
    '',
    `**${COMMITTEE}**`,
    '',
    HELD,
    '',
    ...ATTENDANCE.flatMap(([l, v]) => [`**${l}** ${v.replace('Councillor Ann Marsh', 'Councillor **Ann Marsh**')}`, '']),
  ];
  for (const item of ITEMS) {
    out.push(`## **${item.number}\\. ${item.title}**`, '');
    for (const b of item.blocks) {
      if (typeof b === 'string') {
        // The converter's page marker lands inside the Head of Libraries' sentence.
        const cut = b.indexOf('to circulate the visitor');
        if (cut > 0) out.push(b.slice(0, cut).trimEnd(), '', '--- 2', '', b.slice(cut), '');
        else out.push(b, '');
      } else out.push(...b.bullets.map((t) => `- ${t}`), '');
    }
  }
  return out.join('\n');
}

// RC4 and the PDF standard security handler (revision 2, 40-bit), enough to make a real password-protected file.
function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

function encryptedPdf(userPassword, ownerPassword) {
  const id = md5(Buffer.from('harrowby-fixture'));
  const P = -44; // print and copy allowed, nothing else
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  const O = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const key = md5(padded(userPassword), O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objectKey = (num) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const stream = pageStream([{ text: 'This page is only readable with the password.', x: 72, font: 'F1', gapBefore: 0 }], 1, 1);
  let encryptRef = 0;
  return pdfDocument([stream], {
    encrypt: (num, data) => rc4(objectKey(num), data),
    extraObject: (w) => {
      encryptRef = w.add(`<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P} >>`);
    },
    get trailerExtra() {
      return ` /Encrypt ${encryptRef} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`;
    },
  });
}

/** A PDF whose only page is drawn (a scanned image stands in as filled shapes): no text layer. */
function scannedPdf() {
  const ops = ['0.8 g', '72 600 450 150 re f', '0.2 g', '90 700 300 12 re f', '90 680 280 12 re f', '90 660 320 12 re f'];
  return pdfDocument([Buffer.from(ops.join('\n'), 'latin1')]);
}

/** A PDF header followed by damaged bytes: no cross-reference table, no objects, no pages. */
function corruptPdf() {
  return Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n', 'latin1'), Buffer.from('d2f1a90c7e3b44aa0b9e'.repeat(20), 'hex')]);
}

// ---------------------------------------------------------------- DOCX

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEsc(text)}</w:t></w:r>`;
const para = (text, { bold = false, bullet = false } = {}) =>
  `<w:p>${bullet ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}${run(text, bold)}</w:p>`;
const cell = (inner) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;

function meetingDocx() {
  const body = [
    para(COUNCIL, { bold: true }),
    para(COMMITTEE, { bold: true }),
    para(HELD),
    // Attendance as a two-column table, as Word minutes often lay it out.
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${ATTENDANCE.map(([l, v]) => `<w:tr>${cell(para(l, { bold: true }))}${cell(para(v))}</w:tr>`).join('')}</w:tbl>`,
  ];
  for (const item of ITEMS) {
    body.push(para(`${item.number}. ${item.title}`, { bold: true }));
    for (const b of item.blocks) {
      if (typeof b === 'string') body.push(para(b));
      else for (const t of b.bullets) body.push(para(t, { bullet: true }));
    }
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    ],
    ['word/document.xml', document],
    ['word/numbering.xml', numbering],
  ]);
}

/** A docx package of a document body, its numbering and styles. */
function docxPackage(body, numbering, styles) {
  const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  return zip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="${ct}.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`],
    ['word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${numbering}</w:numbering>`],
    ['word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}>${styles}</w:styles>`],
  ]);
}

/**
 * A parish clerk's Word minutes numbered automatically: minute headings take their numbers (23, 24, …)
 * from their paragraph style, a resolution's clauses from a second list level ((a), (b)); the
 * numbers are in numbering.xml only, never in the text. Body paragraphs between the headings
 * would make a list reader restart at 1.
 */
function numberedDocx() {
  const styled = (text, style) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text, true)}</w:p>`;
  const clause = (text) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr>${run(text)}</w:p>`;
  const body = [
    para(PARISH, { bold: true }),
    para('Minutes of the meeting held on 9 October 2024 in the Village Hall'),
    para('Present: Cllr Ruth Amberley (Chair), Cllr Dev Sandhu and Cllr Morwenna Tregear'),
    para('Apologies: Cllr Peter Lacey'),
    styled('Declarations of interest', 'MinuteHeading'),
    para('There were no declarations of interest.'),
    styled('Village hall grant', 'MinuteHeading'),
    para('Cllr Sandhu reported on the Saturday groups that meet in the hall.'),
    para('RESOLVED that:'),
    clause('a grant of £150 be made to the village hall committee; and'),
    clause('the grant be reviewed in April 2025.'),
    styled('Footpaths', 'MinuteHeading'),
    para('The Clerk reported that the stile on footpath 12 had been replaced.'),
    para('Clerk to thank the volunteers who replaced the stile.'),
    styled('Date of next meeting', 'MinuteHeading'),
    para('The next meeting will be held on 13 November 2024.'),
  ];
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="23"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:suff w:val="space"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="MinuteHeading"><w:name w:val="Minute Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
  return docxPackage(body, numbering, styles);
}

/**
 * A town clerk's Word minutes set out in tables: a contents list (Word's "toc 1" style, with page
 * numbers) before the minutes; each minute a table row, its number in the left cell and its bold
 * heading and paragraphs in the right; a decision framed in a one-cell box with "Moved:<tab>…"
 * labels. The contents list is not the minutes; each row is a heading and paragraphs, not one line.
 */
function tableMinutesDocx() {
  const tab = '<w:r><w:tab/></w:r>';
  const toc = (number, title, page) => `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${run(number)}${tab}${run(title)}${tab}${run(String(page))}</w:p>`;
  const labelled = (label, value) => `<w:p>${run(label, true)}${tab}${run(value)}</w:p>`;
  const tcell = (width, inner) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
  const minute = (number, title, paragraphs) => `<w:tr>${tcell(1100, para(number, { bold: true }))}${tcell(7900, [para(title, { bold: true }), ...paragraphs.map((t) => (t.startsWith('<w:') ? t : para(t)))].join(''))}</w:tr>`;
  const box = (paragraphs) => `<w:tbl><w:tblPr><w:tblW w:w="7600" w:type="dxa"/></w:tblPr><w:tr>${tcell(7600, paragraphs.join(''))}</w:tr></w:tbl><w:p/>`;
  const body = [
    para('DUNMERE TOWN COUNCIL', { bold: true }),
    para('Minutes of the meeting of the Town Council held in the Guildhall on Tuesday 8 April 2025 at 7.00 pm'),
    para('Contents', { bold: true }),
    toc('T/41', 'Apologies', 2),
    toc('T/42', 'Market square lighting', 2),
    toc('T/43', 'Twinning association', 3),
    para('Present: Cllr Nessa Quilty (Mayor), Cllr Bram Oduro and Cllr Lowri Penhallow'),
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${[
      minute('T/41', 'Apologies', ['Apologies were received from Cllr Idris Mawgan.']),
      minute('T/42', 'Market square lighting', [
        'The Town Clerk presented the quotations for replacing the lamps in the market square.',
        'Cllr Oduro asked whether the new lamps would be dimmed after midnight.',
        box([para('DECISION T/42', { bold: true }), labelled('Moved:', 'Cllr Penhallow'), labelled('Seconded:', 'Cllr Oduro'), para('That the lowest quotation, £4,380, be accepted.'), para('CARRIED', { bold: true })]),
      ]),
      minute('T/43', 'Twinning association', ['The Mayor reported on the visit of the twinning association in March.']),
    ].join('')}</w:tbl>`,
  ];
  const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>';
  return docxPackage(body, '', styles);
}

/**
 * A town clerk's Word minutes set as a table of side headings (number and title in the left cell, the
 * minute's paragraphs in the right), with the members present as a grid of names and the officers in
 * attendance a name a paragraph in one cell.
 */
function sideHeadingsDocx() {
  const tcell = (width, inner) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
  const row = (cells) => `<w:tr>${cells.map(([w, inner]) => tcell(w, inner)).join('')}</w:tr>`;
  const table = (rows) => `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${rows.join('')}</w:tbl>`;
  const paras = (texts) => texts.map((t) => para(t)).join('');
  const body = [
    para('PORTHALLOW TOWN COUNCIL', { bold: true }),
    para('Minutes of the meeting of the Town Council held at the Institute on Wednesday 2 October 2024 at 7.00 pm'),
    para('Members present:', { bold: true }),
    table([
      row([[3000, para('Cllr Kerensa Hosken (Mayor)')], [3000, para('Cllr Piran Jago')], [3000, para('Cllr Tamsin Rowe')]]),
      row([[3000, para('Cllr Jenna Blewett')], [3000, para('Cllr Loveday Tonkin')], [3000, '<w:p/>']]),
    ]),
    table([row([[2000, para('In attendance:', { bold: true })], [7000, paras(['Mr Hedley Vosper (Town Clerk)', 'Mrs Elowen Pascoe (Assistant Clerk)'])]])]),
    table([
      row([[2600, para('88. Harbour Wall Repairs', { bold: true })], [6400, paras(['The Town Clerk reported that the harbour authority had agreed to share the cost of repairing the harbour wall.', 'Cllr Jago asked whether the work would be finished before the winter storms.', 'RESOLVED that the Council contribute £6,000 towards the repairs.'])]]),
      row([[2600, para('89. Remembrance Sunday', { bold: true })], [6400, paras(['The Mayor outlined the arrangements for the parade on 10 November.', 'The Town Clerk will arrange the road closure with the highway authority.'])]]),
    ]),
  ];
  const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';
  return docxPackage(body, '', styles);
}

/** A Word 97-2003 .doc: the OLE compound-file header and nothing a reader could use. */
function legacyDoc() {
  return Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
}

/** A council website's minutes whose resolutions list their clauses in <ol> elements (lettered and numbered). */
function orderedListHtml() {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Minutes \u2013 Ordinary Council Meeting \u2013 18 March 2025 \u2013 Murray Flats Shire Council</title></head>\n<body>\n<nav><a href=\"/\">Home</a> | <a href=\"/council\">Council</a> | <a href=\"/meetings\">Meetings</a></nav>\n<main>\n<h1>Murray Flats Shire Council</h1>\n<p>Minutes of the Ordinary Meeting of Council held in the Council Chambers, Murray Flats on Tuesday 18 March 2025 commencing at 5.00pm.</p>\n<p><strong>Present:</strong> Cr Janine Whitlam (Mayor), Cr Lou Brassington, Cr Kath Walker, Cr Sione Fifita</p>\n<h2>1 Mayoral Minute \u2013 Drought Support</h2>\n<p>The Mayor, Cr Janine Whitlam, presented a Mayoral Minute on drought support for landholders.</p>\n<div class=\"resolution\"><p><strong>RESOLUTION 2025/43</strong></p><p>Moved: Cr Whitlam</p>\n<p>That Council:</p>\n<ol type=\"a\"><li>waives the standpipe water charges for stock and domestic carting from 1 April 2025 to 30 June 2025;</li><li>writes to the Minister for Agriculture seeking drought concessional loans for the Shire;</li><li>notes that the estimated cost of the waiver is $38,000.</li></ol>\n<p class=\"result\"><strong>CARRIED</strong></p></div>\n<h2>2 Quarterly Budget Review</h2>\n<div class=\"resolution\"><p><strong>RESOLUTION 2025/44</strong></p><p>Moved: Cr Brassington<br>Seconded: Cr Walker</p>\n<p>That Council:</p>\n<ol><li>receives the Quarterly Budget Review Statement for the period ending 31 December 2024;</li><li>adopts the revised budget estimates set out in Attachment 1.</li></ol>\n<p class=\"result\"><strong>CARRIED</strong></p></div>\n<h2>3 Payments</h2>\n<p>The following payments were noted:</p>\n<ul><li>E. Thomas \u2013 hall cleaning, February ($412.60)</li><li>Outback Fuels \u2013 plant fuel ($2,180.00)</li></ul>\n</main>\n<footer>\u00a9 Murray Flats Shire Council</footer>\n</body></html>\n";
}

// ---------------------------------------------------------------- write

mkdirSync(OUT, { recursive: true });
const docx = meetingDocx();
const files = {
  'meeting.txt': meetingText(),
  'meeting.html': meetingHtml(),
  'meeting.pdf': meetingPdf(),
  'meeting.docx': docx,
  'pack.pdf': packPdf(),
  'pack-two-meetings.pdf': packTwoMeetingsPdf(),
  'dump.txt': dumpText(),
  'parish.pdf': parishPdf(),
  'parish-tables.pdf': parishTablesPdf(),
  'owner-column.pdf': ownerColumnPdf(),
  'side-headings.pdf': sideHeadingsPdf(),
  'draft.pdf': draftPdf(),
  'table-over-pages.pdf': tableOverPagesPdf(),
  'two-columns.pdf': twoColumnPdf(),
  'minute-column.pdf': minuteColumnPdf(),
  'parish-1252.txt': parishWindows1252(),
  'converted.md': convertedMarkdown(),
  'numbered.docx': numberedDocx(),
  'table-minutes.docx': tableMinutesDocx(),
  'side-headings.docx': sideHeadingsDocx(),
  'legacy.doc': legacyDoc(),
  'agenda-item.txt': itemText(),
  'agenda-item.html': itemHtml(),
  'not-minutes.html': notMinutesHtml(),
  'ordered-list-clauses.html': orderedListHtml(),
  'encrypted.pdf': encryptedPdf('harrowby', 'clerk'),
  'corrupt.pdf': corruptPdf(),
  'scanned.pdf': scannedPdf(),
  // A download cut off part-way: the zip's central directory is missing.
  'truncated.docx': docx.subarray(0, Math.floor(docx.length * 0.6)),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(OUT, name), content);
console.log(`wrote ${Object.keys(files).length} fixtures to ${OUT}`);
