// The README as a newcomer reads it: its first lines are the set-up commands
// and a first parse, and its library example compiles against the package's
// types and runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The first fenced block of `lang` after the heading `heading`. */
function block(heading: string, lang: string): string {
  const text = `\n${README}`;
  const section = text.slice(text.indexOf(`\n${heading}\n`));
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section);
  if (!m) throw new Error(`no ${lang} block under ${heading}`);
  return m[1];
}

describe('README', () => {
  it('starts with npm install, npm test and a first parse', () => {
    const commands = block('# minutes', 'sh')
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm install', 'npm test', 'node bin/minutes.js parse fixtures/examples/budget-item.txt --pretty']);
    expect(existsSync(join(ROOT, 'fixtures/examples/budget-item.txt'))).toBe(true);
  });

  it('says how to install the published package', () => {
    expect(README).toContain('npm install -g council-minutes');
  });

  const example = block('## Library', 'ts');

  it('the library example type-checks against the package (council-minutes → src/index.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-readme-'));
    try {
      const file = join(dir, 'example.mts');
      writeFileSync(file, example);
      const program = ts.createProgram([file], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        baseUrl: ROOT,
        paths: { 'council-minutes': ['src/index.ts'] },
      });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the library example runs against the built package and prints what its comments say', () => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    const js = ts.transpileModule(example, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    // Inside the package folder, `import 'council-minutes'` resolves to the package itself (its "exports").
    const file = join(ROOT, `.readme-example-${process.pid}.mjs`);
    writeFileSync(file, js);
    try {
      const r = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe('Environment Committee 2025-03-03');
      expect(r.stdout).toContain("4 Tree Planting Programme [ 'the planting programme be approved. (line 7)' ]");
    } finally {
      rmSync(file, { force: true });
    }
  });
});
