import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ArticleFetcher } from '../articles/fetch-article.js';
import type { FeedParser } from '../articles/fetch-feed.js';
import type { SafeFetch } from '../articles/safe-fetch.js';
import type { ChannelRef, FeedRecord, Store, StoredItem, StoredSummary } from '../store/store.js';
import { type CandidateItem, type ComposedBriefing, composeBriefing } from './compose-briefing.js';
import { refreshFeeds } from './refresh-feeds.js';
import { createStorySummarizer, type SummarizeFn, storyKey } from './story-summary.js';

/** What composing a channel's briefing needs; all of it injected. */
export interface BriefingDeps {
  readonly store: Store;
  readonly fetch: SafeFetch;
  readonly fetchArticle: ArticleFetcher;
  readonly now: () => Date;
  /** Most stories in one briefing (BRIEFING_MAX_STORIES, default 8). */
  readonly maxStories: number;
  /** A feed fetched this recently is not fetched again for a briefing (default FRESH_FOR_MS). */
  readonly freshForMs?: number | undefined;
  readonly summarize?: SummarizeFn | undefined;
  /** Parses fetched feeds (the server's worker pool); default: in process. */
  readonly parseFeed?: FeedParser | undefined;
}

/** A first briefing looks back this far. */
export const FIRST_BRIEFING_LOOKBACK_MS = 24 * 3600_000;
/** Stories published longer ago than this are never news, however new to the bot. */
export const MAX_STORY_AGE_MS = 48 * 3600_000;
/** How long delivered stories are remembered to drop later copies from other feeds. */
export const SEEN_MEMORY_MS = 72 * 3600_000;
/** How long one replica holds the right to summarize a story before another may. */
export const SUMMARY_CLAIM_MS = 60_000;
/** A feed fetched this recently is not fetched again for a briefing. */
export const FRESH_FOR_MS = 2 * 60_000;

export function sourceName(item: Pick<StoredItem, 'feedTitle' | 'feedUrl'>): string {
  if (item.feedTitle) return item.feedTitle;
  try {
    return new URL(item.feedUrl).hostname.replace(/^www\./, '');
  } catch {
    return item.feedUrl;
  }
}

function toCandidate(item: StoredItem, seen: boolean): CandidateItem {
  return { ...item, feedKey: String(item.feedId), sourceName: sourceName(item), seen };
}

/** How long a briefing waits for its feeds that another replica (or this one's poll) is fetching. */
const AWAIT_OTHER_FETCH_MS = 30_000;
const POLL_OTHER_FETCH_MS = 250;

/**
 * Waits until each of `busy` (being fetched elsewhere when this briefing wanted it) has
 * been fetched or has failed, so a briefing due while a poll runs, on this replica or
 * another, still holds the stories that poll brings in. Gives up after AWAIT_OTHER_FETCH_MS
 * (the fetcher died: its lease runs out and the next poll fetches it).
 */
async function awaitOtherFetches(
  store: Store,
  channel: ChannelRef,
  busy: readonly FeedRecord[],
  signal: AbortSignal | undefined,
): Promise<void> {
  if (busy.length === 0) return;
  const state = (f: FeedRecord) => `${f.lastFetchedAt ?? ''}|${f.failures}`;
  const before = new Map(busy.map((f) => [f.id, state(f)]));
  const deadline = performance.now() + AWAIT_OTHER_FETCH_MS;
  while (performance.now() < deadline && !signal?.aborted) {
    await sleep(POLL_OTHER_FETCH_MS);
    const current = new Map((await store.listSubscriptions(channel)).map((f) => [f.id, f]));
    const pending = [...before].some(([id, was]) => {
      const f = current.get(id);
      return f !== undefined && state(f) === was;
    });
    if (!pending) return;
  }
}

/**
 * Refreshes the channel's feeds and composes its briefing for time `at`: stories since
 * its last briefing that it has not seen, each once, ranked and summarized.
 */
export async function composeChannelDigest(
  channel: ChannelRef,
  deps: BriefingDeps,
  at: Date,
  signal?: AbortSignal,
): Promise<ComposedBriefing> {
  const { store } = deps;
  const feeds = await store.listSubscriptions(channel);
  if (feeds.length === 0) return { stories: [], itemIds: [] };
  const outcomes = await refreshFeeds(
    feeds,
    { store, fetch: deps.fetch, now: deps.now, signal, parseFeed: deps.parseFeed },
    { freshForMs: deps.freshForMs ?? FRESH_FOR_MS },
  );
  await awaitOtherFetches(
    store,
    channel,
    feeds.filter((_, i) => outcomes[i] === 'busy'),
    signal,
  );
  const last = await store.lastDelivered(channel);
  const since = last ? new Date(last) : new Date(at.getTime() - FIRST_BRIEFING_LOOKBACK_MS);
  const unseen = await store.unseenItems(channel, {
    since,
    notBefore: new Date(at.getTime() - MAX_STORY_AGE_MS),
  });
  const seen = await store.seenItems(channel, new Date(at.getTime() - SEEN_MEMORY_MS));
  // Claims name this composition, so only its own claim is given back.
  const owner = `summarizer-${randomUUID()}`;
  let known = new Map<string, StoredSummary>();
  const summarizeStory = createStorySummarizer({
    fetchArticle: deps.fetchArticle,
    summarize: deps.summarize,
    signal,
    cache: {
      // Looked up together first (prepare); a summary made meanwhile by another replica is read again.
      get: async (key) => known.get(key) ?? store.getSummary(key),
      save: (key, summary) => store.saveSummary(key, summary, deps.now()),
      claim: (key) => store.acquireRun(`summary:${key}`, owner, SUMMARY_CLAIM_MS, deps.now()),
      release: (key) => store.releaseRun(`summary:${key}`, owner),
    },
  });
  return composeBriefing(
    [...unseen.map((i) => toCandidate(i, false)), ...seen.map((i) => toCandidate(i, true))],
    {
      now: at,
      maxStories: deps.maxStories,
      summarizeStory,
      prepare: async (stories) => {
        known = await store.getSummaries(
          stories.flatMap((s) => (s.items[0] ? [storyKey(s.items[0])] : [])),
        );
      },
    },
  );
}
