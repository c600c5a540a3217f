import { setTimeout as sleep } from 'node:timers/promises';
import { type FeedParser, fetchFeed } from '../articles/fetch-feed.js';
import type { SafeFetch } from '../articles/safe-fetch.js';
import type { FeedRecord, Store } from '../store/store.js';
import { mapLimit } from './map-limit.js';

/** Consecutive failures after which the subscribing channels are told, once. */
export const REPORT_AFTER_FAILURES = 3;
const FIRST_RETRY_MS = 5 * 60_000;
const MAX_RETRY_MS = 6 * 3600_000;
/** How long one replica holds the right to fetch a feed (more than a fetch's timeout). */
const FETCH_LEASE_MS = 2 * 60_000;

/** Wait before the next attempt after `failures` consecutive failures: 5 min, 10, 20 … 6 h. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
}

export interface RefreshDeps {
  readonly store: Store;
  readonly fetch: SafeFetch;
  readonly now: () => Date;
  readonly signal?: AbortSignal | undefined;
  /** Parses a fetched feed (the server's worker pool); default: in process. */
  readonly parseFeed?: FeedParser | undefined;
}

export interface RefreshOptions {
  /** Skip feeds fetched more recently than this (a briefing right after a poll). */
  readonly freshForMs?: number;
  readonly concurrency?: number;
  /**
   * When another replica is fetching the feed, wait (up to WAIT_FOR_FETCH_MS) until it has
   * recorded the result: a briefing composed meanwhile would miss the feed's stories.
   */
  readonly waitForOthers?: boolean;
}

/** The longest a briefing waits for another replica's fetch of one of its feeds. */
export const WAIT_FOR_FETCH_MS = 20_000;
const POLL_FETCH_MS = 100;

export type RefreshOutcome = 'updated' | 'not_modified' | 'failed' | 'skipped';

/**
 * Fetches one feed (conditionally) unless it is backing off, was fetched within
 * `freshForMs`, or another replica is fetching it; records the result.
 */
export async function refreshFeed(
  feed: FeedRecord,
  deps: RefreshDeps,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  const now = deps.now();
  if (feed.nextAttemptAt && Date.parse(feed.nextAttemptAt) > now.getTime()) return 'skipped';
  const fresh = options.freshForMs ?? 0;
  if (
    feed.failures === 0 &&
    feed.lastFetchedAt &&
    Date.parse(feed.lastFetchedAt) > now.getTime() - fresh
  )
    return 'skipped';
  // The cheap checks above use what the caller read; the claim settles it between replicas.
  const claimed = await deps.store.claimFeedFetch(feed.id, {
    now,
    freshForMs: fresh,
    leaseMs: FETCH_LEASE_MS,
  });
  if (!claimed) {
    if (options.waitForOthers) await fetchedByOther(feed, deps);
    return 'skipped';
  }
  const r = await fetchFeed(feed.url, feed.validators, deps.fetch, deps.signal, deps.parseFeed);
  if (deps.signal?.aborted) return 'skipped';
  const done = deps.now();
  if (!r.ok) {
    await deps.store.recordFeedFailure(feed.id, {
      now: done,
      error: r.error.message,
      retryAt: new Date(done.getTime() + retryDelayMs(feed.failures + 1)),
    });
    return 'failed';
  }
  if (r.value.status === 'not_modified') {
    await deps.store.recordFeedSuccess(feed.id, { now: done });
    return 'not_modified';
  }
  await deps.store.saveItems(feed.id, r.value.items, done);
  await deps.store.recordFeedSuccess(feed.id, {
    now: done,
    title: r.value.title,
    validators: r.value.validators,
  });
  return 'updated';
}

/** Waits until another replica records its fetch of `feed` (its lease ends), or time is up. */
async function fetchedByOther(feed: FeedRecord, deps: RefreshDeps): Promise<void> {
  const deadline = performance.now() + WAIT_FOR_FETCH_MS;
  while (performance.now() < deadline && !deps.signal?.aborted) {
    await sleep(POLL_FETCH_MS);
    const current = await deps.store.getFeed(feed.id);
    if (current?.fetching !== true) return;
  }
}

/** Refreshes several feeds, a few at a time. */
export async function refreshFeeds(
  feeds: readonly FeedRecord[],
  deps: RefreshDeps,
  options: RefreshOptions = {},
): Promise<RefreshOutcome[]> {
  return mapLimit(feeds, options.concurrency ?? 8, (f) => refreshFeed(f, deps, options));
}

/** The message a channel gets once when one of its feeds keeps failing. */
export function feedFailureNotice(feed: FeedRecord): string {
  return `The feed ${feed.title ?? feed.url} has failed ${feed.failures} times in a row (${feed.lastError ?? 'unknown error'}). I keep retrying less often; \`/news unsubscribe ${feed.url}\` removes it.`;
}
