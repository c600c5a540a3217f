// Placeholder until the Slack adapter issue lands: serve refuses clearly instead of pretending.
import type { Config } from '../../src/config.js';
import type { Logger, RunningAdapter } from '../../src/core/adapter.js';
import type { HandlerDeps } from '../../src/handler/types.js';

export async function startSlackAdapter(
  _config: NonNullable<Config['slack']>,
  _deps: HandlerDeps,
  _log: Logger,
): Promise<RunningAdapter> {
  throw new Error('The Slack adapter is not built yet.');
}
