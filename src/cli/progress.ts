// The progress bar: one line on stderr, redrawn at most ten times a second,
// only when stderr is a terminal (never in CI logs or when redirected).
export interface ProgressOptions {
  total: number;
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Colour the bar (already decided: TTY, no NO_COLOR, no --no-color). */
  paint?: (s: string) => string;
  now?: () => number;
}

const WIDTH = 24;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** The bar text: "[#####-------] 1200/10000 files  2400 files/s  ETA 4s". */
export function progressLine(done: number, total: number, elapsedSeconds: number, paint: (s: string) => string = (s) => s): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.NaN;
  return `[${paint('#'.repeat(filled))}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files  ${Math.round(rate)} files/s  ETA ${formatDuration(eta)}`;
}

export class Progress {
  private done = 0;
  private shown = false;
  private last = 0;
  private readonly start: number;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** One more file finished. */
  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.last < 100 && this.done < this.options.total) return;
    this.last = t;
    this.draw(t);
  }

  private draw(t: number): void {
    const line = progressLine(this.done, this.options.total, (t - this.start) / 1000, this.options.paint);
    this.options.stream.write(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  /** Clears the bar so another line can be printed; it is redrawn on the next tick. */
  clear(): void {
    if (!this.shown) return;
    this.options.stream.write('\r\x1b[2K');
    this.shown = false;
    this.last = 0;
  }
}
