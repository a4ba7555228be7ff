// How diagnostics look on stderr, like other linters:
// "file:line:col  warning  message  id". The core never prints.
import type { Warning } from '../schema/document.js';

export function formatWarning(file: string, w: Warning, paint?: { bad: (s: string) => string; warn: (s: string) => string }): string {
  const place = w.line === null ? file : `${file}:${w.line}${w.column !== undefined ? `:${w.column}` : ''}`;
  const severity = w.severity ?? 'warning';
  const shown = paint ? (severity === 'error' ? paint.bad(severity) : paint.warn(severity)) : severity;
  return `${place}  ${shown}  ${w.message}  ${w.id ?? w.code}`;
}
