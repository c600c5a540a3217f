// One replica of the fleet benchmark (forked by fleet-bench.ts): the briefing scheduler on
// the shared Postgres, posting to the world's Slack and Discord through the adapters' posters,
// paced fleet-wide, summarizing and parsing feeds on a worker pool as the server does
// (WORKER_THREADS threads, default 1). Reports to the parent every half second: peak RSS
// (the process's, workers included), summaries made.
import { createDiscordRestPoster } from '../adapters/discord/rest-poster.js';
import { createSlackPoster } from '../adapters/slack/poster.js';
import { createArticleFetcher } from '../src/articles/fetch-article.js';
import { createSafeFetch } from '../src/articles/safe-fetch.js';
import { createFleetPace, FLEET_LIMITS } from '../src/briefing/fleet-pace.js';
import { createBriefingScheduler } from '../src/briefing/scheduler.js';
import { openPgStore } from '../src/store/pg-store.js';
import type { Store, StoredSummary } from '../src/store/store.js';
import { createWorkPool } from '../src/work/pool.js';

export interface ReplicaReport {
  readonly name: string;
  readonly peakRss: number;
  /** Story keys (canonical URLs) this replica summarized since the last report, and when (ms). */
  readonly summarized: readonly { readonly key: string; readonly at: number }[];
  /** Discord slots this replica reserved in all (one a request, more when one went stale). */
  readonly slots: number;
  /** CPU time of the process so far (user + system, its worker threads included), ms. */
  readonly cpuMs: number;
}

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`fleet-replica needs ${name}`);
  return v;
};

async function main(): Promise<void> {
  const name = env('REPLICA_NAME');
  const world = env('WORLD_ORIGIN');
  const opened = await openPgStore(env('DATABASE_URL'), { poolSize: 10 });
  let fresh: { key: string; at: number }[] = [];
  let slots = 0;
  // Every summary made is saved under its story's key (canonical URL) once: count those.
  const store: Store = Object.assign(Object.create(opened) as Store, {
    saveSummary: (key: string, summary: StoredSummary, now: Date) => {
      fresh.push({ key, at: Date.now() });
      return opened.saveSummary(key, summary, now);
    },
    reserveSlot: (key: string, spacingMs: number, now: Date) => {
      slots++;
      return opened.reserveSlot(key, spacingMs, now);
    },
  });
  const fetch = createSafeFetch({ allowHosts: ['127.0.0.1'], timeoutMs: 20_000 });
  const work = createWorkPool({ threads: Number(process.env.WORKER_THREADS ?? 1) });
  const scheduler = createBriefingScheduler({
    store,
    fetch,
    fetchArticle: createArticleFetcher({ fetch, readPage: work.readPage }),
    summarize: work.summarize,
    parseFeed: work.parseFeed,
    now: () => new Date(),
    maxStories: 8,
    posters: new Map([
      ['slack', createSlackPoster({ botToken: 'xoxb-fleet', apiUrl: `${world}/slack/api/` })],
      ['discord', createDiscordRestPoster({ token: 'fleet', apiUrl: `${world}/discord/api` })],
    ]),
    // FLEET_STALE_SLOT_MS: how stale a Discord slot may be when its wait ends (to compare).
    pace: createFleetPace(store, () => new Date(), {
      ...FLEET_LIMITS,
      staleSlotMs: Number(process.env.FLEET_STALE_SLOT_MS ?? FLEET_LIMITS.staleSlotMs),
    }),
    pollMinutes: 15,
    leaseMs: Number(env('LEASE_MS')),
    tickSeconds: 1,
    concurrency: Number(env('CONCURRENCY')),
    batchSize: 4,
    retryMs: 2_000,
    instanceId: name,
    logger: {
      info: () => {},
      warn: (m) => console.error(`[${name}] ${m}`),
      error: (m) => console.error(`[${name}] error: ${m}`),
    },
  });
  let peakRss = 0;
  const report = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const r: ReplicaReport = { name, peakRss, summarized: fresh, slots, cpuMs };
    fresh = [];
    process.send?.(r);
  };
  const timer = setInterval(report, 500);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const stop = async () => {
    clearInterval(timer);
    clearInterval(sampler);
    await scheduler.stop();
    report();
    await work.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  await scheduler.start();
}

await main();
