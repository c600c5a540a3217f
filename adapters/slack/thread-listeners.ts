import type { App, webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/adapter.js';
import { withCommandLog } from '../../src/core/command-log.js';
import { OPEN_GATE, STOPPING_REPLY, type WorkGate } from '../../src/core/work-gate.js';
import {
  type FollowUpTarget,
  isFollowUp,
  withFollowUpTarget,
} from '../../src/handler/follow-up-target.js';
import { handle } from '../../src/handler/handle.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { deliverOrReport } from './deliver.js';
import { slackContext } from './listeners.js';
import { targetOfFollowUpButtons, threadTextToInput } from './to-command.js';

/**
 * A reply in a thread that newsbrief answers without being mentioned: `ask <question>`, or
 * `more [n]` / `quotes` alone (so "more importantly, …" in a conversation is left alone).
 */
const FOLLOW_UP = /^\s*(?:ask\s+\S|more(?:\s+\d+)?\s*$|quotes\s*$)/i;

/**
 * Follow-ups typed in a thread: slash commands cannot be used in threads (Slack's rule), so a
 * reply there that mentions the bot (`app_mention`) or starts with "ask …", "more" or
 * "quotes" (`message.channels` / `message.groups`) is read as a `/news` command. It acts on
 * the article of the thread's first message and is answered in that thread. Bolt
 * acknowledges events before the listener runs, so the 3-second rule holds.
 */
export function registerThreadListeners(
  app: App,
  deps: HandlerDeps,
  log: Logger,
  work: WorkGate = OPEN_GATE,
): void {
  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id || !event.user) return;
    await answerInThread(client, deps, log, work, {
      channelId: event.channel,
      userId: event.user,
      text: event.text,
      // A mention at the top of the channel is answered in a thread under it.
      threadTs: event.thread_ts ?? event.ts,
      inThread: event.thread_ts !== undefined,
    });
  });

  app.message(FOLLOW_UP, async ({ message, client, context }) => {
    if (message.subtype !== undefined || message.bot_id) return;
    const threadTs = message.thread_ts;
    if (!threadTs || threadTs === message.ts || !message.user) return;
    // A reply that mentions the bot is answered once, as an app_mention.
    if (context.botUserId && message.text?.includes(`<@${context.botUserId}>`)) return;
    await answerInThread(client, deps, log, work, {
      channelId: message.channel,
      userId: message.user,
      text: message.text ?? '',
      threadTs,
      inThread: true,
    });
  });
}

interface ThreadMessage {
  readonly channelId: string;
  readonly userId: string;
  readonly text: string;
  readonly threadTs: string;
  /** Whether the message is a reply in a thread (then its first message says what it is about). */
  readonly inThread: boolean;
}

async function answerInThread(
  client: webApi.WebClient,
  deps: HandlerDeps,
  log: Logger,
  work: WorkGate,
  m: ThreadMessage,
): Promise<void> {
  const target = { channelId: m.channelId, userId: m.userId, threadTs: m.threadTs };
  if (!work.open) return deliverOrReport(client, STOPPING_REPLY, target, log);
  const input = threadTextToInput(m.text);
  const kind = input.type === 'reply' ? 'unreadable' : input.command.kind;
  await work.run(() =>
    withCommandLog(log, `slack thread ${kind} in ${m.channelId}`, async (log) => {
      if (input.type === 'reply') return deliverOrReport(client, input.reply, target, log);
      const about =
        m.inThread && isFollowUp(input.command) ? await threadSubject(client, m, log) : undefined;
      const reply = await handle(
        withFollowUpTarget(input.command, about),
        slackContext(m.channelId, m.userId),
        deps,
      );
      await deliverOrReport(client, reply, target, log);
    }),
  );
}

/**
 * What a thread is about: the article named by the follow-up buttons of its first message
 * (a summary, or a story of a briefing), read with conversations.replies (channels:history,
 * groups:history). Undefined for a thread under someone else's message, or when Slack
 * refuses (then the channel's latest article is used, and the log says why).
 */
async function threadSubject(
  client: webApi.WebClient,
  m: ThreadMessage,
  log: Logger,
): Promise<FollowUpTarget | undefined> {
  try {
    const r = await client.conversations.replies({
      channel: m.channelId,
      ts: m.threadTs,
      limit: 1,
      inclusive: true,
    });
    const parent = r.messages?.find((msg) => msg.ts === m.threadTs);
    return targetOfFollowUpButtons(parent?.blocks);
  } catch (e) {
    log.warn(
      `Slack: could not read the first message of thread ${m.threadTs} in ${m.channelId} (${e instanceof Error ? e.message : String(e)}); answering about the channel's latest article. The app needs channels:history and groups:history.`,
    );
    return undefined;
  }
}
