import { createArticleFetcher } from './articles/fetch-article.js';
import type { Config } from './config.js';
import type { Logger, RunningAdapter } from './core/adapter.js';
import { createInMemoryChannelMemory } from './handler/memory.js';
import type { HandlerDeps } from './handler/types.js';

/** Builds the handler's dependencies from configuration (the one place that wires the world). */
export function createDeps(config: Config): HandlerDeps {
  return {
    fetchArticle: createArticleFetcher({
      timeoutMs: config.fetch.timeoutMs,
      maxBytes: config.fetch.maxBytes,
    }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
  };
}

/** Starts every platform adapter whose variables are set. Adapters load lazily to keep the CLI fast. */
export async function startAdapters(
  config: Config,
  deps: HandlerDeps,
  log: Logger,
): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  if (config.slack) {
    const { startSlackAdapter } = await import('../adapters/slack/index.js');
    running.push(await startSlackAdapter(config.slack, deps, log));
  }
  if (config.discord) {
    const { startDiscordAdapter } = await import('../adapters/discord/index.js');
    running.push(await startDiscordAdapter(config.discord, deps, log));
  }
  return running;
}
