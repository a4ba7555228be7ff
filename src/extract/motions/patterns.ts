// The phrasings of moving, seconding, outcomes and votes: one named pattern per
// family. The event rules (events.ts) read blocks and sentences with them.
import type { NamedVote } from '../../schema/document.js';
import { abbreviationAlternation, alternation, caselessAlternation, ALL_IN_FAVOUR, DECIDING_BODIES, BOARD_MEMBER_TITLES, COURTESY_TITLES, MOTION_NOUNS, HONORIFICS, ANSWER_LABELS, CARRIED_WORDS, LOST_WORDS, MOTION_ADOPTING_VERBS, OUTCOME_LABELS, MOVER_LABELS, SECONDER_LABELS, WITHDRAWN_WORDS } from '../../lexicon/index.js';
import { RESOLUTION_NUMBER_SOURCE } from '../../tokenize/patterns.js';

/** What is put, seconded and carried, for the case-insensitive patterns below: "motion", "amendment", "proposal". */
const MOTION_NOUN = caselessAlternation(MOTION_NOUNS);

/** "Resolution 449/2024", "Resolution No. CO2024/14": the label of a decision the minutes number as a resolution. */
export const RESOLUTION_NUMBER_LABEL = new RegExp(`^resolution\\s+(?:no\\.?\\s*)?${RESOLUTION_NUMBER_SOURCE}\\b`, 'i');
// A decision label: "Resolution", "OFFICER RECOMMENDATION", "Council Resolution", "Staff Recommendation", "Amendment".
const DECISION_LABEL_HEAD = `(?:(?:officer['’]?s?|council|committee|staff|substantive|original)\\s+)?(?:${caselessAlternation([...MOTION_NOUNS, 'resolution', 'decision', 'item'])})`;
/**
 * What may stand before "Moved" on its line: a decision label, perhaps two joined ("OFFICER RECOMMENDATION / COUNCIL
 * RESOLUTION"), and its number ("Resolution 449/2019 Moved: …", "Amendment: Moved by …", "Council Resolution No. 12").
 */
// (The number may be spaced from its letters: "COMMITTEE RESOLUTION  ARIC 03/25".)
export const LABEL_BEFORE_MOVERS = new RegExp(`^(?:${DECISION_LABEL_HEAD}(?:\\s*(?:/|&|and)\\s*${DECISION_LABEL_HEAD})?)?\\s*(?:no\\.?\\s*)?(?:${RESOLUTION_NUMBER_SOURCE}|[\\w/.-]{0,20})\\s*:?$`, 'i');
/** A show of hands recording the decision: "All in favour", "agreed by all members". */
const ALL_AGREED_PHRASE = `(?:${alternation(ALL_IN_FAVOUR)}|(?:agreed|carried)\\s+(?:by\\s+all(?:\\s+(?:members|councillors|present))?|unanimously))\\b`;
export const ALL_AGREED = new RegExp(`(?:^|\\s)${ALL_AGREED_PHRASE}`, 'i');
/** The same opening the text after a motion's names: "Prop. Cllr A, sec. Cllr B; all in favour. To renew …". */
export const ALL_AGREED_LEAD = new RegExp(`^${ALL_AGREED_PHRASE}[\\s.;:,–—-]*`, 'i');

// ── Phrasings that open a motion ───────────────────────────────────────────

/** "Moved: Cr X", "MOVED BY councillor x", "Moved Cr X", "Mover: Cr X". Group 1: "by" or punctuation after the label, group 2: the text after it. */
export const MOVED_LABEL = new RegExp(`(?:^|[\\s|])${alternation(MOVER_LABELS)}(\\s+by\\s*[:–—-]?|\\s*[:–—-])?\\s+(?=\\S)(.*)$`, 'i');
/** Without "by" or a colon the label must be followed by a titled name: "Moved Cr Smith", not "Proposed Lease Agreement". */
// Any honorific of the lexicon titles a mover ("Moved Member Frost" on New Zealand boards, "Moved Cr Hall").
// A regional district's board members move as "Director": "MOVED Director Sauvé, SECONDED Director Tamblyn, THAT …".
export const TITLED = new RegExp(`^(?:${abbreviationAlternation(HONORIFICS)}|${alternation(BOARD_MEMBER_TITLES)})\\b`, 'i');
/** Ontario resolution lines: "R2018-206 J. Scott, L. Andersen: That …". Group 1 mover, 2 seconder, 3 wording. */
export const NUMBERED_MOVERS = /^(?:resolution\s+(?:no\.?\s*)?)?[A-Z]{0,3}\d{2,4}[-/]\d{1,4}\s+((?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]{1,30}),\s+((?:[A-Z]\.\s?){1,2}[A-Z][\w'’-]{1,30})\s*(?::\s*(.*)|$)/;
/** A mover's name in a numbered resolution: "Dery", "Cllr Oberg", "K. Doyle", "Deputy Reeve Enns". */
const NUMBERED_MOVER_NAME = String.raw`(?:${abbreviationAlternation(HONORIFICS)}\s+)?(?:[A-Z]\.\s?){0,2}[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?`;
/**
 * A numbered resolution with its mover (and seconder after a dash) before the wording: "Res. 241/25   Dery – That
 * the agenda be adopted. Carried." (Saskatchewan rural municipalities), "112/26 Mazur – Enns: That …",
 * "MPC-25-061 Cllr Oberg: that the minutes be adopted." Groups: 1 the mover, 2 the seconder, 3 the wording from its "That".
 */
export const NUMBERED_MOVER = new RegExp(
  String.raw`^(?:(?:[Rr]es(?:olution)?|RES(?:OLUTION)?)\.?\s*(?:[Nn]o\.?\s*)?)?${RESOLUTION_NUMBER_SOURCE}\s+(${NUMBERED_MOVER_NAME})(?:\s*[–—-]\s*(${NUMBERED_MOVER_NAME}))?\s*(?:[:–—]|\s-)\s*((?:[Tt]hat|THAT)\b.*)$`,
);
/** "Seconded: Cr Y", "SECONDED BY councillor y", "Seconder: Cr Y". Group 1: text after the label. */
export const SECONDED_LABEL = new RegExp(`(?:^|[\\s|/,;])${alternation(SECONDER_LABELS)}(?:\\s+by)?\\s*[:–—-]?\\s+(?=\\S)(.*)$`, 'i');
/**
 * An outcome closing a line of wording: "… as circulated. CARRIED", "… Motion carried.", "… The motion was lost." Group 1: the
 * outcome. Only the words that never end a motion's own wording ("be adopted" and "be agreed" do).
 */
export const OUTCOME_TAIL = new RegExp(`(?:^|\\s)(?:(?:the\\s+)?${MOTION_NOUN}\\s+(?:was\\s+)?)?((?:carried|lost|defeated|withdrawn)(?:\\s+unanimously)?)\\.?$`, 'i');
/**
 * "The recommendation was put to the vote and carried unanimously:", "The following motion was put to the meeting and lost:": the
 * outcome first, the wording on the lines after the colon. Groups: 1 what was put, 2 the outcome word, 3 "unanimously".
 */
export const OUTCOME_BEFORE_WORDING = new RegExp(
  `^(?:the\\s+)?(?:following\\s+)?((?:${MOTION_NOUN})s?)\\s+(?:was|were)\\s+(?:then\\s+)?put(?:\\s+to\\s+(?:the\\s+)?(?:vote|meeting|council|committee|board))?\\s+and\\s+(?:was\\s+|were\\s+)?(?:declared\\s+)?(${alternation([...CARRIED_WORDS, ...LOST_WORDS])})(\\s+unanimously)?\\s*[:–—-]\\s*$`,
  'i',
);
/** A seconder's label opening the rest of a mover's line: "Moved: Cr X, Seconded: Cr Y", "Prop. Cllr A, sec. Cllr B". */
export const SECONDER_LEAD = new RegExp(`^\\s*(?:[/,|;]|and\\b)?\\s*${alternation(SECONDER_LABELS)}`, 'i');
/** A line that opens with a seconder's label and its "by" or colon: "Seconded by Cr Y", "Sec.: Cr Y". */
export const SECONDER_LINE = new RegExp(`^\\s*${alternation(SECONDER_LABELS)}(?:\\s+by|\\s*[:–—-])`, 'i');
/** A label line that only opens a motion or amendment: "MOTION", "Motion:", "AMENDMENT", "Notice of Motion". */
// The label may carry its number ("Motion No. 8/2025") and, after a dash, its mover ("Motion No. 8/2025 - Cllr. T. Brennan").
export const MOTION_LABEL = /^(?:notice\s+of\s+)?(motion|amendment|foreshadowed\s+motion)(?:\s+(?:no\.?\s*)?\d{1,4}(?:\/\d{2,4})?)?\s*[:.–—-]?\s*(.{0,100000})$/i;
/** "Resolved (Cr A / Cr B) That …": mover and seconder in brackets after a resolved lead-in. */
export const RESOLVED_BRACKETS = /\b(?:resolved|carried|moved)\s*\(\s*([^/()]{2,80}?)\s*\/\s*([^/()]{2,80}?)\s*\)/i;
/** "It was moved by Councillor X and seconded by Councillor Y that …" (also "proposed … seconded"). */
// A full stop ends the seconder's name, but not one of a title's ("seconded by Cllr. O'Leary.", Irish minutes).
const SHORT_TITLES = alternation([...HONORIFICS, ...COURTESY_TITLES].filter((t) => t.length <= 5 && !t.includes(' ')));
export const IT_WAS_MOVED = new RegExp(String.raw`\b(?:it\s+was\s+(?:duly\s+|then\s+|further\s+)?|(?:an?|the)\s+(?:following\s+)?(?:notice\s+of\s+)?(${MOTION_NOUN})\s+(?:in\s+the\s+name\s+of\s+[^,:;]{2,80}?\s+)?(?:was\s+)?(?:then\s+)?)(?:moved|proposed)\s+by\s+(.{2,120}?)(?:,?\s+and\s+|,\s+)(?:duly\s+)?seconded\s+by\s+(.{2,120}?)(?:,?\s+(?:as\s+an\s+amendment\s+)?(?:that|THAT)\b|,?\s+and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|carried)\b(?:\s+unanimously)?[\s:,–—-]*(?:that\b)?|\s*:|,|(?<!\b(?:[A-Z]|${SHORT_TITLES}))\.\s|\.?$)(.*)$`, 'i');
/** "It was moved and seconded that …": a motion whose mover and seconder the minutes do not name. Group 1: the wording. */
export const MOVED_AND_SECONDED_UNNAMED = /\bit\s+was\s+(?:duly\s+|then\s+|further\s+)?(?:moved|proposed)\s+and\s+(?:duly\s+)?seconded\s*(?:that\b|:)\s*(.*)$/i;
/** "this was not seconded", "for want of a seconder": a motion that fell. */
export const NOT_SECONDED = /\b(?:was|were)\s+not\s+seconded\b|\b(?:no|without\s+a|for\s+(?:want|lack)\s+of\s+a)\s+seconder\b|\bfailed\s+to\s+(?:find|attract|get)\s+a\s+seconder\b/i;
/** "The amendment was moved by Councillor X." with no seconder given. */
export const MOVED_BY_ONLY = /\b(?:it\s+was\s+|(?:an?|the)\s+(?:following\s+)?(?:notice\s+of\s+)?(amendment|motion)\s+(?:was\s+)?)(?:moved|proposed)\s+by\s+(.{2,120}?)(?:,?\s+(?:that|THAT)\b|\s*:|,|\.\s|\.?$)(.*)$/i;
/** "Mr Gough proposed, and Mr Brady seconded (the motion | the following amendment …) that …". */
// "Cr Oakes moved, Cr Frankcombe seconded, that …" (Tasmania) joins the two with a comma.
export const PROPOSED_AND_SECONDED = /^(.{2,80}?)\s+(?:proposed|moved)(?:,?\s+and\s+|,\s+)(.{2,80}?)\s+seconded,?\s*(?:(?:the\s+(?:following\s+)?)(amendment|motion)\b[^:]{0,160}?(?::|\s(?=that\b)))?\s*(?:that\b)?\s*(.*)$/i;
/**
 * "Councillor X moved, seconded by Councillor Y, that …" (Atlantic Canada, Irish and English minutes), also naming what was
 * moved: "Councillor X proposed the following Notice of Motion, seconded by Councillor Y:" (the wording below),
 * "Alderman X proposed an amendment, seconded by Alderman Y, that …". Groups: 1 mover, 2 what was moved, 3 seconder, 4 wording.
 */
export const NAME_MOVED_SECONDED_BY = new RegExp(
  `^(.{2,80}?)\\s+(?:then\\s+)?(?:moved|proposed)(?:\\s+(an?\\s+(?:${MOTION_NOUN})|the\\s+(?:following\\s+)?(?:notice\\s+of\\s+)?(?:${MOTION_NOUN})))?,\\s+(?:and\\s+(?:it\\s+)?was\\s+)?(?:duly\\s+)?seconded\\s+by\\s+(.{2,80}?),?\\s*(?:\\s(?:that|THAT)\\b|:-?)\\s*(.*)$`,
  'i',
);
/** "Councillor X moved that …", "Cr X moved an amendment that …", "Mr X moved the following motion:". Group 1 who, 2 what, 3 wording. */
// A bylaw's reading is moved without "that": "Deputy Reeve Lukasik moved first reading of Bylaw 1488-25." (group 3 keeps it).
export const NAME_MOVED = /^(.{2,80}?)\s+(?:then\s+)?(?:moved|proposed)\s+(?:(an?\s+amendment|a\s+motion|the\s+(?:following\s+)?(?:motion|amendment)|as\s+an\s+amendment)\b[^:]{0,120}?(?::|\s(?=that\b)|$))?\s*(?:(?:that|THAT)\b|(?=(?:first|second|third|1st|2nd|3rd)\s+reading\b))\s*(.*)$|^(.{2,80}?)\s+(?:then\s+)?(?:moved|proposed)\s+(an?\s+amendment|a\s+motion|the\s+(?:following\s+)?(?:motion|amendment))\b[^:]{0,120}?:\s*(.*)$/;
/** "Cllr. Griffin proposed the motion, seconded by Cllr. Hogan." / "… and Cllr. Hogan seconded it.": the motion's wording stands above. */
// Groups: 1 mover, 2 "motion" or "amendment", 3 or 4 seconder.
export const NAME_MOVED_THE_MOTION = new RegExp(`^(.{2,80}?)\\s+(?:then\\s+)?(?:moved|proposed)\\s+(?:the|this|his|her|their)\\s+(${MOTION_NOUN})(?:,?\\s+(?:which\\s+was\\s+)?(?:duly\\s+)?seconded\\s+by\\s+(.{2,80}?)|,?\\s+and\\s+(.{2,80}?)\\s+seconded\\s+(?:it|the\\s+${MOTION_NOUN}))?\\.?$`, 'i');
/**
 * Scottish minutes name the seconder before the verb: "Councillor X, seconded by Councillor Y, moved that …",
 * "As an amendment, Councillor Z, seconded by Councillor W, moved that …". Groups: 1 "as an amendment" before,
 * 2 mover, 3 seconder, 4 "as an amendment" after the verb, 5 the wording.
 */
// The wording may follow on the next lines: "The Convener, seconded by the Vice Convener, moved:-" over "that the Committee …".
export const NAME_SECONDED_MOVED = /^(?:(as\s+an\s+amendment),?\s+)?(.{2,80}?),\s+seconded\s+by\s+(.{2,80}?),\s+(?:then\s+)?(?:moved|proposed)\s*(?:(as\s+an\s+amendment)\s*)?(?::-?\s*)?(?:that\b\s*|$)(.*)$/i;
/** "The motion was seconded by Councillor Y", "Councillor Y seconded the amendment". */
export const SECONDED_BY = new RegExp(`^(?:the\\s+${MOTION_NOUN}\\s+)?was\\s+(?:duly\\s+)?seconded\\s+by\\s+(.{2,80})$|\\bwas\\s+(?:duly\\s+)?seconded\\s+by\\s+(.{2,80})$`, 'i');
export const NAME_SECONDED = new RegExp(`^(.{2,80}?)\\s+seconded\\s+the\\s+${MOTION_NOUN}\\b`, 'i');
/**
 * How a sentence that moves a motion may end, after its seconder: the meeting's decision, "… and agreed", "… and
 * unanimously carried that", "… and RESOLVED:". One reading for each place the wording stands: none (decided
 * there and then), below the colon or dash, or after "that".
 */
// (A full stop may end it: "Proposed by Cllr. Lynch, seconded by Cllr. Buckley, and agreed.")
const DECIDED_AFTER_SECONDER = /\band\s+(?:it\s+was\s+)?(unanimously\s+)?(agreed|resolved|carried)\b(\s+unanimously)?([\s:,–—-]*)(that\b)?\.?\s*$/i;

export interface SecondersDecision {
  /** The deciding word, lower case: "agreed", "resolved" or "carried". */
  word: string;
  unanimous: boolean;
  /** Where the wording stands: nothing after the word, a colon or dash before the lines below, "that" (or a comma) before the rest. */
  lead: 'none' | 'below' | 'after';
  /** Where the decision starts in the text. */
  at: number;
}

/** The decision at the end of a moving sentence's text after its seconder, or null. */
export function decisionAfterSeconder(text: string): SecondersDecision | null {
  const m = DECIDED_AFTER_SECONDER.exec(text);
  if (!m) return null;
  const marks = m[4].trim();
  const lead = m[5] !== undefined || marks.includes(',') ? 'after' : marks === '' ? 'none' : /^[:–—-]+$/.test(marks) ? 'below' : 'after';
  return { word: m[2].toLowerCase(), unanimous: m[1] !== undefined || m[3] !== undefined, lead, at: m.index };
}

/** Preambles and operative paragraphs of a long resolution: "AND WHEREAS …", "NOW THEREFORE BE IT RESOLVED THAT …". */
export const RECITAL = /^(?:and\s+|now\s+)?(?:whereas|therefore|be\s+it\s+(?:further\s+)?resolved|further\s+(?:be\s+)?it\s+(?:be\s+)?resolved)\b/i;
/** A further clause of the wording, North American style: "AND THAT …", "AND FURTHER THAT …". */
export const AND_FURTHER_SOURCE = String.raw`and\s+(?:further\s+)?`;
export const AND_THAT_CLAUSE = new RegExp(`^${AND_FURTHER_SOURCE}that\\b`, 'i');
/** Said of a motion: "moved as an amendment", "the following amendment". */
export const AMENDMENT_WORD = /\bamendment\b/i;

// ── Outcomes ────────────────────────────────────────────────────────────────

/** A block that is only an outcome: "CARRIED", "Carried unanimously.", "Amendment lost.", "LOST", "Withdrawn". */
// The outcome words of a line or sentence: the lexicon's carried, lost and withdrawn words ("ADOPTED", "The motion was adopted", "… was passed").
const OUTCOME_WORD = alternation([...CARRIED_WORDS, ...LOST_WORDS, ...WITHDRAWN_WORDS]);
export const OUTCOME_LINE = new RegExp(`^(?:(?:${alternation(OUTCOME_LABELS)})\\s*[:–—-]\\s*)?(?:the\\s+)?(?:(substantive|original|amended)\\s+)?(${MOTION_NOUN}|resolution)?\\s*(?:was\\s+)?(?:declared\\s+)?(${OUTCOME_WORD})(\\s+unanimously|\\s+by\\s+assent)?\\b\\s*(.{0,120})$`, 'i');
/**
 * Mover and seconder parted by a slash, then the outcome, on a line after the wording (New Zealand and Australian
 * minutes): "(Smith/Jones) Carried", "Member Faleolo/Member Abercrombie      Carried". Groups: 1 mover, 2 seconder, 3
 * the outcome word, 4 "unanimously".
 */
export const SLASHED_MOVERS_OUTCOME = new RegExp(`^\\(?\\s*([A-Z][^/()]{1,60}?)\\s*\\/\\s*([A-Z][^/()]{1,60}?)\\s*\\)?\\s+(${OUTCOME_WORD})(\\s+unanimously)?\\.?$`, 'i');
/** An outcome sentence with a subject: "The motion was carried", "On being put to the vote the motion was LOST". */
// What a motion is put to: "the vote", "the meeting", or the deciding body ("put to the Committee and declared LOST").
const PUT_TO = `(?:vote|meeting|${caselessAlternation(DECIDING_BODIES)})`;
export const OUTCOME_SENTENCE = new RegExp(
  `\\b(?:the\\s+)?(?:(substantive|original|amended)\\s+)?(${MOTION_NOUN})\\b(?:,\\s+as\\s+amended,)?(?:,?\\s+(?:on\\s+being|having\\s+been|being|when)\\s+put(?:\\s+to\\s+(?:the\\s+)?${PUT_TO})?,?)?\\s+(?:was\\s+|is\\s+)?(?:then\\s+|duly\\s+|subsequently\\s+|therefore\\s+|accordingly\\s+)?(?:put(?:\\s+to\\s+(?:the\\s+)?${PUT_TO})?\\s+and\\s+(?:was\\s+)?)?(?:declared\\s+)?(unanimously\\s+)?(${OUTCOME_WORD})(?!\\s+out)\\b(\\s+unanimously)?`,
  'i',
);
/** "X withdrew the amendment / motion", "with the consent of the seconder, withdrew the motion". */
export const WITHDREW = /\bwithdrew\s+(?:(?:his|her|their|the)\s+)?(amendment|motion)\b/i;
/** "The Chairman put the amendment … to the vote and it was agreed / lost". Group 1 subject, group 2 result. */
export const PUT_TO_VOTE = new RegExp(`\\bput\\s+the\\s+(?:(?:substantive|original|amended)\\s+)?(${MOTION_NOUN})\\b.{0,160}?\\bto\\s+the\\s+vote\\b(?:.{0,40}?\\b(?:it|which)\\s+was\\s+(carried|agreed|lost|defeated)\\b(\\s+unanimously)?)?`, 'i');
/** "On being put to the vote, this was carried", "When put to the vote it was lost". Groups: unanimously, outcome, unanimously. */
// A sentence that opens on it: "This was carried with four votes in favour" after "It was proposed by … that …".
// Also "This was put to the vote and agreed": after the vote, "agreed" is the outcome (alone, "It was agreed that …" is a decision).
export const PUT_THIS_CARRIED = /(?:\b(?:on\s+being\s+put(?:\s+to\s+(?:the\s+)?(?:vote|meeting))?|(?:when|having\s+been)\s+put\s+to\s+(?:the\s+)?(?:vote|meeting))\s*,?\s+|^)(?:this|it)\s+was\s+(?:then\s+)?(?:put\s+to\s+(?:the\s+)?(?:vote|meeting)\s+and\s+(?:was\s+)?(?:declared\s+)?(unanimously\s+)?(carried|lost|defeated|agreed)|(unanimously\s+)?(carried|lost|defeated))\b(\s+unanimously)?/i;
/** Not a phrasing: a word every outcome pattern above needs. */
// (The verbs that take up a motion come from the lexicon list the adopting pattern is built from: "resolved:- to support the motion".)
export const OUTCOME_HINT = new RegExp(`carried|lost|defeated|withdr|fell|failed|agreed|passed|\\bput\\b|${alternation(MOTION_ADOPTING_VERBS)}`, 'i');
/**
 * A tally written after the outcome word as for/against: "CARRIED 7/0", "CARRIED 5/2", "LOST (3-4)",
 * "CARRIED BY ABSOLUTE MAJORITY 6/1" (Western Australian and Queensland minutes). Groups: for, against.
 */
// (Who voted against may follow in brackets: "Carried 5/1 (Cr Crowther against)".)
export const SLASH_TALLY = /^(?:by\s+(?:an?\s+)?(?:absolute|simple|special)\s+majority\s*)?\(?\s*(\d{1,2})\s*[/:–-]\s*(\d{1,2})\s*\)?(?:\s*\([^()]{1,80}\))?$|^by\s+(?:an?\s+)?(?:absolute|simple|special)\s+majority$/i;
/** "… which was carried by 30 votes to 12 with 3 abstentions". */
export const VOTES_TO = /\b(carried|lost|defeated|agreed)?\s*by\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:,?\s+(?:with\s+)?(\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+abstentions?)?/i;

// ── Vote counts ─────────────────────────────────────────────────────────────

export const WORD_NUMBERS: Record<string, number> = { no: 0, none: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
export const num = (s: string | undefined): number | null => (s === undefined ? null : /^\d+$/.test(s) ? parseInt(s, 10) : (WORD_NUMBERS[s.toLowerCase()] ?? null));

/** "(7 for, 3 against, 1 abstention)", "(For 7, Against 3, Abstentions 1)". */
// "(4 in favour, 1 opposed – Councillor Doucette)": who voted against may follow a dash inside the brackets.
export const PAREN_COUNTS = /\(\s*(?:(\d{1,3})\s+(?:for|in\s+favour)|(?:for|in\s+favour)\s*:?\s*(\d{1,3}))\s*,?\s*(?:(\d{1,3})\s+(?:against|opposed)|(?:against|opposed)\s*:?\s*(\d{1,3}))(?:\s*,?\s*(?:and\s+)?(?:(\d{1,3}|no|one|two|three)\s+abstentions?|abstentions?\s*:?\s*(\d{1,3})))?(?:\s+[–—-]\s+[^()]{1,80})?\s*\)/i;
// The vote labels: which way a label records.
export const FOR_LABEL = '(?:for|in\\s+favour|ayes?|yes)';
export const AGAINST_LABEL = '(?:against|opposed|noes?)';
export const ABSTAIN_LABEL = '(?:abstentions?|abstain(?:ed|ing)?|abstaining)';
/** One labelled tally in running text: "For: 7", "In Favour - 4", "Against (45)", "Abstentions: 1". */
export const LABELLED_COUNT = new RegExp(`\\b(${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})\\s*(?::\\s*|[-–]\\s*|\\(\\s*)(\\d{1,3})\\b\\)?`, 'gi');
/** A vote label opening a block: "For (14)", "Against:", "For: Councillors A, B; Against: C". Group 1 label, 2 count, 3 rest. */
export const VOTE_LABEL_START = new RegExp(`^(${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})\\s*(?:\\((\\d{1,3})\\)|:\\s*(\\d{1,3})\\b|:|[-–])\\s*(.{0,100000})$`, 'i');
/** Sentences that introduce a tally: "the voting was as follows:", "Having been put to the vote the Committee voted:". */
export const VOTING_LEAD = /\b(?:voting\s+was\s+as\s+follows|voted\s+as\s+follows|(?:the\s+)?(?:committee|council|panel|board|members)\s+voted\s*:|recorded\s+vote|division\s+was\s+(?:called|taken))/i;

export type Way = NamedVote['vote'];

export function wayOf(label: string): Way {
  const l = label.toLowerCase();
  if (/^abst/.test(l)) return 'abstain';
  if (/^(?:against|opposed|no)/.test(l)) return 'against';
  return 'for';
}

/**
 * Not a phrasing: a superset of the words (and digits) that every rule of the block reader
 * needs, so that a block without any of them is passed over (MotionReader.readBlock).
 */
export const MOTION_EVENT_HINT = new RegExp(
  String.raw`mov(?:ed|er)|propos|second|\bprop\.|\bsec\.|in\s+favour|carried|lost|defeated|withdr|fell|failed|agreed|vot|motion|amendment|resolved|division|^\s*(?:res(?:olution)?\.?\s*(?:no\.?\s*)?)?(?:[A-Z]{0,3}\d{2,4}[-/]\d|${RESOLUTION_NUMBER_SOURCE})|\d\s+(?:for|against|abst)|(?:for|against|abst\w*|favour)\s*[:(–-]?\s*\d{1,3}\b`,
  'i',
);
/** Not a phrasing: what makes a sentence an event worth reading (MotionReader.isEvent): a word of moving, outcome or voting… */
export const EVENT_WORD = /\b(?:moved|proposed|seconded|carried|lost|defeated|withdrawn|withdrew|fell|failed|agreed|vot(?:e|ed|es|ing)|in\s+favour)\b/i;
/** … or a count, which needs a digit. */
export const EVENT_COUNT = /\b(?:for|against|abstentions?|abstain(?:ed)?|in\s+favour)\s*[:(–-]?\s*\d|\d{1,3}\s+(?:for|against|abstentions?)\b/i;
/** Free-standing wording a later bare outcome may take: "That the report be received." */
export const START_OF_WORDING = /^\s*["“‘]?\s*that\b/i;
/** The lead of free-standing wording, quotation mark included: "That …", “That …”. */
export const WORDING_LEAD = /^\s*["“‘]?\s*that\s+/i;
/** The closing quotation mark of quoted wording. */
export const CLOSING_QUOTE = /\s*["”’]\s*$/;
/** A reply printed under a motion ("Reply: The Council will …", "Response: …"): an answer, never the motion's wording. */
export const ANSWER_LINE = new RegExp(`^(?:${alternation(ANSWER_LABELS.filter((l) => l.length > 1))})\\s*[:–—-]`, 'i');
/** A vote label opening the block (VOTE_LABEL_START without its tail). */
export const VOTE_LABEL_HINT = new RegExp(`^\\s*(?:${FOR_LABEL}|${AGAINST_LABEL}|${ABSTAIN_LABEL})`, 'i');
