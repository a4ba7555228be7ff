// Each format's fixture (fixtures/formats, made by scripts/make-format-fixtures.mjs
// from one invented set of minutes) gives the same records as its text
// version; broken inputs give a clear per-file error and the batch goes on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../src/api.js';
import { processFile } from '../src/batch.js';
import { readSource } from '../src/read/index.js';
import type { MinutesDocument } from '../src/schema/document.js';

const FORMATS = join(import.meta.dirname, '..', 'fixtures', 'formats');
const ROOT = join(import.meta.dirname, '..');

async function parse(name: string): Promise<MinutesDocument> {
  const path = join(FORMATS, name);
  return (await parseBuffer(new Uint8Array(readFileSync(path)), { path })).document;
}

/** The records a reader must not change: items, titles, presenters, resolutions, questions, actions, attendance. */
function records(doc: MinutesDocument) {
  return {
    date: doc.meeting.date,
    present: doc.meeting.present.map((p) => p.name),
    apologies: doc.meeting.apologies.map((p) => p.name),
    items: doc.items.map((i) => ({
      number: i.number,
      title: i.title,
      presenters: i.presenters.map((p) => [p.name, p.role]),
      resolutions: i.resolutions.map((r) => r.text),
      questions: i.questions.map((q) => [q.asker, q.text]),
      actions: i.actions.map((a) => a.text),
    })),
  };
}

describe('format fixtures give the records of their text version', async () => {
  const text = records(await parse('meeting.txt'));

  it('the text version itself has every kind of record', () => {
    expect(text.items.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Minutes of the previous meeting',
      'Library opening hours review',
      'Parks maintenance contract',
      'Date of next meeting',
    ]);
    expect(text.items[2].presenters).toEqual([['Karen Holt', 'Head of Libraries']]);
    expect(text.items[2].questions).toHaveLength(1);
    expect(text.items[3].questions).toHaveLength(2);
    expect(text.items.flatMap((i) => i.resolutions)).toHaveLength(3);
    expect(text.items.flatMap((i) => i.actions)).toHaveLength(2);
    expect(text.present).toHaveLength(4);
  });

  it.each([
    ['meeting.html', 'html'],
    ['meeting.pdf', 'pdf'],
    ['meeting.docx', 'docx'],
  ])('%s', async (name, format) => {
    const doc = await parse(name);
    expect(doc.source.format).toBe(format);
    expect(records(doc)).toEqual(text);
  });

  it('a ModernGov agenda-item page gives the records of its text', async () => {
    const html = await parse('agenda-item.html');
    const txt = await parse('agenda-item.txt');
    expect(html.source.format).toBe('html');
    expect(records(html)).toEqual(records(txt));
    expect(records(html).items).toHaveLength(1);
    expect(html.items[0].title).toBe('Library opening hours review');
  });
});

describe('what the readers keep and drop', () => {
  it('HTML: site furniture, scripts, styles and link residue are gone', async () => {
    for (const name of ['meeting.html', 'agenda-item.html']) {
      const read = await readSource(new Uint8Array(readFileSync(join(FORMATS, name))), { path: name });
      for (const junk of ['Skip to main content', 'Bins and recycling', 'Related information', 'cookies', 'dataLayer', 'site.css', 'Privacy', 'KB', 'pdf icon', 'Search', 'Council and democracy']) {
        expect(read.text).not.toContain(junk);
      }
      // Line numbers index into the text rendering.
      const rendered = read.text.split('\n');
      for (const l of read.lines) expect(rendered[l.line - 1].trim()).toBe(l.text);
    }
  });

  it('HTML: list items are bullets, headings are hinted', async () => {
    const read = await readSource(new Uint8Array(readFileSync(join(FORMATS, 'agenda-item.html'))), { path: 'agenda-item.html' });
    expect(read.lines.find((l) => l.text === 'Library opening hours review')).toMatchObject({ hint: 'heading', depth: 2 });
    const meeting = await readSource(new Uint8Array(readFileSync(join(FORMATS, 'meeting.html'))), { path: 'meeting.html' });
    expect(meeting.lines.filter((l) => l.hint === 'list-item').map((l) => l.text)).toEqual([
      'the cost of extending the current contract for a further twelve months',
      'the timetable for the new tender',
      'Parks Manager to publish the tender timetable on the council website.',
    ]);
  });

  it('PDF: every line has its page, running header and footer are dropped, indentation kept', async () => {
    const read = await readSource(new Uint8Array(readFileSync(join(FORMATS, 'meeting.pdf'))), { path: 'meeting.pdf' });
    expect(read.pages).toBe(2);
    expect(read.lines.every((l) => l.page === 1 || l.page === 2)).toBe(true);
    expect(read.text).not.toMatch(/Page \d of 2|– 14 March 2024/);
    const heading = read.lines.find((l) => l.text === '3. Library opening hours review');
    const body = read.lines.find((l) => l.text.startsWith('Karen Holt'));
    expect(heading?.indent).toBe(0);
    expect(body?.indent).toBeGreaterThan(2);
    expect(read.lines.find((l) => l.text.startsWith('The next meeting'))?.page).toBe(2);
  });

  it('PDF: records carry the page beside the line', async () => {
    const doc = await parse('meeting.pdf');
    expect(doc.source.pages).toBe(2);
    expect(doc.items.map((i) => i.page)).toEqual([1, 1, 1, 2, 2]);
    const resolutions = doc.items.flatMap((i) => i.resolutions);
    expect(resolutions.map((r) => r.page)).toEqual([1, 2, 2]);
  });

  it('Word: an attendance table row reads as one line', async () => {
    const read = await readSource(new Uint8Array(readFileSync(join(FORMATS, 'meeting.docx'))), { path: 'meeting.docx' });
    expect(read.format).toBe('docx');
    expect(read.lines.find((l) => l.text.startsWith('Apologies:'))).toMatchObject({ text: 'Apologies: Councillor Bella Crane', hint: 'table-row' });
  });
});

describe('plain text: an underlined line is a heading', () => {
  it('a line over a rule of dashes or equals signs of about its length is hinted a heading, and the rule is blanked', async () => {
    const { textToLines } = await import('../src/read/text.js');
    const lines = textToLines('Budget Monitoring\n-----------------\nThe report was noted.\nFees\n==============================\n\n---\nEnd');
    expect(lines.map((l) => [l.text, l.hint ?? null])).toEqual([
      ['Budget Monitoring', 'heading'],
      ['', null],
      ['The report was noted.', null],
      // A rule much longer than the line above is a section break, not an underline; a rule under a blank line underlines
      // nothing. Either separates paragraphs as a blank line does (it is no words of the paragraph below).
      ['Fees', null],
      ['', null],
      ['', null],
      ['', null],
      ['End', null],
    ]);
  });
});

describe('broken inputs: a clear per-file error', () => {
  it.each([
    ['encrypted.pdf', 'encrypted-input', /password/],
    ['corrupt.pdf', 'unreadable-input', /corrupt or unreadable PDF/],
    ['scanned.pdf', 'no-text-layer', /no text layer; OCR it first/],
    ['truncated.docx', 'unreadable-input', /corrupt or truncated Word file/],
  ])('%s', async (name, id, message) => {
    const result = await processFile(join(FORMATS, name));
    expect(result.failed).toBe(true);
    expect(result.document.items).toEqual([]);
    expect(result.document.warnings).toHaveLength(1);
    expect(result.document.warnings[0]).toMatchObject({ id, severity: 'error' });
    expect(result.document.warnings[0].message).toMatch(message);
  });

  it('a web page with no minutes parses with a not-minutes warning', async () => {
    const result = await processFile(join(FORMATS, 'not-minutes.html'));
    expect(result.failed).toBe(false);
    expect(result.document.source.format).toBe('html');
    expect(result.document.warnings.map((w) => w.id)).toContain('not-minutes');
  });

  it('--from overrides detection', async () => {
    const path = join(FORMATS, 'meeting.html');
    const { document } = await parseBuffer(new Uint8Array(readFileSync(path)), { path, from: 'text' });
    expect(document.source.format).toBe('text');
  });

  it.runIf(existsSync(join(ROOT, 'dist', 'cli.cjs')))('the CLI batch writes every file and exits 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'minutes-formats-'));
    try {
      const names = ['meeting.pdf', 'encrypted.pdf', 'corrupt.pdf', 'scanned.pdf', 'truncated.docx', 'not-minutes.html', 'agenda-item.html'];
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'parse', ...names.map((n) => join(FORMATS, n)), '--out', out, '-q'], { stdio: 'pipe' });
      } catch (e) {
        const err = e as { status: number; stderr: Buffer };
        status = err.status;
        stderr = err.stderr.toString();
      }
      expect(status).toBe(1);
      for (const n of names) expect(existsSync(join(out, n.replace(/\.\w+$/, '.json')))).toBe(true);
      expect(stderr).toMatch(/encrypted\.pdf.*password/);
      expect(stderr).toMatch(/scanned\.pdf.*OCR it first/);
      const good = JSON.parse(readFileSync(join(out, 'meeting.json'), 'utf8')) as MinutesDocument;
      expect(good.items).toHaveLength(5);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
