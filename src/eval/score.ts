// Scoring one parsed document against its gold, and summing documents into
// per-field precision, recall and F1 (micro-averaged) and macro F1. The
// pairing and matching rules are those of the corpus README.
import type { MinutesDocument } from '../schema/document.js';
import type { GoldDocument } from './gold.js';
import { pairBestFirst } from './pair.js';
import { sameName, tokenF1 } from './text.js';

export const FIELDS = ['items', 'item.numbers', 'presenters', 'resolutions', 'actions', 'questions', 'askers', 'meeting.body', 'meeting.date', 'present', 'apologies'] as const;
export type Field = (typeof FIELDS)[number];

/** The fields whose F1 macro F1 averages. */
export const MACRO_FIELDS: readonly Field[] = ['items', 'presenters', 'resolutions', 'actions', 'questions'];
/** Fields whose pairs carry a text similarity ("fit"). */
export const FIT_FIELDS: readonly Field[] = ['items', 'presenters', 'resolutions', 'actions', 'questions'];

/** Pairing thresholds. */
const ITEM_TITLE_F1 = 0.6;
const RECORD_TEXT_F1 = 0.6;
const QUESTION_TEXT_F1 = 0.5;
const PRESENTER_SCORE = 0.5;
const BODY_F1 = 0.5;

export interface Tally {
  gold: number;
  pred: number;
  match: number;
  /** Sum of the scores of accepted pairs. */
  fit: number;
}

export interface RecordError {
  doc: string;
  field: Field;
  kind: 'missed' | 'spurious';
  text: string;
  /** Source line: the record's own for spurious records, where the gold text is found for missed ones. */
  line: number | null;
}

export interface DocumentScore {
  id: string;
  tallies: Record<Field, Tally>;
  errors: RecordError[];
}

export interface FieldScore extends Tally {
  field: Field;
  precision: number;
  recall: number;
  f1: number;
}

export interface Summary {
  documents: number;
  fields: FieldScore[];
  macroF1: number;
}

/** Finds the source line of a gold text (null when not found). */
export type Locator = (text: string) => number | null;

interface Scored {
  text: string;
  line: number | null;
}

const emptyTallies = (): Record<Field, Tally> => Object.fromEntries(FIELDS.map((f) => [f, { gold: 0, pred: 0, match: 0, fit: 0 }])) as Record<Field, Tally>;

interface PredPresenter {
  name: string | null;
  role: string | null;
  line?: number;
}

function presenterScore(g: { name: string | null; role?: string | null }, p: PredPresenter): number {
  if (g.name) return sameName(g.name, p.name) ? 1 : 0;
  return Math.max(tokenF1(g.role ?? '', p.role ?? ''), tokenF1(g.role ?? '', p.name ?? ''));
}

const showPerson = (p: { name?: string | null; role?: string | null }): string => (p.name && p.role ? `${p.name} (${p.role})` : p.name ?? p.role ?? '');

export function scoreDocument(id: string, gold: GoldDocument, pred: MinutesDocument, locate: Locator = () => null): DocumentScore {
  const tallies = emptyTallies();
  const errors: RecordError[] = [];

  /** Pairs two lists, tallies them, and records what was missed and spurious. */
  function scoreList<G, P>(field: Field, g: readonly G[], p: readonly P[], score: (a: G, b: P) => number, threshold: number, show: { gold: (x: G) => Scored; pred: (x: P) => Scored }) {
    const r = pairBestFirst(g, p, score, threshold);
    const t = tallies[field];
    t.gold += g.length;
    t.pred += p.length;
    t.match += r.pairs.length;
    for (const [, , s] of r.pairs) t.fit += s;
    for (const i of r.missed) errors.push({ doc: id, field, kind: 'missed', ...show.gold(g[i]) });
    for (const j of r.spurious) errors.push({ doc: id, field, kind: 'spurious', ...show.pred(p[j]) });
    return r;
  }
  const goldText = (text: string): Scored => ({ text, line: locate(text) });
  const predRecord = (r: { text: string; line?: number }): Scored => ({ text: r.text, line: r.line ?? null });

  // Items pair by title.
  const gItems = gold.items;
  const pItems = pred.items;
  const items = scoreList('items', gItems, pItems, (a, b) => tokenF1(a.title, b.title), ITEM_TITLE_F1, {
    gold: (x) => goldText(x.title),
    pred: (x) => ({ text: x.title, line: x.lines.start }),
  });
  // Item numbers: among paired items whose gold prints a number, those with the same number.
  const num = (n: string | null | undefined): string => String(n ?? '').replace(/[^0-9a-z.]/gi, '').replace(/\.$/, '').toLowerCase();
  for (const [i, j] of items.pairs) {
    const t = tallies['item.numbers'];
    if (pItems[j].number) t.pred++;
    if (!gItems[i].number) continue;
    t.gold++;
    if (num(gItems[i].number) === num(pItems[j].number)) t.match++;
  }

  // Records pair across the whole document, so an item-boundary mistake costs only the items field.
  scoreList('presenters', gItems.flatMap((it) => it.presenters), pItems.flatMap((it) => it.presenters), presenterScore, PRESENTER_SCORE, {
    gold: (x) => ({ text: showPerson(x), line: locate(x.name ?? x.role ?? '') }),
    pred: (x) => ({ text: showPerson(x), line: x.line ?? null }),
  });
  const byText = (a: string, b: { text: string }): number => tokenF1(a, b.text);
  scoreList('resolutions', gItems.flatMap((it) => it.resolutions), pItems.flatMap((it) => it.resolutions), byText, RECORD_TEXT_F1, { gold: goldText, pred: predRecord });
  scoreList('actions', gItems.flatMap((it) => it.actions), pItems.flatMap((it) => it.actions), byText, RECORD_TEXT_F1, { gold: goldText, pred: predRecord });
  const gq = gItems.flatMap((it) => it.questions);
  const pq = pItems.flatMap((it) => it.questions);
  const q = scoreList('questions', gq, pq, (a, b) => tokenF1(a.text, b.text), QUESTION_TEXT_F1, { gold: (x) => goldText(x.text), pred: predRecord });
  // Askers: gold questions naming one against predicted questions naming one; a match is a paired question with the same person.
  const askers = tallies.askers;
  askers.gold += gq.filter((x) => x.asker).length;
  askers.pred += pq.filter((x) => x.asker).length;
  for (const [i, j] of q.pairs) if (gq[i].asker && sameName(gq[i].asker, pq[j].asker)) askers.match++;

  // Meeting facts.
  const gm = gold.meeting;
  const pm = pred.meeting;
  const fact = (field: Field, g: string | null | undefined, p: string | null | undefined, same: boolean): void => {
    const t = tallies[field];
    t.gold += g ? 1 : 0;
    t.pred += p ? 1 : 0;
    const hit = !!g && !!p && same;
    t.match += hit ? 1 : 0;
    if (g && !hit) errors.push({ doc: id, field, kind: 'missed', text: g, line: null });
    if (p && !hit) errors.push({ doc: id, field, kind: 'spurious', text: p, line: null });
  };
  fact('meeting.body', gm.body, pm.body, !!gm.body && !!pm.body && tokenF1(gm.body, pm.body) >= BODY_F1);
  // Attendance: scored only where the gold lists it.
  for (const k of ['present', 'apologies'] as const) {
    const g = gm[k];
    if (!g) continue;
    const names = pm[k].map((x) => ({ text: x.name ?? x.role ?? '', line: x.line ?? null }));
    scoreList(k, g, names, (a, b) => (sameName(a, b.text) ? 1 : 0), 1, { gold: goldText, pred: (x) => x });
  }
  fact('meeting.date', gm.date, pm.date, !!gm.date && pm.date === gm.date);
  return { id, tallies, errors };
}

/** Precision, recall and F1 of a tally; an empty side scores 1 when the other is empty too. */
export function prf(t: Pick<Tally, 'gold' | 'pred' | 'match'>): { precision: number; recall: number; f1: number } {
  const precision = t.pred ? t.match / t.pred : t.gold ? 0 : 1;
  const recall = t.gold ? t.match / t.gold : t.pred ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Sums document tallies (micro-average) into field scores and macro F1. */
export function summarise(docs: readonly DocumentScore[]): Summary {
  const fields = FIELDS.map((field): FieldScore => {
    const t: Tally = { gold: 0, pred: 0, match: 0, fit: 0 };
    for (const d of docs) {
      const x = d.tallies[field];
      t.gold += x.gold;
      t.pred += x.pred;
      t.match += x.match;
      t.fit += x.fit;
    }
    return { field, ...t, ...prf(t) };
  });
  const macroF1 = MACRO_FIELDS.reduce((s, f) => s + fields.find((r) => r.field === f)!.f1, 0) / MACRO_FIELDS.length;
  return { documents: docs.length, fields, macroF1 };
}
