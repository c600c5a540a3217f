import { REST, Routes } from 'discord.js';
import {
  messageKey,
  type PostOptions,
  type RunningAdapter,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { discordNonce } from './nonce.js';
import { renderReply, storiesPerMessage } from './render-embeds.js';
import { NO_MENTIONS } from './respond.js';

export interface DiscordPosterConfig {
  readonly token: string;
  /** REST root without /v10 (DISCORD_API_URL); default Discord's. */
  readonly apiUrl?: string | undefined;
}

/**
 * Posts replies to channels over REST alone, without a gateway connection: one request a
 * message (no channel fetch first). discord.js's REST client keeps the per-route buckets
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
      const messages = renderReply(reply, { buttons: true });
      const stories = storiesPerMessage(messages);
      // Links to a digest's messages name the channel's server: asked once per channel.
      const guild =
        reply.kind === 'digest' && options?.onPosted ? await guildOf(channelId) : undefined;
      await sendInOrder(messages, options, async (m, i) => {
        const key = options?.idempotencyKey;
        const sent = (await rest.post(Routes.channelMessages(channelId), {
          body: {
            ...(m.content !== undefined ? { content: m.content } : {}),
            embeds: m.embeds,
            components: m.components,
            allowed_mentions: NO_MENTIONS,
            // Discord answers a repeated nonce with the message it already created.
            ...(key ? { nonce: discordNonce(messageKey(key, i)), enforce_nonce: true } : {}),
          },
        })) as { id?: string };
        if (guild === undefined || !sent.id) return undefined;
        const link = `https://discord.com/channels/${guild}/${channelId}/${sent.id}`;
        return { id: sent.id, link, stories: stories[i] ?? [] };
      });
    },
  };
}
