import { afterEach, describe, expect, it } from 'vitest';
import { discordNonce } from '../../adapters/discord/nonce.js';
import { createDiscordRestPoster } from '../../adapters/discord/rest-poster.js';
import { METADATA_EVENT } from '../../adapters/slack/deliver.js';
import { createSlackPoster } from '../../adapters/slack/poster.js';
import type { Reply } from '../../src/handler/types.js';
import { type FakeDiscord, startFakeDiscord } from '../discord/fake-discord.js';
import { type FakeSlack, startFakeSlack } from '../slack/fake-slack.js';

const briefing: Reply = {
  kind: 'digest',
  title: 'Your briefing for Tuesday 24 March',
  stories: [
    {
      title: 'Tram line opens',
      url: 'https://news.example/tram',
      sources: [{ name: 'Courier', url: 'https://news.example/tram' }],
      lede: 'The new tram line opened on Monday.',
      keyPoints: [{ label: 'Opened', text: 'The line opened on Monday.' }],
    },
  ],
};
const KEY = 'slack:C1@2026-03-24T06:30:00.000Z';

let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;
afterEach(async () => {
  await slack?.close();
  await discord?.close();
});

describe('posting a briefing another replica may have posted in part', () => {
  it('GIVEN Slack already shows the message (the dead replica sent it, never recorded it) THEN the replica finishing the briefing does not post it again', async () => {
    slack = await startFakeSlack();
    const poster = createSlackPoster({ botToken: 'xoxb-1', apiUrl: slack.apiUrl });
    await poster.post('C1', briefing, { idempotencyKey: KEY });
    // A header and the story, each marked with its own key.
    const first = slack.succeeded('chat.postMessage');
    expect(first.map((c) => c.args.metadata)).toEqual([
      { event_type: METADATA_EVENT, event_payload: { key: `${KEY}#0` } },
      { event_type: METADATA_EVENT, event_payload: { key: `${KEY}#1` } },
    ]);
    // The fake's conversations.history shows the channel's messages with their metadata.
    const reported: number[] = [];
    await poster.post('C1', briefing, {
      idempotencyKey: KEY,
      resuming: true,
      onSent: async (sent) => {
        reported.push(sent);
      },
    });
    expect(slack.succeeded('chat.postMessage')).toHaveLength(2);
    // The messages found in the channel count as sent, so the delivery records 2, not 0.
    expect(reported).toEqual([2]);
    // Without history access (missing scope): posted again (at least once beats never).
    slack.script('conversations.history', { body: { ok: false, error: 'missing_scope' } });
    await poster.post('C1', briefing, { idempotencyKey: KEY, resuming: true });
    expect(slack.succeeded('chat.postMessage')).toHaveLength(4);
  });

  it('GIVEN a Discord briefing THEN each message carries a stable nonce Discord enforces, so a retry after a crash is the same message', async () => {
    discord = await startFakeDiscord({ guildIds: [] });
    const poster = createDiscordRestPoster({ token: 'fake', apiUrl: discord.apiUrl });
    await poster.post('1310000000000000001', briefing, { idempotencyKey: KEY });
    await poster.post('1310000000000000001', briefing, { idempotencyKey: KEY, resuming: true });
    const posts = discord.requests.filter(
      (r) => r.method === 'POST' && r.path === '/channels/1310000000000000001/messages',
    );
    // A header and the story; the retry repeats the same nonces.
    expect(posts.map((p) => [p.body.nonce, p.body.enforce_nonce])).toEqual([
      [discordNonce(`${KEY}#0`), true],
      [discordNonce(`${KEY}#1`), true],
      [discordNonce(`${KEY}#0`), true],
      [discordNonce(`${KEY}#1`), true],
    ]);
    expect(discordNonce(`${KEY}#0`)).toHaveLength(25);
    expect(discordNonce(`${KEY}#1`)).not.toBe(discordNonce(`${KEY}#0`));
  });
});
