// Items headed by letters or Roman numerals in sequence: "A. CALL TO ORDER", "B. ADOPTION OF THE AGENDA"
// (Canadian council minutes), "I. APOLOGIES", "II. MINUTES OF PREVIOUS MEETING" (Irish and parish minutes).
// Tried after numbered headings: a letter is weaker evidence than a number, so it takes a run of three.
import type { Token } from '../../tokenize/classify.js';
import { defineRule } from '../../rules/define.js';
import { cleanTitle, isHeadingShaped, mostlyCapitals, nextContent, type Start } from './shared.js';
import { fits, rejects, type LayoutRule } from './types.js';

/** A letter or a Roman numeral, a full stop or bracket, and a heading. Groups: 1 the marker, 2 the heading. */
const LETTERED_HEADING = /^([A-Z]|[IVXL]{1,7})[.)]\s{1,8}(\S.{1,150})$/;
/** A heading run into its minutes after a spaced dash. Groups: the heading, the minutes. */
const FUSED_MINUTES = /^(.{3,80}?)\s+[—–-]\s+(\S.*)$/;
/** A lower-case letter in brackets over a heading in capitals: "(a)  ADOPTION OF AGENDA". Groups as LETTERED_HEADING. */
const BRACKETED_LETTER_HEADING = /^(\([a-z]\))\s{1,8}(\S.{1,150})$/;
// How many headings in sequence make the layout.
const MIN_LETTERED = 3;
// How far the sequence may skip (an item withdrawn): B after A, or D after B.
const MAX_STEP = 2;

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral written the usual way ("IV" 4, "XII" 12), or null ("IIII", "VX"). */
export function romanValue(numeral: string): number | null {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const v = ROMAN_DIGITS[numeral[k]];
    const next = k + 1 < numeral.length ? ROMAN_DIGITS[numeral[k + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === numeral ? total : null;
}

function toRoman(n: number): string {
  const steps: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, numeral] of steps) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

interface Lettered {
  start: Start;
  marker: string;
}

function letteredCandidates(tokens: readonly Token[]): Lettered[] {
  const out: Lettered[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'bullet' && t.kind !== 'text' && t.kind !== 'numbered-heading') continue;
    const text = t.line.text.trim();
    // (Bracketed lower-case letters head items only over headings in capitals: "(a) the fees be increased" is a clause.)
    const bracketed = LETTERED_HEADING.test(text) ? null : BRACKETED_LETTER_HEADING.exec(text);
    const m = bracketed ?? LETTERED_HEADING.exec(text);
    if (!m || (bracketed && !mostlyCapitals(cleanTitle(m[2])))) continue;
    // "A. CALL TO ORDER — Reeve Stahl called the meeting to order at 9:00 a.m.": the heading in capitals, then its minutes.
    const fused = FUSED_MINUTES.exec(m[2]);
    const withMinutes = fused !== null && mostlyCapitals(fused[1]) && !mostlyCapitals(fused[2]) && /\b[a-z]{2,}\b/.test(fused[2]);
    const title = cleanTitle(withMinutes ? fused[1] : m[2]);
    // A heading, not a clause of a list ("A. the fees be increased."): heading-shaped, unpunctuated, and in
    // capitals or followed by minutes of its own.
    if (!isHeadingShaped(title) || /[.;,:]$/.test(title) || /^\p{Ll}/u.test(title)) continue;
    const next = nextContent(tokens, i + 1);
    // (A last heading with its minutes on its own line needs none after it: "D. ADJOURNMENT — The Reeve adjourned …".)
    if ((next < 0 && !withMinutes) || (next >= 0 && !mostlyCapitals(title) && LETTERED_HEADING.test(tokens[next].line.text.trim()))) continue;
    out.push({ start: { at: i, titleIndex: i, number: m[1], title }, marker: m[1] });
  }
  return out;
}

/** The longest run of candidates whose markers rise by one (or skip one), read as letters or as Roman numerals. */
function sequence(cands: readonly Lettered[], value: (marker: string) => number | null): Start[] {
  let best: Start[] = [];
  for (let s = 0; s < cands.length; s++) {
    const first = value(cands[s].marker);
    if (first === null || first > MAX_STEP) continue;
    const run = [cands[s].start];
    let last = first;
    for (let k = s + 1; k < cands.length; k++) {
      const v = value(cands[k].marker);
      if (v !== null && v > last && v <= last + MAX_STEP) {
        run.push(cands[k].start);
        last = v;
      }
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

// "B" and "(b)" both stand second.
const letterValue = (marker: string): number | null => {
  const letter = marker.length === 3 && marker[0] === '(' ? marker[1].toUpperCase() : marker;
  return letter.length === 1 ? letter.charCodeAt(0) - 64 : null;
};

export function letteredStarts(tokens: readonly Token[]): Start[] {
  const cands = letteredCandidates(tokens);
  const letters = sequence(cands, letterValue);
  const roman = sequence(cands, romanValue);
  return roman.length > letters.length ? roman : letters;
}

export const letteredLayout: LayoutRule = defineRule({
  id: 'layout-lettered',
  stage: 'layout',
  kind: 'numbered',
  description: 'Item headings marked by letters ("A. CALL TO ORDER", "B. …", or "(a)  ADOPTION OF AGENDA" over headings in capitals; a heading in capitals run into its minutes after a dash, "A. CALL TO ORDER — The Reeve called …", is the heading alone) or Roman numerals ("I. APOLOGIES", "II. …") in sequence: three or more.',
  examples: {
    context: 'document',
    valid: [
      'TOWNSHIP OF ELM CREEK\nRegular Council Meeting Minutes\n\nA. CALL TO ORDER\nThe Mayor called the meeting to order.\n\nB. ADOPTION OF THE AGENDA\nThe agenda was adopted.\n\nC. DELEGATIONS\nNone.',
      'DRUMKEEL PARISH COUNCIL\n\nI. APOLOGIES\nCllr Byrne.\n\nII. MINUTES\nApproved.\n\nIII. HALL REPAIRS\nThe quote was accepted.\n\nIV. CORRESPONDENCE\nNoted.',
      'COUNTY OF WILLOW BEND\nCouncil Meeting Minutes\n\nA. CALL TO ORDER — The Reeve called the meeting to order at 9:00 a.m.\n\nB. AGENDA\nThe agenda was approved.\n\nC. ADJOURNMENT — The Reeve adjourned the meeting at 10:20 a.m.',
      'REGIONAL DISTRICT OF ELK NARROWS\nMinutes of the Regular Board Meeting\n\n(a)  ADOPTION OF AGENDA\nTHAT the agenda be adopted.\nCARRIED\n\n(b)  BYLAW No. 14 – ZONING AMENDMENT\nThe Manager of Planning reviewed the report.\n\n(c)  ADJOURNMENT\nThe meeting adjourned at 2:40 pm.',
    ],
    invalid: ['DRUMKEEL PARISH COUNCIL\n\nThe Council resolved:\nA. that the hall fees be increased;\nB. that the Clerk write to the insurer;\nC. that the accounts be approved.'],
  },
  detect(tokens) {
    const starts = letteredStarts(tokens);
    return starts.length >= MIN_LETTERED ? fits(starts) : rejects(starts, `${starts.length} lettered heading(s) in sequence, ${MIN_LETTERED} needed`);
  },
});

/**
 * Lettered sections over numbered items ("A. CALL TO ORDER", "B. APPROVAL OF AGENDA", "C. REPORTS" then "1. Seawall …",
 * "2. …", "D. ADJOURNMENT"): a lettered section with minutes of its own is an item, one whose first content is a
 * numbered heading only holds those items and is a section header. The letters must open the document (the first
 * lettered heading before the first numbered one) and close it (a lettered heading after the last numbered one), so
 * lettered sub-headings inside numbered items ("5. Planning" then "A. Land at …") are not read as sections.
 */
export function letteredSectionStarts(tokens: readonly Token[], numbered: readonly Start[]): Start[] | null {
  const letters = sequence(letteredCandidates(tokens), letterValue);
  if (letters.length < MIN_LETTERED) return null;
  const lettered = new Set(letters.map((s) => s.at));
  const subItems = letterSubItems(tokens, letters);
  const subAt = new Set(subItems.map((s) => s.at));
  const nums = [...numbered.filter((s) => !lettered.has(s.at) && !subAt.has(s.at)), ...subItems].sort((a, b) => a.at - b.at);
  if (nums.length === 0 || letters[0].at > nums[0].at || letters[letters.length - 1].at < nums[nums.length - 1].at) return null;
  const numAt = new Set(nums.map((s) => s.at));
  const sections = letters.filter((s) => !numAt.has(nextContent(tokens, s.at + 1)));
  // At least one section only holds numbered items, and at least two have minutes of their own.
  if (sections.length === letters.length || sections.length < 2) return null;
  // A section header's line goes with its first numbered item (kept out of the item before and of the item's minutes).
  const headerOf = new Map(letters.filter((s) => !sections.includes(s)).map((s) => [nextContent(tokens, s.at + 1), s.at]));
  const items = nums.map((s) => (headerOf.has(s.at) ? { ...s, at: headerOf.get(s.at) as number } : s));
  return [...sections, ...items].sort((a, b) => a.at - b.at);
}

/** A sub-item numbered under its section's letter: "D.1 RCMP Quarterly Report", "E.2. Clubroot Inspections". Groups: letter, number, heading. */
const LETTER_SUB_ITEM = /^([A-Z])\.(\d{1,2})\.?\s{1,8}(\S.{1,150})$/;

/**
 * The sub-items numbered under the lettered sections ("E. INFRASTRUCTURE" then "E.1 Range Road Paving", "E.2 …"):
 * each carries its own section's letter and counts up from 1 within it.
 */
function letterSubItems(tokens: readonly Token[], letters: readonly Start[]): Start[] {
  const out: Start[] = [];
  let section = -1;
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (section + 1 < letters.length && letters[section + 1].at === i) {
      section++;
      last = 0;
      continue;
    }
    const t = tokens[i];
    if (section < 0 || (t.kind !== 'bullet' && t.kind !== 'text' && t.kind !== 'numbered-heading')) continue;
    const m = LETTER_SUB_ITEM.exec(t.line.text.trim());
    if (!m || m[1] !== letters[section].number || Number(m[2]) !== last + 1) continue;
    const title = cleanTitle(m[3]);
    if (!isHeadingShaped(title) || /[.;,:]$/.test(title)) continue;
    last++;
    out.push({ at: i, titleIndex: i, number: `${m[1]}.${m[2]}`, title });
  }
  return out;
}

export const letteredSectionsLayout: LayoutRule = defineRule({
  id: 'layout-lettered-sections',
  stage: 'layout',
  kind: 'numbered',
  description:
    'Lettered sections ("A. CALL TO ORDER", "B. …") with numbered items under some of them ("C. REPORTS" then "1. Seawall …", or "E.1 Paving Tender", "E.2 …" under "E."): each lettered section with minutes of its own is an item, as is each numbered item; a lettered section whose first line is a numbered item is a section header.',
  examples: {
    context: 'document',
    valid: [
      'DISTRICT OF ALDER POINT\nCommittee of the Whole Minutes\n\nA. CALL TO ORDER\nThe Chair called the meeting to order.\n\nB. APPROVAL OF AGENDA\nTHAT the agenda be approved.\nCARRIED\n\nC. STAFF REPORTS\n1. Boat Launch Renewal\nReceived for information.\n\n2. Trail Signage\nReceived for information.\n\nD. ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.',
      'COUNTY OF ELK VALLEY\nRegular Council Meeting Minutes\n\nA. CALL TO ORDER\nThe Reeve called the meeting to order.\n\nB. AGENDA\n25-101 Councillor Dube moved that the agenda be adopted.\nCARRIED\n\nC. INFRASTRUCTURE\nC.1 Gravel Crushing Tender\nThe Director reviewed the bids.\n\nC.2 Bridge File 7742\nReceived for information.\n\nD. ADJOURNMENT\nThe meeting adjourned at 11:10 a.m.',
    ],
    invalid: [
      // Lettered headings inside numbered items are sub-headings of those items.
      'TOWN OF BIRCH HILL\nCouncil Minutes\n\n1. Planning Applications\n\nA. LAND AT MILL ROAD\nNo objection.\n\nB. LAND AT HIGH STREET\nNo objection.\n\nC. LAND AT CHURCH LANE\nObjection.\n\n2. Finance\nThe accounts were approved.',
    ],
  },
  detect(tokens, context) {
    const starts = letteredSectionStarts(tokens, context.detect('layout-numbered').starts);
    return starts ? fits(starts) : rejects([], 'no lettered sections opening and closing the document with numbered items under one');
  },
});
