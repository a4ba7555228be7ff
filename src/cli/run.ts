// Entry point of the bundled CLI (dist/cli.js).
import { setFlagsFromString } from 'node:v8';
import { main, readAllStdin } from './main.js';

// V8 first runs a regex in its bytecode interpreter and compiles it to machine
// code only once it is hot. The extractors' name patterns are thousands of
// characters long: interpreting them costs ~30 ms on the first file, so they
// are compiled straight away (regexes compile lazily, on first use, so setting
// the flag here is early enough; it applies to worker threads too).
setFlagsFromString('--no-regexp-tier-up');

// A closed stdout pipe (`minutes parse … | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: readAllStdin,
  // The bundled worker entry sits beside this bundle: dist/worker.cjs (resolved only for a worker pool).
  get workerUrl(): URL {
    return new URL('./worker.cjs', import.meta.url);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`minutes: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 3;
  },
);
