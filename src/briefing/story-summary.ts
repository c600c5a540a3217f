import { setTimeout as sleep } from 'node:timers/promises';
import type { ArticleFetcher } from '../articles/fetch-article.js';
import type { Result } from '../core/result.js';
import { digestPoints } from '../handler/digest-points.js';
import { LENGTHS } from '../handler/length.js';
import type { Store, StoredSummary } from '../store/store.js';
import { storySentences } from '../summarizer/new-facts.js';
import { summarize as defaultSummarize } from '../summarizer/summarize.js';
import type { Article, SummarizeOptions, Summary } from '../summarizer/types.js';
import type { CandidateItem, RankedStory, SummarizeStory } from './compose-briefing.js';

/** Feed text at least this long is summarized as is, without fetching the page. */
export const FULL_TEXT_WORDS = 150;
/** Key points under a story's lede at the standard length. */
export const KEY_POINTS = LENGTHS.standard.storyPoints;
/** The point counts story summaries are made with: the standard one and each longer length's. */
const SUMMARY_POINTS = [
  ...new Set(Object.values(LENGTHS).map((l) => Math.max(l.storyPoints, KEY_POINTS))),
];

export interface SummaryCache {
  get(key: string): Promise<StoredSummary | undefined>;
  save(key: string, summary: StoredSummary): Promise<void>;
  /**
   * Takes the right to summarize `key` for a while (one replica of many); false while
   * another has it, and then its summary is awaited instead of made twice.
   */
  claim?(key: string): Promise<boolean>;
  /** Gives the claim back (the summary could not be cached), so a waiting replica makes its own. */
  release?(key: string): Promise<void>;
}

/**
 * How long a replica waits for another's summary before making its own: longer than a claim
 * lasts (SUMMARY_CLAIM_MS in channel-digest.ts), so when the claimant died one waiter takes
 * the claim over and the others still wait for that one, instead of all summarizing.
 */
export const AWAIT_OTHER_SUMMARY_MS = 45_000;
const POLL_OTHER_SUMMARY_MS = 100;

export interface StorySummarizerDeps {
  /** Fetches the story's page when the feed has only a teaser; absent: feed text only. */
  readonly fetchArticle?: ArticleFetcher | undefined;
  /** Summaries by story key, so a story is summarized once for every channel. */
  readonly cache?: SummaryCache | undefined;
  readonly summarize?: SummarizeFn | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Key points under each story's lede (default KEY_POINTS; a channel's length may ask for more). */
  readonly points?: number | undefined;
}

/** Summarizes an article, in process or on the server's worker pool. */
export type SummarizeFn = (
  article: Article,
  options: SummarizeOptions,
) => Result<Summary> | Promise<Result<Summary>>;

/** The key a story's summary is cached under: its first source's canonical URL or GUID. */
export function storyKey(item: CandidateItem): string {
  return item.canonicalUrl ?? `guid:${item.feedKey}:${item.guid}`;
}

/** The key a story's summary with `points` key points is cached under (the default: its story key). */
export function summaryKey(item: CandidateItem, points: number = KEY_POINTS): string {
  return withPoints(storyKey(item), points);
}

function withPoints(key: string, points: number): string {
  return points === KEY_POINTS ? key : `${key}#points=${points}`;
}

/**
 * The sentences of the stories' articles, by story key, from their cached summaries of any
 * point count (a channel that reads the detailed length has only the longer one).
 */
export async function storySentencesByKey(
  store: Pick<Store, 'getSummaries'>,
  storyKeys: readonly string[],
): Promise<Map<string, readonly string[]>> {
  const keys = [...new Set(storyKeys)];
  const summaries = await store.getSummaries(
    keys.flatMap((k) => SUMMARY_POINTS.map((p) => withPoints(k, p))),
  );
  const out = new Map<string, readonly string[]>();
  for (const k of keys) {
    const found = SUMMARY_POINTS.map((p) => summaries.get(withPoints(k, p))?.sentences).find(
      Boolean,
    );
    if (found) out.set(k, found);
  }
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Lede and two or three key points per story, from the fullest text available. */
export function createStorySummarizer(deps: StorySummarizerDeps): SummarizeStory {
  const summarize = deps.summarize ?? defaultSummarize;
  return async (story: RankedStory) => {
    const primary = story.items[0] as CandidateItem;
    const key = summaryKey(primary, deps.points);
    const cached = await deps.cache?.get(key);
    if (cached) return cached;
    if (deps.cache?.claim) {
      const theirs = (await deps.cache.claim(key))
        ? // Another replica may have saved it between the look-up and the claim.
          await deps.cache.get(key)
        : await awaitSummary(deps.cache, key, deps.signal);
      if (theirs) {
        await deps.cache.release?.(key);
        return theirs;
      }
    }
    try {
      return await summarizeStory(story, deps, summarize, key);
    } finally {
      await deps.cache?.release?.(key);
    }
  };
}

async function summarizeStory(
  story: RankedStory,
  deps: StorySummarizerDeps,
  summarize: NonNullable<StorySummarizerDeps['summarize']>,
  key: string,
): Promise<StoredSummary> {
  const primary = story.items[0] as CandidateItem;
  const { article, complete } = await bestText(story, deps);
  const points = deps.points ?? KEY_POINTS;
  let summary: Summary | undefined;
  try {
    // One more than shown: the point that repeats the lede is dropped (digest-points.ts).
    const r = await summarize(article, { points: points + 1 });
    if (r.ok) summary = r.value;
  } catch {
    // A summarizer bug must not cost the channel its briefing: fall back to the feed's lede.
  }
  const lede = summary?.lede.trim() || primary.lede || primary.title;
  const result: StoredSummary = {
    title: primary.title || summary?.title || 'Untitled story',
    lede,
    keyPoints: digestPoints(lede, summary?.keyPoints ?? [], points),
    // Kept to tell what a later article of the story adds (developing.ts).
    ...(summary ? { sentences: storySentences(article.text, article.title) } : {}),
  };
  if (summary && complete && !deps.signal?.aborted) await deps.cache?.save(key, result);
  return result;
}

/**
 * Polls the cache for the summary another replica is making, until it lands, the other
 * gives its claim back (then this one takes it and makes its own) or time is up.
 */
async function awaitSummary(
  cache: SummaryCache,
  key: string,
  signal: AbortSignal | undefined,
): Promise<StoredSummary | undefined> {
  const deadline = performance.now() + AWAIT_OTHER_SUMMARY_MS;
  while (performance.now() < deadline && !signal?.aborted) {
    await sleep(POLL_OTHER_SUMMARY_MS);
    const found = await cache.get(key);
    if (found) return found;
    // The claim is free: the other replica gave it up, or saved its summary and released it
    // between the look-up above and this claim (then it is read, not made again).
    if (await cache.claim?.(key)) return await cache.get(key);
  }
  return undefined;
}

async function bestText(
  story: RankedStory,
  deps: StorySummarizerDeps,
): Promise<{ article: Article; complete: boolean }> {
  const primary = story.items[0] as CandidateItem;
  const asArticle = (item: CandidateItem, text: string): Article => ({
    text,
    title: item.title,
    url: item.url,
    source: item.sourceName,
  });
  const fullest =
    [...story.items].sort((a, b) => words(b.content) - words(a.content))[0] ?? primary;
  if (words(fullest.content) >= FULL_TEXT_WORDS)
    return { article: asArticle(fullest, fullest.content), complete: true };
  if (deps.fetchArticle) {
    for (const item of story.items.slice(0, 2)) {
      if (!item.url || deps.signal?.aborted) continue;
      const r = await deps.fetchArticle(item.url, deps.signal);
      if (r.ok)
        return {
          article: { ...r.value, title: item.title, source: item.sourceName },
          complete: true,
        };
    }
  }
  return { article: asArticle(fullest, fullest.content || fullest.lede), complete: false };
}
