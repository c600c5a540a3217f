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

/**
 * A label that says nearly all its point says ("Chancey Luna was charged with first-degree
 * murder" of "Chancey Luna, 17, was charged with first-degree murder.") is the point read
 * twice: the share of the point's content stems the label holds, at or above which the point
 * is shown without it.
 */
export const LABEL_REPEATS_POINT = 0.8;

/** The share of `text`'s content stems (counted with repeats) that `label`'s set holds. */
export function labelCoverage(label: ReadonlySet<string>, text: readonly string[]): number {
  if (text.length === 0) return 0;
  let held = 0;
  for (const s of text) if (label.has(s)) held++;
  return held / text.length;
}
