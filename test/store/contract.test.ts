import { afterEach, describe, expect, it } from 'vitest';
import type { DueClaim, Store } from '../../src/store/store.js';
import { type StoreKit, storeKits } from './support/stores.js';

const kits = await storeKits();

const chan = { platform: 'slack' as const, channelId: 'C1' };
const t0 = new Date('2026-03-24T06:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const lease = (min: number) => ({ now: at(min), leaseMs: 5 * 60_000, maxAttempts: 3 });
const key = { ...chan, scheduledFor: '2026-03-24T06:30:00.000Z' };
const berlin0730 = { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: false };
const posting = (min: number, payload = '{"n":1}') => ({
  now: at(min),
  leaseMs: 5 * 60_000,
  payload,
});

/** Every due schedule is delivered at its latest 06:30Z and next due a day later. */
const due = (min: number, limit = 10): DueClaim => {
  const day = Math.floor((min - 30) / (24 * 60));
  return {
    now: at(min),
    leaseMs: 5 * 60_000,
    maxAttempts: 3,
    limit,
    catchUpMs: 120 * 60_000,
    plan: () => ({ deliverAt: at(30 + day * 24 * 60), nextDue: at(30 + (day + 1) * 24 * 60) }),
  };
};

const item = (guid: string, title: string) => ({
  guid,
  title,
  lede: `${title}.`,
  content: '',
  url: `https://news.example/${guid}`,
});

describe.each(kits.map((k) => [k().name, k] as const))('%s store contract', (_name, makeKit) => {
  let kit: StoreKit | undefined;
  afterEach(async () => {
    await kit?.cleanup();
    kit = undefined;
  });
  /** Another replica (connection) on this test's own database. */
  async function open(): Promise<Store> {
    kit ??= makeKit();
    return kit.open();
  }

  it('GIVEN items saved twice THEN known GUIDs are updated, only new ones counted, and seen ones left out', async () => {
    const s = await open();
    const { feed, created } = await s.subscribe(chan, 'https://news.example/rss', t0);
    expect(created).toBe(true);
    expect((await s.subscribe(chan, 'https://news.example/rss', t0)).created).toBe(false);
    expect(await s.saveItems(feed.id, [item('a', 'A'), item('b', 'B')], t0)).toBe(2);
    expect(await s.saveItems(feed.id, [item('a', 'A2'), item('c', 'C')], at(10))).toBe(1);
    const window = { since: at(-60), notBefore: at(-3000) };
    const unseen = await s.unseenItems(chan, window);
    expect(unseen.map((i) => i.title).sort()).toEqual(['A2', 'B', 'C']);
    await s.markSeen(
      chan,
      unseen.filter((i) => i.title !== 'C').map((i) => i.id),
      at(20),
    );
    expect((await s.unseenItems(chan, window)).map((i) => i.title)).toEqual(['C']);
    expect((await s.seenItems(chan, at(0))).map((i) => i.title).sort()).toEqual(['A2', 'B']);
    expect(await s.unseenItems({ platform: 'discord', channelId: 'C1' }, window)).toEqual([]);
    expect((await s.listSubscribedFeeds()).map((f) => f.url)).toEqual(['https://news.example/rss']);
    expect(await s.subscribersOf(feed.id)).toEqual([chan]);
    expect(await s.unsubscribe(chan, feed.id)).toBe(true);
    expect(await s.listSubscriptions(chan)).toEqual([]);
  });

  it('GIVEN feed fetch results THEN validators, failures and back-off are kept', async () => {
    const s = await open();
    const { feed } = await s.subscribe(chan, 'https://news.example/rss', t0);
    await s.recordFeedSuccess(feed.id, {
      now: t0,
      title: 'News',
      validators: { etag: '"v1"', lastModified: undefined },
    });
    await s.recordFeedSuccess(feed.id, { now: at(1) });
    const failed = await s.recordFeedFailure(feed.id, {
      now: at(2),
      error: 'HTTP 503',
      retryAt: at(7),
    });
    expect(failed).toMatchObject({
      title: 'News',
      validators: { etag: '"v1"' },
      failures: 1,
      lastError: 'HTTP 503',
      nextAttemptAt: at(7).toISOString(),
      failureReported: false,
    });
    await s.markFailureReported(feed.id);
    expect((await s.listSubscriptions(chan))[0]?.failureReported).toBe(true);
  });

  it('GIVEN two replicas polling one feed THEN one fetches it, and not again while it is fresh or backing off', async () => {
    const [a, b] = [await open(), await open()];
    const { feed } = await a.subscribe(chan, 'https://news.example/rss', t0);
    const claim = (min: number) => ({ now: at(min), freshForMs: 15 * 60_000, leaseMs: 120_000 });
    const first = await Promise.all([
      a.claimFeedFetch(feed.id, claim(0)),
      b.claimFeedFetch(feed.id, claim(0)),
    ]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await b.getFeed(feed.id, at(1))).toMatchObject({ id: feed.id, fetching: true });
    // The fetcher died: after its lease another may fetch.
    expect(await b.claimFeedFetch(feed.id, claim(1))).toBe(false);
    expect(await b.claimFeedFetch(feed.id, claim(3))).toBe(true);
    await b.recordFeedSuccess(feed.id, { now: at(3) });
    expect(await a.getFeed(feed.id, at(3))).toMatchObject({ fetching: false });
    expect(await a.claimFeedFetch(feed.id, claim(10))).toBe(false);
    expect(await a.claimFeedFetch(feed.id, claim(18))).toBe(true);
    await a.recordFeedFailure(feed.id, { now: at(18), error: 'x', retryAt: at(25) });
    expect(await b.claimFeedFetch(feed.id, claim(20))).toBe(false);
    expect(await b.claimFeedFetch(feed.id, claim(25))).toBe(true);
  });

  it('GIVEN schedules and summaries THEN they are kept, replaced and removed', async () => {
    const s = await open();
    await s.setSchedule(chan, berlin0730, t0);
    await s.setSchedule(chan, { ...berlin0730, time: '08:00', weekdaysOnly: true }, at(1));
    expect(await s.getSchedule(chan)).toEqual({
      ...chan,
      schedule: { time: '08:00', timeZone: 'Europe/Berlin', weekdaysOnly: true },
      updatedAt: at(1).toISOString(),
    });
    expect(await s.listSchedules()).toHaveLength(1);
    expect(await s.removeSchedule(chan)).toBe(true);
    expect(await s.getSchedule(chan)).toBeUndefined();

    const summary = { title: 'T', lede: 'L', keyPoints: [{ label: 'A', text: 'B.' }] };
    await s.saveSummary('https://news.example/a', summary, t0);
    await s.saveSummary('https://news.example/a', { ...summary, lede: 'L2' }, t0);
    expect(await s.getSummary('https://news.example/a')).toEqual({ ...summary, lede: 'L2' });
    expect(await s.getSummary('https://news.example/b')).toBeUndefined();

    const cached = {
      article: { text: 'Body.', url: 'https://news.example/a' },
      summary: {
        title: 'T',
        lede: 'L',
        keyPoints: [],
        quotes: [],
        stats: { sentences: 1, words: 1, removedLines: 0 },
      },
    };
    await s.summaryCache.save('p4:url:news.example/a', cached, at(0));
    expect(await s.summaryCache.get('p4:url:news.example/a', at(0))).toEqual(cached);
    expect(await s.summaryCache.get('p4:url:news.example/a', at(1))).toBeUndefined();
    expect(await s.summaryCache.get('p4:url:news.example/b', at(-1))).toBeUndefined();
  });

  it('GIVEN stories shown to a channel THEN they come back oldest first, per channel and since a time, until pruned', async () => {
    const s = await open();
    const first = {
      firstKey: 'https://news.example/fire-1',
      storyKey: 'https://news.example/fire-1',
      guid: 'https://news.example/fire-1',
      canonicalUrl: 'https://news.example/fire-1',
      title: 'Fire destroys warehouse',
      lede: 'A fire tore through a warehouse.',
      sentences: ['A fire tore through a warehouse.', 'Three workers are missing.'],
      message: {
        id: '1700000000.000001',
        link: 'https://team.slack.com/archives/C1/p1700000000000001',
      },
    };
    const update = {
      ...first,
      storyKey: 'guid:7:fire-2',
      guid: 'fire-2',
      canonicalUrl: undefined,
      title: 'Warehouse fire: bodies found',
      sentences: ['Firefighters recovered two bodies.'],
      message: undefined,
    };
    await s.recordShown(chan, [first], t0);
    await s.recordShown(chan, [update], at(24 * 60));
    await s.recordShown({ platform: 'discord', channelId: 'C1' }, [first], t0);
    const shown = await s.shownStories(chan, at(-1));
    expect(shown.map(({ id: _id, ...rest }) => rest)).toEqual([
      { ...first, shownAt: t0.toISOString() },
      { ...update, shownAt: at(24 * 60).toISOString() },
    ]);
    expect((await s.shownStories(chan, at(1))).map((r) => r.storyKey)).toEqual(['guid:7:fire-2']);
    await s.pruneItems(at(60));
    expect((await s.shownStories(chan, at(-1))).map((r) => r.storyKey)).toEqual(['guid:7:fire-2']);

    const summary = { title: 'T', lede: 'L', keyPoints: [], sentences: ['One.', 'Two.'] };
    await s.saveSummary('https://news.example/s', summary, t0);
    expect(await s.getSummaries(['https://news.example/s'])).toEqual(
      new Map([['https://news.example/s', summary]]),
    );
  });

  it('GIVEN a claimed delivery THEN a second claim fails until the lease expires, and a posting one is not retaken by a single claim', async () => {
    const s = await open();
    expect(await s.claimDelivery(key, 'A', lease(0))).toBe(true);
    expect(await s.claimDelivery(key, 'B', lease(1))).toBe(false);
    expect(await s.claimDelivery(key, 'B', lease(6))).toBe(true);
    expect(await s.startPosting(key, 'A', posting(7))).toBe(false);
    expect(await s.startPosting(key, 'B', posting(7))).toBe(true);
    expect(await s.claimDelivery(key, 'C', lease(60))).toBe(false);
    await s.finishDelivery(key, 'B', { status: 'sent', itemIds: [], storyCount: 3, now: at(8) });
    expect(await s.claimDelivery(key, 'C', lease(61))).toBe(false);
    expect(await s.lastDelivered(chan)).toBe(key.scheduledFor);
    expect((await s.listDeliveries(chan))[0]).toMatchObject({
      status: 'sent',
      owner: 'B',
      attempts: 2,
      storyCount: 3,
    });
  });

  it('GIVEN a delivery finished THEN its items are seen; a finish by one who lost the claim marks nothing', async () => {
    const s = await open();
    const { feed } = await s.subscribe(chan, 'https://news.example/rss', t0);
    await s.saveItems(feed.id, [item('a', 'A'), item('b', 'B')], t0);
    const window = { since: at(-60), notBefore: at(-3000) };
    const [a, b] = await s.unseenItems(chan, window);
    expect(await s.claimDelivery(key, 'A', lease(0))).toBe(true);
    expect(await s.claimDelivery(key, 'B', lease(6))).toBe(true);
    const done = (ids: number[], min: number) => ({
      status: 'sent' as const,
      itemIds: ids,
      storyCount: ids.length,
      now: at(min),
    });
    await s.finishDelivery(key, 'A', done([a?.id ?? 0], 7));
    expect(await s.unseenItems(chan, window)).toHaveLength(2);
    expect((await s.listDeliveries(chan))[0]).toMatchObject({ status: 'claimed', owner: 'B' });
    await s.finishDelivery(key, 'B', done([a?.id ?? 0, b?.id ?? 0], 8));
    expect(await s.unseenItems(chan, window)).toEqual([]);
    expect((await s.listDeliveries(chan))[0]).toMatchObject({ status: 'sent', storyCount: 2 });
  });

  it('GIVEN a released delivery THEN it can be claimed again, up to the attempt limit', async () => {
    const s = await open();
    for (let i = 0; i < 3; i++) {
      expect(await s.claimDelivery(key, `P${i}`, lease(i))).toBe(true);
      await s.releaseDelivery(key, `P${i}`, 'boom');
    }
    expect(await s.claimDelivery(key, 'P3', lease(4))).toBe(false);
    expect((await s.listDeliveries())[0]).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('GIVEN two replicas THEN only one wins a run key and a delivery claim', async () => {
    const [a, b] = [await open(), await open()];
    const run = 'briefing:x:2026-03-24T06:30:00.000Z';
    expect(await a.acquireRun(run, 'A', 60_000, t0)).toBe(true);
    expect(await b.acquireRun(run, 'B', 60_000, t0)).toBe(false);
    expect(await b.acquireRun(run, 'B', 60_000, at(2))).toBe(true);
    const claims = await Promise.all([
      a.claimDelivery(key, 'A', lease(0)),
      b.claimDelivery(key, 'B', lease(0)),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('GIVEN three replicas reserving slots of one rate limit at once THEN the slots are 20 ms apart, none shared', async () => {
    const replicas = [await open(), await open(), await open()];
    const slots = (
      await Promise.all(
        replicas.flatMap((r) =>
          Array.from({ length: 10 }, () => r.reserveSlot('discord:global', 20, t0)),
        ),
      )
    )
      .map((d) => d.getTime() - t0.getTime())
      .sort((x, y) => x - y);
    expect(slots).toEqual(Array.from({ length: 30 }, (_, i) => i * 20));
    // Another key is its own limit; a caller after the queue has drained goes at once.
    expect(await replicas[0]?.reserveSlot('slack:C1', 1000, t0)).toEqual(t0);
    expect(await replicas[1]?.reserveSlot('slack:C1', 1000, at(1))).toEqual(at(1));
  });

  it('GIVEN 30 due schedules and three replicas claiming in batches at once THEN each briefing is claimed exactly once, and the schedules move to their next time', async () => {
    const replicas = [await open(), await open(), await open()];
    const [first] = replicas as [Store];
    for (let i = 0; i < 30; i++)
      await first.setSchedule({ platform: 'slack', channelId: `C${i}` }, berlin0730, t0);
    const claimed: string[][] = replicas.map(() => []);
    await Promise.all(
      replicas.map(async (r, i) => {
        for (;;) {
          const batch = await r.claimDueBriefings(`R${i}`, due(31, 4));
          if (batch.length === 0) return;
          claimed[i]?.push(...batch.map((c) => c.channelId));
          for (const c of batch)
            await r.finishDelivery(c, `R${i}`, {
              status: 'empty',
              itemIds: [],
              storyCount: 0,
              now: at(32),
            });
        }
      }),
    );
    const all = claimed.flat();
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect((await first.listDeliveries()).every((d) => d.status === 'empty')).toBe(true);
    // Nothing is due again until the next morning.
    expect(await first.claimDueBriefings('R0', due(60))).toEqual([]);
    const tomorrow = await first.claimDueBriefings('R0', due(31 + 24 * 60, 100));
    expect(tomorrow).toHaveLength(30);
    expect(new Set(tomorrow.map((c) => c.scheduledFor))).toEqual(
      new Set([at(30 + 24 * 60).toISOString()]),
    );
  });

  it("GIVEN Slack and Discord briefings in guilds of two shards THEN each replica claims only its platforms and its shards' guilds", async () => {
    const [s] = [await open()];
    // Guild ids whose shard (of 2) is 0 and 1: (id >> 22) % 2.
    const guild = (shard: number, n: number) =>
      String(((BigInt(n) * 2n + BigInt(shard)) << 22n) + 7n);
    for (let i = 0; i < 4; i++) {
      await s.setSchedule(
        { platform: 'discord', channelId: `D0-${i}`, guildId: guild(0, i + 1) },
        berlin0730,
        t0,
      );
      await s.setSchedule(
        { platform: 'discord', channelId: `D1-${i}`, guildId: guild(1, i + 1) },
        berlin0730,
        t0,
      );
      await s.setSchedule({ platform: 'slack', channelId: `S-${i}` }, berlin0730, t0);
    }
    const claim = (owner: string, scope: DueClaim['scope']) =>
      s.claimDueBriefings(owner, { ...due(31, 100), scope });
    const shard1 = await claim('shard-1', {
      platforms: ['discord'],
      discordShards: { ids: [1], count: 2 },
    });
    expect(shard1.map((c) => c.channelId).sort()).toEqual(['D1-0', 'D1-1', 'D1-2', 'D1-3']);
    const slack = await claim('slack', { platforms: ['slack'] });
    expect(slack.map((c) => c.channelId).sort()).toEqual(['S-0', 'S-1', 'S-2', 'S-3']);
    const shard0 = await claim('shard-0', {
      platforms: ['discord', 'slack'],
      discordShards: { ids: [0], count: 2 },
    });
    expect(shard0.map((c) => c.channelId).sort()).toEqual(['D0-0', 'D0-1', 'D0-2', 'D0-3']);
  });

  it('GIVEN a replica dies while posting THEN after its lease another takes the stored briefing over from the first unsent message', async () => {
    const [a, b] = [await open(), await open()];
    await a.setSchedule(chan, berlin0730, t0);
    const [claim] = await a.claimDueBriefings('A', due(30));
    expect(claim).toMatchObject({ ...key, sent: 0, schedule: { schedule: berlin0730 } });
    expect(claim?.payload).toBeUndefined();
    expect(await a.startPosting(key, 'A', posting(31, '{"reply":"three messages"}'))).toBe(true);
    expect(await a.recordSent(key, 'A', 2, at(37))).toBe(true);
    // A dies here. Before its lease runs out nobody takes over; after it, B does.
    expect(await b.claimDueBriefings('B', due(36))).toEqual([]);
    const [takeover] = await b.claimDueBriefings('B', due(38));
    expect(takeover).toMatchObject({ ...key, sent: 2 });
    expect(JSON.parse(takeover?.payload ?? '{}')).toEqual({ reply: 'three messages' });
    // The zombie can neither record progress nor finish.
    expect(await a.recordSent(key, 'A', 3, at(43))).toBe(false);
    await a.finishDelivery(key, 'A', { status: 'sent', itemIds: [], storyCount: 1, now: at(38) });
    expect((await b.listDeliveries(chan))[0]).toMatchObject({ status: 'posting', owner: 'B' });
    expect(await b.recordSent(key, 'B', 3, at(43))).toBe(true);
    await b.finishDelivery(key, 'B', { status: 'sent', itemIds: [], storyCount: 1, now: at(39) });
    expect((await b.listDeliveries(chan))[0]).toMatchObject({
      status: 'sent',
      owner: 'B',
      sent: 3,
      attempts: 2,
    });
  });

  it('GIVEN a released delivery THEN a batch claim retries it after its retry time, and gives up when too late', async () => {
    const s = await open();
    await s.setSchedule(chan, berlin0730, t0);
    await s.claimDueBriefings('A', due(30));
    await s.releaseDelivery(key, 'A', 'HTTP 500', at(35));
    expect(await s.claimDueBriefings('B', due(33))).toEqual([]);
    expect(await s.claimDueBriefings('B', due(35))).toMatchObject([{ ...key, sent: 0 }]);
    await s.releaseDelivery(key, 'B', 'HTTP 500');
    expect(await s.claimDueBriefings('C', due(200))).toEqual([]);
    expect((await s.listDeliveries(chan))[0]).toMatchObject({
      status: 'failed',
      error: 'HTTP 500',
    });
  });

  it('GIVEN channel memory THEN the last article is kept, replaced by `more`, and listed since a time, on every replica', async () => {
    const [s, other] = [await open(), await open()];
    const entry = (at: string, title: string) => ({
      ref: title.toLowerCase(),
      article: { text: 'Some text.', title },
      summary: {
        title,
        lede: 'L',
        keyPoints: [],
        quotes: [],
        stats: { sentences: 1, words: 2, removedLines: 0 },
      },
      pointsShown: 0,
      at,
    });
    await s.memory.setLastArticle('C1', entry('2026-03-24T06:00:00.000Z', 'One'));
    await s.memory.setLastArticle('C1', entry('2026-03-24T07:00:00.000Z', 'Two'));
    await s.memory.setLastArticle('C1', {
      ...entry('2026-03-24T07:00:00.000Z', 'Two'),
      pointsShown: 6,
    });
    expect((await other.memory.getLastArticle('C1'))?.pointsShown).toBe(6);
    expect(await other.memory.getLastArticle('C2')).toBeUndefined();
    const recent = await other.memory.recentArticles('C1', new Date('2026-03-24T06:30:00Z'));
    expect(recent.map((r) => r.summary.title)).toEqual(['Two']);

    // By ref: an older article is found, and updating it leaves the latest one latest.
    expect((await s.memory.getArticle('C1', 'one'))?.summary.title).toBe('One');
    expect(await s.memory.getArticle('C2', 'one')).toBeUndefined();
    expect(await s.memory.getArticle('C1', 'gone')).toBeUndefined();
    await s.memory.setLastArticle('C1', {
      ...entry('2026-03-24T06:00:00.000Z', 'One'),
      pointsShown: 3,
    });
    expect((await other.memory.getArticle('C1', 'one'))?.pointsShown).toBe(3);
    expect(await other.memory.getLastArticle('C1')).toMatchObject({ ref: 'two', pointsShown: 6 });

    // The same article summarized again (same ref, later time): remembered once, as the latest.
    await s.memory.setLastArticle('C1', entry('2026-03-24T08:00:00.000Z', 'One'));
    expect(await other.memory.getLastArticle('C1')).toMatchObject({ ref: 'one', pointsShown: 0 });
    const all = await other.memory.recentArticles('C1', new Date(0));
    expect(all.map((r) => r.ref)).toEqual(['two', 'one']);
  });

  it('GIVEN a filter set on a subscription THEN every replica lists it with the feed, per channel, until cleared', async () => {
    const [s, other] = [await open(), await open()];
    const chan2 = { platform: 'discord' as const, channelId: 'D1' };
    const { feed } = await s.subscribe(chan, 'https://news.example/rss', t0);
    await s.subscribe(chan2, 'https://news.example/rss', t0);
    const filter = { only: ['climate', 'interest rates'], except: ['sport'] };
    expect(await s.setFilter(chan, feed.id, filter)).toBe(true);
    expect((await other.listSubscriptions(chan))[0]?.filter).toEqual(filter);
    // The same feed in another channel keeps its own (no) filter.
    expect((await other.listSubscriptions(chan2))[0]?.filter).toBeUndefined();
    expect(await s.setFilter(chan, feed.id, undefined)).toBe(true);
    expect((await other.listSubscriptions(chan))[0]?.filter).toBeUndefined();
    // A channel that does not follow the feed has no subscription to filter.
    expect(await s.setFilter({ platform: 'slack', channelId: 'C9' }, feed.id, filter)).toBe(false);
  });

  it('GIVEN a feed with items THEN latestItems gives the newest first, at most the limit', async () => {
    const s = await open();
    const { feed } = await s.subscribe(chan, 'https://news.example/rss', t0);
    const dated = (guid: string, min: number) => ({
      ...item(guid, guid.toUpperCase()),
      publishedAt: at(min).toISOString(),
    });
    await s.saveItems(feed.id, [dated('a', 1), dated('b', 3), dated('c', 2)], at(5));
    expect((await s.latestItems(feed.id, 2)).map((i) => i.guid)).toEqual(['b', 'c']);
    expect((await s.latestItems(feed.id, 50)).map((i) => i.title)).toEqual(['B', 'C', 'A']);
    expect(await s.latestItems(feed.id + 1000, 50)).toEqual([]);
  });

  it('GIVEN a channel length set THEN every replica reads it for that channel only, and a change replaces it', async () => {
    const [s, other] = [await open(), await open()];
    expect(await s.getLength(chan)).toBeUndefined();
    await s.setLength(chan, 'brief', t0);
    expect(await other.getLength(chan)).toBe('brief');
    expect(await other.getLength({ platform: 'discord', channelId: 'C1' })).toBeUndefined();
    await other.setLength(chan, 'detailed', at(1));
    expect(await s.getLength(chan)).toBe('detailed');
  });
});
