/**
 * Weighted PageRank over a dense, symmetric or directed weight matrix (weights[i][j] is the
 * edge i -> j). A node without out-edges spreads its rank evenly, so ranks keep summing to 1.
 */
export function pageRank(
  weights: readonly (readonly number[])[],
  damping = 0.85,
  tolerance = 1e-6,
  maxIterations = 100,
): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if ((outSum[i] ?? 0) === 0) dangling += rank[i] ?? 0;
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const out = outSum[i] ?? 0;
      if (out === 0) continue;
      const share = (damping * (rank[i] ?? 0)) / out;
      const row = weights[i] ?? [];
      for (let j = 0; j < n; j++) next[j] = (next[j] ?? 0) + share * (row[j] ?? 0);
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] ?? 0) - (rank[i] ?? 0));
    rank = next;
    if (delta < tolerance) break;
  }
  return rank;
}
