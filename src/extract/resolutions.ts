// Resolutions: every clause of a formal decision. "RESOLVED that …",
// "RESOLVED: 1. That … 2. That …", "It was RESOLVED", "The Committee RESOLVED",
// "AGREED that", "Decision:" blocks. Numbered sub-clauses are separate records.
import type { Motion, Resolution, ResolutionKind } from '../schema/document.js';
import type { Block, Section } from '../segment/blocks.js';
import { alternation, bothCases, threeCases, BODY_APPROVING_VERBS, DECISION_MANNERS, MOTION_NOUNS, CLAUSE_OPENING_VERBS, COURTESY_TITLES, MEMBER_GROUPS, MEMBER_HONORIFICS, DECIDING_ADVERBS, DECIDING_BODIES, DECIDING_VERBS, MODALS_BEFORE_BE, MOVER_LABELS, PLANNING_DISPOSITIONS, SECONDER_LABELS } from '../lexicon/index.js';
import { defineRule, type RuleMeta } from '../rules/define.js';
import { placeOf, type ItemContext } from './types.js';
import { DISPOSITION_COLUMN, tableDisposition } from './util/disposition.js';
import { OWNER_PRESENT_TASK } from './actions/commitments.js';
import { sentences, squashSpaces, stripThat, trimClause, unquote } from './util/text.js';
import { withoutOpeners } from './util/openers.js';
import { ADOPTING_THE_MOTION_SOURCE, DECISION_REFERENCE, RESOLUTION_NUMBER_SOURCE } from '../tokenize/patterns.js';
import { markerShape } from './util/markers.js';
import { AND_FURTHER_SOURCE } from './motions/patterns.js';

/** A resolution-kind rule: a main-verb pattern that gives a resolution clause its `kind`. */
export interface ResolutionKindRule extends RuleMeta {
  stage: 'resolution-kind';
  kind: ResolutionKind;
  pattern: RegExp;
}

/**
 * Main-verb patterns for the resolution kind, in order: the leftmost match in
 * the clause wins ("be deferred pending approval" is deferred), ties going to
 * the earlier rule. Each rule's id is `resolution-kind-<kind>`; its examples
 * run through the whole pipeline and check the kind of the resolution.
 */
export const KIND_RULES: readonly ResolutionKindRule[] = [
  defineRule({
    id: 'resolution-kind-granted',
    stage: 'resolution-kind',
    kind: 'granted',
    description: 'Permission or consent granted.',
    examples: { valid: ['RESOLVED that planning permission be granted subject to the conditions in the report.'], invalid: ['RESOLVED that the community grant application be supported.'] },
    // "planning permission be granted", "consent is granted", "grant planning permission"
    pattern: /\b(?:be|is|was|been|are)\s+granted\b|\bgrant(?:s|ed)?\s+(?:outline\s+|full\s+|listed building\s+|conditional\s+)?(?:planning\s+)?(?:permission|consent|approval)\b|\bpermission\s+granted\b/i,
  }),
  defineRule({
    id: 'resolution-kind-refused',
    stage: 'resolution-kind',
    kind: 'refused',
    description: 'An application or permission refused.',
    examples: { valid: ['RESOLVED that the application be refused for the reasons set out in the report.'], invalid: ['RESOLVED that the reasons for refusal be noted.'] },
    // "the application be refused", "refuse planning permission"
    pattern: /\b(?:be|is|was|been)\s+refused\b|\brefuse[sd]?\s+(?:planning\s+)?(?:permission|consent|the application)\b/i,
  }),
  defineRule({
    id: 'resolution-kind-deferred',
    stage: 'resolution-kind',
    kind: 'deferred',
    description: 'A decision deferred to a later meeting.',
    examples: { valid: ['RESOLVED that consideration of the item be deferred to the next meeting.'], invalid: ['RESOLVED that the deferment policy be approved.'] },
    // "be deferred", "consideration deferred"
    pattern: /\bdefer(?:red|s)?\b/i,
  }),
  defineRule({
    id: 'resolution-kind-delegated',
    stage: 'resolution-kind',
    kind: 'delegated',
    description: 'Authority delegated to an officer or member.',
    examples: { valid: ['RESOLVED that authority be delegated to the Director of Place to agree the final terms.'], invalid: ['RESOLVED that the authorised signatories for the bank account be approved.'] },
    // "delegated authority", "delegate to the Director"
    pattern: /\bdelegat(?:e|ed|es|ion)\b|\bbe\s+authori[sz]ed\s+to\b/i,
  }),
  defineRule({
    id: 'resolution-kind-recommended',
    stage: 'resolution-kind',
    kind: 'recommended',
    description: 'A recommendation to another body (Council, Cabinet).',
    examples: { valid: ['RESOLVED that Cabinet recommend to Council the revised fees and charges.'], invalid: ['RESOLVED that the recommendations in the report be approved.'] },
    // "recommend to Council", "RECOMMENDED to Full Council"
    pattern: /\brecommends?\b(?!ations?)|\brecommended\s+to\b|\bbe\s+recommended\b/i,
  }),
  defineRule({
    id: 'resolution-kind-noted',
    stage: 'resolution-kind',
    kind: 'noted',
    description: 'A report or update noted.',
    examples: { valid: ['RESOLVED that the report be noted.'], invalid: ['RESOLVED that the keynote address at the annual meeting be given by the Mayor.'] },
    // "be noted", "notes the report", "to note", "noted the"
    pattern: /\bnot(?:e|es|ed|ing)\b|\breceive[sd]?\s+the\s+report\b/i,
  }),
  defineRule({
    id: 'resolution-kind-approved',
    stage: 'resolution-kind',
    kind: 'approved',
    description: 'Something approved, confirmed, ratified or endorsed.',
    examples: { valid: ['RESOLVED that the revised budget be approved.'], invalid: ['RESOLVED that the budget be deferred pending approval by Council.'] },
    // "be approved", "approves", "to approve"
    pattern: /\bapprov(?:e|es|ed|al|ing)\b|\baccept(?:s|ed)?\b|\bconfirm(?:ed|s)?\b|\bratif(?:y|ied)\b|\bendorse[sd]?\b/i,
  }),
  defineRule({
    id: 'resolution-kind-adopted',
    stage: 'resolution-kind',
    kind: 'adopted',
    description: 'A policy or plan adopted.',
    examples: { valid: ['RESOLVED that the Local Plan be adopted.'], invalid: ['RESOLVED that the decision be deferred until the plan is adopted.'] },
    // "be adopted", "adopts the policy"
    pattern: /\badopt(?:s|ed|ion)?\b/i,
  }),
  defineRule({
    id: 'resolution-kind-requested',
    stage: 'resolution-kind',
    kind: 'requested',
    description: 'A request or instruction to officers or others.',
    examples: { valid: ['RESOLVED that officers be requested to review the parking charges.'], invalid: ['RESOLVED that the information requested by Members be circulated.'] },
    // "requested that …", "asks officers to"
    pattern: /\brequest(?:s|ed)?\s+(?:that|the|officers|staff|a|an|to|further)\b|\b(?:be|is|was|are)\s+requested\b|\basks?\b|\binstructs?\b/i,
  }),
  defineRule({
    id: 'resolution-kind-agreed',
    stage: 'resolution-kind',
    kind: 'agreed',
    description: 'Something agreed or supported.',
    examples: { valid: ['RESOLVED that the terms of reference be agreed.'], invalid: ['RESOLVED that the agreement with the contractor be noted.'] },
    // "agrees to", "be agreed"
    pattern: /\bagree(?:s|d)?\b|\bsupport(?:s|ed)?\b/i,
  }),
  defineRule({
    id: 'resolution-kind-rejected',
    stage: 'resolution-kind',
    kind: 'rejected',
    description: 'A proposal rejected or not supported.',
    examples: { valid: ['RESOLVED that the proposal be rejected.'], invalid: ['RESOLVED that the rejection letters be approved for sending.'] },
    // "be rejected", "not be supported"
    pattern: /\breject(?:s|ed)?\b|\bnot\s+(?:be\s+)?(?:supported|accepted)\b|\bdeclined?\b/i,
  }),
];

/** [kind, pattern] in rule order, as resolutionKind reads them. */
export const KIND_PATTERNS: readonly [ResolutionKind, RegExp][] = KIND_RULES.map((r) => [r.kind, r.pattern]);

/**
 * KIND_PATTERNS as one alternation, each pattern a named group: the leftmost
 * match, ties going to the earlier kind, exactly as trying each pattern and
 * keeping the earliest would, in one pass over the clause.
 */
const ANY_KIND = new RegExp(KIND_PATTERNS.map(([, re], k) => `(?<k${k}>${re.source})`).join('|'), 'i');

/** The names of ANY_KIND's groups, by kind rule. */
const KIND_GROUPS: readonly string[] = KIND_PATTERNS.map((_, k) => `k${k}`);

/** Classifies a clause by its main verb. */
export function resolutionKind(clause: string): ResolutionKind {
  const groups = ANY_KIND.exec(clause)?.groups;
  if (groups) for (let k = 0; k < KIND_PATTERNS.length; k++) if (groups[KIND_GROUPS[k]] !== undefined) return KIND_PATTERNS[k][0];
  return 'other';
}

// Inline clause numbers inside one paragraph: "1. That …", "(a) The report …", "(ii) …"; a bracketed
// number may start a lower-case clause: "that (A) the report be received; and (B) items …".
const INLINE_CLAUSE = /(?:^|\s)(\(?(?:\d{1,2}|[a-hA-H]|i{1,3}|iv|v|vi{1,3})[.)](?=\s+[A-Z(])|\((?:\d{1,2}|[a-hA-H]|i{1,3}|iv|v|vi{1,3})\)(?=\s+[a-z]))\s+/g;

// A further clause inside one paragraph: "… the following lands: <data>. 2. That Council …".
// "…, plus HST; and That the Mayor and Clerk be authorized …": a further "That" clause after "; and" too.
const INLINE_THAT = /(?<=[.:;])\s+(?:and\s+)?(?:\d{1,2}\.\s+)?(?=That\s)/g;
// A list that is not clauses stays inside its clause, whose text stops at the colon.
const DATA_AFTER_COLON = /:\s+(?!That\b).*$/s;

// "… to run for the following positions: 2nd Vice President …": what follows "the following X:" is its list.
const FOLLOWING_LIST = /(\bthe\s+following(?:\s+[\w-]+){0,3}\s*:)\s.*$/s;

/** Splits "That X: <data> That Y" into clauses, each stopping at its colon; one clause stops after "the following X:". */
export function splitThatClauses(text: string): string[] {
  const parts = text.split(INLINE_THAT).filter((p) => p.trim());
  if (parts.length < 2) return [text.replace(FOLLOWING_LIST, '$1')];
  return parts.map((p) => p.replace(DATA_AFTER_COLON, ':').trim());
}

/** Splits "1. That X; 2. That Y" written in one paragraph into clauses. */
export function splitInlineClauses(text: string): { number: string | null; text: string }[] {
  const marks: { at: number; number: string; textAt: number }[] = [];
  INLINE_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_CLAUSE.exec(text)) !== null) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    marks.push({ at, number: m[1].replace(/[().]/g, ''), textAt: m.index + m[0].length });
  }
  // Need at least two markers, the first at the start or after an introduction ending in a colon or "that"
  // ("the Council: a. Receives the report. b. Approves …", "that (A) … (B) …"), to call it a clause list.
  if (marks.length === 0) return [{ number: null, text }];
  const before = text.slice(0, marks[0].at);
  // "… be approved; and (A) the Clerk write …; (B) …": a clause ending in "; and" before the markers is one of them.
  const ownClause = marks[0].at > 2 && /;\s*(?:and|or)?\s*$/i.test(before);
  // "the Board: a) accept the apology": a list of one is no list; its marker is read off, as for a single clause.
  if (marks.length < 2 && !ownClause) return [{ number: null, text: marks[0].at > 2 && /:\s*$/.test(before) ? `${before.trimEnd()} ${text.slice(marks[0].textAt)}` : text }];
  // "That the Town Council (i) agrees …; (ii) declines …": the deciding body alone before the markers introduces them as a colon does.
  if (marks[0].at > 2 && !ownClause && !/(?::|\bthat)\s*$/i.test(before) && !SUBJECT_LEAD.test(before)) return [{ number: null, text }];
  const listed = marks.map((mk, k) => ({ number: mk.number, text: text.slice(mk.textAt, k + 1 < marks.length ? marks[k + 1].at : text.length) }));
  return ownClause ? [{ number: null, text: before }, ...listed] : listed;
}

// A deciding body standing alone as the subject of the clauses after it: "the Town Council", "Council", "That the Board".
const SUBJECT_LEAD = new RegExp(`^["“]?(?:[Tt]hat\\s+)?(?:[Tt]he\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,3}(?:${bothCases(DECIDING_BODIES)})\\s*$`);

// The verbs a decision clause carries; list entries without one are data (dates, report titles, priorities).
const CLAUSE_VERB = /\b(?:be|is|are|was|were|been|to|that|notes?|noted|agree[sd]?|approve[sd]?|endorse[sd]?|delegate[sd]?|requests?|requested|recommends?|recommended|receives?|received|adopts?|adopted|authori[sz]es?|authori[sz]ed|refuse[sd]?|grants?|granted|defer(?:s|red)?|welcomes?|supports?|asks?|instructs?|thanks?|confirms?|accepts?|appoints?|elects?|resolves?|considers?|comments?)\b/i;

// A sub-list that is data (dates, meeting names, report titles), not clauses.
function isDataList(blocks: readonly Block[]): boolean {
  return blocks.every((b) => !CLAUSE_VERB.test(b.text));
}

// A clause that introduces a list of data: "… the four priorities, which are:", "… appointed as follows –".
const INTRODUCES_LIST = /[:–—-]\s*$/;

// A planning decision's list: "approved subject to the following conditions:", "refused for the following reasons:".
// The conditions and reasons are terms of the one decision, not decisions of their own.
const TERMS_HEAD = String.raw`\b(?:conditions?|reasons?|informatives?|subject\s+matters?)(?:\s+[\w-]+){0,3}\s*:`;
const INTRODUCES_CONDITIONS = new RegExp(`${TERMS_HEAD}\\s*$`, 'i');

// "(1)" → "1", "1.4" → "1.4", "a)" → "a"; bullet glyphs are not numbers.
const readClauseNumber = (marker: string | undefined): string | null => {
  const n = marker ? marker.replace(/[()\s]/g, '').replace(/\.$/, '') : '';
  return /^[0-9a-zA-Z][0-9a-zA-Z.]*$/.test(n) ? n : null;
};
// A document's markers are a few shapes over and over ("1.", "(a)", "•"): each is read once.
const CLAUSE_NUMBERS = new Map<string, string | null>();
const MAX_CLAUSE_NUMBERS = 512;
const clauseNumber = (marker: string | undefined): string | null => {
  if (marker === undefined) return null;
  let n = CLAUSE_NUMBERS.get(marker);
  if (n === undefined) {
    if (CLAUSE_NUMBERS.size >= MAX_CLAUSE_NUMBERS) CLAUSE_NUMBERS.clear();
    n = readClauseNumber(marker);
    CLAUSE_NUMBERS.set(marker, n);
  }
  return n;
};

// What follows a clause without being part of it: the outcome ("Carried.") and the closing time ("Time: 8:19 p.m. …").
// "The motion was put and declared CARRIED." too.
const CLAUSE_TRAILER = /(?<=[.;:])\s+(?:Time:\s*\d.*|(?:The\s+)?(?:motion\s+(?:was\s+)?)?(?:carried|defeated|lost|withdrawn)(?:\s+unanimously)?\.?|(?:The\s+)?(?:motion|recommendation)\s+was\s+put\b[\w ]{0,60}\.?)$/i;

// "That Cabinet note the reports …", "That the Council approves the scheme": a clause standing as its own paragraph.
const BARE_THAT_CLAUSE = /^That\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:notes?|approves?|agrees?|endorses?|adopts?|delegates?|authori[sz]es?|resolves?|supports?|requests?|instructs?|be\s+\w+ed)\b/;

// Recitals ("WHEREAS …", "AND WHEREAS …") explain a motion; they are not its clauses.
const RECITAL = /^(?:AND\s+)?WHEREAS\b/i;

// ── The rules: each records its id on the clauses it finds ────────────────────

export const resolutionLeadInRule = defineRule({
  id: 'resolution-lead-in',
  stage: 'resolution',
  description:
    'Each clause governed by a decision lead-in line: "RESOLVED that …", "AGREED:" and numbered clauses, "It was RESOLVED", "The Committee RESOLVED", "Resolved (Cr A / Cr B)" then "That …", "BE IT RESOLVED", a capitalised "THAT …".',
  examples: {
    valid: [
      'RESOLVED that the allotment rents be increased by 3% from October.',
      'RESOLVED:\n\n1. That the accounts for 2024/25 be approved.\n\n2. That the Clerk write to the landowner about the hedge.',
      'Resolved: (Cr Ngata/Cr Ellis) Minute No. W 24031(1)\n\n“That the apology from Cr Brandt be accepted.”',
      'RESOLVED 301/25 (Cr Harkness/Cr Ng)\nThat the apology received from Cr Lyn Prowse be accepted.',
      // The decision's number alone after the lead-in; its clause on the next line.
      'Resolved 26/031\nThat the minutes of the meeting held 18 February 2026 be confirmed as a true and correct record.\nCr Paku / Cr Moffat Carried',
      'RESOLVED on the motion of Councillors Varga and Oyelaran that the grant to the Scout hut be approved.',
      'Resolved that –\n\n1. The survey results are noted; and\n\n2. No further action is taken on the parking scheme.',
      'Be it resolved that Council award the snow clearing tender to Ridge Haulage Ltd.; and\nThat the Mayor and Clerk be authorized to sign the contract.',
    ],
    invalid: [
      'REVIEW OF ACTIONS AGREED AT THE LAST MEETING',
      'RESOLVED ON THE MOTION OF COUNCILLOR PIKE, seconded by COUNCILLOR LUND,',
      'Moved by: Councillor Orr\nSeconded by: Councillor Paquette\nBE IT RESOLVED THAT Council defer the fire hall report to the June meeting.\nDEFEATED',
    ],
  },
});

export const resolutionDecisionHeadingRule = defineRule({
  id: 'resolution-decision-heading',
  stage: 'resolution',
  description: 'Each clause under a "Decision:" heading ("Decision:", "Delegated decision:", "The decision of the Panel was:").',
  examples: {
    valid: [
      'Decision:\n\nThat the play area contract be awarded to the lowest tender.',
      'Resolution: That the revised allotment budget be approved.',
      'Delegated decision:\n\nThat the minutes of the meeting held on 3 May 2024 be approved as a correct record.',
      'Decision: 112/25\nCr Abbott moved, Cr Vince seconded, that the footpath program be adopted.\nCARRIED UNANIMOUSLY',
    ],
    invalid: ['The decision on the play area contract was postponed until the spring.'],
  },
});

export const resolutionMovedAndResolvedRule = defineRule({
  id: 'resolution-moved-and-resolved',
  stage: 'resolution',
  description:
    'A paragraph that moves, seconds and resolves at once: "It was proposed by Cllr A, seconded by Cllr B and unanimously agreed that …", "… and RESOLVED:" with the clause (perhaps quoted) in the next paragraph.',
  examples: {
    valid: [
      'It was proposed by Cllr Ansell, seconded by Cllr Brook and unanimously agreed that the hall hire charges be increased by 5%.',
      'Ms Tey was proposed by Cllr Ryan and seconded by Cllr Oduya and it was unanimously Resolved to co-opt Ms Tey to the Council.',
      'It was moved by Councillor Hart, seconded by Councillor Dow, and RESOLVED\n\n“That the minutes of the meeting held on 4 March 2024 be adopted.”',
    ],
    invalid: ['It was proposed by Cllr Ansell that the item be deferred, but no seconder was found.'],
  },
});

export const resolutionInParagraphRule = defineRule({
  id: 'resolution-in-paragraph',
  stage: 'resolution',
  description: 'A resolution inside a paragraph of proceedings: "… the accounts. RESOLVED: that …", "… were heard and it was RESOLVED unanimously to object".',
  examples: {
    valid: [
      'The Clerk presented the bank reconciliation. RESOLVED: that the reconciliation be approved.',
      'Objections from neighbours were heard and it was RESOLVED unanimously to object to the application.',
      'Hire of the village hall RESOLVED: That the hire charges be frozen for 2025.',
      'The tennis court fence is leaning. It was agreed that the Clerk obtains two quotes for its repair.',
      'The Council considered a grant request from the carnival committee. Resolved to award a grant of £300.',
      'Proposed: Cllr Ash; Seconded: Cllr Birch; Resolved: that the defibrillator be purchased.',
      'The grant requests were considered. Proposed by Cllr Amos, seconded by Cllr Reid, it was RESOLVED:\n\na) To award £200 to the scout group.\n\nb) To award £150 to the bowls club.',
      'The draft scope had been circulated. Following discussion, it was agreed that:-\n\n(1) the scope of the review be approved;\n\n(2) the working group report its findings to the Committee by May 2026.',
      'The slipway is in poor repair. It was agreed that the Council write to the harbour authority seeking a joint inspection.',
      'The hedge on the green is overgrown. Following discussion it was resolved by consensus to ask the tree warden to survey it.',
    ],
    invalid: ['The matter of the blocked drain was resolved by the Highways team last week.', 'It was agreed that the Clerk had already obtained two quotes.', 'The slipway is in poor repair. It was agreed that officers would write to the harbour authority.'],
  },
});

export const resolutionBodyPastClausesRule = defineRule({
  id: 'resolution-body-past-clauses',
  stage: 'resolution',
  description:
    'The body alone before its clauses, each opening with what it did (Scottish style): "The Committee:-" over "(a) noted the report;" / "(b) approved the programme; and" / "(c) requested a further report …".',
  examples: {
    valid: [
      'The Committee:\n\n(i) approved the 2025/26 roads capital programme as set out in the appendix; and\n\n(ii) requested that the Area Roads Manager bring a progress update to the September meeting.',
      'The Sub-Committee:-\n\n(a) noted the terms of the report; and\n\n(b) agreed the revised fees for 2026/27.',
    ],
    invalid: ['The Committee:\n\n(a) the roads programme;\n\n(b) the winter gritting routes.', 'The Committee heard from the following:\n\n(a) Mr Reid, on behalf of the residents;\n\n(b) Ms Tait, the applicant.'],
  },
});

export const resolutionBodyAgreedRule = defineRule({
  id: 'resolution-body-agreed',
  stage: 'resolution',
  description:
    'The meeting agreed as a body: "The Committee agreed that … be …", "Assembly agreed:" with its clauses, "Council agreed the appointment of …", "All members agreed that …", "Councillors resolved to …".',
  examples: {
    valid: [
      'The Committee agreed that the play area survey be published on the website.',
      'Assembly agreed:\n\n1. the membership of the committees (Appendix A);\n\n2. the appointment of representatives on outside bodies (Appendix B).',
      'Council agreed the appointment of Councillor Ruiz as Vice-Chair for the year.',
      'All members agreed that the annual parish meeting be held in May.',
      'All were in agreement that the village fete proceed on the last Saturday in July.',
      'The Committee agreed to award:-\n\n(a) £500 to Kinbrae Gala Committee;\n\n(b) £300 to Kinbrae Pipe Band.',
      'Council agreed to increase the cemetery fees by 5% from 1 April.',
      'Thereafter, the Committee AGREED:\ni. the winter maintenance plan as detailed in Appendix 1;\nii. to request that officers report back in March.',
      'Upon a motion by Councillor Hill, seconded by Councillor Pike, Council approved the 40 km/h speed limit on Lakeshore Road.',
      'Members considered the request and RESOLVED unanimously to increase the allotment rent to £40.',
      'The Panel approved the revised terms of reference for the youth forum.',
      'Proposed by Cllr Nash, seconded by Cllr Iles, the Members unanimously approved the grant of £400 to the Tidy Towns group.',
      'The Committee agreed the work programme, subject to the addition of an item on parking.',
      'Councillors voted unanimously to approve the budget for 2025/26.',
      'After a short debate, Members voted 5 to 2 to install a camera at the skate park.',
      'The Committee noted the report and agreed that the new street be named Heather Close.',
      'On the proposal of Cllr. Tom Hayes, seconded by Cllr. Mary Cullen, the Members agreed to adopt the schedule of works.',
      'The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the press and public for the next item.',
      'Following discussion, Council agreed unanimously that the footpath survey be published.',
      'The trees report was considered.\nCouncil resolved as follows:\n1. That the tree strategy be adopted.\n2. That the street tree budget be increased by £5,000.',
    ],
    invalid: [
      'Councillor Pike agreed to circulate the revised figures.',
      'All were in agreement that the village fete had been a great success.',
      'Members voted on the three logo designs at the last meeting.',
      'The Committee noted the update and thanked the officers for their work.',
      'Members agreed.',
      'The Committee agreed, in discussion, that future sessions should be longer.',
      'Members agreed to meet on site before the next meeting.',
      'The Committee agreed the need for more visitor parking.',
      'The Committee approved the minutes of the meeting held on 3 February 2025.',
      'The Committee agreed that Item 7 be brought forward on the agenda.',
      'The Committee noted the report on the summer fair.',
    ],
  },
});

export const resolutionProposedAfterRule = defineRule({
  id: 'resolution-proposed-after',
  stage: 'resolution',
  description:
    'A decision followed by its mover and seconder, parish style: "The quote from X be accepted. Prop. Cllr A, sec. Cllr B; all in favour.", "… to be sent notice. This was proposed by Cllr A and seconded by Cllr B."',
  examples: {
    valid: [
      'The quote from Hollin Joinery of £1,450 for the bus shelter roof be accepted. Prop. Cllr Reyes, sec. Cllr Abara; all in favour.',
      'The Clerk be asked to obtain quotes for two new litter bins. This was proposed by Cllr Moss and seconded by Cllr Vane.',
    ],
    invalid: ['The minutes of the meeting held on 3 March were accepted as a true record. Proposed by Cllr Moss and seconded by Cllr Vane. All in favour.'],
  },
});

export const resolutionPlanningDispositionRule = defineRule({
  id: 'resolution-planning-disposition',
  stage: 'resolution',
  description: 'A planning application\'s disposition written as the decision, in capitals: "REFUSED. Reason(s) for refusal:", "APPROVED subject to conditions.", "GRANTED" alone.',
  examples: {
    valid: [
      '24/00871/FUL - Detached garage, 4 Rowan Close\n\nREFUSED. Reasons for refusal:\n\n1. The garage would harm the conservation area.',
      'APPLICANT: Mr D Okafor APPROVED subject to conditions.',
      'Cllr Amis proposed refusal, seconded by Cllr Reed. On a vote of 6 for and 1 against, the application was REFUSED for the following reasons:\n\n1. The extension would harm the street scene.',
    ],
    invalid: ['The application had previously been approved subject to conditions in 2019.'],
  },
});

export const resolutionWithoutLeadInRule = defineRule({
  id: 'resolution-without-lead-in',
  stage: 'resolution',
  description:
    'A formal clause where the page dropped the word RESOLVED: in an item with no other decision, a paragraph "That … be approved" or a marked list whose clauses are all in the subjunctive ("(a) the work programme be approved; (b) …").',
  examples: {
    valid: [
      'Minutes of the previous meeting had been circulated.\n\nThat the minutes of the meeting held on 2 May 2024 be approved as a correct record.',
      'Members reviewed the forward plan.\n\n(a) the work programme be approved;\n\n(b) the following members be appointed to the task group: Councillor Amis.',
    ],
    invalid: ['That the road would be resurfaced in spring was welcomed by residents.', 'To approve the minutes of the meeting held on 2 May 2024.'],
  },
});

export const resolutionDecisionRecordRule = defineRule({
  id: 'resolution-decision-record',
  stage: 'resolution',
  description: 'A published decision record (Decision Maker, Decision published) with no RESOLVED: its decision is the paragraph that is itself a "That …" clause with a decision verb.',
  examples: {
    valid: ['Decision Maker: Cabinet\n\nThat Cabinet note the quarterly performance report.\n\nReasons for the decision: to keep Members informed.'],
    invalid: ['Decision Maker: Cabinet\n\nThe report was withdrawn before the meeting.'],
  },
});

// A change to the order of business ("Item 6 be brought forward on the agenda", "… be taken as the next item"): procedure, not a decision.
const AGENDA_ORDER = /^(?:that\s+)?(?:agenda\s+)?items?\s+[\w.]{1,6}\s+(?:be|is|was)\s+(?:brought\s+forward|taken|considered|deferred\s+to\s+later)\b[^.]{0,40}?\b(?:agenda|item|business|meeting)\b/i;

// "AND THAT …", "AND FURTHER THAT …" opening a further clause of a North American resolution: the clause follows it.
const AND_THAT_OPENING = new RegExp(`^\\s*${AND_FURTHER_SOURCE}(?=that\\b)`, 'i');
// A further clause of a North American resolution: "AND THAT …", "AND FURTHER THAT …" (the opening, then "THAT").
const AND_THAT = new RegExp(`${AND_THAT_OPENING.source}THAT\\b`, 'i');

function make(number: string | null, raw: string, block: Block, rule: string): Resolution | null {
  const trimmed = raw.trim();
  if (RECITAL.test(trimmed) || AGENDA_ORDER.test(trimmed) || CONSIDERATION.test(trimmed)) return null;
  const clause = unquote(stripThat(unquote(raw).replace(AND_THAT_OPENING, '').replace(NAMED_MOVERS_LEAD, ''))).replace(DISPOSITION_COLUMN, '');
  // A second trailer can only follow a first: a clause the first reading left as it was is read once.
  const once = clause.replace(CLAUSE_TRAILER, '');
  const text = trimClause(once === clause ? once : once.replace(CLAUSE_TRAILER, ''));
  if (text.length < 3 || ADOPTS_THE_MOTION.test(text)) return null;
  return { number, text, kind: resolutionKind(text), ...placeOf(block), rule };
}

// "The Committee resolved:- to adopt the motion." (Scottish minutes after a division): the decision is the motion's
// wording, which the motion carried gives; the clause only points at it.
const ADOPTS_THE_MOTION = new RegExp(`^${ADOPTING_THE_MOTION_SOURCE}(?:\\s+as\\s+\\w+)?\\.?$`, 'i');

// Mover and seconder named before the clause: "Cr Oakes moved, Cr Frankcombe seconded, that …", "Cr A moved and Cr B seconded that …".
const NAMED_MOVERS_LEAD = /^[^,.;:]{2,80}?\s+(?:moved|proposed)(?:,?\s+and\s+|,\s+)[^,.;:]{2,80}?\s+seconded,?\s+(?=that\b)/i;

// A clause printed in quotation marks: “That the minutes … be adopted.”

const BODY = bothCases(DECIDING_BODIES);
/** The deciding body alone, introducing its clauses: "The Committee:", "The Sub-Committee:-", "The Area Committee –". */
const BODY_ALONE_INTRO = new RegExp(`^(?:The|the)\\s+(?:[A-Z][\\w&'’-]*\\s+){0,4}(?:${BODY})\\s*(?::-?|[–—-])$`);
/** The past tenses of the verbs that open a decision's clauses ("noted", "approved", "referred", "applied"). */
const PAST_CLAUSE_VERBS = new Set(
  CLAUSE_OPENING_VERBS.flatMap((v) => (v.includes(' ') ? [] : [v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`, /[^aeiou][aeiou][rt]$/.test(v) ? `${v}${v.slice(-1)}ed` : ''])).filter((w) => w !== ''),
);
/** Whether an entry opens with what the body did: "approved the programme …", "noted the report". */
const opensWithPastClauseVerb = (text: string): boolean => PAST_CLAUSE_VERBS.has((/^[a-z]+/.exec(text)?.[0] ?? '').toLowerCase());
const ADVERB = alternation(DECIDING_ADVERBS);
// What a hearing's decision says it weighed before deciding ("The Sub-Committee has carefully considered the application,
// the representations …", "The Panel had regard to the Guidance"): the reasons' preamble, not a decision.
const CONSIDERATION = new RegExp(`^(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}${BODY}\\s+(?:has|have|had)\\s+(?:[a-z]+ly\\s+)?(?:considered|had\\s+regard|taken\\s+into\\s+account|heard|read|listened)\\b`, 'i');

// How it was decided, after the verb: "unanimously", "by consensus", "by 6 votes to 2", "5 to 2" ("voted 5 to 2 to …").
const MANNER = `(?:${threeCases(DECISION_MANNERS)}|by\\s+\\d{1,2}\\s+votes?\\s+to\\s+\\d{1,2}|\\d{1,2}\\s+(?:votes\\s+)?to\\s+\\d{1,2})`;

// Who moved the motion, written into the lead-in: "RESOLVED on the motion of Councillor X, seconded by Councillor Y,",
// "Resolved: (Cr A/Cr B)". Not a clause of the decision.
// "RESOLVED 301/25 (Cr Harkness/Cr Ng)": a resolution number may come first.
const LEAD_MOVERS = new RegExp(`^(?:${RESOLUTION_NUMBER_SOURCE}\\s+\\(\\s*[^()]{2,80}\\)|\\(\\s*[^()/]{2,80}\\/[^()/]{2,80}\\)|on\\s+the\\s+motion\\s+of\\s+[^,:]{2,120}?(?:,?\\s+(?:and\\s+)?seconded\\s+by\\s+[^,:]{2,120}?)?(?=\\s*(?:[,:;–—-]|\\bthat\\b|$)))[\\s,:;–—-]*`, 'i');
// A minute reference at the end of a lead-in: "Minute No. C 20201(2)".
const MINUTE_REFERENCE = /^\s*Minute\s+No\.?\s*[\w ()./-]{1,30}$/i;

/** "That Council:", "That the Board:-": a subject introducing clauses printed below it, no decision of its own. */
const isBareIntroduction = (text: string): boolean => {
  const subject = text.replace(/^["“‘]?\s*that\s+/i, '');
  return /^[^,;]{0,60}:\s?[-–—]?$/.test(subject) && !CLAUSE_VERB.test(subject);
};

/** The clause a lead-in line carries, without the movers and minute reference printed in it. */
function leadClause(text: string): string {
  const clause = stripThat(stripThat(text).replace(LEAD_MOVERS, '').replace(MINUTE_REFERENCE, ''));
  // "Resolved 25/041", "RESOLVED No. 2025/118": the decision's number alone; its clauses are printed below.
  return DECISION_REFERENCE.test(clause.trim()) ? '' : clause;
}

// Where the last block looked up was, in the last item's blocks. The lead-ins and clauses of an item are looked up
// in reading order, so the search goes on from there: the item is not scanned again at each lead-in (nor is a map
// of its blocks made, which cost more than the searches it saved).
let positionsOf: readonly Block[] | null = null;
let lastPosition = 0;
/** The position of `block` in the item's blocks; -1 when it is not one of them. */
function indexOf(ctx: ItemContext, block: Block): number {
  const blocks = ctx.blocks;
  if (blocks !== positionsOf) {
    positionsOf = blocks;
    lastPosition = 0;
  }
  for (let k = lastPosition; k < blocks.length; k++) if (blocks[k] === block) return (lastPosition = k);
  for (let k = 0; k < lastPosition && k < blocks.length; k++) if (blocks[k] === block) return (lastPosition = k);
  return -1;
}

// A clause or a quoted clause opening a paragraph: “That …”, "That …".
const OPENS_CLAUSE = /^["“‘]?\s*that\b/i;

/**
 * The clauses printed after a lead-in that carries none ("RESOLVED (Cr A/Cr B)", "… and RESOLVED", "Resolved that –"):
 * the run of list entries that read as clauses, or one paragraph that opens with "That". After "agreed:" the
 * entries are what was agreed, noun phrases as often as clauses ("1. the membership of the committees;").
 */
function clausesAfter(lead: Block, ctx: ItemContext, nounPhrases = false): Block[] {
  const out: Block[] = [];
  for (let j = indexOf(ctx, lead) + 1; j > 0 && j < ctx.blocks.length; j++) {
    const b = ctx.blocks[j];
    if (b.kind === 'bullet' && (nounPhrases || CLAUSE_VERB.test(b.text))) {
      out.push(b);
      continue;
    }
    if (out.length === 0 && b.kind === 'paragraph' && OPENS_CLAUSE.test(b.text)) out.push(b);
    break;
  }
  return out;
}

// A lead-in's own clause that opens a list: "RESOLVED – (a) That the work programme be noted." Group 1: the marker.
const LEAD_MARKER = /^\(?([a-hA-H]|\d{1,2})[.)]\s+/;
const nextMarker = (n: string): string => (/^\d+$/.test(n) ? String(Number(n) + 1) : String.fromCharCode(n.charCodeAt(0) + 1));

/**
 * The entries after the lead-in that continue its list: "(b) That …", "(c) That …" after "RESOLVED – (a) That …",
 * as list entries or as paragraphs opening with the marker.
 */
function listContinuing(lead: Block, first: string, ctx: ItemContext): Block[] {
  const out: Block[] = [];
  let want = nextMarker(first);
  for (let j = indexOf(ctx, lead) + 1; j > 0 && j < ctx.blocks.length; j++) {
    const b = ctx.blocks[j];
    const marker = b.kind === 'bullet' ? clauseNumber(b.marker) : b.kind === 'paragraph' ? (LEAD_MARKER.exec(b.text)?.[1] ?? null) : null;
    if (marker !== want) break;
    out.push(b);
    want = nextMarker(want);
  }
  return out;
}


/** The paragraphs after a clause that continue its resolution with "AND THAT …". */
function andThatContinuing(last: Block, ctx: ItemContext): Block[] {
  const out: Block[] = [];
  for (let j = indexOf(ctx, last) + 1; j > 0 && j < ctx.blocks.length; j++) {
    const b = ctx.blocks[j];
    if (b.kind !== 'paragraph' || !AND_THAT.test(b.text)) break;
    out.push(b);
  }
  return out;
}

// A sentence of proceedings in the past tense: "No further disclosures were made.", "The submission had been sent …".
const NARRATIVE = /\b(?:was|were|had)\b/i;
/** A mover's label anywhere: the cheap look before the sentences are split for PROPOSED_AFTER. */
const MOVER_WORD = new RegExp(`\\b${alternation(MOVER_LABELS)}`, 'i');

/** A lead-in's clause without the sentences of proceedings printed after it on the same line. */
function withoutNarrative(clause: string): string {
  // A later sentence in the past tense is in the clause too: a clause without one is whole.
  // So is the sentence naming its movers: "To approve the payments. Proposed Cllr Hopkin, seconded Cllr Jones; all in favour."
  if (!NARRATIVE.test(clause) && !MOVER_WORD.test(clause)) return clause;
  const all = sentences(clause);
  const cut = all.findIndex((x, k) => k > 0 && ((NARRATIVE.test(x.text) && !OPENS_CLAUSE.test(x.text) && !LEAD_MARKER.test(x.text)) || PROPOSED_AFTER.test(x.text)));
  return cut > 0 ? clause.slice(0, all[cut].index).trim() : clause;
}

// A clause cut by a blank line in mid-sentence ("… are taken into" / "consideration in shaping …").
const ENDS_CLAUSE = /[.;:!?"”’)]\s*$/;

/** The lead-in's clause with the paragraph that finishes it, when a blank line broke it in mid-sentence. */
function finishedClause(lead: Block, clause: string, ctx: ItemContext): { text: string; end: number } {
  const next = ctx.blocks[indexOf(ctx, lead) + 1];
  if (!ENDS_CLAUSE.test(clause) && next && next.kind === 'paragraph' && /^[a-z]/.test(next.text)) return { text: `${clause} ${next.text}`, end: next.end };
  return { text: clause, end: lead.end };
}

// "It was moved by Councillor Hart, seconded by Councillor Dow and RESOLVED that the budget be approved",
// "… proposed by Cllr A, seconded by Cllr B and unanimously agreed that …", "… and it was unanimously Resolved to …".
const MOVED_AND_RESOLVED = new RegExp(
  `\\b(?:moved|proposed|seconded)\\b.{0,300}?\\band\\s+(?:it\\s+was\\s+)?(?:${ADVERB}\\s+)?(RESOLVED|[Rr]esolved|AGREED|agreed)\\b(?:,?\\s+${MANNER})?(?:\\s*\\([^)]{0,80}\\))?[\\s,:–—-]*(?:that\\b[\\s,:]*)?(.{0,100000})$`,
);
// "… it should state that it was proposed by … and agreed that …": a correction to earlier minutes reports that decision.
const ABOUT_MINUTES = /\bminutes?\b/i;
// "… for this item. It was resolved to increase allotment rents …", "The Clerk presented the accounts. RESOLVED: that …":
// a resolution opening a later sentence of a paragraph.
const RESOLVED_SENTENCE = /^(?:It\s+was\s+(?:therefore\s+|further\s+|unanimously\s+)?(?:RESOLVED|resolved)|RESOLVED|Resolved(?=\s+(?:that|to)\b|\s*[:–—-]))\b[\s,:–—-]*(?:that\b[\s,:]*)?(.{3,})$/;
// "… were considered and it was RESOLVED unanimously to OBJECT", "Street Lighting RESOLVED: That …",
// "No comments and AGREED to support the officer's decision": inside any sentence.
// "After discussion it was resolved to apply for …", "… and the Councillors resolved to proceed …" too.
const RESOLVED_INSIDE = new RegExp(
  `(?:\\b(?:[Ii]t\\s+was\\s+(?:${ADVERB}\\s+)?(?:RESOLVED|[Rr]esolved|agreed)|(?:[Tt]he\\s+)?${BODY}\\s+(?:${ADVERB}\\s+)?resolved)\\b(?=[\\s,:–—-]*(?:${MANNER}[\\s,]+)?(?:that|to|not\\s+to)\\b|\\s*[:–—])[\\s,:–—-]*|\\bRESOLVED\\s*[:–—-][\\s:–—-]*|(?<=[;,]\\s{1,3})Resolved\\s*[:–—-][\\s:–—-]*|\\b(?:RESOLVED|AGREED)\\s+(?=to\\b|that\\b))(?:that\\b[\\s,:]*)?(.{3,})$`,
);

// A sentence that ends on its lead-in: "…, it was RESOLVED:", "… and it was unanimously resolved that:".
// ("Following discussion, it was agreed that:-" over its numbered clauses closes a paragraph the same way.)
const RESOLVED_CLOSING = new RegExp(`\\b(?:it\\s+was\\s+(?:${ADVERB}\\s+)?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)|RESOLVED|[Rr]esolved)(?:\\s+that)?\\s*[:–—-]{1,2}\\s*$`);

// Where a source line ends a clause that no punctuation ends: the next line opens with a capital, the line ends
// on no connective ("… it was RESOLVED unanimously to OBJECT" / "Cllrs Sherahilo & Teague offered to draft …").
const HANGING = new RegExp(String.raw`(?:[,;:(&–—-]|\b(?:and|or|of|the|to|for|with|by|a|an|in|on|at|as|that|be|from)|\b${alternation([...MEMBER_HONORIFICS, ...COURTESY_TITLES])}|\s)$`);

// A source row that opens a decision: "All were in agreement …", "Cllrs Sherahilo & Teague agreed …".
export const ROW_DECISION = /^All\b|^[A-Z][\w&'’-]*\s+(?:[\w&'’-]+\s+){0,4}(?:agreed|resolved)\b/;
// The words ROW_DECISION needs, one of which any row it reads holds.
export const ROW_DECISION_WORDS = /All|agreed|resolved/;

/**
 * A paragraph's sentences, and where a later source row opens with a capital the sentence from there too: minutes
 * without full stops run several records together ("Beech tree … £350 quote" / "All were in agreement that …").
 */
function withRowStarts(block: Block): readonly { text: string; index: number }[] {
  const all = sentences(block.text);
  // A row is read only if it says "All", "agreed" or "resolved" (what ROW_DECISION needs): most paragraphs say none.
  if (!ROW_DECISION_WORDS.test(block.fullText)) return all;
  const rows = block.fullText.split('\n');
  if (rows.length < 2) return all;
  const out = [...all];
  for (const row of rows.slice(1)) {
    const head = squashSpaces(row);
    if (!ROW_DECISION.test(head)) continue;
    const at = block.text.indexOf(head.slice(0, 30));
    if (at <= 0 || all.some((x) => x.index === at)) continue;
    const rest = sentences(block.text.slice(at))[0];
    if (rest) out.push({ text: rest.text, index: at + rest.index });
  }
  return out;
}

/** A clause found inside a paragraph, cut at the end of its source line when the paragraph's lines carry no full stops. */
function lineOf(clause: string, block: Block): string {
  const rows = block.fullText.split('\n').map(squashSpaces);
  if (rows.length < 2) return clause;
  // Where the clause starts in the rows joined, and the row it starts in.
  const joined = rows.join(' ');
  const head = squashSpaces(clause).slice(0, 40);
  const at = joined.indexOf(head);
  if (at < 0) return clause;
  let k = 0;
  let rowStart = 0;
  while (k < rows.length - 1 && rowStart + rows[k].length < at) rowStart += rows[k++].length + 1;
  if (k + 1 >= rows.length) return clause;
  const row = rows[k];
  if (HANGING.test(row) || /[.!?]["”’)]?$/.test(row) || !/^[A-Z]/.test(rows[k + 1])) return clause;
  return row.slice(Math.max(0, at - rowStart));
}

// A lead-in's clause that is only the deciding body, its colon dropped: "That the Sub-Committee", "That Council".
const BODY_INTRO = new RegExp(`^(?:the\\s+)?(?:[A-Z][\\w&'’-]*\\s+){0,4}${BODY}\\s*[–—-]?$`);

// "The Committee agreed that … be …", "Assembly agreed:", "Council agreed the appointment of …", "All members agreed that …",
// "All were in agreement that …", "The Committee agreed:-", "The Committee agreed to award:-" (the clauses follow),
// "Council agreed to increase the rents …", "The Committee approved the repair of …", and after the movers
// "Proposed by Cllr A, seconded by Cllr B, the Members unanimously approved …".
// Groups: that: "that" clause; colon: clauses follow; named: what was agreed; to: the decision "to …"; object: "approved the …".
// "Proposed by Cllr A, seconded by Cllr B, …", "On the proposal of Cllr A, seconded by Cllr B, …" (Irish minutes).
// "Upon a motion by Councillor Hill, seconded by …" (Canadian minutes) names the mover as "On the motion of" does.
const MOVERS_OPENER = `(?<movers>(?:${bothCases(MOVER_LABELS)}\\s+by|(?:[Oo]n|[Uu]pon)\\s+(?:the|a)\\s+(?:${bothCases(MOTION_NOUNS)})\\s+(?:of|by))\\s+[^,;]{2,60},\\s+(?:and\\s+)?${bothCases(SECONDER_LABELS)}\\s+by\\s+[^,;]{2,60},\\s+)?`;
// Bodies that decide by "agreed to …": not members counted together ("Members agreed to meet on site" is their task).
// The deciding verbs but "agreed", which members also use of their own tasks ("Members agreed to meet on site").
const FORMAL_VERB = new RegExp(`\\b(?:${threeCases(DECIDING_VERBS.filter((v) => v !== 'AGREED').map((v) => v.toLowerCase()))})\\b`);
const INSTITUTION = new RegExp(`^${alternation(DECIDING_BODIES.filter((b) => !MEMBER_GROUPS.includes(b)))}$`, 'i');
// The power it decided under: "The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude …".
const UNDER_STATUTE = `(?:,?\\s+under\\s+(?:[Ss]ection|[Ss]\\.|[Pp]aragraph|[Rr]ule|[Ss]tanding\\s+[Oo]rder)\\s[^;]{1,160}?,?(?=\\s+(?:to|that)\\s))?`;
// What the body did with the report before deciding: "The Committee noted the report and agreed that …".
const NOTED_FIRST = `(?:(?:noted|considered|received|discussed|debated)\\s+(?:the|this)\\s+[^,;.]{1,60}?,?\\s+and\\s+(?:${ADVERB}\\s+)?)?`;
// The body's verb as written, Scottish minutes setting it in capitals: "the Committee AGREED:".
const BODY_DECIDED = threeCases(DECIDING_VERBS.map((v) => v.toLowerCase()));
export const BODY_AGREED = new RegExp(
  `^${MOVERS_OPENER}(?<sentence>(?:(?:The|the)\\s+)?(?:(?:[A-Z][\\w&'’-]*\\s+){0,4}(?<body>${BODY})|All(?:\\s+(?:the\\s+)?${BODY})?)\\s+(?:${ADVERB}\\s+)?${NOTED_FIRST}(?:(?:${BODY_DECIDED}|were\\s+in\\s+agreement)(?:,?\\s+${MANNER})?${UNDER_STATUTE}(?:\\s+that\\s+(?<that>.{3,})|(?:\\s+to\\s+[a-z]{2,20}|\\s+as\\s+follows)?\\s*(?<colon>:)-?\\s*$|\\s+(?:to\\s+)?(?<named>(?:the\\s+)?(?:appointments?|recommendations?|proposals?|nominations?)\\s.{3,})|\\s+(?<agreedThe>(?:the|an?)\\s+(?!minutes\\b|need\\b|importance\\b)[a-z][\\w'’-]*.{3,})|\\s+(?<to>to\\s+(?!be\\b)[a-z]{2,20}\\b.{3,}))|${alternation(BODY_APPROVING_VERBS)}\\s+(?<object>(?:the|a|an|its)\\s+(?!minutes\\b).{3,})|voted\\s+(?:${MANNER}\\s+)?(?<voted>to\\s+(?!be\\b)[a-z]{2,20}\\b.{3,})))$`,
);
// A post named with a body's word: "the Chief Executive", "the Deputy Chief Executive".
const POST_NAMED_AS_BODY = new RegExp(`^(?:(?:The|the)\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,2}Chief\\s+(?:${BODY})\\b`);

/**
 * Not a phrasing: the verbs one of which BODY_AGREED needs (a deciding verb, "were in agreement", an approving
 * verb, "voted"), in any case and anywhere: a sentence without one is no body's decision, and this scan is far
 * cheaper than the pattern's (test/resolutions-gate.test.ts).
 */
export const BODY_DECISION_WORD = new RegExp(alternation([...DECIDING_VERBS, ...BODY_APPROVING_VERBS, 'agreement', 'voted']), 'i');

/** "The Committee agreed to …", "Council approved the …": a deciding body's decision, not a person's task. */
export function bodyDecision(sentence: string): RegExpExecArray | null {
  if (!BODY_DECISION_WORD.test(sentence)) return null;
  // "Following discussion, Council agreed …": read from the sentence's own subject.
  const m = BODY_AGREED.exec(withoutOpeners(sentence));
  if (!m || m.groups === undefined) return null;
  // "The Chief Executive agreed to circulate …": a post whose head is a body's name is a person, who takes a task.
  if (m.groups.body !== undefined && POST_NAMED_AS_BODY.test(m.groups.sentence ?? '')) return null;
  // "Members agreed to meet on site", "Councillors agreed to …": the members' own task, unless a motion was put to them.
  // A formal verb ("Members RESOLVED unanimously to …") decides for the meeting whoever its subject is.
  if ((m.groups.to !== undefined || m.groups.agreedThe !== undefined) && m.groups.movers === undefined && (m.groups.body === undefined || !INSTITUTION.test(m.groups.body)) && !FORMAL_VERB.test(m.groups.sentence)) return null;
  return m;
}
const APPROVING = new RegExp(`\\b(?:${alternation(BODY_APPROVING_VERBS)}|voted)\\b`);
/**
 * Not a phrasing: what a paragraph read for its decisions holds, one of "resolved", "agree…", an approving verb
 * (APPROVING, here in any case) or "prop…" / "moved": the four tests of extractResolutions as one scan.
 */
export const DECISION_WORD = new RegExp(`\\b(?:resolved\\b|agree|prop|moved|(?:${alternation(BODY_APPROVING_VERBS)}|voted)\\b)`, 'i');
// The subjunctive of a decision verb other than "be": "that the Council write to the Minister", "that the open day
// proceed in October". A subject of one to four words (no modal, auxiliary or "to" among them) then a decision verb
// in its base form: "the Clerk writes" (the indicative) and "officers would write" are not it.
const NOT_SUBJECT_WORD = alternation([...MODALS_BEFORE_BE, 'to', 'not', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do']);
const BASE_SUBJUNCTIVE = new RegExp(`^(?:(?:the|a|an|all)\\s+)?(?:(?!(?:${NOT_SUBJECT_WORD})\\b)[A-Za-z][\\w'’-]{0,30}\\s+){1,4}${alternation(CLAUSE_OPENING_VERBS)}\\b(?!['’])`);
// What makes a "that" clause a decision, not a report of opinion: a subjunctive or "should".
const DECISION_MOOD = /\bbe\b|\bshould\b/i;
const decisionMood = (clause: string): boolean => DECISION_MOOD.test(clause) || BASE_SUBJUNCTIVE.test(clause);

// The subjunctive of a decision: "the minutes be approved", "the matter be given further consideration", and no
// modal up to two words before it nor "to" right before it ("would be circulated", "would not necessarily be
// led", "to be agreed" are narrative or intention; "… Appendix 1 to the report be approved" is a decision).
const SUBJUNCTIVE = new RegExp(`(?<!\\b${alternation(MODALS_BEFORE_BE)}\\s{1,3}(?:[a-z]{1,15}\\s{1,3}){0,2}|\\bto\\s{1,3})\\bbe\\s+(?:[a-z]{1,15}ly\\s+)?[A-Za-z]{1,20}(?:ed|en|wn|ne|de|ld|nt|id|ut|et|pt|ght|ED)\\b`);
// "Prop. Cllr A, sec. Cllr B", "This was proposed by Cllr A and seconded by Cllr B": movers after the decision they moved.
const PROPOSED_AFTER = new RegExp(
  `^(?:(?:this|it)\\s+was\\s+)?(?:then\\s+)?${alternation(MOVER_LABELS)}(?:\\s+by)?\\s*:?\\s+\\S.{0,80}?(?:,|;|\\s+and)\\s+(?:duly\\s+)?${alternation(SECONDER_LABELS)}(?:\\s+by)?\\s*:?\\s+\\S`,
  'i',
);
// A sentence that records a decision: a subjunctive, "agreed"/"resolved", or a clause opening "That" / "To".
const DECIDES = /\b(?:agreed|resolved|decided)\b|^["“‘]?\s*(?:that|to)\s/i;
// "The minutes of the meeting … were accepted": approving the minutes is narrative, not a resolution.
const MINUTES_NARRATIVE = /^the\s+minutes\b.{0,200}?\b(?:were|was)\b/i;

// "REFUSED. Reason(s) for refusal:-", "APPROVED subject to conditions.", "GRANTED" alone on its line: group 1.
// "The application was REFUSED for the following reasons:", "Planning permission was GRANTED subject to …": group 3, the sentence.
export const PLANNING_DISPOSITION = new RegExp(
  `(?:^|\\s)(${alternation(PLANNING_DISPOSITIONS)}\\b(?:\\.?\\s*Reasons?(?:\\(s\\))?\\s+for\\s+(?:refusal|the\\s+decision)\\s*:?-?|\\s+subject\\s+to\\s+(?:conditions|the\\s+conditions|a\\s+(?:section|s\\.?)\\s*106)[^.]{0,200}\\.?))|^(${alternation(PLANNING_DISPOSITIONS)})\\.?$` +
    `|(?:^|\\s)((?:[Tt]he\\s+)?(?:application|proposal|(?:planning\\s+|listed\\s+building\\s+)?(?:permission|consent))\\s+(?:was|is)\\s+(?:${alternation(PLANNING_DISPOSITIONS)})\\b[^:.]{0,200}[:.]?)$`,
);

/** Not a phrasing: the dispositions, one of which every text PLANNING_DISPOSITION matches holds as written (test/resolutions-gate.test.ts). */
export const PLANNING_DISPOSITION_WORD = new RegExp(alternation(PLANNING_DISPOSITIONS));

// Words of moving and voting: an item with any of them holds motions.
const MOTION_WORDS = /\b(?:moved|mover|seconded|seconder|proposed|proposer|carried|lost|defeated|in\s+favour)\b/i;
// A heading or paragraph that introduces an officer's recommendation, not the meeting's decision.
const RECOMMENDATION = /\brecommend/i;

// A clause this short ("to recommend APPROVAL") recurs as a formula, one per application; a longer one printed
// twice is the same decision reprinted.
const SHORT_CLAUSE_WORDS = 6;

const isDecisionSection = (s: Section): boolean => s.kind === 'resolutions' || s.kind === 'decision';

export function extractResolutions(ctx: ItemContext): Resolution[] {
  const out: Resolution[] = [];
  const found = new Set<string>();
  const push = (r: Resolution | null): void => {
    // A paragraph read by sentence and by row finds a clause once.
    const key = r ? `${r.line}\u0000${r.text}` : '';
    if (r && !found.has(key)) {
      found.add(key);
      out.push(r);
    }
  };
  // Later sentences of plain paragraphs (a paragraph's first sentence was classified as its own line).
  for (const section of ctx.sections) {
    if (section.kind !== 'plain') continue;
    for (const b of section.blocks) {
      // (A paragraph opening with who attended to present is prose too: "X was in attendance for this item. The Panel agreed that …".)
      if (b.kind !== 'paragraph' && b.kind !== 'bullet' && b.kind !== 'presenting-attendance') continue;
      // "The Committee:-" over "(a) noted …", "(b) approved …": each entry is a clause of the body's decision.
      if (b.kind === 'paragraph' && b.text.length < 80 && BODY_ALONE_INTRO.test(b.text)) {
        const entries = clausesAfter(b, ctx, true);
        if (entries.length > 0 && entries.every((c) => opensWithPastClauseVerb(c.text))) for (const c of entries) push(make(clauseNumber(c.marker), c.text, c, resolutionBodyPastClausesRule.id));
        continue;
      }
      // One scan says whether any of the four words below is there: most paragraphs hold none.
      if (!DECISION_WORD.test(b.text)) continue;
      const resolved = /\bresolved\b/i.test(b.text);
      const agreed = /\bagree/i.test(b.text);
      const approving = APPROVING.test(b.text);
      if (!resolved && !agreed && !approving && !/\b(?:prop|moved)/i.test(b.text)) continue;
      const all = withRowStarts(b);
      // "RESOLVED: (a) THAT … . (b) THAT … .": the marker the next sentence continues the list with.
      let want: string | null = null;
      all.forEach((s, k) => {
        const cont = want !== null ? LEAD_MARKER.exec(s.text) : null;
        if (cont && want !== null && cont[1].toLowerCase() === want.toLowerCase()) {
          push(make(cont[1], s.text.slice(cont[0].length), b, resolutionInParagraphRule.id));
          want = nextMarker(cont[1]);
          return;
        }
        want = null;
        // "It was moved by …, seconded by … and RESOLVED that …" anywhere.
        const moved = MOVED_AND_RESOLVED.exec(s.text);
        if (moved && /^agreed$/i.test(moved[1]) && moved[2].trim().length >= 3 && ABOUT_MINUTES.test(s.text.slice(0, moved.index))) return;
        if (moved) {
          if (moved[2].trim().length >= 3) push(make(null, lineOf(moved[2], b), b, resolutionMovedAndResolvedRule.id));
          // "… and RESOLVED" closing the paragraph, or "… and agreed:" before it: the clause is the paragraph after it.
          else if (k === all.length - 1 && (/^resolved$/i.test(moved[1]) || /[:–—-]\s*$/.test(s.text))) for (const c of clausesAfter(b, ctx)) push(make(clauseNumber(c.marker), c.text, c, resolutionMovedAndResolvedRule.id));
          return;
        }
        // "Proposed by Cllr A, seconded by Cllr B, it was RESOLVED:" closing the paragraph: the clauses are the entries after it.
        if ((resolved || agreed) && k === all.length - 1 && RESOLVED_CLOSING.test(s.text)) {
          for (const c of clausesAfter(b, ctx)) push(make(clauseNumber(c.marker), c.text, c, resolutionInParagraphRule.id));
          return;
        }
        if (resolved || agreed) {
          const m = (k > 0 && resolved ? RESOLVED_SENTENCE.exec(s.text) : null) ?? RESOLVED_INSIDE.exec(s.text);
          // "It was agreed that officers would …" is a commitment (an action); a decision is agreed "to" or in the subjunctive.
          // "It was agreed that the Clerk obtains quotations": the present tense sets a task as the subjunctive does.
          const commitment = m !== null && /\bagreed\b/i.test(s.text.slice(m.index, s.text.length - m[1].length)) && !/^to\s/i.test(m[1]) && !SUBJUNCTIVE.test(m[1]) && !BASE_SUBJUNCTIVE.test(m[1]) && !OWNER_PRESENT_TASK.test(m[1]);
          if (m && !commitment) {
            const marker = LEAD_MARKER.exec(m[1]);
            if (marker) want = nextMarker(marker[1]);
            push(make(marker ? marker[1] : null, lineOf(marker ? m[1].slice(marker[0].length) : m[1], b), b, resolutionInParagraphRule.id));
            return;
          }
        }
        const body = agreed || resolved || approving ? bodyDecision(s.text) : null;
        if (!body) {
          // "… be accepted. Prop. Cllr A, sec. Cllr B; all in favour.": the sentence before its movers.
          const after = b.text.slice(s.index + s.text.length).trim();
          if (PROPOSED_AFTER.test(after) && !PROPOSED_AFTER.test(s.text) && !MINUTES_NARRATIVE.test(s.text) && (SUBJUNCTIVE.test(s.text) || DECIDES.test(s.text)))
            push(make(null, s.text.replace(/^(?:it\s+was\s+)?(?:agreed|resolved)\s+(?:that\s+)?/i, ''), b, resolutionProposedAfterRule.id));
          return;
        }
        const g = body.groups!;
        if (g.that !== undefined && decisionMood(g.that)) push(make(null, g.that, b, resolutionBodyAgreedRule.id));
        else if (g.colon !== undefined && k === all.length - 1) for (const c of clausesAfter(b, ctx, true)) push(make(clauseNumber(c.marker), c.text, c, resolutionBodyAgreedRule.id));
        else if (g.named !== undefined) push(make(null, g.named, b, resolutionBodyAgreedRule.id));
        else if (g.to !== undefined) push(make(null, g.to, b, resolutionBodyAgreedRule.id));
        // "Councillors voted unanimously to approve the budget": a vote of the meeting, whoever the members are.
        else if (g.voted !== undefined) push(make(null, g.voted, b, resolutionBodyAgreedRule.id));
        // "The Committee agreed the work programme, subject to …": the whole sentence.
        else if (g.agreedThe !== undefined) push(make(null, g.sentence, b, resolutionBodyAgreedRule.id));
        // "The Committee approved the repair of …": the whole sentence, its verb being the decision.
        else if (g.object !== undefined) push(make(null, g.sentence, b, resolutionBodyAgreedRule.id));
      });
    }
  }
  for (const section of ctx.sections) {
    if (!isDecisionSection(section)) continue;
    const rule = section.kind === 'decision' ? resolutionDecisionHeadingRule.id : resolutionLeadInRule.id;
    const lead = section.leadIn!;
    // A motions table row lost, withdrawn or referred elsewhere is a motion, not a decision.
    if (lead.rule === 'motion-table-row' && tableDisposition(lead.text).decided === false) continue;
    let leadText = leadClause(lead.text);
    const clauses = section.blocks;
    let number = clauseNumber(lead.marker);
    if (clauses.length > 0 && !isDataList(clauses) && !INTRODUCES_CONDITIONS.test(leadText)) {
      // "RESOLVED that Cabinet:" + numbered clauses: each clause a record. The bare lead-in is not one.
      // "The Committee agreed:-" introduces as a colon does; "THAT Council receive the report;" is a clause of the list.
      // A lead-in that decides before its colon ("that the application be GRANTED in part, as follows:") is a clause too.
      const decidesItself = /:\s?[-–—]?$/.test(leadText) && SUBJUNCTIVE.test(leadText);
      if (leadText && (decidesItself || !/:\s?[-–—]?$/.test(leadText)) && !(/;$/.test(leadText) && !CLAUSE_VERB.test(leadText)) && !/\bthat$/i.test(leadText)) push(make(number, leadText, lead, rule));
      // Data entries under a clause that introduces them ("the four priorities:" · Tackling Offending) stay inside it;
      // a verbless entry elsewhere is a clause in the subjunctive ("1) the meeting start at 4.30pm").
      let inData = false;
      // "2. That this resolution is subject to the following conditions:" then "• …": the conditions are terms of
      // that clause, verbs and all, until an entry marked as the clause was.
      let termsOf: string | null = null;
      clauses.forEach((c, k) => {
        if (termsOf !== null) {
          if (markerShape(c.marker) !== termsOf) return;
          termsOf = null;
        }
        if (!CLAUSE_VERB.test(c.text)) {
          if (inData || !c.marker) return;
        } else inData = INTRODUCES_LIST.test(c.text);
        if (INTRODUCES_CONDITIONS.test(c.text)) termsOf = markerShape(c.marker);
        // An introduction ("That Cabinet:") to the clauses after it is not a clause itself; one to a list of data is.
        else if (/:\s?[-–—]?$/.test(c.text) && k + 1 < clauses.length && CLAUSE_VERB.test(clauses[k + 1].text)) return;
        const parts = splitInlineClauses(c.text);
        for (const p of parts) push(make(p.number ?? clauseNumber(c.marker), p.text, c, rule));
      });
      // "(B) the footpath survey be published." printed as a paragraph after the list: the list goes on.
      const last = clauses[clauses.length - 1];
      const lastNumber = LEAD_MARKER.exec(last.text)?.[1] ?? splitInlineClauses(last.text).at(-1)?.number ?? null;
      if (lastNumber) for (const c of listContinuing(last, lastNumber, ctx)) push(make(clauseNumber(c.marker) ?? LEAD_MARKER.exec(c.text)?.[1] ?? null, c.text.replace(LEAD_MARKER, ''), c, rule));
      for (const c of andThatContinuing(last, ctx)) push(make(null, c.text, c, rule));
    } else if (clauses.length === 0 && BODY_INTRO.test(leadText) && clausesAfter(lead, ctx).length > 0) {
      // "RESOLVED: That the Sub-Committee" with no colon, then "1. notes …" / "2. requests …": the body introduces its clauses.
      for (const c of clausesAfter(lead, ctx)) for (const p of splitInlineClauses(c.text)) push(make(p.number ?? clauseNumber(c.marker), p.text, c, rule));
    } else if (leadText) {
      // "RESOLVED – (a) That … ." then "(b) That …" printed as the next entry: the lead-in opened a list.
      const marker = clauses.length === 0 ? LEAD_MARKER.exec(leadText) : null;
      const more = marker ? listContinuing(lead, marker[1], ctx) : [];
      if (marker && more.length) {
        number = marker[1];
        leadText = stripThat(leadText.slice(marker[0].length));
      }
      leadText = withoutNarrative(leadText);
      const finished = more.length === 0 && clauses.length === 0 ? finishedClause(lead, leadText, ctx) : { text: leadText, end: lead.end };
      const before = out.length;
      for (const p of splitInlineClauses(finished.text)) for (const clause of splitThatClauses(p.text)) push(make(p.number ?? number, clause, lead, rule));
      for (const r of out.slice(before)) r.end = Math.max(r.end ?? r.line, finished.end);
      for (const c of more) push(make(clauseNumber(c.marker), c.text, c, rule));
      for (const c of andThatContinuing(more.at(-1) ?? lead, ctx)) push(make(null, c.text, c, rule));
    } else if (clauses.length === 0) {
      // "Resolved: (Cr A/Cr B)", "Resolved that –": the clauses are printed after the lead-in. ("That Council:" alone
      // introduces clauses it does not hold: the motion read from the same lines gives them.)
      for (const c of clausesAfter(lead, ctx)) {
        for (const p of splitInlineClauses(c.text)) if (!isBareIntroduction(p.text)) push(make(p.number ?? clauseNumber(c.marker), p.text, c, rule));
      }
    }
  }
  // A decision record ("Decision Maker: CABINET", "Decision published: …") with no "RESOLVED" or "Decision:"
  // lead-in: its decision is the paragraph that is itself a "That …" clause with a decision verb ("That Cabinet
  // note the reports …" above "Reasons for decision").
  if (out.length === 0 && ctx.item.body.some((t) => t.kind === 'record-field') && !ctx.sections.some(isDecisionSection)) {
    for (const section of ctx.sections) {
      const b = section.blocks.find((x) => x.kind === 'paragraph' && BARE_THAT_CLAUSE.test(x.text));
      if (b) {
        push(make(null, b.text, b, resolutionDecisionRecordRule.id));
        break;
      }
    }
  }
  // Planning dispositions in the proceedings, one per application.
  for (const section of ctx.sections) {
    if (section.kind !== 'plain') continue;
    for (const b of section.blocks) {
      const d = /[A-Z]{7}/.test(b.text) && PLANNING_DISPOSITION_WORD.test(b.text) ? PLANNING_DISPOSITION.exec(b.text) : null;
      if (d && d[3] !== undefined) push({ number: null, text: d[3].trim(), kind: resolutionKind(d[3].toLowerCase()), ...placeOf(b), rule: resolutionPlanningDispositionRule.id });
      else if (d) push({ number: null, text: (d[1] ?? d[2]).trim(), kind: resolutionKind((d[1] ?? d[2]).toLowerCase().replace(/^(approved|refused|granted|deferred)/, 'be $1')), ...placeOf(b), rule: resolutionPlanningDispositionRule.id });
    }
  }
  if (out.length === 0 && !ctx.sections.some(isDecisionSection)) out.push(...clausesWithoutLeadIn(ctx));
  // A decision printed both in a "Decision:" block and in the minutes counts once; the same clause twice
  // under one kind of lead-in ("AGREED to recommend APPROVAL" for two applications) is two decisions.
  // One clause cannot be printed twice.
  if (out.length < 2) return out;
  const seen = new Map<string, string | undefined>();
  return out.filter((r) => {
    const key = r.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key) && (seen.get(key) !== r.rule || key.split(' ').length > SHORT_CLAUSE_WORDS)) return false;
    seen.set(key, r.rule);
    return true;
  });
}

// How many blocks (a sub-list of data) may lie between two entries of a clause list.
const ENTRY_GAP = 12;

/**
 * Formal clauses whose lead-in the page dropped, in an item with no other decision: a paragraph opening
 * "That …" in the subjunctive, or a run of marked entries every one of which is.
 */
function clausesWithoutLeadIn(ctx: ItemContext): Resolution[] {
  const out: Resolution[] = [];
  const rule = resolutionWithoutLeadInRule.id;
  const blocks = ctx.blocks;
  // A block after an officer's recommendation is none of the meeting's clauses. (Asked only of a block that
  // would be one: most blocks are not, and the question is a scan of the block before.)
  const afterRecommendation = (k: number): boolean => k > 0 && RECOMMENDATION.test(blocks[k - 1].text);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind === 'paragraph') {
      if (OPENS_CLAUSE.test(b.text) && SUBJUNCTIVE.test(b.text) && !RECOMMENDATION.test(b.text) && !afterRecommendation(k)) {
        const r = make(null, b.text, b, rule);
        if (r) out.push(r);
      }
      continue;
    }
    const first = b.kind === 'bullet' ? clauseNumber(b.marker) : null;
    if (first === null || !/^(?:1|a|A)$/.test(first) || afterRecommendation(k)) continue;
    // The list's entries in sequence ("(a)", "(b)", "(c)"), with any sub-list of data between them left out.
    const entries = [b];
    let lastAt = k;
    // A sub-list between two entries is short: look a bounded way ahead for the next one.
    for (let j = k + 1, want = nextMarker(first); j < blocks.length && j <= lastAt + ENTRY_GAP; j++) {
      if (blocks[j].kind !== 'bullet' || clauseNumber(blocks[j].marker) !== want) continue;
      entries.push(blocks[j]);
      lastAt = j;
      want = nextMarker(want);
    }
    if (entries.length >= 2 && entries.every((x) => SUBJUNCTIVE.test(x.text) && !/^to\s/i.test(x.text))) {
      for (const e of entries) {
        const r = make(clauseNumber(e.marker), e.text, e, rule);
        if (r) out.push(r);
      }
      k = lastAt;
    }
  }
  // Wording that is moved, seconded or voted on is a motion's: the motion rules read it. (Asked last, when
  // there are clauses: most items have none, and the question is a scan of every block.)
  if (out.length > 0 && blocks.some((b) => MOTION_WORDS.test(b.text))) return [];
  return out;
}

// A motion's wording up to a colon that introduces its conditions or reasons, and the marked terms after it.
const TERMS_AFTER = new RegExp(String.raw`^(.{3,600}?${TERMS_HEAD})\s*[-–—]?\s*\(?(?:\d{1,2}|[a-hA-H])[.)]?\s`, 's');


/**
 * The clauses of a motion's wording. Its list markers were read off with the
 * lines, so "the Council: Receives the report. Approves funding." splits at the
 * sentences after an introduction ending in a colon, each opening with a verb.
 */
function motionClauses(text: string): { number: string | null; text: string }[] {
  // "… approved subject to the following conditions: 1) … 2) …": the conditions are terms of the one decision.
  const terms = TERMS_AFTER.exec(text);
  if (terms) return [{ number: null, text: terms[1] }];
  // North American clauses after the first: "That Council receive the report; And that Council award the contract …".
  const further = text.split(AND_THAT_AFTER_CLAUSE);
  if (further.length > 1) return further.map((p, k) => ({ number: null, text: (k === 0 ? p : stripThat(p.replace(AND_THAT_OPENING, ''))).replace(/;\s*$/, '').trim() }));
  const inline = splitInlineClauses(text);
  if (inline.length > 1) return inline;
  const intro = /^(.{2,80}?):\s+(.+)$/s.exec(text);
  if (!intro) return inline;
  const parts = sentences(intro[2]).map((s) => s.text);
  if (parts.length >= 2 && parts.every((p) => /^[A-Z][a-z]+s\b/.test(p) || CLAUSE_OPENER.test(p))) return parts.map((p) => ({ number: null, text: p }));
  // "That Council: a) receives the report; and b) approves the award …", the markers read off: split at the semicolons.
  const clauses = intro[2].split(/;\s*(?:and\s+)?(?=[a-z]+s\b)/);
  if (clauses.length >= 2 && clauses.every((p) => /^[a-z]+s\b/.test(p))) return clauses.map((p) => ({ number: null, text: p.trim() }));
  // "That Council: Initiates …; Refers …; and Advertises …", "That the Board: receive the report. approve …":
  // clauses that each open with a deciding verb (a split inside a clause fails the test and is not taken).
  const verbClauses = intro[2].split(/(?<=[.;])\s+(?:and\s+)?(?=\p{L})/u);
  if (verbClauses.length >= 2 && verbClauses.every((p) => CLAUSE_OPENER.test(p))) return verbClauses.map((p) => ({ number: null, text: p.trim() }));
  // "That Committee of the Whole recommend to Council: That the rate be approved; and That staff report back …":
  // clauses that each open with "That" (their numbers read off with the lines).
  if (verbClauses.length >= 2 && verbClauses.every((p) => /^that\s/i.test(p))) return verbClauses.map((p) => ({ number: null, text: p.replace(/;\s*(?:and|or)?\s*$/i, '').trim() }));
  return inline;
}

/** Where a further clause opens after a finished one: "…; And that …", "…. AND FURTHER THAT …". */
const AND_THAT_AFTER_CLAUSE = new RegExp(`(?<=[;.])(?=${AND_THAT.source.slice(1)})`, 'i');

/** A clause opening with a deciding verb: "Accept the tender", "Refers the amendment", "authorises the Chief Executive". */
// A bilingual clause gives the verb in both languages first: "whiwhi / receive the report", "derbyn / receive".
const CLAUSE_OPENER = new RegExp(`^(?:\\p{L}{2,20}(?:\\s\\p{L}{2,20})?\\s?\\/\\s?)?${alternation(CLAUSE_OPENING_VERBS)}(?:e?s)?(?!\\p{L})`, 'iu');

/**
 * A motion that was moved and carried is a decision even when no RESOLVED
 * restates it ("Moved: Cr A Seconded: Cr B / That Council approve … / Carried").
 * Lost amendments and amendments in general are not clauses of their own.
 * Each clause made carries `rule` (the refiner that calls this).
 */
export function resolutionsFromCarriedMotions(motions: readonly Motion[], resolutions: readonly Resolution[], rule: string): Resolution[] {
  const out = [...resolutions];
  motions.forEach((m, k) => {
    if (m.amendment || (m.outcome !== 'carried' && m.outcome !== 'carried unanimously')) return;
    if (resolutions.some((r) => r.motion === k)) return;
    // Wording printed in quotation marks ("“That the Council calls on …”") is the clause without them.
    for (const clause of motionClauses(stripThat(unquote(m.text)))) {
      const text = trimClause(clause.text.replace(CLAUSE_TRAILER, ''));
      if (text.length < 3) continue;
      const r: Resolution = { number: clause.number, text, kind: resolutionKind(text), line: m.line, motion: k, rule };
      if (m.column !== undefined) r.column = m.column;
      if (m.end !== undefined) r.end = m.end;
      if (m.page !== undefined) r.page = m.page;
      out.push(r);
    }
  });
  return out.sort((a, b) => a.line - b.line);
}
