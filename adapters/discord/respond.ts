import {
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  MessageFlags,
  Routes,
} from 'discord.js';
import { suggestTimeZones } from '../../src/briefing/time-zones.js';
import type { Logger } from '../../src/core/adapter.js';
import { withCommandLog } from '../../src/core/command-log.js';
import { OPEN_GATE, STOPPING_MESSAGE, type WorkGate } from '../../src/core/work-gate.js';
import {
  type FollowUpTarget,
  isFollowUp,
  withFollowUpTarget,
} from '../../src/handler/follow-up-target.js';
import { handle } from '../../src/handler/handle.js';
import type { Command, CommandContext, HandlerDeps } from '../../src/handler/types.js';
import { COMMAND_NAME, helpText, TIME_ZONE_OPTION } from './command-definition.js';
import { apiErrorCode, describe } from './errors.js';
import { type OutgoingMessage, renderReply } from './render-embeds.js';
import { type MessageLike, messageBody, starterMessage, subjectOf, threadOn } from './threads.js';
import { commandFromButton, commandFromOptions } from './to-command.js';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** Mentions in article text must never ping anyone. */
export const NO_MENTIONS = { parse: [] } as const;

/**
 * Entry point for every interaction the client receives. Never throws. Once the process is
 * stopping (`work` closed) a new interaction is told to try again; one already deferred
 * runs inside `work`, so the stop waits for its answer.
 */
export async function onInteraction(
  interaction: Interaction,
  deps: HandlerDeps,
  log: Logger,
  work: WorkGate = OPEN_GATE,
): Promise<void> {
  if (!work.open) return refuseWhileStopping(interaction, log);
  const what = `discord ${interaction.isButton() ? 'button' : '/news'} in ${interaction.channelId ?? 'a DM'}`;
  // The interaction's own id is the request id: it is in Discord's records too.
  await work.run(() =>
    withCommandLog(log, what, (log) => answerInteraction(interaction, deps, log), interaction.id),
  );
}

async function refuseWhileStopping(interaction: Interaction, log: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    await interaction.reply({
      content: STOPPING_MESSAGE,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  } catch (e) {
    log.warn(
      `Discord interaction ${interaction.id}: could not say we are stopping: ${describe(e)}`,
    );
  }
}

async function answerInteraction(
  interaction: Interaction,
  deps: HandlerDeps,
  log: Logger,
): Promise<void> {
  try {
    if (interaction.isAutocomplete() && interaction.commandName === COMMAND_NAME) {
      await complete(interaction);
    } else if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
      const t = commandFromOptions(interaction.options);
      if (t.type !== 'command') {
        await interaction.reply({
          content: t.type === 'help' ? helpText(t.problem) : `⚠️ ${t.message}`,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      await answer(interaction, t.command, deps);
    } else if (interaction.isButton()) {
      const command = commandFromButton(interaction.customId);
      // The button acts on its own message's article (a story's link when it has no ref).
      const about = subjectOf(messageLike(interaction.message));
      if (command) await answer(interaction, withFollowUpTarget(command, about), deps);
    }
  } catch (e) {
    log.error(`Discord interaction ${interaction.id} failed: ${describe(e)}`);
    await tellUserItFailed(interaction, log);
  }
}

/** Choices for the option being typed: the briefing's time zone. */
async function complete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices =
    focused.name === TIME_ZONE_OPTION
      ? suggestTimeZones(String(focused.value)).map((z) => ({ name: z, value: z }))
      : [];
  await interaction.respond(choices);
}

/** Best effort: a deferred interaction that failed should not stay "thinking…" forever. */
async function tellUserItFailed(interaction: Interaction, log: Logger): Promise<void> {
  if (!interaction.isRepliable() || !interaction.deferred) return;
  try {
    await interaction.editReply({
      content: '⚠️ Discord did not accept my answer. Please try again in a minute.',
      embeds: [],
      components: [],
    });
  } catch (e) {
    log.warn(`Could not report the failure to the user either: ${describe(e)}`);
  }
}

/**
 * Defers at once (Discord allows 3 s), runs the shared handler, then edits in the answer. A
 * command typed in a thread is answered there and acts on the thread's first message; a
 * button's answer goes to a thread (see answerInThread).
 */
async function answer(interaction: Answerable, command: Command, deps: HandlerDeps): Promise<void> {
  if (interaction.isButton() && interaction.inGuild())
    return answerInThread(interaction, command, deps);
  await interaction.deferReply();
  const thread = await threadOf(interaction);
  const about =
    thread && isFollowUp(command) ? await threadSubject(interaction, thread) : undefined;
  const reply = await handle(
    withFollowUpTarget(command, about),
    contextOf(interaction, thread?.parentId),
    deps,
  );
  await deliver(interaction, renderReply(reply, { buttons: true }));
}

/**
 * A follow-up button: the "thinking…" is private, and the answer goes to the thread the
 * button is in, or to the thread on the button's message (opened on first use, reused
 * after); the clicker is told where. Errors and help stay private.
 */
async function answerInThread(
  interaction: ButtonInteraction,
  command: Command,
  deps: HandlerDeps,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const thread = await threadOf(interaction);
  const reply = await handle(command, contextOf(interaction, thread?.parentId), deps);
  const messages = renderReply(reply, { buttons: true });
  if (messages[0]?.ephemeral !== false) {
    const [first, ...more] = messages;
    await interaction.editReply(first ? toPayload(first) : { content: 'Nothing to add.' });
    for (const m of more)
      await interaction.followUp({ ...toPayload(m), flags: MessageFlags.Ephemeral });
    return;
  }
  const rest = interaction.client.rest;
  let threadId: string;
  try {
    threadId =
      thread?.id ??
      (await threadOn(rest, interaction.channelId, {
        ...messageLike(interaction.message),
        flags: interaction.message.flags.bitfield,
      }));
    for (const m of messages)
      await rest.post(Routes.channelMessages(threadId), { body: messageBody(m) });
  } catch (e) {
    if (!MISSING_PERMISSION.has(Number(apiErrorCode(e)))) throw e;
    await interaction.editReply({ content: THREAD_PERMISSIONS_HINT, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.editReply({
    content: `Answered in the thread <#${threadId}>.`,
    allowedMentions: NO_MENTIONS,
  });
}

/** Missing Access, Missing Permissions. */
const MISSING_PERMISSION = new Set([50001, 50013]);
const THREAD_PERMISSIONS_HINT =
  '⚠️ I could not answer in a thread here. Ask a server admin to give newsbrief _Create Public Threads_, _Send Messages in Threads_ and _Read Message History_ in this channel.';

interface ThreadRef {
  readonly id: string;
  readonly parentId: string | null;
}

/**
 * The thread an interaction came from, if it came from one: from the cache (the Guilds intent
 * keeps servers' channels and active threads), else asked of Discord, after the deferral.
 */
async function threadOf(interaction: Answerable): Promise<ThreadRef | undefined> {
  if (!interaction.inGuild()) return undefined;
  const channel =
    interaction.channel ??
    (await interaction.client.channels
      .fetch(interaction.channelId, { allowUnknownGuild: true })
      .catch(() => null));
  return channel?.isThread() ? { id: channel.id, parentId: channel.parentId } : undefined;
}

/** What a thread is about: its first message's article; undefined when it cannot be read. */
async function threadSubject(
  interaction: Answerable,
  thread: ThreadRef,
): Promise<FollowUpTarget | undefined> {
  try {
    return subjectOf(await starterMessage(interaction.client.rest, thread.id, thread.parentId));
  } catch {
    // No READ_MESSAGE_HISTORY, or the first message is gone: the channel's latest article.
    return undefined;
  }
}

/** Memory is per channel: a thread's follow-ups share its parent channel's (or forum's). */
function contextOf(interaction: Answerable, parentId?: string | null): CommandContext {
  return {
    platform: 'discord',
    channelId: parentId ?? interaction.channelId ?? `user:${interaction.user.id}`,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
  };
}

/** The parts of a discord.js message `subjectOf` and `threadOn` read. */
function messageLike(message: Message): MessageLike {
  return {
    id: message.id,
    embeds: message.embeds.map((e) => e.data),
    components: message.components.map((c) => c.toJSON()),
  };
}

/**
 * The first message replaces the "thinking…" placeholder, the rest follow up. An ephemeral
 * answer cannot replace a public placeholder, so it follows up privately and the
 * placeholder is deleted.
 */
async function deliver(interaction: Answerable, messages: readonly OutgoingMessage[]) {
  const [first, ...rest] = messages;
  if (!first || first.ephemeral) {
    for (const m of messages)
      await interaction.followUp({ ...toPayload(m), flags: MessageFlags.Ephemeral });
    await interaction.deleteReply();
    return;
  }
  await interaction.editReply(toPayload(first));
  for (const m of rest) await interaction.followUp(toPayload(m));
}

export function toPayload(m: OutgoingMessage): BaseMessageOptions {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: [...m.embeds],
    components: [...m.components],
    allowedMentions: NO_MENTIONS,
  };
}
