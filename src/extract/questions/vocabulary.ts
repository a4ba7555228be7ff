// Regex sources of the question rules, built from the question lexicon
// (src/lexicon/questions.ts) and the people vocabulary. Bounded quantifiers only.
import {
  ADDRESS_WORDS,
  ANSWERING_VERBS,
  ANSWER_LABELS,
  ASKING_VERBS,
  BOARD_MEMBER_TITLES,
  COLLECTIVE_ASKERS,
  CONCERN_NOUNS,
  CONCERN_QUESTION_WORDS,
  CONCERN_VERBS,
  COURTESY_TITLES,
  HONORIFICS,
  MEMBER_HONORIFICS,
  PRESIDING_ROLES,
  PUBLIC_QUESTION_MARKERS,
  PUBLIC_SPEAKER_MARKERS,
  PUTTING_VERBS,
  QUESTION_LABELS,
  QUESTION_NOUNS,
  SEEKING_VERBS,
  SOUGHT_THINGS,
  alternation,
} from '../../lexicon/index.js';
import { INITIALS_NAME_SOURCE, NAME_AFTER_HONORIFIC_SOURCE, PERSON_SOURCE, ROLE_PHRASE_SOURCE, TITLE_TIERS_SOURCE } from '../../tokenize/names.js';

const lowerFirst = (w: string): string => w.charAt(0).toLowerCase() + w.slice(1);

/** A member named with an honorific, the honorific in either case ("councillor S Bywater" is written too). */
// The title may name the tier its holder sits on: "County Councillor Fane asked …", "District Cllr Ames queried …".
export const MEMBER_NAME_SOURCE = `${TITLE_TIERS_SOURCE}${alternation([...HONORIFICS, ...HONORIFICS.map(lowerFirst), ...HONORIFICS.map((h) => h.toUpperCase())])}\\.?\\s(?:${alternation(COURTESY_TITLES)}\\.?\\s)?${NAME_AFTER_HONORIFIC_SOURCE}`;

/** An asker who is a member by title ("Cllr Kilcoyne", "Councillors A and B"): one of the meeting, even in the public's part of it. */
export const MEMBER_TITLED_ASKER = new RegExp(`^${alternation(MEMBER_HONORIFICS)}\\.?\\s`);

/** Several members in one subject: "Councillors Cawley and Gardener", "Cllrs Ash, Birch and Cole". */
export const MEMBERS_LIST_SOURCE = `${alternation(HONORIFICS.filter((h) => /s$/.test(h)))}\\.?\\s[A-Z][\\w'’.-]{0,30}(?:\\s[A-Z][\\w'’.-]{0,30})?(?:,\\s[A-Z][\\w'’.-]{0,30}(?:\\s[A-Z][\\w'’.-]{0,30})?){0,6},?\\s(?:and|&)\\s[A-Z][\\w'’.-]{0,30}(?:\\s[A-Z][\\w'’.-]{0,30})?`;

/** Subjects standing for unnamed or several members: "A Member", "Members", "the Committee". */
export const COLLECTIVE_ASKER_SOURCE = alternation(COLLECTIVE_ASKERS.flatMap((w) => [w, lowerFirst(w), w.charAt(0) + w.slice(1).toLowerCase()]));

/**
 * A presiding member named by office and surname, as New Zealand and Australian boards write them: "Deputy
 * Chairperson Wallis", "Chairperson Hona", "Mayor Pike" (not "Chair Members"); a regional district's "Director Wilding".
 */
export const OFFICE_HOLDER_SOURCE = `(?:Deputy\\s|Acting\\s)?${alternation([...PRESIDING_ROLES.filter((r) => !/\s(?:of|the)\s/.test(r)), ...BOARD_MEMBER_TITLES])}\\s(?!(?:Members?|Councillors?|Committee|Board|Panel|of|for)\\b)[A-Z][\\w’'-]{1,30}(?:\\s[A-Z][\\w’'-]{1,30})?(?![\\w’'-])`;

/** Who asks: a named member, several members, or a collective; community councils write members as initials ("EP asked if …"). */
export const ASKER_SOURCE = `(?:${MEMBERS_LIST_SOURCE}|${MEMBER_NAME_SOURCE}|${OFFICE_HOLDER_SOURCE}|${PERSON_SOURCE}|${COLLECTIVE_ASKER_SOURCE}|${INITIALS_NAME_SOURCE}(?=\\s))`;

/** "a", "the", "two", "a number of", "further": what may come before a question noun. */
const NOUN_DETERMINER = '(?:(?:a|an|the|one|two|three|four|\\d{1,2}|several|some|his|her|their|a\\s+number\\s+of|a\\s+range\\s+of|a\\s+series\\s+of)\\s+)?(?:(?:following|further|written|supplementary|oral|urgent|brief|final|second|related|number\\s+of)\\s+){0,2}';

/** A question noun with its determiner: "a supplementary question", "the following questions". */
export const QUESTION_NOUN_PHRASE = `${NOUN_DETERMINER}${alternation(QUESTION_NOUNS)}\\b`;

/** A concern about an open question: "raised concerns about whether …", "expressed concern as to how …". */
const CONCERN_ASKING_SOURCE = `${alternation(CONCERN_VERBS)}\\s+(?:(?:a|some|particular|serious|strong|real)\\s+)?${alternation(CONCERN_NOUNS)}\\s+(?:about|over|regarding|as\\s+to|on)\\s+(?=${alternation(CONCERN_QUESTION_WORDS)}\\b)`;

/**
 * The asking verb phrases: "queried", "asked", "sought clarification", "requested an update",
 * "raised a question", "submitted a written question".
 */
export const ASKING_VERB_SOURCE = `(?:${alternation(PUTTING_VERBS)}\\s+${QUESTION_NOUN_PHRASE}|${alternation(SEEKING_VERBS)}\\s+(?:some\\s+|any\\s+|further\\s+|more\\s+)?${alternation(SOUGHT_THINGS)}\\b|${alternation(ASKING_VERBS)}\\b|${CONCERN_ASKING_SOURCE})`;

/** The answering verbs: "responded", "explained that". */
export const ANSWERING_VERB_SOURCE = `${alternation(ANSWERING_VERBS)}\\b`;

/** Who answers: a person, a "The" role, officers. */
export const RESPONDENT_SOURCE = `(?:${PERSON_SOURCE}|${ROLE_PHRASE_SOURCE}|Officers|officers|It)`;

/** The labels as written and in capitals: "Question", "QUESTION". */
export const QUESTION_LABEL_FORMS: readonly string[] = [...QUESTION_LABELS, ...QUESTION_LABELS.map((l) => l.toUpperCase())];

/** A written question's label: "Question 3,", "Supplementary question:", "Q:", "Question 2 –". */
// Irish and Welsh councils number a question within the year: "Question No. 7/25".
export const QUESTION_LABEL_SOURCE = `${alternation(QUESTION_LABEL_FORMS)}(?:\\s?(?:No\\.?\\s?)?\\d{1,3}(?:\\/\\d{2,4})?[a-z]?)?`;

/** A printed answer's label: "Reply:", "Written response –", "A:". */
export const ANSWER_LABEL = new RegExp(`^(?:${alternation(ANSWER_LABELS)})(?:\\s(?:from|by)\\s([^:–—-]{2,120}?))?(?:\\s*(?:[:.–—]|\\s-)\\s*(.{0,100000})|\\s*$)`, 'i');

/** Words of the public's questions, for item titles and headings. */
export const PUBLIC_MARKER = new RegExp(`\\b${alternation(PUBLIC_QUESTION_MARKERS)}\\b`, 'i');

/** An appositive that makes a speaker one of the public: ", a local resident,". */
export const PUBLIC_SPEAKER = new RegExp(`\\b${alternation(PUBLIC_SPEAKER_MARKERS)}\\b`, 'i');

/** An appositive that is an address and nothing else: ", of 4 Mill Lane,", " (Church Road)". A speaker set off by one is one of the public. */
export const ADDRESS_APPOSITIVE = new RegExp(`^(?:,\\s|\\s{0,3}\\()(?:(?:of|from)\\s+)?(?:\\d{1,4}[A-Za-z]?,?\\s+)?[A-Z][\\w'’-]{1,30}(?:\\s[A-Z][\\w'’-]{1,30}){0,2}\\s${alternation(ADDRESS_WORDS)}\\s*[,)]$`);
