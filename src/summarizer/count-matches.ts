/**
 * How many times a global pattern matches in `text`, counting no further than `limit`:
 * `Math.min(limit, text.match(re)?.length ?? 0)` without scanning past the match that reaches
 * the limit or building the array of matches. For patterns that never match the empty string.
 */
export function countMatches(re: RegExp, text: string, limit = Number.POSITIVE_INFINITY): number {
  if (!re.global) throw new Error('countMatches: the pattern needs the g flag');
  re.lastIndex = 0;
  let n = 0;
  // test() moves lastIndex as exec() does, without building a match array.
  while (n < limit && re.test(text)) n++;
  re.lastIndex = 0;
  return n;
}
