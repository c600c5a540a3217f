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
 */
export function createFleetPace(
  store: Pick<Store, 'reserveSlot'>,
  now: () => Date = () => new Date(),
): (platform: Platform, channelId: string) => Promise<void> {
  return async (platform, channelId) => {
    const rule = rateKey(platform, channelId);
    if (!rule) return;
    const at = now();
    const slot = await store.reserveSlot(rule[0], rule[1], at);
    const wait = slot.getTime() - at.getTime();
    if (wait > 0) await sleep(wait);
  };
}
