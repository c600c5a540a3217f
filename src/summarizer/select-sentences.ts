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
  /** Sentences chosen before selection starts (the lede): counted in `k`, returned too. */
  readonly preselected?: readonly number[] | undefined;
  /**
   * Whether sentence i says again what chosen sentence j says: such a candidate is never
   * taken (fewer points rather than a repeat), whatever its score.
   */
  readonly repeats?: ((i: number, j: number) => boolean) | undefined;
  /**
   * A sentence that leans on the one before may come with it, as one point of two sentences,
   * when it brings a discourse role no point has ("…but Beijing stood by its policy" with the
   * sentence that says what the policy is). `k` then counts points, not sentences.
   */
  readonly pairForRole?: boolean | undefined;
  /**
   * Sentences that say one thing (the sentences of one quotation): of two, one is a point at
   * most, unless the later leans on the earlier and is shown in its point (not when the
   * earlier is already the second sentence of one: the later would be a point of its own).
   */
  readonly together?: ((i: number, j: number) => boolean) | undefined;
  /** Sentences that are no point at all (a results line, "No wonder."): never chosen. */
  readonly unfit?: ((i: number) => boolean) | undefined;
}

export function selectSentences(o: SelectOptions): number[] {
  const { scores, similarity, k, redundancy, sections, roles } = o;
  const sectionBonus = o.sectionBonus ?? 0;
  const roleBonus = o.roleBonus ?? 0;
  const chosen: number[] = [];
  const isChosen: boolean[] = [];
  // Whether a sentence may be a point at all, and whether it repeats a chosen one, are asked
  // only of a sentence that would be the best choice of a round: most sentences never are,
  // and `unfit` reads the whole sentence.
  const fitness: (boolean | undefined)[] = [];
  const mayBePoint = (i: number): boolean => {
    let f = fitness[i];
    if (f === undefined) {
      f = !o.unfit?.(i);
      fitness[i] = f;
    }
    return f;
  };
  /** A sentence that may still be chosen: fit and not chosen yet. */
  const isCandidate = (i: number): boolean => isChosen[i] !== true && mayBePoint(i);
  /** Sentences shown in the point of the sentence before them (at most two to a point). */
  const joined = new Set<number>();
  /** Whether sentence i repeats a chosen one; checked[i] chosen sentences were asked so far. */
  const repeated: boolean[] = [];
  const checked: number[] = [];
  const sameSaying = (i: number, j: number): boolean => {
    if (o.together?.(i, j) !== true) return false;
    const [first, later] = i < j ? [i, j] : [j, i];
    return !(later - first === 1 && o.needsPrevious?.[later] === true && !joined.has(first));
  };
  const repeatsChosen = (i: number): boolean => {
    if ((!o.repeats && !o.together) || repeated[i] === true) return repeated[i] === true;
    for (let c = checked[i] ?? 0; c < chosen.length; c++)
      if (sameSaying(i, chosen[c] as number) || o.repeats?.(i, chosen[c] as number) === true) {
        repeated[i] = true;
        break;
      }
    checked[i] = chosen.length;
    return repeated[i] === true;
  };
  const choose = (j: number) => {
    chosen.push(j);
    isChosen[j] = true;
  };
  for (const j of o.preselected ?? []) choose(j);
  let points = chosen.length;
  while (points < k) {
    const covered = new Set(chosen.flatMap((j) => roles?.(j) ?? []));
    const bringsRole = (i: number) => roles?.(i).some((r) => !covered.has(r)) ?? false;
    // Its previous sentence comes along when it may, and says nothing chosen already says.
    const withPrevious = (i: number) =>
      o.pairForRole === true &&
      i > 0 &&
      isCandidate(i - 1) &&
      !o.needsPrevious?.[i - 1] &&
      !repeatsChosen(i - 1) &&
      points + 1 <= k &&
      bringsRole(i);
    const fresh = (i: number) => isCandidate(i) && !repeatsChosen(i);
    const eligible = (i: number) =>
      fresh(i) && (!o.needsPrevious?.[i] || isChosen[i - 1] === true || withPrevious(i));
    // The best of the eligible sentences; where none is, a sentence that leans on one not
    // shown is no point: fewer points rather than a dangling one (else the best fresh one).
    let best = bestOf(eligible);
    if (best < 0 && o.pairForRole !== true) best = bestOf(fresh);
    if (best < 0) break;
    const leans = o.needsPrevious?.[best] === true;
    // Sentences shown as one point: it and the sentence it leans on (unless that is the lede).
    const joins =
      o.pairForRole === true &&
      leans &&
      isChosen[best - 1] === true &&
      !o.preselected?.includes(best - 1) &&
      !joined.has(best - 1);
    if (joins) joined.add(best);
    if (leans && isChosen[best - 1] !== true && withPrevious(best)) {
      joined.add(best);
      choose(best - 1);
    }
    choose(best);
    if (!joins) points++;

    /**
     * The sentence of highest value that passes `may` (the earliest of equals), or -1: its
     * score less the redundancy penalty, with the section and role bonuses. `may` and the
     * roles are asked only of a sentence that could beat the best so far.
     */
    function bestOf(may: (i: number) => boolean): number {
      let bestAt = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < scores.length; i++) {
        if (isChosen[i] === true) continue;
        let maxSim = 0;
        for (const j of chosen) maxSim = Math.max(maxSim, similarity(i, j));
        // A point of two sentences is worth its better sentence.
        const pairs = o.needsPrevious?.[i] && isChosen[i - 1] !== true;
        const score = pairs ? Math.max(scores[i] ?? 0, scores[i - 1] ?? 0) : (scores[i] ?? 0);
        let value = score - redundancy * maxSim;
        if (sections && !chosen.some((j) => sections[j] === sections[i])) value += sectionBonus;
        // Without the bonus in reach of the best value so far, the roles cannot matter.
        const inReach = value + Math.max(roleBonus, 0) > bestValue;
        if (!inReach) continue;
        if (roles && bringsRole(i)) value += roleBonus;
        if (value > bestValue && may(i)) {
          bestValue = value;
          bestAt = i;
        }
      }
      return bestAt;
    }
  }
  return chosen.sort((a, b) => a - b);
}
