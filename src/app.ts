import type { TerminalLook } from '../adapters/terminal/format.js';
import { createArticleFetcher } from './articles/fetch-article.js';
import { createSafeFetch } from './articles/safe-fetch.js';
import {
  type BriefingRuntime,
  createBriefingRuntime,
  describeOutcome,
} from './briefing/runtime.js';
import { createDevelopingStories } from './briefing/story-changes.js';
import { type Config, ConfigError } from './config.js';
import { consoleLogger, type Logger, type RunningAdapter } from './core/adapter.js';
import { type ReadinessProbe, runChecks, startHealthServer } from './core/health.js';
import { createLogger } from './core/logger.js';
import { shutDown } from './core/shutdown.js';
import { createWorkGate, type WorkGate } from './core/work-gate.js';
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
export async function createDeps(config: Config, log: Logger = consoleLogger): Promise<AppDeps> {
  const fetch = createSafeFetch({ ...config.fetch, log });
  const store = await openStore(config.databaseUrl, { poolSize: config.databasePoolSize });
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
    discordShards: config.discord?.shards,
    fetch,
    fetchArticle,
    summarize: work.summarize,
    parseFeed: work.parseFeed,
  });
  return {
    fetchArticle,
    memory: store.value.memory,
    summaries: store.value.summaryCache,
    settings: store.value,
    now: () => new Date(),
    briefings: briefingRuntime.service,
    developing: createDevelopingStories(store.value, () => new Date()),
    briefingRuntime,
    work,
  };
}

export interface AdapterHooks {
  /** The graceful stop's gate (acknowledged work runs inside it). */
  readonly work?: WorkGate;
  /** Answers /healthz and /readyz where an adapter has an HTTP port (Slack over HTTP). */
  readonly readiness?: ReadinessProbe;
}

/** Starts every platform adapter whose variables are set. Adapters load lazily to keep the CLI fast. */
export async function startAdapters(
  config: Config,
  deps: HandlerDeps,
  log: Logger,
  hooks: AdapterHooks = {},
): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  try {
    if (config.slack) {
      const { startSlackAdapter } = await import('../adapters/slack/index.js');
      running.push(await startSlackAdapter(config.slack, deps, log, hooks));
    }
    if (config.discord) {
      const { startDiscordAdapter } = await import('../adapters/discord/index.js');
      running.push(await startDiscordAdapter(config.discord, deps, log, hooks));
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
  /** Help lines for those commands. */
  readonly extraHelp: readonly string[];
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
  look?: TerminalLook,
): Promise<LocalDeps> {
  const { readArticleFile } = await import('./articles/read-file.js');
  const { TERMINAL_CHANNEL, terminalPoster } = await import('../adapters/terminal/index.js');
  const app = await createDeps(config);
  const scheduler = await app.briefingRuntime.start([terminalPoster(output, look)]);
  const deps: HandlerDeps = { ...app, readArticleFile: (path) => readArticleFile(path) };
  return {
    deps,
    extraHelp: ["/news morning: this morning's briefing for the terminal, now"],
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

/** The process's logger from configuration: JSON unless stderr is a terminal; never the secrets. */
export function appLogger(config: Config): Promise<Logger> {
  const tty = Boolean(process.stderr.isTTY);
  return createLogger({
    level: config.logLevel,
    pretty: tty,
    color: tty && config.color,
    secrets: [
      config.slack?.botToken,
      config.slack?.signingSecret,
      config.slack?.appToken,
      config.discord?.token,
      // DATABASE_URL is not listed whole (a SQLite path is worth seeing); its password, if
      // any, is replaced like every password in a URL.
    ],
  });
}

/**
 * `newsbrief serve`: start the adapters, the health endpoints and the briefing scheduler;
 * on SIGTERM or SIGINT stop gracefully (see shutDown) and exit 0.
 */
export async function serveAll(config: Config, logger?: Logger): Promise<void> {
  const log = logger ?? (await appLogger(config));
  const deps = await createDeps(config, log);
  const work = createWorkGate();
  let phase: 'starting' | 'serving' | 'stopping' = 'starting';
  const running: RunningAdapter[] = [];
  const readiness: ReadinessProbe = () =>
    runChecks({
      process: () => (phase === 'serving' ? 'ok' : phase),
      store: async () => {
        await deps.briefingRuntime.store.ping?.();
        return 'ok';
      },
      adapters: () => {
        const down = running.filter((a) => a.connected && !a.connected()).map((a) => a.platform);
        return down.length === 0 ? 'ok' : `not connected: ${down.join(', ')}`;
      },
    });
  let health: Awaited<ReturnType<typeof startHealthServer>> | undefined;
  // The handlers come first: an adapter answers commands as soon as it is up, so a SIGTERM
  // can arrive while the rest still starts; it is kept and acted on once start-up is done
  // (without a handler, Node's default would kill the process mid-command).
  let pending: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (phase === 'starting') pending ??= signal;
    else stop(signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  running.push(...(await startAdapters(config, deps, log, { work, readiness })));
  // Slack over HTTP answers the probes on its own port; a separate HEALTH_PORT serves the rest.
  const slackHttpPort = config.slack?.mode === 'http' ? config.slack.port : undefined;
  health =
    config.healthPort !== undefined && config.healthPort !== slackHttpPort
      ? await startHealthServer(config.healthPort, readiness)
      : undefined;
  await deps.briefingRuntime.start(running, log);
  phase = 'serving';
  log.info(
    `serving: ${running.map((r) => r.platform).join(', ')}; briefings scheduled${health ? `; health on port ${health.port}` : ''}`,
  );
  if (pending) stop(pending);
  function stop(signal: NodeJS.Signals) {
    if (phase === 'stopping') return;
    phase = 'stopping';
    void shutDown(signal, {
      gate: work,
      adapters: running,
      stopBriefings: () => deps.briefingRuntime.stop(),
      closeStore: () => deps.briefingRuntime.store.close(),
      closeOthers: async () => {
        await health?.close();
        await deps.work.close();
      },
      log,
      timeoutMs: config.shutdownTimeoutMs,
    }).finally(() => process.exit(0));
  }
  // One user's failed request must not take the bot down for everyone: log a stray
  // rejection and keep serving (each adapter already answers its user with an error).
  process.on('unhandledRejection', (e) => {
    log.error(`unhandled: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  });
}
