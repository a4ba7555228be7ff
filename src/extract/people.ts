// People, consistent within one document: every written form of one person
// ("Councillor J Kent", "Cllr Kent", "Mr Kent", "councillor kent") resolves to
// one id, stamped on attendance (Person.id), presenters, askers
// (Question.askerId), movers and seconders (Motion.moverId / seconderId),
// named votes and declarations (Declaration.memberId); the document gets a
// `people` list. Ids are p1, p2, … in order of first mention (line, then
// reading order), so output is deterministic.
//
// Resolution is by surname with compatible given names or initials and
// honorific gender. A bare surname ("Cllr Kent") joins the one person of that
// surname; when two people share it ("Mr Cole", "Mrs Cole") and nothing tells
// them apart, the mention gets no id rather than a guessed one.
import type { MinutesDocument, Person, PersonRecord } from '../schema/document.js';
import { COLLECTIVE_PERSON } from '../tokenize/names.js';
import { COLLECTIVE_MEMBERS, bareName, nameParts, sameName, type NameParts } from './util/person-names.js';
import { memo } from '../util/memo.js';

/** One written mention and where to stamp its id. */
interface Mention {
  written: string;
  parts: NameParts;
  line: number;
  order: number;
  role: string | null;
  assign: (id: string) => void;
  /** The attendance record this mention is known to refer to. */
  same?: Person;
  /** The attendance record the mention itself is (for joining `same` mentions). */
  record?: Person;
}

interface Cluster {
  mentions: Mention[];
  /** The fullest name seen: given names and surname. */
  best: Mention;
  /** The distinct name forms among the mentions (see formKey): what `sameName` is checked against. */
  forms: Map<string, NameParts>;
}

// sameName reads only the surname, the honorific and the first given name, so mentions
// alike in those answer alike: checking one of each keeps a list of 10,000 "Councillor
// Smith" linear instead of comparing every mention with every other.
const formKey = (p: NameParts): string => `${p.surname}\u0000${p.honorific ?? '\u0001'}\u0000${p.given[0] ?? ''}`;

function join(c: Cluster, m: Mention): void {
  c.mentions.push(m);
  const key = formKey(m.parts);
  if (!c.forms.has(key)) c.forms.set(key, m.parts);
}

function fits(c: Cluster, m: Mention): boolean {
  for (const parts of c.forms.values()) if (!sameName(parts, m.parts)) return false;
  return true;
}

// Role-only or collective "names" that are not one person.
const NOT_A_PERSON = /^(?:the\s+|all\s+|a\s+)|\b(?:members|councillors|officers|committee|council|cabinet|board|panel|secretary|manager|director|officer|clerk|solicitor|executive|engineer|planner|adviser|advisor|services)$/i;

/** How complete a written name is: more given names, proper case, and a longer form win. */
const fullness = (m: Mention): number => m.parts.given.length * 100 + (/[A-Z]/.test(m.written) ? 10 : 0) + Math.min(9, bareName(m.written).length / 10);

/** A name written in a sentence about attendance ("Cllr Kent left the meeting"), already matched to its list entry. */
export interface ExtraMention {
  written: string;
  line: number;
  /** The attendance record it refers to: the mention joins that person. */
  person: Person;
}

/** The parts of a written name that is one person (not "Members", "the Committee", a role alone); null otherwise. Same answer for the same text: memoised. */
const personParts = memo((w: string): NameParts | null => {
  if (!w || COLLECTIVE_PERSON.test(w) || COLLECTIVE_MEMBERS.test(w) || NOT_A_PERSON.test(bareName(w))) return null;
  const parts = nameParts(w);
  return parts && parts.surname.length >= 2 ? parts : null;
}, 4096);

function collectMentions(doc: MinutesDocument, extra: readonly ExtraMention[]): Mention[] {
  const out: Mention[] = [];
  let order = 0;
  const add = (written: string | null | undefined, line: number | undefined, role: string | null, assign: (id: string) => void, same?: Person): void => {
    if (!written) return;
    const w = written.trim();
    const parts = personParts(w);
    if (!parts) return;
    const mention: Mention = { written: w, parts, line: line ?? Number.MAX_SAFE_INTEGER, order: order++, role, assign };
    if (same) mention.same = same;
    out.push(mention);
  };
  const m = doc.meeting;
  for (const list of [m.present, m.apologies, m.inAttendance]) {
    for (const p of list) {
      const before = out.length;
      add(p.name, p.line, p.role, (id) => (p.id = id));
      if (out.length > before) out[out.length - 1].record = p;
    }
  }
  for (const item of doc.items) {
    for (const p of item.presenters) add(p.name, p.line, p.role, (id) => (p.id = id));
    for (const q of item.questions) add(q.asker, q.line, null, (id) => (q.askerId = id));
    for (const mo of item.motions) {
      add(mo.mover, mo.line, null, (id) => (mo.moverId = id));
      add(mo.seconder, mo.line, null, (id) => (mo.seconderId = id));
      for (const v of mo.namedVotes) add(v.name, mo.end ?? mo.line, null, (id) => (v.id = id));
    }
  }
  for (const d of doc.declarations) add(d.member, d.line, null, (id) => (d.memberId = id));
  for (const e of extra) add(e.written, e.line, null, () => undefined, e.person);
  // First mention order: by line, then the order read.
  return out.sort((a, b) => a.line - b.line || a.order - b.order);
}

/** Groups mentions into people; returns the clusters in first-mention order. */
function cluster(mentions: readonly Mention[]): { clusters: Cluster[]; unresolved: Mention[] } {
  const clusters: Cluster[] = [];
  // A mention fits a cluster only when every form of it has the mention's surname (sameName asks that first): the
  // clusters are kept by the one surname all their forms share, in the order they were made, and a mention is tried
  // only against those of its surname. (A cluster whose forms differ in surname fits no mention: it is dropped.)
  const bySurname = new Map<string, Cluster[]>();
  // The cluster each attendance record's mention joined: where a mention known to be that record goes.
  const ofRecord = new Map<Person, Cluster>();
  const add = (c: Cluster, m: Mention): void => {
    const before = c.mentions.length === 0 ? null : c.mentions[0].parts.surname;
    join(c, m);
    if (m.record !== undefined && !ofRecord.has(m.record)) ofRecord.set(m.record, c);
    if (before === null) {
      const list = bySurname.get(m.parts.surname);
      if (list) list.push(c);
      else bySurname.set(m.parts.surname, [c]);
    } else if (m.parts.surname !== before) {
      const list = bySurname.get(before);
      const at = list ? list.indexOf(c) : -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  };
  // Fullest forms first, so "Cllr Kent" meets "Councillor J Kent" whatever the order in the text.
  const byFullness = [...mentions].sort((a, b) => b.parts.given.length - a.parts.given.length || a.line - b.line || a.order - b.order);
  const unresolved: Mention[] = [];
  for (const m of byFullness) {
    const known = m.same ? ofRecord.get(m.same) : undefined;
    if (known) {
      add(known, m);
      continue;
    }
    const candidates = (bySurname.get(m.parts.surname) ?? []).filter((c) => fits(c, m));
    if (candidates.length === 1) {
      add(candidates[0], m);
      if (fullness(m) > fullness(candidates[0].best)) candidates[0].best = m;
    } else if (candidates.length === 0) {
      const c: Cluster = { mentions: [], best: m, forms: new Map() };
      add(c, m);
      clusters.push(c);
    } else {
      // Two people could be meant: an exact written form decides, else no id.
      const exact = candidates.filter((c) => c.mentions.some((x) => bareName(x.written).toLowerCase() === bareName(m.written).toLowerCase()));
      if (exact.length === 1) add(exact[0], m);
      else unresolved.push(m);
    }
  }
  const first = (c: Cluster): Mention => c.mentions.reduce((a, b) => (a.line < b.line || (a.line === b.line && a.order < b.order) ? a : b));
  clusters.sort((a, b) => first(a).line - first(b).line || first(a).order - first(b).order);
  return { clusters, unresolved };
}

/** Resolves every mention in the document, stamps ids, and returns the people list. */
export function resolvePeople(doc: MinutesDocument, extra: readonly ExtraMention[] = []): PersonRecord[] {
  const { clusters } = cluster(collectMentions(doc, extra));
  return clusters.map((c, k) => {
    const id = `p${k + 1}`;
    for (const m of c.mentions) m.assign(id);
    // Each written form once, in order of first mention.
    const mentions = [...new Set([...c.mentions].sort((a, b) => a.line - b.line || a.order - b.order).map((m) => m.written))];
    const role = c.mentions.find((m) => m.role)?.role ?? null;
    return { id, name: bareName(c.best.written), role, mentions };
  });
}

/** Finds the person in a list who a written name refers to (same surname, compatible initials); null when none or ambiguous. */
export function findPerson<T extends { name: string | null }>(list: readonly T[], written: string): T | null {
  const parts = nameParts(written);
  if (!parts) return null;
  const hits = list.filter((p) => {
    if (!p.name) return false;
    const q = nameParts(p.name);
    return q !== null && sameName(q, parts);
  });
  return hits.length === 1 ? hits[0] : null;
}
