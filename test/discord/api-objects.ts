/** Discord API objects as Discord sends them, shared by the fake REST API and the gateway payloads. */

/** The bot's user fields (without its id). */
export const BOT_USER = {
  username: 'newsbrief',
  discriminator: '0',
  global_name: null,
  avatar: null,
};

/** A guild text channel called #news. */
export function textChannel(id: string, guildId: string) {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name: 'news',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** A forum channel (type 15): every post in it is a thread. */
export function forumChannel(id: string, guildId: string) {
  return {
    ...textChannel(id, guildId),
    type: 15,
    name: 'briefings',
    available_tags: [],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: 0,
    default_thread_rate_limit_per_user: 0,
  };
}

/** A public thread (type 11) in channel `parentId`: on a message, or a forum post. */
export function threadChannel(
  thread: { readonly id: string; readonly parentId: string; readonly name: string },
  guildId: string,
) {
  return {
    id: thread.id,
    type: 11,
    guild_id: guildId,
    parent_id: thread.parentId,
    name: thread.name,
    owner_id: '1100000000000000001',
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: '2026-11-27T09:00:00.000000+00:00',
      locked: false,
    },
  };
}

export interface BotMessageParts {
  readonly id: string;
  readonly channelId: string;
  /** The bot's application id, or the webhook's id for a webhook message. */
  readonly authorId: string;
  readonly timestamp: string;
  readonly content?: string;
  readonly embeds?: readonly unknown[];
  readonly components?: readonly unknown[];
  readonly flags?: number;
  /** Set for a message a webhook posted. */
  readonly webhookId?: string;
}

/** A message the bot (or one of its webhooks) posted. */
export function botMessage(m: BotMessageParts) {
  return {
    id: m.id,
    channel_id: m.channelId,
    type: 0,
    content: m.content ?? '',
    embeds: m.embeds ?? [],
    components: m.components ?? [],
    author: { id: m.authorId, ...BOT_USER, bot: true },
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: m.timestamp,
    edited_timestamp: null,
    flags: m.flags ?? 0,
    ...(m.webhookId ? { webhook_id: m.webhookId } : {}),
  };
}
