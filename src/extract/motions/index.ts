// Motions, amendments and votes, read block by block through the items as a
// small state machine (reader.ts) fed by event rules (events.ts):
//   "Moved: Cr X Seconded: Cr Y … The motion was Carried"
//   "Resolved (Cr A / Cr B) That …"        "MOTION … CARRIED UNANIMOUSLY"
//   "It was moved by Councillor X and seconded by Councillor Y that …"
//   "Mr X proposed, and Mr Y seconded the following amendment …"
//   "For: 7, Against: 3, Abstentions: 1"  "(7 for, 3 against, 1 abstention)"
//   "carried by 30 votes to 12 with 3 abstentions"  "For (14)" + names
import type { AgendaItem, Motion, Resolution } from '../../schema/document.js';
import { blocksOnce, toBlocks } from '../../segment/blocks.js';
import type { Segmentation } from '../../segment/items.js';
import type { Token } from '../../tokenize/classify.js';
import { MOTION_LABEL } from './patterns.js';
import { FUNCTION_WORDS } from '../../lexicon/index.js';
import { MotionReader } from './reader.js';

export * from './rules.js';

// Words at least one line of any motion carries: mover, seconder, outcome or vote.
const MOTION_WORDS = /\b(?:mov(?:ed|er|ing)|second(?:ed|er)|carried|lost|motion|amendment|withdrawn|defeated|proposed|votes?|voting|for:|against|abstain|abstention|unanimous|resolved\s*\()/i;

export function attachMotions(seg: Segmentation, tokens: readonly Token[], items: AgendaItem[]): void {
  // Minutes that never move, second, carry or vote on anything hold no motions: skip the reader.
  if (!tokens.some((t) => t.rule === 'numbered-motion' || t.rule === 'motion-table-row' || MOTION_WORDS.test(t.line.text))) return;
  const reader = new MotionReader();
  const owner: number[] = [];
  seg.items.forEach((segItem, k) => {
    if (segItem.number !== null && k > 0) reader.reset();
    const title = MOTION_LABEL.exec(segItem.title);
    const body = toBlocks(segItem.body);
    if (title && title[2] === '') reader.openFromTitle(/amendment/i.test(title[1]), body[0]);
    else if (segItem.number === null && tokens[segItem.titleIndex] && !segItem.body.some((t) => t.line.line === tokens[segItem.titleIndex].line.line)) {
      // An unnumbered heading may be a line of the proceedings ("CARRIED UNANIMOUSLY").
      const t = tokens[segItem.titleIndex];
      reader.read(blocksOnce([{ ...t, kind: 'text', text: t.line.text }]));
    }
    reader.read(body);
    while (owner.length < reader.motions.length) owner.push(k);
  });
  reader.finish();
  const local = new Map<number, number>();
  reader.motions.forEach((m, g) => {
    const list = items[owner[g]].motions;
    local.set(g, list.length);
    list.push(m);
  });
  reader.motions.forEach((m, g) => {
    m.text = m.text.replace(/\s+/g, ' ').replace(/^that\s+/i, '').trim();
    if (m.amends !== null) m.amends = owner[m.amends] === owner[g] ? local.get(m.amends)! : null;
  });
  for (const item of items) {
    linkResolutions(item.motions, item.resolutions);
    // "BE IT RESOLVED THAT Council defer the report … DEFEATED": the wording of a motion that was lost or
    // withdrawn was never decided, whatever its lead-in.
    if (item.resolutions.some((r) => r.motion !== undefined && notDecided(item.motions[r.motion])))
      item.resolutions = item.resolutions.filter((r) => r.motion === undefined || !notDecided(item.motions[r.motion]));
  }
}

const notDecided = (m: Motion | undefined): boolean => m !== undefined && (m.outcome === 'lost' || m.outcome === 'withdrawn');

/**
 * Links each resolution to the motion that produced it (Resolution.motion):
 * a resolution inside a motion's lines, or the first resolution after a
 * motion that was carried (or whose outcome is unrecorded), before the next motion.
 */
export function linkResolutions(motions: Motion[], resolutions: Resolution[]): void {
  if (motions.length === 0) return;
  const inside = (r: Resolution, m: Motion): boolean => r.line >= m.line && r.line <= (m.end ?? m.line);
  const linked = new Set<number>();
  for (const r of resolutions) {
    // A decision of its own on the motion's outcome line ("The motion was adopted and it was agreed that it be
    // circulated to all local authorities") is no restatement of the wording printed with the motion.
    const k = motions.findIndex((m) => inside(r, m) && !(m.text && r.line > m.line && r.line === m.end && !restates(r.text, m.text)));
    if (k >= 0) {
      r.motion = k;
      linked.add(k);
      // "moved …, seconded … and RESOLVED that …": a motion that is itself resolved was carried.
      if (motions[k].outcome === 'unknown') motions[k].outcome = 'carried';
    }
  }
  for (const r of resolutions) {
    if (r.motion !== undefined) continue;
    // The latest motion that ended before this resolution, with no motion opening in between.
    let k = -1;
    for (let j = 0; j < motions.length; j++) if ((motions[j].end ?? motions[j].line) < r.line) k = j;
    if (k < 0) continue;
    // Prefer the substantive motion over the amendments voted on before it.
    let pick = k;
    while (pick >= 0 && motions[pick].amendment) pick--;
    if (pick < 0) pick = k;
    const m = motions[pick];
    if (m.outcome === 'lost' || m.outcome === 'withdrawn') continue;
    // Only the resolutions that directly follow: a linked motion keeps its first run of clauses.
    const prev = resolutions.filter((x) => x.line < r.line && x.line > (motions[k].end ?? motions[k].line));
    if (prev.some((x) => x.motion === undefined)) continue;
    if (linked.has(pick) && !prev.some((x) => x.motion === pick)) continue;
    // A motion printed with its own wording is restated by a resolution that says the same, not by the next decision.
    if (m.text && !restates(r.text, m.text)) continue;
    r.motion = pick;
    linked.add(pick);
    if (m.outcome === 'unknown') m.outcome = 'carried';
    if (!m.text) m.text = r.text;
  }
}

// The share of a resolution's words its motion's wording must hold: a restatement rewords ("be recommended" for "recommend") but keeps its subject.
const RESTATES_SHARE = 0.3;
// Words that any two clauses share ("That the … be …") say nothing of whether one restates the other.
const words = (text: string): Set<string> => new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w !== 'that' && !FUNCTION_WORDS.has(w)));
/** Whether a resolution's text restates a motion's wording: most of its words are the wording's. */
function restates(resolution: string, wording: string): boolean {
  const r = words(resolution);
  if (r.size === 0) return false;
  const w = words(wording);
  let shared = 0;
  for (const x of r) if (w.has(x)) shared++;
  return shared / r.size >= RESTATES_SHARE;
}
