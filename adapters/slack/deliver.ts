import { setTimeout as sleep } from 'node:timers/promises';
import type { RespondFn, webApi } from '@slack/bolt';
import {
  type Logger,
  messageKey,
  PartialPostError,
  type PostOptions,
  sendInOrder,
} from '../../src/core/adapter.js';
import type { Reply } from '../../src/handler/types.js';
import type { SlackMessage } from './blocks.js';
import { SLACK_RATE_LIMIT_RETRIES } from './client-options.js';
import { isEphemeral, renderReply, storiesIn } from './render-blocks.js';

/** Where a reply goes: the channel, and when known the user who asked and their response_url. */
export interface ReplyTarget {
  readonly channelId: string;
  readonly userId?: string | undefined;
  /** Bolt's response_url helper (slash commands and buttons have one; modals do not). */
  readonly respond?: RespondFn | undefined;
  /** The thread to answer in: the ts of the message whose follow-up this is. */
  readonly threadTs?: string | undefined;
}

/** Platform errors after which the command's response_url can still reach the channel. */
const CANNOT_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
]);

/**
 * Posts a reply. Summaries, answers and quotes go to the channel (or the thread `threadTs`
 * names) with chat.postMessage
 * (via the response_url as `in_channel` when the bot is not a member); help and errors go
 * to the asking user only. Long replies are several messages, posted in order.
 * Rate limits and 5xx retries are the WebClient's job (see client-options.ts).
 * Throws when Slack finally refuses; callers decide whom to tell.
 */
export async function deliver(
  client: webApi.WebClient,
  reply: Reply,
  target: ReplyTarget,
  options?: PostOptions,
): Promise<void> {
  const messages = renderReply(reply, { userId: target.userId });
  if (isEphemeral(reply)) return deliverEphemeral(client, messages, target);
  const key = options?.idempotencyKey;
  let skip = options?.skip ?? 0;
  if (key && options?.resuming) {
    const before = skip;
    skip = await skipDelivered(client, target.channelId, key, skip);
    // Found in the channel already: they count as sent (the briefing records how many are out).
    if (skip > before) await options.onSent?.(skip, messages.length);
  }
  try {
    await sendInOrder(messages, { ...options, skip }, async (message, i) => {
      const posted = await waitingOutRateLimits(options?.pace, () =>
        client.chat.postMessage({
          channel: target.channelId,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          // Marks the message so a replica finishing this briefing can see it is out already.
          ...(key
            ? {
                metadata: {
                  event_type: METADATA_EVENT,
                  event_payload: { key: messageKey(key, i) },
                },
              }
            : {}),
        }),
      );
      const stories = storiesIn(message);
      if (!options?.onPosted || !posted.ts || stories.length === 0) return undefined;
      return { id: posted.ts, link: await permalink(client, target.channelId, posted.ts), stories };
    });
  } catch (e) {
    const partial = e instanceof PartialPostError;
    const cause = partial ? e.reason : e;
    if (!target.respond || !CANNOT_POST.has(platformError(cause) ?? '')) throw e;
    for (const rest of messages.slice(partial ? e.sent : skip)) {
      await target.respond({
        response_type: 'in_channel',
        replace_original: false,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...rest,
      });
    }
  }
}

/**
 * Runs a Web API call, waiting out each 429 it gets for its Retry-After and trying again
 * (up to SLACK_RATE_LIMIT_RETRIES times), paced again first: the retry is the message that
 * counts against the channel's limit, so the next message keeps its distance from the retry.
 * Only a client made with postingClientOptions hands 429s back; the default client waits
 * them out itself, pausing all its requests.
 */
async function waitingOutRateLimits<T>(
  pace: (() => Promise<void>) | undefined,
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const seconds = rateLimitedFor(e);
      if (seconds === undefined || attempt >= SLACK_RATE_LIMIT_RETRIES) throw e;
      await sleep(seconds * 1000);
      await pace?.();
    }
  }
}

/** The Retry-After (seconds) of a 429 the client handed back, if that is what `e` is. */
function rateLimitedFor(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, retryAfter } = e as { code?: unknown; retryAfter?: unknown };
  return code === 'slack_webapi_rate_limited_error' && typeof retryAfter === 'number'
    ? retryAfter
    : undefined;
}

/** The message's permalink (chat.getPermalink, no scope needed); none when Slack will not say. */
async function permalink(
  client: webApi.WebClient,
  channel: string,
  ts: string,
): Promise<string | undefined> {
  try {
    return (await client.chat.getPermalink({ channel, message_ts: ts })).permalink;
  } catch {
    return undefined;
  }
}

/** The metadata event type newsbrief's briefing messages carry (with their message key). */
export const METADATA_EVENT = 'newsbrief_message';

/**
 * Resuming a briefing another replica was posting: its last message may have reached Slack
 * without being recorded. Reads the channel's latest messages (channels:history) and skips
 * the ones already there, by their metadata. Without the scope, posts as before.
 */
async function skipDelivered(
  client: webApi.WebClient,
  channel: string,
  key: string,
  skip: number,
): Promise<number> {
  let found: Set<string>;
  try {
    const history = await client.conversations.history({
      channel,
      limit: 50,
      include_all_metadata: true,
    });
    found = new Set(
      (history.messages ?? []).flatMap((m) => {
        const payload = m.metadata?.event_payload as Record<string, unknown> | undefined;
        const k = m.metadata?.event_type === METADATA_EVENT ? payload?.key : undefined;
        return typeof k === 'string' ? [k] : [];
      }),
    );
  } catch {
    return skip;
  }
  let next = skip;
  while (found.has(messageKey(key, next))) next++;
  return next;
}

async function deliverEphemeral(
  client: webApi.WebClient,
  messages: readonly SlackMessage[],
  target: ReplyTarget,
): Promise<void> {
  for (const message of messages) {
    if (target.respond) {
      await target.respond({ response_type: 'ephemeral', replace_original: false, ...message });
    } else if (target.userId) {
      await client.chat.postEphemeral({
        channel: target.channelId,
        user: target.userId,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...message,
      });
    } else {
      await client.chat.postMessage({
        channel: target.channelId,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        ...message,
      });
    }
  }
}

/**
 * Delivers and never throws: when posting fails for good, the asking user is told
 * (ephemerally) and the failure is logged. For listeners, which have no one to rethrow to.
 */
export async function deliverOrReport(
  client: webApi.WebClient,
  reply: Reply,
  target: ReplyTarget,
  log: Logger,
): Promise<void> {
  try {
    await deliver(client, reply, target);
  } catch (e) {
    const code = platformError(e) ?? (e instanceof Error ? e.message : String(e));
    log.error(`Slack: could not post a ${reply.kind} reply to ${target.channelId}: ${code}`);
    if (isEphemeral(reply)) return;
    const hint =
      code === 'not_in_channel' || code === 'channel_not_found'
        ? 'Invite me to this channel (`/invite @newsbrief`) and try again.'
        : 'Slack did not accept the message; please try again in a minute.';
    try {
      await deliver(
        client,
        { kind: 'error', code: 'post_failed', message: `I could not post here (${code}). ${hint}` },
        target,
      );
    } catch {
      // Nobody left to tell; the log line above has it.
    }
  }
}

/** The `error` of a Slack platform error (`not_in_channel`, `invalid_auth`, …), if it is one. */
export function platformError(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('data' in e)) return undefined;
  const data = (e as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
