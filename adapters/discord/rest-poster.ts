import { REST, Routes } from 'discord.js';
import {
  messageKey,
  type PostOptions,
  type RunningAdapter,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { discordNonce } from './nonce.js';
import { renderReply } from './render-embeds.js';
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
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
      const messages = renderReply(reply, { buttons: true });
      await sendInOrder(messages, options, async (m, i) => {
        const key = options?.idempotencyKey;
        await rest.post(Routes.channelMessages(channelId), {
          body: {
            ...(m.content !== undefined ? { content: m.content } : {}),
            embeds: m.embeds,
            components: m.components,
            allowed_mentions: NO_MENTIONS,
            // Discord answers a repeated nonce with the message it already created.
            ...(key ? { nonce: discordNonce(messageKey(key, i)), enforce_nonce: true } : {}),
          },
        });
      });
    },
  };
}
