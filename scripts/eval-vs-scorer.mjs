// Checks that `minutes eval` agrees with an external scorer (the corpus's
// score.mjs) on a gold folder: parses the folder to a temporary directory,
// runs both with --json, and prints both F1s per field and the largest gap.
//
//   node scripts/eval-vs-scorer.mjs --gold DIR --scorer PATH/score.mjs [--tolerance 0.01]
//
// Exit 1 when a field differs by more than the tolerance. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const gold = opt('--gold');
const scorer = opt('--scorer');
const tolerance = Number(opt('--tolerance', '0.01'));
if (!gold || !scorer) {
  console.error('usage: eval-vs-scorer.mjs --gold DIR --scorer score.mjs [--tolerance 0.01]');
  process.exit(2);
}
const cli = join(import.meta.dirname, '..', 'bin', 'minutes.js');
const ours = JSON.parse(execFileSync(process.execPath, [cli, 'eval', '--gold', gold, '--json'], { encoding: 'utf8' }));

const out = mkdtempSync(join(tmpdir(), 'minutes-eval-'));
try {
  const inputs = readdirSync(gold)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    // The input the eval pairs with each gold file: ID.txt first, else the original.
    .map((id) => ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'].map((e) => join(gold, id + e)).find((p) => existsSync(p)))
    .filter(Boolean);
  execFileSync(process.execPath, [cli, 'parse', ...inputs, '--out', out, '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const theirs = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--json'], { encoding: 'utf8' }));
  let worst = 0;
  console.log('field            eval F1  scorer F1    gap');
  for (const row of ours.fields) {
    const other = theirs.fields.find((r) => r.field === row.field);
    const gap = Math.abs(row.f1 - other.f);
    worst = Math.max(worst, gap);
    console.log(`${row.field.padEnd(15)}  ${row.f1.toFixed(3).padStart(7)}  ${other.f.toFixed(3).padStart(9)}  ${gap.toFixed(3)}`);
  }
  const macroGap = Math.abs(ours.macroF1 - theirs.macroF1);
  console.log(`${'macro F1'.padEnd(15)}  ${ours.macroF1.toFixed(3).padStart(7)}  ${theirs.macroF1.toFixed(3).padStart(9)}  ${macroGap.toFixed(3)}`);
  worst = Math.max(worst, macroGap);
  console.log(`largest gap ${worst.toFixed(4)} (tolerance ${tolerance})`);
  process.exitCode = worst > tolerance ? 1 : 0;
} finally {
  rmSync(out, { recursive: true, force: true });
}
