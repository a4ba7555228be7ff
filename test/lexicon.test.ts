// The lexicon builders and the shared leading-clause refiner.
import { describe, expect, it } from 'vitest';
import { alternation, HONORIFICS } from '../src/lexicon/index.js';
import { openerLength, withoutOpeners } from '../src/extract/util/openers.js';
import { HONORIFIC_SOURCE } from '../src/tokenize/names.js';

describe('lexicon builders', () => {
  it('tries longer phrases first and escapes metacharacters', () => {
    const re = new RegExp(`^${alternation(['Mayor', 'Lord Mayor', 'Dr.'])}$`);
    expect(re.test('Lord Mayor')).toBe(true);
    expect(re.test('Lord  Mayor')).toBe(true);
    expect(re.test('Dr.')).toBe(true);
    expect(re.test('Drx')).toBe(false);
  });

  it('builds the honorific pattern from the people lists', () => {
    const re = new RegExp(`^${HONORIFIC_SOURCE}$`);
    for (const h of HONORIFICS) expect(re.test(h), h).toBe(true);
    expect(re.test('Cllr.')).toBe(true);
    expect(re.test('His Worship Mayor')).toBe(true);
    expect(re.test('Colonel')).toBe(false);
  });
});

describe('leading-clause refiner', () => {
  it.each([
    ['During the debate, Councillor Ash asked about parking.', 'Councillor Ash asked about parking.'],
    ['Moreover, the Clerk agreed to write to the landowner.', 'the Clerk agreed to write to the landowner.'],
    ['At the invitation of the Chair, Ms Rowe presented the report.', 'Ms Rowe presented the report.'],
    ['Referring to the previous minutes, Cr Dunn asked whether the signs had been ordered.', 'Cr Dunn asked whether the signs had been ordered.'],
    ['In addition, following discussion, Members agreed to defer the item.', 'Members agreed to defer the item.'],
  ])('%s', (input, rest) => expect(withoutOpeners(input)).toBe(rest));

  it('leaves sentences without an opener alone', () => {
    expect(openerLength('Councillor Ash asked about parking.')).toBe(0);
    expect(openerLength('Following the meeting the Clerk wrote to the school.')).toBe(0);
    expect(openerLength('During 2024 the scheme was extended.')).toBe(0);
  });
});

describe('every lexicon list can be extended by the config', () => {
  it('each exported list of words is declared through extendable()', async () => {
    const lexicon = await import('../src/lexicon/index.js');
    const lists = Object.entries(lexicon)
      .filter(([, v]) => Array.isArray(v) && v.every((w) => typeof w === 'string'))
      .map(([name]) => name)
      .filter((name) => name !== 'EXTENDABLE_LISTS');
    expect(lists.filter((name) => !lexicon.EXTENDABLE_LISTS.includes(name))).toEqual([]);
  });
});
