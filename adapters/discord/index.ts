import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../src/config.js';
import {
  type Logger,
  messageKey,
  type PostOptions,
  type RunningAdapter,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { WorkGate } from '../../src/core/work-gate.js';
import type { HandlerDeps, Reply } from '../../src/handler/types.js';
import { describe } from './errors.js';
import { discordNonce } from './nonce.js';
import { renderReply, storiesPerMessage } from './render-embeds.js';
import { NO_MENTIONS, onInteraction, toPayload } from './respond.js';

export { inviteUrl } from './invite-url.js';
export { registerDiscordCommands } from './register.js';
export { postDigestToWebhook } from './webhook.js';

type DiscordConfig = NonNullable<Config['discord']>;

/**
 * Logs the bot in (Guilds intent only: slash commands need no message content), answers
 * `/news` interactions through the shared handler and posts replies to channels.
 */
export async function startDiscordAdapter(
  config: DiscordConfig,
  deps: HandlerDeps,
  log: Logger,
  options: { readonly work?: WorkGate } = {},
): Promise<RunningAdapter> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    // A large bot runs its gateway shards across replicas: this one runs DISCORD_SHARD_ID.
    ...(config.shards ? { shards: [...config.shards.ids], shardCount: config.shards.count } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void onInteraction(interaction, deps, log, options.work);
  });
  client.on(Events.Error, (e) => log.error(`Discord client: ${e.message}`));
  client.on(Events.Warn, (m) => log.warn(`Discord client: ${m}`));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (e) {
    await client.destroy();
    throw new Error(
      `Discord login failed (${describe(e)}). Check DISCORD_TOKEN: Developer Portal → your application → Bot → Reset Token.`,
    );
  }
  log.info(`Discord: logged in as ${client.user?.tag ?? 'the bot'}`);

  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
      const channel = await client.channels.fetch(channelId, { allowUnknownGuild: true });
      if (!channel?.isSendable())
        throw new Error(`Discord channel ${channelId} is not a channel newsbrief can post in.`);
      const messages = renderReply(reply, { buttons: true });
      const stories = storiesPerMessage(messages);
      await sendInOrder(messages, options, async (m, i) => {
        const key = options?.idempotencyKey;
        const sent = await channel.send({
          ...toPayload(m),
          // Discord answers a repeated nonce with the message it already created.
          ...(key ? { nonce: discordNonce(messageKey(key, i)), enforceNonce: true } : {}),
        });
        // The guild may be uncached (fetched with allowUnknownGuild): the channel knows its id.
        const guild = ('guildId' in channel && channel.guildId) || '@me';
        return reply.kind === 'digest'
          ? {
              id: sent.id,
              link: `https://discord.com/channels/${guild}/${channelId}/${sent.id}`,
              stories: stories[i] ?? [],
            }
          : undefined;
      });
    },
    connected: () => client.isReady(),
    async stop(): Promise<void> {
      await client.destroy();
    },
  };
}
