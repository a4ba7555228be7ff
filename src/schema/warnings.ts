// The warning registry: every diagnostic the pipeline can emit, with a stable
// code (never reused) and a readable id, like markdownlint's ["MD026",
// "no-trailing-punctuation"]. Stages report by id; the code and severity are
// stamped here so no rule builds them itself.
import type { Warning } from './document.js';

export interface WarningRule {
  code: string;
  id: string;
  severity: 'warning' | 'error' | 'info';
  /** What it means, for docs/warnings.md and `minutes rules`. */
  description: string;
}

export const WARNING_RULES = [
  { code: 'MIN001', id: 'empty-input', severity: 'error', description: 'The file has no text at all.' },
  { code: 'MIN002', id: 'binary-input', severity: 'error', description: 'The file looks like binary data, not text in a supported format.' },
  { code: 'MIN003', id: 'undecodable-bytes', severity: 'warning', description: 'Bytes that are not valid UTF-8 were replaced with U+FFFD.' },
  { code: 'MIN004', id: 'input-too-large', severity: 'error', description: 'The file is larger than the --max-bytes limit.' },
  { code: 'MIN005', id: 'unreadable-input', severity: 'error', description: 'The file could not be read (missing, vanished, permission denied, corrupt container).' },
  { code: 'MIN006', id: 'not-minutes', severity: 'warning', description: 'No agenda item, resolution or minutes marker was found: the text may not be minutes.' },
  { code: 'MIN007', id: 'no-text-layer', severity: 'error', description: 'A PDF has no text layer (scanned pages); OCR it first.' },
  { code: 'MIN008', id: 'encrypted-input', severity: 'error', description: 'The document is password protected.' },
  { code: 'MIN009', id: 'legacy-encoding', severity: 'warning', description: 'The text was not UTF-8 and was read as Windows-1252 (£ and – as single bytes).' },
  { code: 'MIN018', id: 'minutes-in-pack', severity: 'warning', description: 'The file is a reports pack (frontsheet, membership, agenda): only the minutes inside it were parsed.' },
  { code: 'MIN019', id: 'metadata-fallback', severity: 'info', description: 'The minutes do not state the meeting date: it was taken from the file\'s metadata (YAML front matter), which may be the date the file was made.' },
  { code: 'MIN010', id: 'truncated-document', severity: 'warning', description: 'The text stops mid-item (a page cut off); what is there was parsed and nothing invented.' },
  { code: 'MIN011', id: 'resolution-outside-item', severity: 'warning', description: 'A RESOLVED clause appears before any agenda item.' },
  { code: 'MIN012', id: 'item-number-skipped', severity: 'warning', description: 'An item number skips one or more numbers in the sequence.' },
  { code: 'MIN013', id: 'item-number-repeated', severity: 'warning', description: 'An item number repeats (or goes backwards).' },
  { code: 'MIN014', id: 'present-and-apologies', severity: 'warning', description: 'A person is recorded both as present and as sending apologies.' },
  { code: 'MIN015', id: 'votes-exceed-present', severity: 'warning', description: 'A recorded vote count adds up to more than the members recorded as present.' },
  { code: 'MIN016', id: 'empty-resolution', severity: 'warning', description: 'A RESOLVED lead-in is followed by no clause text.' },
  { code: 'MIN017', id: 'item-without-minutes', severity: 'warning', description: 'An agenda item carries a "Minutes:" marker with nothing after it.' },
  { code: 'MIN030', id: 'unclaimed-line', severity: 'info', description: 'A line carries the vocabulary of a decision, motion, question or attendance list, but no rule made a record of it: check it by hand (parse --info prints these).' },
  { code: 'MIN020', id: 'rule-failed', severity: 'error', description: 'An extraction rule threw on this input; its records for the item are missing. This is a bug: please report it.' },
] as const satisfies readonly WarningRule[];

export type WarningId = (typeof WARNING_RULES)[number]['id'];

const BY_ID = new Map<string, WarningRule>(WARNING_RULES.map((r) => [r.id, r]));

export interface WarningPlace {
  line?: number | null;
  column?: number;
  page?: number;
}

/** Builds a warning value from its registry id: code and severity come from the registry. */
export function makeWarning(id: WarningId, message: string, place: WarningPlace = {}): Warning {
  const rule = BY_ID.get(id)!;
  const w: Warning = { code: rule.code, message, line: place.line ?? null, id: rule.id, severity: rule.severity };
  if (place.column !== undefined) w.column = place.column;
  if (place.page !== undefined) w.page = place.page;
  return w;
}
