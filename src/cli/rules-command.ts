// `minutes rules [--json]`: every rule (id, stage, phrasing, example) and every
// warning (code, id, meaning), generated from the rule objects themselves
// (defineRule's catalogue) and the warning registry.
// warningsMarkdown() is the source of docs/warnings.md (scripts/gen-docs.mjs).
import { definedRules, type RuleMeta } from '../rules/define.js';
// Importing the pipeline declares every rule object (defineRule) it runs.
import '../parse.js';
import { WARNING_RULES } from '../schema/warnings.js';
import type { LineRule } from '../tokenize/classify.js';

export interface RulesCommandOptions {
  json?: boolean;
  stage?: string;
}

/**
 * Every rule in pipeline order. With a config, the line stage is the
 * configured table (its own rules added, disabled ones left out).
 */
export function ruleList(lineRules?: readonly LineRule[]): RuleMeta[] {
  const declared = definedRules();
  return lineRules ? [...lineRules, ...declared.filter((r) => r.stage !== 'line')] : declared;
}

export function runRules(opts: RulesCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, lineRules?: readonly LineRule[]): number {
  const rules = ruleList(lineRules)
    .filter((r) => !opts.stage || r.stage === opts.stage)
    .map(({ id, stage, description, examples }) => ({ id, stage: stage as string, description, example: examples.valid[0] }));
  if (opts.stage && rules.length === 0) {
    io.stderr.write(`minutes: no rules in stage "${opts.stage}"\n`);
    return 2;
  }
  if (opts.json) {
    const out = { rules: rules.map(({ id, stage, description, example }) => ({ id, stage, description, example })), warnings: opts.stage ? [] : WARNING_RULES };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const stageWidth = Math.max(...rules.map((r) => r.stage.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.stage.padEnd(stageWidth)}  ${r.description}${r.example ? `  e.g. ${JSON.stringify(r.example)}` : ''}`);
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
