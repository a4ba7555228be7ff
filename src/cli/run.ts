// Entry point of the bundled CLI (dist/cli.js).
import { setFlagsFromString } from 'node:v8';
import { main, readAllStdin } from './main.js';
import { REGEXP_FLAGS } from './regexp-mode.js';

// V8 first runs a regex in its bytecode interpreter and compiles it to machine
// code only once it is hot. The extractors' name patterns are thousands of
// characters long: interpreting them costs ~30 ms on the first file, so they
// are compiled straight away (regexes compile lazily, on first use, so setting
// the flag here is early enough; it applies to worker threads too). They are
// compiled without V8's regexp optimizations until a batch asks for them
// (src/cli/regexp-mode.ts).
setFlagsFromString(REGEXP_FLAGS);

/** An error from the system (a full disk, a denied path): it has an errno code, and the user gets one line, not a trace. */
const isEnvironmentError = (e: unknown): e is NodeJS.ErrnoException => typeof (e as NodeJS.ErrnoException)?.code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';

// A closed stdout pipe (`minutes parse … | head`) ends the run quietly; any
// other failure to write the output (`> /dev/full`) ends it with one line and exit 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`minutes: cannot write the output: ${e.message}\n`);
  process.exit(1);
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
    if (isEnvironmentError(e)) {
      process.stderr.write(`minutes: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`minutes: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 3;
  },
);
