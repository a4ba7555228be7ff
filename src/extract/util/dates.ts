// Dates as minutes write them: "Wednesday, 28th November, 2018", "9 January 2025",
// "2018 December 03", "November 28, 2018", "28/11/2018", "28.11.18".
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// PDF copies may part the ordinal from its day: "28 th November 2017".
const DAY = '(?<!\\d)(\\d{1,2})(?:\\s?(?:st|nd|rd|th)\\b)?';
const YEAR = '((?:19|20)\\d{2})';

// "28th November, 2018" / "9 January 2025"
// A bilingual heading names the month twice, the other language first: "10 Mawrth / March 2025", "3 Márta / March 2025".
const OTHER_LANGUAGE_MONTH = "(?:[A-Za-z\\u00C0-\\u017F]{3,12}\\s?\\/\\s?)?";
const DAY_MONTH_YEAR = new RegExp(`${DAY}\\s+(?:of\\s+)?${OTHER_LANGUAGE_MONTH}${MONTH},?\\s+${YEAR}\\b`, 'i');
// "November 28, 2018" / "December 3rd 2018"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
// "2018 December 03" (Burnaby)
const YEAR_MONTH_DAY = new RegExp(`\\b${YEAR}\\s+${MONTH}\\s+${DAY}\\b`, 'i');
// "28/11/2018", "28.11.2018", "28-11-2018" (UK and Commonwealth order)
const NUMERIC_DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b/;
// "2018-11-28"
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

/** Finds the first full date in the text and returns it as ISO, with where it was. */
export function findDate(text: string): FoundDate | null {
  // Every form holds a year, four digits from 1900 to 2099: most sentences (actions ask of each) have none.
  if (!hasYear(text)) return null;
  let best: FoundDate | null = null;
  const consider = (m: RegExpExecArray | null, y: number, mo: number, d: number): void => {
    if (!m) return;
    const value = iso(y, mo, d);
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, text: m[0] };
  };
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) consider(m, +m[3], MONTHS[m[2].toLowerCase().replace('.', '')], +m[1]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m) consider(m, +m[3], MONTHS[m[1].toLowerCase().replace('.', '')], +m[2]);
  m = YEAR_MONTH_DAY.exec(text);
  if (m) consider(m, +m[1], MONTHS[m[2].toLowerCase().replace('.', '')], +m[3]);
  m = NUMERIC_DMY.exec(text);
  if (m) consider(m, +m[3], +m[2], +m[1]);
  m = ISO.exec(text);
  if (m) consider(m, +m[1], +m[2], +m[3]);
  return best;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * True when the text holds "19" or "20" and two more digits: the YEAR every date pattern needs. One pass
 * that stops at the first year, so a long text with a date near its start is not read to its end.
 */
export function hasYear(text: string): boolean {
  const n = text.length - 3;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x31 && c !== 0x32) continue;
    const next = text.charCodeAt(i + 1);
    if ((c === 0x31 ? next === 0x39 : next === 0x30) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) return true;
  }
  return false;
}
