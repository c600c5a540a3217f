import { type REST, Routes } from 'discord.js';
import {
  messageKey,
  PartialPostError,
  type PostOptions,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import { apiErrorCode } from './errors.js';
import { discordNonce } from './nonce.js';
import { type OutgoingMessage, renderReply } from './render-embeds.js';
import { isForumType, messageBody, postToForum } from './threads.js';

/** Discord's answer to a message sent to a channel that takes none (a forum). */
const NON_TEXT_CHANNEL = 50008;

/**
 * Posts a reply (a briefing, a notice) to a channel over REST, one request a message. In a
 * forum channel (`channelType` 15, or learnt from Discord refusing a plain message) each
 * story becomes a post of its own. Throws PartialPostError when some went out first.
 */
export async function postReply(
  rest: REST,
  channelId: string,
  reply: Reply,
  options?: PostOptions,
  channelType?: number,
): Promise<void> {
  const messages = renderReply(reply, { buttons: true });
  if (isForumType(channelType)) return postForumPosts(rest, channelId, messages, options);
  const key = options?.idempotencyKey;
  try {
    await sendInOrder(messages, options, async (m, i) => {
      await rest.post(Routes.channelMessages(channelId), {
        body: messageBody(m, key ? discordNonce(messageKey(key, i)) : undefined),
      });
    });
  } catch (e) {
    const reason = e instanceof PartialPostError ? e.reason : e;
    if (channelType !== undefined || apiErrorCode(reason) !== NON_TEXT_CHANNEL) throw e;
    const channel = (await rest.get(Routes.channel(channelId))) as { type?: number };
    if (!isForumType(channel.type)) throw e;
    await postForumPosts(rest, channelId, messages, options);
  }
}

/** One forum post per story (a digest's header is no post); anything else, one per message. */
async function postForumPosts(
  rest: REST,
  forumId: string,
  messages: readonly OutgoingMessage[],
  options: PostOptions | undefined,
): Promise<void> {
  const stories = messages.filter((m) => m.threadName !== undefined);
  const posts = stories.length > 0 ? stories : messages.filter((m) => !m.ephemeral);
  await sendInOrder(posts, options, (m) => postToForum(rest, forumId, m));
}
