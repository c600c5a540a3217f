/**
 * tf-idf vectors over stems (sublinear tf, idf log(1 + N / df), L2-normalised), with terms
 * as small-integer ids: with string-keyed Maps, hashing in the all-pairs cosines dominated
 * the profile. Sums run in a fixed order, so results are deterministic. Vectors are plain
 * arrays: a sentence's vector is a dozen numbers, and making a typed array of that size cost
 * more than all the reading of it (about 1% of a summary).
 */
export interface IndexedVector {
  /** Term ids in first-occurrence order. */
  readonly terms: readonly number[];
  /** Weights, aligned with `terms`; all > 0. */
  readonly weights: readonly number[];
}

/** What the labeller needs of the idf: a look-up by stem (a Map would do). */
export type IdfLookup = Pick<ReadonlyMap<string, number>, 'get'>;

/** Term ids for an article's sentences, and their idf. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** idf by term id; terms the documents lack (given to `vector`) have none. */
  private readonly idfById: number[] = [];
  /** idf by term, for the terms of the documents (read through the ids, not copied to a Map). */
  readonly idf: IdfLookup = {
    get: (term) => {
      const id = this.ids.get(term);
      return id === undefined ? undefined : this.idfById[id];
    },
  };
  /** Dense weights of one vector at a time, by term id (0 = absent), for `dotWithScattered`. */
  private scratch = new Float64Array(0);

  /** The term ids of each document, in the document's order. */
  private readonly docIds: number[][];
  /** Term counts of the vector being built, by term id (reset after each). */
  private readonly counts: number[] = [];

  constructor(docs: readonly (readonly string[])[]) {
    this.docIds = docs.map((doc) => doc.map((t) => this.idOf(t)));
    const df: number[] = [];
    const lastDoc: number[] = [];
    this.docIds.forEach((doc, d) => {
      for (const id of doc) {
        if (lastDoc[id] === d) continue;
        lastDoc[id] = d;
        df[id] = (df[id] ?? 0) + 1;
      }
    });
    const n = docs.length;
    for (const id of this.ids.values()) this.idfById[id] = Math.log(1 + n / (df[id] ?? 0));
  }

  /** The vector of each document the index was built from. */
  docVectors(): IndexedVector[] {
    return this.docIds.map((ids) => this.vectorOfIds(ids));
  }

  /** The vector of any stems; terms the documents lack get fresh ids (and idf log 2). */
  vector(stems: readonly string[]): IndexedVector {
    return this.vectorOfIds(this.termIds(stems));
  }

  /** The term id of each of any stems (fresh ids for terms the documents lack, as `vector`). */
  termIds(stems: readonly string[]): number[] {
    return stems.map((t) => this.idOf(t));
  }

  /** The term ids of document d, in its order. */
  docTermIds(d: number): readonly number[] {
    return this.docIds[d] ?? [];
  }

  private vectorOfIds(ids: readonly number[]): IndexedVector {
    const order: number[] = [];
    for (const id of ids) {
      const c = this.counts[id] ?? 0;
      if (c === 0) order.push(id);
      this.counts[id] = c + 1;
    }
    const weights: number[] = [];
    let norm = 0;
    for (const id of order) {
      const w = (1 + Math.log(this.counts[id] ?? 1)) * (this.idfById[id] ?? Math.log(2));
      this.counts[id] = 0;
      weights.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
    return { terms: order, weights };
  }

  /** Cosine of two vectors: the sum runs over the smaller one (the first on a tie). */
  cosine(a: IndexedVector, b: IndexedVector): number {
    const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a];
    this.scatter(large);
    const dot = this.dotWithScattered(small);
    this.clear(large);
    return dot;
  }

  /** All pairwise cosines, row-major n × n (1 on the diagonal). */
  similarityMatrix(vectors: readonly IndexedVector[]): Float64Array {
    const n = vectors.length;
    const m = new Float64Array(n * n);
    for (let i = 0; i < n; i++) m[i * n + i] = 1;
    // Each vector in turn is spread out densely; every pair in which it is the larger
    // side (as `cosine` decides: the smaller, the lower index on a tie, is summed over)
    // is then summed over the smaller side's terms.
    for (let large = 0; large < n; large++) {
      const largeVector = vectors[large] as IndexedVector;
      const largeSize = largeVector.terms.length;
      this.scatter(largeVector);
      for (let small = 0; small < n; small++) {
        const smallVector = vectors[small] as IndexedVector;
        const smallSize = smallVector.terms.length;
        if (small === large || smallSize > largeSize || (smallSize === largeSize && small > large))
          continue;
        const s = this.dotWithScattered(smallVector);
        m[small * n + large] = s;
        m[large * n + small] = s;
      }
      this.clear(largeVector);
    }
    return m;
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  private scatter(v: IndexedVector): void {
    if (this.scratch.length < this.ids.size) this.scratch = new Float64Array(this.ids.size * 2);
    for (let k = 0; k < v.terms.length; k++)
      this.scratch[v.terms[k] as number] = v.weights[k] as number;
  }

  private clear(v: IndexedVector): void {
    for (let k = 0; k < v.terms.length; k++) this.scratch[v.terms[k] as number] = 0;
  }

  private dotWithScattered(v: IndexedVector): number {
    let dot = 0;
    for (let k = 0; k < v.terms.length; k++) {
      const o = this.scratch[v.terms[k] as number] as number;
      if (o !== 0) dot += (v.weights[k] as number) * o;
    }
    return dot;
  }
}
