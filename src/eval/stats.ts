/** Linear-interpolated quantile of ascending values (numpy's default method); 0 if empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (pos - lo);
}

export const ascending = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
