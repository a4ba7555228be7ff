// How diagnostics look on stderr, like other linters:
// "file:line:col  warning  message  id". The core never prints.
import type { Warning } from '../schema/document.js';

export function formatWarning(file: string, w: Warning): string {
  const place = w.line === null ? file : `${file}:${w.line}${w.column !== undefined ? `:${w.column}` : ''}`;
  return `${place}  ${w.severity ?? 'warning'}  ${w.message}  ${w.id ?? w.code}`;
}
