import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { createDiscordRestPoster } from '../../adapters/discord/rest-poster.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { developingWorld, WAREHOUSE } from '../developing/world.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';
import { slashCommand, str, type Where } from './payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
const GUILD = '1300000000000000002';
const CHANNEL = '1320000000000000001';
const [, fire1] = WAREHOUSE as [(typeof WAREHOUSE)[number], (typeof WAREHOUSE)[number]];

let fake: FakeDiscord | undefined;
let adapter: RunningAdapter | undefined;
let world: Awaited<ReturnType<typeof developingWorld>> | undefined;
afterEach(async () => {
  await adapter?.stop();
  await world?.close();
  await fake?.close();
  adapter = undefined;
  world = undefined;
  fake = undefined;
});

const posts = (f: FakeDiscord) =>
  f.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`);

/** The embed of the story titled `title` among the posted messages, with its message's id. */
function storyEmbed(requests: readonly RecordedRequest[], title: string) {
  for (const r of requests) {
    // biome-ignore lint/suspicious/noExplicitAny: recorded JSON bodies
    const embed = (r.body.embeds as any[]).find((e) => String(e.title).includes(title));
    if (embed) return embed;
  }
  return undefined;
}

describe('Discord: developing stories', () => {
  it("GIVEN yesterday's briefing told a story THEN today's follow-up is an \"Update\" embed with only its new facts, its author line linking yesterday's message", async () => {
    fake = await startFakeDiscord({ guildIds: [GUILD] });
    const f = fake;
    world = await developingWorld('discord', CHANNEL);
    const w = world;
    adapter = await startDiscordAdapter(
      { token: TOKEN, apiUrl: f.apiUrl },
      {
        fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'], timeoutMs: 5000 }),
        memory: w.store.memory,
        now: w.now,
        briefings: w.service,
        developing: w.developing,
      },
      recordingLogger(),
    );
    await w.start(adapter);

    expect((await w.day(0)).status).toBe('sent');
    const day0 = posts(f);
    expect(storyEmbed(day0, 'Fire destroys Harwick warehouse')).toBeDefined();
    expect(day0.every((r) => r.status === 200)).toBe(true);

    expect((await w.day(1)).status).toBe('sent');
    const day1 = posts(f).slice(day0.length);
    const update = storyEmbed(day1, 'bodies of two missing workers found');
    expect(update.title).toBe(
      'Update: Harwick warehouse fire: bodies of two missing workers found',
    );
    expect(update.author.name).toMatch(/^Update to the earlier message \(2 March\)$/);
    expect(update.author.url).toMatch(
      new RegExp(`^https://discord\\.com/channels/${GUILD}/${CHANNEL}/\\d+$`),
    );
    expect(update.description).toContain(fire1.mainFact);
    for (const b of fire1.background ?? []) expect(update.description).not.toContain(b);
    expect(update.description).not.toContain('A fire tore through a storage warehouse');
    expect(update.fields ?? []).toEqual([]);

    // "What's new?" on the follow-up, asked with the slash command.
    const where: Where = { applicationId: f.applicationId, guildId: GUILD, channelId: CHANNEL };
    const summarize = slashCommand(where, 'summarize', [str('url', w.pageUrl(fire1))]);
    f.dispatch('INTERACTION_CREATE', summarize);
    await f.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${summarize.token}/messages/`),
      15_000,
    );
    const ask = slashCommand(where, 'ask', [str('question', 'anything new?')]);
    f.dispatch('INTERACTION_CREATE', ask);
    const answer = await f.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${ask.token}/messages/`),
      15_000,
    );
    const embed = answer.body.embeds[0];
    expect(embed.author.name).toBe('Q: anything new?');
    expect(embed.description).toContain(fire1.mainFact);
    expect(embed.description).toMatch(
      new RegExp(
        `New since \\[the earlier message\\]\\(https://discord\\.com/channels/${GUILD}/${CHANNEL}/\\d+\\)`,
      ),
    );
  });

  it('GIVEN a replica that posts briefings over REST alone THEN updates link the earlier message too', async () => {
    fake = await startFakeDiscord({ guildIds: [GUILD] });
    const f = fake;
    world = await developingWorld('discord', CHANNEL, ['bridge-closure']);
    const w = world;
    await w.start(createDiscordRestPoster({ token: TOKEN, apiUrl: f.apiUrl }));
    expect((await w.day(0)).status).toBe('sent');
    expect((await w.day(1)).status).toBe('sent');
    const update = storyEmbed(posts(f), 'Update: Old Mill bridge');
    expect(update.author.url).toMatch(
      new RegExp(`^https://discord\\.com/channels/${GUILD}/${CHANNEL}/\\d+$`),
    );
    expect(update.description).toContain('will stay closed for at least four months');
    // The channel's server is asked once, not for every message or briefing.
    expect(
      f.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${CHANNEL}`),
    ).toHaveLength(1);
  });
});
