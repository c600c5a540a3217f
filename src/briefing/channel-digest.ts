import { randomUUID } from 'node:crypto';
import { filterPredicate } from '../articles/feed-filter.js';
import type { ArticleFetcher } from '../articles/fetch-article.js';
import type { FeedParser } from '../articles/fetch-feed.js';
import type { SafeFetch } from '../articles/safe-fetch.js';
import { DEFAULT_LENGTH, LENGTHS } from '../handler/length.js';
import type { ChannelRef, Store, StoredItem, StoredSummary, Subscription } from '../store/store.js';
import {
  type CandidateItem,
  type ComposedBriefing,
  composeBriefing,
  type DevelopingContext,
} from './compose-briefing.js';
import { DEVELOPING_MEMORY_MS, shownChains } from './developing.js';
import { refreshFeeds } from './refresh-feeds.js';
import {
  createStorySummarizer,
  KEY_POINTS,
  type SummarizeFn,
  storySentencesByKey,
  summaryKey,
} from './story-summary.js';

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
export const SUMMARY_CLAIM_MS = 30_000;
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
  if (feeds.length === 0) return { stories: [], itemIds: [], shown: [] };
  await refreshFeeds(
    feeds,
    { store, fetch: deps.fetch, now: deps.now, signal, parseFeed: deps.parseFeed },
    { freshForMs: deps.freshForMs ?? FRESH_FOR_MS, waitForOthers: true },
  );
  const last = await store.lastDelivered(channel);
  const since = last ? new Date(last) : new Date(at.getTime() - FIRST_BRIEFING_LOOKBACK_MS);
  const unseen = passingFilters(
    feeds,
    await store.unseenItems(channel, {
      since,
      notBefore: new Date(at.getTime() - MAX_STORY_AGE_MS),
    }),
  );
  // The channel's length: lede only, or so many points under it (summaries cached per count).
  const { storyPoints } = LENGTHS[(await store.getLength(channel)) ?? DEFAULT_LENGTH];
  const points = Math.max(storyPoints, KEY_POINTS);
  const seen = await store.seenItems(channel, new Date(at.getTime() - SEEN_MEMORY_MS));
  const developing = await developingContext(store, channel, at);
  // Claims name this composition, so only its own claim is given back.
  const owner = `summarizer-${randomUUID()}`;
  let known = new Map<string, StoredSummary>();
  const summarizeStory = createStorySummarizer({
    fetchArticle: deps.fetchArticle,
    summarize: deps.summarize,
    signal,
    points,
    cache: {
      // Looked up together first (prepare); a summary made meanwhile by another replica is read again.
      get: async (key) => known.get(key) ?? store.getSummary(key),
      save: (key, summary) => store.saveSummary(key, summary, deps.now()),
      claim: (key) => store.acquireRun(`summary:${key}`, owner, SUMMARY_CLAIM_MS, deps.now()),
      release: (key) => store.releaseRun(`summary:${key}`, owner),
    },
  });
  const composed = await composeBriefing(
    [...unseen.map((i) => toCandidate(i, false)), ...seen.map((i) => toCandidate(i, true))],
    {
      now: at,
      maxStories: deps.maxStories,
      summarizeStory,
      developing,
      prepare: async (stories) => {
        known = await store.getSummaries(
          stories.flatMap((s) => (s.items[0] ? [summaryKey(s.items[0], points)] : [])),
        );
      },
    },
  );
  if (storyPoints >= points) return composed;
  return {
    ...composed,
    stories: composed.stories.map((s) => ({ ...s, keyPoints: s.keyPoints.slice(0, storyPoints) })),
  };
}

/** The items each subscription's filter lets through (title and text, on word stems). */
function passingFilters(feeds: readonly Subscription[], items: StoredItem[]): StoredItem[] {
  const passes = new Map(feeds.map((f) => [f.id, filterPredicate(f.filter)]));
  return items.filter((item) => passes.get(item.feedId)?.(item) ?? true);
}

/** The stories the channel was shown lately, and the sentences of their articles. */
async function developingContext(
  store: Store,
  channel: ChannelRef,
  at: Date,
): Promise<DevelopingContext> {
  const records = await store.shownStories(channel, new Date(at.getTime() - DEVELOPING_MEMORY_MS));
  if (records.length === 0) return { chains: [], earlierArticles: new Map() };
  const earlierArticles = await storySentencesByKey(
    store,
    records.map((r) => r.storyKey),
  );
  return { chains: shownChains(records), earlierArticles };
}
