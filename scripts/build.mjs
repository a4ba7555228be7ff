// Build: bundle the CLI and the library with esbuild (a bundled CLI starts
// about twice as fast as unbundled imports), then emit type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Native and heavyweight readers stay external: loaded only when a file needs them.
  external: ['better-sqlite3', 'pdfjs-dist', 'mammoth'],
  // CommonJS dependencies inside an ESM bundle need require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};
// The CLI and its worker thread share chunks; the library is built on its own so
// that what only the library uses (parseMinutes on markdown, hence remark) does
// not end up in a chunk the CLI loads at start-up. Heavy modules the CLI needs
// only sometimes (remark, zod, chalk) are dynamic imports: separate chunks.
// parse.ts imports the markdown reader statically for the library's synchronous
// parseMinutes(text, { format: 'markdown' }). The CLI never calls that (files
// go through parseBuffer, whose reader loads remark with a dynamic import),
// but a static edge would put remark (~20 ms) into the CLI's start-up chunks.
// In the CLI bundle that one import is replaced by a stub that says so.
const lazyMarkdown = {
  name: 'lazy-markdown',
  setup(b) {
    b.onResolve({ filter: /^\.\/read\/markdown\.js$/ }, (args) => (args.importer.endsWith(`src${sep}parse.ts`) ? { path: 'markdown-stub', namespace: 'lazy-markdown' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-markdown' }, () => ({
      contents: "export function markdownToLines() { throw new Error('parseMinutes on markdown text is library-only: the CLI reads markdown files through parseBuffer'); }",
      loader: 'js',
    }));
  },
};
const cli = await build({ ...common, plugins: [lazyMarkdown], entryPoints: { cli: 'src/cli/run.ts', worker: 'src/worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', metafile: true });
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/lib-[name]-[hash]' });

// Start-up guard: nothing heavy may be loaded statically by dist/cli.js.
const HEAVY = /node_modules\/(?:zod|unified|remark-parse|micromark[^/]*|mdast-util-from-markdown|chalk)\//;
const staticInputs = new Set();
const visit = (file) => {
  const out = cli.metafile.outputs[file];
  for (const input of Object.keys(out.inputs)) staticInputs.add(input);
  for (const imp of out.imports) if (imp.kind === 'import-statement' && cli.metafile.outputs[imp.path] && !staticInputs.has(`chunk:${imp.path}`)) {
    staticInputs.add(`chunk:${imp.path}`);
    visit(imp.path);
  }
};
visit('dist/cli.js');
const heavy = [...staticInputs].filter((i) => HEAVY.test(i));
if (heavy.length) console.warn(`build: warning: dist/cli.js loads heavy modules at start-up (make them dynamic imports):\n  ${[...new Set(heavy.map((h) => h.replace(/.*node_modules\//, '').split('/')[0]))].join(', ')}`);
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--emitDeclarationOnly', '--outDir', 'dist/types'], { stdio: 'inherit' });
