// How diagnostics look on stderr, like other linters:
// "file:line:col  warning  message  id". The core never prints.
import type { Warning } from '../schema/document.js';

export function formatWarning(file: string, w: Warning, paint?: { bad: (s: string) => string; warn: (s: string) => string }): string {
  const place = w.line === null ? file : `${file}:${w.line}${w.column !== undefined ? `:${w.column}` : ''}`;
  const severity = w.severity ?? 'warning';
  const shown = paint ? (severity === 'error' ? paint.bad(severity) : paint.warn(severity)) : severity;
  return `${place}  ${shown}  ${w.message}  ${w.id ?? w.code}`;
}

/** How messages are printed on stderr (--messages). */
export const MESSAGE_FORMATS = ['text', 'json', 'github'] as const;
export type MessageFormat = (typeof MESSAGE_FORMATS)[number];

/** One message as a JSON line: what CI tools turn into annotations. */
export function formatWarningJson(file: string, w: Warning): string {
  return JSON.stringify({ file, line: w.line, column: w.column ?? null, page: w.page ?? null, severity: w.severity ?? 'warning', code: w.code, id: w.id ?? null, message: w.message });
}

/** GitHub Actions workflow command (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). */
export function formatWarningGithub(file: string, w: Warning): string {
  const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const place = [`file=${escapeProperty(file)}`];
  if (w.line !== null) place.push(`line=${w.line}`);
  if (w.column !== undefined) place.push(`col=${w.column}`);
  place.push(`title=${escapeProperty(`${w.id ?? w.code} (${w.code})`)}`);
  return `::${w.severity === 'error' ? 'error' : 'warning'} ${place.join(',')}::${escapeData(w.message)}`;
}
