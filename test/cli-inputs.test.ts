// What a directory or a glob hands to the parser: documents in any extension
// case, legacy .doc reported (never dropped), everything else counted as not
// read, --ignore and .minutesignore with gitignore semantics, and a glob
// that matches nothing as a usage error.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';
import { IgnoreList, matchName } from '../src/cli/ignore.js';
import { runCli } from './helpers.js';

const MINUTES = 'Minutes of the Licensing Committee held on 9 May 2023\n\n4.    Street Trading Policy\n\nRESOLVED that the policy be approved.\n';

let dir = '';
const at = (p: string): string => join(dir, p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minutes-inputs-'));
  mkdirSync(at('archive/2023/drafts'), { recursive: true });
  for (const f of ['archive/UPPER.PDF', 'archive/Word.DOCX']) writeFileSync(at(f), 'not really a pdf or docx');
  writeFileSync(at('archive/notes.TXT'), MINUTES);
  writeFileSync(at('archive/2023/may.txt'), MINUTES);
  writeFileSync(at('archive/2023/cumbria-june.txt'), MINUTES);
  writeFileSync(at('archive/2023/drafts/july.txt'), MINUTES);
  writeFileSync(at('archive/old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(at('archive/index.json'), '{"items": []}');
  writeFileSync(at('archive/table.tsv'), 'a\tb\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rel = (files: string[]): string[] => files.map((f) => f.slice(dir.length + 1));

describe('expandInputs', () => {
  it('a directory takes documents whatever the case of their extension, and legacy .doc; other files are counted', async () => {
    const listed = await expandInputs([at('archive')]);
    expect(rel(listed.files)).toEqual([
      'archive/2023/cumbria-june.txt',
      'archive/2023/drafts/july.txt',
      'archive/2023/may.txt',
      'archive/UPPER.PDF',
      'archive/Word.DOCX',
      'archive/notes.TXT',
      'archive/old.doc',
    ]);
    expect(listed.notRead).toEqual({ ignored: 0, byExtension: { '.json': 1, '.tsv': 1 } });
  });

  it("a glob like 'archive/**/*' keeps to documents too", async () => {
    const listed = await expandInputs([`${at('archive')}/**/*`]);
    expect(listed.files).toHaveLength(7);
    expect(listed.notRead.byExtension).toEqual({ '.json': 1, '.tsv': 1 });
  });

  it('--ignore matches names at any depth and anchored paths below the input root, counting what it leaves out', async () => {
    const listed = await expandInputs([at('archive')], ['*cumbria*', '2023/drafts/']);
    expect(rel(listed.files)).not.toContain('archive/2023/cumbria-june.txt');
    expect(rel(listed.files)).not.toContain('archive/2023/drafts/july.txt');
    expect(listed.notRead.ignored).toBe(2);
  });

  it('a .minutesignore at the input root is read, and --ignore ! re-includes; patterns are case-sensitive, as in git', async () => {
    writeFileSync(at('archive/.minutesignore'), '# drafts are not minutes yet\ndrafts/\n*.txt\n');
    try {
      const listed = await expandInputs([at('archive')], ['!may.txt']);
      expect(rel(listed.files)).toEqual(['archive/2023/may.txt', 'archive/UPPER.PDF', 'archive/Word.DOCX', 'archive/notes.TXT', 'archive/old.doc']);
    } finally {
      rmSync(at('archive/.minutesignore'));
    }
  });

  it('a glob that matches only files the tool does not read is unmatched', async () => {
    const listed = await expandInputs([`${at('archive')}/*.json`]);
    expect(listed.files).toEqual([]);
    expect(listed.unmatched).toEqual([`${at('archive')}/*.json`]);
  });
});

describe('gitignore patterns', () => {
  it.each([
    ['*cumbria*', 'a/b/cumbria-2023.pdf', true],
    ['*cumbria*', 'cumbria/x.pdf', true],
    ['/old', 'old/x.txt', true],
    ['/old', 'a/old/x.txt', false],
    ['2019/*.pdf', '2019/a.pdf', true],
    ['2019/*.pdf', 'x/2019/a.pdf', false],
    ['**/2019/*.pdf', 'x/2019/a.pdf', true],
    ['drafts/**', 'drafts/a/b.txt', true],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['*.txt', 'a/b.md', false],
    ['dir/', 'x/dir', false],
    ['dir/', 'x/dir/f.txt', true],
    ['202[0-2]-*', '2021-05.txt', true],
    ['202[0-2]-*', '2023-05.txt', false],
    ['# comment', '# comment', false],
  ])('%s on %s → %s', (pattern, path, ignored) => {
    expect(new IgnoreList([pattern]).ignores(path)).toBe(ignored);
  });

  it('a star matches within one name only', () => {
    expect(matchName('*-minutes.txt', 'cabinet-minutes.txt')).toBe(true);
    expect(matchName('c?b*', 'cab')).toBe(true);
    expect(matchName('*.pdf', 'a.PDF')).toBe(false);
  });
});

describe('minutes parse on a folder', () => {
  it('reports legacy .doc as an error record, counts what it did not read, and exits 1', async () => {
    const r = await runCli(['parse', at('archive'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string }; warnings: { message: string }[] });
    const doc = docs.find((d) => d.source.path.endsWith('old.doc'));
    expect(doc?.warnings[0].message).toContain('legacy Word .doc file');
    expect(r.stderr).toContain('  not read: 1 .json, 1 .tsv\n');
  });

  it('a glob that matches no document is a one-line usage error with a hint, and no document is written', async () => {
    const r = await runCli(['parse', `${at('archive')}/*.rtf`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`minutes: no document matches '${at('archive')}/*.rtf'`);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
