import { WebhookClient } from 'discord.js';
import type { Result } from '../../src/core/result.js';
import type { Reply } from '../../src/handler/types.js';
import { apiErrorCode, type DiscordError, describe } from './errors.js';
import { renderReply } from './render-embeds.js';
import { NO_MENTIONS, toPayload } from './respond.js';

export interface WebhookOptions {
  /** Another API root, e.g. a local fake: `http://127.0.0.1:PORT/api` (no version). */
  readonly apiUrl?: string | undefined;
}

const DISCORD_HOSTS = /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/i;
const WEBHOOK_PATH = /\/webhooks\/(\d{5,25})\/([\w-]{20,200})\/?$/;

/** Reads id and token from a channel webhook URL (Channel settings → Integrations → Webhooks). */
export function parseWebhookUrl(
  webhookUrl: string,
  options: WebhookOptions = {},
): Result<{ id: string; token: string }, DiscordError> {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    return badUrl();
  }
  const m = WEBHOOK_PATH.exec(url.pathname);
  // Only Discord's own hosts, unless an API root is given: the URL must not send digests elsewhere.
  if (!m?.[1] || !m[2] || (!options.apiUrl && !DISCORD_HOSTS.test(url.hostname))) return badUrl();
  return { ok: true, value: { id: m[1], token: m[2] } };
}

/**
 * Posts a reply (usually a digest) through a channel webhook, so a team can receive digests
 * without giving the bot any permission. Buttons are left out: webhooks cannot carry them.
 * Returns how many messages were posted.
 */
export async function postDigestToWebhook(
  webhookUrl: string,
  reply: Reply,
  options: WebhookOptions = {},
): Promise<Result<{ readonly messages: number }, DiscordError>> {
  const parsed = parseWebhookUrl(webhookUrl, options);
  if (!parsed.ok) return parsed;
  const client = new WebhookClient(parsed.value, {
    allowedMentions: NO_MENTIONS,
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  const messages = renderReply(reply, { buttons: false });
  let sent = 0;
  try {
    for (const m of messages) {
      await client.send(toPayload(m));
      sent += 1;
    }
    return { ok: true, value: { messages: sent } };
  } catch (e) {
    const done = sent > 0 ? ` (${sent} of ${messages.length} messages were posted)` : '';
    if (apiErrorCode(e) === 10015)
      return {
        ok: false,
        error: {
          code: 'webhook_not_found',
          message: `Discord does not know this webhook${done}; it was deleted or the URL is wrong. Create one in Channel settings → Integrations → Webhooks and use its URL.`,
        },
      };
    return {
      ok: false,
      error: {
        code: 'discord_error',
        message: `Posting to the webhook failed${done}: ${describe(e)}`,
      },
    };
  } finally {
    client.destroy();
  }
}

function badUrl(): Result<never, DiscordError> {
  return {
    ok: false,
    error: {
      code: 'bad_webhook_url',
      message:
        'That is not a Discord webhook URL; copy it from Channel settings → Integrations → Webhooks (https://discord.com/api/webhooks/…).',
    },
  };
}
