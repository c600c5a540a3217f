import { type REST, Routes } from 'discord.js';
import {
  messageKey,
  PartialPostError,
  type PostedMessage,
  type PostOptions,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { apiErrorCode } from './errors.js';
import { discordNonce } from './nonce.js';
import { throughPace } from './posting-rest.js';
import { type OutgoingMessage, renderReply, storiesPerMessage } from './render-embeds.js';
import { isForumType, messageBody, postToForum } from './threads.js';

/** Discord's answer to a message sent to a channel that takes none (a forum). */
const NON_TEXT_CHANNEL = 50008;

/** What the poster knows of the channel: its type (a forum?) and its server (for links). */
export interface ChannelFacts {
  readonly type?: number | undefined;
  /** The server's id ('@me' outside one); without it, posted messages get no link. */
  readonly guildId?: string | undefined;
}

/**
 * Posts a reply (a briefing, a notice) to a channel over REST, one request a message, each
 * request (a retry, a channel look-up too) after `options.pace`; `rest` should be a posting
 * client (createPostingRest), which leaves 429s and retries to this module. In a
 * forum channel (known from `channel.type`, or learnt from Discord refusing a plain message)
 * each story becomes a post of its own. A digest's messages are reported to
 * `options.onPosted` with their links. Throws PartialPostError when some went out first.
 */
export async function postReply(
  rest: REST,
  channelId: string,
  reply: Reply,
  options?: PostOptions,
  channel: ChannelFacts = {},
): Promise<void> {
  const messages = renderReply(reply, { buttons: true });
  if (isForumType(channel.type))
    return postForumPosts(rest, channelId, messages, reply, options, channel.guildId);
  const stories = storiesPerMessage(messages);
  const key = options?.idempotencyKey;
  try {
    await sendInOrder(messages, options, async (m, i) => {
      const sent = (await throughPace(options?.pace, () =>
        rest.post(Routes.channelMessages(channelId), {
          body: messageBody(m, key ? discordNonce(messageKey(key, i)) : undefined),
        }),
      )) as { id?: string };
      return posted(reply, channel.guildId, sent.id, `${channelId}/${sent.id}`, stories[i]);
    });
  } catch (e) {
    const reason = e instanceof PartialPostError ? e.reason : e;
    if (channel.type !== undefined || apiErrorCode(reason) !== NON_TEXT_CHANNEL) throw e;
    await options?.pace?.();
    const fetched = (await throughPace(options?.pace, () =>
      rest.get(Routes.channel(channelId)),
    )) as {
      type?: number;
      guild_id?: string;
    };
    if (!isForumType(fetched.type)) throw e;
    await postForumPosts(rest, channelId, messages, reply, options, fetched.guild_id ?? '@me');
  }
}

/** One forum post per story (a digest's header is no post); anything else, one per message. */
async function postForumPosts(
  rest: REST,
  forumId: string,
  messages: readonly OutgoingMessage[],
  reply: Reply,
  options: PostOptions | undefined,
  guildId: string | undefined,
): Promise<void> {
  const stories = messages.filter((m) => m.threadName !== undefined);
  const posts = stories.length > 0 ? stories : messages.filter((m) => !m.ephemeral);
  const shown = storiesPerMessage(posts);
  await sendInOrder(posts, options, async (m, i) => {
    const thread = await throughPace(options?.pace, () => postToForum(rest, forumId, m));
    // A forum post's first message has the post's (thread's) id.
    return posted(reply, guildId, thread.id, thread.id, shown[i]);
  });
}

/** What onPosted hears of a digest's message: its id, link and stories; nothing otherwise. */
function posted(
  reply: Reply,
  guildId: string | undefined,
  id: string | undefined,
  path: string,
  stories: readonly number[] | undefined,
): Omit<PostedMessage, 'index'> | undefined {
  if (reply.kind !== 'digest' || guildId === undefined || !id) return undefined;
  return { id, link: `https://discord.com/channels/${guildId}/${path}`, stories: stories ?? [] };
}
