import { REST, Routes } from 'discord.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/core/adapter.js';
import type { Result } from '../../src/core/result.js';
import { newsCommandJson } from './command-definition.js';
import { apiErrorCode, apiStatus, type DiscordError, describe } from './errors.js';

export interface RegisterOptions {
  /** Register in this server only (instant). Omitted: `config.guildId`; neither: global. */
  readonly guildId?: string | undefined;
  readonly log: Logger;
}

export interface RegisteredCommands {
  readonly scope: 'guild' | 'global';
  readonly applicationId: string;
  readonly guildId?: string | undefined;
  readonly commands: readonly string[];
}

/**
 * Registers `/news` (one PUT replaces the application's commands in that scope, so running
 * it again is safe). Without DISCORD_APPLICATION_ID the id is asked from Discord.
 */
export async function registerDiscordCommands(
  config: NonNullable<Config['discord']>,
  options: RegisterOptions,
): Promise<Result<RegisteredCommands, DiscordError>> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const guildId = options.guildId ?? config.guildId;
  try {
    const applicationId =
      config.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const route = guildId
      ? Routes.applicationGuildCommands(applicationId, guildId)
      : Routes.applicationCommands(applicationId);
    const saved = (await rest.put(route, { body: [newsCommandJson()] })) as { name: string }[];
    options.log.info(
      guildId
        ? `Registered /news in server ${guildId}; it can be used right away.`
        : 'Registered /news globally; Discord can take a few minutes to show it everywhere.',
    );
    return {
      ok: true,
      value: {
        scope: guildId ? 'guild' : 'global',
        applicationId,
        guildId,
        commands: saved.map((c) => c.name),
      },
    };
  } catch (e) {
    return { ok: false, error: registerError(e, guildId) };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

function registerError(e: unknown, guildId: string | undefined): DiscordError {
  if (apiStatus(e) === 401)
    return {
      code: 'bad_token',
      message:
        'Discord rejected DISCORD_TOKEN. Copy the bot token again: Developer Portal → your application → Bot → Reset Token.',
    };
  const code = apiErrorCode(e);
  if (guildId && (code === 50001 || code === 10004))
    return {
      code: 'missing_access',
      message: `newsbrief is not in server ${guildId}. Invite it first with the invite URL (bot + applications.commands scopes), then register again.`,
    };
  return { code: 'discord_error', message: `Registering /news failed: ${describe(e)}` };
}
