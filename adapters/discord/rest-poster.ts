import { REST, Routes } from 'discord.js';
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
  const guilds = new Map<string, string>();
  /** The channel's server id ('@me' outside one); undefined when Discord will not say. */
  async function guildOf(channelId: string): Promise<string | undefined> {
    const known = guilds.get(channelId);
    if (known) return known;
    try {
      const channel = (await rest.get(Routes.channel(channelId))) as { guild_id?: string };
      const guild = channel.guild_id ?? '@me';
      if (guilds.size >= 10_000) guilds.clear();
      guilds.set(channelId, guild);
      return guild;
    } catch {
      return undefined;
    }
  }
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
      // Links to a digest's messages name the channel's server: asked once per channel.
      const guildId =
        reply.kind === 'digest' && options?.onPosted ? await guildOf(channelId) : undefined;
      await postReply(rest, channelId, reply, options, { guildId });
    },
  };
}
