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

describe('a story summary another replica saves while this one waits', () => {
  it('GIVEN the other replica saves and gives its claim back between a look-up and the next claim THEN its summary is read, not made again', async () => {
    const theirs = { title: item.title, lede: 'Their lede.', keyPoints: [] };
    let saved: typeof theirs | undefined;
    let claims = 0;
    let made = 0;
    const released: string[] = [];
    const cache: SummaryCache = {
      get: async () => saved,
      save: async () => {},
      // The other replica holds the claim at first; it saves and releases just before the
      // second attempt, after this replica's look-up missed.
      claim: async () => {
        claims++;
        if (claims === 1) return false;
        saved = theirs;
        return true;
      },
      release: async (key) => {
        released.push(key);
      },
    };
    const summarizer = createStorySummarizer({
      cache,
      summarize: (...args) => {
        made++;
        return summarize(...args);
      },
    });
    const got = await summarizer(story);
    expect(made).toBe(0);
    expect(got.lede).toBe('Their lede.');
    // The claim it took is given back.
    expect(released).toHaveLength(1);
  });
});
