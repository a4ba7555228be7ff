// A small pool of worker threads for `minutes parse`: tasks (runs of files)
// go to the least busy worker; a worker that dies (out of memory, a crash in
// native code) fails only the files of its task and is replaced.
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { unpackTexts, type Outcome, type Task, type TaskResult } from '../worker-protocol.js';

/**
 * The workers' heaps for text batches ('lean'), kept small so that peak
 * memory does not grow with the archive. By default a worker's young
 * generation grows to 2 x 16 MB, and V8
 * lets the old generation grow to about four times what survived the last
 * full collection before collecting it again (a worker keeps ~14 MB alive;
 * most of its ~90 MB heap was garbage waiting). A 12 MB young generation
 * (2 x 4 MB) and a 1.3 growing factor cost about the same CPU time. The
 * young generation is each worker's own limit; the growing factor is a V8
 * flag, so it applies to the main thread too once a pool starts (it holds
 * little). Neither can make a large file fail: the old generation's limit
 * stays V8's default. Batches of pages, Word files and PDFs run with V8's
 * defaults ('roomy', see planWorkers in src/batch.ts): their HTML trees and
 * page layouts outlive a 12 MB young generation.
 */
const WORKER_YOUNG_GENERATION_MB = 12;
const HEAP_GROWING_PERCENT = 30;

/** A task's answer: its outcomes in file order, and the buffer their JSON bytes are in (none when the task's worker died). */
export interface TaskOutcomes {
  /** Decoded when called: a task waiting for its turn holds only its buffer. */
  outcomes(): Outcome[];
  texts?: ArrayBuffer;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { task: Task; resolve: (result: TaskOutcomes) => void }>;
}

export type CrashOutcome = (task: Task, reason: string) => Outcome[];

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly url: URL,
    private readonly crashed: CrashOutcome,
    private readonly heap: 'lean' | 'roomy' = 'lean',
  ) {
    if (heap === 'lean') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url, this.heap === 'lean' ? { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } } : {}), pending: new Map() };
    slot.worker.on('message', (r: TaskResult) => {
      const p = slot.pending.get(r.id);
      if (!p) return;
      slot.pending.delete(r.id);
      p.resolve({ outcomes: () => unpackTexts(r), texts: r.texts });
    });
    const fail = (reason: string): void => {
      if (this.closed && slot.pending.size === 0) return;
      const i = this.slots.indexOf(slot);
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      for (const p of pending) {
        const outcomes = this.crashed(p.task, reason);
        p.resolve({ outcomes: () => outcomes });
      }
    };
    slot.worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
    slot.worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return slot;
  }

  /** Runs one task (its buffer, if any, is transferred to the worker); resolves to its outcomes in file order. */
  run(task: Task): Promise<TaskOutcomes> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise((resolve) => {
      slot.pending.set(task.id, { task, resolve });
      slot.worker.postMessage(task, task.buffer ? [task.buffer] : []);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
