import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { fetchFeed } from '../../src/articles/fetch-feed.js';
import { createSafeFetch } from '../../src/articles/safe-fetch.js';
import { runDigestCommand } from '../../src/briefing/digest-command.js';
import { summaryReply } from '../../src/handler/summary-reply.js';
import { renderReply } from '../../src/render/render-text.js';
import { summarize } from '../../src/summarizer/summarize.js';
import { type PageServer, startPageServer } from '../support/page-server.js';

/** Each kind the abuse run slipped into titles, as a page or feed can carry it. */
const HOSTILE: Record<string, string> = {
  'BEL (C0)': '\u0007',
  'window title (OSC 0, BEL-terminated)': '\u001b]0;pwned\u0007',
  'clipboard write (OSC 52, ST-terminated)': '\u001b]52;c;cm0gLXJmIH4=\u001b\\',
  'clear screen (CSI)': '\u001b[2J\u001b[H',
  'reset (ESC c)': '\u001bc',
  'C1 CSI (U+009B)': '\u009b31m',
  'C1 next line (U+0085)': '\u0085',
  DEL: '\u007f',
  'bidi override (U+202E)': '\u202e',
  'bidi isolate (U+2066)': '\u2066',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const PAYLOADS = /pwned|cm0gLXJmIH4=|\[2J|31m/;
const kinds = Object.entries(HOSTILE);

const SENTENCE =
  'The harbour bridge reopened on Monday after a seven-month repair that cost the city 48 million pounds, officials said.';

function page(x: string): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>${SENTENCE} Detail ${i + 1}${x} follows.</p>`,
  );
  return `<!doctype html><html><head><title>Bridge${x} reopens</title><meta property="og:site_name" content="Harbour${x} Courier"><meta name="author" content="Jane${x} Doe"></head><body><article><h1>Bridge${x} reopens</h1><p class="byline">By Jane${x} Doe</p>${paragraphs.join('')}</article></body></html>`;
}

function feed(x: string, pageUrl: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour${x} Courier</title><link>${pageUrl}</link>
<item><title>Bridge${x} reopens</title><link>${pageUrl}</link><guid>bridge</guid><pubDate>${new Date().toUTCString()}</pubDate><author>Jane${x} Doe</author><description>${SENTENCE}${x} More to follow.</description></item></channel></rss>`;
}

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer(
    Object.fromEntries(
      kinds.flatMap(([, x], i) => [
        [`/page/${i}`, { html: page(x) }],
        // A relative link: the feed reader resolves it against the feed's address.
        [`/feed/${i}`, { html: feed(x, `/page/${i}`), contentType: 'application/rss+xml' }],
      ]),
    ),
  );
});
afterAll(() => server?.close());

const fetchArticle = createArticleFetcher({ allowHosts: ['127.0.0.1'] });
const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });

describe.each(kinds.map(([name], i) => [name, i] as const))('remote text holding %s', (_, i) => {
  it('GIVEN it in a page title, site name, byline and text THEN none of it reaches the article or the printed summary', async () => {
    const r = await fetchArticle(server.url(`/page/${i}`));
    if (!r.ok) throw new Error(r.error.message);
    const { title, source, byline, text } = r.value;
    expect(title).toBe('Bridge reopens');
    expect(source).toBe('Harbour Courier');
    for (const field of [byline ?? '', text]) {
      expect(field).not.toMatch(CONTROL);
      expect(field).not.toMatch(PAYLOADS);
    }
    const summary = summarize(r.value);
    if (!summary.ok) throw new Error(summary.error.message);
    expect(renderReply(summaryReply(summary.value, r.value))).not.toMatch(CONTROL);
  });

  it('GIVEN it in a feed title and an item title THEN the feed is read clean, and the digest printed clean', async () => {
    const r = await fetchFeed(server.url(`/feed/${i}`), {}, safeFetch);
    if (!r.ok || r.value.status !== 'updated') throw new Error('expected a feed');
    expect(r.value.title).toBe('Harbour Courier');
    expect(r.value.items[0]?.title).toBe('Bridge reopens');
    expect(r.value.items[0]?.lede).not.toMatch(CONTROL);
    const digest = await runDigestCommand({ feeds: [server.url(`/feed/${i}`)], fetch: safeFetch });
    expect(digest.output).toContain('Bridge reopens');
    expect(digest.output).not.toMatch(CONTROL);
    expect(digest.output).not.toMatch(PAYLOADS);
  });
});
