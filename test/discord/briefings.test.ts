import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { type AppDeps, createDeps } from '../../src/app.js';
import type { BriefingScheduler } from '../../src/briefing/scheduler.js';
import { loadConfig } from '../../src/config.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import { RHINE } from '../sources/support/news-stories.js';
import { testDatabaseUrl } from '../store/support/stores.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';
import { autocomplete, bool, slashCommand, str, typing, type Where } from './payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
const GUILD = '1300000000000000002';
const news = useStandardNewsServer();

let fake: FakeDiscord;
let deps: AppDeps;
let adapter: RunningAdapter;
let scheduler: BriefingScheduler;
let where: Where;

beforeAll(async () => {
  fake = await startFakeDiscord({ guildIds: [GUILD] });
  // The wiring `newsbrief serve` uses: SQLite store, briefings, the worker pool.
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
  where = { applicationId: fake.applicationId, guildId: GUILD, channelId: '1320000000000000001' };
});

afterAll(async () => {
  await adapter?.stop();
  await deps?.briefingRuntime.close();
  await deps?.work.close();
  await fake?.close();
});

/** Sends an interaction through the gateway and returns its callback request. */
async function callbackOf(payload: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.waitFor((r) => r.path.startsWith(`/interactions/${payload.id}/`));
}

/** Runs `/news <sub>` and returns the text the "thinking…" placeholder was replaced with. */
async function run(sub: string, options: Parameters<typeof slashCommand>[2] = []) {
  const payload = slashCommand(where, sub, options);
  const callback = await callbackOf(payload);
  expect(callback.body.type).toBe(5);
  const edit = await fake.waitFor(
    (r: RecordedRequest) =>
      r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`),
    // The feed is read by a worker thread, started cold under a busy test run.
    15_000,
  );
  return JSON.stringify(edit.body);
}

describe('Discord: feeds and the morning briefing', () => {
  it('GIVEN /news subscribe url: THEN the channel follows the feed, and /news feeds lists it', async () => {
    expect(await run('subscribe', [str('url', news().feedUrl('courier'))])).toContain(
      'Subscribed to Rhine Valley Courier',
    );
    expect(await run('subscribe', [str('url', news().feedUrl('wire'))])).toContain(
      'Subscribed to Continental Wire',
    );
    const listed = await run('feeds');
    expect(listed).toContain('Rhine Valley Courier');
    expect(listed).toContain('Continental Wire');
  });

  it('GIVEN "berl" typed in the time zone THEN Europe/Berlin is offered first', async () => {
    const callback = await callbackOf(
      autocomplete(where, 'briefing', [str('time', '07:30'), typing('timezone', 'berl')]),
    );
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices[0]).toEqual({
      name: 'Europe/Berlin',
      value: 'Europe/Berlin',
    });
  });

  it('GIVEN /news briefing time: timezone: weekdays: THEN the schedule is set, and a morning brings the briefing to the channel', async () => {
    expect(
      await run('briefing', [
        str('time', '7:30'),
        str('timezone', 'Europe/Berlin'),
        bool('weekdays', false),
      ]),
    ).toMatch(/Briefing set for every day at 07:30 \(Europe\/Berlin\)/);
    const outcome = await scheduler.simulateMorning({
      platform: 'discord',
      channelId: where.channelId,
    });
    expect(outcome.status).toBe('sent');
    const posted = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${where.channelId}/messages`,
    );
    const text = JSON.stringify(posted.map((r) => r.body));
    expect(text).toContain('Your briefing for');
    expect(text.match(new RegExp(RHINE.title, 'g'))).toHaveLength(1);
  });

  it('GIVEN a time zone Discord did not offer THEN the user is told what to type', async () => {
    const callback = await callbackOf(
      slashCommand(where, 'briefing', [str('time', '07:30'), str('timezone', 'Mars/Olympus')]),
    );
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.content).toContain('"Mars/Olympus" is not a time zone I know');
    expect(callback.body.data.content).toContain(
      '`/news briefing time:07:30 timezone:Europe/Berlin`',
    );
  });

  it('GIVEN /news unsubscribe feed:1 and /news briefing time:off THEN both are undone', async () => {
    expect(await run('unsubscribe', [str('feed', '1')])).toContain(
      'Unsubscribed from Rhine Valley Courier.',
    );
    expect(await run('briefing', [str('time', 'off')])).toContain('Briefing turned off.');
  });
});
