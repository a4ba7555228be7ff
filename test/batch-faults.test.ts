// Faults that cannot be staged with real files from a test running as root
// or without racing the CLI: a rule that throws, a file that vanishes between
// listing and reading, a file the OS refuses to open. The real modules are
// wrapped (vi.mock) and the batch runs in-process on the main thread: one
// mixed batch, every good file written, every bad one reported, exit 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MinutesDocument } from '../src/schema/document.js';
import { fixtureCases } from './helpers.js';

// Actions extractor: throws on items that mention EXPLODE (the pipeline fences extractors).
vi.mock('../src/extract/actions.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/extract/actions.js')>();
  return {
    ...real,
    extractActions: (...args: Parameters<typeof real.extractActions>) => {
      if (args[0].blocks.some((b) => b.text.includes('EXPLODE'))) throw new Error('boom in a rule');
      return real.extractActions(...args);
    },
  };
});
// Tokenizer: throws on documents that mention SHATTER (not fenced: the whole file fails).
vi.mock('../src/tokenize/classify.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/tokenize/classify.js')>();
  return {
    ...real,
    tokenize: (...args: Parameters<typeof real.tokenize>) => {
      if (args[0].some((l) => l.text.includes('SHATTER'))) throw new TypeError('tokenizer exploded');
      return real.tokenize(...args);
    },
  };
});
// Opening a file named locked*.txt is refused as the OS would for a file without read permission.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      if (String(args[0]).includes('locked')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES' });
      return real.openSync(...args);
    },
  };
});
// Listing, then one listed file is deleted before it is read.
vi.mock('../src/cli/inputs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/cli/inputs.js')>();
  return {
    ...real,
    expandInputs: async (...args: Parameters<typeof real.expandInputs>) => {
      const listed = await real.expandInputs(...args);
      for (const f of listed.files) if (f.includes('vanishing')) unlinkSync(f);
      return listed;
    },
  };
});

const { main } = await import('../src/cli/main.js');

const TMP = mkdtempSync(join(tmpdir(), 'minutes-faults-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('one mixed batch with faults that need a hook', () => {
  it('reports a rule that throws, a vanished file and a refused file; writes everything else; exits 1', async () => {
    const dir = join(TMP, 'in');
    mkdirSync(dir, { recursive: true });
    const text = fixtureCases()[0].input;
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `good-${i}.txt`), text);
    writeFileSync(join(dir, 'rule.txt'), `${text}\nThe Head of Finance said EXPLODE would be circulated.\n`);
    writeFileSync(join(dir, 'shatter.txt'), `SHATTER\n${text}`);
    writeFileSync(join(dir, 'vanishing.txt'), text);
    writeFileSync(join(dir, 'locked.txt'), text);
    let err = '';
    const io = {
      stdout: new Writable({ write: (_c, _e, cb) => cb() }),
      stderr: new Writable({ write: (c, _e, cb) => ((err += c), cb()) }),
      readStdin: async () => new Uint8Array(),
      env: {},
    };
    const out = join(TMP, 'out');
    const code = await main(['parse', dir, '--out', out, '--report', join(TMP, 'report.json')], io);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(TMP, 'report.json'), 'utf8'));
    const byFile = new Map<string, { id: string; message: string }>(report.failures.map((f: { file: string; id: string; message: string }) => [f.file.replace(/.*\//, ''), f]));
    expect([...byFile.keys()].sort()).toEqual(['locked.txt', 'rule.txt', 'shatter.txt', 'vanishing.txt']);
    expect(byFile.get('rule.txt')).toMatchObject({ id: 'rule-failed', message: expect.stringContaining('actions extractor (boom in a rule)') });
    expect(byFile.get('shatter.txt')).toMatchObject({ id: 'rule-failed', message: expect.stringContaining('tokenizer exploded') });
    expect(byFile.get('vanishing.txt')).toMatchObject({ id: 'unreadable-input', message: expect.stringContaining('removed after listing') });
    expect(byFile.get('locked.txt')).toMatchObject({ id: 'unreadable-input', message: expect.stringContaining('permission denied') });
    for (const name of byFile.keys()) expect(err).toMatch(new RegExp(`${name.replace('.', '\\.')}\\S*  error  `));

    // Good files are written in full; the file whose actions rule threw keeps every other record.
    for (let i = 0; i < 6; i++) {
      const doc = JSON.parse(readFileSync(join(out, `good-${i}.json`), 'utf8')) as MinutesDocument;
      expect(doc.items[0].resolutions.length).toBeGreaterThan(0);
      expect(doc.items[0].actions.length).toBeGreaterThan(0);
    }
    const partial = JSON.parse(readFileSync(join(out, 'rule.json'), 'utf8')) as MinutesDocument;
    expect(partial.items[0].actions).toEqual([]);
    expect(partial.items[0].resolutions.length).toBeGreaterThan(0);
    expect(report.parsed).toBe(10);
  });
});
