// The question record and the answer reader every question rule shares.
import type { Question } from '../../schema/document.js';
import type { Block } from '../../segment/blocks.js';
import { COLLECTIVE_PERSON, INITIALS_NAME_SOURCE, looksLikePersonName } from '../../tokenize/names.js';
import { placeOf } from '../types.js';
import { MEMBER_HONORIFICS, alternation } from '../../lexicon/index.js';
import { ANSWERING_VERB_SOURCE, COLLECTIVE_ASKER_SOURCE, MEMBERS_LIST_SOURCE, MEMBER_NAME_SOURCE, OFFICE_HOLDER_SOURCE, RESPONDENT_SOURCE } from './vocabulary.js';

// Several members at once are no one asker: "Councillors Ash and Birch", "Members".
const PLURAL_ASKERS = new RegExp(`^(?:${alternation([...MEMBER_HONORIFICS.filter((h) => /s$/.test(h)), 'members'])})\\b`, 'i');

/** The name as written for a named member; null for "Members", "the Committee", two members at once. */
export function askerName(name: string | null | undefined): string | null {
  const n = name?.trim();
  if (!n || COLLECTIVE_PERSON.test(n) || /^(?:the|a|an|one|another|some|several)\s/i.test(n) || /\s(?:and|&)\s/.test(n) || PLURAL_ASKERS.test(n)) return null;
  return n;
}

const COLLECTIVE_SUBJECT = new RegExp(`^${COLLECTIVE_ASKER_SOURCE}$`);
const SEVERAL_MEMBERS = new RegExp(`^${MEMBERS_LIST_SOURCE}$`);
const TITLED_MEMBER = new RegExp(`^${MEMBER_NAME_SOURCE}$`);
const OFFICE_HOLDER = new RegExp(`^${OFFICE_HOLDER_SOURCE}$`);

/**
 * A subject that may ask a member's question: a person (named as written), several members or a
 * collective such as "Members" (no named asker: null); undefined for anyone else ("The Clerk", "The report").
 */
/** A member written as initials ("EP", "DU"), as community council minutes name them. */
const INITIALS_ONLY = new RegExp(`^${INITIALS_NAME_SOURCE}$`);

export function memberAsker(subject: string): string | null | undefined {
  const s = subject.trim();
  if (COLLECTIVE_SUBJECT.test(s) || COLLECTIVE_PERSON.test(s) || SEVERAL_MEMBERS.test(s)) return null;
  return looksLikePersonName(s) || TITLED_MEMBER.test(s) || OFFICE_HOLDER.test(s) || INITIALS_ONLY.test(s) ? s : undefined;
}

export function makeQuestion(text: string, asker: string | null, block: Block, rule: string): Question {
  return { asker, text: text.trim(), respondent: null, response: null, ...placeOf(block), rule };
}

/**
 * The answer: "The Director explained that …", "Mr X responded that …", "Ms Carter, Grants Officer,
 * explained that …", "In reply, the Cabinet Member said …". Group 1 respondent, group 2 the answer.
 */
export const RESPONSE = new RegExp(
  `^(?:In\\s+(?:reply|response|answer),?\\s+|A[.:]\\s+)?(${RESPONDENT_SOURCE})(?:\\s+\\([^)]{1,80}\\)|,\\s+(?:the\\s+)?[A-Z][^,]{1,80},)?,?\\s+(?:also\\s+|further\\s+)?${ANSWERING_VERB_SOURCE}(?:\\s+(?:that|the\\s+(?:Committee|Panel|Board|meeting|Council)\\s+that|Members\\s+that|members\\s+that|him\\s+that|her\\s+that))?\\s+(.*)$`,
);

// "agreed", "acknowledged" and "undertook" answer only when they report on the question, not when they commit ("agreed to …").
const COMMITS = /^(?:to\s)/;

/** The answer a sentence gives, if it is one. */
export function answerIn(text: string): { respondent: string | null; response: string } | null {
  const m = RESPONSE.exec(text);
  if (!m || COMMITS.test(m[2])) return null;
  return { respondent: m[1] === 'It' ? null : m[1], response: m[2].trim() };
}

/** Records the answer a text gives; text that is not an answer is the response as written ('as-written') or none. */
export function withAnswer(q: Question, rest: string, unread: 'as-written' | 'none'): Question {
  const a = answerIn(rest);
  if (a) {
    q.respondent = a.respondent;
    q.response = a.response;
  } else if (unread === 'as-written') q.response = rest.trim() || null;
  return q;
}
