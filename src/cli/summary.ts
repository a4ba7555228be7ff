// The end-of-run summary: counted as documents are emitted, printed on
// stderr and, with --report FILE, written as JSON for CI dashboards.
import type { Warning } from '../schema/document.js';
import type { Outcome } from '../worker-protocol.js';
import { VERSION } from '../version.js';
import type { NotRead } from './inputs.js';
import { WARNING_RULES } from '../schema/warnings.js';

export interface FailedFile {
  file: string;
  code: string;
  id: string;
  message: string;
}

export interface RunReport {
  tool: string;
  files: number;
  parsed: number;
  skipped: number;
  failed: number;
  items: number;
  resolutions: number;
  actions: number;
  questions: number;
  /** Warnings that are not errors, by code ("MIN006": 3). */
  warnings: Record<string, number>;
  /** Info notes by code (unclaimed lines): what the rules could not settle; never a failure. */
  notes: Record<string, number>;
  /** Every failed file with the reason. */
  failures: FailedFile[];
  bytes: number;
  seconds: number;
  megabytesPerSecond: number;
  jobs: number;
  /** Files the directories and globs listed but the run did not read (--ignore, .minutesignore, other kinds of file). */
  notRead: NotRead;
}

export class Tally {
  readonly report: RunReport;

  constructor(jobs: number, notRead: NotRead = { ignored: 0, byExtension: {} }) {
    this.report = { tool: VERSION, files: 0, parsed: 0, skipped: 0, failed: 0, items: 0, resolutions: 0, actions: 0, questions: 0, warnings: {}, notes: {}, failures: [], bytes: 0, seconds: 0, megabytesPerSecond: 0, jobs, notRead };
  }

  add(o: Outcome): void {
    const r = this.report;
    r.files++;
    r.bytes += o.bytes;
    if (o.skipped) {
      r.skipped++;
    } else {
      r.parsed++;
      r.items += o.tally.items;
      r.resolutions += o.tally.resolutions;
      r.actions += o.tally.actions;
      r.questions += o.tally.questions;
    }
    // A file skipped as unchanged still counts its stored warnings and failure (CI gates hold on a re-run).
    for (const w of o.warnings) {
      if (w.severity === 'info') r.notes[w.code] = (r.notes[w.code] ?? 0) + 1;
      else if (w.severity !== 'error') r.warnings[w.code] = (r.warnings[w.code] ?? 0) + 1;
    }
    if (o.failed) {
      r.failed++;
      const errors: Warning[] = o.warnings.filter((w) => w.severity === 'error');
      const first = errors[0] ?? o.warnings[0];
      r.failures.push({ file: o.path, code: first?.code ?? '', id: first?.id ?? '', message: errors.map((w) => w.message).join('; ') || 'failed' });
    }
  }

  /** A file parsed but whose output could not be written. */
  failOutput(file: string, message: string): void {
    this.report.failed++;
    this.report.failures.push({ file, code: 'output-failed', id: 'output-failed', message });
  }

  /** Total warnings that are not errors (for --frail). */
  get warningCount(): number {
    return Object.values(this.report.warnings).reduce((a, b) => a + b, 0);
  }

  finish(seconds: number): RunReport {
    this.report.seconds = Math.round(seconds * 1000) / 1000;
    this.report.megabytesPerSecond = seconds > 0 ? Math.round((this.report.bytes / 1e6 / seconds) * 10) / 10 : 0;
    return this.report;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const ID_OF_CODE = new Map<string, string>(WARNING_RULES.map((w) => [w.code, w.id]));

/** "not-minutes ×3, item-number-skipped ×1": warnings by id, as the message lines name them, in code order. */
export function describeWarnings(byCode: Record<string, number>): string {
  return Object.keys(byCode)
    .sort()
    .map((c) => `${ID_OF_CODE.get(c) ?? c} ×${byCode[c]}`)
    .join(', ');
}

/** "2 ignored, 3 .json, 1 without extension" wrapped in before/after; '' when nothing was left unread. */
export function describeNotRead(n: NotRead, before = '', after = ''): string {
  const parts: string[] = [];
  if (n.ignored) parts.push(`${n.ignored} ignored`);
  for (const ext of Object.keys(n.byExtension).sort()) parts.push(`${n.byExtension[ext]} ${ext || 'without extension'}`);
  return parts.length ? `${before}${parts.join(', ')}${after}` : '';
}

/** The summary as stderr lines. */
export function formatSummary(r: RunReport, paint: { bad: (s: string) => string; good: (s: string) => string; dim: (s: string) => string } = { bad: (s) => s, good: (s) => s, dim: (s) => s }): string {
  const lines: string[] = [];
  const head = [plural(r.files, 'file'), `${r.parsed} parsed`];
  if (r.skipped) head.push(`${r.skipped} skipped (unchanged)`);
  head.push(r.failed ? paint.bad(`${r.failed} failed`) : paint.good('0 failed'));
  lines.push(`minutes: ${head.join(', ')}`);
  lines.push(`  ${plural(r.items, 'item')}, ${plural(r.resolutions, 'resolution')}, ${plural(r.actions, 'action')}, ${plural(r.questions, 'question')}`);
  const codes = Object.keys(r.warnings).sort();
  const notRead = describeNotRead(r.notRead, '  not read: ');
  if (notRead) lines.push(notRead);
  if (codes.length) lines.push(`  warnings: ${describeWarnings(r.warnings)}`);
  const notes = Object.keys(r.notes).sort();
  if (notes.length) lines.push(`  notes: ${describeWarnings(r.notes)} (lines no rule read; --info prints them)`);
  for (const f of r.failures) lines.push(`  ${paint.bad('failed')} ${f.file}: ${f.message} (${f.code})`);
  lines.push(paint.dim(`  ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(2)} s, ${r.megabytesPerSecond.toFixed(1)} MB/s, ${plural(r.jobs, 'job')}`));
  return `${lines.join('\n')}\n`;
}
