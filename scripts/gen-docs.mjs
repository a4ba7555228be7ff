// Regenerates docs/warnings.md from the warning registry (src/schema/warnings.ts).
// esbuild bundles the TypeScript source in memory, so no build is needed.
// test/warnings.test.ts fails when the committed file is out of date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  stdin: { contents: "export { warningsMarkdown } from './src/cli/rules-command.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { warningsMarkdown } = await import(url);
const out = join(root, 'docs', 'warnings.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, warningsMarkdown());
console.log(`wrote ${out}`);
