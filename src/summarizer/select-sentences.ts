/**
 * Stage 3b: Maximal Marginal Relevance. Picks `k` sentences greedily by score minus a
 * penalty for similarity to what is already picked, so the points say different things;
 * a sentence from a section no point covers yet, or bringing a discourse role no point has
 * yet, gets a bonus. Returns ids in article order.
 */
export interface SelectOptions {
  readonly scores: readonly number[];
  /** Cosine similarity of two sentences (symmetric). */
  readonly similarity: (i: number, j: number) => number;
  readonly k: number;
  readonly redundancy: number;
  /** Section of each sentence (undefined: the article has no sections). */
  readonly sections?: readonly string[] | undefined;
  readonly sectionBonus?: number;
  /**
   * Discourse roles of sentence i. Asked only of sentences the bonus could make the best
   * choice (finding roles takes a regex scan), so it may compute them on demand.
   */
  readonly roles?: ((i: number) => readonly string[]) | undefined;
  readonly roleBonus?: number;
  /**
   * Sentences that lean on the sentence before (a pronoun or demonstrative whose antecedent
   * is there): one is a point only next to that sentence (or when nothing else is left).
   */
  readonly needsPrevious?: readonly boolean[] | undefined;
}

export function selectSentences(o: SelectOptions): number[] {
  const { scores, similarity, k, redundancy, sections, roles } = o;
  const sectionBonus = o.sectionBonus ?? 0;
  const roleBonus = o.roleBonus ?? 0;
  const chosen: number[] = [];
  const candidates = scores.map((_, i) => i);
  while (chosen.length < k && candidates.length > 0) {
    const covered = new Set(chosen.flatMap((j) => roles?.(j) ?? []));
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    const eligible = candidates.filter((i) => !o.needsPrevious?.[i] || chosen.includes(i - 1));
    for (const i of eligible.length > 0 ? eligible : candidates) {
      let maxSim = 0;
      for (const j of chosen) maxSim = Math.max(maxSim, similarity(i, j));
      let value = (scores[i] ?? 0) - redundancy * maxSim;
      if (sections && !chosen.some((j) => sections[j] === sections[i])) value += sectionBonus;
      // Without the bonus in reach of the best value so far, the roles cannot matter.
      const inReach = value + Math.max(roleBonus, 0) > bestValue;
      if (roles && inReach && roles(i).some((r) => !covered.has(r))) value += roleBonus;
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
