import { createArticleFetcher } from './articles/fetch-article.js';
import { createSafeFetch } from './articles/safe-fetch.js';
import {
  type BriefingRuntime,
  createBriefingRuntime,
  describeOutcome,
} from './briefing/runtime.js';
import { type Config, ConfigError } from './config.js';
import { consoleLogger, type Logger, type RunningAdapter } from './core/adapter.js';
import type { BriefingService, HandlerDeps, Reply } from './handler/types.js';
import { openStore } from './store/open-store.js';
import { createWorkPool, type WorkPool } from './work/pool.js';

export interface AppDeps extends HandlerDeps {
  readonly briefings: BriefingService;
  /** The store and the briefing scheduler: start it after the adapters, close it on shutdown. */
  readonly briefingRuntime: BriefingRuntime;
  /** Where pages are read and articles summarized, off the event loop: close it on shutdown. */
  readonly work: WorkPool;
}

/**
 * Builds the handler's dependencies from configuration (the one place that wires the world).
 * Opens the store DATABASE_URL names (creating ./data/newsbrief.db on first run); throws
 * ConfigError when it cannot.
 */
export function createDeps(config: Config, log: Logger = consoleLogger): AppDeps {
  const fetch = createSafeFetch({ ...config.fetch, log });
  const store = openStore(config.databaseUrl);
  if (!store.ok) throw new ConfigError([store.error.message]);
  const work = createWorkPool({
    ...(config.work.threads > 0 ? { threads: config.work.threads } : {}),
    ...(config.work.maxQueue > 0 ? { maxQueue: config.work.maxQueue } : {}),
    timeoutMs: config.work.timeoutMs,
    memoryMb: config.work.memoryMb,
    log,
  });
  const fetchArticle = createArticleFetcher({ fetch, readPage: work.readPage });
  const briefingRuntime = createBriefingRuntime(config.briefing, {
    store: store.value,
    fetch,
    fetchArticle,
    summarize: work.summarize,
  });
  return {
    fetchArticle,
    memory: store.value.memory,
    now: () => new Date(),
    briefings: briefingRuntime.service,
    briefingRuntime,
    work,
  };
}

/** Starts every platform adapter whose variables are set. Adapters load lazily to keep the CLI fast. */
export async function startAdapters(
  config: Config,
  deps: HandlerDeps,
  log: Logger,
): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  try {
    if (config.slack) {
      const { startSlackAdapter } = await import('../adapters/slack/index.js');
      running.push(await startSlackAdapter(config.slack, deps, log));
    }
    if (config.discord) {
      const { startDiscordAdapter } = await import('../adapters/discord/index.js');
      running.push(await startDiscordAdapter(config.discord, deps, log));
    }
  } catch (e) {
    // One platform failed to start: stop the ones already serving before reporting it.
    await Promise.allSettled(running.map((r) => r.stop()));
    throw e;
  }
  return running;
}

export interface LocalDeps {
  readonly deps: HandlerDeps;
  /** Terminal-only commands beyond the shared handler: `/news morning` runs this morning's briefing now. */
  readonly extra: (line: string) => Promise<Reply | undefined>;
  close(): Promise<void>;
}

/** The terminal-only command that simulates the morning: the channel's briefing, now. */
export const SIMULATE_MORNING = /^\/?(?:news\s+)?morning$/i;

/**
 * Terminal mode: the same dependencies as the platforms (SQLite store, briefings) plus
 * reading local files; briefings are posted to the terminal.
 */
export async function createLocalDeps(
  config: Config,
  output: NodeJS.WritableStream,
): Promise<LocalDeps> {
  const { readArticleFile } = await import('./articles/read-file.js');
  const { TERMINAL_CHANNEL, terminalPoster } = await import('../adapters/terminal/index.js');
  const app = createDeps(config);
  const scheduler = await app.briefingRuntime.start([terminalPoster(output)]);
  const deps: HandlerDeps = { ...app, readArticleFile: (path) => readArticleFile(path) };
  return {
    deps,
    extra: async (line) =>
      SIMULATE_MORNING.test(line.trim())
        ? describeOutcome(
            await scheduler.simulateMorning({ platform: 'terminal', channelId: TERMINAL_CHANNEL }),
          )
        : undefined,
    close: async () => {
      await app.briefingRuntime.close();
      await app.work.close();
    },
  };
}

/** `newsbrief serve`: start the adapters, then the briefing scheduler; stop both on SIGINT/SIGTERM. */
export async function serveAll(config: Config, log: Logger = consoleLogger): Promise<void> {
  const deps = createDeps(config, log);
  const running = await startAdapters(config, deps, log);
  await deps.briefingRuntime.start(running, log);
  log.info(`serving: ${running.map((r) => r.platform).join(', ')}; briefings scheduled`);
  const stop = async () => {
    try {
      await Promise.allSettled(running.map((r) => r.stop()));
      await deps.briefingRuntime.close();
      await deps.work.close();
    } catch (e) {
      log.error(`while stopping: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // One user's failed request must not take the bot down for everyone: log a stray
  // rejection and keep serving (each adapter already answers its user with an error).
  process.on('unhandledRejection', (e) => {
    log.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  });
}
