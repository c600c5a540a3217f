import { z } from 'zod';
import { allowHostProblem, normalizeAllowHost } from './articles/allow-hosts.js';
import type { DiscordShards } from './core/discord-shard.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every variable newsbrief reads, validated at once. This is the only module that
 * touches `process.env`; everything else receives a `Config`.
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const urlString = optionalString.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
  message: 'must be an http(s) URL',
});

const intString = (def: number, min: number, max: number) =>
  optionalString
    .transform((v) => (v === undefined ? def : Number(v)))
    .refine((n) => Number.isInteger(n) && n >= min && n <= max, {
      message: `must be a whole number from ${min} to ${max}`,
    });

const schema = z.object({
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'must start with xoxb-',
  }),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'must start with xapp-',
  }),
  SLACK_API_URL: urlString,
  PORT: intString(3000, 1, 65535),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'must be a numeric snowflake id',
  }),
  DISCORD_GUILD_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'must be a numeric snowflake id',
  }),
  DISCORD_API_URL: urlString,
  DISCORD_SHARD_ID: optionalString.refine((v) => v === undefined || /^\d+(\s*,\s*\d+)*$/.test(v), {
    message: 'must be a shard number or a comma-separated list, e.g. 0 or 2,3',
  }),
  DISCORD_SHARD_COUNT: intString(1, 1, 100_000),
  DATABASE_URL: optionalString.transform((v) => v ?? './data/newsbrief.db'),
  DATABASE_POOL_SIZE: intString(10, 1, 200),
  FETCH_ALLOW_HOSTS: optionalString
    .transform((v) =>
      v === undefined
        ? []
        : v
            .split(',')
            .map((h) => h.trim())
            .filter(Boolean),
    )
    .superRefine((hosts, ctx) => {
      for (const h of hosts) {
        const problem = allowHostProblem(h);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
    })
    .transform((hosts) => hosts.map(normalizeAllowHost)),
  FETCH_TIMEOUT_MS: intString(10_000, 100, 120_000),
  FETCH_MAX_BYTES: intString(5_000_000, 10_000, 50_000_000),
  BRIEFING_MAX_STORIES: intString(8, 1, 20),
  BRIEFING_CATCHUP_MINUTES: intString(120, 0, 24 * 60),
  FEED_POLL_MINUTES: intString(15, 1, 24 * 60),
  BRIEFING_LEASE_SECONDS: intString(300, 2, 3600),
  BRIEFING_TICK_SECONDS: intString(60, 1, 60).refine((n) => 60 % n === 0, {
    message: 'must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)',
  }),
  BRIEFING_CONCURRENCY: intString(200, 1, 2000),
  HEALTH_PORT: optionalString
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .refine((n) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 65535), {
      message: 'must be a port number from 0 to 65535',
    }),
  LOG_LEVEL: optionalString
    .transform((v) => (v ?? 'info').toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })),
  SHUTDOWN_TIMEOUT_MS: intString(10_000, 0, 600_000),
  // https://no-color.org: any non-empty value turns colour off.
  NO_COLOR: z.string().optional(),
  WORKER_THREADS: intString(0, 0, 64),
  JOB_TIMEOUT_MS: intString(10_000, 100, 600_000),
  WORKER_QUEUE: intString(0, 0, 10_000),
  WORKER_MEMORY_MB: intString(512, 64, 16_384),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  readonly slack?: {
    readonly botToken: string;
    readonly signingSecret?: string | undefined;
    readonly appToken?: string | undefined;
    readonly apiUrl?: string | undefined;
    readonly port: number;
    /** Socket Mode when an app token is set, HTTP otherwise. */
    readonly mode: 'socket' | 'http';
  };
  readonly discord?: {
    readonly token: string;
    readonly applicationId?: string | undefined;
    readonly guildId?: string | undefined;
    readonly apiUrl?: string | undefined;
    /** The gateway shards this process runs (DISCORD_SHARD_ID of DISCORD_SHARD_COUNT); absent: all. */
    readonly shards?: DiscordShards | undefined;
  };
  /** DISCORD_APPLICATION_ID, also without a token: the invite URL needs only this. */
  readonly discordApplicationId?: string | undefined;
  readonly databaseUrl: string;
  /** Postgres connections per process. */
  readonly databasePoolSize: number;
  /** A listener for GET /healthz and /readyz alone (Socket Mode, Discord); unset: none. */
  readonly healthPort?: number | undefined;
  readonly logLevel: LogLevel;
  /** Colour on a terminal, unless NO_COLOR is set. */
  readonly color: boolean;
  /** How long a stop waits for acknowledged work before exiting anyway. */
  readonly shutdownTimeoutMs: number;
  readonly fetch: {
    readonly allowHosts: readonly string[];
    readonly timeoutMs: number;
    readonly maxBytes: number;
  };
  readonly briefing: {
    readonly maxStories: number;
    readonly catchUpMinutes: number;
    readonly pollMinutes: number;
    /** How long a replica's claim on a briefing holds without renewal (a dead replica's is taken over after it). */
    readonly leaseSeconds: number;
    /** How often each replica looks for due briefings. */
    readonly tickSeconds: number;
    /** Briefings one replica has in flight at once (composed 8 at a time, the rest posting). */
    readonly concurrency: number;
  };
  /** The worker pool that reads pages and summarizes (0: the default, cores / 256 per thread). */
  readonly work: {
    readonly threads: number;
    readonly timeoutMs: number;
    readonly maxQueue: number;
    readonly memoryMb: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success) throw new ConfigError(problems);
  const e = parsed.data;

  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN: required when other SLACK_ variables are set');
  }
  if (!e.DISCORD_TOKEN && (e.DISCORD_GUILD_ID || e.DISCORD_SHARD_ID)) {
    problems.push('DISCORD_TOKEN: required when DISCORD_GUILD_ID or DISCORD_SHARD_ID is set');
  }
  const shardIds = e.DISCORD_SHARD_ID?.split(',').map((id) => Number(id.trim()));
  if (shardIds?.some((id) => id >= e.DISCORD_SHARD_COUNT))
    problems.push(
      `DISCORD_SHARD_ID: each shard must be below DISCORD_SHARD_COUNT (${e.DISCORD_SHARD_COUNT}); shards are numbered from 0`,
    );
  if (!shardIds && e.DISCORD_SHARD_COUNT > 1)
    problems.push(
      'DISCORD_SHARD_ID: required with DISCORD_SHARD_COUNT (which shards this replica runs)',
    );
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET,
            appToken: e.SLACK_APP_TOKEN,
            apiUrl: e.SLACK_API_URL,
            port: e.PORT,
            mode: e.SLACK_APP_TOKEN ? ('socket' as const) : ('http' as const),
          },
        }
      : {}),
    ...(e.DISCORD_TOKEN
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
            ...(shardIds ? { shards: { ids: shardIds, count: e.DISCORD_SHARD_COUNT } } : {}),
          },
        }
      : {}),
    discordApplicationId: e.DISCORD_APPLICATION_ID,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    healthPort: e.HEALTH_PORT,
    logLevel: e.LOG_LEVEL,
    color: !e.NO_COLOR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    fetch: {
      allowHosts: e.FETCH_ALLOW_HOSTS,
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxBytes: e.FETCH_MAX_BYTES,
    },
    briefing: {
      maxStories: e.BRIEFING_MAX_STORIES,
      catchUpMinutes: e.BRIEFING_CATCHUP_MINUTES,
      pollMinutes: e.FEED_POLL_MINUTES,
      leaseSeconds: e.BRIEFING_LEASE_SECONDS,
      tickSeconds: e.BRIEFING_TICK_SECONDS,
      concurrency: e.BRIEFING_CONCURRENCY,
    },
    work: {
      threads: e.WORKER_THREADS,
      timeoutMs: e.JOB_TIMEOUT_MS,
      maxQueue: e.WORKER_QUEUE,
      memoryMb: e.WORKER_MEMORY_MB,
    },
  };
}
