// Entry point of the bundled CLI (dist/cli.js).
import { main, readAllStdin } from './main.js';

// A closed stdout pipe (`minutes parse … | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: readAllStdin,
  // The bundled worker entry sits beside this bundle: dist/worker.js.
  workerUrl: new URL('./worker.js', import.meta.url),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`minutes: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 3;
  },
);
