import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deepAndWidePage,
  heavyFeed,
  manyElementsPage,
  nestedDivPage,
  newsPage,
  slowWithinLimitsPage,
} from '../../bench/support/hostile-pages.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { createWorkPool, type WorkPool } from '../../src/work/pool.js';
import { type PageServer, startPageServer } from '../support/page-server.js';

let pages: PageServer;
let pool: WorkPool;

beforeAll(async () => {
  pages = await startPageServer({
    '/story': newsPage(),
    '/nested': nestedDivPage(2000),
    '/huge': manyElementsPage(200_000),
    '/deep-and-wide': deepAndWidePage(),
    '/slow': slowWithinLimitsPage(),
  });
  // Workers load the TypeScript sources here (through tsx), the built ones under dist/.
  pool = createWorkPool({ threads: 2 });
});

afterAll(async () => {
  await pool?.close();
  await pages?.close();
});

const fetcherWith = (readPage: WorkPool['readPage']) =>
  createArticleFetcher({ allowHosts: ['127.0.0.1'], readPage });

describe('the worker pool that reads pages and summarizes', () => {
  it('GIVEN an ordinary news page THEN a worker reads it and another summarizes it', async () => {
    const article = await fetcherWith(pool.readPage)(pages.url('/story'));
    if (!article.ok) throw new Error(article.error.message);
    expect(article.value.title).toBe('Harbour traffic grows 12 percent');
    const summary = await pool.summarize(article.value, { points: 3 });
    if (!summary.ok) throw new Error(summary.error.message);
    // The page says one story twelve times: the summary says it once (no point repeats the lede).
    expect(summary.value.lede).toMatch(/\w/);
    expect(summary.value.keyPoints.length).toBeGreaterThanOrEqual(1);
    expect(summary.value.keyPoints.length).toBeLessThanOrEqual(3);
    const answer = await pool.answer(article.value, 'How much did container traffic rise?');
    expect(answer.ok && answer.value.sentences.join(' ')).toContain('12 percent');
  });

  it('GIVEN 2,000 nested divs THEN "could not read that page", and the next page is read', async () => {
    const fetchArticle = fetcherWith(pool.readPage);
    const r = await fetchArticle(pages.url('/nested'));
    expect(r).toMatchObject({ ok: false, error: { code: 'page_too_complex' } });
    if (!r.ok) expect(r.error.message).toMatch(/^could not read that page: .*nested more than 200/);
    expect((await fetchArticle(pages.url('/story'))).ok).toBe(true);
  });

  it('GIVEN a page of 200,000 elements THEN it is refused before parsing', async () => {
    const r = await fetcherWith(pool.readPage)(pages.url('/huge'));
    expect(r).toMatchObject({ ok: false, error: { code: 'page_too_complex' } });
    if (!r.ok) expect(r.error.message).toMatch(/^could not read that page: .*40,000 elements/);
  });

  it('GIVEN 38,000 elements 150 levels deep (141 s of Readability) THEN it is refused before parsing', async () => {
    const r = await fetcherWith(pool.readPage)(pages.url('/deep-and-wide'));
    expect(r).toMatchObject({ ok: false, error: { code: 'page_too_complex' } });
    if (!r.ok)
      expect(r.error.message).toMatch(/^could not read that page: .*too large for how deeply/);
  });

  it('GIVEN a job over the time limit THEN its worker is stopped and replaced, and later jobs run', async () => {
    // Within every limit, yet seconds of Readability: far over 400 ms.
    const logged: string[] = [];
    const log = { info: () => {}, error: () => {}, warn: (m: string) => void logged.push(m) };
    const strict = createWorkPool({ threads: 1, timeoutMs: 400, log });
    try {
      const r = await fetcherWith(strict.readPage)(pages.url('/slow'));
      expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
      if (!r.ok) expect(r.error.message).toMatch(/^could not read that page: it took longer than/);
      expect(logged).toContain('a worker thread was stopped; piscina starts a new one');
      const after = await strict.readPage(newsPage(), 'http://news.test/story');
      expect(after.ok).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('GIVEN a page that needs more heap than a worker may use THEN "could not read that page", and the replaced worker reads the next', async () => {
    // 38,000 elements need more than 48 MB of heap as a DOM (under the default 512 MB, they fit).
    const small = createWorkPool({ threads: 1, memoryMb: 48, timeoutMs: 60_000 });
    try {
      const r = await small.readPage(manyElementsPage(38_000), 'http://news.test/big');
      expect(r).toMatchObject({ ok: false, error: { code: 'page_too_complex' } });
      if (!r.ok)
        expect(r.error.message).toMatch(/^could not read that page: it needs more than 48 MB/);
      expect((await small.readPage(newsPage(), 'http://news.test/story')).ok).toBe(true);
    } finally {
      await small.close();
    }
  }, 60_000);

  it('GIVEN an ordinary feed THEN a worker turns it into items', async () => {
    const r = await pool.parseFeed(heavyFeed(2), 'https://news.example/rss.xml');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Heavy feed');
    expect(r.value.items.map((i) => i.title)).toEqual(['Story 1', 'Story 2']);
  });

  it('GIVEN a 4 MB feed of 100 items of 3,000 elements each THEN its worker gives up past the limit with "could not read that feed"', async () => {
    const strict = createWorkPool({ threads: 1, timeoutMs: 400 });
    try {
      const r = await strict.parseFeed(heavyFeed(), 'https://news.example/rss.xml');
      expect(r).toMatchObject({ ok: false, error: { code: 'timeout' } });
      if (!r.ok) expect(r.error.message).toMatch(/^could not read that feed: it took longer than/);
    } finally {
      await strict.close();
    }
  });

  it('GIVEN a job that waited past the longest wait THEN it is taken off the queue as busy, and the running one finishes', async () => {
    const slow = createWorkPool({ threads: 1, maxWaitMs: 200, timeoutMs: 60_000 });
    try {
      // Until its worker has started, even the first job waits too long: ask until it is up.
      let warm = false;
      for (let i = 0; i < 100 && !warm; i++)
        warm = (await slow.readPage(newsPage(), 'http://news.test/warm')).ok;
      expect(warm).toBe(true);
      // The first takes seconds of Readability; the second would wait for it.
      const [running, waiting] = await Promise.all([
        slow.readPage(slowWithinLimitsPage(), 'http://news.test/slow'),
        slow.readPage(newsPage(), 'http://news.test/story'),
      ]);
      expect(running.ok || running.error.code).not.toBe('busy');
      expect(waiting).toMatchObject({ ok: false, error: { code: 'busy' } });
    } finally {
      await slow.close();
    }
  }, 60_000);

  it('GIVEN a full queue THEN the extra job is told to try again in a minute, never dropped', async () => {
    const small = createWorkPool({ threads: 1, maxQueue: 1 });
    try {
      // Submitted in one go: one runs, one waits, the queue is full for the rest.
      const results = await Promise.all(
        Array.from({ length: 4 }, () => small.readPage(newsPage(), 'http://news.test/story')),
      );
      const busy = results.filter((r) => !r.ok && r.error.code === 'busy');
      expect(busy.length).toBeGreaterThanOrEqual(2);
      for (const r of busy) if (!r.ok) expect(r.error.message).toMatch(/try again in a minute/);
      expect(results.length - busy.length).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });
});
