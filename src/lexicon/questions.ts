// The vocabulary of members' questions: the verbs that ask, the things a member
// seeks, the verbs that answer, the nouns and labels of written questions and
// the words that mark a question as the public's rather than a member's.
// src/extract/questions/ builds every question pattern from these lists.
import { extendable } from './extend.js';

/** Verbs that ask on their own: "Councillor Ash queried the cost …". */
export const ASKING_VERBS: readonly string[] = extendable('ASKING_VERBS', [
  'asked',
  'queried',
  'questioned',
  'enquired',
  'inquired',
  'wondered',
  'wished to know',
  'wanted to know',
  'sought to know',
  'wished to understand',
  'sought to understand',
  // "sought to clarify whether the trial covered flats".
  'sought to clarify',
  'challenged',
  'probed',
  // "pressed officers on the timescale", "pressed the Leader about …".
  'pressed',
  'was keen to understand',
  'were keen to understand',
  'was keen to know',
  'were keen to know',
  'was interested to know',
  'were interested to know',
]);

/** Verbs of seeking that ask when their object is one of SOUGHT_THINGS: "sought clarification", "requested an update". */
export const SEEKING_VERBS: readonly string[] = extendable('SEEKING_VERBS', ['sought', 'requested', 'asked for', 'sought for', 'requested further', 'sought further', 'pressed for', 'wanted', 'sought and received', 'requested and received', 'sought and obtained']);

/** What a member seeks when asking: "sought reassurance", "requested an explanation". */
export const SOUGHT_THINGS: readonly string[] = extendable('SOUGHT_THINGS', [
  'clarification',
  'clarity',
  'assurance',
  'assurances',
  'reassurance',
  'reassurances',
  'confirmation',
  'information',
  'further information',
  'more information',
  'details',
  'further details',
  'more detail',
  'an explanation',
  'further explanation',
  'an update',
  'an indication',
  'an answer',
  'a response',
  'a breakdown',
  'suggestions',
  'the reasons',
  'the reason',
  'an understanding',
  // "sought advice on the use of reserves", "sought guidance as to whether …".
  'advice',
  'guidance',
  // "sought an assurance that …": the article the bare nouns above do without.
  'an assurance',
  'a reassurance',
  // "sought detail on the open space contribution rate", "sought a timeline for the resurfacing of the L-4410".
  'detail',
  'a timeline',
  'a timescale',
]);

/** Other information a member asks for: "asked for figures on …" (asking for anything else, "a recorded vote", is a request). */
export const INFORMATION_THINGS: readonly string[] = extendable('INFORMATION_THINGS', ['evidence', 'figures', 'data', 'statistics', 'numbers', 'a list', 'a timescale', 'a timeline', 'a date', 'an estimate', 'a report', 'a briefing', 'feedback', 'comparisons', 'a comparison', 'costs', 'the cost', 'an assurance', 'a breakdown', 'an update', 'update', 'explanation']);

/**
 * A concern raised about an open question is a question: "raised concerns about whether the target was
 * achievable", "expressed concern as to how …". The verbs, the nouns and what joins them to the question
 * (a concern about a thing, "raised concerns about parking", asks nothing).
 */
export const CONCERN_VERBS: readonly string[] = extendable('CONCERN_VERBS', ['raised', 'expressed', 'voiced']);
export const CONCERN_NOUNS: readonly string[] = extendable('CONCERN_NOUNS', ['concern', 'concerns']);
/** The words that open the open question after a concern: "about whether", "as to how". */
export const CONCERN_QUESTION_WORDS: readonly string[] = extendable('CONCERN_QUESTION_WORDS', ['whether', 'how', 'why', 'if']);

/** First words of a member's question in its own words: "Cllr Moss: Could the Council install a defibrillator …?". */
export const DIRECT_QUESTION_OPENINGS: readonly string[] = extendable('DIRECT_QUESTION_OPENINGS', ['What', 'When', 'Where', 'Which', 'Who', 'Why', 'How', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Does', 'Do', 'Did', 'Has', 'Have', 'Had', 'May']);

/** Nouns of one or more questions: "a question", "queries". */
export const QUESTION_NOUNS: readonly string[] = extendable('QUESTION_NOUNS', ['question', 'questions', 'query', 'queries', 'enquiry', 'enquiries', 'inquiry', 'supplementary question', 'supplementary questions']);

/** Verbs that put a question: "raised a question", "asked a supplementary question", "submitted the following question". */
// "had questions for the Head of Housing about …" too.
export const PUTTING_VERBS: readonly string[] = extendable('PUTTING_VERBS', ['raised', 'asked', 'put', 'posed', 'submitted', 'had submitted', 'tabled', 'had tabled', 'had asked', 'had raised', 'put forward', 'had']);

/** Verbs that answer: "The Director replied that …". */
export const ANSWERING_VERBS: readonly string[] = extendable('ANSWERING_VERBS', [
  'responded',
  'replied',
  'answered',
  'explained',
  'advised',
  'confirmed',
  'said',
  'stated',
  'clarified',
  'informed',
  'reported',
  'indicated',
  'assured',
  'acknowledged',
]);

/** Labels that open a written question: "Question 3, Councillor Levy to …", "Supplementary question:", "Q:". */
export const QUESTION_LABELS: readonly string[] = extendable('QUESTION_LABELS', [
  'Question',
  'Supplementary question',
  'Supplementary',
  'Written question',
  'Oral question',
  'Urgent question',
  'Q',
  // Australian and English councils: "Question on Notice – Cr Hollis", "Question with Notice from Cr Danvers".
  'Question on Notice',
  'Question with Notice',
  'Question without Notice',
  // Welsh and Irish: "Cwestiwn 1 – From Cllr X to the Mayor:", "Ceist 2 – Cllr. Y".
  'Cwestiwn',
  'Ceist',
]);

/** Labels that open the printed answer to a written question: "Reply:", "Written reply:", "A:". */
export const ANSWER_LABELS: readonly string[] = extendable('ANSWER_LABELS', ['Reply', 'Written reply', 'Response', 'Written response', 'Answer', 'Written answer', 'Supplementary reply', 'Supplementary response', 'A']);

/** Words that make an item title or a heading one for the public's questions (not members'). */
export const PUBLIC_QUESTION_MARKERS: readonly string[] = extendable('PUBLIC_QUESTION_MARKERS', ['public', 'residents', 'resident', 'petitions', 'petition', 'deputations', 'deputation', 'open forum', 'community forum', 'electors', 'parishioners', 'gallery']);

/** Appositives that mark a speaker as one of the public: "Mrs Pearce, a local resident, asked …". */
export const PUBLIC_SPEAKER_MARKERS: readonly string[] = extendable('PUBLIC_SPEAKER_MARKERS', ['resident', 'member of the public', 'members of the public', 'petitioner', 'on behalf of', 'representing', 'local business', 'speaker', 'who lives', 'who live', 'public participation']);

/** Subjects that stand for several or unnamed members: their questions have no named asker. */
export const COLLECTIVE_ASKERS: readonly string[] = extendable('COLLECTIVE_ASKERS', [
  'A Member',
  'One Member',
  'Another Member',
  'A further Member',
  'Some Members',
  'Several Members',
  'A number of Members',
  'Members',
  'The Members',
  'A Councillor',
  'Another Councillor',
  'A Board member',
  'A Committee member',
  'A Panel member',
  'A Cabinet member',
  'One Board member',
  'One Committee member',
  'Councillors',
  'The Committee',
  'The Panel',
  'The Board',
  'The Cabinet',
  'Cabinet',
  'The Sub-Committee',
  'The Forum',
  'The Chair',
  'The Chairman',
  'The Chairperson',
  'The Vice-Chair',
  'The Vice Chair',
  'The Vice-Chairman',
  'Members of the Committee',
  'Members of the Panel',
  'Members of the Board',
  'Committee Members',
  'Panel Members',
  'Board Members',
  'Council Members',
  'Members of Council',
  'Members of the Council',
  'Elected Members',
  'The Mayor',
  'The Deputy Mayor',
  'The Lord Mayor',
  'The Provost',
  'The Convener',
  'The Cathaoirleach',
  'The Leader',
  'The Deputy Leader',
  // Canadian and Australian minutes record the whole council asking: "Council questioned the increase".
  'Council',
  'The Council',
]);

/**
 * What a member asks an officer to do when asking is a question: "asked the Director to explain how …",
 * "asked officers to clarify whether …" (asking someone to act otherwise is a request).
 */
export const EXPLAINING_VERBS: readonly string[] = extendable('EXPLAINING_VERBS', ['explain', 'clarify', 'confirm', 'elaborate', 'expand', 'comment', 'indicate', 'describe', 'outline', 'justify', 'set out', 'say']);

/** Verbs that give the topics of members' questions: "Questions from Council included whether …", "Queries covered …". */
export const QUESTION_TOPIC_VERBS: readonly string[] = extendable('QUESTION_TOPIC_VERBS', ['included', 'covered', 'centred on', 'centered on', 'touched on']);

/**
 * The last word of a street or house name: a speaker set off by an address (", of 4 Mill Lane,",
 * "(Church Road)") is one of the public, not a member.
 */
export const ADDRESS_WORDS: readonly string[] = extendable('ADDRESS_WORDS', [
  'Road',
  'Street',
  'Lane',
  'Avenue',
  'Close',
  'Drive',
  'Way',
  'Crescent',
  'Court',
  'Place',
  'Gardens',
  'Terrace',
  'Grove',
  'Row',
  'Farm',
  'Cottage',
  'Cottages',
  'Mews',
]);

/** Who asks when members' questions are answered together: "In response to Members' questions", "questions from the Committee" (patterns read them in lower case too). */
export const QUESTIONING_BODIES: readonly string[] = extendable('QUESTIONING_BODIES', ['Members', 'Councillors', 'the Committee', 'the Panel', 'the Board', 'Council', 'the Council', 'Board Members', 'Committee Members', 'Panel Members', 'the Members']);

/**
 * Words that open a written question's text in the form Irish and some UK councils print it: "Cllr X:
 * To ask the Chief Executive for an update on …". A text opening so is a question, however long.
 */
export const QUESTION_OPENINGS: readonly string[] = extendable('QUESTION_OPENINGS', ['To ask']);
