import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { setTimeout as realDelay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { listenLocally } from '../../support/page-server.js';
import { ALL_STORIES, ledeOf, type NewsStory } from './news-stories.js';

export interface FeedEntry {
  readonly story: NewsStory;
  /** Path of the article page on this server, e.g. /courier/rhine-low-water. */
  readonly path: string;
  /** Query string appended to the link in the feed (tracking parameters). */
  readonly linkQuery?: string;
  readonly title?: string;
  readonly lede?: string;
  readonly guid?: string;
  readonly publishedAt: Date;
}

export interface ServedFeed {
  readonly format: 'rss' | 'atom' | 'rdf';
  readonly title: string;
  entries: FeedEntry[];
  version: number;
  changedAt: Date;
  /** When set, the feed answers this HTTP status instead. */
  failWith?: number;
}

export interface RequestRecord {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly status: number;
}

export interface LocalNewsServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly feeds: Map<string, ServedFeed>;
  readonly requests: RequestRecord[];
  feedUrl(name: string): string;
  /** Adds an entry to a feed (newest first) and bumps its version, so ETags change. */
  publish(feedName: string, entry: FeedEntry): void;
  /** Makes /slow and /courier-slow/* wait until the returned function is called (then answer at once). */
  holdSlowPages(): () => void;
  /** How many requests are waiting on a slow page right now. */
  waitingOnSlowPages(): number;
  close(): Promise<void>;
}

const SITES: Record<string, string> = {
  courier: 'Rhine Valley Courier',
  wire: 'Continental Wire',
  herald: 'Northern Herald',
};

/** A local web server with news feeds and article pages for tests; 127.0.0.1 only. */
export async function startLocalNewsServer(
  options: { slowMs?: number } = {},
): Promise<LocalNewsServer> {
  const feeds = new Map<string, ServedFeed>();
  const requests: RequestRecord[] = [];
  let gate: Promise<void> | undefined;
  let waiting = 0;
  let origin = '';

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, type: string, body: string | Buffer, headers = {}) => {
      requests.push({ path: url.pathname + url.search, headers: req.headers, status });
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const path = url.pathname;

    const feedMatch = /^\/feeds\/([\w-]+)\.xml$/.exec(path);
    if (feedMatch) {
      const feed = feeds.get(feedMatch[1] ?? '');
      if (!feed) return send(404, 'text/plain', 'no such feed');
      if (feed.failWith) return send(feed.failWith, 'text/plain', 'feed is down');
      const etag = `"${feedMatch[1]}-v${feed.version}"`;
      const lastModified = feed.changedAt.toUTCString();
      if (req.headers['if-none-match'] === etag)
        return send(304, 'application/rss+xml', '', { etag, 'last-modified': lastModified });
      const type =
        feed.format === 'atom'
          ? 'application/atom+xml; charset=utf-8'
          : 'application/rss+xml; charset=utf-8';
      return send(200, type, renderFeed(feed, origin, feedMatch[1] ?? ''), {
        etag,
        'last-modified': lastModified,
      });
    }

    const article = /^\/(courier|wire|herald)(-slow)?\/([\w-]+)$/.exec(path);
    if (article) {
      const [, site = 'courier', slow, slug] = article;
      const story = ALL_STORIES.find((s) => s.slug === slug);
      if (!story) return send(404, 'text/html', notFoundPage());
      if (slow) await waitSlow();
      return send(
        200,
        'text/html; charset=utf-8',
        articlePage(story, SITES[site] ?? site, origin + path),
      );
    }

    switch (path) {
      case '/slow':
        await waitSlow();
        return send(
          200,
          'text/html; charset=utf-8',
          articlePage(ALL_STORIES[0], SITES.courier ?? '', origin + path),
        );
      case '/missing':
        return send(404, 'text/html; charset=utf-8', notFoundPage());
      case '/front-page':
        return send(200, 'text/html; charset=utf-8', frontPage(origin));
      case '/report.pdf':
        return send(
          200,
          'application/pdf',
          Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n'),
        );
      case '/redirect-private':
        return send(302, 'text/plain', '', {
          location: 'http://169.254.169.254/latest/meta-data/',
        });
      case '/redirect-localhost':
        return send(302, 'text/plain', '', {
          location: `http://localhost:${new URL(origin).port}/courier/rhine-low-water`,
        });
      case '/gzipped':
        return send(
          200,
          'text/html; charset=iso-8859-1',
          gzipSync(Buffer.from(articlePage(ALL_STORIES[5], 'Küstenbote', origin + path), 'latin1')),
          { 'content-encoding': 'gzip' },
        );
      case '/site':
        return send(200, 'text/html; charset=utf-8', sitePage(origin));
      case '/huge': {
        requests.push({ path, headers: req.headers, status: 200 });
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        for (let i = 0; i < 400 && !res.destroyed; i++) {
          if (!res.write(chunk)) await drainedOrClosed(res);
        }
        res.end();
        return;
      }
    }
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      return n === 0
        ? send(
            200,
            'text/html; charset=utf-8',
            articlePage(ALL_STORIES[1], SITES.courier ?? '', origin + path),
          )
        : send(302, 'text/plain', '', { location: `/hops/${n - 1}` });
    }
    return send(404, 'text/html', notFoundPage());
  });

  async function waitSlow() {
    waiting++;
    try {
      if (gate) await gate;
      else await realDelay(options.slowMs ?? 2_000);
    } finally {
      waiting--;
    }
  }

  const listener = await listenLocally(server);
  origin = listener.origin;

  return {
    origin,
    feeds,
    requests,
    feedUrl: (name) => `${origin}/feeds/${name}.xml`,
    publish(feedName, entry) {
      const feed = feeds.get(feedName);
      if (!feed) throw new Error(`no feed ${feedName}`);
      feed.entries = [entry, ...feed.entries];
      feed.version += 1;
      feed.changedAt = new Date();
    },
    holdSlowPages() {
      let release = () => {};
      gate = new Promise<void>((r) => {
        release = r;
      });
      return () => {
        // Released: slow pages answer at once from now on.
        gate = Promise.resolve();
        release();
      };
    },
    waitingOnSlowPages: () => waiting,
    close: listener.close,
  };
}

/** A local news server serving the usual fixture feeds (addStandardFeeds). */
export async function startStandardNewsServer(
  options: { slowMs?: number } = {},
): Promise<LocalNewsServer> {
  const server = await startLocalNewsServer(options);
  addStandardFeeds(server);
  return server;
}

/**
 * The standard news server for a whole test file: started before its tests, closed after.
 * Returns a getter (the server exists only once the tests run).
 */
export function useStandardNewsServer(): () => LocalNewsServer {
  let server: LocalNewsServer | undefined;
  beforeAll(async () => {
    server = await startStandardNewsServer();
  });
  afterAll(() => server?.close());
  return () => {
    if (!server) throw new Error('the news server starts in beforeAll');
    return server;
  };
}

/** The usual fixture: a courier RSS feed and a wire Atom feed that share the Rhine story. */
export function addStandardFeeds(server: LocalNewsServer, now = new Date()): void {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
  const [rhine, tram, bank, chips, heat] = ALL_STORIES;
  server.feeds.set('courier', {
    format: 'rss',
    title: 'Rhine Valley Courier',
    version: 1,
    changedAt: hoursAgo(1),
    entries: [
      {
        story: rhine,
        path: `/courier/${rhine.slug}`,
        publishedAt: hoursAgo(2),
        linkQuery: 'utm_source=rss&utm_medium=feed',
      },
      { story: tram, path: `/courier/${tram.slug}`, publishedAt: hoursAgo(5) },
      { story: bank, path: `/courier/${bank.slug}`, publishedAt: hoursAgo(9) },
    ],
  });
  server.feeds.set('wire', {
    format: 'atom',
    title: 'Continental Wire',
    version: 1,
    changedAt: hoursAgo(1),
    entries: [
      {
        story: rhine,
        path: `/wire/${rhine.slug}`,
        title: 'Record low water halts Rhine barge traffic at Kaub',
        lede: 'Barge traffic on the Rhine came to a halt near Kaub on Tuesday as the water level dropped to a record low of 22 centimetres, blocking the main freight route to southern Germany.',
        publishedAt: hoursAgo(1),
      },
      { story: chips, path: `/wire/${chips.slug}`, publishedAt: hoursAgo(3) },
      { story: heat, path: `/wire/${heat.slug}`, publishedAt: hoursAgo(7) },
    ],
  });
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderFeed(feed: ServedFeed, origin: string, name: string): string {
  const link = (e: FeedEntry) => `${origin}${e.path}${e.linkQuery ? `?${e.linkQuery}` : ''}`;
  const title = (e: FeedEntry) => e.title ?? e.story.title;
  const lede = (e: FeedEntry) => e.lede ?? ledeOf(e.story);
  if (feed.format === 'atom') {
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(feed.title)}</title>
  <link href="${origin}/" />
  <link rel="self" href="${origin}/feeds/${name}.xml" />
  <id>${origin}/feeds/${name}</id>
  <updated>${feed.changedAt.toISOString()}</updated>
${feed.entries
  .map(
    (e) => `  <entry>
    <title>${esc(title(e))}</title>
    <link rel="alternate" type="text/html" href="${esc(link(e))}" />
    <id>${esc(e.guid ?? `tag:wire.example,2026:${e.story.slug}`)}</id>
    <published>${e.publishedAt.toISOString()}</published>
    <updated>${e.publishedAt.toISOString()}</updated>
    <author><name>${esc(e.story.byline)}</name></author>
    <summary type="html">${esc(`<p>${esc(lede(e))}</p>`)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>`;
  }
  if (feed.format === 'rdf') {
    return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${origin}/feeds/${name}.xml">
    <title>${esc(feed.title)}</title>
    <link>${origin}/</link>
    <description>News in RDF</description>
    <items><rdf:Seq>${feed.entries.map((e) => `<rdf:li rdf:resource="${esc(link(e))}" />`).join('')}</rdf:Seq></items>
  </channel>
${feed.entries
  .map(
    (e) => `  <item rdf:about="${esc(link(e))}">
    <title>${esc(title(e))}</title>
    <link>${esc(link(e))}</link>
    <description>${esc(lede(e))}</description>
    <dc:date>${e.publishedAt.toISOString()}</dc:date>
  </item>`,
  )
  .join('\n')}
</rdf:RDF>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${esc(feed.title)}</title>
    <link>${origin}/</link>
    <description>Regional news</description>
    <lastBuildDate>${feed.changedAt.toUTCString()}</lastBuildDate>
${feed.entries
  .map(
    (e) => `    <item>
      <title>${esc(title(e))}</title>
      <link>${esc(link(e))}</link>
      <guid isPermaLink="false">${esc(e.guid ?? `courier-${e.story.slug}`)}</guid>
      <pubDate>${e.publishedAt.toUTCString()}</pubDate>
      <description>${esc(lede(e))}</description>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>`;
}

function articlePage(story: NewsStory, site: string, url: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(story.title)} | ${esc(site)}</title>
  <meta property="og:title" content="${esc(story.title)}">
  <meta property="og:site_name" content="${esc(site)}">
  <meta property="og:url" content="${esc(url)}">
  <meta name="author" content="${esc(story.byline)}">
  <meta property="article:published_time" content="2026-03-24T06:15:00Z">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>${esc(story.title)}</h1>
      <p class="byline">By ${esc(story.byline)}</p>
      ${story.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n      ')}
    </article>
    <aside><h3>Most read</h3><ul><li><a href="/a">Ten things to do this weekend</a></li><li><a href="/b">Weather: sunny spells</a></li></ul></aside>
  </main>
  <footer><p>© 2026 ${esc(site)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

function notFoundPage(): string {
  return '<!doctype html><html><head><title>Page not found</title></head><body><h1>404</h1><p>Sorry, we could not find that page.</p></body></html>';
}

function frontPage(origin: string): string {
  const links = ALL_STORIES.map(
    (s) => `<li><a href="${origin}/courier/${s.slug}">${esc(s.title)}</a></li>`,
  ).join('\n');
  return `<!doctype html><html><head><title>Rhine Valley Courier: news from the region</title></head>
<body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><h2>Top stories</h2><ul>${links}</ul><h2>More news</h2><ul>${links}</ul></main>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

function sitePage(origin: string): string {
  return `<!doctype html><html><head><title>Courier</title>
<link rel="alternate" type="application/rss+xml" title="Courier RSS" href="${origin}/feeds/courier.xml">
</head><body><p>Welcome.</p></body></html>`;
}

/** Waits for back-pressure to clear (or the client to go), leaving no listener behind. */
function drainedOrClosed(res: import('node:http').ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });
}
