import { setTimeout as sleep } from 'node:timers/promises';
import { HTTPError, RateLimitError, REST } from 'discord.js';

/** 429s (and known bucket waits) one request waits out, each for its Retry-After, before failing. */
export const DISCORD_RATE_LIMIT_RETRIES = 5;
/** 5xx answers, timeouts and dropped connections one request tries again after (0.5 s, 1 s, 2 s). */
export const DISCORD_ERROR_RETRIES = 3;
const ERROR_BACKOFF_MS = 500;

/**
 * The REST client that posts to channels (briefings, digests). Discord's global limit is the
 * bot's, shared by every replica, so each request must take a slot of the fleet's pace, a
 * retry too. discord.js would wait out a 429 and retry by itself, outside the pace: after a
 * global 429 it holds every request of the process, then lets them all go at once, which is
 * how three replicas went over 50 requests a second. This client waits for nothing: a 429,
 * or a bucket it knows is empty, comes back as a RateLimitError, and it retries nothing
 * (5xx, timeouts); `throughPace` waits and retries, through the pace. It still reads the
 * per-route buckets from Discord's X-RateLimit headers, so a channel's sixth message in its
 * five seconds is held back here, not sent to earn a 429.
 */
export function createPostingRest(token: string, apiUrl: string | undefined): REST {
  return new REST({
    ...(apiUrl ? { api: apiUrl } : {}),
    rejectOnRateLimit: () => true,
    retries: 0,
  }).setToken(token);
}

/**
 * Runs one Discord request made on a posting client (createPostingRest); the caller has
 * paced its first attempt. A 429 (or a known-empty bucket) is waited out for its
 * Retry-After, a 5xx, timeout or reset connection backed off, and each retry takes a slot of
 * the pace again: the retry is the request that counts against Discord's limits.
 */
export async function throughPace<T>(
  pace: (() => Promise<void>) | undefined,
  call: () => Promise<T>,
): Promise<T> {
  let limited = 0;
  let failed = 0;
  for (;;) {
    try {
      return await call();
    } catch (e) {
      if (e instanceof RateLimitError && limited < DISCORD_RATE_LIMIT_RETRIES) {
        limited++;
        await sleep(Math.max(e.retryAfter, e.timeToReset, 0));
      } else if (transient(e) && failed < DISCORD_ERROR_RETRIES) {
        await sleep(ERROR_BACKOFF_MS * 2 ** failed);
        failed++;
      } else {
        throw e;
      }
      await pace?.();
    }
  }
}

/** A failure worth trying again: Discord's 5xx, a request timed out, a connection reset. */
function transient(e: unknown): boolean {
  if (e instanceof HTTPError) return e.status >= 500;
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code ?? (e.cause as { code?: unknown } | undefined)?.code;
  return e.name === 'AbortError' || code === 'ECONNRESET' || e.message.includes('ECONNRESET');
}
