// The disposition column of a motions table ("1  Okafor / Lindqvist  That …  ADOPTED"): what became of the motion.
import type { MotionOutcome } from '../../schema/document.js';

// "ADOPTED", "AMENDED AND ADOPTED (See Motion 7)", "LOST", "AUTOMATIC REFERRAL TO THE EXECUTIVE POLICY COMMITTEE".
const TABLE_DISPOSITION = /\s((?:AMENDED\s+AND\s+)?ADOPTED|CARRIED|PASSED|LOST|DEFEATED|WITHDRAWN|REFERRED(?:\s+BACK)?|AUTOMATIC\s+REFERRAL|TABLED|DEFERRED)\b[A-Z0-9 ().,&'’-]*$/;

/**
 * The same column after any clause, stripped from a resolution's text: "…  ADOPTED", "…  AMENDED AND ADOPTED
 * (See Motion 7)". Narrower than TABLE_DISPOSITION: "the application be DEFERRED" ends in its own verb.
 */
export const DISPOSITION_COLUMN = /\s+(?:ADOPTED|CARRIED|LOST|DEFEATED|WITHDRAWN|PASSED|REFERRED|AMENDED AND ADOPTED)\b[A-Z0-9 ()]*$/;

/**
 * A motions-table row's wording without its disposition column, the outcome that column records, and
 * whether it records a decision (adopted: carried) or none (lost, withdrawn, referred, deferred).
 */
export function tableDisposition(text: string): { wording: string; outcome: MotionOutcome; decided: boolean | null } {
  const d = TABLE_DISPOSITION.exec(text);
  if (!d) return { wording: text, outcome: 'unknown', decided: null };
  const outcome = dispositionOutcome(d[1]);
  return { wording: text.slice(0, d.index).trim(), outcome, decided: outcome === 'carried' };
}

/** Adopted is carried, lost and withdrawn are themselves; a referral or deferral decides nothing yet. */
function dispositionOutcome(disposition: string): MotionOutcome {
  if (/ADOPTED|CARRIED|PASSED/.test(disposition)) return 'carried';
  if (/LOST|DEFEATED/.test(disposition)) return 'lost';
  if (/WITHDRAWN/.test(disposition)) return 'withdrawn';
  return 'unknown';
}
