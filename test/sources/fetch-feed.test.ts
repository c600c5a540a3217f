import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/articles/fetch-feed.js';
import { createSafeFetch } from '../../src/articles/safe-fetch.js';
import { type LocalNewsServer, startStandardNewsServer } from './support/local-news-server.js';
import { FERRY, RHINE, TRAM } from './support/news-stories.js';

let server: LocalNewsServer;
const safeFetch = createSafeFetch({ allowHosts: ['127.0.0.1'] });
beforeAll(async () => {
  server = await startStandardNewsServer();
  server.feeds.set('rdf', {
    format: 'rdf',
    title: 'Northern Herald',
    version: 1,
    changedAt: new Date(),
    entries: [{ story: TRAM, path: `/herald/${TRAM.slug}`, publishedAt: new Date() }],
  });
  server.feeds.set('changing', {
    format: 'rss',
    title: 'Coast Watch',
    version: 1,
    changedAt: new Date(),
    entries: [{ story: RHINE, path: `/herald/${RHINE.slug}`, publishedAt: new Date() }],
  });
});
afterAll(() => server.close());

describe('fetching feeds', () => {
  it('GIVEN an RSS 2.0 feed THEN items carry title, clean link, canonical URL, GUID, lede and time', async () => {
    const r = await fetchFeed(server.feedUrl('courier'), {}, safeFetch);
    expect(r.ok && r.value.status).toBe('updated');
    if (!r.ok || r.value.status !== 'updated') return;
    expect(r.value.title).toBe('Rhine Valley Courier');
    const first = r.value.items[0];
    expect(first).toMatchObject({
      guid: 'courier-rhine-low-water',
      title: RHINE.title,
      url: `${server.origin}/courier/rhine-low-water`,
      canonicalUrl: `https://127.0.0.1:${new URL(server.origin).port}/courier/rhine-low-water`,
    });
    expect(first?.lede).toMatch(/^Cargo barges stopped moving/);
    expect(Date.parse(first?.publishedAt ?? '')).toBeGreaterThan(0);
    expect(r.value.validators.etag).toBe('"courier-v1"');
  });

  it('GIVEN an Atom feed THEN entries are read with their ids and HTML summaries as text', async () => {
    const r = await fetchFeed(server.feedUrl('wire'), {}, safeFetch);
    if (!r.ok || r.value.status !== 'updated') throw new Error('expected a feed');
    expect(r.value.title).toBe('Continental Wire');
    expect(r.value.items).toHaveLength(3);
    expect(r.value.items[0]?.guid).toBe('tag:wire.example,2026:rhine-low-water');
    expect(r.value.items[0]?.lede).not.toContain('<p>');
  });

  it('GIVEN an RSS 1.0 (RDF) feed THEN its items are read', async () => {
    const r = await fetchFeed(server.feedUrl('rdf'), {}, safeFetch);
    if (!r.ok || r.value.status !== 'updated') throw new Error('expected a feed');
    expect(r.value.items.map((i) => i.title)).toEqual([TRAM.title]);
  });

  it('GIVEN the ETag of the last fetch THEN an unchanged feed is not_modified, a changed one is read again', async () => {
    const first = await fetchFeed(server.feedUrl('changing'), {}, safeFetch);
    if (!first.ok || first.value.status !== 'updated') throw new Error('expected a feed');
    const validators = first.value.validators;
    expect(validators.lastModified).toBeTruthy();
    const again = await fetchFeed(server.feedUrl('changing'), validators, safeFetch);
    expect(again).toEqual({ ok: true, value: { status: 'not_modified' } });
    const conditional = server.requests.at(-1);
    expect(conditional?.headers['if-none-match']).toBe(validators.etag);
    expect(conditional?.headers['if-modified-since']).toBe(validators.lastModified);

    server.publish('changing', {
      story: FERRY,
      path: `/herald/${FERRY.slug}`,
      publishedAt: new Date(),
    });
    const changed = await fetchFeed(server.feedUrl('changing'), validators, safeFetch);
    if (!changed.ok || changed.value.status !== 'updated') throw new Error('expected an update');
    expect(changed.value.items.map((i) => i.title)).toEqual([FERRY.title, RHINE.title]);
  });

  it('GIVEN a web page that links to its feed THEN the feed is discovered and read', async () => {
    const r = await fetchFeed(`${server.origin}/site`, {}, safeFetch);
    if (!r.ok || r.value.status !== 'updated') throw new Error('expected a feed');
    expect(r.value.feedUrl).toBe(server.feedUrl('courier'));
  });

  it('GIVEN a page that is no feed, a 404 and a 500 THEN each is feed_failed with the reason', async () => {
    const notFeed = await fetchFeed(`${server.origin}/front-page`, {}, safeFetch);
    expect(notFeed).toMatchObject({ ok: false, error: { code: 'feed_failed' } });
    const missing = await fetchFeed(server.feedUrl('nope'), {}, safeFetch);
    expect(missing).toMatchObject({ ok: false, error: { code: 'feed_failed' } });
    if (!missing.ok) expect(missing.error.message).toContain('404');
    server.feeds.set('down', {
      format: 'rss',
      title: 'Down',
      version: 1,
      changedAt: new Date(),
      entries: [],
      failWith: 500,
    });
    const down = await fetchFeed(server.feedUrl('down'), {}, safeFetch);
    expect(down).toMatchObject({ ok: false, error: { code: 'feed_failed' } });
    if (!down.ok) expect(down.error.message).toContain('500');
  });
});
