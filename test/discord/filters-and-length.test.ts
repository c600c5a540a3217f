import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { type AppDeps, createDeps } from '../../src/app.js';
import type { BriefingScheduler } from '../../src/briefing/scheduler.js';
import { loadConfig } from '../../src/config.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import { BANK, CHIPS, HEAT, RHINE_WIRE_TITLE, TRAM } from '../sources/support/news-stories.js';
import { testDatabaseUrl } from '../store/support/stores.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';
import { bool, slashCommand, str, type Where } from './payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
const GUILD = '1300000000000000002';
const news = useStandardNewsServer();

let fake: FakeDiscord;
let deps: AppDeps;
let adapter: RunningAdapter;
let scheduler: BriefingScheduler;

beforeAll(async () => {
  fake = await startFakeDiscord({ guildIds: [GUILD] });
  deps = await createDeps(
    loadConfig({ DATABASE_URL: testDatabaseUrl(), FETCH_ALLOW_HOSTS: '127.0.0.1' }),
    recordingLogger(),
  );
  adapter = await startDiscordAdapter(
    { token: TOKEN, apiUrl: fake.apiUrl },
    deps,
    recordingLogger(),
  );
  scheduler = await deps.briefingRuntime.start([adapter]);
});

afterAll(async () => {
  await adapter?.stop();
  await deps?.briefingRuntime.close();
  await deps?.work.close();
  await fake?.close();
});

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Answer {
  content?: string;
  embeds?: Embed[];
}

const where = (channelId: string): Where => ({
  applicationId: fake.applicationId,
  guildId: GUILD,
  channelId,
});

/**
 * Runs `/news <sub>` in a channel and returns what the user saw: an immediate reply (a
 * one-line error), the edit of the "thinking…" placeholder, or an ephemeral follow-up.
 */
async function run(
  channelId: string,
  sub: string,
  options: Parameters<typeof slashCommand>[2] = [],
): Promise<Answer> {
  const payload = slashCommand(where(channelId), sub, options);
  fake.dispatch('INTERACTION_CREATE', payload);
  const callback = await fake.waitFor((r) => r.path.startsWith(`/interactions/${payload.id}/`));
  if (callback.body.type === 4) return callback.body.data as Answer;
  const answered = await fake.waitFor(
    (r: RecordedRequest) =>
      (r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`)) ||
      (r.method === 'POST' && r.path.endsWith(`/webhooks/${fake.applicationId}/${payload.token}`)),
    15_000,
  );
  return answered.body as Answer;
}

const textOf = (a: Answer) => a.content ?? '';

/** The briefing a simulated morning posts to the channel: its story embeds. */
async function morning(channelId: string): Promise<Embed[]> {
  await run(channelId, 'briefing', [str('time', '07:30'), str('timezone', 'Europe/Berlin')]);
  const before = fake.requests.length;
  expect((await scheduler.simulateMorning({ platform: 'discord', channelId })).status).toBe('sent');
  return fake.requests
    .slice(before)
    .filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`)
    .flatMap((r) => (r.body as Answer).embeds ?? []);
}

describe('Discord: filters per subscription', () => {
  const channel = '1320000000000000101';

  it('GIVEN /news subscribe url: only: except: THEN the morning briefing has only the stories that pass', async () => {
    expect(
      textOf(
        await run(channel, 'subscribe', [
          str('url', news().feedUrl('courier')),
          str('only', '“interest rate”, tram'),
          str('except', 'airport'),
        ]),
      ),
    ).toContain('(3 stories in the feed now; 1 of the last 3 items pass)');
    expect(
      textOf(
        await run(channel, 'subscribe', [
          str('url', news().feedUrl('wire')),
          str('except', 'fire'),
        ]),
      ),
    ).toContain('filtered by except: fire (3 stories in the feed now; 2 of the last 3 items pass)');
    const titles = (await morning(channel)).map((e) => e.title);
    expect(titles.sort()).toEqual([BANK.title, CHIPS.title, RHINE_WIRE_TITLE].sort());
    expect(titles).not.toContain(TRAM.title);
    expect(titles).not.toContain(HEAT.title);
  });

  it('GIVEN /news filter feed: with a filter, with clear:True, or bad syntax THEN set, cleared, or a one-line error', async () => {
    expect(
      textOf(await run(channel, 'filter', [str('feed', '2'), str('only', 'chips, semiconductor')])),
    ).toContain('Continental Wire: only: chips, semiconductor (1 of the last 3 items pass)');
    expect(textOf(await run(channel, 'feeds'))).toContain(
      'only: chips, semiconductor · 1 of the last 3 items pass',
    );
    const bad = textOf(await run(channel, 'filter', [str('feed', '2'), str('except', '"storm')]));
    expect(bad).toMatch(/^⚠️ A quote is not closed/);
    expect(bad).toContain('for example `only: climate, "interest rates" except: sport`');
    expect(bad).not.toContain('\n');
    expect(textOf(await run(channel, 'filter', [str('feed', '2'), bool('clear', true)]))).toContain(
      'Continental Wire: no filter',
    );
  });
});

describe('Discord: length per channel', () => {
  it('GIVEN /news length length:brief, then detailed THEN a summary has 2, then 6 key points, and briefings the lede only, then 6', async () => {
    const channel = '1320000000000000102';
    const url = `${news().origin}/courier/${BANK.slug}`;
    const points = (a: Answer) =>
      (a.embeds?.[0]?.fields ?? []).filter((f) => f.name !== 'Key quotes').length;
    expect(textOf(await run(channel, 'length'))).toContain('This channel reads standard');
    expect(textOf(await run(channel, 'length', [str('length', 'brief')]))).toContain(
      'Length set to brief',
    );
    expect(points(await run(channel, 'summarize', [str('url', url)]))).toBe(2);
    await run(channel, 'subscribe', [str('url', news().feedUrl('wire'))]);
    const brief = await morning(channel);
    expect(brief.map((e) => e.fields?.length ?? 0)).toEqual([0, 0, 0]);
    expect(brief.every((e) => (e.description ?? '').length > 20)).toBe(true);

    await run(channel, 'length', [str('length', 'detailed')]);
    expect(points(await run(channel, 'summarize', [str('url', url)]))).toBe(6);
  });
});
