import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Config } from '../../src/config.js';
import type { Logger, PostOptions, RunningAdapter } from '../../src/core/adapter.js';
import type { WorkGate } from '../../src/core/work-gate.js';
import type { HandlerDeps, Reply } from '../../src/handler/types.js';
import { describe } from './errors.js';
import { postReply } from './post-reply.js';
import { createPostingRest } from './posting-rest.js';
import { NO_MENTIONS, onInteraction } from './respond.js';
import { isForumType } from './threads.js';

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

  // Posts go through a client of their own, which leaves 429s and retries to the fleet's
  // pace (see createPostingRest); interactions are answered on the client's, which is not
  // bound by the global limit.
  const rest = createPostingRest(config.token, config.apiUrl);
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
      // Looked up once (then cached): the look-up is a request, paced like the rest.
      if (!client.channels.cache.has(channelId)) await options?.pace?.();
      const channel = await client.channels.fetch(channelId, { allowUnknownGuild: true });
      // A forum channel takes posts, not messages: each story of a briefing becomes one.
      if (!channel || !(channel.isSendable() || isForumType(channel.type)))
        throw new Error(`Discord channel ${channelId} is not a channel newsbrief can post in.`);
      // The guild may be uncached (fetched with allowUnknownGuild): the channel knows its id.
      const guildId = ('guildId' in channel && channel.guildId) || '@me';
      await postReply(rest, channelId, reply, options, { type: channel.type, guildId });
    },
    connected: () => client.isReady(),
    async stop(): Promise<void> {
      await client.destroy();
    },
  };
}
