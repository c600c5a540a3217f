import { setTimeout as realSleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '../../src/articles/fetch-feed.js';
import {
  type BriefingPoster,
  type BriefingScheduler,
  type BriefingSchedulerOptions,
  createBriefingScheduler,
} from '../../src/briefing/scheduler.js';
import { createBriefingService } from '../../src/briefing/service.js';
import { sendInOrder } from '../../src/core/adapter.js';
import type { Store } from '../../src/store/store.js';
import {
  type LocalNewsServer,
  startLocalNewsServer,
} from '../sources/support/local-news-server.js';
import { ALL_STORIES, BANK, CHIPS, RHINE, TRAM } from '../sources/support/news-stories.js';
import { testStoreKit } from '../store/support/stores.js';
import { advanceTo, until, useFakeClock } from './support/clock.js';
import { briefingDeps, type RecordingPoster, recordingPoster } from './support/harness.js';

const chan = { platform: 'slack' as const, channelId: 'C-morning' };
const berlin0730 = { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: false };

let server: LocalNewsServer;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.useRealTimers();
});

async function setup(start: string, feed: { slow?: boolean; entries?: number } = {}) {
  useFakeClock(start);
  server = await startLocalNewsServer();
  cleanups.push(() => server.close());
  // Every store opened is another replica on the same database.
  const kit = testStoreKit();
  cleanups.push(() => kit.cleanup());
  const openStore = () => kit.open();
  const store = await openStore();
  const prefix = feed.slow ? '/courier-slow' : '/courier';
  server.feeds.set('courier', {
    format: 'rss',
    title: 'Rhine Valley Courier',
    version: 1,
    changedAt: new Date(),
    entries: ALL_STORIES.slice(0, feed.entries ?? 0).map((story, i) => ({
      story,
      path: `${prefix}/${story.slug}`,
      publishedAt: new Date(Date.now() - (i + 1) * 3600_000),
    })),
  });
  const service = createBriefingService(briefingDeps(store));
  const sub = await service.subscribe(chan, server.feedUrl('courier'));
  expect(sub.ok).toBe(true);
  await service.setSchedule(chan, berlin0730);
  return { store, openStore };
}

function scheduler(
  store: Store,
  poster: RecordingPoster,
  extra: Partial<BriefingSchedulerOptions> = {},
): BriefingScheduler {
  const s = createBriefingScheduler({
    ...briefingDeps(store),
    posters: new Map([['slack', poster]]),
    pollMinutes: 0,
    ...extra,
  });
  cleanups.push(() => s.stop());
  return s;
}

/** Publishes a story to the courier feed with a unique GUID and title, now. */
function publishDaily(day: number) {
  const story = ALL_STORIES[day % ALL_STORIES.length] ?? RHINE;
  server.publish('courier', {
    story,
    path: `/courier/${story.slug}`,
    guid: `daily-${day}`,
    title: `Day ${day}: ${story.title}`,
    publishedAt: new Date(),
  });
}

/**
 * From 06:00 to the 06:30 tick a minute at a time, so each idle tick's store work ends within
 * its minute (one big jump would leave the first tick's query in flight and skip the rest).
 */
async function toTheBriefing(s: BriefingScheduler): Promise<void> {
  await advanceTo('2026-03-24T06:29:00Z', s.idle);
  await vi.advanceTimersByTimeAsync(60_000);
}

describe('scheduled briefings', () => {
  it('GIVEN a briefing sent THEN its log lines carry the job id (channel and scheduled time)', async () => {
    const { store } = await setup('2026-03-24T06:00:00Z', { entries: 2 });
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn() {}, error() {} };
    const s = scheduler(store, recordingPoster(), { logger });
    await s.start();
    await advanceTo('2026-03-24T06:35:00Z', s.idle);
    expect(lines.filter((l) => /stories/.test(l))).toEqual([
      expect.stringMatching(/^\[job briefing:slack:C-morning@2026-03-24T06:30:00\.000Z\] /),
    ]);
  });

  it("GIVEN 07:30 Europe/Berlin across the spring DST change THEN one briefing each morning at 07:30 local, with only that day's story", async () => {
    const { store } = await setup('2026-03-27T00:00:00Z');
    const poster = recordingPoster();
    const s = scheduler(store, poster);
    await s.start();
    for (let day = 1; day <= 4; day++) {
      publishDaily(day);
      await advanceTo(
        new Date(Date.parse('2026-03-27T00:00:00Z') + day * 86_400_000).toISOString(),
        s.idle,
      );
    }
    expect(poster.digests().map((d) => d.at)).toEqual([
      '2026-03-27T06:30:00.000Z',
      '2026-03-28T06:30:00.000Z',
      '2026-03-29T05:30:00.000Z',
      '2026-03-30T05:30:00.000Z',
    ]);
    expect(poster.digests().map((d) => d.reply.stories.map((st) => st.title.slice(0, 6)))).toEqual([
      ['Day 1:'],
      ['Day 2:'],
      ['Day 3:'],
      ['Day 4:'],
    ]);
    expect(poster.digests()[2]?.reply.title).toBe('Your briefing for Sunday 29 March');
    const deliveries = await store.listDeliveries(chan);
    expect(deliveries.map((d) => [d.scheduledFor, d.status])).toEqual([
      ['2026-03-27T06:30:00.000Z', 'sent'],
      ['2026-03-28T06:30:00.000Z', 'sent'],
      ['2026-03-29T05:30:00.000Z', 'sent'],
      ['2026-03-30T05:30:00.000Z', 'sent'],
    ]);
    // The feed was asked conditionally every morning and answered 304 when unchanged.
    expect(
      server.requests.filter((r) => r.path === '/feeds/courier.xml' && r.headers['if-none-match']),
    ).not.toHaveLength(0);
    // Days of minute ticks on a fake clock: slow on a busy machine, not a timing check.
  }, 60_000);

  it('GIVEN the scheduler is stopped while composing and a new one starts THEN the briefing is delivered once, by the new one', async () => {
    const { store } = await setup('2026-03-24T06:00:00Z', { slow: true, entries: 3 });
    const release = server.holdSlowPages();
    const posterA = recordingPoster();
    const a = scheduler(store, posterA, { instanceId: 'A' });
    await a.start();
    await toTheBriefing(a);
    await until(() => server.waitingOnSlowPages() > 0);
    expect((await store.listDeliveries(chan))[0]).toMatchObject({ status: 'claimed', owner: 'A' });

    await a.stop();
    expect((await store.listDeliveries(chan))[0]).toMatchObject({ status: 'released' });
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    const posterB = recordingPoster();
    const b = scheduler(store, posterB, { instanceId: 'B' });
    await b.start();
    await b.idle();

    expect(posterA.posts).toHaveLength(0);
    expect(posterB.digests()).toHaveLength(1);
    expect(posterB.digests()[0]?.reply.stories.map((st) => st.title)).toEqual([
      RHINE.title,
      TRAM.title,
      BANK.title,
    ]);
    expect(await store.listDeliveries(chan)).toMatchObject([
      { scheduledFor: '2026-03-24T06:30:00.000Z', status: 'sent', owner: 'B', attempts: 2 },
    ]);
  });

  it('GIVEN a process dies mid-briefing THEN another takes over after the lease and the zombie does not post', async () => {
    const { store, openStore } = await setup('2026-03-24T06:00:00Z', { slow: true, entries: 2 });
    const release = server.holdSlowPages();
    const posterA = recordingPoster();
    const a = scheduler(store, posterA, { instanceId: 'A', leaseMs: 5 * 60_000 });
    await a.start();
    await toTheBriefing(a);
    await until(() => server.waitingOnSlowPages() > 0);

    // B sweeps by hand (not started), so the test decides when it looks.
    const posterB = recordingPoster();
    const b = scheduler(await openStore(), posterB, { instanceId: 'B' });
    const heldByA = server.waitingOnSlowPages();
    // Nothing to take while A's lease holds.
    expect(await b.runDueBriefings()).toEqual([]);
    await vi.advanceTimersByTimeAsync(6 * 60_000);
    const takeover = b.runDueBriefings();
    await until(() => server.waitingOnSlowPages() > heldByA);
    release();
    expect(await takeover).toMatchObject([{ status: 'sent', storyCount: 2 }]);
    await a.idle();

    expect(posterA.posts).toHaveLength(0);
    expect(posterB.digests()).toHaveLength(1);
    expect(await store.listDeliveries(chan)).toMatchObject([{ status: 'sent', owner: 'B' }]);
  });

  it('GIVEN two schedulers on one database THEN every morning is delivered exactly once between them', async () => {
    const { store, openStore } = await setup('2026-03-24T00:00:00Z');
    const posters = [recordingPoster(), recordingPoster()];
    const [a, b] = [
      scheduler(store, posters[0] as RecordingPoster, { instanceId: 'A' }),
      scheduler(await openStore(), posters[1] as RecordingPoster, { instanceId: 'B' }),
    ];
    await Promise.all([a.start(), b.start()]);
    const settle = async () => {
      await Promise.all([a.idle(), b.idle()]);
    };
    for (let day = 1; day <= 3; day++) {
      publishDaily(day);
      await advanceTo(
        new Date(Date.parse('2026-03-24T00:00:00Z') + day * 86_400_000).toISOString(),
        settle,
      );
    }
    // Both also sweep at the same moment: the claim keeps it to one.
    await Promise.all([a.runDueBriefings(), b.runDueBriefings()]);
    const all = posters.flatMap((p) => p.digests()).sort((x, y) => x.at.localeCompare(y.at));
    expect(all.map((d) => d.at)).toEqual([
      '2026-03-24T06:30:00.000Z',
      '2026-03-25T06:30:00.000Z',
      '2026-03-26T06:30:00.000Z',
    ]);
    expect(all.map((d) => d.reply.stories.length)).toEqual([1, 1, 1]);
    // Days of minute ticks on a fake clock: slow on a busy machine, not a timing check.
  }, 60_000);

  it('GIVEN downtime over the briefing time THEN it is sent late within the catch-up window, else skipped', async () => {
    const { store } = await setup('2026-03-24T04:00:00Z', { entries: 2 });
    await advanceTo('2026-03-24T07:45:00Z', async () => {});
    const poster = recordingPoster();
    const late = scheduler(store, poster, { catchUpMinutes: 120 });
    expect(await late.runDueBriefings()).toMatchObject([
      { status: 'sent', scheduledFor: '2026-03-24T06:30:00.000Z' },
    ]);
    await late.stop();

    await advanceTo('2026-03-25T09:00:00Z', async () => {});
    const tooLate = scheduler(store, poster);
    await tooLate.start();
    await tooLate.idle();
    // 25 hours late: the morning is skipped, not sent.
    expect(await tooLate.runDueBriefings()).toEqual([]);
    expect(poster.digests()).toHaveLength(1);
    expect(await store.listDeliveries(chan)).toHaveLength(1);
  });

  it('GIVEN three days of downtime THEN only the latest morning is caught up, never a flood', async () => {
    const { store } = await setup('2026-03-24T04:00:00Z', { entries: 4 });
    await advanceTo('2026-03-27T06:00:00Z', async () => {});
    publishDaily(4);
    await advanceTo('2026-03-27T07:00:00Z', async () => {});
    const poster = recordingPoster();
    const s = scheduler(store, poster);
    await s.start();
    await s.idle();
    expect(await s.runDueBriefings()).toEqual([]);
    expect(poster.digests().map((d) => d.at)).toEqual(['2026-03-27T07:00:00.000Z']);
    expect((await store.listDeliveries(chan)).map((d) => d.scheduledFor)).toEqual([
      '2026-03-27T06:30:00.000Z',
    ]);
  });
});

describe('feed polling', () => {
  it('GIVEN a feed that keeps failing THEN it is retried with growing pauses and reported to its channel once', async () => {
    const { store } = await setup('2026-03-24T04:00:00Z', { entries: 1 });
    const poster = recordingPoster();
    const s = scheduler(store, poster);
    const courier = server.feeds.get('courier');
    if (courier) courier.failWith = 503;
    const feedRequests = () =>
      server.requests.filter((r) => r.path === '/feeds/courier.xml').length;
    const start = feedRequests();
    const minutes = [0, 1, 5, 6, 16, 36, 70];
    for (const m of minutes) {
      vi.setSystemTime(new Date(Date.parse('2026-03-24T04:00:00Z') + m * 60_000));
      await s.pollFeeds();
    }
    // Attempts at 0, 5 (after 5 min), 16 (after 10), 36 (after 20); 70 is before the 40-minute pause ends.
    expect(feedRequests() - start).toBe(4);
    const notices = poster.posts.filter((p) => p.reply.kind === 'info');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.reply).toMatchObject({
      text: expect.stringMatching(/Rhine Valley Courier has failed 3 times in a row \(.*503/),
    });

    if (courier) courier.failWith = undefined;
    vi.setSystemTime(new Date('2026-03-24T06:00:00Z'));
    await s.pollFeeds();
    expect((await store.listSubscriptions(chan))[0]).toMatchObject({
      failures: 0,
      failureReported: false,
    });
    vi.setSystemTime(new Date('2026-03-24T06:20:00Z'));
    await s.pollFeeds();
    expect(server.requests.at(-1)).toMatchObject({ status: 304 });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"courier-v1"');
  });

  it('GIVEN a feed that changes between polls THEN the next briefing holds only the new story', async () => {
    const { store } = await setup('2026-03-24T04:00:00Z', { entries: 2 });
    const poster = recordingPoster();
    const s = scheduler(store, poster);
    await s.start();
    await advanceTo('2026-03-24T07:00:00Z', s.idle);
    await s.pollFeeds();
    expect(server.requests.at(-1)).toMatchObject({ path: '/feeds/courier.xml', status: 304 });
    server.publish('courier', {
      story: CHIPS,
      path: `/courier/${CHIPS.slug}`,
      publishedAt: new Date(),
    });
    await advanceTo('2026-03-24T12:00:00Z', s.idle);
    await s.pollFeeds();
    expect(server.requests.at(-1)).toMatchObject({ path: '/feeds/courier.xml', status: 200 });
    await advanceTo('2026-03-25T07:00:00Z', s.idle);
    expect(poster.digests().map((d) => d.reply.stories.map((st) => st.title))).toEqual([
      [RHINE.title, TRAM.title],
      [CHIPS.title],
    ]);
  });
});

describe('a briefing due while another replica fetches its feed', () => {
  it('GIVEN another replica holds the feed fetch when the briefing is composed THEN the briefing waits for that fetch and holds its new story', async () => {
    const { store, openStore } = await setup('2026-03-24T06:00:00Z', { entries: 1 });
    vi.setSystemTime(new Date('2026-03-24T06:31:00Z'));
    server.publish('courier', {
      story: CHIPS,
      path: `/courier/${CHIPS.slug}`,
      publishedAt: new Date(),
    });
    // Replica B has just taken the feed's fetch (its poll) and is still reading it.
    const other = await openStore();
    const [feed] = await other.listSubscriptions(chan);
    if (!feed) throw new Error('no feed');
    expect(
      await other.claimFeedFetch(feed.id, { now: new Date(), freshForMs: 0, leaseMs: 120_000 }),
    ).toBe(true);
    const poster = recordingPoster();
    const run = scheduler(store, poster, { instanceId: 'A' }).runDueBriefings();
    // A has claimed the delivery and is composing: give it time to find the feed busy.
    while ((await store.listDeliveries(chan)).length === 0) await realSleep(5);
    await realSleep(300);
    // B's fetch lands while A's briefing is being composed.
    const fetched = await fetchFeed(feed.url, feed.validators, briefingDeps(other).fetch);
    if (!fetched.ok || fetched.value.status !== 'updated') throw new Error('feed not read');
    await other.saveItems(feed.id, fetched.value.items, new Date());
    await other.recordFeedSuccess(feed.id, {
      now: new Date(),
      validators: fetched.value.validators,
    });

    expect(await run).toMatchObject([{ status: 'sent' }]);
    expect(poster.digests()[0]?.reply.stories.map((st) => st.title)).toContain(CHIPS.title);
  });
});

describe('a briefing cut short mid-way', () => {
  it('GIVEN posting fails after the first message THEN it resumes from the second: every message once, delivery sent', async () => {
    const { store } = await setup('2026-03-24T06:00:00Z', { entries: 3 });
    const delivered: string[] = [];
    let failures = 0;
    // A platform that sends one message per story and fails once, on the second message.
    const poster: BriefingPoster = {
      async post(_channelId, reply, options) {
        const parts = reply.kind === 'digest' ? reply.stories.map((s) => s.title) : [];
        await sendInOrder(parts, options, async (title, i) => {
          if (i === 1 && failures === 0) {
            failures++;
            throw new Error('503 Service Unavailable');
          }
          delivered.push(title);
        });
      },
    };
    const s = createBriefingScheduler({
      ...briefingDeps(store),
      posters: new Map([['slack', poster]]),
      pollMinutes: 0,
    });
    cleanups.push(() => s.stop());
    await s.start();
    await advanceTo('2026-03-24T07:00:00Z', s.idle);
    expect(failures).toBe(1);
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect((await store.listDeliveries(chan)).map((d) => d.status)).toEqual(['sent']);
  });
});
