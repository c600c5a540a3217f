import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/briefing/service.js';
import type { Store } from '../../src/store/store.js';
import {
  type LocalNewsServer,
  startStandardNewsServer,
} from '../sources/support/local-news-server.js';
import { FERRY, RHINE } from '../sources/support/news-stories.js';
import { openTestStore } from '../store/support/stores.js';
import { briefingDeps } from './support/harness.js';

let server: LocalNewsServer;
let store: Store;
beforeEach(async () => {
  server = await startStandardNewsServer();
  store = await openTestStore();
});
afterEach(async () => {
  await store.close();
  await server.close();
});

const ctx = { platform: 'slack' as const, channelId: 'C42' };
const text = (r: { ok: boolean; value?: unknown; error?: { message: string } }) =>
  r.ok ? String(r.value) : `ERROR ${r.error?.message}`;

describe('briefing commands', () => {
  it('GIVEN subscribe, feeds and unsubscribe THEN feeds are added once, numbered, and removed by number or URL', async () => {
    const svc = createBriefingService(briefingDeps(store));
    expect(text(await svc.subscribe(ctx, server.feedUrl('courier')))).toMatch(
      /^Subscribed to Rhine Valley Courier \(3 stories/,
    );
    expect(text(await svc.subscribe(ctx, server.feedUrl('wire')))).toMatch(
      /^Subscribed to Continental Wire/,
    );
    expect(text(await svc.subscribe(ctx, `${server.feedUrl('wire')}?utm_source=x`))).toMatch(
      /already follows Continental Wire/,
    );
    const list = text(await svc.listFeeds(ctx));
    expect(list).toContain(`1. Rhine Valley Courier · ${server.feedUrl('courier')}`);
    expect(list).toContain('2. Continental Wire');
    expect(list).toContain('No briefing scheduled');
    expect(text(await svc.unsubscribe(ctx, '2'))).toBe('Unsubscribed from Continental Wire.');
    expect(text(await svc.unsubscribe(ctx, server.feedUrl('courier')))).toBe(
      'Unsubscribed from Rhine Valley Courier.',
    );
    expect(await svc.unsubscribe(ctx, '1')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(text(await svc.listFeeds(ctx))).toMatch(/follows no feeds yet/);
  });

  it('GIVEN subscribe again with a filter, or filter on a feed the channel does not follow THEN the filter is set, or not_found', async () => {
    const svc = createBriefingService(briefingDeps(store));
    await svc.subscribe(ctx, server.feedUrl('courier'));
    const filter = { only: ['tram'], except: [] };
    expect(text(await svc.subscribe(ctx, server.feedUrl('courier'), filter))).toBe(
      'Rhine Valley Courier: only: tram (1 of the last 3 items pass).',
    );
    expect((await store.listSubscriptions(ctx))[0]?.filter).toEqual(filter);
    expect(await svc.setFilter(ctx, '2', filter)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(text(await svc.setFilter(ctx, '1', undefined))).toMatch(/no filter/);
    expect((await store.listSubscriptions(ctx))[0]?.filter).toBeUndefined();
  });

  it('GIVEN a URL that is not a feed, or a 404 THEN subscribing fails with the reason and stores nothing', async () => {
    const notFeed = await svc().subscribe(ctx, `${server.origin}/front-page`);
    expect(notFeed).toMatchObject({ ok: false, error: { code: 'feed_failed' } });
    expect(text(notFeed)).toMatch(/not an RSS or Atom feed/);
    expect(await svc().subscribe(ctx, server.feedUrl('gone'))).toMatchObject({ ok: false });
    expect(await store.listSubscriptions(ctx)).toEqual([]);
  });

  it('GIVEN a site page THEN subscribe finds its feed link', async () => {
    expect(text(await svc().subscribe(ctx, `${server.origin}/site`))).toMatch(
      /^Subscribed to Rhine Valley Courier/,
    );
    expect((await store.listSubscriptions(ctx))[0]?.url).toBe(server.feedUrl('courier'));
  });

  it('GIVEN briefing times THEN they are stored, the next time is named, and off removes them', async () => {
    const changed: string[] = [];
    const s = createBriefingService({
      ...briefingDeps(store, { now: () => new Date('2026-03-27T12:00:00Z') }),
    });
    s.onScheduleChanged((c) => void changed.push(c.channelId));
    const set = text(
      await s.setSchedule(ctx, { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: true }),
    );
    expect(set).toBe(
      'Briefing set for weekdays at 07:30 (Europe/Berlin); the next one is Mon 30 Mar, 07:30. Add feeds with `/news subscribe <feed url>`.',
    );
    expect((await store.getSchedule(ctx))?.schedule).toEqual({
      time: '07:30',
      timeZone: 'Europe/Berlin',
      weekdaysOnly: true,
    });
    expect(text(await s.listFeeds(ctx))).toContain(
      'Briefing: weekdays at 07:30 (Europe/Berlin), next Mon 30 Mar, 07:30.',
    );
    expect(text(await s.setSchedule(ctx, 'off'))).toBe('Briefing turned off.');
    expect(text(await s.setSchedule(ctx, 'off'))).toBe('There was no briefing to turn off.');
    expect(changed).toEqual(['C42', 'C42', 'C42']);
  });

  it('GIVEN two feeds sharing a story THEN digest shows it once naming both, and a second digest only what is new', async () => {
    const s = svc();
    await s.subscribe(ctx, server.feedUrl('courier'));
    await s.subscribe(ctx, server.feedUrl('wire'));
    const first = await s.digestNow(ctx);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toHaveLength(5);
    const rhine = first.value.filter((st) => /Rhine/.test(st.title));
    expect(rhine).toHaveLength(1);
    expect(rhine[0]?.title).toBe(RHINE.title);
    expect(rhine[0]?.sources.map((x) => x.name)).toEqual([
      'Rhine Valley Courier',
      'Continental Wire',
    ]);

    const again = await s.digestNow(ctx);
    expect(again).toEqual({ ok: true, value: [] });
    server.publish('wire', { story: FERRY, path: `/wire/${FERRY.slug}`, publishedAt: new Date() });
    const third = await createBriefingService(
      briefingDeps(store, { now: () => new Date(Date.now() + 5 * 60_000) }),
    ).digestNow(ctx);
    expect(third.ok && third.value.map((st) => st.title)).toEqual([FERRY.title]);
  });

  it('GIVEN a story summarized for one channel THEN another channel reuses the stored summary', async () => {
    const s = svc();
    const other = { platform: 'discord' as const, channelId: 'D7' };
    await s.subscribe(ctx, server.feedUrl('courier'));
    await s.subscribe(other, server.feedUrl('courier'));
    await s.digestNow(ctx);
    const pageFetches = () => server.requests.filter((r) => r.path.startsWith('/courier/')).length;
    const before = pageFetches();
    expect(before).toBe(3);
    const r = await s.digestNow(other);
    expect(r.ok && r.value).toHaveLength(3);
    expect(pageFetches()).toBe(before);
  });

  it('GIVEN no feeds THEN digest lists what the channel summarized today, or says how to start', async () => {
    const s = svc();
    expect(await s.digestNow(ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await store.memory.setLastArticle(ctx.channelId, {
      ref: 'a-story',
      article: { text: 'Text.', url: 'https://news.example/a', source: 'News Example' },
      summary: {
        title: 'A story',
        lede: 'It happened.',
        keyPoints: [],
        quotes: [],
        stats: { sentences: 1, words: 2, removedLines: 0 },
      },
      pointsShown: 0,
      at: new Date().toISOString(),
    });
    const r = await s.digestNow(ctx);
    expect(r.ok && r.value.map((st) => [st.title, st.sources[0]?.name])).toEqual([
      ['A story', 'News Example'],
    ]);
  });

  function svc() {
    return createBriefingService(briefingDeps(store));
  }
});
