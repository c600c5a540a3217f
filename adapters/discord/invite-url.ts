import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/**
 * What the bot needs to post digests to a channel itself (SendMessages also opens forum
 * posts), to answer follow-ups in threads (CreatePublicThreads on a summary or story,
 * SendMessagesInThreads) and to read a thread's first message to know its story
 * (ReadMessageHistory). Answering `/news` itself needs none: interaction replies are webhook
 * messages. Webhook-only teams can leave all of these out.
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

/** The URL a server admin opens to add newsbrief (bot + slash commands, minimal permissions). */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
    integration_type: '0',
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}
