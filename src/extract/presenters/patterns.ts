// The presenting phrase patterns, built from the presenting vocabulary
// (src/lexicon/presenting.ts): one verb class, read in the active ("X
// presented"), passive ("was presented by X"), invited ("invited X to
// present") and relative ("X, who presented") forms.
import {
  AUDIENCE_NOUNS,
  AUDIENCE_PASSIVE_VERBS,
  PORTFOLIO_HEADS,
  GIVING_VERBS,
  GOING_THROUGH_VERBS,
  EXPLAINED_THINGS,
  BY_MEANS_OF,
  RECEIVING_VERBS,
  HEARING_VERBS,
  EXPLAINING_REPORT_VERBS,
  PRESENTER_LABELS,
  PRESIDER_ASKING_VERBS,
  REVIEWING_VERBS,
  SUBMITTED_PAPERS,
  THERE_WAS_VERBS,
  INVITED_TO_VERBS,
  PRESENTER_LIST_LEAD_INS,
  PRESENTING_ADVERBS,
  PRESENTING_VERBS,
  PRESIDING_ROLES,
  REPORT_NOUNS,
  PRESENTER_REPORTING_VERBS,
  SPOKEN_TO_NOUNS,
  STATEMENT_TITLE_WORDS,
  STATEMENT_VERBS,
  REMARKING_VERBS,
  ADDRESSING_VERBS,
  THROUGH_VERBS,
  PETITIONING_MATTERS,
  PRESENTED_GIFTS,
  NEWCOMER_WORDS,
  ASKED_MATTERS,
  ATTENDED_BUSINESS,
  INVITED_NOT_PRESENTED,
  ROLE_HEADS,
  PLURAL_TITLES,
  FUNCTION_WORDS,
  alternation,
  caselessAlternation,
  wordGate,
  eitherCase,
} from '../../lexicon/index.js';
import { HONORIFIC_NAME_SOURCE, PLAIN_NAME_SOURCE } from '../../tokenize/names.js';
import { TO_PRESENT_BUSINESS_SOURCE } from '../../tokenize/patterns.js';

const ADVERB = `(?:${alternation(PRESENTING_ADVERBS)}\\s+)?`;
const DETERMINER = '(?:a|an|the|his|her|their|its|this|these|some|brief|verbal|oral|short|further)';
/** A noun list as written in running text or capitalised as a document's name ("spoke to the Mayoral Minute", "gave a Presentation"). */
/** The meeting addressed, capitalised or not: "took the Committee through", "took the committee through". */
const AUDIENCE = `(?:the\\s+)?${alternation([...AUDIENCE_NOUNS, ...AUDIENCE_NOUNS.map((n) => n.charAt(0).toLowerCase() + n.slice(1))])}`;

/** Verbs of the "spoke to the report" / "led the item" alternative below. */
const SPEAKING_TO_VERBS: readonly string[] = ['spoke to', 'led'];

/**
 * The presenting verb class: "introduced", "presented", "outlined", "gave a
 * presentation", "provided an update", "made the following announcements",
 * "took Members through", "reported on", "spoke to the report", "led the item",
 * "went through the report", "reviewed the tender results with Council".
 */
export const PRESENTING_VERB_SOURCE = [
  `${alternation(PRESENTING_VERBS)}\\b`,
  `${alternation(GIVING_VERBS)}\\s+(?:${DETERMINER}\\s+)?(?:[\\w’'-]+\\s+){0,3}?${eitherCase(REPORT_NOUNS)}\\b`,
  // "went through the report", "went through the list of applications recommended for funding": what is gone through with the meeting is presented.
  `${alternation(GOING_THROUGH_VERBS)}\\s+through\\s+(?:(?:${DETERMINER}|each|every)\\s+(?:[\\w’'-]+\\s+){0,4}?[\\w’'-]+\\b|(?:[\\w’'-]+\\s+){0,4}?${eitherCase(REPORT_NOUNS)}\\b)`,
  `${alternation(EXPLAINING_REPORT_VERBS)}\\s+(?:the|his|her|their|this)\\s+(?:[\\w’'-]+\\s+){0,3}?${eitherCase([...REPORT_NOUNS, ...EXPLAINED_THINGS])}\\b`,
  // NZ: "The Group Manager took the report as read and highlighted …".
  `took\\s+(?:the|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,2}?${eitherCase(REPORT_NOUNS)}\\s+as\\s+read\\b`,
  `${alternation(REVIEWING_VERBS)}\\s+(?:the|his|her|their|this)\\s+(?:[\\w’'-]+\\s+){0,4}?(?:${eitherCase([...REPORT_NOUNS, ...EXPLAINED_THINGS])}\\b|[\\w’'-]+\\s+with\\s+${AUDIENCE}\\b)`,
  `${alternation(THROUGH_VERBS)}\\s+${AUDIENCE}\\s+through\\b`,
  `${alternation(PRESENTER_REPORTING_VERBS)}\\s+(?:on|that|back|he|she|they|to\\s+${AUDIENCE})\\b`,
  `${alternation(ADDRESSING_VERBS)}\\s+${AUDIENCE}\\s+(?:on|about|regarding|in\\s+relation\\s+to)\\s+(?!behalf\\b)`,
  // ("spoke to the terms of the report", "spoke to the main points of her presentation": a part of it.)
  `${alternation(SPEAKING_TO_VERBS)}\\s+(?:the|this|his|her|their)\\s+(?:[\\w’'-]+\\s+(?:[\\w’'-]+\\s+)?of\\s+(?:the|this|his|her|their)\\s+)?(?:[\\w’'-]+\\s+){0,2}?${eitherCase(SPOKEN_TO_NOUNS)}\\b`,
]
  .map((v) => `(?:${v})`)
  .join('|');

/** The addressing verbs as words: a subject that only addressed the meeting must hold a post to present. */
export const ADDRESSING_WORD = new RegExp(`\\b${alternation(ADDRESSING_VERBS)}\\s`);

/** Passive presenting: "was presented by X", "The update was given by X". */
const PASSIVE_PRESENTING: readonly string[] = ['presented', 'introduced', 'delivered', 'given', 'submitted', 'outlined', 'tabled', 'led'];

/**
 * Passive verbs that present only when what they give is a report noun: "An update on alcohol harm was provided by
 * X", "A presentation was made by X" ("Public comments were made by X" presents nothing).
 */
const NOUN_PASSIVE_PRESENTING: readonly string[] = ['provided', 'made'];

/** What a post's report was: "The Clerk's report was received". */
const REPORT_RECEIVED: readonly string[] = ['presented', 'received', 'introduced', 'submitted', 'tabled', 'given'];

/**
 * Every sentence a presenting pattern of fromSentence reads holds one of these
 * verbs as a whole word: the sentence-level rules run only behind this gate,
 * derived from the same lists the patterns are built from (test/presenters-gate.test.ts).
 */
export const PRESENTING_CUE: readonly string[] = [...ADDRESSING_VERBS, ...PRESENTING_VERBS, ...GIVING_VERBS, ...THROUGH_VERBS, ...GOING_THROUGH_VERBS, ...REVIEWING_VERBS, ...EXPLAINING_REPORT_VERBS, ...PRESENTER_REPORTING_VERBS, ...SPEAKING_TO_VERBS, ...PASSIVE_PRESENTING, ...NOUN_PASSIVE_PRESENTING, ...REPORT_RECEIVED];
export const PRESENTING_GATE = wordGate(PRESENTING_CUE);

/**
 * The first words of the verb class alone (PRESENTING_VERB_SOURCE, "took … as read" included):
 * SUBJECT_VERB and WHO_PRESENTED need one of them, so a sentence that passed PRESENTING_GATE on a
 * passive or receiving word alone ("The Committee received the minutes") is not tried against them.
 */
export const PRESENTING_VERB_CUE: readonly string[] = [...ADDRESSING_VERBS, ...PRESENTING_VERBS, ...GIVING_VERBS, ...GOING_THROUGH_VERBS, ...EXPLAINING_REPORT_VERBS, 'took', ...REVIEWING_VERBS, ...THROUGH_VERBS, ...PRESENTER_REPORTING_VERBS, ...SPEAKING_TO_VERBS];
export const PRESENTING_VERB_GATE = wordGate(PRESENTING_VERB_CUE);

/**
 * Word stems of presenting and reporting, anywhere in a word: an opening paragraph with none
 * of them may be a bare list of the item's people ("Jane Roe, Head of Housing"); one with any
 * ("called the meeting to order", "updated") is a sentence, not a list.
 */
export const PRESENTING_WORDS = /introduc|present|updated|outlin|summari|delivered|announced|tabled|gave|giving|made|provid|took|taking|walked|talked|led|submitted|spoke|reported|read|received|reviewed|went|ran|briefed|explained|set out|described|detailed/;

// "the Schedule of Works as presented be adopted": "as" + participle describes a thing, no one presents.
/** Builds "subject then presenting verb" for a verb alternation. Group 1: the subject. */
export const subjectVerbPattern = (verb: string): RegExp => new RegExp(`^(.{2,500}?)(?<!\\b[Aa]s),?\\s+${ADVERB}(?:${verb})`);

/** Subject then presenting verb, the subject being one or more people and roles. */
export const SUBJECT_VERB = subjectVerbPattern(PRESENTING_VERB_SOURCE);

/** "The Chair introduced Ms Rhoda Finch, Head of Libraries": introducing a person, not the item. */
export const INTRODUCED_PERSON = new RegExp(`^\\s+(?:(?:${HONORIFIC_NAME_SOURCE}|${PLAIN_NAME_SOURCE})(?=\\s*(?:[,.(]|\\s+to\\s+the\\b|\\s+who\\b|$))|(?:the|our)\\s+${alternation(NEWCOMER_WORDS)}\\s+[A-Z])`);

/**
 * "… presented Rookley Parish Council with the award" (not "reported he was in touch with …": a clause
 * or "on" after the verb is what is reported), "introduced herself", "presented a petition",
 * "introduced the motion", "presented a request for …": the verb is not presenting the item (movers,
 * petitioners and delegations are not presenters).
 */
export const NOT_PRESENTING_AFTER =
  new RegExp(`^\\s+(?:(?!(?:the|a|an|his|her|their|this|he|she|they|that|on|back|to|was|were|had|has|is|are|would|could)\\b|${AUDIENCE}\\s+(?:on|about|that|of)\\b)[^.,;]{1,60}?\\s+with\\b|(?:him|her|them|our|my|your)sel(?:f|ves)\\b|(?:a|an|the|his|her|their|this)\\s+(?:[\\w'’-]+\\s+){0,2}?${alternation(PETITIONING_MATTERS)}s?\\b|(?:(?:a|an|the|his|her|their|this|these|two|three|four|five)\\s+)?(?:[\\w'’-]+\\s+){0,3}?${alternation(PRESENTED_GIFTS)}\\s+(?:to|for|of|on\\s+behalf)\\b)`);
/** "… presented the motion", "… took Members through the amendment": what a mover or petitioner presents (an officer presenting one presents the item). */
export const MOVED_MATTER_AFTER = new RegExp(`^\\s+(?:${AUDIENCE}\\s+through\\s+)?(?:a|an|the|his|her|their|this)\\s+(?:[\\w'’-]+\\s+){0,2}?${alternation(PETITIONING_MATTERS)}s?\\b`);

/** "… presented a request for a grant", "… presented the residents' concerns": what a delegation asks (read with its subject). */
export const ASKED_MATTER_AFTER = new RegExp(`^\\s+(?:a|an|the|his|her|their|this|our)\\s+(?:[\\w'’-]+\\s+){0,2}?${alternation(ASKED_MATTERS)}s?\\b`);

/**
 * Every form of PRESENTED_BY holds one of these verbs as a whole word before its "by" (the passive verbs,
 * "presented" or "introduced" after a comma, "given" a report noun): fromSentence tries the long
 * unanchored pattern only on sentences that open this gate (test/presenters-gate.test.ts).
 */
export const PASSIVE_BY_GATE = wordGate([...PASSIVE_PRESENTING, ...NOUN_PASSIVE_PRESENTING, ...AUDIENCE_PASSIVE_VERBS, 'presented', 'introduced', 'given']);
/** The agent's "by" as PRESENTED_BY writes it, white space on both sides. */
export const SPACED_BY = /\sby\s/;

/**
 * "A presentation on the Zoning By-law was presented by Municipal Planner, Jamie Robinson.": the presenter after "by".
 * The meeting told in the passive names its presenter so too: "The Committee was updated by the Head of Roads"; and a
 * report's line without its verb: "Report presented by the Head of Planning.".
 * (The look-ahead before the report-noun look-behind is what follows it anyway: tried first, it spares the
 * look-behind's 120-character backward scan at every position of a sentence, a hundredfold cost.)
 */
export const PRESENTED_BY = new RegExp(`(?:\\b(?:was|were|being|been)\\s+(?:jointly\\s+|formally\\s+|briefly\\s+)?${alternation(PASSIVE_PRESENTING)}|^(?:The\\s+|the\\s+|A\\s+|An\\s+)?(?:[\\w’'-]+\\s+){0,2}?${eitherCase(REPORT_NOUNS)}\\s+(?:presented|introduced|given|delivered)(?=\\s+by\\s)|^(?:The\\s+)?${AUDIENCE}\\s+(?:was|were)\\s+${ADVERB}${alternation(AUDIENCE_PASSIVE_VERBS)}(?:\\s+(?:on|about)\\s+[^,.;]{2,80}?)?(?=\\s+by\\s)|[,(]\\s*(?:presented|introduced)|\\b(?:was|were)\\s+given\\s+(?:a|an|the)\\s+(?:[\\w’'-]+\\s+){0,2}?${eitherCase(REPORT_NOUNS)}(?:\\s+(?:on|about)\\s+[^,.;]{2,80}?)?|(?=\\s(?:was|were)\\s+${alternation(NOUN_PASSIVE_PRESENTING)})(?<=\\b${eitherCase(REPORT_NOUNS)}\\b[^.;]{0,120}?)\\s(?:was|were)\\s+${alternation(NOUN_PASSIVE_PRESENTING)})\\s+by\\s+((?:[^.;]|\\.(?!\\s{0,3}$)){3,200}?)(?:[,;]\\s+(?:who|which|and|with|was|were|is|are|on|about|regarding|concerning|covering|outlining|setting|highlighting|explaining)\\b[^.]{0,300})?\\.?$`);

/** The participles of the presenting verbs: "introducing", "presenting", "outlining". */
const PRESENTING_PARTICIPLES = PRESENTING_VERBS.filter((v) => v.endsWith('ing'));
/**
 * "Introducing the report, the Chief Finance Officer explained …", "In presenting the item, Councillor Munro, Cabinet
 * Member for Planning, said …": a fronted presenting participle whose subject is the main clause's. Group 1: the subject.
 */
export const PARTICIPLE_OPENING = new RegExp(
  `^(?:(?:In|When|On)\\s+)?${eitherCase(PRESENTING_PARTICIPLES)}\\s+(?:the|this|his|her|their|a|an)\\s+(?:[\\w’'-]+\\s+){0,4}?${eitherCase([...REPORT_NOUNS, ...SPOKEN_TO_NOUNS, ...EXPLAINED_THINGS])}\\b[^,;.]{0,120},\\s+(.{2,300}?),?\\s+${ADVERB}${alternation([...STATEMENT_VERBS, ...PRESENTING_VERBS, ...EXPLAINING_REPORT_VERBS, ...GIVING_VERBS, ...REMARKING_VERBS])}\\b`,
);

/** "…, who presented the report": a relative clause with a presenting verb. Group 1: what comes before. */
export const WHO_PRESENTED = new RegExp(`^(.{2,400}?),?\\s+who\\s+${ADVERB}(?:${PRESENTING_VERB_SOURCE})`);
/** "The Committee heard from Jane Smith, Planning Officer, who outlined …": the meeting's hearing before a WHO_PRESENTED subject; what follows is the person. */
export const HEARD_FROM = new RegExp(`^(?:The\\s+)?${AUDIENCE}\\s+(?:then\\s+|also\\s+|further\\s+|first\\s+)?${alternation(HEARING_VERBS)}\\s+from\\s+(?=\\S)`);

/** "The Chair invited the Director of Place to introduce the report". Group 1: who was invited; group 2: the rest. */
export const INVITED_TO_PRESENT = new RegExp(`\\binvited\\s+(.{2,200}?)\\s+to\\s+(${alternation(INVITED_TO_VERBS)})\\b(.{0,120})`);
/** "The Chair asked the Head of Education to outline …": a presiding member asking someone to present. Group 1: who; group 2: the verb; group 3: the rest. */
export const ASKED_TO_PRESENT = new RegExp(`^(?:The\\s+|the\\s+)?${alternation(PRESIDING_ROLES)}\\s+(?:then\\s+)?${alternation(PRESIDER_ASKING_VERBS)}\\s+(.{2,200}?)\\s+to\\s+(${alternation(INVITED_TO_VERBS)})\\b(.{0,120})`);

/** A report named by its number: "Report No SLA/16/24", "Report No. HC/12/25", "Report No TVJB 8-2025 (Ref: AC/25)". */
const REPORT_NUMBERED = 'Report\\s+(?:No\\.?|Number)\\s+[A-Z0-9][\\w/.-]{0,30}(?:\\s+[A-Z0-9]*\\d[\\w/.-]{0,20})?(?:\\s+\\([^()]{1,40}\\))?';

/**
 * "There was submitted a report by the Head of Roads on …" (Scottish minutes), "There had been circulated Report No
 * SLA/16/24 by the Ward Manager" (Highland): whose report it was. Group 1: who.
 */
export const THERE_WAS_SUBMITTED = new RegExp(`^There\\s+(?:was|were|had\\s+been|has\\s+been)\\s+${alternation(THERE_WAS_VERBS)}\\s+(?:(?:a|an|the)\\s+(?:joint\\s+|further\\s+)?(?:[\\w-]+\\s+){0,2}?${alternation(SUBMITTED_PAPERS)}|${REPORT_NUMBERED})\\s+(?:\\(?dated\\s+[^,()]{3,30}\\)?,?\\s+)?by\\s+(.{3,200}?)(?:\\s+(?:on|regarding|concerning|about|advising|seeking|providing|presenting|outlining|setting|in\\s+respect\\s+of|which|that|(?<!\\b${alternation(PORTFOLIO_HEADS)}\\s+)for)\\b|[,.(;:]|$)`);

/** "The Committee received a presentation from Ann Lee, Head of Transport, on …": who gave it. Group 1: who. */
// Also passive: "A presentation was received from Ms Gale of Bluegum Audit".
export const RECEIVED_FROM = new RegExp(`(?:\\b${alternation(RECEIVING_VERBS)}\\s+(?:a|an|the)\\s+(?:[\\w’'-]+\\s+){0,3}?${alternation(['report', 'presentation', 'update', 'briefing', 'overview'])}|^(?:A|An|The)\\s+(?:[\\w’'-]+\\s+){0,3}?${alternation(['report', 'presentation', 'update', 'briefing', 'overview'])}\\s+(?:was|were)\\s+received)\\s+from\\s+(.{3,200}?)(?:\\s+(?:on|regarding|concerning|about|in\\s+respect\\s+of|which|that|who|setting|outlining|providing|updating)\\b|[.;(]|,\\s+(?:which|who|setting|outlining|providing|updating|on)\\b|$)`);

/** "By means of a report by the Corporate Director (Place), the Update was presented": whose report it was. Group 1: who. */
export const BY_MEANS_OF_REPORT = new RegExp(`^${alternation(BY_MEANS_OF)}\\s+(?:a|an|the)\\s+(?:joint\\s+)?(?:[\\w-]+\\s+){0,2}?${alternation(SUBMITTED_PAPERS)}\\s+(?:by|from|of)\\s+(.{3,200}?)(?:\\s*[(,]|\\s+(?:on|regarding|concerning|about)\\b)`);

/** "Councillor McKenzie had been invited to the meeting to discuss his portfolio": the person invited, as the subject. Group 1: who; 2: the verb; 3: the rest. */
const INVITED_PASSIVE_VERBS: readonly string[] = [...INVITED_TO_VERBS, 'discuss', 'report on'];
export const INVITED_PASSIVE = new RegExp(`^(.{2,200}?),?\\s+(?:had\\s+been|has\\s+been|was|were|had\\s+also\\s+been)\\s+invited\\s+(?:to\\s+(?:the|this)\\s+meeting\\s+)?to\\s+(${alternation(INVITED_PASSIVE_VERBS)})\\b(.{0,120})`);
/**
 * Every invitation pattern (INVITED_TO_PRESENT, INVITED_PASSIVE, ASKED_TO_PRESENT) ends in one of
 * these verbs as a word: a sentence without any is not tried.
 */
export const INVITED_VERB_GATE = wordGate(INVITED_PASSIVE_VERBS);

/** An asking verb, the invitation rule's look before ASKED_TO_PRESENT (the default PRESIDER_ASKING_VERBS' first words). */
export const ASKING_WORD = /\b(?:asked|called|requested)\b/;
/**
 * The asking verbs as words, from the sentence's word index: open for every sentence ASKING_WORD
 * matches (the lexicon list only grows), so it is asked first.
 */
export const ASKING_GATE = wordGate(PRESIDER_ASKING_VERBS);

/**
 * The verbs the invitation, receiving, welcome and thanks patterns are written around, as gates:
 * each pattern holds its verb as a whole word, and the sentence's word index (read once for all
 * the sentence gates) answers before any pattern or substring search.
 */
export const INVITED_WORD_GATE = wordGate(['invited']);
export const RECEIVING_GATE = wordGate([...RECEIVING_VERBS, 'received']);
export const WELCOMED_WORD_GATE = wordGate(['welcomed']);
export const THANKED_WORD_GATE = wordGate(['thanked']);

/** Invitations whose verb needs a report noun: "to give a brief update", "to make some introductory remarks". */
export const INVITED_NEEDS_NOUN = /^(?:give|provide|make|deliver|take)$/;
export const REPORT_NOUN = new RegExp(`\\b${alternation(REPORT_NOUNS)}\\b|\\bthrough\\b`);
/** What a mover or questioner is invited to present: not a presentation of the item. */
export const NOT_PRESENTED_MATTER = new RegExp(`\\b${alternation([...PETITIONING_MATTERS, ...ASKED_MATTERS, ...INVITED_NOT_PRESENTED])}\\b`);

/** "… were in attendance for this item" / "… attended for this item" / "In attendance to present this item were: …". */
/**
 * The phrase between commas after the subject: "Ms C. Madigan, Head of Finance, in attendance for this item, outlined …",
 * "Mr T. Ryan, who was in attendance for this item, presented …". Group 1: who attended.
 */
export const ATTENDING_BETWEEN_COMMAS = new RegExp(
  `^(.{2,200}?),\\s+(?:who\\s+(?:was|were)\\s+)?(?:in\\s+attendance|present|attending)\\s+(?:for\\s+(?:this|the)\\s+item|${TO_PRESENT_BUSINESS_SOURCE})\\s*,\\s+\\S`,
  'i',
);
export const ATTENDING_SUBJECT = /^(.{2,800}?)\s+(?:(?:were|was)\s+(?:in\s+attendance|present)|attended)\b/i;

/**
 * PRESENTING_ATTENDANCE (src/tokenize/patterns.ts: "… in attendance for this item", "… attended to present
 * the report") ends in one of the lexicon's ATTENDED_BUSINESS nouns, as a word: a sentence without one cannot hold it.
 */
export const ATTENDING_GATE = wordGate(ATTENDED_BUSINESS);

/** "The Chair thanked Ms Patel for her presentation": the person thanked for presenting. Group 1: who. */
const THANKED_FOR: readonly string[] = ['presentation', 'update', 'report', 'briefing', 'overview'];
export const THANKED_FOR_PRESENTING = new RegExp(`\\bthanked\\s+(.{2,200}?)\\s+for\\s+(?:(?:his|her|their|the|a|an)\\s+)?(?:\\w+\\s+)?(?:${THANKED_FOR.join('|')})\\b`);
/** What THANKED_FOR_PRESENTING needs thanks for, as words: "thanked Ms Lee for attending" is not tried. */
export const THANKED_FOR_GATE = wordGate(THANKED_FOR);

/** "Dave Yemm, Operations Superintendent – verbal and written report" in a staff-reports section. */
const REPORT_FORMS: readonly string[] = ['verbal', 'written', 'oral'];
const REPORT_FORM_TAIL = `[–—-]\\s+(?:${REPORT_FORMS.join('|')})\\b`;
export const REPORTED_BY = new RegExp(`^(?:[A-Z][\\w ]{2,40}:\\s+)?([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){1,3}),\\s+([^–—]{2,80}?)\\s+${REPORT_FORM_TAIL}`);
/** The tail REPORTED_BY cannot match without: found by a quick scan before its lazy groups are tried. */
export const REPORTED_BY_HINT = new RegExp(REPORT_FORM_TAIL);
/** Its report forms as words, for the word index of the block's sentences. */
export const REPORT_FORM_GATE = wordGate(REPORT_FORMS);

/** "District Councillor C Farr – Reported the arrival of …": a member's report written as "Name – Reported". Group 1: who. */
const DASH_REPORT_VERBS: readonly string[] = ['Reported', 'Updated', 'Presented', 'Gave', 'Provided', 'Outlined', 'Introduced'];
const DASH_REPORT_TAIL = `[–—-]\\s+(?:${DASH_REPORT_VERBS.join('|')})\\b`;
export const DASH_REPORTED = new RegExp(`^(?:\\d+(?:\\.\\d+)*\\s+)?([A-Z][^–—]{2,120}?)\\s+${DASH_REPORT_TAIL}`);
/** The tail DASH_REPORTED cannot match without. */
export const DASH_REPORTED_HINT = new RegExp(DASH_REPORT_TAIL);
/** Its verbs as words: the sentence's word index (read once for all the sentence gates) answers before the hint scans. */
export const DASH_REPORT_GATE = wordGate(DASH_REPORT_VERBS);

/** "The Chair welcomed Laura Sales, Director of Legal Services; and Tony Haslam, Lead Officer": officers welcomed to the item. */
export const WELCOMED = /^(?:The\s+)?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Mayor|Convener|Leader|Board|Committee|Panel)\s+(?:then\s+)?welcomed\s+(.{4,400}?)(?:\s+to\s+the\s+(?:meeting|Committee|Board|Panel)(?:\s+for\s+this\s+item)?)?[.]?$/;

/** An item of members' reports: "Committee Reports", "Council Reports", "Members' Reports". */
export const MEMBER_REPORTS_TITLE = /^(?:committee|council|councillors?['’]?|members?['’]?|board)\s+reports?\b/i;

/** "Presenter: Diane Gillis, President" / "Report presented by: …" / "Presentation: …". */
export const PRESENTER_LABEL = new RegExp(`^${alternation(PRESENTER_LABELS)}\\s*:\\s*(.{2,400})$`, 'i');
/** PRESENTER_LABEL opens with one of its labels, a whole word first: a paragraph whose words include none is not tried. */
export const PRESENTER_LABEL_GATE = wordGate(PRESENTER_LABELS);

/** A lead-in of a list of people presenting the item: "Representing the Council", "External Guests", "The Chair welcomed for this item:". */
export const PEOPLE_LIST_LEAD_IN = new RegExp(`^(?:[\\d.]+\\s+)?(?:the\\s+chair(?:man)?\\s+)?${alternation(PRESENTER_LIST_LEAD_INS)}\\b[^.]{0,60}:?$`, 'i');
/** Each lead-in PEOPLE_LIST_LEAD_IN reads is written whole, so its words are the paragraph's: keyed on a word other than "in" or "for". */
export const PEOPLE_LIST_LEAD_IN_GATE = wordGate(PRESENTER_LIST_LEAD_INS, { skip: FUNCTION_WORDS });

/**
 * An item's opening paragraph is read as the list of its presenters only when every person in it has a post
 * (looksLikeRole: a role head, ROLE_HEADS, as whole words). A post is read from the paragraph's own words, but for
 * the singular title a plural one gives each name ("Councillors Ames and Bell" → "Councillor Ames …"): a paragraph
 * whose words include no role head's first word and no plural title can name no one with a post.
 */
export const POST_HEAD_GATE = wordGate([...ROLE_HEADS, ...PLURAL_TITLES]);

const PRESIDING = alternation(PRESIDING_ROLES);
const TITLE_WORD = alternation(STATEMENT_TITLE_WORDS);
/**
 * A heading that makes an item a statement: "Mayor's Announcements", "Chair's
 * Communications", "Lord Mayor's Business", "Announcements", "Special
 * Announcements from the Mayor", "Statement from the Leader".
 */
export const STATEMENT_TITLE = new RegExp(
  `(?:\\b${PRESIDING}['’]s?\\s+(?:[\\w-]+\\s+){0,2}?${TITLE_WORD}\\b|^(?:[\\w-]+\\s+){0,2}?(?:Announcements?|Communications)(?:\\s*$|\\s+(?:from|by|of)\\b)|\\b(?:Announcements?|Communications|Statement|Remarks)\\s+(?:from|by)\\s+(?:the\\s+)?${PRESIDING}\\b)`,
  'i',
);

/**
 * STATEMENT_TITLE and ROLE_REPORT_TITLE each end in (or name) one of the statement title words as a
 * whole word: a title with none of them ("Planning Applications") is not tried against either.
 */
export const STATEMENT_TITLE_GATE = wordGate(STATEMENT_TITLE_WORDS);

/** A statement verb after its subject: "The Mayor advised …", "The Chair reminded Members …". */
export const SUBJECT_STATEMENT = subjectVerbPattern(`${alternation(STATEMENT_VERBS)}\\b`);

/** A presiding member as the subject: "The Mayor", "the Lord Mayor", "Mayor Tom Piper", "Our Chair", "The Chair of Council". */
export const PRESIDING_SUBJECT = new RegExp(`^(?:[Tt]he\\s+|[Oo]ur\\s+)?${PRESIDING}\\b`, 'i');

/** "The Head of Finance's report was received", "Ms Lee's presentation was presented": whose report it was. Group 1: who. */
// "The Harbour Master's report for the quarter was received": a short phrase may follow the noun.
export const POSSESSIVE_REPORT = new RegExp(`^(.{3,150}?)['’]s?\\s+(?:[\\w-]+\\s+){0,3}?${alternation(['report', 'presentation', 'update', 'briefing'])}(?:\\s+(?:for|on|to)\\s+[^,.]{2,60}?)?\\s+(?:was|were)\\s+${alternation(REPORT_RECEIVED)}\\b`);

/** "Treasurer's Report", "CLERK'S UPDATE", "The Secretary's Report": the post whose report the item is. Group 1: the post. */
export const ROLE_REPORT_TITLE = new RegExp(`^(?:[\\d.]+\\s*)?(?:the\\s+)?((?:[A-Za-z][\\w-]*\\s+){0,3}[A-Za-z][\\w-]*)['’]s?\\s+(?:[\\w-]+\\s+){0,2}?${TITLE_WORD}\\b`, 'i');

/**
 * The words of every sentence rule's gate (PRESENTING_GATE, DASH_REPORT_GATE, the invitation, asking, receiving,
 * welcome and thanks gates), each rule's first look: a sentence that opens this gate opens one of theirs, and one that
 * does not is passed over by all of them at once (test/presenters-gate.test.ts).
 */
export const SENTENCE_RULE_CUE: readonly string[] = [...PRESENTING_CUE, ...DASH_REPORT_VERBS, 'invited', ...PRESIDER_ASKING_VERBS, ...RECEIVING_VERBS, 'received', 'welcomed', 'thanked'];
export const SENTENCE_RULE_GATE = wordGate(SENTENCE_RULE_CUE);
