// The vocabulary of commitments: how minutes record that someone will do
// something after the meeting ("agreed to provide", "would be circulated",
// "Clerk to write to …", "asked officers to report back"). The action rules
// in src/extract/actions/ build their patterns from these lists, and each
// rule's cheap pre-check is derived from the list its pattern requires, so a
// word added here reaches pattern and pre-check together.
import { extendable } from './extend.js';
import { POST_INITIALS } from './people.js';
import { withObjectBeforeParticle } from './phrasal.js';

/** Past-tense verbs by which a person takes a task on: "agreed to provide", "undertook to write". */
export const COMMITTING_VERBS: readonly string[] = extendable('COMMITTING_VERBS', ['agreed', 'undertook', 'offered', 'promised', 'volunteered', 'gave an undertaking', 'gave a commitment']);

/** Committing verbs that also describe a standing position ("the service remained committed to"): a task only when not after a linking verb. */
export const STANCE_VERBS: readonly string[] = extendable('STANCE_VERBS', ['committed', 'pledged']);

/** Linking verbs and adverbs before a stance verb that make it a position, not a task: "is committed to", "remained fully committed to". */
export const STANCE_LINKS: readonly string[] = extendable('STANCE_LINKS', ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'remained', 'remains', 'remain', 'fully', 'very', 'still', 'firmly', 'strongly']);

/** Modal verbs of a future act: "would circulate", "will write", "shall write", "should notify". */
export const FUTURE_MODALS: readonly string[] = extendable('FUTURE_MODALS', ['would', 'will', 'shall', 'should']);

/** A decision that a letter be written: "That Council write to the Minister …", "Write to the NSW Minister …" (a letter follows the meeting). */
export const LETTER_WRITING_VERBS: readonly string[] = extendable('LETTER_WRITING_VERBS', ['write', 'writes', 'to write', 'send a letter', 'sends a letter', 'write a letter', 'writes a letter']);

/**
 * Modals by which a named person or post takes on any task, whatever its verb: "Cllr Blandford will tighten the bolts",
 * "The Clerk would report the fallen stile to the County Council". Not "should" (advice as often as a task).
 */
export const NAMED_TASK_MODALS: readonly string[] = extendable('NAMED_TASK_MODALS', ['will', 'would', 'shall']);

/**
 * Words after "X will / would" that make no task of it: a state ("will be", "would have"), a stance ("would welcome",
 * "would prefer"), a habit or likelihood ("would normally", "will probably"), a negation ("will not"), or what members
 * are reminded of ("Members will recall").
 */
export const NOT_TASK_AFTER_MODAL: readonly string[] = extendable('NOT_TASK_AFTER_MODAL', [
  'be',
  'have',
  'not',
  'never',
  'like',
  'love',
  'welcome',
  'prefer',
  'hope',
  'wish',
  'want',
  'need',
  'support',
  'oppose',
  'expect',
  'appreciate',
  'remain',
  'seem',
  'appear',
  'depend',
  'mean',
  'cost',
  'benefit',
  'lose',
  'become',
  'know',
  'understand',
  'think',
  'feel',
  'believe',
  'say',
  'argue',
  'suggest',
  'recommend',
  'accept',
  'agree',
  'normally',
  'usually',
  'always',
  'often',
  'generally',
  'typically',
  'probably',
  'possibly',
  'likely',
  'rather',
  'otherwise',
  'still',
  'only',
  'ordinarily',
  'determine',
  'decide',
  'read',
  'retire',
  'step',
  'stand',
  // What members are told they already know or will see: "Councillors will recall that …", "Members will note …".
  'recall',
  'remember',
  'note',
  'notice',
  'see',
  'receive',
  'find the',
  'find that',
  'find it',
  'find attached',
  // What goes on as before, not a new task: "Officers will continue to work with the developer", "Staff would work within the budget".
  'continue',
  'work within',
]);

/**
 * Words of willingness after "would be": "would be happy to meet the residents", "will be pleased to provide the figures".
 * An offer made at the meeting, a task when its verb is one.
 */
export const WILLING_WORDS: readonly string[] = extendable('WILLING_WORDS', ['happy', 'willing', 'pleased', 'glad', 'prepared']);

/** Willingness stated in the present or past, an offer without a modal: "Cllr Ross was willing to host the stall". */
export const STATED_WILLING_WORDS: readonly string[] = extendable('STATED_WILLING_WORDS', ['willing']);

/** What a person is willing to do at the meeting itself, not later: "happy to answer questions", "happy to take questions". */
export const AT_MEETING_OFFERS: readonly string[] = extendable('AT_MEETING_OFFERS', ['answer', 'take questions', 'take any questions', 'hear', 'see', 'learn', 'report that', 'confirm that', 'inform', 'announce', 'advise that']);

/**
 * Participles that, with an officer as agent, name a decision made or a standing arrangement, not a task set:
 * "will be determined by the Head of Planning under delegated powers", "the scheme would be led by the Director".
 */
export const NOT_TASK_PARTICIPLES: readonly string[] = extendable('NOT_TASK_PARTICIPLES', ['determined', 'decided', 'delegated', 'exercised', 'considered', 'required', 'affected', 'impacted', 'led', 'managed', 'overseen', 'funded', 'supported', 'needed', 'used', 'welcomed', 'expected', 'advised', 'assessed', 'judged', 'covered', 'employed', 'appointed', 'elected', 'replaced', 'selected', 'chosen']);

/** Words that make a meeting a later one: "at the next meeting", "to a future Committee", "at a later meeting". */
export const LATER_MEETING_WORDS: readonly string[] = extendable('LATER_MEETING_WORDS', ['next', 'future', 'following', 'later', 'subsequent']);

/** Participles that do not end in -ed, for "will be … at the next meeting": "will be taken", "would be made". */
export const IRREGULAR_PARTICIPLES: readonly string[] = extendable('IRREGULAR_PARTICIPLES', ['made', 'done', 'put', 'set', 'held', 'brought', 'sent', 'taken', 'given', 'kept', 'met', 'paid', 'read', 'shown', 'written', 'drawn up', 'sought', 'bought']);

/** Adjectives of a paper promised for a later meeting, read as its participles are: "the analysis would be available by the next Board meeting". */
export const READY_WORDS: readonly string[] = extendable('READY_WORDS', ['available', 'ready']);

/** What is done with the minutes and motions at a meeting itself, not a task: "the minutes will be signed at the next meeting". */
export const MEETING_BUSINESS_DONE: readonly string[] = extendable('MEETING_BUSINESS_DONE', ['signed', 'approved', 'confirmed', 'agreed', 'noted', 'adopted', 'ratified', 'accepted', 'received', 'moved', 'seconded', 'elected', 'voted', 'opened', 'closed', 'chaired', 'minuted', 'recorded', 'held']);

/** Modals a "would be circulated" commitment takes, besides FUTURE_MODALS: "was to be sent", "is due to be presented". */
export const SCHEDULED_MODALS: readonly string[] = extendable('SCHEDULED_MODALS', ['was to', 'were to', 'was due to', 'were due to', 'is due to', 'are due to']);

/** A council's working units, which take a task by name: "Housing section to bring an update", "the Roads Department will repair". */
export const OWNER_UNITS: readonly string[] = extendable('OWNER_UNITS', ['section', 'team', 'department', 'unit', 'directorate']);

/** Roles that take a task named without "The" ("Clerk to write", "Head of Housing to report back") or after "our" ("our chair would draw up"). */
export const OWNER_ROLES: readonly string[] = extendable('OWNER_ROLES', [
  'Head',
  'Director',
  'Chief',
  'Manager',
  'Clerk',
  'Chair',
  'Chairman',
  'Chairperson',
  'Vice-Chair',
  'Leader',
  'Officer',
  'Cabinet Member',
  'Portfolio Holder',
  'Democratic Services',
  'RFO',
  'Responsible Financial Officer',
  'Secretary',
  'Minute Secretary',
  'Treasurer',
  // Chief executives, chief administrative officers and general managers by their initials: "Requests the CEO to
  // apply …", "CAO to report back", "GM Water & Waste to brief Councillors".
  ...POST_INITIALS,
]);

/** Verbs by which a meeting asks someone to act: "was asked to", "requested that", "tasked with". */
export const REQUESTING_VERBS: readonly string[] = extendable('REQUESTING_VERBS', ['asked', 'requested', 'tasked', 'instructed', 'directed']);

/** Verbs by which a meeting sets officers a task in the active voice, as "asked" does: "Council directed staff to prepare …". */
export const DIRECTING_VERBS: readonly string[] = extendable('DIRECTING_VERBS', ['directed', 'instructed']);

/** Verbs the asked party is asked to do that are procedure at the meeting itself, not a later task: "asked to note the report". */
export const PROCEDURE_VERBS: readonly string[] = extendable('PROCEDURE_VERBS', [
  'note',
  'agree',
  'approve',
  'consider',
  'declare',
  'comment',
  'vote',
  'endorse',
  'adopt',
  'accept',
  'ratify',
  'sign',
  'receive',
  'leave',
  'speak',
  'address',
  'introduce',
  'present',
  'announce',
  'record',
  'welcome',
  'open',
  'close',
  'chair',
  'move',
  'second',
  // A position taken at the meeting, not a later task: "AGREED to go with the decision of the Planning Officer", "agreed to support the application".
  'go with',
  'support',
  'object',
]);

/** Procedure verbs that are a later task when a later meeting or month follows: "agreed to present its findings to the Board in February". */
export const PRESENTED_LATER_VERBS: readonly string[] = extendable('PRESENTED_LATER_VERBS', ['present', 'introduce']);

/** Phrases opened by a procedure verb that are tasks done outside the meeting: "offered to speak to the landowner", "agreed to address the complaint". */
export const PROCEDURE_TASK_PHRASES: readonly string[] = extendable('PROCEDURE_TASK_PHRASES', ['speak to', 'speak with', 'address the issue', 'address the issues', 'address the concern', 'address the concerns', 'address the complaint', 'address the problem']);

/** Deliveries promised to members, as participles: "would be circulated", "will be made available". */
export const DELIVERED: readonly string[] = extendable('DELIVERED', [
  'circulated',
  'provided',
  'shared',
  'sent',
  'distributed',
  'forwarded',
  'emailed',
  'brought back',
  'reported back',
  'fed back',
  'made available',
  'passed on',
  'followed up',
  'looked into',
  'investigated',
  'picked up',
  // Posted where members and the public read it; not signs "posted on Concession Roads 5 and 7" (works on site).
  'posted online',
  'posted to',
  'posted on the website',
  'posted on the web site',
  'posted on the council website',
  'posted on the noticeboard',
  'posted on the notice board',
  'posted on social media',
  'published online',
  'published on the website',
  'published on the web site',
  "published on the council's website",
  'published on the council’s website',
  'addressed through the action log',
  // A reply promised in writing: "this will be confirmed to members in writing", "would be confirmed in writing".
  'confirmed in writing',
  'confirmed to members',
  'confirmed to councillors',
  // A paper put where members read it: "a copy would be placed in the Members' Library" (UK councils' members' rooms).
  "placed in the members' library",
  'placed in the members’ library',
  "placed in the members' room",
  'placed in the members’ room',
]);

/** Practical tasks promised in the passive ("a meeting will be arranged", "the booking would be double checked"), besides DELIVERED. */
export const TASKS_DONE: readonly string[] = extendable('TASKS_DONE', [
  'arranged',
  'scheduled',
  'checked',
  'double checked',
  'installed',
  'put up',
  'repaired',
  'ordered',
  'obtained',
  'booked',
  'chased',
  'contacted',
  'informed',
  'notified',
  'invited',
  'sought',
  // A paper sent on to someone: "a revised recovery plan would be submitted to the Department in November" (not "the
  // planning application would be submitted in May", the applicant's timing).
  'submitted to',
  // Options worked up for members: "a 2.0 m width would be costed", "the lower rate will be modelled".
  'costed',
  'modelled',
  'modeled',
]);

/**
 * Surveys, works and programmes the council runs, promised with "would" or "will" (not "should", which advises):
 * "a speed survey would be undertaken in January", "the campaign would be rolled out by March".
 */
export const WORK_DONE: readonly string[] = extendable('WORK_DONE', ['undertaken', 'rolled out', 'carried out']);

/** What happens to a report at a later meeting: "would be brought to the next meeting", "be presented at the 6 May committee". */
export const TO_MEETING: readonly string[] = extendable('TO_MEETING', ['brought', 'presented', 'submitted', 'reported', 'considered', 'added', 'included', 'scheduled', 'heard', 'discussed', 'taken', 'tabled', 'placed']);

/** Later meetings, the lists that carry their business, and the members a matter is reported back to ("would be reported to members"). */
export const MEETING_NOUNS: readonly string[] = extendable('MEETING_NOUNS', ['meeting', 'committee', 'panel', 'board', 'cabinet', 'council', 'agenda', 'work programme', 'workprogramme', 'members', 'workshop', 'briefing session', 'deliberations']);

/**
 * Follow-up tasks, in the base form: what a person "would", "will", "agreed to" or is "to" do.
 * "take … away" and "bring … report" are phrases the rules spell out around these.
 */
/** What someone agrees to before the task itself: "agreed to a request from Cr X to provide a map". */
export const AGREED_TO_NOUNS: readonly string[] = extendable('AGREED_TO_NOUNS', ['request', 'suggestion', 'proposal']);

// A particle verb also stands with a short object before its particle: "follow the matter up", "pick this up".
export const DELIVERY_VERBS: readonly string[] = withObjectBeforeParticle(extendable('DELIVERY_VERBS', [
  'circulate',
  'provide',
  'share',
  'send',
  'notify',
  'inform',
  'distribute',
  'forward',
  'email',
  'report back',
  'follow up',
  'look into',
  'look at',
  'investigate',
  'pick up',
  'write',
  'respond',
  'reply',
  'liaise',
  'contact',
  'feed back',
  'feedback',
  'check',
  'come back',
  'clarify',
  'arrange',
  'raise',
  'find out',
  'chase',
  'chase up',
  'report to',
  // "The Clerk will report at the next meeting", "would report on progress in the spring".
  'report at',
  'report on',
  'report further',
  'submit',
  'organise',
  'organize',
  'set up',
  'ensure',
  'speak to',
  'meet with',
  // "he would meet the brigade chief before the next meeting", "officers would meet the parish representatives".
  'meet',
  // "she will attend the convention on behalf of Council".
  'attend',
  // Options worked up for members: "staff would model the option for the Long Term Plan" (the passive is TASKS_DONE's "modelled").
  'model',
  'discuss with',
  'invite',
  'ascertain',
  'obtain',
  'order',
  'book',
  'draft',
  'design',
  'produce',
  'seek',
  'source',
  'review',
  'pass on',
  'pass',
  'publish',
  'update',
  'add',
  'ask',
  'create',
  'install',
  'put up',
  'visit',
  'inspect',
  'make',
  'prepare',
  'bring',
  'draw up',
  'compile',
  'approach',
  'monitor',
  'remind',
  'renew',
  'repair',
  'replace',
  'place',
  'pay',
  'purchase',
  'apply',
  'research',
  'explore',
  'identify',
  'establish',
  'get',
  'go back',
  'commence',
  'complete',
  'engage',
  'canvass',
  'advertise',
  'collate',
  'telephone',
  'phone',
  'call',
  'confirm',
  // Irish and Indian English "revert to" is "get back to": "he would revert to Cllr Kelly with a timeline".
  'revert',
  'get back',
  // "said she would examine staffing options", "he would brief councillors", "the Administrator negotiate an amendment".
  'examine',
  // Work done again: "he would re-examine the pavement survey", "staff would revisit the fee schedule".
  're-examine',
  'reexamine',
  'revisit',
  're-visit',
  'reassess',
  're-assess',
  'brief',
  'negotiate',
  // "asked Kenny to gather photographs", "would collect the keys from the hall".
  'gather',
  'collect',
]));

/** Delivery verbs that also say when an event happens, used without an object: "the works would commence in November". */
export const TIMED_EVENT_VERBS: readonly string[] = extendable('TIMED_EVENT_VERBS', ['commence', 'complete', 'start', 'begin', 'finish', 'open', 'close', 'proceed']);

/** Delivery verbs that also say a thing is enough for a measure: "would meet the costs from reserves" is no task (MEASURE_NOUNS). */
export const MEASURED_VERBS: readonly string[] = extendable('MEASURED_VERBS', ['meet']);

/** What a measured verb's object is when it says a thing is enough, not whom someone will see: "meet the needs", "meet its targets". */
export const MEASURE_NOUNS: readonly string[] = extendable('MEASURE_NOUNS', [
  'cost', 'costs', 'need', 'needs', 'criteria', 'criterion', 'requirement', 'requirements', 'target', 'targets', 'deadline', 'deadlines',
  'demand', 'demands', 'expectation', 'expectations', 'standard', 'standards', 'obligation', 'obligations', 'shortfall', 'threshold',
  'condition', 'conditions', 'objective', 'objectives', 'test', 'tests', 'budget', 'gap', 'deficit', 'bill', 'charge', 'charges',
  'expense', 'expenses', 'aim', 'aims', 'ambition', 'ambitions', 'aspirations', 'policy', 'policies', 'duty', 'duties', 'commitment', 'commitments',
]);

/** Words after a timed event verb that make it the event's timing, not a task: "commence in November", "complete shortly". */
export const EVENT_TIME_WORDS: readonly string[] = extendable('EVENT_TIME_WORDS', ['in', 'on', 'at', 'from', 'during', 'after', 'before', 'by', 'shortly', 'soon', 'next', 'early', 'later', 'this', 'within', 'once', 'when', 'until']);

/** Verbs that report a promise made in speech: "confirmed that she would send", "said that officers would check". */
export const REPORTING_VERBS: readonly string[] = extendable('REPORTING_VERBS', ['said', 'stated', 'shared', 'confirmed', 'explained', 'advised', 'indicated', 'added', 'replied', 'responded', 'assured', 'reassured', 'agreed', 'undertook', 'noted', 'gave notice', 'reported', 'informed', 'mentioned', 'commented', 'clarified']);

/** Written follow-ups a meeting asks for: "requested a further update", "asked for a written breakdown". */
export const FOLLOW_UP_PAPERS: readonly string[] = extendable('FOLLOW_UP_PAPERS', ['update', 'report', 'briefing', 'breakdown', 'briefing note', 'written answer', 'written response']);

/** What a later paper is asked to hold: "asked that future reports include a breakdown by ward", "… set out the costs". */
export const PAPER_CONTENT_VERBS: readonly string[] = extendable('PAPER_CONTENT_VERBS', ['include', 'set out', 'show', 'contain', 'cover', 'provide', 'report on', 'detail', 'explain', 'address']);

/** Participles of what "X to be …" parish lines and requests ask to be done: "Details to be published", "asked for this to be rectified". */
export const TO_BE_DONE: readonly string[] = extendable('TO_BE_DONE', [
  ...DELIVERED,
  'published',
  'displayed',
  'made',
  'ordered',
  'obtained',
  'arranged',
  'checked',
  'rectified',
  'repaired',
  'replaced',
  'installed',
  'removed',
  'cleared',
  'cut',
  'contacted',
  'chased',
  'written',
  'reported',
  'requested',
  'invited',
  'added',
  'placed',
  'put',
  'listed',
  'booked',
  'renewed',
  'updated',
  'produced',
  'drafted',
  'reviewed',
  'organised',
  'organized',
  'informed',
  'notified',
  'paid',
  'purchased',
  'advertised',
  'scheduled',
  'included',
  'presented',
  'brought',
  'submitted',
]);

/** What a meeting asks to be done with a thing later, besides DELIVERED: "requested that the item be placed on the agenda", "… that the map be posted on the Township website". */
export const REQUESTED_DONE: readonly string[] = extendable('REQUESTED_DONE', ['presented', 'brought', 'submitted', 'reported', 'included', 'added', 'scheduled', 'arranged', 'placed', 'put', 'listed', 'posted', 'published']);

/** Words before a post that leave it a post: "the relevant Cabinet Member would respond", "the appropriate officer will visit". */
export const ROLE_ADJECTIVES: readonly string[] = extendable('ROLE_ADJECTIVES', ['relevant', 'appropriate', 'responsible', 'acting', 'interim', 'lead', 'named']);

/** Adverbs between a subject and its modal: "The Director also would", "Officers in turn would". */
export const SUBJECT_ADVERBS: readonly string[] = extendable('SUBJECT_ADVERBS', ['also', 'then', 'now', 'further', 'personally', 'in turn', 'therefore', 'kindly']);

/**
 * Outside bodies whose commitments minutes report but which are not the meeting's actions:
 * "the Environment Agency agreed to clear the culvert", "the Government will publish".
 */
export const OUTSIDE_BODIES: readonly string[] = extendable('OUTSIDE_BODIES', [
  'Government',
  'government',
  'Welsh Government',
  'Scottish Government',
  'Ministry',
  'Minister',
  'Secretary of State',
  'Police',
  'Environment Agency',
  'Highways England',
  'National Highways',
  'Network Rail',
  'NHS',
  'NHS England',
  'Integrated Care Board',
  'ICB',
  'developer',
  'developers',
  'applicant',
  'applicants',
  'contractor',
  'contractors',
  'landowner',
  'water company',
  'bus company',
  'operator',
]);

/** What a council calls its area, as the deciding body names itself in a clause: "that the City of Winnipeg prepare …". */
export const COUNCIL_AREA_NOUNS: readonly string[] = extendable('COUNCIL_AREA_NOUNS', ['City', 'Town', 'Village', 'County', 'Borough', 'District', 'Municipality', 'Township', 'Region', 'Parish', 'Shire']);

/** Verbs by which a plan, not a person, is said to be intended: "the Government intends to". */
export const INTENDING_VERBS: readonly string[] = extendable('INTENDING_VERBS', ['intends', 'intended', 'plans', 'planned', 'expects', 'expected', 'aims']);

/** Statuses an action log prints after a task: "COMPLETED – NO REPLY", "Ongoing – chase up". */
export const ACTION_STATUSES: readonly string[] = extendable('ACTION_STATUSES', ['completed', 'complete', 'ongoing', 'no reply', 'done', 'closed', 'open', 'in progress', 'carried forward', 'outstanding', 'chase', 'pending']);

// Months, for due dates written without a day ("by the end of March"), are MONTHS in headings.ts.

/** Words that make a later meeting or period relative: "at the next meeting", "within the following month". */
export const RELATIVE_DEADLINES: readonly string[] = extendable('RELATIVE_DEADLINES', ['next', 'following', 'future']);

/** Deadlines an action table prints without a date: "ASAP", "Ongoing", "TBC". */
export const OPEN_DEADLINES: readonly string[] = extendable('OPEN_DEADLINES', ['ASAP', 'ongoing', 'TBC', 'TBA', 'immediately']);

/** What a relative deadline counts in: "the next meeting", "two weeks", "the following quarter". */
export const DEADLINE_UNITS: readonly string[] = extendable('DEADLINE_UNITS', ['meeting', 'committee', 'cabinet', 'board', 'panel', 'council', 'week', 'month', 'quarter', 'year', 'municipal', 'financial', 'round', 'cycle', 'session']);

/**
 * Headers of an action table's task column: a header row "Action | Owner | By" (or with tabs between the
 * cells) opens a table whose rows are actions. Lower case; matched whole-cell, in any case.
 */
export const ACTION_COLUMN_HEADERS: readonly string[] = extendable('ACTION_COLUMN_HEADERS', ['action', 'actions', 'action point', 'action points', 'action required', 'agreed action', 'task', 'tasks', 'item']);

/** Headers of the owner column of an action table: "Owner", "Responsible", "Lead", "Who", "Action by". */
export const OWNER_COLUMN_HEADERS: readonly string[] = extendable('OWNER_COLUMN_HEADERS', ['owner', 'owners', 'action owner', 'responsible', 'responsibility', 'responsible officer', 'officer responsible', 'lead', 'lead officer', 'lead member', 'who', 'by whom', 'action by', 'assigned to', 'person responsible']);

/** Headers of the deadline column of an action table: "By", "Due", "Deadline", "When", "Target date". */
export const DUE_COLUMN_HEADERS: readonly string[] = extendable('DUE_COLUMN_HEADERS', ['by', 'due', 'due date', 'date due', 'due by', 'deadline', 'when', 'by when', 'date', 'target', 'target date', 'completion date', 'timescale', 'timescales']);

/** Labels before a task set at the meeting, as Canadian minutes print a direction to staff ("Direction: Staff to circulate …") and English ones an action ("Action: Cllr Hart to contact the police"). */
export const TASK_LABELS: readonly string[] = extendable('TASK_LABELS', ['Direction', 'Directions', 'Direction to staff', 'Staff direction', 'Council direction', 'Follow up', 'Follow-up', 'Action', 'ACTION', 'Actions', 'Agreed action', 'Action item', 'Action Item', 'ACTION ITEM']);

/**
 * People a business or a venue asks to do something, as an applicant describes their own operation at a licensing
 * hearing ("customers would be asked to leave quietly"): not a task set at the meeting. Lower case.
 */
export const PUBLIC_GROUPS: readonly string[] = extendable('PUBLIC_GROUPS', ['customers', 'patrons', 'riders', 'drivers', 'couriers', 'visitors', 'guests', 'residents', 'users', 'pupils', 'parents', 'spectators', 'the public', 'members of the public']);

/** What a matter is answered with when it is referred on: "was referred to the Cabinet Member for a response". */
export const REFERRAL_PURPOSES: readonly string[] = extendable('REFERRAL_PURPOSES', ['response', 'reply', 'report', 'consideration', 'further consideration', 'investigation', 'action', 'comment', 'comments', 'decision']);

/** The lead words of a later paper a thing will be included in: "in the next annual update", "in future reports", "in the quarterly monitoring reports to Cabinet". */
export const LATER_PAPER_WORDS: readonly string[] = extendable('LATER_PAPER_WORDS', ['next', 'future', 'following', 'forthcoming', 'subsequent', 'quarterly', 'monthly', 'regular']);

/** Nouns a DELIVERED participle qualifies as an adjective ("shared ownership", "shared services"): no delivery. Lower case. */
export const DELIVERED_NOUN_HEADS: readonly string[] = extendable('DELIVERED_NOUN_HEADS', ['ownership', 'equity', 'space', 'spaces', 'service', 'services', 'facilities', 'use', 'housing', 'accommodation', 'parking']);

/** Verbs by which a decision asks someone to act: "requests the CEO to apply …", "direct staff to hold …", "calls on the Cabinet to commission …". */
export const RESOLUTION_ASKING_VERBS: readonly string[] = extendable('RESOLUTION_ASKING_VERBS', ['ask', 'asks', 'instruct', 'instructs', 'direct', 'directs', 'request', 'requests', 'call on', 'calls on', 'call upon', 'calls upon']);

/** A council's own executive, which its decisions may ask to act ("Council calls on the Cabinet to commission …"). */
export const EXECUTIVE_BODIES: readonly string[] = extendable('EXECUTIVE_BODIES', ['Cabinet', 'Executive']);

/** How a decision sends a matter on to someone: "the concerns be conveyed to the Cabinet Member", "be passed on to the tree warden". */
export const PASSED_ON_VERBS: readonly string[] = extendable('PASSED_ON_VERBS', ['passed on', 'conveyed', 'forwarded', 'relayed']);

/** Events a decision schedules for later: "… and schedule a public hearing for May 13". Lower case. */
export const SCHEDULED_EVENTS: readonly string[] = extendable('SCHEDULED_EVENTS', ['public hearing', 'public meeting', 'special meeting', 'site visit', 'site meeting', 'workshop']);

/** How a member says they will put a motion to a later meeting: "will move a motion", "will bring forward a motion". */
export const MOTION_NOTICE_VERBS: readonly string[] = extendable('MOTION_NOTICE_VERBS', ['move', 'bring forward', 'put forward', 'introduce', 'present', 'submit', 'table']);
