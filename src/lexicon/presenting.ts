// Presenting vocabulary: the verbs and nouns with which minutes record who
// introduced, presented or updated the meeting on an item ("Jane Doe, Head of
// Planning, introduced the report", "The Leader gave an update", "The Mayor
// made the following announcements"). The presenter rules build their
// patterns from these lists (src/extract/presenters/), so a word added here
// reaches the active, passive and invited forms alike.
import { extendable } from './extend.js';

/** Adverbs written between a subject and its presenting verb: "jointly introduced", "then outlined". */
export const PRESENTING_ADVERBS: readonly string[] = extendable('PRESENTING_ADVERBS', ['jointly', 'briefly', 'then', 'also', 'formally', 'further', 'verbally', 'duly', 'first', 'subsequently']);

/**
 * Verbs that by themselves record presenting, in the past tense and the
 * participle ("Cllr Ames, introducing the item, said …"). "updated" takes its
 * audience ("updated Members on"); "tabled" a report or paper.
 */
export const PRESENTING_VERBS: readonly string[] = extendable('PRESENTING_VERBS', [
  'introduced',
  'introducing',
  'presented',
  'presenting',
  'outlined',
  'outlining',
  'summarised',
  'summarized',
  'summarising',
  'summarizing',
  'updated',
  'delivered',
  'announced',
  'tabled',
  // "The Head of Communities briefed Members on …".
  'briefed',
  // "Heather Pyne, Treasurer, reviewed the report with Council", "CAO MacPhee reviewed the proposed changes" (Canadian minutes).
  'reviewed',
  'reviewing',
]);

/**
 * What a presenter says in the main clause after a fronted presenting participle ("Introducing the report, the
 * Director highlighted …") besides the statement and presenting verbs.
 */
export const REMARKING_VERBS: readonly string[] = extendable('REMARKING_VERBS', ['highlighted', 'noted', 'emphasised', 'emphasized', 'stressed', 'confirmed', 'commented', 'indicated', 'summarised', 'told']);

/**
 * Verbs of speaking to the meeting on the item: "The Manager Water and Wastewater, Ms Otto, addressed Council on the
 * stage 2 design". Only a person with a post, or a post, presents so (a resident addressing the meeting is a deputation).
 */
export const ADDRESSING_VERBS: readonly string[] = extendable('ADDRESSING_VERBS', ['addressed']);

/** Verbs that take a report noun: "gave a presentation", "provided an update", "made the following announcements". */
export const GIVING_VERBS: readonly string[] = extendable('GIVING_VERBS', ['gave', 'giving', 'provided', 'providing', 'delivered', 'made', 'submitted', 'presented', 'tabled', 'read']);

/** What is given or submitted: "a presentation", "an overview", "the following communications". */
export const REPORT_NOUNS: readonly string[] = extendable('REPORT_NOUNS', [
  'presentation',
  'update',
  'overview',
  'report',
  'introduction',
  'briefing',
  'account',
  'summary',
  'paper',
  'statement',
  'communication',
  'communications',
  'announcement',
  'announcements',
  'remarks',
  'history',
  'background',
  // "The Meetings Administrator read correspondence from the Department of Transport", "The Clerk read a letter of thanks".
  'correspondence',
  'letter',
  'letters',
]);

/** Verbs of the meeting being told by a presenter, in the passive: "The Committee was updated by the Head of Roads", "Members were briefed by …". */
export const AUDIENCE_PASSIVE_VERBS: readonly string[] = extendable('AUDIENCE_PASSIVE_VERBS', ['updated', 'briefed']);

/** Verbs that take the audience "through" the item: "took Members through", "walked the Committee through". */
export const THROUGH_VERBS: readonly string[] = extendable('THROUGH_VERBS', ['took', 'taking', 'walked', 'talked', 'led']);

/** The meeting addressed: "updated Members on", "took the Committee through", "informed Council that". */
export const AUDIENCE_NOUNS: readonly string[] = extendable('AUDIENCE_NOUNS', [
  'Members',
  'members',
  'Councillors',
  'councillors',
  'Committee',
  'Sub-Committee',
  'Cabinet',
  'Board',
  'Panel',
  'Council',
  'Full Council',
  'Commission',
  'Forum',
  'Authority',
  'Assembly',
  'Executive',
  'meeting',
  'those present',
]);

/** "reported on" / "reported that" / "reported back": reporting is presenting when it is the subject's own report. */
export const PRESENTER_REPORTING_VERBS: readonly string[] = extendable('PRESENTER_REPORTING_VERBS', ['reported']);

/** What a presenter speaks to or leads: "spoke to the report", "led the item", "led this section of the meeting", "spoke to her Mayoral Minute" (NSW). */
export const SPOKEN_TO_NOUNS: readonly string[] = extendable('SPOKEN_TO_NOUNS', ['report', 'item', 'paper', 'presentation', 'update', 'discussion', 'section', 'session', 'minute', 'statements', 'accounts']);

/**
 * Verbs of a statement that makes an item (announcements, a Mayor's business):
 * "The Mayor advised Members of …", "The Chair reminded Members …". Only read
 * as presenting where the item consists of the statement.
 */
export const STATEMENT_VERBS: readonly string[] = extendable('STATEMENT_VERBS', [
  'announced',
  'advised',
  'informed',
  'reminded',
  'reported',
  'made',
  'gave',
  'welcomed',
  'thanked',
  'congratulated',
  'paid tribute',
  'asked Members to note',
  'drew attention',
  'expressed',
  'referred',
  'said',
  'stated',
  'updated',
  'notified',
  'explained',
  'shared',
  'wished',
  'raised',
]);

/** Verbs of an invitation to present: "The Chair invited the Director to introduce the report". */
export const INVITED_TO_VERBS: readonly string[] = extendable('INVITED_TO_VERBS', ['present', 'introduce', 'give', 'provide', 'outline', 'summarise', 'summarize', 'update', 'speak to', 'take', 'make', 'deliver']);

/** Words of a heading that makes an item a statement ("Mayor's Announcements", "Chair's Communications", "Lord Mayor's Business"). */
export const STATEMENT_TITLE_WORDS: readonly string[] = extendable('STATEMENT_TITLE_WORDS', ['Announcements', 'Announcement', 'Communications', 'Business', 'Remarks', 'Report', 'Statement', 'Update', 'Welcome', 'Activities', 'Engagements']);

/** Lead-ins of a list of the people presenting an item: "Representing the Council", "External Guests", "The Chair welcomed for this item:". */
export const PRESENTER_LIST_LEAD_INS: readonly string[] = extendable('PRESENTER_LIST_LEAD_INS', ['welcomed for this item', 'representing', 'external guests', 'guests', 'witnesses', 'in attendance for this item', 'attending for this item', 'present for this item', 'presenting']);

/** Verbs that open a coordinated presenting sentence: "X was invited to speak and provided …", "The Chair welcomed Y and introduced …". */
export const COORDINATED_LEAD_VERBS: readonly string[] = extendable('COORDINATED_LEAD_VERBS', [
  'was invited',
  'were invited',
  'welcomed',
  'thanked',
  'introduced',
  'opened',
  'attended',
  'joined',
  'was welcomed',
  'were welcomed',
  // "The Chair congratulated the school choir on its prize and reported on her engagements".
  'congratulated',
  'paid tribute',
]);

/** Labels of the presenter of an item: "Presenter:", "Report presented by:", "Presentation:", "Presenting Officer:". */
export const PRESENTER_LABELS: readonly string[] = extendable('PRESENTER_LABELS', [
  'Presenter',
  'Presenters',
  'Presented by',
  'Report presented by',
  'Item presented by',
  'Introduced by',
  'Report introduced by',
  'Presentation',
  'Presentation by',
  'Presenting Officer',
  'Presenting Officers',
  'Officer Presenting',
  'Speaker',
  'Speakers',
]);

/** Verbs a presiding member asks someone to present with ("The Chair asked the Head of Housing to outline …", "called upon X to introduce"). */
export const PRESIDER_ASKING_VERBS: readonly string[] = extendable('PRESIDER_ASKING_VERBS', ['asked', 'called upon', 'called on', 'requested']);

/** Verbs that take the meeting through a report: "went through the report", "ran through the main points of the presentation". */
export const GOING_THROUGH_VERBS: readonly string[] = extendable('GOING_THROUGH_VERBS', ['went', 'ran', 'worked']);

/** Verbs of reviewing a report with the meeting: "reviewed his monthly report with Council", "reviewed the tender results with the Committee". */
export const REVIEWING_VERBS: readonly string[] = extendable('REVIEWING_VERBS', ['reviewed']);

/** Scottish inverted passives that name whose report it was: "There was submitted a report by the Head of Roads", "There was circulated a joint report by …". */
export const THERE_WAS_VERBS: readonly string[] = extendable('THERE_WAS_VERBS', ['submitted', 'circulated', 'presented', 'tabled']);

/** What is submitted "by" someone in those sentences: "a report", "a joint report", "a note", "a memorandum". */
export const SUBMITTED_PAPERS: readonly string[] = extendable('SUBMITTED_PAPERS', ['report', 'reports', 'paper', 'note', 'memorandum', 'briefing note', 'presentation']);

/** Verbs that present when their object is the report or its proposals: "explained the strategy", "set out the report". */
export const EXPLAINING_REPORT_VERBS: readonly string[] = extendable('EXPLAINING_REPORT_VERBS', ['explained', 'set out', 'described', 'detailed']);

/** What is explained or set out when that is presenting: the report nouns and these ("explained the proposals"). */
export const EXPLAINED_THINGS: readonly string[] = extendable('EXPLAINED_THINGS', ['proposals', 'proposal', 'strategy', 'plan', 'item', 'findings', 'recommendations', 'options', 'results']);

/** Verbs of the meeting taking a report from someone: "The Committee received a presentation from X" (whose report "was received" presents it). */
// "Members heard a presentation from Station Officer Dan Kemp": hearing a presentation is receiving it.
export const RECEIVING_VERBS: readonly string[] = extendable('RECEIVING_VERBS', ['received', 'receiving', 'heard']);

/** The meeting hearing a person whom a relative clause then names as presenting: "The Committee heard from X, who outlined …". */
export const HEARING_VERBS: readonly string[] = extendable('HEARING_VERBS', ['heard', 'had heard', 'listened to']);

/** Lead-ins of a report named by its author (Huntingdonshire style): "By means of a report by the Corporate Director, …". */
export const BY_MEANS_OF: readonly string[] = extendable('BY_MEANS_OF', ['By means of', 'By way of']);

/**
 * What movers, petitioners, delegations and questioners present: "presented a petition", "presented a
 * request for a fee reduction", "invited to present his motion". Presenting one of these is not
 * presenting the item (a delegation asking the council for something is not its presenter).
 */
export const PETITIONING_MATTERS: readonly string[] = extendable('PETITIONING_MATTERS', ['motion', 'amendment', 'petition', 'deputation', 'question', 'notice']);

/**
 * What a delegation or resident asks of the council: "presented a request for a grant", "presented their
 * concerns about the crossing". Presenting one is not presenting the item when the presenter holds no post;
 * an officer who "reported on a request from the taxi trade" presents the item.
 */
export const ASKED_MATTERS: readonly string[] = extendable('ASKED_MATTERS', ['request', 'plea', 'appeal', 'concern', 'objection']);

/**
 * What a presiding member hands over at a civic moment: "The Mayor presented long service awards to three members of
 * staff", "presented a cheque to the Scouts". Presenting one is not presenting the item.
 */
export const PRESENTED_GIFTS: readonly string[] = extendable('PRESENTED_GIFTS', ['award', 'awards', 'certificate', 'certificates', 'cheque', 'cheques', 'prize', 'prizes', 'medal', 'medals', 'badge', 'badges', 'plaque', 'trophy', 'gift', 'bouquet']);

/** Words before a person the presenter introduces to the meeting, not the item: "introduced the new Town Clerk, Ms Joan Bell". */
export const NEWCOMER_WORDS: readonly string[] = extendable('NEWCOMER_WORDS', ['new', 'newly appointed', 'incoming', 'recently appointed']);

/** What a mover or questioner is invited to present besides PETITIONING_MATTERS: "invited to present their comments / views / case". */
export const INVITED_NOT_PRESENTED: readonly string[] = extendable('INVITED_NOT_PRESENTED', ['comment', 'comments', 'case', 'views']);

/** The business a person attends to present: "in attendance to present this report", "present for this item". */
export const ATTENDED_BUSINESS: readonly string[] = extendable('ATTENDED_BUSINESS', ['item', 'report', 'presentation', 'update', 'statements', 'accounts', 'budget', 'plan', 'strategy', 'proposals', 'paper']);

/**
 * The lower-case words a post's name may hold between its capitalised words: "Head of Planning and
 * Performance", "Chair of the Board", "Clerk to the Council", "Executive Member with responsibility
 * for Street Scene". Any other lower-case word makes the
 * phrase a clause ("Chair congratulated the school", "Can the General Manager advise …"), not a post.
 */
export const ROLE_CONNECTORS: readonly string[] = extendable('ROLE_CONNECTORS', ['of', 'for', 'and', '&', 'the', 'to', 'in', 'on', 'at', 'with', 'responsibility', 'de', 'van', 'von', 'der', 'da', 'di', 'le', 'la']);

/**
 * Titles of the item in which outside bodies address the council: "Deputations", "Delegations" (Canada,
 * Australia). Whoever is named presenting there speaks for the body, not the council.
 */
export const DEPUTATION_TITLE_WORDS: readonly string[] = extendable('DEPUTATION_TITLE_WORDS', ['deputation', 'deputations', 'delegation', 'delegations']);

/** The last word of a firm's or body's name: "Bancroft Dale LLP", "Acorn Surveys Ltd". After a named person it is where they come from, not another person. */
export const ORGANISATION_ENDINGS: readonly string[] = extendable('ORGANISATION_ENDINGS', ['LLP', 'Ltd', 'Ltd.', 'Limited', 'plc', 'PLC', 'Inc', 'Inc.', 'LLC', 'Pty', 'Associates', 'Partners', 'Partnership', 'Consulting', 'Consultants']);
