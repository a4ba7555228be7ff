// Local phrasings without code: minutes.config.json adds phrasings to rule
// families and switches rules off; a bad config is a usage error naming the key.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/config/load.js';
import { compileConfig, phraseSource } from '../src/config/compile.js';
import { MinutesConfig } from '../src/config/schema.js';
import { classifyLine, LINE_RULES } from '../src/tokenize/classify.js';
import { parseMinutes } from '../src/parse-text.js';
import type { MinutesDocument } from '../src/schema/document.js';
import { runCli } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'minutes.js');
const FIXTURE = join(ROOT, 'fixtures', 'config', 'glenbrae');
const INPUT = join(FIXTURE, 'input.txt');

const line = (text: string) => ({ line: 1, text, indent: 0 });
const compiled = (value: unknown) => compileConfig(parseConfig(value, 'test.json'));

function configError(value: unknown): ConfigError {
  try {
    parseConfig(value, 'minutes.config.json');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const cli = (...argv: string[]) => runCli(argv);

function writeConfig(value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'minutes-config-')), 'minutes.config.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('config validation', () => {
  it('names the offending key', () => {
    expect(configError({ resolutionLeadin: ['DECISION:'] }).key).toBe('resolutionLeadin');
    expect(configError({ resolutionLeadIns: 'DECISION:' }).key).toBe('resolutionLeadIns');
    expect(configError({ actionHeadings: ['Tasks', '  '] }).key).toBe('actionHeadings[1]');
    const unknownRule = configError({ disable: ['resolved-lead-in', 'no-such-rule'] });
    expect(unknownRule.key).toBe('disable[1]');
    expect(unknownRule.message).toContain('unknown rule id "no-such-rule"');
  });

  it('fills defaults for missing families', () => {
    expect(MinutesConfig.parse({})).toMatchObject({ resolutionLeadIns: [], roles: [], disable: [] });
  });

  it('reads minutes.config.json from the working directory only when present', () => {
    const empty = mkdtempSync(join(tmpdir(), 'minutes-noconfig-'));
    expect(loadConfig(undefined, empty)).toBeNull();
    expect(loadConfig(undefined, FIXTURE)!.config.lineRules.some((r) => r.id === 'config:actionHeadings[0]')).toBe(true);
    expect(() => loadConfig(join(empty, 'missing.json'))).toThrow(ConfigError);
    expect(() => loadConfig(writeConfig('{ not json'))).toThrow(/invalid JSON/);
  });
});

describe('compiled phrasings', () => {
  it('escapes phrases and lets spaces match any whitespace', () => {
    const re = new RegExp(`^${phraseSource('Item (b)  DECISION:')}$`);
    expect(re.test('Item (b) DECISION:')).toBe(true);
    expect(re.test('Item b DECISION:')).toBe(false);
  });

  it('inserts extra rules before the built-in rule of the same family', () => {
    const c = compiled({ resolutionLeadIns: ['DECISION:'], questionLeadIns: ['Points raised'] });
    const ids = c.lineRules.map((r) => r.id);
    expect(ids.indexOf('config:resolutionLeadIns[0]')).toBe(ids.indexOf('resolved-lead-in') - 1);
    expect(ids.indexOf('config:questionLeadIns[0]')).toBe(ids.indexOf('question-lead-in') - 1);
    expect(c.lineRules).toHaveLength(LINE_RULES.length + 2);
  });

  it('turns a local lead-in into a resolution lead-in with its clause', () => {
    const c = compiled({ resolutionLeadIns: ['DECISION:', 'The Panel AGREED'] });
    // By default "DECISION: …" is a decision heading; the config makes it a resolution lead-in.
    expect(classifyLine(line('DECISION: The fees rise by 3%.')).kind).toBe('decision-heading');
    const t = classifyLine(line('DECISION: The fees rise by 3%.'), c.lineRules);
    expect(t).toMatchObject({ kind: 'resolved', rule: 'config:resolutionLeadIns[0]', text: 'The fees rise by 3%.' });
    expect(classifyLine(line('2. The Panel AGREED that the grant be paid.'), c.lineRules)).toMatchObject({ kind: 'resolved', rule: 'config:resolutionLeadIns[1]', marker: '2.', text: 'that the grant be paid.' });
    // Letter case matters and a word phrase ends at a word boundary.
    expect(classifyLine(line('The Panel agreed to meet again.'), c.lineRules).rule).not.toMatch(/^config:/);
    expect(classifyLine(line('The Panel AGREEDLY nodded.'), c.lineRules).rule).not.toMatch(/^config:/);
  });

  it('switches rules off by id', () => {
    const text = '5. Fees\n\nResolved – That the fees be approved.\n';
    const before = parseMinutes(text).document;
    expect(before.items[0].resolutions.map((r) => r.text)).toEqual(['the fees be approved.']);
    const after = parseMinutes(text, { config: compiled({ disable: ['resolved-mixed-case'] }) }).document;
    expect(after.items[0].resolutions).toEqual([]);
  });

  it('adds presenter verbs, roles and honorifics', () => {
    const text = '5. Paths\n\nPortreeve Head led the discussion on paths.\n\nClerk reported on the budget.\n';
    expect(parseMinutes(text).document.items[0].presenters).toEqual([]);
    const doc = parseMinutes(text, { config: compiled({ presenterVerbs: ['led the discussion on', 'reported on'], roles: ['Clerk'], honorifics: ['Portreeve'] }) }).document;
    expect(doc.items[0].presenters.map((p) => [p.name, p.role, p.line])).toEqual([
      ['Portreeve Head', null, 3],
      [null, 'Clerk', 5],
    ]);
  });
});

describe('a council format the defaults miss, fixed by its config (end to end, CLI)', () => {
  const parse = (cwd: string, ...extra: string[]): MinutesDocument => JSON.parse(execFileSync(process.execPath, [BIN, 'parse', INPUT, '-q', ...extra], { cwd, encoding: 'utf8' }));
  const elsewhere = mkdtempSync(join(tmpdir(), 'minutes-cwd-'));

  it('misses the local phrasings by default', () => {
    const doc = parse(elsewhere);
    const [minutes, paths, next] = doc.items;
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(minutes.resolutions).toEqual([]);
    expect(next.resolutions).toEqual([]);
    expect(paths.presenters).toEqual([]);
    expect(paths.questions).toEqual([]);
    // The "Follow-up tasks" heading is not known: its bullets are read only as "Treasurer to apply …" sentences.
    expect(paths.actions.map((a) => a.rule)).not.toContain('action-heading-item');
  });

  it('finds them with minutes.config.json in the working directory, or with --config', () => {
    for (const doc of [parse(FIXTURE), parse(elsewhere, '--config', join(FIXTURE, 'minutes.config.json'))]) {
      const [minutes, paths, next] = doc.items;
      expect(minutes.resolutions.map((r) => [r.text, r.kind, r.line])).toEqual([['the minutes of the meeting of 13 February 2024 be approved as a correct record.', 'approved', 10]]);
      expect(next.resolutions.map((r) => r.text)).toEqual(['the next meeting be held on 9 April 2024 at 7.00 pm.']);
      expect(paths.resolutions.map((r) => r.text)).toEqual(['the Community Council support the core path extension and seek match funding from the wind farm fund.']);
      expect(paths.presenters.map((p) => [p.name, p.role, p.line])).toEqual([
        ['Bailie Robertson', null, 14],
        [null, 'Treasurer', 16],
      ]);
      expect(paths.questions.map((q) => [q.text, q.response])).toEqual([
        ['Whether the lottery grant covered maintenance', 'the grant covered the first three years only.'],
        ['Signage near the primary school', 'new finger posts were on order.'],
      ]);
      expect(paths.actions.map((a) => [a.text, a.due])).toEqual([
        ['Secretary to write to the roads department about the school crossing by 30 April 2024.', '2024-04-30'],
        ['Treasurer to apply to the wind farm fund before the May meeting.', 'before the May meeting'],
      ]);
    }
  });

  it('exits 2 on a bad config, naming the key, in every command', () => {
    const bad = writeConfig({ presenterVerb: ['spoke to'] });
    for (const argv of [['parse', INPUT], ['inspect', INPUT], ['eval', '--gold', FIXTURE], ['rules']]) {
      const r = spawnSync(process.execPath, [BIN, ...argv, '--config', bad], { encoding: 'utf8' });
      expect(r.status, argv[0]).toBe(2);
      expect(r.stderr).toContain(`${bad}: presenterVerb: unknown key`);
      expect(r.stdout).toBe('');
    }
    const r = spawnSync(process.execPath, [BIN, 'parse', INPUT], { cwd: join(FIXTURE, '..', '..', 'eval'), encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
});

describe('minutes schema --config', () => {
  it('prints the JSON Schema of the config, as committed in docs/', async () => {
    const r = await cli('schema', '--config');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['resolutionLeadIns', 'actionHeadings', 'questionLeadIns', 'presenterVerbs', 'roles', 'honorifics', 'disable']));
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'docs', 'minutes.config.schema.json'), 'utf8'));
  });
});

describe('lexicon additions in the config reach every rule built from the list (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-lexicon-'));
  const minutes = join(dir, 'minutes.txt');
  writeFileSync(
    minutes,
    [
      'Minutes of the Roads Committee held on 3 March 2026',
      '',
      'Present: Bailie Ann Reid (Convener), Councillor Tom Hay',
      '',
      '1. Pothole repairs',
      '',
      'Bailie Reid quizzed officers about the backlog of repairs on the High Street.',
      '',
      'Councillor Hay grilled the Roads Manager on the cost of the night works.',
      '',
    ].join('\n'),
  );
  const questionsOf = (...extra: string[]): string[][] => {
    const doc = JSON.parse(execFileSync(process.execPath, [BIN, 'parse', minutes, '-q', ...extra], { cwd: dir, encoding: 'utf8', env: { ...process.env, MINUTES_LEXICON: '' } })) as MinutesDocument;
    return doc.items.flatMap((i) => i.questions.map((q) => [q.asker ?? '', q.text]));
  };

  it('a local asking verb makes questions of sentences the defaults pass over, in every worker', () => {
    expect(questionsOf()).toEqual([]);
    const config = join(dir, 'local.json');
    writeFileSync(config, JSON.stringify({ lexicon: { ASKING_VERBS: ['quizzed', 'grilled'] } }));
    const expected = [
      ['Bailie Reid', 'quizzed officers about the backlog of repairs on the High Street.'],
      ['Councillor Hay', 'grilled the Roads Manager on the cost of the night works.'],
    ];
    expect(questionsOf('--config', config)).toEqual(expected);
    expect(questionsOf('--config', config, '--jobs', '2')).toEqual(expected);
  });

  it('an unknown list name is a config error naming the key', () => {
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ lexicon: { ASKING_VERB: ['quizzed'] } }));
    const r = spawnSync(process.execPath, [BIN, 'parse', minutes, '--config', config], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lexicon\.ASKING_VERB: unknown lexicon list, expected one of .*ASKING_VERBS/);
  });
});
