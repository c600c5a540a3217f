/** Sparse tf-idf vectors over stems, with sublinear tf, L2-normalised. */
export type SparseVector = ReadonlyMap<string, number>;

/** idf from sentences-as-documents: log(1 + N / df). */
export function inverseDocumentFrequency(
  docs: readonly (readonly string[])[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = docs.length;
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

export function tfidfVector(
  stems: readonly string[],
  idf: ReadonlyMap<string, number>,
): SparseVector {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * (idf.get(t) ?? Math.log(2));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}
