import { createArticleFetcher } from '../articles/fetch-article.js';
import { fetchFeed } from '../articles/fetch-feed.js';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from '../articles/safe-fetch.js';
import { NO_PROGRESS, type Progress } from '../core/progress.js';
import type { StoredSummary } from '../store/store.js';
import { type CandidateItem, composeBriefing } from './compose-briefing.js';
import { mapLimit } from './map-limit.js';
import { type DigestFormat, renderDigest } from './render-digest.js';
import { createStorySummarizer, type SummarizeFn } from './story-summary.js';

export interface DigestCommandOptions {
  /** Feed URLs (`--feed`, repeatable). */
  readonly feeds: readonly string[];
  /** `--format`; text by default. */
  readonly format?: string | undefined;
  /** The fetch to use; by default a safe fetch from `fetchOptions` (allowHosts, timeoutMs, maxBytes). */
  readonly fetch?: SafeFetch | undefined;
  readonly fetchOptions?: SafeFetchOptions | undefined;
  readonly maxStories?: number | undefined;
  readonly now?: (() => Date) | undefined;
  /** Fetch article pages when a feed has only teasers (default true). */
  readonly fetchArticles?: boolean | undefined;
  readonly summarize?: SummarizeFn | undefined;
  /** How far the work is (a progress line on a terminal); default: nothing. */
  readonly progress?: Progress | undefined;
}

export interface DigestCommandResult {
  /** The digest, for stdout. */
  readonly output: string;
  /** One line per problem (a feed that failed, a bad option), for stderr. */
  readonly errors: readonly string[];
  /** 0 digest printed, 1 no feed could be read, 2 usage error. */
  readonly exitCode: 0 | 1 | 2;
}

const FORMATS: readonly DigestFormat[] = ['text', 'markdown', 'json'];

/** `newsbrief digest --feed URL [--feed URL…] [--format text|markdown|json]`. */
export async function runDigestCommand(
  options: DigestCommandOptions,
): Promise<DigestCommandResult> {
  const format = (options.format ?? 'text').toLowerCase() as DigestFormat;
  if (!FORMATS.includes(format))
    return usage(`--format must be text, markdown or json, not "${options.format}".`);
  if (options.feeds.length === 0)
    return usage('Give at least one feed: newsbrief digest --feed https://example.com/rss.xml');
  const fetch = options.fetch ?? createSafeFetch(options.fetchOptions);
  const now = (options.now ?? (() => new Date()))();
  const feeds = [...new Set(options.feeds)];

  const progress = options.progress ?? NO_PROGRESS;
  const errors: string[] = [];
  let fetched = 0;
  const perFeed = await mapLimit(feeds, 8, async (url) => {
    const r = await fetchFeed(url, {}, fetch);
    progress.update('reading feeds', ++fetched, feeds.length);
    if (!r.ok) {
      errors.push(`${url}: ${r.error.message}`);
      return [];
    }
    if (r.value.status !== 'updated') return [];
    const name = r.value.title ?? hostOf(r.value.feedUrl);
    return r.value.items.map(
      (item): CandidateItem => ({ ...item, feedKey: url, sourceName: name }),
    );
  });
  if (errors.length === feeds.length) return { output: '', errors, exitCode: 1 };

  const cache = new Map<string, StoredSummary>();
  const summarizeOne = createStorySummarizer({
    fetchArticle: options.fetchArticles === false ? undefined : createArticleFetcher({ fetch }),
    summarize: options.summarize,
    cache: { get: async (k) => cache.get(k), save: async (k, s) => void cache.set(k, s) },
  });
  let summarized = 0;
  const { stories } = await composeBriefing(perFeed.flat(), {
    now,
    maxStories: options.maxStories ?? 8,
    summarizeStory: async (...args: Parameters<typeof summarizeOne>) => {
      const r = await summarizeOne(...args);
      progress.update('summarizing stories', ++summarized);
      return r;
    },
  });
  progress.end();
  const title = `Top stories from ${feeds.length} feed${feeds.length === 1 ? '' : 's'}`;
  return { output: renderDigest({ kind: 'digest', title, stories }, format), errors, exitCode: 0 };
}

function usage(message: string): DigestCommandResult {
  return { output: '', errors: [message], exitCode: 2 };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
