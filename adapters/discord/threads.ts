import { type APIMessage, ChannelType, MessageFlags, type REST, Routes } from 'discord.js';
import type { FollowUpTarget } from '../../src/handler/follow-up-target.js';
import { isStoryUrl } from '../../src/handler/follow-up-target.js';
import { DISCORD_LIMITS, truncate } from './discord-limits.js';
import { apiErrorCode } from './errors.js';
import type { OutgoingMessage } from './render-embeds.js';
import { commandFromButton } from './to-command.js';

/** Discord's JSON error codes this module acts on. */
const THREAD_ALREADY_CREATED = 160004;
const UNKNOWN_MESSAGE = 10008;

/** Threads archive after a day without messages (they reopen when someone writes). */
const AUTO_ARCHIVE_MINUTES = 1440;

/** The parts of a message this module reads (an API message or a discord.js Message fit). */
export interface MessageLike {
  readonly id: string;
  readonly embeds: readonly {
    readonly url?: string | null | undefined;
    readonly title?: string | null | undefined;
  }[];
  readonly components?: readonly unknown[] | undefined;
}

/** Channel types whose every post is a thread: one post per message sent there. */
export function isForumType(type: number | undefined): boolean {
  return type === ChannelType.GuildForum || type === ChannelType.GuildMedia;
}

/**
 * What a message of newsbrief's is about: the article ref its buttons carry, and the link of
 * its embed (a briefing story's buttons carry no ref; an expired ref falls back to the link).
 */
export function subjectOf(message: MessageLike | undefined): FollowUpTarget | undefined {
  if (!message) return undefined;
  let ref: string | undefined;
  for (const id of customIds(message.components ?? [])) {
    const command = commandFromButton(id);
    if (command && 'ref' in command && command.ref) {
      ref = command.ref;
      break;
    }
  }
  const url = message.embeds[0]?.url ?? undefined;
  const story = url && isStoryUrl(url) ? url : undefined;
  if (!ref && !story) return undefined;
  return { ...(ref ? { ref } : {}), ...(story ? { story } : {}) };
}

function customIds(components: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const c of components) {
    const row = c as { custom_id?: unknown; customId?: unknown; components?: unknown };
    const id = row.custom_id ?? row.customId;
    if (typeof id === 'string') out.push(id);
    if (Array.isArray(row.components)) out.push(...customIds(row.components));
  }
  return out;
}

/**
 * The thread on `message` (in channel `channelId`): the one it has, else a new public thread
 * named after its embed. A thread started from a message has the message's id.
 */
export async function threadOn(
  rest: REST,
  channelId: string,
  message: MessageLike & { readonly flags?: number | { readonly bitfield: number } | null },
): Promise<string> {
  const flags = typeof message.flags === 'number' ? message.flags : (message.flags?.bitfield ?? 0);
  if ((flags & MessageFlags.HasThread) !== 0) return message.id;
  const name = truncate(message.embeds[0]?.title || 'newsbrief', DISCORD_LIMITS.threadName);
  try {
    const thread = (await rest.post(Routes.threads(channelId, message.id), {
      body: { name, auto_archive_duration: AUTO_ARCHIVE_MINUTES },
    })) as { id: string };
    return thread.id;
  } catch (e) {
    // Someone (or another replica) opened it meanwhile: it has the message's id.
    if (apiErrorCode(e) === THREAD_ALREADY_CREATED) return message.id;
    throw e;
  }
}

/**
 * The first message of thread `threadId`: a forum post's is inside the thread, a thread
 * started from a message has that message (same id) in the parent channel.
 */
export async function starterMessage(
  rest: REST,
  threadId: string,
  parentId: string | null | undefined,
): Promise<APIMessage | undefined> {
  for (const channel of parentId ? [threadId, parentId] : [threadId]) {
    try {
      return (await rest.get(Routes.channelMessage(channel, threadId))) as APIMessage;
    } catch (e) {
      if (apiErrorCode(e) !== UNKNOWN_MESSAGE) throw e;
    }
  }
  return undefined;
}

/** The REST body of one outgoing message. */
export function messageBody(m: OutgoingMessage, nonce?: string) {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowed_mentions: { parse: [] },
    // Discord answers a repeated nonce with the message it already created.
    ...(nonce ? { nonce, enforce_nonce: true } : {}),
  };
}

/**
 * Opens a forum post with `m` as its first message, named after its story (or its first
 * line). Forum posts take no nonce; a resumed briefing relies on the recorded count.
 */
export async function postToForum(
  rest: REST,
  forumId: string,
  m: OutgoingMessage,
): Promise<{ id: string }> {
  const firstLine = (m.content ?? m.embeds[0]?.title ?? 'newsbrief').split('\n')[0] ?? 'newsbrief';
  const name = m.threadName ?? truncate(firstLine.replace(/\*\*/g, ''), DISCORD_LIMITS.threadName);
  return (await rest.post(Routes.threads(forumId), {
    body: { name, auto_archive_duration: AUTO_ARCHIVE_MINUTES, message: messageBody(m) },
  })) as { id: string };
}
