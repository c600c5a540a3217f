import { setTimeout as sleep } from 'node:timers/promises';
import type { Platform } from '../handler/types.js';
import type { Store } from '../store/store.js';

/**
 * Platform limits for the whole fleet, not per process: Slack allows about one message a
 * second per channel; Discord 50 requests a second per bot, across every replica, kept at 40
 * for headroom: a slot says when a request may leave, and a busy replica sends it later, so
 * requests bunch up on the way. (In bench:fleet three replicas still go over 50 in a second
 * about 500 times in 9,000 requests, at 45 or 40; likely discord.js's own wait after a global
 * 429 releasing the requests queued behind it together. They are retried, none is lost.)
 */
export const FLEET_LIMITS = {
  slackPerChannelMs: 1000,
  discordGlobalMs: 25,
} as const;

/**
 * Which slot a message to this channel takes, how far apart the slots are, and whether the
 * slot is shared by the fleet (reserved in the store) or kept by this process. A channel's
 * briefing is posted by the one replica holding its claim, so Slack's per-channel spacing
 * needs no shared row (a round trip per message); Discord's global limit is the bot's, shared
 * by every replica posting at once, so its slots are reserved in the store.
 */
export function rateKey(
  platform: Platform,
  channelId: string,
): [key: string, spacingMs: number, shared: boolean] | undefined {
  switch (platform) {
    case 'slack':
      return [`slack:${channelId}`, FLEET_LIMITS.slackPerChannelMs, false];
    case 'discord':
      return ['discord:global', FLEET_LIMITS.discordGlobalMs, true];
    default:
      return undefined;
  }
}

/**
 * Waits for this message's slot under the platform's limit: Discord's global one is shared
 * by the fleet (slots reserved in the store), Slack's per channel is kept here (see rateKey).
 * Messages queue; none is dropped. The platform clients still honour 429 Retry-After on
 * top of this.
 *
 * `after` is when (Date.now()) the previous message to this channel was answered, if known:
 * the platform saw it no later than that, so a spacing after it holds on the platform's
 * clock too, however late the previous one went out (a slow round trip, a stalled event
 * loop, a 429 waited out). Otherwise the spacing is kept after the last slot taken here.
 */
export function createFleetPace(
  store: Pick<Store, 'reserveSlot'>,
  now: () => Date = () => new Date(),
): (platform: Platform, channelId: string, after?: number) => Promise<void> {
  const lastSent = new Map<string, number>();
  return async (platform, channelId, after) => {
    const rule = rateKey(platform, channelId);
    if (!rule) return;
    const [key, spacingMs, shared] = rule;
    // The shared slot is on the store's clock (`now`); this process's spacing on its own.
    const slotWait = shared
      ? (await store.reserveSlot(key, spacingMs, now())).getTime() - now().getTime()
      : 0;
    const at = Date.now();
    const previous = shared ? lastSent.get(key) : (after ?? lastSent.get(key));
    const wait = Math.max(slotWait, previous === undefined ? 0 : previous + spacingMs - at, 0);
    if (wait > 0) await sleep(wait);
    if (lastSent.size >= 10_000) {
      // Forget keys idle for a while (their spacing is long past).
      for (const [k, t] of lastSent) if (t < at - 60_000) lastSent.delete(k);
    }
    lastSent.set(key, at + wait);
  };
}
