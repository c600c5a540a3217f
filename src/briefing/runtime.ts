import type { ArticleFetcher } from '../articles/fetch-article.js';
import type { FeedParser } from '../articles/fetch-feed.js';
import type { SafeFetch } from '../articles/safe-fetch.js';
import type { Config } from '../config.js';
import type { Logger, RunningAdapter } from '../core/adapter.js';
import type { DiscordShards } from '../core/discord-shard.js';
import type { Platform, Reply } from '../handler/types.js';
import type { Store } from '../store/store.js';
import { createFleetPace } from './fleet-pace.js';
import {
  type BriefingOutcome,
  type BriefingPoster,
  type BriefingScheduler,
  createBriefingScheduler,
} from './scheduler.js';
import { type BriefingServiceWithEvents, createBriefingService } from './service.js';
import type { SummarizeFn } from './story-summary.js';
import { formatLocal } from './zoned-time.js';

/** Storage, the briefing commands and (once started) the scheduler, as the app wires them. */
export interface BriefingRuntime {
  readonly store: Store;
  readonly service: BriefingServiceWithEvents;
  /**
   * Starts scheduled briefings posting through `adapters` (after startAdapters; the
   * terminal passes its terminalPoster). Missed briefings within the catch-up window go out now.
   */
  start(
    adapters: readonly Pick<RunningAdapter, 'platform' | 'post'>[],
    log?: Logger,
  ): Promise<BriefingScheduler>;
  /**
   * Stops the scheduler (if started): no new briefings; those being composed are cancelled
   * and their claims released; those being posted finish.
   */
  stop(): Promise<void>;
  /** Stops the scheduler (if started) and closes the store. */
  close(): Promise<void>;
}

export interface RuntimeDeps {
  readonly store: Store;
  /** The Discord shards this replica runs: it sends the briefings of their guilds only. */
  readonly discordShards?: DiscordShards | undefined;
  readonly fetch: SafeFetch;
  readonly fetchArticle: ArticleFetcher;
  readonly now?: () => Date;
  /** Summarizes stories (the server's worker pool); default: in process. */
  readonly summarize?: SummarizeFn | undefined;
  /** Parses fetched feeds (the server's worker pool); default: in process. */
  readonly parseFeed?: FeedParser | undefined;
}

export function createBriefingRuntime(
  briefing: Config['briefing'],
  deps: RuntimeDeps,
): BriefingRuntime {
  const now = deps.now ?? (() => new Date());
  const base = { ...deps, now, maxStories: briefing.maxStories };
  const service = createBriefingService(base);
  let scheduler: BriefingScheduler | undefined;
  const stop = async () => {
    await scheduler?.stop();
  };
  return {
    store: deps.store,
    service,
    async start(adapters, log) {
      if (scheduler) return scheduler;
      const posters = new Map<Platform, BriefingPoster>(adapters.map((a) => [a.platform, a]));
      const s = createBriefingScheduler({
        ...base,
        posters,
        catchUpMinutes: briefing.catchUpMinutes,
        pollMinutes: briefing.pollMinutes,
        leaseMs: briefing.leaseSeconds * 1000,
        tickSeconds: briefing.tickSeconds,
        concurrency: briefing.concurrency,
        pace: createFleetPace(deps.store),
        // Only briefings this replica can post: its platforms, its shards' guilds.
        scope: { platforms: adapters.map((a) => a.platform), discordShards: deps.discordShards },
        logger: log,
      });
      await s.start();
      scheduler = s;
      return s;
    },
    stop,
    async close() {
      await stop();
      await deps.store.close();
    },
  };
}

function when(outcome: BriefingOutcome): string {
  if (!outcome.scheduledFor) return 'next';
  const at = new Date(outcome.scheduledFor);
  return outcome.timeZone
    ? `${formatLocal(at, outcome.timeZone)} (${outcome.timeZone})`
    : at.toISOString();
}

/** What a terminal "simulated morning" says besides the briefing it posted. */
export function describeOutcome(outcome: BriefingOutcome): Reply {
  const text = (t: string): Reply => ({ kind: 'info', ephemeral: true, text: t });
  switch (outcome.status) {
    case 'sent':
      return text(`Simulated morning: the briefing due ${when(outcome)} is posted above.`);
    case 'empty':
      return text('Simulated morning: no new stories in your feeds, so no briefing was posted.');
    case 'not_due':
      return text('No briefing is scheduled; set one with `/news briefing 07:30 Europe/Berlin`.');
    case 'taken':
      return text('That briefing was already delivered.');
    default:
      return text(`The briefing could not be delivered (${outcome.status}); see the log.`);
  }
}
