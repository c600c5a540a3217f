import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { type BriefingPoster, createBriefingScheduler } from '../../src/briefing/scheduler.js';
import { createBriefingService } from '../../src/briefing/service.js';
import { createDevelopingStories } from '../../src/briefing/story-changes.js';
import type { Platform } from '../../src/handler/types.js';
import { briefingDeps } from '../briefing/support/harness.js';
import { type DevelopingArticle, SEQUENCES } from '../fixtures/developing/sequences.js';
import { openTestStore } from '../store/support/stores.js';
import { listenLocally } from '../support/page-server.js';
import { testTmpDir } from '../support/tmp.js';

const DAY_MS = 24 * 3600_000;
/** 07:31 in Berlin on day 0, a minute after the 07:30 briefing is due. */
const DAY0 = Date.parse('2026-03-02T06:31:00Z');

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (a: DevelopingArticle) => new URL(a.url).pathname.replace(/\W+/g, '-').slice(1);

/**
 * A channel following one local feed of the developing-story fixtures, with a 07:30 briefing
 * posted through the given poster; `day(n)` publishes day n's articles and runs that morning's
 * briefing. Article pages are served too (for `/news <url>`).
 */
export async function developingWorld(
  platform: Platform,
  channelId: string,
  sequenceIds: readonly string[] = ['warehouse-fire', 'rate-decision', 'storm'],
) {
  let entries: DevelopingArticle[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return res.end(feedXml(entries, origin));
    }
    const article = SEQUENCES.flatMap((s) => s.articles).find((a) => `/a/${slug(a)}` === path);
    if (!article) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(article));
  });
  const listener = await listenLocally(server);
  const origin = listener.origin;
  const dir = testTmpDir('newsbrief-developing-');
  const store = await openTestStore(join(dir, 'newsbrief.db'));
  let clock = new Date(DAY0 - 10 * 60_000);
  const now = () => clock;
  const deps = briefingDeps(store, { now });
  const service = createBriefingService(deps);
  const channel = { platform, channelId };
  const developing = createDevelopingStories(store, now);
  const posters = new Map<Platform, BriefingPoster>();
  const scheduler = createBriefingScheduler({ ...deps, posters, pollMinutes: 0 });
  const dayArticles = (day: number) =>
    SEQUENCES.filter((s) => sequenceIds.includes(s.id)).flatMap((s) =>
      s.articles.filter((a) => a.day === day),
    );

  return {
    store,
    service,
    developing,
    channel,
    now,
    /** The local page of a fixture article. */
    pageUrl: (a: DevelopingArticle) => `${origin}/a/${slug(a)}`,
    /** Subscribes the channel and sets its briefing; the feed starts with day 0's articles. */
    async start(poster: BriefingPoster) {
      posters.set(platform, poster);
      entries = dayArticles(0);
      const ctx = { platform, channelId };
      const sub = await service.subscribe(ctx, `${origin}/feed.xml`);
      if (!sub.ok) throw new Error(sub.error.message);
      await service.setSchedule(ctx, {
        time: '07:30',
        timeZone: 'Europe/Berlin',
        weekdaysOnly: false,
      });
    },
    /** Day n's morning: its articles join the feed and the briefing is delivered. */
    async day(n: number) {
      clock = new Date(DAY0 + n * DAY_MS);
      if (n > 0) entries = [...dayArticles(n), ...entries];
      return scheduler.runBriefing(channel, clock);
    },
    async close() {
      await scheduler.stop();
      await store.close();
      await listener.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };

  function feedXml(items: readonly DevelopingArticle[], base: string): string {
    const published = (a: DevelopingArticle) => new Date(DAY0 + a.day * DAY_MS - 2 * 3600_000);
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Morning Wire</title>
    <link>${base}/</link>
    <description>News</description>
${items
  .map(
    (a) => `    <item>
      <title>${esc(a.title)}</title>
      <link>${base}/a/${slug(a)}</link>
      <guid isPermaLink="false">${esc(a.guid)}</guid>
      <pubDate>${published(a).toUTCString()}</pubDate>
      <description>${esc(a.text.split('\n')[0] ?? '')}</description>
      <content:encoded>${esc(
        a.text
          .split('\n\n')
          .map((p) => `<p>${esc(p)}</p>`)
          .join(''),
      )}</content:encoded>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>`;
  }
}

function articlePage(a: DevelopingArticle): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head>
<body><article><h1>${esc(a.title)}</h1>
${a.text
  .split('\n\n')
  .map((p) => `<p>${esc(p)}</p>`)
  .join('\n')}
</article></body></html>`;
}

export const WAREHOUSE = SEQUENCES.find((s) => s.id === 'warehouse-fire')?.articles ?? [];
