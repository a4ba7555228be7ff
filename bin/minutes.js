#!/usr/bin/env node
// The minutes CLI: runs dist/cli.cjs, the bundled CLI (CommonJS, like this
// file: see bin/package.json; an ES module entry point costs ~4 ms of
// start-up on Node 20).
//
// The build also writes dist/cli.cache: V8's code cache for the bundle, made
// after a one-file parse, so it holds the compiled top level and every
// function such a run calls. Compiling from it instead of from source saves
// ~7 ms of a one-file run. It is used only while dist/cli.cjs is the very file
// it was made from (same size and modification time: V8 itself checks only
// the length, and an edited bundle must not run stale code), and V8 rejects
// it for another Node version or other V8 flags; then the bundle is compiled
// from source as usual.
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'cli.cjs');
const CACHE = join(DIST, 'cli.cache');

/** The V8 data in dist/cli.cache when it was made from this bundle file. */
function readCache(stat) {
  try {
    const data = readFileSync(CACHE);
    const length = data.readUInt32LE(0);
    const made = JSON.parse(data.toString('utf8', 4, 4 + length));
    return made.size === stat.size && made.mtimeMs === stat.mtimeMs ? data.subarray(4 + length) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lexicon additions of minutes.config.json (--config FILE, else ./minutes.config.json),
 * passed to the rules in MINUTES_LEXICON (see src/lexicon/extend.ts): they must be known
 * before the rules' patterns are built, which happens when the bundle loads. The config is
 * only read here; the CLI validates it and reports any error.
 */
function passLocalLexicon(argv) {
  if (argv[0] === 'schema' || process.env.MINUTES_LEXICON) return;
  let file = join(process.cwd(), 'minutes.config.json');
  const k = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (k >= 0) file = argv[k].startsWith('--config=') ? argv[k].slice('--config='.length) : argv[k + 1];
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return;
  }
  const lists = config && typeof config.lexicon === 'object' && config.lexicon !== null ? { ...config.lexicon } : {};
  if (config && Array.isArray(config.honorifics) && config.honorifics.length > 0) {
    for (const name of ['HONORIFICS', 'MEMBER_HONORIFICS']) lists[name] = [...(Array.isArray(lists[name]) ? lists[name] : []), ...config.honorifics];
  }
  if (Object.keys(lists).length > 0) process.env.MINUTES_LEXICON = JSON.stringify(lists);
}

/**
 * Runs the CLI. With writeCache (the build), compiles from source and writes
 * dist/cli.cache when the process exits. Returns true when the code cache
 * was used.
 */
function start({ writeCache = false } = {}) {
  // The V8 flags must be those the cache was made with: run.ts sets these too (REGEXP_FLAGS in
  // src/cli/regexp-mode.ts), but only once compiled.
  if (!writeCache) passLocalLexicon(process.argv.slice(2));
  require('node:v8').setFlagsFromString('--no-regexp-tier-up --no-regexp-optimization');
  const vm = require('node:vm');
  const source = readFileSync(BUNDLE, 'utf8');
  const stat = statSync(BUNDLE);
  const cachedData = writeCache ? undefined : readCache(stat);
  // Code compiled by vm.Script cannot import() (Node 20), so the bundle imports
  // ES modules (the PDF reader's pdfjs) through this function, given as
  // __minutesImport (see importExternal in scripts/build.mjs).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __minutesImport) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const bundle = { exports: {} };
  // module.constructor is node:module's Module, without loading the public node:module (~0.5 ms).
  const bundleRequire = module.constructor.createRequire(BUNDLE);
  script.runInThisContext().call(bundle.exports, bundle.exports, bundleRequire, bundle, BUNDLE, DIST, (specifier) => import(specifier));
  if (writeCache) {
    process.on('exit', () => {
      const made = Buffer.from(JSON.stringify({ size: stat.size, mtimeMs: stat.mtimeMs }));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(made.length);
      writeFileSync(CACHE, Buffer.concat([length, made, script.createCachedData()]));
    });
  }
  return cachedData !== undefined && !script.cachedDataRejected;
}

if (require.main === module) start();
else module.exports = { start };
