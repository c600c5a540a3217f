import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWordsAnyScript } from '../../src/articles/count-words.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { handle } from '../../src/handler/handle.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { HandlerDeps, Reply } from '../../src/handler/types.js';
import { renderReply } from '../../src/render/render-text.js';
import { type PageServer, startPageServer } from '../support/page-server.js';
import {
  CAPTION_FIRST,
  HOME_PAGE,
  JAPANESE,
  LOGIN_WALL,
  NEWSLETTER_INSIDE,
  SHORT_ITEM,
} from './support/real-pages.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    '/ferry': CAPTION_FIRST,
    '/tram': NEWSLETTER_INSIDE,
    '/ja': JAPANESE,
    '/bridge': SHORT_ITEM,
    '/': HOME_PAGE,
    '/shipyard': LOGIN_WALL,
  });
});
afterAll(() => server.close());

const fetchArticle = createArticleFetcher({ allowHosts: ['127.0.0.1'] });

const deps = (): HandlerDeps => ({
  fetchArticle,
  memory: createInMemoryChannelMemory(),
  now: () => new Date('2026-02-10T12:00:00Z'),
});

async function summaryOf(path: string): Promise<Extract<Reply, { kind: 'summary' }>> {
  const reply = await handle(
    { kind: 'summarize', input: { type: 'url', url: server.url(path) } },
    { platform: 'terminal', channelId: 'c1' },
    deps(),
  );
  if (reply.kind !== 'summary') throw new Error(`expected a summary, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('real-shaped pages', () => {
  it('GIVEN a photo caption before the story THEN the lede is the story, and no caption is extracted', async () => {
    const page = await fetchArticle(server.url('/ferry'));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.text).not.toMatch(/Photo|Nordlys leaves|queue at the terminal/);
    const reply = await summaryOf('/ferry');
    expect(reply.lede).toMatch(/^The island ferry resumed its crossings on Monday/);
    for (const p of reply.points) expect(p.text).not.toMatch(/Photo:|Jon Berg/);
  });

  it('GIVEN a newsletter box inside the story THEN neither the lede nor any point comes from it', async () => {
    const page = await fetchArticle(server.url('/tram'));
    expect(page.ok && page.value.text).not.toMatch(
      /Breaking News Emails|alerts|unsubscribe|SUBSCRIBE|Share|Follow Sam/,
    );
    const reply = await summaryOf('/tram');
    expect(reply.title).toBe('City council votes to extend tram line to the airport');
    expect(reply.lede).toMatch(/city council voted on Tuesday to extend the tram line/);
    const text = [reply.lede, ...reply.points.flatMap((p) => [p.label, p.text])].join('\n');
    expect(text).not.toMatch(
      /Breaking News|newsletter|\bsign(ing)? up\b|subscribe|privacy|Related/i,
    );
  });

  it('GIVEN page metadata THEN the footer names author and date and the reply links the article on every render', async () => {
    const reply = await summaryOf('/ferry');
    expect(reply.footer).toMatch(/^By Mara Lind · 10 Feb 2026 · Summarized from/);
    expect(reply.link).toBe(server.url('/ferry'));
    expect(reply.source).toBe('Harbour Gazette');
    expect(renderReply(reply)).toContain(`Source: ${server.url('/ferry')}`);
  });

  it('GIVEN a Japanese article THEN it is extracted, and the reply says the summary method does not support Japanese', async () => {
    const page = await fetchArticle(server.url('/ja'));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.language).toBe('ja');
    expect(countWordsAnyScript(page.value.text)).toBeGreaterThan(60);
    const reply = await summaryOf('/ja');
    expect(reply.title).toBe('台風で運休していたフェリーが運航を再開');
    expect(reply.lede).toMatch(/^台風の被害で三週間運休していた離島フェリーが/);
    expect(reply.points).toEqual([]);
    expect(reply.footer).toContain(
      'This article is in Japanese; newsbrief summarizes English only',
    );
  });

  it('GIVEN a 60-word news item THEN it is an article and gets a summary', async () => {
    const page = await fetchArticle(server.url('/bridge'));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(countWordsAnyScript(page.value.text)).toBeGreaterThanOrEqual(55);
    expect(countWordsAnyScript(page.value.text)).toBeLessThanOrEqual(65);
    const reply = await summaryOf('/bridge');
    expect(reply.lede).toMatch(/^The Old Mill bridge was closed to traffic/);
  });

  it('GIVEN a home page of links THEN it is refused as a list of links', async () => {
    const r = await fetchArticle(server.url('/'));
    expect(r).toMatchObject({ ok: false, error: { code: 'not_article' } });
    if (!r.ok) expect(r.error.message).toMatch(/list of links|not a news article/);
  });

  it('GIVEN a login wall THEN it is refused, saying it asks to sign in', async () => {
    const r = await fetchArticle(server.url('/shipyard'));
    expect(r).toMatchObject({ ok: false, error: { code: 'not_article' } });
    if (!r.ok) expect(r.error.message).toMatch(/sign in or subscribe/);
  });
});

describe('counting words', () => {
  it('GIVEN Chinese, Japanese or Thai text THEN words are counted without spaces', () => {
    expect(countWordsAnyScript('台風で運休していたフェリーが運航を再開した')).toBeGreaterThan(5);
    expect(countWordsAnyScript('中国派特使访问朝鲜')).toBeGreaterThan(2);
    expect(countWordsAnyScript('รัฐบาลประกาศมาตรการใหม่')).toBeGreaterThan(2);
    expect(countWordsAnyScript("The mayor's plan won't pass.")).toBe(5);
  });
});
