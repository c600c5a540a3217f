import { quantile } from './stats.js';

/** A mean difference with its bootstrap confidence interval. */
export interface Interval {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly seed?: number;
  /** 0.05 gives a 95% interval. */
  readonly alpha?: number;
}

/** mulberry32: a small seeded PRNG, so intervals are reproducible run to run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Paired bootstrap over articles: resamples article indices with replacement and takes the
 * mean of `system[i] - baseline[i]` each time; the interval is the percentile interval of
 * those means. The same seed and article count give the same resamples, so every metric of
 * one comparison is resampled identically.
 */
export function pairedBootstrap(
  system: readonly number[],
  baseline: readonly number[],
  { resamples = 2000, seed = 20240601, alpha = 0.05 }: BootstrapOptions = {},
): Interval {
  if (system.length !== baseline.length) {
    throw new Error(
      `paired bootstrap needs equal lengths (${system.length} vs ${baseline.length})`,
    );
  }
  const n = system.length;
  if (n === 0) return { mean: 0, lo: 0, hi: 0 };
  const diff = system.map((s, i) => s - (baseline[i] ?? 0));
  const mean = diff.reduce((s, d) => s + d, 0) / n;
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += diff[Math.floor(random() * n)] ?? 0;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  return { mean, lo: quantile(means, alpha / 2), hi: quantile(means, 1 - alpha / 2) };
}
