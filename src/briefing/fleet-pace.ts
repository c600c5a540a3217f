import { setTimeout as sleep } from 'node:timers/promises';
import type { Platform } from '../handler/types.js';
import type { Store } from '../store/store.js';

/**
 * Platform limits for the whole fleet, not per process: Slack allows about one message a
 * second per channel; Discord 50 requests a second per bot, across every replica, kept at 40
 * for headroom. A Discord slot says when a request may leave; one that leaves much later (the
 * event loop was busy, the store slow to answer) would land among later slots' requests and
 * bunch up with them, so a slot more than `staleSlotMs` old when its wait ends is given up
 * and another taken (at most `staleSlotRetries` times; then the request goes anyway).
 */
export const FLEET_LIMITS = {
  slackPerChannelMs: 1000,
  discordGlobalMs: 25,
  staleSlotMs: 50,
  staleSlotRetries: 3,
} as const;

export type FleetLimits = { readonly [K in keyof typeof FLEET_LIMITS]: number };

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
  limits: FleetLimits = FLEET_LIMITS,
): [key: string, spacingMs: number, shared: boolean] | undefined {
  switch (platform) {
    case 'slack':
      return [`slack:${channelId}`, limits.slackPerChannelMs, false];
    case 'discord':
      return ['discord:global', limits.discordGlobalMs, true];
    default:
      return undefined;
  }
}

/**
 * Waits for this request's slot under the platform's limit: Discord's global one is shared
 * by the fleet (slots reserved in the store; every request takes one, a retry too: see
 * adapters/discord/posting-rest.ts), Slack's per channel is kept here (see rateKey).
 * Requests queue; none is dropped. Slack's client hands 429s back to be waited out and paced
 * again (adapters/slack/deliver.ts), as Discord's does.
 *
 * `after` is when (Date.now()) the previous message to this channel was answered, if known:
 * the platform saw it no later than that, so a spacing after it holds on the platform's
 * clock too, however late the previous one went out (a slow round trip, a stalled event
 * loop, a 429 waited out). Otherwise the spacing is kept after the last slot taken here.
 */
export function createFleetPace(
  store: Pick<Store, 'reserveSlot'>,
  now: () => Date = () => new Date(),
  limits: FleetLimits = FLEET_LIMITS,
): (platform: Platform, channelId: string, after?: number) => Promise<void> {
  const lastSent = new Map<string, number>();
  /** Waits for a fleet-wide slot (on the store's clock, `now`), taking another if it went stale. */
  async function sharedSlot(key: string, spacingMs: number): Promise<void> {
    for (let tries = 0; ; tries++) {
      const slot = (await store.reserveSlot(key, spacingMs, now())).getTime();
      const wait = slot - now().getTime();
      if (wait > 0) await sleep(wait);
      if (now().getTime() - slot <= limits.staleSlotMs || tries >= limits.staleSlotRetries) return;
    }
  }
  return async (platform, channelId, after) => {
    const rule = rateKey(platform, channelId, limits);
    if (!rule) return;
    const [key, spacingMs, shared] = rule;
    if (shared) return sharedSlot(key, spacingMs);
    const at = Date.now();
    const previous = after ?? lastSent.get(key);
    const wait = Math.max(previous === undefined ? 0 : previous + spacingMs - at, 0);
    if (wait > 0) await sleep(wait);
    if (lastSent.size >= 10_000) {
      // Forget keys idle for a while (their spacing is long past).
      for (const [k, t] of lastSent) if (t < at - 60_000) lastSent.delete(k);
    }
    lastSent.set(key, at + wait);
  };
}
