// classifyLine: an ordered table of small line rules, first match wins (like
// chrono-node's parser list). Rules look at one line only; context decisions
// (is this numbered line a heading or a paragraph?) belong to segment/.
import type { SourceLine } from '../read/types.js';
import * as P from './patterns.js';
import { expandTableRows } from './table-rows.js';
import { splitRunOnLines } from './flattened.js';

export type TokenKind =
  | 'blank'
  | 'furniture' // page numbers, listing headings, link residue: dropped
  | 'agenda-item-marker' // "Agenda item" page header above a title
  | 'item-number' // a number alone: "124."
  | 'numbered-heading' // "76.    Apologies" (a candidate: segment decides)
  | 'decision-title' // "18/04/2024 - Title ref: 3158" in a decision listing
  | 'record-field' // "Decision Maker: Cabinet" and other decision-record labels
  | 'item-reference' // "(Item 1)"
  | 'minutes-marker' // "Minutes:"
  | 'documents-marker' // "Additional documents:"
  | 'resolved' // RESOLVED lead-in
  | 'decision-heading' // "Decision:"
  | 'action-heading' // "Action points"
  | 'question-lead-in' // "Members requested and received clarification on the following"
  | 'attendance' // "PRESENT: …", "Apologies: …"
  | 'presenting-attendance' // "In attendance to present this item were:"
  | 'bullet' // any bullet or numbered/lettered marker
  | 'bullet-marker' // a marker alone on its line
  | 'heading' // a heading the reader marked (markdown, html)
  | 'text';

export interface Token {
  kind: TokenKind;
  line: SourceLine;
  /** The line's content after any marker or lead-in. */
  text: string;
  /** Bullet marker, item number, or attendance label, as written. */
  marker?: string;
  /** Id of the rule that fired, for `minutes inspect` and `minutes rules`. */
  rule: string;
}

export interface LineRule {
  id: string;
  kind: TokenKind;
  /** What minute phrasing the rule matches. */
  description: string;
  example: string;
  /**
   * The characters a line this rule matches can begin with (one character
   * class). classifyLine tries the rule only on such lines, so a line is
   * tested against the handful of rules its first character allows rather
   * than the whole table. Without it the rule is tried on every line.
   */
  starts?: RegExp;
  /** A cheap test every line the rule matches passes (a word it must contain), tried before the full pattern. */
  requires?: RegExp;
  match(line: SourceLine): { text: string; marker?: string } | null;
}

const fromRegex =
  (re: RegExp, textGroup: number, markerGroup?: number) =>
  (line: SourceLine): { text: string; marker?: string } | null => {
    const m = re.exec(line.text);
    if (!m) return null;
    const out: { text: string; marker?: string } = { text: (m[textGroup] ?? '').trim() };
    if (markerGroup !== undefined && m[markerGroup] !== undefined) out.marker = m[markerGroup];
    return out;
  };

// A capital initial, a surname and a comma: "D. Ross, Director Engineering, …" (Canadian minutes name staff so).
const INITIAL_AND_SURNAME = /^[A-Z]\.\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?,\s/;

// Lines longer than this are paragraphs, never headings or lead-ins that end a line.
const MAX_HEADING_LENGTH = 200;

/** The rule table. Order matters where comments say so. */
export const LINE_RULES: LineRule[] = [
  {
    id: 'blank',
    kind: 'blank',
    description: 'An empty or whitespace-only line.',
    example: '',
    match: (l) => (l.text === '' ? { text: '' } : null),
  },
  {
    id: 'link-residue',
    kind: 'furniture',
    description: 'Link residue copied from ModernGov pages.',
    example: 'pdf icon PDF 129 KB',
    starts: /[pdwexvm•\s]/i,
    match: fromRegex(P.LINK_RESIDUE, 0),
  },
  {
    id: 'page-furniture',
    kind: 'furniture',
    description: 'Page numbers and running page marks from printed minutes.',
    example: 'Page 3 of 12',
    starts: /[p\d-]/i,
    match: fromRegex(P.PAGE_FURNITURE, 0),
  },
  {
    id: 'decision-listing-title',
    kind: 'decision-title',
    description: 'A decision title line in a ModernGov decisions listing.',
    example: '12/03/2025 - Depot Roof Repairs ref: 4127  Recommendations Approved',
    starts: /\d/,
    match: fromRegex(P.DECISION_LISTING_TITLE, 1),
  },
  {
    id: 'decision-record-field',
    kind: 'record-field',
    description: 'A field label of a ModernGov decision record (decision maker, dates, call-in).',
    example: 'Decision Maker: Cabinet',
    starts: /[dmpeirwlao]/i,
    match: fromRegex(P.DECISION_RECORD_FIELD, 2, 1),
  },
  {
    id: 'agenda-item-marker',
    kind: 'agenda-item-marker',
    description: 'The "Agenda item" header of a ModernGov single-item page.',
    example: 'Agenda item',
    starts: /a/i,
    match: fromRegex(P.AGENDA_ITEM_MARKER, 0, 1),
  },
  {
    id: 'listing-furniture',
    kind: 'furniture',
    description: 'Listing and page headings on meeting pages ("No. Item", "Agenda and minutes", "Decision details").',
    example: 'No. Item',
    starts: /[niamdcuerophy]/i,
    match: fromRegex(P.LISTING_FURNITURE, 0),
  },
  {
    id: 'item-reference',
    kind: 'item-reference',
    description: 'An agenda-item cross-reference under a printed minute heading.',
    example: '(Item 5)',
    starts: /\(/,
    match: fromRegex(P.ITEM_REFERENCE, 0),
  },
  {
    id: 'minutes-marker',
    kind: 'minutes-marker',
    description: 'The "Minutes:" marker ending an item description.',
    example: 'Minutes:',
    starts: /m/i,
    match: fromRegex(P.MINUTES_MARKER, 1),
  },
  {
    id: 'documents-marker',
    kind: 'documents-marker',
    description: 'Supporting / additional documents markers.',
    example: 'Additional documents:',
    starts: /[sab]/i,
    match: fromRegex(P.DOCUMENTS_MARKER, 0),
  },
  // Before bullets and numbered headings: "3. RESOLVED that …" is a resolution, not a paragraph.
  {
    id: 'numbered-motion',
    kind: 'resolved',
    description: 'A numbered motion with mover and seconder before THAT (Canadian minutes).',
    example: 'R2018-206 J. Scott, L. Andersen: That the minutes of the meeting held November 20, 2018 be adopted as published. Carried.',
    starts: /[A-Z]/,
    match: (l) => {
      const m = P.NUMBERED_MOTION.exec(l.text);
      if (m) return { text: (m[3] ?? '').trim(), marker: m[1] };
      const bare = P.NUMBERED_MOTION_MOVERS_ONLY.exec(l.text);
      return bare ? { text: '', marker: bare[1] } : null;
    },
  },
  {
    id: 'motion-table-row',
    kind: 'resolved',
    description: 'A row of a motions table: number, mover / seconder, the motion.',
    example: '3  Okoro / Lindqvist  That the Public Service prepare a report on the implications.  ADOPTED',
    starts: /\d/,
    match: (l) => {
      const m = P.MOTION_TABLE_ROW.exec(l.text);
      return m ? { text: m[3].trim(), marker: m[1] } : null;
    },
  },
  {
    id: 'be-it-resolved',
    kind: 'resolved',
    description: 'A North American operative clause after WHEREAS recitals.',
    example: 'NOW THEREFORE BE IT RESOLVED THAT the Township supports the application.',
    starts: /[antfbi]/i,
    match: fromRegex(P.BE_IT_RESOLVED, 1),
  },
  {
    id: 'resolved-lead-in',
    kind: 'resolved',
    description: 'A RESOLVED / AGREED / ORDERED lead-in in capitals, with or without a subject.',
    example: 'The Committee RESOLVED that the report be noted.',
    requires: /RESOLVED|AGREED|ORDERED/,
    starts: /[\d(a-zA-Z]/,
    match: fromRegex(P.RESOLVED_LEAD_IN, 2, 1),
  },
  {
    id: 'resolved-mixed-case',
    kind: 'resolved',
    description: 'A "Resolved" lead-in in mixed case at the start of a line.',
    example: 'Resolved – That the minutes be approved.',
    starts: /[\d(a-zIRA]/,
    match: fromRegex(P.RESOLVED_MIXED_CASE, 2, 1),
  },
  {
    id: 'body-resolved',
    kind: 'resolved',
    description: 'A governing body "resolved to" or "resolved that" in lower case.',
    example: 'The Committee resolved to approve the recommendations as set out in the report.',
    requires: /resolved/,
    starts: /[\dA-Z]/,
    match: fromRegex(P.BODY_RESOLVED, 2, 1),
  },
  {
    id: 'capital-that-clause',
    kind: 'resolved',
    description: 'A clause opening with a capitalised THAT, the RESOLVED lead-in implied.',
    example: 'THAT the minutes of the meeting held on 16th July 2018 be approved.',
    starts: /[\d(T]/,
    match: fromRegex(P.CAPITAL_THAT_CLAUSE, 2, 1),
  },
  {
    id: 'decision-heading',
    kind: 'decision-heading',
    description: 'A "Decision:" heading whose clauses are decisions.',
    example: 'Decision:',
    starts: /[dtco]/i,
    match: (l) => (l.text.length <= MAX_HEADING_LENGTH ? fromRegex(P.DECISION_HEADING, 1)(l) : null),
  },
  {
    id: 'action-heading',
    kind: 'action-heading',
    description: 'An action-points heading.',
    example: 'Action points',
    starts: /a/i,
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.ACTION_HEADING.exec(l.text);
      // "Action: X to circulate" keeps its text; a heading line has none or a colon.
      if (!m) return null;
      // "Action points for officers for the next report" is a heading too; "Actions were agreed." is a sentence.
      const headingLike = /^actions?(?:\s+points?)?\s+(?:for|arising)\b/i.test(l.text) && l.text.length <= 80 && !/[.]$/.test(l.text);
      if (headingLike) return { text: '' };
      if (m[1] && !/^actions?\s*(?:points?)?\s*[:–-]/i.test(l.text)) return null;
      return { text: m[1].trim() };
    },
  },
  {
    id: 'question-lead-in',
    kind: 'question-lead-in',
    description: 'A lead-in under which bullets record member questions.',
    example: 'Members requested and received clarification on the following:',
    starts: /[mctifdq]/i,
    match: fromRegex(P.QUESTION_LEAD_IN, 0),
  },
  {
    id: 'presenting-attendance',
    kind: 'presenting-attendance',
    description: 'Officers in attendance to present an item.',
    example: 'In attendance to present this item were:',
    requires: /item/i,
    // The whole line: the people it names ("Mr A Reid (Head of Highways) … were in attendance for this item") come before the phrase.
    match: (l) => (P.PRESENTING_ATTENDANCE.test(l.text) ? { text: l.text } : null),
  },
  {
    id: 'attendance-label',
    kind: 'attendance',
    description: 'An attendance list label with names: PRESENT, APOLOGIES, IN ATTENDANCE, STAFF.',
    example: 'PRESENT: Mr R W Gough (Chairman), Mr N Baker',
    starts: /[pmcaiosrltvknw]/i,
    match: (l) => {
      const alone = P.ATTENDANCE_LABEL_ALONE.exec(l.text);
      if (alone) return { text: '', marker: alone[1] };
      const m = P.ATTENDANCE_LABEL.exec(l.text);
      if (m) return { text: m[2].trim(), marker: m[1] };
      // "Apologies Betty Ross, Annie Morgan": no colon, but names follow the label.
      const spaced = P.ATTENDANCE_LABEL_SPACED.exec(l.text);
      return spaced && P.NAMES_AFTER_LABEL.test(spaced[2]) ? { text: spaced[2].trim(), marker: spaced[1] } : null;
    },
  },
  {
    id: 'item-number-alone',
    kind: 'item-number',
    description: 'An item number alone on its line (ModernGov meeting pages).',
    example: '124.',
    // Minute codes ("HOS.55/24", "P109/24") open with any capital.
    starts: /[a-z\d]/i,
    match: (l) => {
      const m = P.ITEM_NUMBER_ALONE.exec(l.text);
      if (!m) return null;
      const marker = m[1] ?? m[2];
      return { text: marker, marker };
    },
  },
  // Before bullets: "1." alone is an item number candidate above; "(a)" alone is a marker.
  {
    id: 'bullet-marker-alone',
    kind: 'bullet-marker',
    description: 'A bullet or list marker alone on its line.',
    example: '(a)',
    starts: /[•·●▪■Ø\uf0b7\uf0a7*(\da-z–-]/,
    match: fromRegex(P.BULLET_ALONE, 0, 0),
  },
  {
    id: 'reader-heading',
    kind: 'heading',
    description: 'A heading marked by the reader (markdown #, HTML <h1>-<h6>).',
    example: '## 5. Budget monitoring',
    match: (l) => (l.hint === 'heading' ? { text: l.text } : null),
  },
  // Numbered headings before bullets: "5. Budget" could be either; segment/ decides by shape and sequence.
  {
    id: 'minute-code-heading',
    kind: 'numbered-heading',
    description: 'A heading after a minute reference with letters and slashes ("CAB/45/26  Budget").',
    example: 'CAB/45/26  APOLOGIES FOR ABSENCE',
    starts: /[A-Z]/,
    requires: /\//,
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.MINUTE_CODE_HEADING.exec(l.text);
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  },
  {
    id: 'table-row-heading',
    kind: 'numbered-heading',
    description: 'A numbered heading in a row of a copied table, the number and the title in cells of their own.',
    example: '|4. |ELECTION OF VICE-CHAIRMAN |',
    starts: /\|/,
    match: (l) => {
      const m = P.TABLE_ROW_HEADING.exec(l.text);
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  },
  {
    id: 'numbered-heading',
    kind: 'numbered-heading',
    description: 'A numbered line that may be an item heading ("76.    Apologies").',
    example: '76.    Apologies',
    starts: /[i\d]/i,
    match: (l) => {
      if (l.text.length > MAX_HEADING_LENGTH) return null;
      const m = P.NUMBERED_HEADING.exec(l.text);
      return m ? { text: m[2].trim(), marker: m[1] } : null;
    },
  },
  {
    id: 'bullet',
    kind: 'bullet',
    description: 'A bullet or numbered / lettered list entry.',
    example: '•  The update be noted.',
    starts: /[•·●▪■□◦○‣⁃∙Ø§\uf0b7\uf0a7\uf076\uf0d8*+(\da-zA-Z–—-]/,
    match: (l) => {
      if (l.hint === 'list-item') return { text: l.text, marker: '•' };
      // "D. Ross, Director Engineering, presented …": an initial and a surname, not list entry D.
      if (INITIAL_AND_SURNAME.test(l.text)) return null;
      const m = P.BULLET.exec(l.text);
      return m && m[2] ? { text: m[2].trim(), marker: m[1] } : null;
    },
  },
  {
    id: 'text',
    kind: 'text',
    description: 'Any other line: a paragraph or a continuation.',
    example: 'The Board received an update on the partnership.',
    match: (l) => ({ text: l.text }),
  },
];

/** For each rule table, the rules worth trying on a line by its first character (built as characters are met). */
const DISPATCH = new WeakMap<readonly LineRule[], Map<string, readonly LineRule[]>>();

function rulesFor(first: string, rules: readonly LineRule[]): readonly LineRule[] {
  let byFirst = DISPATCH.get(rules);
  if (!byFirst) DISPATCH.set(rules, (byFirst = new Map()));
  let list = byFirst.get(first);
  if (!list) byFirst.set(first, (list = rules.filter((r) => r.starts === undefined || r.starts.test(first))));
  return list;
}

/** Classifies one line by the first rule in LINE_RULES that matches. */
export function classifyLine(line: SourceLine, rules: readonly LineRule[] = LINE_RULES): Token {
  // Reader hints (a markdown heading, an HTML list item) make rules match whatever the text starts with.
  const candidates = line.hint === undefined ? rulesFor(line.text.charAt(0), rules) : rules;
  for (const rule of candidates) {
    if (rule.requires !== undefined && !rule.requires.test(line.text)) continue;
    const m = rule.match(line);
    if (m) {
      const token: Token = { kind: rule.kind, line, text: m.text, rule: rule.id };
      if (m.marker !== undefined) token.marker = m.marker;
      return token;
    }
  }
  return { kind: 'text', line, text: line.text, rule: 'text' };
}

export function tokenize(source: readonly SourceLine[], rules: readonly LineRule[] = LINE_RULES): Token[] {
  const lines = splitRunOnLines(expandTableRows(source));
  const out: Token[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = classifyLine(lines[i], rules);
  return out;
}
