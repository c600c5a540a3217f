import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { postDigestToWebhook } from '../../adapters/discord/webhook.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { type CannedResponse, type FakeDiscord, startFakeDiscord } from './fake-discord.js';
import { digestOf, recordingLogger } from './helpers.js';

const HOOK_ID = '1700000000000000002';
const HOOK_TOKEN = 'cmF0ZS1saW1pdGVkLXdlYmhvb2stdG9rZW4-abcdefghij';
const CHANNEL = '1330000000000000001';
const RETRY_AFTER_S = 0.6;

/** A 429 as Discord sends it: retry_after in the body, Retry-After (whole seconds) and bucket headers. */
const TOO_MANY: CannedResponse = {
  status: 429,
  headers: {
    'retry-after': String(Math.ceil(RETRY_AFTER_S)),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset-after': String(RETRY_AFTER_S),
    'x-ratelimit-bucket': 'fake-bucket',
    'x-ratelimit-scope': 'user',
  },
  body: { message: 'You are being rate limited.', retry_after: RETRY_AFTER_S, global: false },
};

let fake: FakeDiscord;
let adapter: RunningAdapter;
beforeAll(async () => {
  fake = await startFakeDiscord({ webhooks: { [HOOK_ID]: HOOK_TOKEN } });
  adapter = await startDiscordAdapter(
    { token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token', apiUrl: fake.apiUrl },
    {
      fetchArticle: async () => ({
        ok: false,
        error: { code: 'fetch_failed', message: 'offline' },
      }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
    },
    recordingLogger(),
  );
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe('GIVEN Discord answers 429 once', () => {
  it('THEN a webhook digest waits retry_after and arrives exactly once', async () => {
    const route = `/webhooks/${HOOK_ID}/${HOOK_TOKEN}`;
    fake.respondOnce('POST', new RegExp(`^${route}$`), TOO_MANY);
    const result = await postDigestToWebhook(`${fake.apiUrl}${route}`, digestOf(3), {
      apiUrl: fake.apiUrl,
    });
    expect(result).toEqual({ ok: true, value: { messages: 1 } });
    const tries = fake.requests.filter((r) => r.path === route);
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
  });

  it('THEN a digest the bot posts waits too and arrives exactly once', async () => {
    const route = `/channels/${CHANNEL}/messages`;
    fake.respondOnce('POST', new RegExp(`^${route}$`), TOO_MANY);
    await adapter.post(CHANNEL, digestOf(2));
    // The header waits out the 429 and is sent once; then one message per story.
    const tries = fake.requests.filter((r) => r.path === route);
    expect(tries.map((r) => r.status)).toEqual([429, 200, 200, 200]);
    expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
  });
});
