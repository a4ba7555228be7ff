// Unclaimed lines: a line with the words of a decision, motion, question or
// attendance list that no rule read gets an info note; a line a record covers
// gets none.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';
import { signalOf } from '../src/extract/unclaimed.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inItem, runCli } from './helpers.js';

const notes = (text: string) => parseMinutes(text).document.warnings.filter((w) => w.id === 'unclaimed-line');

describe('signal vocabulary', () => {
  it.each([
    ['After a short debate the proposal was CARRIED on a show of hands.', 'a decision'],
    ['It was unanimously agreed that the hall hire charges stay the same.', 'a decision'],
    ['The item was moved by the Mayor and seconded by Cr Lowe.', 'a motion'],
    ['Cllr Baird enquired about the timetable for the works.', 'a question'],
    ['Members present: Cllrs Hart, Moss and Ng', 'an attendance list'],
    ['Cllr Pye sent apologies for the late papers.', 'an attendance list'],
  ])('%s → %s', (text, what) => expect(signalOf(text)).toBe(what));

  it.each([
    'The scheme was approved by the Department in 2019.',
    'Officers agreed with residents on the route of the path.',
    'Apologies for Absence',
    'The present arrangements continue until March.',
  ])('no signal: %s', (text) => expect(signalOf(text)).toBeNull());
});

describe('unclaimed-line notes', () => {
  it('notes a decision no rule read, with its line and info severity', () => {
    const ws = notes(inItem('Following the vote the proposal to close the library was CARRIED by six votes to two, subject to a review in March.'));
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ code: 'MIN030', severity: 'info', line: 3, column: 1 });
  });

  it('gives no note where a record covers the line or its lead-in', () => {
    expect(notes(inItem('RESOLVED that:\n\n1.  The report be noted.\n2.  The fees be approved.'))).toEqual([]);
    expect(notes(inItem('Cllr Baird asked whether the footpath would reopen before Easter.'))).toEqual([]);
  });
});

describe('unclaimed-line notes in the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-unclaimed-'));
  const file = join(dir, 'play-area.txt');
  writeFileSync(file, '4. Play Area\n\nAfter a long debate the proposal to replace the swings was CARRIED on a show of hands.\n');

  it('are printed only with --info, and never fail a --frail run', async () => {
    const plain = await runCli(['parse', file, '--frail']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('unclaimed-line');
    const info = await runCli(['parse', file, '--info', '--frail']);
    expect(info.code).toBe(0);
    expect(info.stderr).toContain(`${file}:3:1  info  Unexpected line with the words of a decision that no rule read, expected a record  unclaimed-line`);
  });
});
