// Sentence rules: the phrasings by which minutes record a commitment made or a
// task set at the meeting. Each is a commitment rule (rule.ts) built from the
// lexicon's commitment vocabulary (src/lexicon/commitments.ts).
import {
  COMMITTING_VERBS,
  DECIDING_BODIES,
  TITLE_QUALIFIERS,
  DELIVERED,
  DELIVERED_NOUN_HEADS,
  DELIVERY_VERBS,
  AGREED_TO_NOUNS,
  DIRECTING_VERBS,
  FOLLOW_UP_PAPERS,
  FUTURE_MODALS,
  IRREGULAR_PARTICIPLES,
  LATER_MEETING_WORDS,
  PRESENTED_LATER_VERBS,
  MEETING_BUSINESS_DONE,
  MEETING_NOUNS,
  MONTHS,
  MOTION_NOTICE_VERBS,
  NAMED_TASK_MODALS,
  OUTSIDE_BODIES,
  NOT_TASK_AFTER_MODAL,
  OWNER_ROLES,
  OWNER_UNITS,
  LATER_PAPER_WORDS,
  PROCEDURE_TASK_PHRASES,
  PUBLIC_GROUPS,
  REFERRAL_PURPOSES,
  PROCEDURE_VERBS,
  REPORTING_VERBS,
  REQUESTING_VERBS,
  REQUESTED_DONE,
  ROLE_ADJECTIVES,
  ROLE_HEADS,
  SCHEDULED_MODALS,
  SUBJECT_ADVERBS,
  EVENT_TIME_WORDS,
  TIMED_EVENT_VERBS,
  MEASURED_VERBS,
  MEASURE_NOUNS,
  TASKS_DONE,
  WORK_DONE,
  STANCE_LINKS,
  STANCE_VERBS,
  TO_BE_DONE,
  TO_MEETING,
  PAPER_CONTENT_VERBS,
  WILLING_WORDS,
  STATED_WILLING_WORDS,
  AT_MEETING_OFFERS,
  NOT_TASK_PARTICIPLES,
  READY_WORDS,
  alternation,
} from '../../lexicon/index.js';
import { HONORIFIC_NAME_SOURCE, INITIALS_NAME_SOURCE, PLAIN_NAME_SOURCE, ROLE_PHRASE_SOURCE } from '../../tokenize/names.js';
import { commitmentRule, type CommitmentRule } from './rule.js';

// Who decides rather than promises ("agreed that the Council should buy …"): the deciding bodies, the tiers that
// name a council ("the Parish should …") and the Government.
const DECIDING_BODY = alternation([...DECIDING_BODIES, ...TITLE_QUALIFIERS, 'Government']);

const COMMIT = alternation(COMMITTING_VERBS);
const MODAL = alternation(FUTURE_MODALS);
const WOULD_WILL_WORDS: readonly string[] = ['would', 'will', 'shall'];
const WOULD_WILL = alternation(WOULD_WILL_WORDS);
const REQUEST = alternation(REQUESTING_VERBS);
const DONE = alternation(DELIVERED);
const DO = alternation(DELIVERY_VERBS);
// A procedure verb, unless it opens a task done outside the meeting: "offered to speak to the landowner".
// (Presenting is done at this meeting unless a later one or a month follows: "agreed to present its findings to the Board in February".)
const PROCEDURE = `(?!${alternation(PROCEDURE_TASK_PHRASES)}\\b)(?!${alternation(PRESENTED_LATER_VERBS)}\\b[^.;]{0,100}?\\b(?:${alternation(LATER_MEETING_WORDS)}|${alternation(MONTHS)})\\b)${alternation(PROCEDURE_VERBS)}`;
// A noun after "to" makes a stance verb a participle, not a promise: "revenue committed to depreciation", "funds pledged to regeneration".
const NOUN_AFTER_TO = '[a-z]+(?:tion|sion|ment|ity|ness|ance|ence|ship)\\b';
const MEETING = alternation(MEETING_NOUNS);
const TO_MEET = alternation(TO_MEETING);
const PAPER = alternation(FOLLOW_UP_PAPERS);
const TO_BE = alternation(TO_BE_DONE);
const REPORTED = alternation(REPORTING_VERBS);
/** Phrases as alternatives whose words any run of spaces may part (`\s+`, where alternation() allows up to three). */
const spaced = (phrases: readonly string[]): string => phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
// What a matter does at a later meeting ("would follow at a later meeting", "will come back to a future meeting").
const COMING_BACK: readonly string[] = ['follow', 'come back', 'come', 'return'];
// What a later paper does with a matter ("would be included in the next report").
const PAPER_HOLDS: readonly string[] = ['included', 'covered', 'set out', 'reflected', 'addressed', 'reported'];

/** A role named without "The": "Head of Housing to report back", "Clerk to write"; two posts one person holds, "CAO/Clerk", "Clerk/Treasurer". */
export const BARE_ROLE_SOURCE = `${alternation(OWNER_ROLES)}(?:\\/(?:${alternation(OWNER_ROLES)}))?(?:\\s+(?:of|for|and|&|[A-Z][\\w'’-]*)){0,6}`;
/** The owner roles as written in lower case: "our chair", "the secretary". */
const LOWER_OWNER_ROLES = alternation(OWNER_ROLES.map((r) => r.toLowerCase()));
/** A role after "our", as community councils write: "our chair", "Our Minute Secretary". */
const OUR_ROLE_SOURCE = `[Oo]ur\\s+(?:${alternation(OWNER_ROLES)}|${LOWER_OWNER_ROLES})`;
/** A post written in lower case after "the", as community and parish councils often write it: "the secretary would write", "the clerk to reply". */
const LOWER_ROLE_SOURCE = `[Tt]he\\s+(?:${LOWER_OWNER_ROLES})\\b`;
/** Owners written as initials in parish action lists: "NO", "KD", "NO/BM". */
export const INITIALS_OWNER_SOURCE = INITIALS_NAME_SOURCE;
/** Groups that take a task together. */
const GROUP_OWNER = '(?:[Aa]ll\\s+)?(?:[Oo]fficers|[Cc]ouncillors|[Mm]embers|[Ss]taff|Administration|The\\s+[Oo]fficers|The\\s+[Cc]ouncillors|[Cc]ouncil\\s+staff)';
/** A named unit of the council: "Housing section", "the Roads Department", "Traffic team". */
const UNIT_OWNER = `(?:[Tt]he\\s+)?[A-Z][\\w&'’-]*(?:\\s+[A-Z&][\\w&'’-]*){0,3}\\s+(?:${alternation(OWNER_UNITS)}|${alternation(OWNER_UNITS.map((u) => u[0].toUpperCase() + u.slice(1)))})\\b`;
/** Who can take a task on: a named person, a role, initials, officers, a unit. */
export const OWNER_SOURCE = `(?:${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${BARE_ROLE_SOURCE}|${OUR_ROLE_SOURCE}|${LOWER_ROLE_SOURCE}|${PLAIN_NAME_SOURCE}|${INITIALS_OWNER_SOURCE}|${GROUP_OWNER}|${UNIT_OWNER})`;
/**
 * An owner set a task in the present tense, as parish minutes word a decision: "(It was agreed that) the Clerk
 * obtains quotations", "Cllr Ash writes to the school". A decision and an action at once.
 */
export const OWNER_PRESENT_TASK = new RegExp(`^(?:${OWNER_SOURCE})\\s+(?:${DO})(?:e?s)\\b`);
/** Who can promise in a sentence: an owner or a pronoun. */
const ACTOR = `(?:${OWNER_SOURCE}|[Hh]e|[Ss]he|[Tt]hey)`;
// A promise's verb: a delivery verb, "take this point away", or a task had done: "will have signage checked weekly"
// (not "would have been checked", a past that did not happen).
// Words that open a noun phrase: "Proposed Amendment to the Agreement" is a title, not a task.
const DETERMINER = alternation(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'any', 'all', 'each']);
// Not a delivery verb used of a measure met: "would meet the costs from reserves", "meet the local housing needs" (a
// determiner and up to two words between).
const NOT_A_TASK_MEASURE = `(?:${alternation(MEASURED_VERBS)})\\s+(?:(?:${DETERMINER})\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${alternation(MEASURE_NOUNS)})\\b`;
// Not a delivery verb used of an event's timing: "the works were tendered and would commence in November".
const PROMISE = `(?:(?!(?:${alternation(TIMED_EVENT_VERBS)})\\s+(?:${alternation(EVENT_TIME_WORDS)})\\b)(?!${NOT_A_TASK_MEASURE})(?:${DO})|take\\s+(?:this|the|that)\\s+(?:point|matter|issue|suggestion|comment)?s?\\s*(?:away|back)|have\\s+(?!been\\b)(?:[\\w'’-]+\\s+){1,3}?(?:${alternation(TASKS_DONE)})\\b)`;
/** The words a PROMISE opens with: a rule ending in one needs one of them (its `needs`). */
const PROMISE_WORDS: readonly string[] = [...DELIVERY_VERBS, 'take', 'have'];

// Verbs that make the words before "to be" a clause, not a bare noun phrase: "Members agreed for the bins to be …".
const FINITE_BEFORE = alternation([...REQUESTING_VERBS, ...COMMITTING_VERBS, ...REPORTING_VERBS, 'noted', 'decided', 'resolved', 'suggested', 'proposed', 'reported', 'felt', 'hoped', 'expected']);


/** Who takes on a task of any verb: a person by honorific, a post named by its head ("The Parks Manager", "Clerk"), he or she. */
const NAMED_SUBJECT = `(?:${HONORIFIC_NAME_SOURCE}|${LOWER_ROLE_SOURCE}|${GROUP_OWNER}|(?:The|the)\\s+(?:(?:${alternation(ROLE_ADJECTIVES)})\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,4}?${alternation(ROLE_HEADS)}(?:\\s+(?:of|for|and|&|[A-Z][\\w'’-]*)){0,6}|(?:The|the)\\s+(?:${alternation(ROLE_ADJECTIVES)})\\s+officers?|(?:[Tt]he\\s+)?${BARE_ROLE_SOURCE}|${INITIALS_OWNER_SOURCE}|[Hh]e|[Ss]he)`;

/**
 * Who takes a task in a clause after a comma or a dash, as parish minutes run a task into a sentence: "…, Councillor
 * Healey to order scalpings", "Mill Farm - side extension - councillors to make a site visit". A person by honorific,
 * a post or a group: not a plain name or initials, which a comma also puts before a place or a body.
 */
const CLAUSE_OWNER = `(?:${HONORIFIC_NAME_SOURCE}|${GROUP_OWNER}|(?:[Tt]he\\s+)?${BARE_ROLE_SOURCE})`;

/** An officer, a post or a person named as the agent of a passive task: "… will be returned by the Clerk", "… by officers". */
export const AGENT_SOURCE = `(?:the|The)\\s+(?:(?:${alternation(ROLE_ADJECTIVES)})\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,4}?${alternation(ROLE_HEADS)}\\b(?:\\s+(?:of|for|and|&|[A-Z][\\w'’-]*)){0,6}|${BARE_ROLE_SOURCE}|${HONORIFIC_NAME_SOURCE}|(?:council\\s+|the\\s+)?(?:officers|staff)`;

/** An offer's words: "would be happy to", "will be pleased to", "was willing to", "would welcome the opportunity to". */
const WILLINGNESS = `(?:(?:${WOULD_WILL})\\s+(?:also\\s+|certainly\\s+)?be\\s+(?:very\\s+|more\\s+than\\s+|most\\s+|only\\s+too\\s+)?(?:${alternation(WILLING_WORDS)})|(?:was|were|is|are)\\s+(?:also\\s+|very\\s+)?(?:${alternation(STATED_WILLING_WORDS)})|(?:would|will)\\s+(?:also\\s+)?welcome\\s+(?:the|an)\\s+opportunity)`;

/** A matter put on a later agenda: "will be an agenda item for the next meeting", "to go on the agenda for the October meeting". */
const LATER_AGENDA = `\\b(?:${MODAL}|${alternation(SCHEDULED_MODALS)}|to)\\s+(?:also\\s+|then\\s+)?(?:be|go|appear)\\s+(?=[^.;]{0,80}?\\b(?:${alternation(LATER_MEETING_WORDS)}|${alternation(MONTHS)})\\b)(?:as\\s+)?(?:an?\\s+)?(?:agenda\\s+item|item\\s+on\\s+(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?agenda|on\\s+(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?agenda)\\b`;

/** A paper taken to a later meeting, after a procedure verb that makes it a task: "would present a recovery plan to Cabinet in May" (the rule reads case as written). */
const TO_A_MEETING = `[^.;]{0,80}?\\bto\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${MEETING}|${alternation(MEETING_NOUNS.map((n) => n[0].toUpperCase() + n.slice(1)))})\\b`;

/** In rule order: where two match a sentence, the earlier match wins, then the earlier rule. */
export const COMMITMENT_RULES: readonly CommitmentRule[] = [
  commitmentRule({
    id: 'commitment-agreed-to',
    description: 'Someone agreed, undertook, offered or promised to do something; not a past decision ("it had been agreed to"), an agreement reported from before the meeting ("… and that the Trust had agreed to reduce the fee", "confirmed that Mr Wheeler had kindly agreed to organise") or a stance ("remained committed to").',
    examples: {
      valid: ['The Head of Waste agreed to circulate the collection figures.', 'The Chief Officer agreed to present the review’s findings to the Board in February.', 'Councillor Ames offered to contact the bus operator.', 'The Director agreed to a request from Cr Reinholt to provide a map of the access points.', 'The Chairman offered to speak to the farmer about the blocked ditch.', 'The Councillors agreed to walk the boundary on Sunday and decide whether a new fence is required to keep dogs off the pitch.'],
      invalid: ['The Director agreed to present the report.', 'The service remained committed to reducing landfill.', 'Councillor Ames noted that it had been agreed to use the larger hall.', 'No objections and AGREED to go with the decision of the Planning Officer.', 'She explained that the Trust had agreed to reduce the management fee by 4%.', 'The Clerk confirmed that Mr Hale had kindly agreed to organise the bonfire again.', 'Cr Ames wanted to know the proportion of rates revenue committed to depreciation.'],
    },
    pattern: new RegExp(
      `\\b(?:(?<!\\bhad\\s{1,3}been\\s{1,3}|\\b(?:that|and)\\s{1,3}(?:[\\w'’-]+\\s{1,3}){1,5}had\\s{1,3}(?:[a-z]{2,12}ly\\s{1,3})?)${COMMIT}|(?<!\\b${alternation(STANCE_LINKS)}\\s{1,3})${alternation(STANCE_VERBS)}(?=\\s+to\\s+(?!${NOUN_AFTER_TO})))(?:\\s+to\\s+(?:a|the)\\s+${alternation(AGREED_TO_NOUNS)}(?:\\s+(?:from|by)\\s+[^,.;]{2,80}?)?(?=\\s+to\\s))?\\s+to\\s+(?!the\\b|this\\b|that\\b|these\\b|an?\\b|not\\b|${PROCEDURE}\\b)[a-z]+`,
      'i',
    ),
    cue: [...COMMITTING_VERBS, ...STANCE_VERBS],
  }),
  commitmentRule({
    id: 'commitment-was-asked-to',
    description: 'Someone was asked, requested or tasked to do something later (not to note or agree something at the meeting).',
    examples: {
      valid: ['The Clerk was asked to obtain three quotes for the fencing.', 'Councillors were ASKED to find out how many bins had been replaced.', 'The Parks Officer was tasked with finding a new site for the skate park.'],
      invalid: ['Members were asked to agree the minutes of the last meeting.', 'Mr Okoro said that customers would be asked to leave by the rear door after 10pm.'],
    },
    // Not what a business asks of the public: "customers would be asked to leave quietly" (an applicant's own operation).
    // The lookbehind comes after the verb it guards and spells that verb again: it is tried only where the verb is,
    // not at every character (no verb of the four ends another, so it reads the words the verb was matched in).
    pattern: new RegExp(`\\b(?:was|were|had\\s+been|be)(?<!\\b(?:${alternation(PUBLIC_GROUPS)})\\s{1,3}(?:(?:would|will|could|may|might)\\s{1,3})?(?:was|were|had\\s+been|be))\\s+${REQUEST}\\s+(?:to\\s+(?!${PROCEDURE}\\b)\\w+|with\\s+[a-z]+ing\\b)`, 'i'),
    cue: REQUESTING_VERBS,
  }),
  commitmentRule({
    id: 'commitment-would-be-done',
    description: 'Something would or will be circulated, provided, shared, or a practical task done (arranged, checked, repaired).',
    examples: {
      valid: ['A speed survey would be undertaken in January.', 'A briefing note would be circulated to Members.', 'The opening hours are under review; this will be confirmed to members in writing.', "The Leader replied that a copy would be placed in the Members' Library.", 'The revised map will be made available on the website.', 'When the proposal arrives a site meeting will be arranged.', 'The draft hedgerow survey will be posted on the website for comment.', 'Once adopted, the play strategy will be published on the Council’s website.', 'The Manager indicated that a wider footpath would be costed for the budget papers.'],
      invalid: ['Councillor Fletcher stated that more work should be undertaken within schools.', 'The briefing note had been circulated to Members.', 'Cr Ames asked when the Wattle Creek causeway would be repaired.', 'The Engineer replied that detour signs would be posted on Quarry Road during the works.', 'Of the 60 homes, 40% would be provided as affordable housing.', 'Twelve visitor spaces and 24 cycle spaces would be provided.'],
    },
    // Not a quantity a scheme provides, as a planning report states it: "40% would be provided on site", "12 spaces will be provided".
    pattern: new RegExp(`(?<!(?:\\d%|(?<![/\\d.,])\\d{1,3}(?:\\s+[a-z-]+){1,2})\\s{1,3})\\b(?:(?:${MODAL}|${alternation(SCHEDULED_MODALS)})\\s+(?:also\\s+|then\\s+|now\\s+)?be\\s+(?:also\\s+|then\\s+)?(?:${DONE}|${alternation(TASKS_DONE)})|${WOULD_WILL}\\s+(?:also\\s+|then\\s+|now\\s+)?be\\s+(?:${alternation(WORK_DONE)}))\\b`, 'i'),
    // The participle, not the modal: "was", "is", "will" are in most sentences, "circulated" in few.
    cue: [...DELIVERED, ...TASKS_DONE, ...WORK_DONE],
    needs: ['be'],
  }),
  commitmentRule({
    id: 'commitment-done-and-delivered',
    description: 'Something would be done and then circulated or shared.',
    examples: {
      valid: ['Updated figures would be produced after October and circulated to Members.'],
      invalid: ['Updated figures had been produced in October and circulated to Members.', 'Forty homes would be secured by the legal agreement, split between social rent and shared ownership.'],
    },
    // Not a participle used as an adjective: "… would be secured, split between social rent and shared ownership".
    pattern: new RegExp(`\\b${WOULD_WILL}\\s+(?:also\\s+)?be\\s+[a-z]+ed\\b[^.;]{0,80}?\\band\\s+(?:then\\s+)?${DONE}\\b(?!\\s+(?:${alternation(DELIVERED_NOUN_HEADS)})\\b)`, 'i'),
    cue: DELIVERED,
    needs: ['be'],
  }),
  commitmentRule({
    id: 'commitment-members-asked-to',
    description: 'Members were asked to send or let someone have something later.',
    examples: {
      valid: ['The Scrutiny Officer asked Members to send their comments to her by 30 March.'],
      invalid: ['The Scrutiny Officer asked Members to note the dates of meetings.'],
    },
    pattern: /\basked\s+(?:them|[Mm]embers|[Cc]ouncillors|the\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard))\s+to\s+(?:let\s+(?:him|her|them|officers|the\s+\w+)\s+(?:have|know)|send|forward|email|submit|provide|contact|pass\s+on|feed\s*back|share|notify|inform)\b/,
    cue: ['asked'],
  }),
  commitmentRule({
    id: 'commitment-asked-officers',
    description: 'Someone asked, directed or instructed officers, staff or a named officer to do something.',
    examples: {
      valid: ['The Chair asked officers to circulate the figures after the meeting.', 'Councillor Ng asked the Head of Parks to write to the allotment holders.', 'Council directed staff to prepare a by-law for the new parking zone.', 'Council directed the CAO/Clerk to report back on a multi-year grant for the arena.', 'Council asked the Clerk-Treasurer to book the arena for the tournament.'],
      invalid: ['The Chair asked officers to introduce the report.'],
    },
    pattern: new RegExp(`\\b(?:asked|${alternation(DIRECTING_VERBS)})\\s+(?:officers|[Ss]taff|[Aa]dministration|the\\s+(?:[A-Z][\\w-]*/)?(?:Clerk(?:-[A-Z]\\w*)?|Chief\\s+Executive|(?:[A-Z][\\w-]*\\s+){0,4}(?:Officer|Director|Manager)|Head\\s+of\\s+[A-Z][\\w ]{2,40}?))\\s+to\\s+(?!${PROCEDURE}\\b)[a-z]+`),
    cue: ['asked', ...DIRECTING_VERBS],
  }),
  commitmentRule({
    id: 'commitment-asked-person',
    description: 'Someone asked a member or a person, named with a title or by first name as community councils write it, to do a task: "The Chair asked Kenny to gather photographs", "asked Cllr Boyd to contact the school"; not a body ("asked Council to note").',
    examples: {
      valid: ['The Chair asked Kenny to gather photographs of the verge for the next meeting.', 'The Convener asked Cllr Boyd to contact the school about parking.'],
      invalid: ['The Chair asked Kenny to introduce the item.', 'Residents asked Council to consider a crossing.', 'The Chair asked Kenny whether the bins had been emptied.'],
    },
    pattern: new RegExp(`\\basked\\s+(?:${HONORIFIC_NAME_SOURCE}|(?!(?:${DECIDING_BODY}|${alternation(OUTSIDE_BODIES)})\\b)[A-Z][a-z]{2,15})\\s+to\\s+(?:${DO})\\b`),
    cue: ['asked'],
    needs: DELIVERY_VERBS,
  }),
  commitmentRule({
    id: 'commitment-asked-that-officers',
    description: 'A request that officers or a named officer do something.',
    examples: {
      valid: ['Councillor Fox asked that officers investigate the drainage issue on Brook Lane.', 'Councillor Amos requested that staff obtain a second quote for the roof.'],
      invalid: ['Councillor Fox asked whether officers had investigated the drainage issue.'],
    },
    pattern: new RegExp(`\\b(?:asked|requested)\\s+that\\s+(?:${GROUP_OWNER}|the\\s+(?:Clerk|[A-Z][\\w-]*(?:\\s+(?:of|for|[A-Z][\\w-]*)){0,4}))\\s+(?:${DO})\\b`),
    cue: ['asked', 'requested'],
    needs: DELIVERY_VERBS,
  }),
  commitmentRule({
    id: 'commitment-requested-update',
    description: 'A request for a further update, report or briefing.',
    examples: {
      valid: ['The Committee requested a further update in six months.'],
      invalid: ['The Committee received a further update on the scheme.'],
    },
    pattern: new RegExp(`\\b(?:requested|asked\\s+for)\\s+(?:a|an)\\s+(?:further\\s+|progress\\s+|written\\s+|short\\s+)?${PAPER}\\b`),
    cue: ['requested', 'asked'],
    needs: FOLLOW_UP_PAPERS,
  }),
  commitmentRule({
    id: 'commitment-follow-later',
    description: 'Something would follow or come back at a later meeting; a question would receive a written answer.',
    examples: {
      valid: ['A National Strategy would follow at a later meeting.', 'It was noted that Councillor Hale’s question would receive a written response after the meeting.', 'The CAO confirmed that a report would come to the July 9 meeting.'],
      invalid: ['A National Strategy had followed at a later meeting.'],
    },
    // ("… would come to the July 9 meeting": a meeting named by its date is a later one too.)
    pattern: new RegExp(`\\b${WOULD_WILL}\\s+(?:(?:${spaced(COMING_BACK)})\\s+(?:to|at)\\s+(?:a|the)\\s+(?:(?:later|future|next|following)\\s+|(?:${alternation(MONTHS)})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:[\\w'’-]+\\s+)?)${MEETING}\\b|receive\\s+(?:a|an)\\s+(?:full\\s+|further\\s+)?${PAPER}\\b)`, 'i'),
    cue: ['would', 'will', 'shall'],
    needs: [...COMING_BACK, 'receive'],
  }),
  commitmentRule({
    id: 'commitment-asked-for-done',
    description: 'Someone asked for a thing to be done.',
    examples: {
      valid: ['The Chair asked for this to be rectified.'],
      invalid: ['The Chair asked about this being rectified.', 'Cllr Ross voted against and asked for this to be minuted.'],
    },
    // Not a request for the record: "asked for this to be minuted / recorded / noted" is done at the meeting.
    pattern: /\basked\s+for\s+(?:this|it|that|these|the\s+\w+(?:\s+\w+)?)\s+to\s+be\s+(?!(?:minuted|recorded|noted)\b)[a-z]+ed\b/i,
    cue: ['asked'],
  }),
  commitmentRule({
    id: 'commitment-to-a-meeting',
    description: 'Something to be brought, presented, heard or considered at a later meeting.',
    examples: {
      valid: ['The Director said a progress report would be brought to the next meeting.', 'The revised strategy would be considered further at a future meeting.', 'The survey results will be reported to members when they arrive.', 'A costed option would be brought to the Long-term Plan workshop.'],
      invalid: ['The progress report had been brought forward in March.'],
    },
    // The lookbehind after "be" spells it again: tried only where "be" is, not at every character.
    pattern: new RegExp(`\\bbe(?<!\\bdue\\s{1,3}to\\s{1,3}be)\\s+(?:now\\s+)?${TO_MEET}\\s+(?:back\\s+|further\\s+|again\\s+)?(?:to|at|on|for)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:next|future|following|(?:[\\w'’-]+\\s+){1,3})?${MEETING}\\b`, 'i'),
    // What is done with it ("brought", "presented"), rarer than "be".
    cue: TO_MEETING,
    needs: ['be'],
  }),
  commitmentRule({
    id: 'commitment-done-by-meeting',
    description: 'Something will or would be done, whatever the verb, at or for a later meeting (the next, a future, the March meeting): "The formalities will be completed at the next meeting"; not the minutes signed or a motion moved there.',
    examples: {
      valid: [
        'The lease will be finalised at the next meeting.',
        'The footpath survey would be reviewed by councillors and reported to a future meeting of the Council.',
        'The draft budget will be made ready for the following Finance Committee.',
        'The Harbour Master said the mooring fees would be recalculated and the new tariff put to the March Committee.',
        'The Director expected that the condition survey would be available by the next Board meeting.',
      ],
      invalid: ['The minutes will be signed at the next meeting.', 'The lease was finalised at the last meeting.', 'Cllr Dunn asked whether the lease would be finalised at the next meeting.'],
    },
    // The modal is matched first and the match read from "be" (its group `at`): a search for the modal skips most
    // of a sentence at once, where a lookbehind for it (as this pattern was first written) was tried at every character.
    pattern: new RegExp(
      `\\b${WOULD_WILL}\\s{1,3}(?:(?:also|then|now)\\s{1,3})?(?<!\\b(?:whether|if)\\s{1,3}(?:[\\w'’-]+\\s{1,3}){0,4})(?<at>be\\s+(?!(?:${alternation(MEETING_BUSINESS_DONE)})\\b)(?:[a-z]{2,}ed|${alternation([...IRREGULAR_PARTICIPLES, ...READY_WORDS])})\\b[^.;]{0,60}?\\b(?:at|to|for|by|before|in)\\s+(?:the|a)\\s+(?:${alternation(LATER_MEETING_WORDS)}|${alternation(MONTHS)})\\s+(?:[\\w'’-]+\\s+){0,2}?${MEETING}\\b)`,
      'i',
    ),
    // Read from "be", as commitment-to-a-meeting (earlier in this list) is: where both match, that rule names it.
    cue: [...LATER_MEETING_WORDS, ...MONTHS],
    needs: WOULD_WILL_WORDS,
  }),
  // Before commitment-would-do, whose subjects exclude I and we.
  commitmentRule({
    id: 'commitment-first-person',
    description: 'An answer or a note in the first person: I or we will, would, shall or should do something.',
    examples: {
      valid: ['I will ensure the comments are passed on to the service.', 'I shall write to the operator about the late buses.', 'We should invite the allotment society to an early meeting.'],
      invalid: ['I was pleased to see the new buses on the route.'],
    },
    pattern: new RegExp(`\\b(?:I|[Ww]e)\\s+${MODAL}\\s+(?:also\\s+|be\\s+happy\\s+to\\s+)?(?:${PROMISE})\\b`),
    // The pronoun, rarer in minutes than the modal.
    cue: ['I', 'We'],
    needs: PROMISE_WORDS,
  }),
  commitmentRule({
    id: 'commitment-would-do',
    description: 'A person, role, initials or officers would, will or shall provide, write, report back.',
    examples: {
      valid: [
        'The Director would provide a written answer.',
        'KD will contact the ambulance service to arrange training.',
        'The Clerk should write to the operator about the timetable.',
        'Our chair would draw up a response and send it to the bank.',
        'Cllr Ince asked whether the car park would close; the Clerk will find out from the owner.',
        'The Area Engineer would meet the residents on site before the works start.',
        'The CFO will model a two-year phase-in for the next meeting.',
      ],
      invalid: ['The Director would welcome the chance to visit.', 'The strategy will deliver forty new charging points.', 'Officers would meet the costs of the survey from reserves.', 'He would meet the needs of the ward within the existing budget.'],
    },
    // A clause after a semicolon opens as a sentence does: "Cllr Ng asked …; the Clerk will find out …".
    pattern: new RegExp(`(?:^|;\\s+)${ACTOR}(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:${alternation(SUBJECT_ADVERBS)}\\s+)?${MODAL}\\s+(?:also\\s+|then\\s+|now\\s+|therefore\\s+|once\\s+again\\s+)?(?:${PROMISE})\\b`),
    cue: FUTURE_MODALS,
    needs: PROMISE_WORDS,
  }),
  // After commitment-would-do: its delivery verbs read the same sentences, this rule any other verb.
  commitmentRule({
    id: 'commitment-named-will-do',
    description: 'A named member or officer, a post, officers or staff, or he or she will, would or shall do a task whatever its verb: "Cllr Blandford will tighten the bolts", "Officers will model the impact"; not a state, stance or habit ("will be", "would welcome", "would normally", "Members will recall").',
    examples: {
      valid: ['The CAO/Clerk will follow up with the utility.', 'The relevant Cabinet Member would respond in writing to the two questions on libraries.', 'The appropriate officer will visit the site before the next meeting.', 'Officers will survey the three sites and report to the Resources Panel in March.', 'Cllr Blandford will tighten the bolts on the noticeboard.', 'The Clerk will report the fallen stile to the County Council.', 'The Head of Parks would walk the route with the ward members in June.', 'Mrs Okafor shall also repaint the bus shelter before the fete.', 'The Director of Operations would present a recovery plan to Cabinet in May.'],
      invalid: ['Officers would meet the costs of the survey from reserves.', 'Cllr Blandford will be away in August.', 'The scheme will cost the council £40,000.', 'The Government intends to publish new guidance.', 'The Chair would welcome views from residents.', 'The Clerk would normally attend these meetings.', 'Members will recall that the bridge was closed last winter.', 'Officers will continue to work with the developer on the design.', 'Members will find the details in the appendix.', 'The Chair will open the meeting at 7pm.'],
    },
    pattern: new RegExp(
      `(?:^|;\\s+)${NAMED_SUBJECT}(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:${alternation(SUBJECT_ADVERBS)}\\s+)?${alternation(NAMED_TASK_MODALS)}\\s+(?:also\\s+|then\\s+|now\\s+|therefore\\s+|personally\\s+|once\\s+again\\s+)?(?!(?:${alternation(NOT_TASK_AFTER_MODAL)}|${alternation(SUBJECT_ADVERBS)}|personally|once)\\b)(?!${PROCEDURE}\\b(?!${TO_A_MEETING}))(?!${NOT_A_TASK_MEASURE})[a-z]{2,}\\b`,
    ),
    cue: NAMED_TASK_MODALS,
  }),
  commitmentRule({
    id: 'commitment-confirmed-would',
    description: 'It was confirmed or agreed that officers would (or an officer should or will) do something, or that later reports would hold something.',
    examples: {
      valid: ['It was confirmed that officers would review the timetable.', 'It was agreed that the Clerk should contact the police about speeding on Hill Road.', 'The Head of Communities agreed that future reports would include data on memberships by ward.'],
      invalid: ['It was confirmed that the reserves would remain above the minimum.', 'It was agreed that the Council should buy a new defibrillator.', 'It was agreed that the community council would object to the application on road safety grounds.'],
    },
    // "would" reports a promise whoever the subject; "should" or "will" does so of an officer, not of the deciding body ("agreed that the Council should buy …" is a decision).
    pattern: new RegExp(
      `\\b(?:confirmed|agreed|undertook)\\s+that\\s+(?:(?:the\\s+|all\\s+)?(?:${alternation(LATER_PAPER_WORDS)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${PAPER})s?\\s+(?:${WOULD_WILL})\\s+(?=(?:${alternation(PAPER_CONTENT_VERBS)})\\b)|(?:officers|the\\s+\\w+(?:\\s+\\w+){0,3})\\s+would|(?:officers|staff|the\\s+(?!(?:${DECIDING_BODY})\\b)\\w+(?:\\s+\\w+){0,3})\\s+(?:should|will|shall))\\b(?!\\s+(?:remain|be|continue|have|not|need|still|stay|only)\\b|\\s+${PROCEDURE}\\b)`,
      'i',
    ),
    cue: ['confirmed', 'agreed', 'undertook'],
  }),
  commitmentRule({
    id: 'commitment-requested',
    description: 'A request that something be presented, sent or fed back later, that someone (the Clerk, officers, staff) do it, or that a later report hold something ("asked that future reports include …").',
    examples: {
      valid: ['Members requested the Clerk to write to the bus operator.', 'Council requested staff to prepare a by-law for the dog park.', 'It was requested that any comments be fed back to the Policy Officer.', 'Councillor Hale asked that future monitoring reports include a breakdown by ward.', 'Mr Rewi requested that the next annual report set out the cost per hectare treated.'],
      invalid: ['Members requested clarification on the figures.', 'Councillor Hale noted that the last monitoring report included a breakdown by ward.'],
    },
    pattern: new RegExp(`\\b(?:requested|asked)\\s+that\\s+.{3,200}?\\s+be\\s+(?:${alternation([...DELIVERED, ...REQUESTED_DONE])})\\b|\\brequested\\s+the\\s+\\w+(?:\\s+\\w+)?\\s+to\\s+[a-z]+\\b|\\brequested\\s+(?:officers|staff|administration)\\s+to\\s+(?!${PROCEDURE}\\b)[a-z]+\\b|\\b(?:requested|asked)\\s+that\\s+(?:the\\s+|all\\s+)?(?:${alternation(LATER_PAPER_WORDS)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${PAPER})s?\\s+(?:${alternation(PAPER_CONTENT_VERBS)})\\b`, 'i'),
    cue: ['requested', 'asked'],
  }),
  commitmentRule({
    id: 'commitment-taken-on-notice',
    description: 'A question taken on notice, to be answered after the meeting (Australian and New Zealand minutes): "The CEO took the question on notice".',
    examples: {
      valid: ['The General Manager took the question on notice.', 'The Director advised that the question was taken on notice.'],
      invalid: ['Responses to questions taken on notice at the previous meeting were circulated.'],
    },
    pattern: /\b(?:took|take|will\s+take|would\s+take)\s+(?:(?:the|this|that|these|those|both|each|his|her|their)\s+)?(?:questions?|matters?|requests?|enquir(?:y|ies))\s+on\s+notice\b|\b(?:the|this|that|these|those|both)\s+(?:questions?|matters?|requests?|enquir(?:y|ies))\s+(?:was|were|would\s+be|will\s+be)\s+taken\s+on\s+notice\b(?!\s+at\s+the\s+(?:last|previous))/i,
    cue: ['notice'],
  }),
  commitmentRule({
    id: 'commitment-referred-for',
    description: 'A matter referred on for an answer: "The petition was referred to the Portfolio Holder for a response", "… be referred to officers for consideration", or that will be referred on: "The request will be referred to the 2025 budget deliberations"; not a mention ("referred to in the report").',
    examples: {
      valid: ['The petition was referred to the Cabinet Member for Parks for a response within 21 days.', 'The residents\' letter would be referred to the Highways Manager for a reply.', 'The request will be referred to the 2026 budget deliberations.'],
      invalid: ['The petition was referred to in the annual report.', 'The petition had been referred to the Cabinet Member for a response last year.', 'The petition will be referred to in the annual report.'],
    },
    pattern: new RegExp(`\\b(?:(?:was|were|be)\\s+referred\\s+(?:back\\s+|on\\s+)?to\\s+(?!in\\b)(?:[\\w'’&-]+\\s+){1,9}?for\\s+(?:a\\s+|an\\s+|its\\s+|their\\s+)?(?:full\\s+|written\\s+|formal\\s+)?(?:${alternation(REFERRAL_PURPOSES)})|${WOULD_WILL}\\s+(?:also\\s+|then\\s+)?be\\s+referred\\s+(?:back\\s+|on\\s+)?to\\s+(?!in\\b)[\\w'’&-]+)\\b`, 'i'),
    cue: ['referred'],
  }),
  commitmentRule({
    id: 'commitment-in-next-paper',
    description: 'Something will or would be included, covered or set out in the next (or a future) report or update: "a target would be included in the next annual update".',
    examples: {
      valid: ['The Head of Finance said the reserve figures would be included in the next quarterly report.', 'A breakdown by ward will be set out in future updates to the Panel.'],
      invalid: ['The reserve figures were included in the last quarterly report.', 'The reserve figures would be included in the budget.'],
    },
    pattern: new RegExp(`\\b${WOULD_WILL}\\s+(?:also\\s+)?be\\s+(?:${spaced(PAPER_HOLDS)})\\s+(?:with)?in\\s+(?:the\\s+|a\\s+)?(?:${alternation(LATER_PAPER_WORDS)})\\s+(?:[\\w-]+\\s+){0,2}?(?:${PAPER})s?\\b`, 'i'),
    cue: LATER_PAPER_WORDS,
    needs: PAPER_HOLDS,
  }),
  commitmentRule({
    id: 'commitment-intention',
    description: 'Someone stated an intention to do something (not to speak at the meeting).',
    examples: {
      valid: ['Councillor Ames stated her intention to submit a motion to the next Council.'],
      invalid: ['Mr Pike had registered his intention to address the Committee.'],
    },
    pattern: /\b(?:his|her|their|an)\s+intention(?:\s*,[^,]{0,200},)?\s+to\s+(?!address\b|speak\b|ask\b|put\b)[a-z]+/i,
    cue: ['intention'],
  }),
  commitmentRule({
    id: 'commitment-said-would',
    description: 'Someone said, confirmed or shared that they, officers or a named body would do something.',
    examples: {
      valid: [
        'The Chair said that she would send the notes to group leaders.',
        'Councillor Reid stated that the group would therefore write separately to the Commission.',
        'The Portfolio Holder advised that the pool would reopen in May and that the team would ensure ward members were kept informed.',
        'The Engineer said the design was nearly finished and she would revert to members with a date.',
        'The Chief Executive stated that the fund was open and that the Director of Services would circulate a note to all Members.',
        'The Director indicated that staff would bring back a cost estimate for the culvert.',
        'It was further noted that the Area Manager would arrange a site visit for Members.',
        'Councillor Ames gave notice that she will bring forward a motion on tree planting.',
        'The Clerk reported that she would write to the rail operator about the footbridge.',
        'The Director informed Members that he would circulate the revised capital programme.',
        'The Roads Engineer said the lane was not on this year\'s programme, but that she would write to the residents about it.',
        'The Area Engineer said he would re-examine the drainage survey before the spring.',
        'The Mayor said he would meet the brigade chief before the next Council meeting.',
        'Deputy Reeve Vandenberg advised that she will attend the fall convention on behalf of Council.',
      ],
      invalid: ['The Chair said that the hall would reopen in May.', 'The Clerk reported that the footbridge would be closed until June.', 'The Treasurer said that officers would meet the shortfall from reserves.'],
    },
    pattern: new RegExp(
      `(?:\\b${REPORTED}(?:\\s+\\w+)?\\s+(?:that\\s+)?|\\b(?:and|but)\\s+that\\s+|\\b(?:and|but)\\s+(?=(?:he|she|they)\\s))(?:he|she|they|we|officers|staff|the\\s+[A-Za-z]+(?:\\s+(?:of|for|[A-Z]\\w+)){0,4}|${HONORIFIC_NAME_SOURCE})\\s+${WOULD_WILL}\\s+(?:also\\s+|now\\s+|therefore\\s+|then\\s+)?(?:${PROMISE})\\b`,
    ),
    // Every reading has its modal ("would", "will", "shall"): rarer than "and".
    cue: ['would', 'will', 'shall'],
    needs: PROMISE_WORDS,
  }),
  // After commitment-said-would, which reads "gave notice that she will bring forward a motion" when nothing comes between.
  commitmentRule({
    id: 'commitment-notice-of-motion',
    description: 'A member gave notice that they will move or bring forward a motion at a later meeting, whatever comes between: "gave notice that at the December 3 meeting she will move a motion …", "provided notice that he will bring forward a motion at the May 13 meeting".',
    examples: {
      valid: ['Councillor Dufresne gave notice that at the March 3 meeting she will move a motion regarding winter parking.', 'Councillor Dauphinee provided notice that he will bring forward a motion at the May 13 meeting regarding unsightly premises.'],
      invalid: ['Councillor Dufresne gave notice that she had withdrawn her motion on winter parking.', 'Notice of the motion was given at the last meeting.'],
    },
    pattern: new RegExp(`\\b(?:gave|gives|given|provided|served)\\s+notice\\s+that\\b[^.;]{0,80}?\\b(?:he|she|they|I|we)\\s+(?:${WOULD_WILL})\\s+(?:${alternation(MOTION_NOTICE_VERBS)})\\b[^.;]{0,80}?\\bmotion\\b`, 'i'),
    cue: ['notice'],
  }),
  commitmentRule({
    id: 'commitment-named-to-do',
    description: 'An owner "to" do something, as parish minutes and action lists write it: "Clerk to write to …", "Cllr Ash to obtain quotes", "NO/BM to look at …", or in a clause after a comma or a dash: "…, Councillor Healey to order scalpings".',
    examples: {
      valid: ['The Monitoring Officer to write to the complainant.', 'Cllr Ash to obtain quotes for the bench.', 'The verge by the school was discussed at length, Councillor Pryce to contact the highways team.', 'Mill Farm, Church Lane - two storey side extension - councillors to make a site visit.', 'Letter from the cricket club about the outfield - members were content; Clerk to reply.', 'Clerk to chase the highways team about the pothole.', 'Direction: Staff to circulate the draft fees by-law to all members.', 'Housing section to bring an update on grant approvals to the April meeting.'],
      invalid: ['The Chair to announce any items of urgent business.', 'The Clerk to record, without note or comment, all proceedings of the council.', 'Proposed Amendment to the Licence Agreement for Lands on Elm Street.', 'Mrs Dale, Clerk to the Council, read the notice of the meeting.', 'The footpath, Councillors to note, is now open again.'],
    },
    // A clause after a semicolon opens as a row does: "Letter from the school about the fun run; Clerk to reply.".
    pattern: new RegExp(`(?:(?:^|;\\s+)(?:${OWNER_SOURCE})|(?:,\\s+|\\s[–—-]\\s+)(?:${CLAUSE_OWNER}))(?:\\s+\\([^)]{1,80}\\))?\\s+(?:is\\s+|are\\s+)?to\\s+(?:also\\s+|again\\s+|then\\s+)?(?!${PROCEDURE}\\b|be\\b|${DETERMINER}\\b)[a-z]{2,}`),
    cue: ['to'],
  }),
  commitmentRule({
    id: 'commitment-to-be-done',
    description: 'A thing "to be" done, parish style, with no verb before it: "Details to be published in the newsletter", "Payment to be made".',
    examples: {
      valid: ['Details of the litter pick to be published in the newsletter.', 'The faded sign to be replaced before the summer.'],
      invalid: ['The minutes to be signed by the Chair.', 'It was noted that the hedge was to be cut.'],
    },
    pattern: new RegExp(`^[A-Z][\\w'’-]*(?:\\s+(?!(?:is|are|was|were|has|have|had|would|will|that|which|for|minutes|${FINITE_BEFORE})\\b)[\\w'’,£.-]+){0,10}?\\s+to\\s+be\\s+(?:also\\s+)?(?:${TO_BE})\\b`),
    cue: TO_BE_DONE,
    needs: ['be'],
  }),
  commitmentRule({
    id: 'commitment-later-clause',
    description: 'A promise in a later clause whose subject is elided.',
    examples: {
      valid: ['The issue had been noted and would report back to the Panel in June.', 'The Clerk had chased the contractor and would complete the snagging list.', 'The Foreman estimated three weeks for the work and will have the signage checked weekly.'],
      invalid: ['The issue had been noted and reported to the Panel in June.', 'Ms Tan replied that the resurfacing had been awarded and would commence in March.', 'The gully was blocked and would have been checked had the crew been available.'],
    },
    pattern: new RegExp(`(?:,|\\band|\\bbut|\\bhowever,?)\\s+${WOULD_WILL}\\s+(?:also\\s+)?(?:${PROMISE})\\b`),
    cue: ['would', 'will', 'shall'],
    needs: PROMISE_WORDS,
  }),
  commitmentRule({
    id: 'commitment-later-subject',
    description: 'A promise in a later clause with its own subject.',
    examples: {
      valid: ['Comments will be considered and Mr. Robinson will prepare a detailed report to Council.', 'Only three places were available, but Democratic Services would ascertain whether there was a reserve list.'],
      invalid: ['Comments will be considered and the plan will change.'],
    },
    pattern: new RegExp(`(?:,|\\band|\\bbut)\\s+(?!the\\s+(?:Council|Government|Authority|[Ss]trategy|[Pp]lan)\\b)(?:${HONORIFIC_NAME_SOURCE}|${ROLE_PHRASE_SOURCE}|${PLAIN_NAME_SOURCE}|[Oo]fficers)\\s+${MODAL}\\s+(?:also\\s+|then\\s+)?(?:${PROMISE})\\b`),
    cue: FUTURE_MODALS,
    needs: PROMISE_WORDS,
  }),
  commitmentRule({
    id: 'commitment-willing-to',
    description: 'A person, post or officers would be happy, willing or pleased to do something later, was willing to, or would welcome the opportunity to: an offer ("The Director would be happy to meet the residents"); not what is done at the meeting ("happy to answer questions").',
    examples: {
      valid: [
        'The Head of Highways would be happy to meet the ward members on site.',
        'She said that she would be pleased to provide a breakdown by ward.',
        'Cllr Okafor was willing to host the information stall at the gala.',
        'He would welcome the opportunity to go through the figures with the member.',
        'The Clerk would be happy to draft a letter to the bus company.',
        'Officers would be willing to meet the parish council in the spring.',
        'Councillor Hart would be glad to share her notes with the group.',
        'The Cabinet Member would welcome the opportunity to visit the hostel with the Committee.',
        'The Director said that officers would be happy to arrange a site visit.',
      ],
      invalid: ['The Director would be happy to answer any questions.', 'Members were pleased to note the improvement.', 'Residents would be happy to see the bus route restored.', 'The Parish Council would be willing to fund half of the cost.'],
    },
    pattern: new RegExp(`(?:^|;\\s+|\\b(?:that|and|but)\\s+)(?!(?:The|the)\\s+(?:[A-Z][\\w'’-]*\\s+){0,3}(?:${DECIDING_BODY})\\b(?!\\s+[A-Z]))${ACTOR}(?:\\s+\\([^)]{1,80}\\))?,?\\s+(?:${alternation(SUBJECT_ADVERBS)}\\s+)?${WILLINGNESS}\\s+to\\s+(?!(?:${PROCEDURE}|${alternation(AT_MEETING_OFFERS)})\\b)[a-z]{2,}`),
    cue: [...WILLING_WORDS, 'opportunity'],
  }),
  commitmentRule({
    id: 'commitment-later-agenda',
    description: 'A matter will be, or is to be, an agenda item or on the agenda of a later meeting: "will be an agenda item for the next meeting", "to go on the September agenda".',
    examples: {
      valid: ['The request for a dog bin was raised again and will be an agenda item for the next meeting.', 'Parking on the green to go on the agenda for the October meeting.', 'The speed survey results would be on the next agenda.'],
      invalid: ['The speed survey results were on the agenda for the last meeting.', 'The items on the agenda will be taken in order.'],
    },
    pattern: new RegExp(LATER_AGENDA, 'i'),
    cue: ['agenda'],
  }),
  commitmentRule({
    id: 'commitment-done-by-owner',
    description: 'Something will or would be done by a named officer, a post or officers: the agent makes it their task ("the voting form will be returned by the Clerk", "the signs would be checked by officers"); not a decision or an arrangement ("will be determined by the Head of Planning").',
    examples: {
      valid: ['The completed voting form will be returned to the county association by the Clerk.', 'The damaged signs would be repainted by the Parks Manager before Easter.', 'The tenancy figures would be re-examined by officers.'],
      invalid: ['The application will be determined by the Head of Planning under delegated powers.', 'The form was returned to the county association by the Clerk.', 'The new service would be managed by the Director of Housing.'],
    },
    pattern: new RegExp(
      `\\b(?:${MODAL}|${alternation(SCHEDULED_MODALS)})\\s+(?:also\\s+|then\\s+|now\\s+)?be\\s+(?!(?:${alternation([...MEETING_BUSINESS_DONE, ...NOT_TASK_PARTICIPLES])})\\b)(?:[a-z][a-z-]+ed|${alternation(IRREGULAR_PARTICIPLES)})\\b[^.;]{0,80}?\\bby\\s+(?:${AGENT_SOURCE})`,
    ),
    cue: ['by'],
    needs: ['be'],
  }),
];
