// Placeholder until the Discord adapter issue lands: serve refuses clearly instead of pretending.
import type { Config } from '../../src/config.js';
import type { Logger, RunningAdapter } from '../../src/core/adapter.js';
import type { HandlerDeps } from '../../src/handler/types.js';

export async function startDiscordAdapter(
  _config: NonNullable<Config['discord']>,
  _deps: HandlerDeps,
  _log: Logger,
): Promise<RunningAdapter> {
  throw new Error('The Discord adapter is not built yet.');
}
