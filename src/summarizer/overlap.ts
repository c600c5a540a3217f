/**
 * How much two texts say the same: the overlap coefficient of their content-stem sets
 * (shared stems over the smaller set's size). Above REPEAT_OVERLAP one point says again what
 * the lede or another point says; selection never takes such a point, and the audit counts
 * what gets through by the same measure.
 */
export const REPEAT_OVERLAP = 0.5;

export function stemOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / Math.min(x.size, y.size);
}
