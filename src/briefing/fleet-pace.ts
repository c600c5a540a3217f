import { setTimeout as sleep } from 'node:timers/promises';
import type { Platform } from '../handler/types.js';
import type { Store } from '../store/store.js';

/**
 * Platform limits for the whole fleet, not per process: Slack allows about one message a
 * second per channel; Discord 50 requests a second per bot, across every replica (kept a
 * little under, since the replicas' clocks and requests do not line up exactly).
 */
export const FLEET_LIMITS = {
  slackPerChannelMs: 1000,
  discordGlobalMs: 22,
} as const;

/** Which shared slot a message to this channel takes, and how far apart the slots are. */
export function rateKey(platform: Platform, channelId: string): [string, number] | undefined {
  switch (platform) {
    case 'slack':
      return [`slack:${channelId}`, FLEET_LIMITS.slackPerChannelMs];
    case 'discord':
      return ['discord:global', FLEET_LIMITS.discordGlobalMs];
    default:
      return undefined;
  }
}

/**
 * Waits for this message's slot under the fleet-wide limit (slots reserved in the store,
 * shared by every replica). Messages queue; none is dropped. The platform clients still
 * honour 429 Retry-After on top of this.
 *
 * A slot is reserved a spacing after the previous slot, but the previous message may have
 * gone out later than its slot (a slow round trip, a 429 waited out); so this process also
 * keeps the spacing after the last message it actually sent under the key.
 */
export function createFleetPace(
  store: Pick<Store, 'reserveSlot'>,
  now: () => Date = () => new Date(),
): (platform: Platform, channelId: string) => Promise<void> {
  const lastSent = new Map<string, number>();
  return async (platform, channelId) => {
    const rule = rateKey(platform, channelId);
    if (!rule) return;
    const [key, spacingMs] = rule;
    const slot = (await store.reserveSlot(key, spacingMs, now())).getTime();
    const at = now().getTime();
    const after = (lastSent.get(key) ?? 0) + spacingMs;
    const wait = Math.max(slot, after) - at;
    if (wait > 0) await sleep(wait);
    if (lastSent.size >= 10_000) {
      // Forget keys idle for a while (their spacing is long past).
      for (const [k, t] of lastSent) if (t < at - 60_000) lastSent.delete(k);
    }
    lastSent.set(key, Math.max(at, Math.max(slot, after)));
  };
}
