// A small pool of worker threads for `minutes parse`: tasks (runs of files)
// go to the least busy worker; a worker that dies (out of memory, a crash in
// native code) fails only the files of its task and is replaced.
import { Worker } from 'node:worker_threads';
import { unpackTexts, type Outcome, type Task, type TaskResult } from '../worker-protocol.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { task: Task; resolve: (outcomes: Outcome[]) => void }>;
}

export type CrashOutcome = (task: Task, reason: string) => Outcome[];

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly url: URL,
    private readonly crashed: CrashOutcome,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.url), pending: new Map() };
    slot.worker.on('message', (r: TaskResult) => {
      const p = slot.pending.get(r.id);
      if (!p) return;
      slot.pending.delete(r.id);
      p.resolve(unpackTexts(r));
    });
    const fail = (reason: string): void => {
      if (this.closed && slot.pending.size === 0) return;
      const i = this.slots.indexOf(slot);
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
      for (const p of pending) p.resolve(this.crashed(p.task, reason));
    };
    slot.worker.on('error', (e) => fail(`worker thread failed: ${e.message}`));
    slot.worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return slot;
  }

  /** Runs one task; resolves to its outcomes in file order. */
  run(task: Task): Promise<Outcome[]> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    return new Promise((resolve) => {
      slot.pending.set(task.id, { task, resolve });
      slot.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
