import { DiscordAPIError } from 'discord.js';

export type DiscordErrorCode =
  | 'bad_token'
  | 'missing_access'
  | 'bad_webhook_url'
  | 'webhook_not_found'
  | 'discord_error';

/** An expected Discord failure, with a message that says what to do. */
export interface DiscordError {
  readonly code: DiscordErrorCode;
  readonly message: string;
}

/** Discord's JSON error code when the API refused, undefined for other failures. */
export function apiErrorCode(e: unknown): number | string | undefined {
  return e instanceof DiscordAPIError ? e.code : undefined;
}

export function apiStatus(e: unknown): number | undefined {
  return e instanceof DiscordAPIError ? e.status : undefined;
}

export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
