export interface Phase<T> {
  readonly outputs: T[];
  /** Articles per second over the timed pass. */
  readonly perSecond: number;
}

/**
 * Runs one system over every article as its own phase: a short untimed warm-up (so the JIT
 * and lazy loads are not billed to the first articles), then one timed pass.
 */
export function timePhase<A, T>(
  articles: readonly A[],
  run: (a: A, i: number) => T,
  warmUp = 5,
): Phase<T> {
  for (let i = 0; i < Math.min(warmUp, articles.length); i++) run(articles[i] as A, i);
  const t0 = performance.now();
  const outputs = articles.map(run);
  const seconds = (performance.now() - t0) / 1000;
  return { outputs, perSecond: seconds > 0 ? articles.length / seconds : 0 };
}
