// Presenters: who introduced, presented or gave the update on an item.
// "X, Role, introduced …", "X (Role) presented …", "The Role presented …",
// "The Role, X and the Role, Y introduced …", "X, Role, Y, Role and Z, Role
// were in attendance for this item", "In attendance to present this item …
// were:" lists, "Presenter: X, Role", and announcements the item consists of
// ("The Mayor made the following announcements").
import type { Person } from '../schema/document.js';
import type { Block } from '../segment/blocks.js';
import { placeOf, type ItemContext } from './types.js';
import { looksLikePersonName } from '../tokenize/names.js';
import { sentences } from './util/text.js';
import { PRESENTING_ATTENDANCE } from '../tokenize/patterns.js';

// The presenting verbs: "introduced", "presented", "updated Members on", "gave a presentation",
// "took the Committee through", "made the following announcements", "gave the following communications",
// "submitted a report", "spoke to the report" (New Zealand and Australian minutes).
const PRESENTING_VERB =
  '(?:(?:jointly\\s+|briefly\\s+|then\\s+|also\\s+|formally\\s+)?(?:introduced|introducing|presented|presenting|updated|outlined|summarised|summarized|delivered|announced)\\b|gave\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:presentation|update|overview|report|introduction|briefing|account|communications?)|gave\\s+the\\s+following\\s+(?:communications?|announcements?|update)|made\\s+(?:the\\s+following\\s+|an?\\s+)?announcements?|provided\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}(?:update|overview|presentation|briefing|report)|took\\s+(?:the\\s+)?(?:Committee|Members|Cabinet|Board|Panel|Council)\\s+through|submitted\\s+(?:a|an|the|his|her|their)\\s+(?:\\w+\\s+){0,3}(?:report|paper|presentation|update)|spoke\\s+to\\s+(?:the|this|his|her|their)\\s+(?:\\w+\\s+){0,2}(?:report|item|paper|presentation))';

/** Not a phrasing: a word each PRESENTING_VERB alternative starts with (a superset, same case). */
const PRESENTING_WORDS = /introduc|present|updated|outlined|summari[sz]ed|delivered|announced|gave|made|provided|took|submitted|spoke/;
/** Subject then presenting verb, the subject being one or more people and roles. */
export const SUBJECT_VERB = new RegExp(`^(.{2,500}?),?\\s+(?:were\\s+|was\\s+)?${PRESENTING_VERB}`);
/** "… were in attendance for this item" / "… attended for this item" / "In attendance to present this item were: …". */
export const ATTENDING_SUBJECT = /^(.{2,800}?)\s+(?:(?:were|was)\s+(?:in\s+attendance|present)|attended)\b/i;
/** "The Chair thanked Ms Patel for her presentation": the person thanked for presenting. Group 1: who. */
export const THANKED_FOR_PRESENTING = /\bthanked\s+(.{2,200}?)\s+for\s+(?:(?:his|her|their|the|a|an)\s+)?(?:\w+\s+)?(?:presentation|update|report|briefing|overview)\b/;
/** "Dave Yemm, Operations Superintendent – verbal and written report" in a staff-reports section. */
export const REPORTED_BY = /^(?:[A-Z][\w ]{2,40}:\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+([^–—]{2,80}?)\s+[–—-]\s+(?:verbal|written|oral)\b/;
/** "The Chair welcomed Laura Sales, Director of Legal Services; and Tony Haslam, Lead Officer": officers welcomed to the item. */
export const WELCOMED = /^(?:The\s+)?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|Mayor|Convener|Leader)\s+(?:then\s+)?welcomed\s+(.{4,400}?)(?:\s+to\s+the\s+(?:meeting|Committee|Board|Panel)(?:\s+for\s+this\s+item)?)?[.]?$/;
/** "A presentation on the Zoning By-law was presented by Municipal Planner, Jamie Robinson.": the presenter after "by". */
export const PRESENTED_BY = /\b(?:was|were)\s+(?:presented|introduced|delivered|given)\s+by\s+([^.;]{3,200}?)\.?$/;
/** An item of members' reports: "Committee Reports", "Council Reports", "Members' Reports". */
export const MEMBER_REPORTS_TITLE = /^(?:committee|council|councillors?['’]?|members?['’]?|board)\s+reports?\b/i;
/** One line of it: "Councillor Dave Yemm: Museum Board.", "Liz Moore – Library Board"; the member reports on that body. */
export const MEMBER_REPORT_LINE = /^(?:(Councillor|Mayor|Deputy\s+Mayor|Reeve|Deputy\s+Reeve|Cllr|Cr)\.?\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?::|\s[–—-])\s+[A-Z0-9]/;
/** "Presenter: Diane Gillis, President" / "Presented by: …". */
export const PRESENTER_LABEL = /^(?:presenters?|presented\s+by|speakers?)\s*:\s*(.{2,400})$/i;

// Role-only subjects that are not people.
const NOT_A_ROLE_WORD = /^(?:report|item|committee|council|cabinet|board|panel|minutes|meeting|update|members?|officers?|councillors?|presentation|following|order|matter|application|paper|document|chair(?:'s)? report)$/i;
// A document named like a role ("The Election Accessibility Compliance Report was presented"), unlike "Head of Policy".
const DOCUMENT_NAME = /\b(?:report|plan|strategy|policy|statement|accounts|budget|programme|review|document|paper|assessment|framework|protocol|minutes)s?$/i;
const ROLE_NOUN = /\b(?:head|director|manager|officer|chief|lead|leader|member|chair(?:man|person)?|mayor|clerk|secretary|treasurer|commissioner|planner|advis[eo]r|executive|president|superintendent|co-?ordinator|controller|auditor|solicitor)\b/i;
const notARole = (role: string): boolean => NOT_A_ROLE_WORD.test(role) || (DOCUMENT_NAME.test(role) && !ROLE_NOUN.test(role));

// Words that make a phrase a clause rather than a role: "Chair requested that a report be".
const CLAUSE_WORDS = /\b(?:requested|that|be|was|were|is|are|had|has|have|would|will|asked|said|noted|stated|which|who|due|not)\b/;

type Part = { kind: 'name'; name: string; role: string | null } | { kind: 'the-role'; role: string } | { kind: 'role'; role: string };

/** Splits "A (Role), B (Role) and C (Role)" at commas, semicolons and "and" outside parentheses, keeping each separator. */
export function splitPeopleListWithSeparators(text: string): { text: string; separator: string }[] {
  const parts: { text: string; separator: string }[] = [];
  let depth = 0;
  let cur = '';
  let separator = '';
  for (const w of text.split(/(,?\s+and\s+|,\s*|;\s*|\(|\))/)) {
    if (w === '(') depth++;
    if (w === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /^(?:,?\s+and\s+|,\s*|;\s*)$/.test(w)) {
      if (cur.trim()) parts.push({ text: cur.trim(), separator });
      cur = '';
      separator = /and/.test(w) ? ' and ' : ', ';
    } else cur += w;
  }
  if (cur.trim()) parts.push({ text: cur.trim(), separator });
  return parts;
}

export function splitPeopleList(text: string): string[] {
  return splitPeopleListWithSeparators(text).map((p) => p.text);
}

function classify(part: string): Part | null {
  // "Name (Role (Detail))": the role is everything inside the outermost brackets.
  const open = part.indexOf('(');
  const closes = part.endsWith(')');
  const core = (open > 0 && closes ? part.slice(0, open) : part).trim();
  const inner = open > 0 && closes ? part.slice(open + 1, -1).trim() : null;
  if (looksLikePersonName(core)) return { kind: 'name', name: core, role: inner };
  // Roles are noun phrases of capitalised words and connectors: "Head of Planning and Performance".
  if (CLAUSE_WORDS.test(core)) return null;
  if (/^[Tt]he\s+[A-Z]/.test(core)) return { kind: 'the-role', role: core.replace(/^[Tt]he\s+/, '') + (inner ? ` (${inner})` : '') };
  if (/^[A-Z&]/.test(core)) return { kind: 'role', role: part.trim() };
  return null;
}

/**
 * Reads a subject made of people and roles: "X, Role, Y, Role and Z, Role",
 * "The Role, X and the Role, Y", "X (Role) and Y (Role)", "The Leader".
 * Returns null when the subject is not a list of people ("Members", "In response, officers").
 */
export function parsePeopleSubject(subject: string): { name: string | null; role: string | null }[] | null {
  const pieces = splitPeopleListWithSeparators(subject);
  const parts = pieces.map((p) => classify(p.text));
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const people: { name: string | null; role: string | null }[] = [];
  // A "The Role" phrase (and role words after it) waiting for the name it introduces.
  let pending: string | null = null;
  const flush = (): boolean => {
    if (pending === null) return true;
    if (notARole(pending)) return false;
    people.push({ name: null, role: pending });
    pending = null;
    return true;
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Part;
    const sep = pieces[k].separator || ', ';
    if (p.kind === 'name') {
      people.push({ name: p.name, role: p.role ?? pending });
      pending = null;
    } else if (p.kind === 'the-role') {
      if (!flush()) return null;
      pending = p.role;
    } else if (pending !== null) {
      pending = `${pending}${sep}${p.role}`;
    } else {
      const last = people[people.length - 1];
      if (!last || last.name === null) return null;
      last.role = last.role ? `${last.role}${sep}${p.role}` : p.role;
    }
  }
  if (!flush()) return null;
  return people.length ? people : null;
}

function toPerson(p: { name: string | null; role: string | null }, block: Block): Person {
  return { name: p.name, role: p.role ? p.role.replace(/[.,;:]$/, '').trim() : null, ...placeOf(block) };
}

/** The people after "presented by": "Jamie Robinson, Municipal Planner", or the role first, "Municipal Planner, Jamie Robinson". */
function presentedBy(text: string): { name: string | null; role: string | null }[] | null {
  const m = PRESENTED_BY.exec(text);
  if (!m) return null;
  const people = parsePeopleSubject(m[1]);
  if (people) return people;
  const roleFirst = /^([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,6}),\s+(.+)$/.exec(m[1]);
  return roleFirst && looksLikePersonName(roleFirst[2]) && !notARole(roleFirst[1]) ? [{ name: roleFirst[2], role: roleFirst[1] }] : null;
}

/** People named in the subject of a presenting sentence; a leading clause ("In advance of …, the Director presented") is skipped. */
function fromSentence(text: string, block: Block, local?: LocalPresenterPatterns): Person[] {
  // SUBJECT_VERB tries its verbs at every position: pass over sentences that hold none of them.
  if (!local && !PRESENTING_WORDS.test(text)) return [];
  const by = presentedBy(text);
  if (by) return by.map((p) => toPerson(p, block));
  const m = (local?.subjectVerb ?? SUBJECT_VERB).exec(text);
  if (!m) return [];
  const localPerson = local ? localSubject(m[1], local) : null;
  if (localPerson) return [toPerson(localPerson, block)];
  let people = parsePeopleSubject(m[1]);
  if (!people) {
    const tail = /,\s+((?:[Tt]he\s+|[A-Z])[^,]{2,200})$/.exec(m[1]);
    people = tail ? parsePeopleSubject(tail[1]) : null;
  }
  if (!people) return [];
  // "… introduced the report, supported by Helen Cole, Head of Early Help": the named people supporting present too.
  const support = SUPPORTED_BY.exec(text.slice(m[0].length));
  const supporting = support ? parsePeopleSubject(support[1]) : null;
  if (supporting && supporting.every((p) => p.name !== null)) people = [...people, ...supporting];
  return people.map((p) => toPerson(p, block));
}

/** ", supported by Helen Cole, Head of Early Help." after a presenting verb. Group 1: the people. */
const SUPPORTED_BY = /,?\s+(?:supported|assisted|accompanied)\s+by\s+([^.;]{3,200}?)\.?$/;

/** People welcomed by the Chair, when each is named with a role (a guest officer, not "everyone" or a new member); else null. */
export function welcomedPeople(text: string): { name: string; role: string }[] | null {
  if (!text.includes('welcomed')) return null;
  const m = WELCOMED.exec(text);
  const people = m ? parsePeopleSubject(m[1].replace(/;\s*and\s+/g, ' and ')) : null;
  if (!people || people.some((p) => p.name === null || p.role === null)) return null;
  return people as { name: string; role: string }[];
}

function fromWelcome(text: string, block: Block): Person[] {
  return welcomedPeople(text)?.map((p) => toPerson(p, block)) ?? [];
}

/** The people thanked for their presentation or update, when they are named people. */
function fromThanks(text: string, block: Block): Person[] {
  if (!text.includes('thanked')) return [];
  const m = THANKED_FOR_PRESENTING.exec(text);
  const people = m ? parsePeopleSubject(m[1]) : null;
  return people && people.every((p) => p.name !== null) ? people.map((p) => toPerson(p, block)) : [];
}

/** The members reporting in a block of "Name – Body" lines (lines a PDF or page joined into one paragraph included). */
function fromMemberReports(block: Block): Person[] {
  const out: Person[] = [];
  for (const line of block.fullText.split('\n')) {
    const m = MEMBER_REPORT_LINE.exec(line.trim());
    if (m && looksLikePersonName(m[2])) out.push(toPerson({ name: m[2], role: m[1] ?? null }, block));
  }
  return out;
}

function fromAttendance(text: string, block: Block): Person[] {
  const m = ATTENDING_SUBJECT.exec(text);
  let subject = m ? m[1] : text.replace(/^.*?\bthis\s+item\b[^:]*:?\s*(?:were:?)?\s*/i, '');
  subject = subject.replace(/[.:]$/, '').trim();
  const people = subject ? parsePeopleSubject(subject) : null;
  return people ? people.map((p) => toPerson(p, block)) : [];
}

export function extractPresenters(ctx: ItemContext, extras?: PresenterExtras): Person[] {
  const local = extras ? localPatterns(extras) : undefined;
  const out: Person[] = [];
  const blocks = ctx.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // The phrase may wrap across lines ("were in\nattendance for this item"), so the joined block is tested too.
    if (b.kind === 'presenting-attendance' || (b.kind === 'paragraph' && PRESENTING_ATTENDANCE.test(b.text))) {
      const inline = fromAttendance(b.text, b);
      out.push(...inline);
      // "In attendance to present this item were:" followed by one person per line.
      if (inline.length === 0) {
        for (let j = i + 1; j < blocks.length && (blocks[j].kind === 'bullet' || blocks[j].kind === 'paragraph'); j++) {
          const listed = parsePeopleSubject(blocks[j].text.replace(/[.;]$/, '').replace(/\s+[–—-]\s+/, ', '));
          if (!listed || listed.some((p) => p.name === null)) break;
          out.push(...listed.map((p) => toPerson(p, blocks[j])));
          i = j;
        }
      }
      continue;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
    const label = PRESENTER_LABEL.exec(b.text);
    if (label) {
      const people = parsePeopleSubject(label[1].replace(/[.]$/, ''));
      if (people) out.push(...people.map((p) => toPerson(p, b)));
      continue;
    }
    if (MEMBER_REPORTS_TITLE.test(ctx.item.title)) {
      const members = fromMemberReports(b);
      if (members.length > 0) {
        out.push(...members);
        continue;
      }
    }
    const reported = REPORTED_BY.exec(b.text);
    if (reported && looksLikePersonName(reported[1])) {
      out.push(toPerson({ name: reported[1], role: reported[2] }, b));
      continue;
    }
    for (const s of sentences(b.text)) out.push(...fromSentence(s.text, b, local), ...fromWelcome(s.text, b), ...fromThanks(s.text, b));
  }
  // One record per person: a presenter named twice is one presenter, and "Mr Shipton" after
  // "Dave Shipton (Head of Finance)" is the same person.
  const seen = new Set<string>();
  const surnames = new Set<string>();
  const surname = (name: string): string => name.trim().split(/\s+/).pop()!.toLowerCase();
  return out.filter((p) => {
    const key = (p.name ?? `role:${p.role}`).toLowerCase();
    if (seen.has(key) || (p.name && p.role === null && surnames.has(surname(p.name)))) return false;
    seen.add(key);
    if (p.name) surnames.add(surname(p.name));
    return true;
  });
}

// Local phrasings (minutes.config.json, compiled by src/config): extra
// presenting verbs, roles that present without "The" or a name, and
// honorifics that make "<Honorific> <Surname>" a name. Each is an alternation
// of escaped phrases.
export interface PresenterExtras {
  verbs?: string;
  roles?: string;
  honorifics?: string;
}

interface LocalPresenterPatterns {
  subjectVerb: RegExp;
  role?: RegExp;
  honorific?: RegExp;
}

const localCache = new Map<string, LocalPresenterPatterns>();

function localPatterns(extras: PresenterExtras): LocalPresenterPatterns {
  const key = JSON.stringify(extras);
  let p = localCache.get(key);
  if (!p) {
    const verb = extras.verbs ? `(?:${PRESENTING_VERB}|(?:${extras.verbs})\\b)` : PRESENTING_VERB;
    p = { subjectVerb: new RegExp(`^(.{2,500}?),?\\s+(?:were\\s+|was\\s+)?${verb}`) };
    if (extras.roles) p.role = new RegExp(`^(?:[Tt]he\\s+)?(${extras.roles})(?:\\s+\\(([^)]{2,80})\\))?$`);
    if (extras.honorifics) p.honorific = new RegExp(`^(?:${extras.honorifics})\\s+[A-Z][\\w'’-]{1,30}(?:\\s+[A-Z][\\w'’-]{1,30}){0,2}$`);
    localCache.set(key, p);
  }
  return p;
}

/** A subject that is a local role ("Treasurer") or an honorific and a name ("Provost Head"). */
function localSubject(subject: string, local: LocalPresenterPatterns): { name: string | null; role: string | null } | null {
  const role = local.role?.exec(subject);
  if (role) return { name: null, role: role[1] };
  if (local.honorific?.test(subject)) return { name: subject, role: null };
  return null;
}
