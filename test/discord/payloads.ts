import { botMessage, textChannel, threadChannel } from './api-objects.js';

/** Gateway INTERACTION_CREATE payloads shaped like Discord's (discord.js 14.28 needs every field here). */
export interface Where {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly userId?: string;
  /** Set when the channel is a thread (or forum post) in this parent channel. */
  readonly parentId?: string;
}

export type OptionValue =
  | { readonly type: 3; readonly name: string; readonly value: string; readonly focused?: true }
  | { readonly type: 4; readonly name: string; readonly value: number }
  | { readonly type: 5; readonly name: string; readonly value: boolean };

export const str = (name: string, value: string): OptionValue => ({ type: 3, name, value });
export const int = (name: string, value: number): OptionValue => ({ type: 4, name, value });
export const bool = (name: string, value: boolean): OptionValue => ({ type: 5, name, value });
/** The string option the user is typing in, for an autocomplete interaction. */
export const typing = (name: string, value: string): OptionValue => ({
  type: 3,
  name,
  value,
  focused: true,
});

let next = 1_400_000_000_000_000_000n;
export const snowflake = (): string => String(next++);

function common(where: Where, id: string) {
  const userId = where.userId ?? '1500000000000000001';
  return {
    id,
    application_id: where.applicationId,
    token: `interaction-token-${id}-aW50ZXJhY3Rpb24gdG9rZW4gZm9yIHRlc3Rz`,
    version: 1,
    guild_id: where.guildId,
    channel_id: where.channelId,
    channel: where.parentId
      ? threadChannel(
          { id: where.channelId, parentId: where.parentId, name: 'a thread' },
          where.guildId,
        )
      : textChannel(where.channelId, where.guildId),
    guild: { id: where.guildId, locale: 'en-US', features: [] },
    member: {
      user: {
        id: userId,
        username: 'reader',
        discriminator: '0',
        global_name: 'Reader',
        avatar: null,
      },
      roles: [],
      permissions: '2248473465835073',
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': where.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** `/news <sub> [options]` typed in a server channel. */
export function slashCommand(where: Where, sub: string, options: readonly OptionValue[] = []) {
  return commandInteraction(2, where, sub, options);
}

/** Discord asking for choices while `/news <sub>` is typed (one option is `typing`). */
export function autocomplete(where: Where, sub: string, options: readonly OptionValue[]) {
  return commandInteraction(4, where, sub, options);
}

function commandInteraction(
  type: 2 | 4,
  where: Where,
  sub: string,
  options: readonly OptionValue[],
) {
  const id = snowflake();
  return {
    ...common(where, id),
    type,
    data: {
      id: '1600000000000000001',
      name: 'news',
      type: 1,
      options: [{ type: 1, name: sub, options }],
    },
  };
}

/** The message a clicked button sits under (by default an empty one of the bot's). */
export interface ClickedMessage {
  readonly id?: string;
  readonly embeds?: readonly unknown[];
  readonly components?: readonly unknown[];
  readonly flags?: number;
}

/** A click on a button of a message the bot posted. */
export function buttonClick(where: Where, customId: string, under: ClickedMessage = {}) {
  const id = snowflake();
  return {
    ...common(where, id),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: botMessage({
      id: under.id ?? snowflake(),
      channelId: where.channelId,
      authorId: where.applicationId,
      timestamp: '2026-11-27T09:00:00.000000+00:00',
      ...(under.embeds ? { embeds: under.embeds } : {}),
      ...(under.components ? { components: under.components } : {}),
      ...(under.flags !== undefined ? { flags: under.flags } : {}),
    }),
  };
}
