// npm run bench:fleet [-- --feeds 1000 --items 20 --channels 10000 --per-channel 5
//                        --replicas 3 --discord-share 0.1 --no-kill --only N
//                        --concurrency BRIEFING_CONCURRENCY (default: its default, 200)]
//
// Briefings for CHANNELS channels, all due at the same minute, delivered by a fleet of
// replicas (child processes running the briefing scheduler) sharing one Postgres schema,
// against a local world (fleet-world.ts): FEEDS feeds of ITEMS items, Slack and Discord APIs
// with their rate limits and some 429s and 500s. One replica is SIGKILLed when a third of
// the channels have their briefing. Then the same with one replica. Reports time from the
// due minute to the last delivery, deliveries doubled and lost, fetches per feed, summaries
// per article, peak RSS per replica and the database size. Needs Postgres on 127.0.0.1:5432
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres). Counts every
// request the fake Discord receives per second; FLEET_DISCORD_LOG=FILE writes them (JSON
// lines), FLEET_STALE_SLOT_MS overrides the replicas' FLEET_LIMITS.staleSlotMs (to compare).
import { type ChildProcess, fork } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SCHEDULER_DEFAULTS } from '../src/briefing/scheduler.js';
import { openPgStore } from '../src/store/pg-store.js';
import type { ReplicaReport } from './fleet-replica.js';
import {
  DISCORD_GLOBAL_PER_SECOND as DISCORD_PER_SECOND,
  type DiscordRequest,
  startWorld,
  type World,
} from './fleet-world.js';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LEASE_MS = 15_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

interface RunOptions {
  readonly feeds: number;
  readonly items: number;
  readonly channels: number;
  readonly perChannel: number;
  readonly replicas: number;
  readonly discordShare: number;
  readonly kill: boolean;
  /** Briefings each replica composes and posts at once (BRIEFING_CONCURRENCY). */
  readonly concurrency: number;
}

interface RunResult {
  readonly label: string;
  readonly seconds: number;
  readonly doubled: number;
  readonly lost: number;
  readonly fetchesPerFeed: { min: number; max: number; mean: number };
  readonly summariesPerArticle: {
    articles: number;
    summaries: number;
    max: number;
    againAfterKill: number;
    twice: string[];
  };
  readonly peakRssMb: number[];
  readonly dbMb: number;
  readonly served: World['served'];
  readonly messages: number;
  /** Seconds from the due minute until half, 90% and all of the briefings were finished. */
  readonly progress: { half: number; most: number };
  readonly discord: DiscordRates;
  /** Discord slots the replicas reserved (a request each; more when a slot went stale). */
  readonly slots: number;
  /** The 1-minute load average sampled during the run: mean and highest. */
  readonly load: { mean: number; max: number };
  /** CPU seconds over the run: the replicas, this process (fake feeds and APIs), Postgres. */
  readonly cpuSeconds: { replicas: number; harness: number; postgres: number };
}

interface DiscordRates {
  readonly requests: number;
  readonly gets: number;
  readonly retries: number;
  /** Most requests that arrived within any 1,000 ms (a sliding window). */
  readonly maxPerSecond: number;
  /** Calendar seconds in which more than 50 arrived. */
  readonly secondsOver: number;
  /** Requests that arrived with 50 or more in the 1,000 ms before them; of those, GETs and retries. */
  readonly over: { requests: number; gets: number; retries: number };
}

/** Per-second counts of what the fake Discord received, all requests (refused ones too). */
function discordRates(log: readonly DiscordRequest[], dumpTo?: string): DiscordRates {
  const sorted = [...log].sort((a, b) => a.at - b.at);
  if (dumpTo) writeFileSync(dumpTo, sorted.map((r) => JSON.stringify(r)).join('\n'));
  let maxPerSecond = 0;
  const over = { requests: 0, gets: 0, retries: 0 };
  let start = 0;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as DiscordRequest;
    while ((sorted[start] as DiscordRequest).at <= r.at - 1000) start++;
    const inWindow = i - start + 1;
    maxPerSecond = Math.max(maxPerSecond, inWindow);
    if (inWindow > DISCORD_PER_SECOND) {
      over.requests++;
      if (r.method === 'GET') over.gets++;
      if (r.retry) over.retries++;
    }
  }
  const perSecond = new Map<number, number>();
  for (const r of sorted) {
    const s = Math.floor(r.at / 1000);
    perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
  }
  return {
    requests: sorted.length,
    gets: sorted.filter((r) => r.method === 'GET').length,
    retries: sorted.filter((r) => r.retry).length,
    maxPerSecond,
    secondsOver: [...perSecond.values()].filter((n) => n > DISCORD_PER_SECOND).length,
    over,
  };
}

const channelId = (c: number, discordEvery: number) =>
  discordEvery > 0 && c % discordEvery === 0
    ? `${1_300_000_000_000_000_000n + BigInt(c)}`
    : `C${c}`;

/** Feeds, subscriptions and schedules in bulk (what 50,000 /news subscribe commands would leave). */
async function seed(url: string, world: World, o: RunOptions, due: Date): Promise<void> {
  const store = await openPgStore(url, { poolSize: 1 });
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const created = new Date(due.getTime() - 3600_000);
    await client.query(
      `INSERT INTO feeds (url, created_at) SELECT u, $2 FROM unnest($1::text[]) AS u`,
      [Array.from({ length: o.feeds }, (_, f) => world.feedUrl(f)), created],
    );
    const ids = new Map<string, number>(
      (await client.query('SELECT id, url FROM feeds')).rows.map((r) => [r.url, Number(r.id)]),
    );
    const discordEvery = o.discordShare > 0 ? Math.round(1 / o.discordShare) : 0;
    const platform: string[] = [];
    const channel: string[] = [];
    const feed: number[] = [];
    for (let c = 0; c < o.channels; c++) {
      for (let k = 0; k < o.perChannel; k++) {
        platform.push(discordEvery > 0 && c % discordEvery === 0 ? 'discord' : 'slack');
        channel.push(channelId(c, discordEvery));
        feed.push(ids.get(world.feedUrl((c * 7 + k * 131) % o.feeds)) ?? 0);
      }
    }
    await client.query(
      `INSERT INTO subscriptions (platform, channel_id, feed_id, created_at)
       SELECT p, c, f, $4 FROM unnest($1::text[], $2::text[], $3::bigint[]) AS u(p, c, f)
       ON CONFLICT DO NOTHING`,
      [platform, channel, feed, created],
    );
    const time = due.toISOString().slice(11, 16);
    const chans = Array.from({ length: o.channels }, (_, c) => channelId(c, discordEvery));
    await client.query(
      `INSERT INTO schedules (platform, channel_id, time, time_zone, weekdays_only, updated_at)
       SELECT CASE WHEN c LIKE 'C%' THEN 'slack' ELSE 'discord' END, c, $2, 'UTC', false, $3
       FROM unnest($1::text[]) AS c`,
      [chans, time, created],
    );
  } finally {
    await client.end();
  }
}

async function schemaSize(url: string, schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    return Number(r.rows[0]?.bytes ?? 0);
  } finally {
    await client.end();
  }
}

async function withSchema<T>(schema: string, fn: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(BASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

async function countFinished(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT count(*) AS n FROM deliveries WHERE status IN ('sent', 'empty')`,
    );
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function run(label: string, o: RunOptions): Promise<RunResult> {
  const world = await startWorld({
    feeds: o.feeds,
    items: o.items,
    fault429: 0.01,
    fault500: 0.005,
  });
  const schema = `fleet_bench_${process.pid}`;
  try {
    return await withSchema(schema, async (url) => {
      // Due at the first minute boundary at least 20 s away: time to start and poll first.
      const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
      await seed(url, world, o, due);
      const reports = new Map<string, ReplicaReport>();
      const replicas: ChildProcess[] = [];
      /** Who summarized each story, and when: a story made twice says by whom and how far apart. */
      const summarizers = new Map<string, { by: string; at: number }[]>();
      for (let r = 0; r < o.replicas; r++) {
        const child = fork(fileURLToPath(new URL('./fleet-replica.js', import.meta.url)), [], {
          execArgv: (process.env.FLEET_REPLICA_NODE_ARGS ?? '').split(' ').filter(Boolean),
          env: {
            ...process.env,
            REPLICA_NAME: `replica-${r}`,
            WORLD_ORIGIN: world.origin,
            DATABASE_URL: url,
            LEASE_MS: String(LEASE_MS),
            CONCURRENCY: String(o.concurrency),
          },
        });
        child.on('message', (m) => {
          const rep = m as ReplicaReport;
          reports.set(rep.name, rep);
          for (const { key, at } of rep.summarized)
            summarizers.set(key, [...(summarizers.get(key) ?? []), { by: rep.name, at }]);
        });
        replicas.push(child);
      }
      console.log(
        `${label}: ${o.replicas} replica(s), ${o.channels} channels due at ${due.toISOString().slice(11, 19)}`,
      );
      // CPU spent by each part of the run, to say what the cores were busy with: the replicas
      // (they report their own), this process (the fake feeds and platform APIs) and Postgres.
      const harnessCpu0 = process.cpuUsage();
      const postgresCpu0 = postgresCpuSeconds();
      const deadline = due.getTime() + 15 * 60_000;
      let killed = !o.kill || o.replicas < 2;
      let finished = 0;
      const loads: number[] = [];
      const progress = { half: Number.NaN, most: Number.NaN };
      while (Date.now() < deadline) {
        await sleep(250);
        finished = await countFinished(url);
        if (Date.now() >= due.getTime()) loads.push(loadavg()[0] ?? 0);
        const since = (Date.now() - due.getTime()) / 1000;
        if (Number.isNaN(progress.half) && finished >= o.channels / 2) progress.half = since;
        if (Number.isNaN(progress.most) && finished >= o.channels * 0.9) progress.most = since;
        if (!killed && finished >= o.channels / 3) {
          replicas[0]?.kill('SIGKILL');
          killed = true;
          console.log(
            `  killed replica-0 at ${finished} briefings finished, ${((Date.now() - due.getTime()) / 1000).toFixed(1)} s after the due minute`,
          );
        }
        if (finished >= o.channels) break;
      }
      // Two more leases and ticks: a delivery taken over twice would show up now.
      await sleep(2 * LEASE_MS);
      const seconds = (world.lastDeliveryAt() - due.getTime()) / 1000;
      const harnessCpu = process.cpuUsage(harnessCpu0);
      const postgresCpu = postgresCpuSeconds() - postgresCpu0;
      const dbBytes = await schemaSize(url, schema);
      for (const c of replicas) if (c.exitCode === null && !c.killed) c.kill('SIGTERM');
      await Promise.all(
        replicas.map((c) =>
          c.exitCode !== null || c.signalCode !== null
            ? undefined
            : new Promise((resolve) => c.once('exit', resolve)),
        ),
      );
      let doubled = 0;
      let messages = 0;
      for (const hashes of world.delivered.values()) {
        messages += hashes.length;
        doubled += hashes.length - new Set(hashes).size;
      }
      const lost = o.channels - world.delivered.size;
      const fetches = [...Array.from({ length: o.feeds }, (_, f) => world.feedFetches.get(f) ?? 0)];
      // Each story's makers; the ones made more than once, and whether the killed replica made
      // them first (it died before storing, or before its claim could be seen done).
      const made = [...summarizers.values()];
      const twice = made.filter((m) => m.length > 1);
      const killing = o.kill && o.replicas >= 2;
      return {
        label,
        seconds,
        doubled,
        lost,
        fetchesPerFeed: {
          min: Math.min(...fetches),
          max: Math.max(...fetches),
          mean: fetches.reduce((a, b) => a + b, 0) / fetches.length,
        },
        summariesPerArticle: {
          articles: made.length,
          summaries: made.reduce((n, m) => n + m.length, 0),
          max: Math.max(0, ...made.map((m) => m.length)),
          againAfterKill: killing ? twice.filter((m) => m[0]?.by === KILLED_REPLICA).length : 0,
          // By whom, seconds after the due minute.
          twice: twice.map((m) =>
            m
              .map(({ by, at }) => `${by} at ${((at - due.getTime()) / 1000).toFixed(1)} s`)
              .join(', '),
          ),
        },
        peakRssMb: [...reports.values()]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((r) => Math.round(r.peakRss / 1024 / 1024)),
        dbMb: Math.round(dbBytes / 1024 / 1024),
        served: world.served,
        discord: discordRates(world.discordRequests, process.env.FLEET_DISCORD_LOG),
        slots: [...reports.values()].reduce((n, r) => n + r.slots, 0),
        messages,
        progress,
        load: {
          mean: loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length),
          max: Math.max(0, ...loads),
        },
        cpuSeconds: {
          // (The killed replica's CPU is counted up to its last report, half a second or less
          // before it died.)
          replicas: [...reports.values()].reduce((n, r) => n + r.cpuMs / 1000, 0),
          harness: (harnessCpu.user + harnessCpu.system) / 1e6,
          postgres: postgresCpu,
        },
      };
    });
  } finally {
    await world.close();
  }
}

/** The replica the benchmark kills (replicas[0]). */
const KILLED_REPLICA = 'replica-0';

function print(r: RunResult): void {
  console.log(`  ${r.label}`);
  console.log(`    time from the due minute to the last briefing: ${r.seconds.toFixed(1)} s`);
  console.log(
    `    half the briefings out at ${r.progress.half.toFixed(1)} s, 90% at ${r.progress.most.toFixed(1)} s; load average (1 min) during the run: mean ${r.load.mean.toFixed(1)}, max ${r.load.max.toFixed(1)}`,
  );
  console.log(`    briefings doubled: ${r.doubled}, lost: ${r.lost} (${r.messages} messages)`);
  console.log(
    `    fetches per feed: min ${r.fetchesPerFeed.min}, max ${r.fetchesPerFeed.max}, mean ${r.fetchesPerFeed.mean.toFixed(2)}`,
  );
  console.log(
    `    summaries per article: ${(r.summariesPerArticle.summaries / Math.max(1, r.summariesPerArticle.articles)).toFixed(2)} (${r.summariesPerArticle.summaries} for ${r.summariesPerArticle.articles} articles, at most ${r.summariesPerArticle.max}; ${r.summariesPerArticle.twice.length} made more than once, ${r.summariesPerArticle.againAfterKill} of them first by the killed replica)`,
  );
  for (const made of r.summariesPerArticle.twice.slice(0, 10))
    console.log(`      made more than once: ${made}`);
  console.log(`    peak RSS per replica: ${r.peakRssMb.map((m) => `${m} MB`).join(', ')}`);
  const c = r.cpuSeconds;
  console.log(
    `    CPU: replicas ${c.replicas.toFixed(0)} s, fake feeds and APIs ${c.harness.toFixed(0)} s, Postgres ${Number.isNaN(c.postgres) ? 'unknown' : `${c.postgres.toFixed(0)} s`}; ${availableParallelism()} cores × ${r.seconds.toFixed(0)} s = ${(availableParallelism() * r.seconds).toFixed(0)} core-seconds`,
  );
  console.log(
    `    Discord: ${r.discord.requests} requests (${r.discord.gets} GET, ${r.discord.retries} retried messages); at most ${r.discord.maxPerSecond} in any 1 s; ${r.discord.secondsOver} calendar seconds over ${DISCORD_PER_SECOND}; ${r.discord.over.requests} requests arrived with ${DISCORD_PER_SECOND} already in the second before (${r.discord.over.gets} GET, ${r.discord.over.retries} retries); ${r.slots} slots reserved`,
  );
  console.log(
    `    database: ${r.dbMb} MB; platform answers: ${r.served.ok} ok, ${r.served.r429} × 429 (over the limit: Slack ${r.served.slack429}, Discord global ${r.served.discord429}, Discord per channel ${r.served.discordRoute429}; the rest scripted), ${r.served.r500} × 500`,
  );
}

async function main(): Promise<void> {
  const o: RunOptions = {
    feeds: arg('feeds', 1000),
    items: arg('items', 20),
    channels: arg('channels', 10_000),
    perChannel: arg('per-channel', 5),
    replicas: arg('replicas', 3),
    discordShare: arg('discord-share', 0.1),
    kill: !process.argv.includes('--no-kill'),
    concurrency: arg('concurrency', SCHEDULER_DEFAULTS.concurrency),
  };
  console.log(
    `fleet: ${o.feeds} feeds × ${o.items} items, ${o.channels} channels × ${o.perChannel} feeds (${Math.round(o.discordShare * 100)}% Discord), load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const only = arg('only', 0);
  const results: RunResult[] = [];
  if (only === 0 || only === o.replicas)
    results.push(await run(`${o.replicas} replicas${o.kill ? ', one killed' : ''}`, o));
  if (only === 0 || only === 1) results.push(await run('1 replica', { ...o, replicas: 1 }));
  for (const r of results) print(r);
  const [many, one] = results;
  if (many && one) console.log(`  speed-up: ${(one.seconds / many.seconds).toFixed(2)}×`);
}

await main();

/**
 * CPU seconds (user + system) of the machine's postgres processes, read from /proc (Linux);
 * NaN where /proc cannot be read. Backends that exit during the run take theirs with them: a
 * lower bound.
 */
function postgresCpuSeconds(): number {
  try {
    const ticks = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    }
    return total;
  } catch {
    return Number.NaN;
  }
}
