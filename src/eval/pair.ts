// One-to-one pairing of gold and predicted records, best score first: every
// candidate pair at or above the threshold, sorted by score, taken greedily.

export interface Pairing {
  /** [gold index, predicted index, score] */
  pairs: [number, number, number][];
  missed: number[];
  spurious: number[];
}

export function pairBestFirst<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number, threshold: number): Pairing {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const s = score(g, p);
      if (s >= threshold) candidates.push([i, j, s]);
    }),
  );
  // Stable sort: ties keep gold-then-predicted order.
  candidates.sort((a, b) => b[2] - a[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c[0]) || usedPred.has(c[1])) continue;
    usedGold.add(c[0]);
    usedPred.add(c[1]);
    pairs.push(c);
  }
  return {
    pairs,
    missed: gold.map((_, i) => i).filter((i) => !usedGold.has(i)),
    spurious: pred.map((_, j) => j).filter((j) => !usedPred.has(j)),
  };
}
