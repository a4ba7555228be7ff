// minutes eval: the scoring rules of the corpus README, on the project's own
// gold fixtures (fixtures/eval), in-process and through the CLI.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, sameName, tokenF1 } from '../src/eval/text.js';
import { pairBestFirst } from '../src/eval/pair.js';
import { prf, scoreDocument, summarise } from '../src/eval/score.js';
import { GoldDocument } from '../src/eval/gold.js';
import { evaluateDirectory, goldCases, lineLocator } from '../src/eval/corpus.js';
import { parseMinutes } from '../src/parse-text.js';
import { runCli } from './helpers.js';
import type { MinutesDocument } from '../src/schema/document.js';

const GOLD_DIR = join(import.meta.dirname, '..', 'fixtures', 'eval', 'corpus');

const cli = (...argv: string[]) => runCli(argv);

describe('normalise and token F1', () => {
  it('drops case, punctuation, clause numbers and the RESOLVED that lead-in', () => {
    expect(normalise('2. RESOLVED that the Report be NOTED.')).toBe('the report be noted');
    expect(normalise('(ii) That Planning & Highways be consulted')).toBe('planning and highways be consulted');
    expect(normalise("It was agreed that the Council's fees rise")).toBe('the councils fees rise');
  });
  it('scores token overlap as F1 over multisets', () => {
    expect(tokenF1('the report be noted', 'RESOLVED that the report be noted.')).toBe(1);
    // gold 4 tokens, pred 2 tokens, overlap 2: p=1, r=0.5
    expect(tokenF1('the report be noted', 'report noted')).toBeCloseTo(2 / 3, 10);
    expect(tokenF1('fees fees rise', 'fees rise rise')).toBeCloseTo(2 / 3, 10);
    // A leading letter is a clause marker: "a" is dropped.
    expect(tokenF1('a a b', 'a b b')).toBe(0.5);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('x', '')).toBe(0);
  });
});

describe('names', () => {
  it('drops honorifics and matches a surname alone or the same first initial', () => {
    expect(sameName('Councillor Mac Cafferty', 'Cllr Mac Cafferty')).toBe(true);
    expect(sameName('Mayes', 'Councillor Sue Mayes')).toBe(true);
    expect(sameName('Sue Mayes', 'Tom Mayes')).toBe(false);
    expect(sameName('Dr Ann Lee', 'A Lee')).toBe(true);
    expect(sameName('Mr', 'Mr')).toBe(false);
  });
});

describe('best-first one-to-one pairing', () => {
  it('takes the best pair first, not the first gold entry greedily', () => {
    const gold = ['the budget be approved', 'the budget be approved subject to review'];
    const pred = ['the budget be approved subject to review'];
    const r = pairBestFirst(gold, pred, tokenF1, 0.6);
    // The exact match (gold 1) wins although gold 0 also clears the threshold.
    expect(r.pairs).toEqual([[1, 0, 1]]);
    expect(r.missed).toEqual([0]);
    expect(r.spurious).toEqual([]);
  });
  it('drops candidates below the threshold', () => {
    const r = pairBestFirst(['fees be frozen'], ['fees noted'], tokenF1, 0.6);
    expect(r.pairs).toEqual([]);
    expect(r.missed).toEqual([0]);
    expect(r.spurious).toEqual([0]);
  });
});

describe('precision, recall, F1', () => {
  it('treats an empty side as perfect only when both are empty', () => {
    expect(prf({ gold: 0, pred: 0, match: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ gold: 2, pred: 0, match: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ gold: 4, pred: 2, match: 2 }).f1).toBeCloseTo(2 / 3, 10);
  });
});

describe('scoring one document', () => {
  const text = [
    'Planning Committee',
    'Minutes of the meeting held on 2 May 2024',
    'Present: Councillor Ann Hale (Chair), Councillor B Ito',
    '',
    '3. Land at Mill Lane',
    'The Planning Manager presented the report.',
    'Councillor Ito queried the parking provision. The Planning Manager explained that 40 spaces were proposed.',
    'RESOLVED that planning permission be granted.',
  ].join('\n');
  const pred: MinutesDocument = parseMinutes(text, { path: 'mill-lane.txt' }).document;

  it('pairs records across the document and reports misses with lines', () => {
    const gold = GoldDocument.parse({
      meeting: { body: 'Planning Committee', date: '2024-05-02', present: ['Councillor Hale', 'Councillor Ito'], apologies: ['Councillor Dunn'] },
      items: [
        {
          number: '3',
          title: 'Land at Mill Lane',
          presenters: [{ name: null, role: 'Planning Manager' }],
          resolutions: ['planning permission be granted.', 'the S106 agreement be completed'],
          actions: [],
          questions: [{ asker: 'Councillor Ito', text: 'queried the parking provision.' }],
        },
      ],
    });
    const s = scoreDocument('mill-lane', gold, pred, lineLocator(text));
    expect(s.tallies.items).toMatchObject({ gold: 1, pred: 1, match: 1 });
    expect(s.tallies['item.numbers']).toMatchObject({ gold: 1, match: 1 });
    expect(s.tallies.presenters).toMatchObject({ gold: 1, match: 1 });
    expect(s.tallies.resolutions).toMatchObject({ gold: 2, pred: 1, match: 1 });
    expect(s.tallies.askers).toMatchObject({ gold: 1, pred: 1, match: 1 });
    expect(s.tallies.present).toMatchObject({ gold: 2, pred: 2, match: 2 });
    // Apologies are listed in the gold, none predicted.
    expect(s.tallies.apologies).toMatchObject({ gold: 1, pred: 0, match: 0 });
    expect(s.tallies['meeting.date']).toMatchObject({ gold: 1, pred: 1, match: 1 });
    expect(s.errors).toContainEqual({ doc: 'mill-lane', field: 'resolutions', kind: 'missed', text: 'the S106 agreement be completed', line: null });
    expect(s.errors).toContainEqual({ doc: 'mill-lane', field: 'apologies', kind: 'missed', text: 'Councillor Dunn', line: null });
  });

  it('scores attendance only where the gold lists it', () => {
    const gold = GoldDocument.parse({ meeting: { body: null, date: null }, items: [] });
    const s = scoreDocument('x', gold, pred);
    expect(s.tallies.present).toEqual({ gold: 0, pred: 0, match: 0, fit: 0 });
    expect(s.tallies.items).toMatchObject({ gold: 0, pred: 1, match: 0 });
    expect(s.errors).toContainEqual({ doc: 'x', field: 'items', kind: 'spurious', text: 'Land at Mill Lane', line: 5 });
  });

  it('sums documents (micro) and averages five fields for macro F1', () => {
    const gold = GoldDocument.parse({ meeting: {}, items: [{ number: '3', title: 'Land at Mill Lane', presenters: [], resolutions: ['planning permission be granted'], actions: [], questions: [] }] });
    const one = scoreDocument('a', gold, pred);
    const sum = summarise([one, one]);
    const row = (f: string) => sum.fields.find((r) => r.field === f)!;
    expect(row('resolutions')).toMatchObject({ gold: 2, pred: 2, match: 2, f1: 1 });
    // presenters and questions: predicted but none in gold -> F1 0; items, resolutions 1; actions both empty -> 1.
    expect(row('presenters').f1).toBe(0);
    expect(row('actions').f1).toBe(1);
    expect(sum.macroF1).toBeCloseTo((1 + 0 + 1 + 1 + 0) / 5, 10);
  });
});

describe('evaluating a gold folder', () => {
  it('pairs each ID.gold.json with ID.txt beside it', () => {
    expect(goldCases(GOLD_DIR).map((c) => [c.id, c.input?.endsWith(`${c.id}.txt`)])).toEqual([
      ['harbour-board-2024-05-14', true],
      ['parks-committee-2024-06-03', true],
    ]);
  });

  it('scores the fixtures: a council phrasing the defaults miss shows up as a missed presenter with its line', async () => {
    const r = await evaluateDirectory(GOLD_DIR);
    const row = (f: string) => r.summary.fields.find((x) => x.field === f)!;
    expect(r.summary.documents).toBe(2);
    expect(row('items')).toMatchObject({ gold: 5, match: 5 });
    expect(row('resolutions')).toMatchObject({ gold: 5, pred: 5, match: 5 });
    expect(row('presenters')).toMatchObject({ gold: 3, match: 2 });
    const errors = r.documents.flatMap((d) => d.errors);
    expect(errors).toContainEqual({ doc: 'parks-committee-2024-06-03', field: 'presenters', kind: 'missed', text: 'Councillor Okoye', line: 15 });
  });

  it('counts a gold file without a document as missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-eval-'));
    copyFileSync(join(GOLD_DIR, 'parks-committee-2024-06-03.gold.json'), join(dir, 'lost.gold.json'));
    const r = await evaluateDirectory(dir);
    expect(r.missingInputs).toEqual(['lost']);
    expect(r.summary.fields.find((x) => x.field === 'resolutions')).toMatchObject({ gold: 2, pred: 0, match: 0 });
  });
});

describe('minutes eval (CLI)', () => {
  it('prints the score table and exits 0', async () => {
    const r = await cli('eval', '--gold', GOLD_DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^documents 2 {2}missing inputs 0 {2}unreadable 0$/m);
    expect(r.stdout).toMatch(/^resolutions\s+5\s+5\s+5\s+1\.000\s+1\.000\s+1\.000\s+1\.00$/m);
    expect(r.stdout).toMatch(/^macro F1 \d\.\d{3}$/m);
  });

  it('--verbose lists missed and spurious records with file and line', async () => {
    const r = await cli('eval', '--gold', GOLD_DIR, '--verbose');
    expect(r.stdout).toContain('parks-committee-2024-06-03:15  presenters  MISSED    Councillor Okoye');
  });

  it('--json prints fields and macro F1; a config adding the phrasing fixes the miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-eval-config-'));
    const config = join(dir, 'minutes.config.json');
    writeFileSync(config, JSON.stringify({ presenterVerbs: ['opened the discussion on'] }));
    const before = JSON.parse((await cli('eval', '--gold', GOLD_DIR, '--json')).stdout);
    const after = JSON.parse((await cli('eval', '--gold', GOLD_DIR, '--json', '--config', config)).stdout);
    const presenters = (x: { fields: { field: string; match: number }[] }) => x.fields.find((f) => f.field === 'presenters')!.match;
    expect(presenters(before)).toBe(2);
    expect(presenters(after)).toBe(3);
    expect(after.macroF1).toBeGreaterThan(before.macroF1);
  });

  it('exits 2 without --gold or with a folder that is not there, 1 when a document is missing', async () => {
    expect((await cli('eval')).code).toBe(2);
    const missing = await cli('eval', '--gold', join(GOLD_DIR, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('not a directory');
    const dir = mkdtempSync(join(tmpdir(), 'minutes-eval-'));
    copyFileSync(join(GOLD_DIR, 'parks-committee-2024-06-03.gold.json'), join(dir, 'lost.gold.json'));
    expect((await cli('eval', '--gold', dir)).code).toBe(1);
  });
});
