import { Routes } from 'discord.js';
import type { PostOptions, RunningAdapter } from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { postReply } from './post-reply.js';
import { createPostingRest, throughPace } from './posting-rest.js';

export interface DiscordPosterConfig {
  readonly token: string;
  /** REST root without /v10 (DISCORD_API_URL); default Discord's. */
  readonly apiUrl?: string | undefined;
}

/**
 * Posts replies to channels over REST alone, without a gateway connection: one request a
 * message (no channel fetch first; a forum channel is recognized when Discord refuses a
 * plain message there, and then gets one post per story). Every request, the channel's
 * look-up and each retry too, waits for `options.pace` (the fleet-wide global limit); the
 * per-route buckets are read from Discord's headers (see createPostingRest).
 */
export function createDiscordRestPoster(
  config: DiscordPosterConfig,
): Pick<RunningAdapter, 'platform' | 'post'> {
  const rest = createPostingRest(config.token, config.apiUrl);
  const guilds = new Map<string, string>();
  /** The channel's server id ('@me' outside one); undefined when Discord will not say. */
  async function guildOf(
    channelId: string,
    pace: (() => Promise<void>) | undefined,
  ): Promise<string | undefined> {
    const known = guilds.get(channelId);
    if (known) return known;
    await pace?.();
    try {
      const channel = (await throughPace(pace, () => rest.get(Routes.channel(channelId)))) as {
        guild_id?: string;
      };
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
        reply.kind === 'digest' && options?.onPosted
          ? await guildOf(channelId, options.pace)
          : undefined;
      await postReply(rest, channelId, reply, options, { guildId });
    },
  };
}
