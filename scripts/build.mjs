// Build: bundle the CLI and the library with esbuild (a bundled CLI starts
// about twice as fast as unbundled imports), then emit type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

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
await build({ ...common, entryPoints: { cli: 'src/cli/run.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--emitDeclarationOnly', '--outDir', 'dist/types'], { stdio: 'inherit' });
