import { webApi } from '@slack/bolt';
import type { PostOptions, RunningAdapter } from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { postingClientOptions } from './client-options.js';
import { deliver } from './deliver.js';

export interface SlackPosterConfig {
  readonly botToken: string;
  readonly apiUrl?: string | undefined;
}

/**
 * Posts replies with the Web API alone (no receiver): what a replica that only sends
 * briefings needs. Same rendering, retries and 429 Retry-After handling as the app's `post`
 * (a 429 holds back the message it answers, not the posts to other channels).
 */
export function createSlackPoster(
  config: SlackPosterConfig,
  retryConfig?: webApi.RetryOptions,
): Pick<RunningAdapter, 'platform' | 'post'> {
  const client = new webApi.WebClient(config.botToken, {
    ...postingClientOptions(config.apiUrl, retryConfig),
    // A 429 it waits out is routine here, not worth a log line per message.
    logLevel: webApi.LogLevel.ERROR,
  });
  return {
    platform: 'slack',
    post: (channelId: string, reply: Reply, options?: PostOptions) =>
      deliver(client, reply, { channelId }, options),
  };
}
