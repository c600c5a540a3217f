import { cosine, type SparseVector } from './vectors.js';

/**
 * Stage 3b: Maximal Marginal Relevance. Picks `k` sentences greedily by score minus a
 * penalty for similarity to what is already picked, so the points say different things.
 * Returns ids in article order.
 */
export function selectSentences(
  scores: readonly number[],
  vectors: readonly SparseVector[],
  k: number,
  redundancy = 0.5,
  eligible: (id: number) => boolean = () => true,
  /** Section of each sentence; a sentence from a section no point covers yet gets `sectionBonus`. */
  sections?: readonly (string | undefined)[],
  sectionBonus = 0,
  /** Discourse roles of each sentence; a sentence bringing a role no point has yet gets `roleBonus`. */
  roles?: readonly (readonly string[])[],
  roleBonus = 0,
): number[] {
  const chosen: number[] = [];
  const candidates = scores.map((_, i) => i).filter(eligible);
  while (chosen.length < k && candidates.length > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of candidates) {
      let maxSim = 0;
      for (const j of chosen)
        maxSim = Math.max(maxSim, cosine(vectors[i] as SparseVector, vectors[j] as SparseVector));
      let value = (scores[i] ?? 0) - redundancy * maxSim;
      if (sections && sectionBonus > 0 && !chosen.some((j) => sections[j] === sections[i]))
        value += sectionBonus;
      if (roles && roleBonus > 0) {
        const covered = new Set(chosen.flatMap((j) => roles[j] ?? []));
        if ((roles[i] ?? []).some((r) => !covered.has(r))) value += roleBonus;
      }
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    chosen.push(best);
    candidates.splice(candidates.indexOf(best), 1);
  }
  return chosen.sort((a, b) => a - b);
}
