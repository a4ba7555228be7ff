// Worker thread entry (bundled to dist/worker.js): parses the files of each
// task it is sent and answers with their outcomes in order. It never writes
// output; the main thread does, in sorted input order.
import { parentPort } from 'node:worker_threads';
import type { CompiledConfig } from './config/compile.js';
import { parseOne, TextPacker, type Task, type TaskResult } from './worker-protocol.js';

if (!parentPort) throw new Error('dist/worker.js runs as a worker thread of the minutes CLI');
const port = parentPort;

let config: { file: string; compiled: Promise<CompiledConfig | undefined> } | undefined;

/** The task's config, loaded once per worker (the main thread already validated it). */
function configOf(file: string | undefined): Promise<CompiledConfig | undefined> {
  if (file === undefined) return Promise.resolve(undefined);
  if (config?.file !== file) config = { file, compiled: import('./config/load.js').then((m) => m.loadConfig(file)?.config) };
  return config.compiled;
}

async function run(task: Task): Promise<void> {
  const options = { ...task.options, config: await configOf(task.options.configFile) };
  const packer = new TextPacker(task.buffer);
  for (const file of task.files) packer.add((await parseOne(file, options)).outcome);
  const result: TaskResult = packer.result(task.id);
  port.postMessage(result, [result.texts]);
}

// Tasks queued on this worker run one after another.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: Task) => {
  queue = queue.then(() => run(task));
});
