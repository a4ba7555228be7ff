// Regenerates docs/warnings.md from the warning registry (src/schema/warnings.ts),
// docs/rules.md from the rule objects (defineRule, src/rules/define.ts) and
// docs/minutes.config.schema.json from the config schema (src/config/schema.ts).
// esbuild bundles the TypeScript source in memory, so no build is needed.
// test/warnings.test.ts fails when the committed file is out of date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleSourcesDefine } from './rule-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  stdin: {
    contents: "export { rulesMarkdown, warningsMarkdown } from './src/cli/rules-command.ts'; export { configJsonSchema } from './src/config/schema.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
  // The file of each rule, as the build records it.
  define: ruleSourcesDefine(root),
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { rulesMarkdown, warningsMarkdown, configJsonSchema } = await import(url);
const docs = {
  'warnings.md': warningsMarkdown(),
  'rules.md': rulesMarkdown(),
  'minutes.config.schema.json': `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
};
for (const [name, text] of Object.entries(docs)) {
  const out = join(root, 'docs', name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
