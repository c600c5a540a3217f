import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { discordNonce } from '../../adapters/discord/nonce.js';
import { createDiscordRestPoster } from '../../adapters/discord/rest-poster.js';
import { createFleetPace, FLEET_LIMITS } from '../../src/briefing/fleet-pace.js';
import type { CannedResponse, FakeDiscord } from '../discord/fake-discord.js';
import { startFakeDiscord } from '../discord/fake-discord.js';
import { digestOf } from '../discord/helpers.js';
import { type StoreKit, testStoreKit } from '../store/support/stores.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token';
/** The pace here: a request every 10 ms, and Discord's limit 125 a second (production keeps 40 under 50). */
const LIMITS = { ...FLEET_LIMITS, discordGlobalMs: 10 };
const GLOBAL_PER_SECOND = 125;

/** A 429 of a limit the bot could not know of (Discord's "shared" scope), not global. */
const SHARED_LIMIT: CannedResponse = {
  status: 429,
  headers: { 'retry-after': '1', 'x-ratelimit-scope': 'shared' },
  body: { message: 'You are being rate limited.', retry_after: 1, global: false },
};
const GLOBAL_LIMIT: CannedResponse = {
  status: 429,
  headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
  body: { message: 'You are being rate limited.', retry_after: 1, global: true },
};

const channel = (n: number) => String(1_330_000_000_000_000_000n + BigInt(n));
const KEY = (channelId: string) => `discord:${channelId}@2026-03-24T06:30:00.000Z`;

/**
 * A replica: its own connection to the shared database, its fleet pace (counting the slots it
 * reserved) and its Discord poster, posting a briefing the way the scheduler does.
 */
async function replica(kit: StoreKit, apiUrl: string) {
  const store = await kit.open();
  let slots = 0;
  const pace = createFleetPace(
    {
      reserveSlot: async (key, spacingMs, now) => {
        slots++;
        return store.reserveSlot(key, spacingMs, now);
      },
    },
    () => new Date(),
    LIMITS,
  );
  const poster = createDiscordRestPoster({ token: TOKEN, apiUrl });
  return {
    slots: () => slots,
    post: (channelId: string, stories: number) =>
      poster.post(channelId, digestOf(stories), {
        idempotencyKey: KEY(channelId),
        pace: () => pace('discord', channelId),
        // Links to the messages: the poster asks the channel's server once.
        onPosted: () => {},
      }),
  };
}

/** The most requests that arrived within any one second. */
function mostInOneSecond(fake: FakeDiscord): number {
  const at = fake.requests.map((r) => r.at).sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let i = 0; i < at.length; i++) {
    while ((at[start] ?? 0) <= (at[i] ?? 0) - 1000) start++;
    most = Math.max(most, i - start + 1);
  }
  return most;
}

let kit: StoreKit | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  await kit?.cleanup();
  fake = undefined;
  kit = undefined;
});

describe("Discord's global limit, for the fleet", () => {
  it('GIVEN two replicas sharing the pace and Discord answering one message 429 and another 500 THEN every request took a slot of its own (the look-ups and both retries too), the 429 was waited out, and each message arrived once', async () => {
    kit = testStoreKit();
    fake = await startFakeDiscord();
    const a = await replica(kit, fake.apiUrl);
    const b = await replica(kit, fake.apiUrl);
    fake.respondOnce('POST', new RegExp(`^/channels/${channel(1)}/messages$`), SHARED_LIMIT);
    fake.respondOnce('POST', new RegExp(`^/channels/${channel(3)}/messages$`), {
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
    });
    const started = performance.now();
    await Promise.all([a.post(channel(1), 2), a.post(channel(2), 2), b.post(channel(3), 2)]);
    // Three channels: a look-up and 3 messages each, plus the two retries.
    expect(fake.requests.map((r) => r.status).sort()).toEqual([...Array(12).fill(200), 429, 500]);
    expect(a.slots() + b.slots()).toBeGreaterThanOrEqual(fake.requests.length);
    for (const n of [1, 2, 3]) expect(fake.messagesIn(channel(n))).toHaveLength(3);
    const tries = fake.requests.filter(
      (r) =>
        r.path === `/channels/${channel(1)}/messages` &&
        r.body.nonce === discordNonce(`${KEY(channel(1))}#0`),
    );
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? started)).toBeGreaterThanOrEqual(1000);
  });

  it('GIVEN three replicas posting to 25 channels each and Discord refusing one of them with a global 429 THEN no second has more requests than the limit (the channel look-ups are paced too, and the refused replica takes slots again after the Retry-After instead of sending all it held at once), and each message arrives once', async () => {
    kit = testStoreKit();
    fake = await startFakeDiscord({ globalPerSecond: GLOBAL_PER_SECOND });
    const fleet = [
      await replica(kit, fake.apiUrl),
      await replica(kit, fake.apiUrl),
      await replica(kit, fake.apiUrl),
    ];
    fake.respondOnce('POST', new RegExp(`^/channels/${channel(4)}/messages$`), GLOBAL_LIMIT);
    const channels = Array.from({ length: 75 }, (_, n) => channel(n));
    await Promise.all(channels.map((c, n) => fleet[n % 3]?.post(c, 1)));
    // The scripted 429 is the only one: the fleet never went over the limit.
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(mostInOneSecond(fake)).toBeLessThanOrEqual(GLOBAL_PER_SECOND);
    for (const c of channels) expect(fake.messagesIn(c)).toHaveLength(2);
  });
});
