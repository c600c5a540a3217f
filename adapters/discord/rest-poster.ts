import { REST } from 'discord.js';
import type { PostOptions, RunningAdapter } from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { postReply } from './post-reply.js';

export interface DiscordPosterConfig {
  readonly token: string;
  /** REST root without /v10 (DISCORD_API_URL); default Discord's. */
  readonly apiUrl?: string | undefined;
}

/**
 * Posts replies to channels over REST alone, without a gateway connection: one request a
 * message (no channel fetch first; a forum channel is recognized when Discord refuses a
 * plain message there, and then gets one post per story). discord.js's REST client keeps the per-route buckets
 * and honours 429s; the fleet-wide global limit is the scheduler's pace.
 */
export function createDiscordRestPoster(
  config: DiscordPosterConfig,
): Pick<RunningAdapter, 'platform' | 'post'> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  return {
    platform: 'discord',
    post: (channelId: string, reply: Reply, options?: PostOptions) =>
      postReply(rest, channelId, reply, options),
  };
}
