// Build: bundle the CLI and the library with esbuild (a bundled CLI starts
// about twice as fast as unbundled imports), then emit type declarations.
//
//   dist/cli.cjs, dist/worker.cjs   the CLI and its worker thread: one CommonJS file each
//   dist/cli.cache                  V8's code cache for dist/cli.cjs (bin/minutes.js)
//   dist/vendor/*.cjs               dependencies the CLI needs only on some runs
//   dist/index.js, dist/chunks/     the library (ESM)
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { ruleSourcesDefine } from './rule-sources.mjs';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // The file of each rule, for `minutes rules` (scripts/rule-sources.mjs).
  define: ruleSourcesDefine(process.cwd()),
};
// Native and heavyweight readers stay external: loaded only when a file needs them.
const EXTERNAL = ['better-sqlite3', 'pdfjs-dist'];

// The CLI is CommonJS, one file per thread, with no chunks. On Node 20 an ES
// module entry point costs ~4 ms before any of its code runs (the ESM loader)
// and every chunk a little more; a one-file text parse spent ~10 ms of its
// ~45 ms above `node -e 0` there. Inside the bundle, modules reached only by
// dynamic import (the other commands, the config loader, the readers but
// text, SQLite) are compiled but run only when first imported.
//
// Dependencies the CLI needs only on some runs are bundled on their own
// (dist/vendor/NAME.cjs) and required the first time a module that imports
// them runs, never at start-up. What each exports must match how src/
// imports it: named exports, a CommonJS module whose default import is
// module.exports, or an ES module's default export.
const VENDOR = {
  zod: 'named', // config, schema, --validate, validate, eval
  chalk: 'named', // colour on a terminal
  unified: 'named', // markdown and HTML readers
  'remark-parse': 'default',
  'rehype-parse': 'default',
  'iconv-lite': 'module', // HTML in legacy encodings
  'dingbat-to-unicode': 'module', // Word symbol characters (w:sym)
  'fast-glob': 'module', // directories and globs
  commander: 'module', // every command line but a plain `minutes parse FILES [options]` (src/cli/main.ts)
};

const vendorEntry = (name, kind) =>
  kind === 'named' ? `export * from ${JSON.stringify(name)};` : kind === 'module' ? `module.exports = require(${JSON.stringify(name)});` : `module.exports = require(${JSON.stringify(name)}).default;`;

const SRC = join(process.cwd(), 'src') + sep;
/** Bare imports from src/ in the CLI bundles: vendor packages become requires of dist/vendor/NAME.cjs; anything unlisted is an error. */
const vendorImports = {
  name: 'vendor-imports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.namespace === 'vendor') return undefined;
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      if (EXTERNAL.includes(name) || !args.importer.startsWith(SRC)) return undefined;
      if (name in VENDOR && name === args.path) return { path: name, namespace: 'vendor' };
      return { errors: [{ text: `${args.path}: add the package to VENDOR in scripts/build.mjs` }] };
    });
    // A CommonJS stub inside the bundle, so that static and dynamic imports alike become a require on first use.
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./vendor/${args.path}.cjs`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor' }, (args) => ({ path: args.path, external: true }));
  },
};

// commander requires node:child_process at load (~2 ms: it pulls in net, dgram
// and streams) for executable subcommands, which minutes does not have.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes(`${sep}node_modules${sep}commander${sep}`) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// The lexicon's tries (src/lexicon/build.ts) that parsing the examples makes, built into the CLI
// bundles so that they need not be made again at every start-up: a bundle of the parser is run
// once here and reports them.
const triesOf = async () => {
  const examples = readdirSync(join('fixtures', 'examples')).filter((f) => f.endsWith('.txt')).sort().map((f) => join('fixtures', 'examples', f));
  const contents = [
    "import { madeTries } from './src/lexicon/build.ts';",
    "import { parseMinutes } from './src/parse-text.ts';",
    "import { readFileSync } from 'node:fs';",
    'for (const f of process.argv.slice(2)) parseMinutes(readFileSync(f, "utf8"));',
    'process.stdout.write(JSON.stringify([...madeTries()]));',
  ].join('\n');
  const made = await build({ ...common, format: 'cjs', write: false, external: EXTERNAL, stdin: { contents, resolveDir: process.cwd(), loader: 'ts' } });
  const out = spawnSync(process.execPath, ['-', ...examples], { input: made.outputFiles[0].text, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0) throw new Error(`build: the tries could not be made: ${out.stderr}`);
  return out.stdout;
};
const prebuiltTries = await triesOf();

await build({
  ...common,
  format: 'cjs',
  entryPoints: { cli: 'src/cli/run.ts', worker: 'src/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  external: EXTERNAL,
  plugins: [vendorImports, lazyChildProcess],
  // import.meta.url (the worker's location, createRequire for the native readers) is this file's URL, made when first asked for.
  define: { ...common.define, 'import.meta.url': '__bundle.url', __PREBUILT_TRIES__: JSON.stringify(prebuiltTries) },
  banner: {
    js: "'use strict'; const __bundle = { get url() { return require('node:url').pathToFileURL(__filename).href; } }; const __importExternal = typeof __minutesImport === 'function' ? __minutesImport : (specifier) => import(specifier);",
  },
});
// bin/minutes.js compiles dist/cli.cjs with vm.Script (for V8's code cache),
// where import() fails on Node 20: the bundle's imports of external ES
// modules go through __importExternal, which bin/minutes.js provides.
const importExternal = (file) => {
  const external = new RegExp(`\\bimport\\(("(?:${EXTERNAL.join('|')})(?:/[^"]*)?")\\)`, 'g');
  const code = readFileSync(file, 'utf8').replace(external, '__importExternal($1)');
  if (code.split(/\bimport\(/).length !== 2) throw new Error(`build: ${file} has an import() that bin/minutes.js cannot run (only the banner's may be left)`);
  writeFileSync(file, code);
};
importExternal('dist/cli.cjs');
await build({
  ...common,
  format: 'cjs',
  entryPoints: Object.entries(VENDOR).map(([name, kind]) => ({ in: `vendor:${name}`, out: `vendor/${name}` })),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  plugins: [
    lazyChildProcess,
    {
      name: 'vendor-entries',
      setup(b) {
        b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice('vendor:'.length), namespace: 'vendor-entry' }));
        b.onLoad({ filter: /.*/, namespace: 'vendor-entry' }, (args) => ({ contents: vendorEntry(args.path, VENDOR[args.path]), loader: 'js', resolveDir: process.cwd() }));
      },
    },
  ],
});

// The library is ESM, built on its own: what only the library uses
// (parseMinutes on markdown, hence remark) stays out of the CLI.
await build({
  ...common,
  format: 'esm',
  external: EXTERNAL,
  // CommonJS dependencies inside an ESM bundle need require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/lib-[name]-[hash]',
});

// V8's code cache for dist/cli.cjs (see bin/minutes.js), made after a parse of
// a few small files so that it holds the functions a one-file run compiles. No V8 flag may be
// set during that run but those bin/minutes.js sets before compiling (a run of
// one small file keeps them: src/cli/regexp-mode.ts).
// The example and the largest text fixtures (varied layouts: more of the parser compiled into the
// cache; a one-file parse was ~5% faster than with the example alone), few and small enough that the
// run keeps the start-up regexp flags (src/cli/regexp-mode.ts: under OPTIMIZE_FROM files and bytes).
const CACHE_SAMPLE_FILES = 15;
const CACHE_SAMPLE_MAX_BYTES = 64 * 1024;
const sample = [join('fixtures', 'examples', readdirSync(join('fixtures', 'examples')).filter((f) => f.endsWith('.txt')).sort()[0])];
{
  const cases = readdirSync(join('fixtures', 'cases'))
    .map((d) => join('fixtures', 'cases', d, 'input.txt'))
    .filter((f) => existsSync(f))
    .map((f) => ({ f, size: statSync(f).size }))
    .sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : 1));
  let bytes = statSync(sample[0]).size;
  for (const { f, size } of cases) {
    if (sample.length >= CACHE_SAMPLE_FILES || bytes + size > CACHE_SAMPLE_MAX_BYTES) break;
    sample.push(f);
    bytes += size;
  }
}
/** `minutes parse SAMPLE` through bin/minutes.js: whether it took the code cache, and what it loaded. */
const startCli = (options) => {
  const report = "process.on('exit', () => process.stderr.write(JSON.stringify({ cached, files: Object.keys(require.cache), builtins: process.moduleLoadList })));";
  const script = `process.argv.splice(1, 0, 'minutes'); const cached = require('./bin/minutes.js').start(${JSON.stringify(options)}); ${report}`;
  return JSON.parse(spawnSync(process.execPath, ['-e', script, 'parse', ...sample, '--jobs', '1', '-q'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr);
};
const made = startCli({ writeCache: true });
if (!startCli({}).cached) console.warn('build: warning: bin/minutes.js does not take dist/cli.cache (start-up is ~7 ms slower)');
// Start-up guard (test/start-up.test.ts checks it too): a one-file text parse loads no vendor bundle and starts no worker threads.
const heavy = [...made.files.filter((f) => f.includes(`${sep}vendor${sep}`) || f.includes(`${sep}node_modules${sep}`)), ...made.builtins.filter((m) => /^NativeModule (?:worker_threads|child_process)$/.test(m))];
if (heavy.length) console.warn(`build: warning: a one-file parse loads what it does not need (load it on demand):\n  ${heavy.join('\n  ')}`);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--emitDeclarationOnly', '--outDir', 'dist/types'], { stdio: 'inherit' });
