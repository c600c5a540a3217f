/** A sparse, L2-normalised term vector. */
export type Vector = ReadonlyMap<string, number>;

/**
 * tf-idf vectors, one per document (here: per sentence), with raw term counts and the
 * smoothed idf log((1 + N) / (1 + df)) + 1 (scikit-learn's default), L2-normalised.
 */
export function tfidfVectors(docs: readonly (readonly string[])[]): Vector[] {
  const df = new Map<string, number>();
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((terms) => {
    const v = new Map<string, number>();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, tf] of v) {
      const w = tf * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine similarity of two L2-normalised vectors (0 when either is empty). */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
