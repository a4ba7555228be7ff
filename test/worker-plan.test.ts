// How `minutes parse` spreads a batch over threads (planWorkers): the
// workers the work pays for, by format and file count, within --jobs and the
// cores other processes leave free; and the output stays the same bytes
// whatever the plan, for batches of web pages, Word files and PDFs too
// (through the built CLI, so the worker threads run for real).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_WORK_PER_WORKER, othersBusy, planWorkers, predictedTime, readCpu, WARM_UP_WORK, type CpuReading } from '../src/batch.js';

const files = (n: number, ext: string): string[] => Array.from({ length: n }, (_, i) => `archive/m${i}.${ext}`);

describe('planWorkers', () => {
  it('keeps a small batch on the main thread whatever --jobs says', () => {
    expect(planWorkers(files(10, 'txt'), { jobs: 4, cores: 8 }).workers).toBe(1);
    expect(planWorkers(files(2 * MIN_WORK_PER_WORKER - 1, 'txt'), { jobs: 2, cores: 2 }).workers).toBe(1);
  });

  it('starts a worker for each share of work that pays for its warm-up: fewer PDFs than text files', () => {
    expect(planWorkers(files(2 * MIN_WORK_PER_WORKER, 'txt'), { cores: 4 }).workers).toBe(2);
    expect(planWorkers(files(8, 'pdf'), { cores: 4 }).workers).toBe(2);
    expect(planWorkers(files(40, 'docx'), { jobs: 4, cores: 4 }).workers).toBe(3);
  });

  it('by default starts only the workers that make the batch faster, each paying its own warm-up', () => {
    // Measured on 2 cores: 2,000 text files ran faster on one thread (8.9 s) than on two workers (9.6 s);
    // 6,000 ran faster on two (18.7 s against 22.0 s).
    expect(planWorkers(files(2000, 'txt'), { cores: 2 }).workers).toBe(1);
    expect(planWorkers(files(6000, 'txt'), { cores: 2 }).workers).toBe(2);
    // 200 web pages on 2 cores: --jobs 2 was slower than one thread.
    expect(planWorkers(files(200, 'html'), { cores: 2 }).workers).toBe(1);
    // Cores enough for every worker's helper threads: two workers beat one as soon as each has its share.
    expect(planWorkers(files(2 * MIN_WORK_PER_WORKER, 'txt'), { cores: 8 }).workers).toBe(2);
    expect(planWorkers(files(10000, 'txt'), { cores: 8 }).workers).toBe(6);
  });

  it('predicts one thread as warm-up plus work, and workers slowed by the cores they lack', () => {
    expect(predictedTime(1000, 1, 2)).toBe(WARM_UP_WORK + 1000);
    // Two workers on 8 cores do not contend: each warms up and parses half.
    expect(predictedTime(1000, 2, 8)).toBe(WARM_UP_WORK + 500);
    // On 2 cores they do.
    expect(predictedTime(1000, 2, 2)).toBeGreaterThan(WARM_UP_WORK + 500);
  });

  it('takes --jobs as the limit, and by default leaves the cores other processes keep busy', () => {
    expect(planWorkers(files(1000, 'txt'), { jobs: 3, cores: 8 }).workers).toBe(3);
    expect(planWorkers(files(1000, 'txt'), { jobs: 2, cores: 2 }).workers).toBe(2);
    expect(planWorkers(files(10000, 'txt'), { cores: 2 }).workers).toBe(2);
    expect(planWorkers(files(10000, 'txt'), { cores: 2, busy: 1.6 }).workers).toBe(1);
    expect(planWorkers(files(10000, 'txt'), { cores: 8 }).workers).toBe(6);
    expect(planWorkers(files(10000, 'txt'), { cores: 8, busy: 3 }).workers).toBe(4);
    // An explicit --jobs is not second-guessed by the load: the run is reproducible.
    expect(planWorkers(files(1000, 'txt'), { jobs: 2, cores: 2, busy: 4 }).workers).toBe(2);
  });

  it('gives workers V8’s default heap when pages, Word files or PDFs are much of the work, the lean one for text', () => {
    expect(planWorkers(files(100, 'txt'), { cores: 2 }).heap).toBe('lean');
    expect(planWorkers([...files(100, 'txt'), ...files(10, 'pdf')], { cores: 2 }).heap).toBe('roomy');
    expect(planWorkers(files(100, 'html'), { cores: 2 }).heap).toBe('roomy');
    expect(planWorkers([...files(300, 'txt'), ...files(2, 'docx')], { cores: 2 }).heap).toBe('lean');
  });
});

describe('othersBusy', () => {
  // Two readings 100 ms apart on 2 cores: 20 ticks of 10 ms in all.
  const at = (busy: number, own: number, ms = 100): [CpuReading, CpuReading] => [
    { at: 0, busy: 0, total: 0, own: 0 },
    { at: ms, busy, total: (2 * ms) / 10, own },
  ];

  it('counts the cores busy, less this process’s own threads (the load average lags: a run that just ended is not counted)', () => {
    // Idle but for this process, one core busy: nobody else.
    expect(othersBusy(...at(10, 100), 2)).toBe(0);
    // Both cores busy, this process one of them: one core taken by others.
    expect(othersBusy(...at(20, 100), 2)).toBeCloseTo(1);
    // This process on two threads (the main one and a compile thread): still nobody else.
    expect(othersBusy(...at(20, 200), 2)).toBe(0);
  });

  it('says nothing when too few ticks passed to tell', () => {
    expect(othersBusy(...at(1, 10, 10), 2)).toBeNull();
  });

  it('reads /proc/stat where there is one', () => {
    const r = readCpu();
    if (r) expect(r.total).toBeGreaterThanOrEqual(r.busy);
  });
});

describe('a batch of pages, Word files and PDFs', () => {
  const ROOT = join(import.meta.dirname, '..');
  const FORMATS = join(ROOT, 'fixtures', 'formats');
  const TMP = mkdtempSync(join(tmpdir(), 'minutes-plan-'));
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  it('writes the same bytes with one thread and with two workers', () => {
    const dir = join(TMP, 'mixed');
    mkdirSync(dir);
    // 30 of each: enough work for two workers at --jobs 2.
    for (let i = 0; i < 30; i++) {
      for (const f of ['meeting.docx', 'meeting.html', 'meeting.pdf']) copyFileSync(join(FORMATS, f), join(dir, `${String(i).padStart(2, '0')}-${f}`));
    }
    const run = (jobs: string): { stdout: string; report: string } => {
      const report = join(TMP, `report-${jobs}.json`);
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'minutes.js'), 'parse', dir, '--format', 'ndjson', '--jobs', jobs, '-q', '--report', report], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(r.status).toBe(0);
      return { stdout: r.stdout, report };
    };
    const one = run('1');
    const two = run('2');
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(90);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(readFileSync(two.report, 'utf8')).jobs).toBe(2);
  }, 120_000);
});
