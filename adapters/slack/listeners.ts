import type { AckFn, App, BlockAction, RespondArguments, ViewSubmitAction } from '@slack/bolt';
import type { Logger } from '../../src/core/adapter.js';
import { withCommandLog } from '../../src/core/command-log.js';
import {
  OPEN_GATE,
  STOPPING_MESSAGE,
  STOPPING_REPLY,
  type WorkGate,
} from '../../src/core/work-gate.js';
import { targetFields } from '../../src/handler/follow-up-target.js';
import { handle } from '../../src/handler/handle.js';
import type { Command, CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';
import { ACTION_IDS, ASK_MODAL, SLASH_COMMAND } from './action-ids.js';
import { askModal, targetFromMetadata } from './ask-modal.js';
import { deliverOrReport, type ReplyTarget } from './deliver.js';
import { renderReply } from './render-blocks.js';
import { buttonToCommand, slashTextToInput } from './to-command.js';

/**
 * Wires `/news`, the follow-up buttons and the Ask modal to the shared handler. Every
 * listener acks first (Slack allows 3 seconds) and does the slow work after, inside `work`:
 * once the process is stopping, new requests are told to try again and acknowledged ones
 * are finished.
 */
export function registerListeners(
  app: App,
  deps: HandlerDeps,
  log: Logger,
  work: WorkGate = OPEN_GATE,
): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    if (!work.open) return ackWithReply(ack, STOPPING_REPLY);
    const ctx = slackContext(command.channel_id, command.user_id);
    const target: ReplyTarget = { channelId: ctx.channelId, userId: ctx.userId, respond };
    const input = slashTextToInput(command.text ?? '');
    const kind = input.type === 'reply' ? 'unreadable' : input.command.kind;
    await work.run(() =>
      withCommandLog(log, `slack /news ${kind} in ${ctx.channelId}`, async (log) => {
        if (input.type === 'reply' || input.command.kind === 'help') {
          // Help and unreadable input are answered in the ack itself: nothing slow to wait for.
          const reply =
            input.type === 'reply' ? input.reply : await handle(input.command, ctx, deps);
          await ackWithReply(ack, reply);
          return;
        }
        await ack(ackFor(input.command));
        const reply = await handle(input.command, ctx, deps);
        await deliverOrReport(client, reply, target, log);
      }),
    );
  });

  app.action<BlockAction>(
    new RegExp(`^(${ACTION_IDS.more}|${ACTION_IDS.quotes})$`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const channelId = body.channel?.id;
      const command = buttonToCommand(action.action_id, buttonValue(action));
      if (!channelId || !command) return;
      // The answer goes to the thread of the message the button sits under.
      const target = { channelId, userId: body.user.id, respond, threadTs: threadOf(body) };
      if (!work.open) return deliverOrReport(client, STOPPING_REPLY, target, log);
      const what = `slack ${action.action_id} button in ${channelId}`;
      await work.run(() =>
        withCommandLog(log, what, async (log) => {
          const reply = await handle(command, slackContext(channelId, body.user.id), deps);
          await deliverOrReport(client, reply, target, log);
        }),
      );
    },
  );

  app.action<BlockAction>(ACTION_IDS.ask, async ({ ack, body, action, respond, client }) => {
    await ack();
    const channelId = body.channel?.id;
    if (!channelId) return;
    try {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: askModal(channelId, buttonValue(action), threadOf(body)),
      });
    } catch (e) {
      log.warn(`Slack: could not open the Ask modal (${e instanceof Error ? e.message : e})`);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Ask about the article with `/news ask <your question>`.',
      });
    }
  });

  app.view<ViewSubmitAction>(ASK_MODAL.callbackId, async ({ ack, view, body, client }) => {
    const question = view.state.values[ASK_MODAL.blockId]?.[ASK_MODAL.actionId]?.value?.trim();
    if (!question) {
      await ack({ response_action: 'errors', errors: { [ASK_MODAL.blockId]: 'Type a question.' } });
      return;
    }
    if (!work.open) {
      await ack({
        response_action: 'errors',
        errors: { [ASK_MODAL.blockId]: STOPPING_MESSAGE },
      });
      return;
    }
    await ack();
    const target = targetFromMetadata(view.private_metadata);
    if (!target) return;
    const { channelId, about, threadTs } = target;
    await work.run(() =>
      withCommandLog(log, `slack Ask form in ${channelId}`, async (log) => {
        const reply = await handle(
          { kind: 'ask', question, ...targetFields(about) },
          slackContext(channelId, body.user.id),
          deps,
        );
        await deliverOrReport(client, reply, { channelId, userId: body.user.id, threadTs }, log);
      }),
    );
  });

  app.error(async (error) => {
    log.error(`Slack: ${error.code ?? 'error'}: ${error.message}`);
  });
}

/**
 * The thread a clicked button's follow-up belongs in: the thread its message is in, else a
 * new one under that message.
 */
function threadOf(body: BlockAction): string | undefined {
  const message = body.message as { ts?: unknown; thread_ts?: unknown } | undefined;
  const ts = message?.thread_ts ?? message?.ts ?? body.container?.message_ts;
  return typeof ts === 'string' ? ts : undefined;
}

/** A clicked button's value (our buttons carry what their message is about there). */
function buttonValue(action: BlockAction['actions'][number]): string | undefined {
  return action.type === 'button' ? action.value : undefined;
}

export function slackContext(channelId: string, userId: string | undefined): CommandContext {
  return { platform: 'slack', channelId, userId };
}

/** The immediate answer to a slash command whose work takes a while. */
function ackFor(command: Command): RespondArguments | undefined {
  if (command.kind === 'summarize') {
    const what = command.input.type === 'url' ? ` ${command.input.url}` : ' your text';
    return { response_type: 'ephemeral', text: `Summarizing${what}…` };
  }
  if (command.kind === 'digest')
    return { response_type: 'ephemeral', text: 'Gathering today’s stories…' };
  if (command.kind === 'subscribe')
    return { response_type: 'ephemeral', text: `Checking ${command.url}…` };
  // ask, more, quotes and the other feed commands answer from memory or storage at once.
  return undefined;
}

async function ackWithReply(ack: AckFn<string | RespondArguments>, reply: Reply): Promise<void> {
  const [first] = renderReply(reply);
  await ack(first ? { response_type: 'ephemeral', ...first } : undefined);
}
