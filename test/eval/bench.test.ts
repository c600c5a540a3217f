import { describe, expect, it } from 'vitest';
import { measurePhase } from '../../src/eval/bench-phase.js';
import { timeCliStartup } from '../../src/eval/bench-startup.js';

describe('measurePhase', () => {
  it('GIVEN articles THEN it times each one and reports the 800–1,200-word bucket apart', () => {
    const articles = [
      { text: 'short', words: 10 },
      { text: 'long', words: 1000 },
      { text: 'longer', words: 1300 },
    ];
    const seen: string[] = [];
    const r = measurePhase('x', articles, (a) => seen.push(a.text), 0, 1);
    expect(seen).toEqual(['short', 'short', 'long', 'longer']); // one warm-up, then all three
    expect(r.articles).toBe(3);
    expect(r.aroundThousandWords).toBe(1);
    expect(r.medianMs).toBeGreaterThanOrEqual(0);
    expect(r.p99Ms).toBeGreaterThanOrEqual(r.medianMs);
    expect(r.peakRssMb).toBeGreaterThan(0);
  });
});

describe('timeCliStartup', () => {
  it('GIVEN no built CLI THEN it reports the skip with the path', () => {
    const r = timeCliStartup('/nonexistent/dist/src/cli.js', '/nonexistent/a.txt');
    expect(r).toEqual({ ok: false, reason: '/nonexistent/dist/src/cli.js does not exist yet' });
  });
});
