import {
  type AutocompleteInteraction,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { suggestTimeZones } from '../../src/briefing/time-zones.js';
import type { Logger } from '../../src/core/adapter.js';
import { withCommandLog } from '../../src/core/command-log.js';
import { OPEN_GATE, STOPPING_MESSAGE, type WorkGate } from '../../src/core/work-gate.js';
import { handle } from '../../src/handler/handle.js';
import type { Command, CommandContext, HandlerDeps } from '../../src/handler/types.js';
import { COMMAND_NAME, helpText, TIME_ZONE_OPTION } from './command-definition.js';
import { describe } from './errors.js';
import { type OutgoingMessage, renderReply } from './render-embeds.js';
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
      if (command) await answer(interaction, command, deps);
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

/** Defers at once (Discord allows 3 s), runs the shared handler, then edits in the answer. */
async function answer(interaction: Answerable, command: Command, deps: HandlerDeps): Promise<void> {
  await interaction.deferReply();
  const ctx: CommandContext = {
    platform: 'discord',
    channelId: interaction.channelId ?? `user:${interaction.user.id}`,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
  };
  const reply = await handle(command, ctx, deps);
  await deliver(interaction, renderReply(reply, { buttons: true }));
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
