// Which file declares each rule, so that `minutes rules` leads from a record's
// `rule` id to the file of its rule in one step. A bundle keeps no file names,
// so the map is made when building: every `id: 'kebab-id'` written in src/ is
// looked up, and the map reaches the code as the constant __RULE_SOURCES__
// (esbuild's and vitest's `define`; scripts/build.mjs, scripts/gen-docs.mjs,
// vitest.config.ts). test/rules.test.ts checks that every declared rule is in
// it, once, in the built CLI too.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ID = /\bid:\s*(['"])([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\1/g;

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** Every id literal under root/src, with the files (relative, '/'-separated) that write it. */
export function ruleSources(root) {
  const map = {};
  for (const file of tsFiles(join(root, 'src'))) {
    const rel = relative(root, file).split(sep).join('/');
    for (const m of readFileSync(file, 'utf8').matchAll(ID)) {
      const files = (map[m[2]] ??= []);
      if (!files.includes(rel)) files.push(rel);
    }
  }
  return map;
}

/** The `define` entry that hands the map to the code. */
export function ruleSourcesDefine(root) {
  return { __RULE_SOURCES__: JSON.stringify(ruleSources(root)) };
}
