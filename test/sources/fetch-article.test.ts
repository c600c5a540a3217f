import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { createSafeFetch } from '../../src/articles/safe-fetch.js';
import { type LocalNewsServer, startLocalNewsServer } from './support/local-news-server.js';
import { RHINE } from './support/news-stories.js';

let server: LocalNewsServer;
beforeAll(async () => {
  server = await startLocalNewsServer({ slowMs: 3_000 });
});
afterAll(() => server.close());

const fetcher = (extra: { timeoutMs?: number; maxBytes?: number } = {}) =>
  createArticleFetcher({ allowHosts: ['127.0.0.1'], ...extra });

describe('fetching an article', () => {
  it('GIVEN a news page THEN it returns the story text with title, byline, site and time', async () => {
    const r = await fetcher()(`${server.origin}/courier/${RHINE.slug}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title).toBe(RHINE.title);
    expect(r.value.source).toBe('Rhine Valley Courier');
    expect(r.value.byline).toContain('Anna Keller');
    expect(r.value.publishedTime).toBe('2026-03-24T06:15:00Z');
    expect(r.value.text).toContain('Cargo barges stopped moving on the Rhine');
    expect(r.value.text).not.toContain('All rights reserved');
    expect(r.value.text).not.toMatch(/^By Anna Keller$/m);
    expect(r.value.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });

  it('GIVEN a gzip-compressed Latin-1 page THEN it is decompressed and decoded', async () => {
    const r = await fetcher()(`${server.origin}/gzipped`);
    expect(r.ok && r.value.source).toBe('Küstenbote');
    expect(r.ok && r.value.text).toContain('Föhr');
  });

  it('GIVEN any request THEN it sends a user agent that names the bot', async () => {
    await fetcher()(`${server.origin}/courier/${RHINE.slug}`);
    expect(server.requests.at(-1)?.headers['user-agent']).toMatch(/^newsbrief\//);
  });

  it('GIVEN a 404 THEN it is an http_error saying the page does not exist', async () => {
    const r = await fetcher()(`${server.origin}/missing`);
    expect(r).toMatchObject({ ok: false, error: { code: 'http_error' } });
    if (!r.ok) expect(r.error.message).toContain('404');
  });

  it('GIVEN a front page of links THEN it is not_article', async () => {
    const r = await fetcher()(`${server.origin}/front-page`);
    expect(r).toMatchObject({ ok: false, error: { code: 'not_article' } });
  });

  it('GIVEN a PDF THEN it is not_html naming the type', async () => {
    const r = await fetcher()(`${server.origin}/report.pdf`);
    expect(r).toMatchObject({ ok: false, error: { code: 'not_html' } });
    if (!r.ok) expect(r.error.message).toContain('application/pdf');
  });

  it('GIVEN a page slower than the timeout THEN it is a timeout error, not the late page', async () => {
    // The page answers after 3 s; only the 300 ms deadline can make this a timeout.
    const r = await fetcher({ timeoutMs: 300 })(`${server.origin}/slow`);
    expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('GIVEN a body over the size cap THEN reading stops and it is too_large', async () => {
    const r = await fetcher({ maxBytes: 100_000 })(`${server.origin}/huge`);
    expect(r).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('GIVEN three redirects THEN it follows them to the article', async () => {
    const r = await fetcher()(`${server.origin}/hops/3`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.url).toBe(`${server.origin}/hops/0`);
  });

  it('GIVEN more than five redirects THEN it stops with fetch_failed', async () => {
    const r = await fetcher()(`${server.origin}/hops/6`);
    expect(r).toMatchObject({ ok: false, error: { code: 'fetch_failed' } });
    if (!r.ok) expect(r.error.message).toContain('more than 5');
  });
});

describe('SSRF protection', () => {
  it('GIVEN a non-http scheme THEN it is bad_url', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'gopher://127.0.0.1/']) {
      const r = await fetcher()(url);
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_url' } });
    }
  });

  it('GIVEN 127.0.0.1 is not allowed THEN a local URL is blocked_url', async () => {
    const before = server.requests.length;
    const r = await createArticleFetcher()(`${server.origin}/courier/${RHINE.slug}`);
    expect(r).toMatchObject({ ok: false, error: { code: 'blocked_url' } });
    expect(server.requests.length).toBe(before);
  });

  it('GIVEN a redirect to a link-local metadata address THEN it is blocked_url', async () => {
    const r = await fetcher()(`${server.origin}/redirect-private`);
    expect(r).toMatchObject({ ok: false, error: { code: 'blocked_url' } });
    // The user learns only that it is not allowed, not where the redirect pointed.
    if (!r.ok) expect(r.error.message).not.toContain('169.254');
  });

  it('GIVEN a redirect to localhost THEN the name is resolved, found loopback and blocked', async () => {
    const before = server.requests.length;
    const r = await fetcher()(`${server.origin}/redirect-localhost`);
    expect(r).toMatchObject({ ok: false, error: { code: 'blocked_url' } });
    expect(server.requests.length).toBe(before + 1);
  });

  it('GIVEN a public-looking host name that resolves to a private address THEN it is blocked before connecting, the address named in the log only', async () => {
    const resolve = async () => [{ address: '10.1.2.3', family: 4 }];
    const logged: string[] = [];
    const log = { info: () => {}, error: () => {}, warn: (m: string) => void logged.push(m) };
    const safeFetch = createSafeFetch({ resolve, log });
    const r = await safeFetch('http://news.example.com/story');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'blocked_url',
        message: 'That address is not allowed: newsbrief only fetches public web sites.',
      },
    });
    expect(logged).toEqual([
      'refused to fetch news.example.com: it resolves to 10.1.2.3, a private or local address (FETCH_ALLOW_HOSTS lists hosts allowed anyway)',
    ]);
  });

  it('GIVEN IPv6 and mapped private literals THEN they are blocked', async () => {
    const safeFetch = createSafeFetch();
    for (const url of [
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      'http://0x7f.1/',
      'http://[64:ff9b::a00:1]/',
    ]) {
      const r = await safeFetch(url);
      expect(r, url).toMatchObject({ ok: false, error: { code: 'blocked_url' } });
    }
  });

  it('GIVEN a host on the allow list that resolves to loopback THEN it is fetched', async () => {
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const port = new URL(server.origin).port;
    const safeFetch = createSafeFetch({ resolve, allowHosts: ['news.test'] });
    const r = await safeFetch(`http://news.test:${port}/courier/${RHINE.slug}`);
    expect(r.ok && r.value.status).toBe(200);
  });
});
