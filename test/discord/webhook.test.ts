import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWebhookUrl, postDigestToWebhook } from '../../adapters/discord/webhook.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.js';
import { digestOf } from './helpers.js';
import { messageProblems } from './limits-check.js';

const HOOK_ID = '1700000000000000001';
const HOOK_TOKEN = 'd2ViaG9vay10b2tlbi1mb3ItdGVzdHM_Zm9yLXRlc3Rz-abcdefghij';

let fake: FakeDiscord;
let hookUrl: string;
beforeAll(async () => {
  fake = await startFakeDiscord({ webhooks: { [HOOK_ID]: HOOK_TOKEN } });
  hookUrl = `${fake.apiUrl}/webhooks/${HOOK_ID}/${HOOK_TOKEN}`;
});
afterAll(async () => {
  await fake.close();
});

describe('postDigestToWebhook', () => {
  it('GIVEN a 14-story digest THEN two messages go to the webhook route, within every limit, without buttons', async () => {
    const result = await postDigestToWebhook(hookUrl, digestOf(14), { apiUrl: fake.apiUrl });
    expect(result).toEqual({ ok: true, value: { messages: 2 } });
    const posts = fake.requests.filter((r) => r.path === `/webhooks/${HOOK_ID}/${HOOK_TOKEN}`);
    expect(posts.map((r) => [r.method, r.status, r.body.embeds.length])).toEqual([
      ['POST', 200, 10],
      ['POST', 200, 4],
    ]);
    for (const p of posts) {
      expect(messageProblems(p.body)).toEqual([]);
      expect(p.body.components ?? []).toEqual([]);
      expect(p.body.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('GIVEN a deleted webhook THEN an error value says how to get a new URL', async () => {
    const gone = `${fake.apiUrl}/webhooks/1700000000000000009/${HOOK_TOKEN}`;
    const result = await postDigestToWebhook(gone, digestOf(1), { apiUrl: fake.apiUrl });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'webhook_not_found',
        message: expect.stringContaining('Integrations → Webhooks'),
      },
    });
  });

  it('GIVEN a URL that is not a Discord webhook THEN nothing is sent', async () => {
    const before = fake.requests.length;
    const result = await postDigestToWebhook('https://evil.example/api/webhooks/1/x', digestOf(1));
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_webhook_url' } });
    expect(fake.requests.length).toBe(before);
  });
});

describe('parseWebhookUrl', () => {
  it("GIVEN Discord's URL forms THEN id and token", () => {
    for (const url of [
      `https://discord.com/api/webhooks/${HOOK_ID}/${HOOK_TOKEN}`,
      `https://canary.discord.com/api/v10/webhooks/${HOOK_ID}/${HOOK_TOKEN}/`,
      `https://discordapp.com/api/webhooks/${HOOK_ID}/${HOOK_TOKEN}`,
    ])
      expect(parseWebhookUrl(url)).toEqual({ ok: true, value: { id: HOOK_ID, token: HOOK_TOKEN } });
    expect(parseWebhookUrl('not a url').ok).toBe(false);
    expect(parseWebhookUrl(`https://discord.com/api/channels/${HOOK_ID}`).ok).toBe(false);
  });
});
