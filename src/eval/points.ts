/** Key points per article: a whole number, or 'ref' = the article's number of reference sentences. */
export type Points = number | 'ref';

/** Why `points` cannot be used (the option called `name` in the message), or undefined when it can. */
export function pointsProblem(points: Points | undefined, name: string): string | undefined {
  if (typeof points !== 'number' || (Number.isInteger(points) && points >= 1)) return undefined;
  return `${name} must be a positive whole number or "ref" (got ${points})`;
}
