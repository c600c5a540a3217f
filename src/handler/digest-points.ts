import type { ReplyPoint } from './types.js';

/**
 * The key points a digest shows under a story's lede: the lede is the core of the best
 * opening sentence, so the point that is that sentence in full would only repeat it.
 */
export function digestPoints(
  lede: string,
  points: readonly ReplyPoint[],
  max: number,
): ReplyPoint[] {
  const core = normalise(lede).replace(/[.!?…]+$/, '');
  return points
    .filter((p) => core === '' || !normalise(p.text).startsWith(core))
    .slice(0, max)
    .map(({ label, text }) => ({ label, text }));
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
