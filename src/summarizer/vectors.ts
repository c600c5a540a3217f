/**
 * tf-idf vectors over stems (sublinear tf, idf log(1 + N / df), L2-normalised), with terms
 * as small-integer ids: with string-keyed Maps, hashing in the all-pairs cosines dominated
 * the profile. Sums run in a fixed order, so results are deterministic.
 */
export interface IndexedVector {
  /** Term ids in first-occurrence order. */
  readonly terms: Int32Array;
  /** Weights, aligned with `terms`; all > 0. */
  readonly weights: Float64Array;
}

/** Term ids for an article's sentences, and their idf. */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  /** idf by term (the labeller reads it by stem). */
  readonly idf = new Map<string, number>();
  /** idf by term id. */
  private readonly idfById: number[] = [];
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
    for (const [t, id] of this.ids) {
      const idf = Math.log(1 + n / (df[id] ?? 0));
      this.idfById[id] = idf;
      this.idf.set(t, idf);
    }
  }

  /** The vector of each document the index was built from. */
  docVectors(): IndexedVector[] {
    return this.docIds.map((ids) => this.vectorOfIds(ids));
  }

  /** The vector of any stems; terms the documents lack get fresh ids (and idf log 2). */
  vector(stems: readonly string[]): IndexedVector {
    return this.vectorOfIds(stems.map((t) => this.idOf(t)));
  }

  private vectorOfIds(ids: readonly number[]): IndexedVector {
    const order: number[] = [];
    for (const id of ids) {
      const c = this.counts[id] ?? 0;
      if (c === 0) order.push(id);
      this.counts[id] = c + 1;
    }
    const weights = new Float64Array(order.length);
    let norm = 0;
    order.forEach((id, k) => {
      const w = (1 + Math.log(this.counts[id] ?? 1)) * (this.idfById[id] ?? Math.log(2));
      this.counts[id] = 0;
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
    return { terms: Int32Array.from(order), weights };
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
    const size = (i: number) => (vectors[i] as IndexedVector).terms.length;
    for (let i = 0; i < n; i++) m[i * n + i] = 1;
    // Each vector in turn is spread out densely; every pair in which it is the larger
    // side (as `cosine` decides) is then summed over the smaller side's terms.
    for (let large = 0; large < n; large++) {
      this.scatter(vectors[large] as IndexedVector);
      for (let small = 0; small < n; small++) {
        if (small === large) continue;
        const [i, j] = small < large ? [small, large] : [large, small];
        const smallSide = size(i) <= size(j) ? i : j;
        if (smallSide !== small) continue;
        const s = this.dotWithScattered(vectors[small] as IndexedVector);
        m[i * n + j] = s;
        m[j * n + i] = s;
      }
      this.clear(vectors[large] as IndexedVector);
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
