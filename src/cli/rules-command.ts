// `minutes rules [--json]`: every rule (id, stage, file, phrasing, example) and every
// warning (code, id, meaning), generated from the rule objects themselves
// (defineRule's catalogue) and the warning registry.
// warningsMarkdown() and rulesMarkdown() are the sources of docs/warnings.md and
// docs/rules.md (scripts/gen-docs.mjs).
import { definedRules, RULE_STAGES, ruleById, ruleSource, type RuleMeta } from '../rules/define.js';
// Importing the pipeline declares every rule object (defineRule) it runs.
import '../parse.js';
import { WARNING_RULES } from '../schema/warnings.js';
import type { LineRule } from '../tokenize/classify.js';

export interface RulesCommandOptions {
  json?: boolean;
  stage?: string;
  /** One rule: its file, description, examples and near misses. */
  id?: string;
}

/** One rule as `minutes rules` lists it. */
export interface RuleListing {
  id: string;
  stage: string;
  /** The file that declares the rule (a config's rules: the config file). */
  source?: string;
  description: string;
  example: string;
}

/**
 * Every rule in pipeline order. With a config, the line stage is the
 * configured table (its own rules added, disabled ones left out).
 */
export function ruleList(lineRules?: readonly LineRule[]): RuleMeta[] {
  const declared = definedRules();
  return lineRules ? [...lineRules, ...declared.filter((r) => r.stage !== 'line')] : declared;
}

/** The listing of every rule; `configFile` is the source of the rules a config added. */
export function ruleListings(lineRules?: readonly LineRule[], configFile?: string): RuleListing[] {
  return ruleList(lineRules).map(({ id, stage, description, examples }) => {
    const source = ruleById(id) ? ruleSource(id) : configFile;
    return { id, stage, ...(source !== undefined ? { source } : {}), description, example: examples.valid[0] };
  });
}

export function runRules(opts: RulesCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, lineRules?: readonly LineRule[], configFile?: string): number {
  if (opts.id !== undefined) return showRule(opts.id, opts, io, lineRules, configFile);
  const rules = ruleListings(lineRules, configFile).filter((r) => !opts.stage || r.stage === opts.stage);
  if (opts.stage && rules.length === 0) {
    io.stderr.write(`minutes: no rules in stage "${opts.stage}"\n`);
    return 2;
  }
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ rules, warnings: opts.stage ? [] : WARNING_RULES }, null, 2)}\n`);
    return 0;
  }
  const width = (f: (r: RuleListing) => string): number => Math.max(...rules.map((r) => f(r).length));
  const idWidth = width((r) => r.id);
  const stageWidth = width((r) => r.stage);
  const sourceWidth = width((r) => r.source ?? '-');
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.stage.padEnd(stageWidth)}  ${(r.source ?? '-').padEnd(sourceWidth)}  ${r.description}${r.example ? `  e.g. ${JSON.stringify(r.example)}` : ''}`);
  if (!opts.stage) {
    lines.push('', 'warnings:');
    for (const w of WARNING_RULES) lines.push(`${w.code}  ${w.id.padEnd(24)}  ${w.severity.padEnd(7)}  ${w.description}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** docs/warnings.md, generated from WARNING_RULES. */
export function warningsMarkdown(): string {
  const out = [
    '# Warnings',
    '',
    '<!-- Generated from src/schema/warnings.ts by `node scripts/gen-docs.mjs`: do not edit by hand. -->',
    '',
    'Every diagnostic has a stable code (never reused) and a readable id. Messages read',
    '"Unexpected X, expected Y". The CLI prints them like other linters, on stderr:',
    '',
    '```',
    'minutes/2024-05-01.txt:14:1  warning  Unexpected RESOLVED before any agenda item, expected it inside an item  resolution-outside-item',
    '```',
    '',
    'and `--format json` output carries them in `warnings` with `code`, `id`, `severity`,',
    '`message`, `line`, `column` and, for PDFs, `page`. `error` severity means the file',
    'could not be parsed (its document has no items and the exit code is 1).',
    '',
    '| code | id | severity | meaning |',
    '| --- | --- | --- | --- |',
    ...WARNING_RULES.map((w) => `| ${w.code} | \`${w.id}\` | ${w.severity} | ${w.description} |`),
    '',
  ];
  return out.join('\n');
}

/** `minutes rules ID`: where a record's rule is declared and what it reads, with its examples. */
function showRule(id: string, opts: RulesCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, lineRules?: readonly LineRule[], configFile?: string): number {
  const rule = ruleList(lineRules).find((r) => r.id === id);
  if (!rule) {
    io.stderr.write(`minutes: unknown rule "${id}" (see \`minutes rules\`)\n`);
    return 2;
  }
  const listing = ruleListings(lineRules, configFile).find((r) => r.id === id)!;
  if (opts.json) {
    const { example: _first, ...rest } = listing;
    io.stdout.write(`${JSON.stringify({ ...rest, examples: { valid: rule.examples.valid, invalid: rule.examples.invalid } }, null, 2)}\n`);
    return 0;
  }
  const field = (label: string, values: readonly string[]): string[] => values.map((v, k) => `${(k === 0 ? label : '').padEnd(13)}${v}`);
  const lines = [
    ...field('rule:', [rule.id]),
    ...field('stage:', [rule.stage]),
    ...field('file:', [listing.source ?? '-']),
    ...field('reads:', [rule.description]),
    ...field('examples:', rule.examples.valid.map((e) => JSON.stringify(e))),
    ...field('near misses:', rule.examples.invalid.map((e) => JSON.stringify(e))),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** A value for a markdown table cell. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

const STAGE_NOTES: Partial<Record<string, string>> = {
  line: 'Each line gets the first rule that matches, in this order; the token names the rule (`minutes inspect` shows it).',
  'resolution-kind': 'A resolution clause gets the kind of the leftmost match, ties to the earlier rule; `kind: "noted"` names `resolution-kind-noted`.',
  category: 'An item gets the category of the first title rule that matches, else `substantive`; `category: "apologies"` names `category-apologies`.',
};

/** docs/rules.md, generated from the rule objects (defineRule's catalogue). */
export function rulesMarkdown(): string {
  const out = [
    '# Rules',
    '',
    '<!-- Generated from the rule objects (defineRule) by `node scripts/gen-docs.mjs`: do not edit by hand. -->',
    '',
    'Every record in `minutes parse` output names the rule that made it (`"rule": "commitment-agreed-to"`),',
    'and the file column says where that rule is declared. `minutes rules` prints the same list. Each rule',
    "runs its examples in `test/rule-examples.test.ts`: a valid example must give a record naming the rule,",
    'a near miss must not.',
  ];
  for (const stage of RULE_STAGES) {
    const rules = definedRules().filter((r) => r.stage === stage);
    if (rules.length === 0) continue;
    const note = STAGE_NOTES[stage];
    out.push('', `## ${stage}`, '', ...(note ? [note, ''] : []), '| id | reads | valid examples | near misses | file |', '| --- | --- | --- | --- | --- |');
    for (const r of rules) {
      const examples = (list: readonly string[]): string => list.map((e) => cell(JSON.stringify(e))).join('<br>');
      const source = ruleSource(r.id);
      out.push(`| \`${r.id}\` | ${cell(r.description)} | ${examples(r.examples.valid)} | ${examples(r.examples.invalid)} | ${source ? `[${source}](../${source})` : ''} |`);
    }
  }
  out.push('');
  return out.join('\n');
}
