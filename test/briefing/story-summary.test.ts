import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateItem, RankedStory } from '../../src/briefing/compose-briefing.js';
import { createStorySummarizer, type SummaryCache } from '../../src/briefing/story-summary.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { summarize } from '../../src/summarizer/summarize.js';

const TEXT = [
  'The city council has approved a plan to close the old harbour bridge to cars from next spring.',
  'Cyclists and pedestrians will still be able to cross, the council said on Tuesday.',
  'Shop owners on the harbour front warned that fewer drivers would mean fewer customers.',
  'The bridge, built in 1904, needs repairs that engineers put at two million pounds.',
  'A public meeting on the plan will be held at the town hall next month.',
].join(' ');

const item: CandidateItem = {
  feedKey: 'feed-a',
  guid: 'g1',
  canonicalUrl: 'https://news.example/bridge',
  title: 'Harbour bridge to close to cars',
  lede: 'The city council has approved a plan to close the old harbour bridge to cars.',
  content: `${TEXT} ${TEXT}`.repeat(3),
  sourceName: 'Example News',
};
const story: RankedStory = { items: [item], score: 1, time: 0 };

/** The claims of two replicas' compositions on one store, as channel-digest.ts makes them. */
function cacheOf(store: Store, owner: string, termMs: number): SummaryCache {
  return {
    get: (key) => store.getSummary(key),
    save: (key, summary) => store.saveSummary(key, summary, new Date()),
    claim: (key) => store.acquireRun(`summary:${key}`, owner, termMs, new Date()),
    release: (key) => store.releaseRun(`summary:${key}`, owner),
    renew: (key) => store.renewRun(`summary:${key}`, owner, termMs, new Date()),
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('a story summary slower than its claim', () => {
  it('GIVEN a summary that takes longer than the claim lasts THEN the claim is renewed and the other replica waits for it instead of summarizing again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-claim-'));
    dirs.push(dir);
    const store = openSqliteStore(join(dir, 'newsbrief.db'));
    const TERM_MS = 400;
    let made = 0;
    // A slow worker pool: the summary takes three claim terms. (Renewed every tenth of a term,
    // so only an event loop stalled for most of a term could let the claim lapse.)
    const slow = async (...args: Parameters<typeof summarize>) => {
      made++;
      await new Promise((r) => setTimeout(r, 3 * TERM_MS));
      return summarize(...args);
    };
    const first = createStorySummarizer({
      cache: cacheOf(store, 'replica-a', TERM_MS),
      summarize: slow,
      renewEveryMs: TERM_MS / 10,
    });
    const second = createStorySummarizer({
      cache: cacheOf(store, 'replica-b', TERM_MS),
      summarize: (...args) => {
        made++;
        return summarize(...args);
      },
      renewEveryMs: TERM_MS / 10,
    });
    const a = first(story);
    // The second replica asks after the first claim's term would have run out twice over.
    await new Promise((r) => setTimeout(r, 2 * TERM_MS));
    const b = second(story);
    const [sa, sb] = await Promise.all([a, b]);
    expect(made).toBe(1);
    expect(sa?.lede).toBeTruthy();
    expect(sb?.lede).toBe(sa?.lede);
    await store.close();
  });
});
