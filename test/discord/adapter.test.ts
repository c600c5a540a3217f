import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { renderReply } from '../../adapters/discord/render-embeds.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { summaryReply } from '../../src/handler/summary-reply.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { answer } from '../../src/summarizer/answer.js';
import { summarize } from '../../src/summarizer/summarize.js';
import type { Article } from '../../src/summarizer/types.js';
import { ARTICLE_HTML } from '../slack/article-html.js';
import { startPageServer } from '../support/page-server.js';
import { type ArticleServer, startArticleServer } from './article-server.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';
import { digestOf, oversizedArticles, recordingLogger } from './helpers.js';
import { messageProblems } from './limits-check.js';
import { buttonClick, slashCommand, str, type Where } from './payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
const GUILD = '1300000000000000001';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let articles: ArticleServer;
let adapter: RunningAdapter;
let deps: HandlerDeps;
const log = recordingLogger();
let where: Where;
let channelCounter = 0;
const newChannel = (): Where => ({
  ...where,
  channelId: `13100000000000000${10 + channelCounter++}`,
});

beforeAll(async () => {
  fake = await startFakeDiscord({ guildIds: [GUILD] });
  articles = await startArticleServer();
  deps = {
    // The article server is on loopback, which the safe fetch refuses unless allowed.
    fetchArticle: createArticleFetcher({ timeoutMs: 5000, allowHosts: ['127.0.0.1'] }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
  };
  adapter = await startDiscordAdapter({ token: TOKEN, apiUrl: fake.apiUrl }, deps, log);
  where = { applicationId: fake.applicationId, guildId: GUILD, channelId: '1310000000000000001' };
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await articles?.close();
});

/** Sends an interaction and returns its deferral/callback request and the requests to its webhook. */
async function interact(payload: { id: string; token: string }) {
  fake.dispatch('INTERACTION_CREATE', payload);
  const callback = await fake.waitFor((r) => r.path.startsWith(`/interactions/${payload.id}/`));
  const forThis = (r: RecordedRequest) => r.path.includes(`/${payload.token}`);
  return { callback, forThis };
}

const original = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`;
/** A message posted in the thread on message `messageId` (a thread has its message's id). */
const inThreadOn = (messageId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${messageId}/messages`;
const followUp = (token: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${token}`;

describe('Discord adapter against a local fake Discord', () => {
  it('GIVEN a bot token THEN login reaches READY, identifying with the Guilds intent only', async () => {
    const identify = await fake.identified;
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(1);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(log.lines).toContain('info: Discord: logged in as newsbrief');
  });

  it('GIVEN /news summarize url: THEN it defers at once and edits in the summary embed with buttons', async () => {
    const payload = slashCommand(where, 'summarize', [str('url', articles.articleUrl)]);
    const { callback } = await interact(payload);
    expect(callback).toMatchObject({ method: 'POST', body: { type: 5 }, status: 204 });
    expect(callback.body.data?.flags ?? 0).toBe(0);

    const edit = await fake.waitFor(original(payload.token));
    expect(edit.at).toBeGreaterThan(callback.at);
    expect(edit.status).toBe(200);
    const [embed] = edit.body.embeds;
    expect(embed).toMatchObject({
      title: 'Harbour Bridge to close for seven months as council approves £48m repair',
      url: articles.articleUrl,
      author: { name: 'Riverside Gazette' },
    });
    expect(embed.description.length).toBeGreaterThan(40);
    expect(embed.fields.length).toBeGreaterThanOrEqual(1);
    expect(edit.body.components[0].components.map((b: { label: string }) => b.label)).toEqual([
      'More',
      'Quotes',
    ]);

    // Exactly what the shared pipeline gives for this page, rendered.
    const fetched = await deps.fetchArticle(articles.articleUrl);
    if (!fetched.ok) throw new Error(fetched.error.message);
    const summary = summarize(fetched.value);
    if (!summary.ok) throw new Error(summary.error.message);
    const [expected] = renderReply(summaryReply(summary.value, fetched.value), { buttons: true });
    expect(edit.body.embeds).toEqual(JSON.parse(JSON.stringify(expected?.embeds)));
  });

  it('GIVEN a summarized article WHEN /news ask THEN the answer comes from that article', async () => {
    const question = 'When will the bridge reopen?';
    const payload = slashCommand(where, 'ask', [str('question', question)]);
    const { callback } = await interact(payload);
    expect(callback.body.type).toBe(5);
    const edit = await fake.waitFor(original(payload.token));
    const [embed] = edit.body.embeds;
    expect(embed.url).toBe(articles.articleUrl);
    expect(embed.author.name).toBe(`Q: ${question}`);
    const article = (await deps.memory.getLastArticle(where.channelId))?.article as Article;
    const expected = answer(article, question);
    expect(expected.found).toBe(true);
    expect(embed.description).toContain(`> ${expected.sentences[0]?.replace(/\s+/g, ' ')}`);
  });

  it('GIVEN the More button THEN it defers privately, posts further key points in a thread on the message, and says where', async () => {
    const payload = buttonClick(where, 'newsbrief:more');
    const { callback } = await interact(payload);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const posted = await fake.waitFor(inThreadOn(payload.message.id));
    expect(posted.body.embeds[0].title).toMatch(/^More from: Harbour Bridge/);
    expect(posted.body.embeds[0].fields.length).toBeGreaterThan(0);
    const edit = await fake.waitFor(original(payload.token));
    expect(edit.body.content).toBe(`Answered in the thread <#${payload.message.id}>.`);
  });

  it('GIVEN two summaries WHEN More is clicked under the first THEN the points come from the first article', async () => {
    const second = await startPageServer({ '/tram': ARTICLE_HTML });
    try {
      const here = newChannel();
      const summarizeIn = async (w: Where, url: string) => {
        const payload = slashCommand(w, 'summarize', [str('url', url)]);
        await interact(payload);
        return (await fake.waitFor(original(payload.token))).body;
      };
      const first = await summarizeIn(here, articles.articleUrl);
      const latest = await summarizeIn(here, second.url('/tram'));
      expect(latest.embeds[0].title).toMatch(/tram extension/);
      const ids = (body: { components: { components: { custom_id: string }[] }[] }) =>
        body.components[0]?.components.map((b) => b.custom_id) ?? [];
      const [moreId, quotesId] = ids(first);
      expect(moreId).toMatch(/^newsbrief:more:[\w-]+$/);
      expect(quotesId).toBe(moreId?.replace(':more:', ':quotes:'));
      expect(ids(latest)[0]).not.toBe(moreId);
      const latestBefore = await deps.memory.getLastArticle(here.channelId);

      const click = buttonClick(here, moreId ?? '');
      await interact(click);
      const more = (await fake.waitFor(inThreadOn(click.message.id))).body;
      expect(more.embeds[0].title).toBe(`More from: ${first.embeds[0].title}`);
      expect(more.embeds[0].url).toBe(articles.articleUrl);
      expect(ids(more)[0]).toBe(moreId); // its buttons stay on the first article
      expect(await deps.memory.getLastArticle(here.channelId)).toEqual(latestBefore);

      // The same points /news more gives where the first article is the only (latest) one.
      const lone = newChannel();
      await summarizeIn(lone, articles.articleUrl);
      const typed = slashCommand(lone, 'more');
      await interact(typed);
      const typedMore = (await fake.waitFor(original(typed.token))).body;
      expect(more.embeds[0].fields.length).toBeGreaterThan(0);
      expect(more.embeds[0].fields).toEqual(typedMore.embeds[0].fields);
    } finally {
      await second.close();
    }
  });

  it('GIVEN a button whose article is no longer remembered THEN an ephemeral error says to summarize again', async () => {
    const click = buttonClick(newChannel(), 'newsbrief:more:forgottenRef');
    const { callback } = await interact(click);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const error = await fake.waitFor(original(click.token));
    expect(fake.threads.map((t) => t.id)).not.toContain(click.message.id);
    expect(error.body.content).toMatch(
      /Summarize the link again with `\/news summarize url:<link>`/,
    );
  });

  it('GIVEN /news help THEN the answer is ephemeral and immediate, listing the Discord syntax', async () => {
    const payload = slashCommand(where, 'help');
    const { callback } = await interact(payload);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).toContain('`/news summarize url:<link>`');
    expect(callback.body.data.content).toContain('`/news digest`');
  });

  it('GIVEN a url: that is not a link THEN an ephemeral reply says how to fix it', async () => {
    const payload = slashCommand(where, 'summarize', [str('url', 'harbour bridge')]);
    const { callback } = await interact(payload);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).toMatch(/is not a link; use `url:https:/);
  });

  it('GIVEN a link to a missing page THEN the error is ephemeral and the placeholder is removed', async () => {
    const payload = slashCommand(where, 'summarize', [str('url', `${articles.baseUrl}/gone`)]);
    const { callback } = await interact(payload);
    expect(callback.body.type).toBe(5);
    const error = await fake.waitFor(followUp(payload.token));
    expect(error.body.flags).toBe(EPHEMERAL);
    expect(error.body.content).toMatch(/^⚠️ .*404.*check the link/);
    await fake.waitFor(
      (r) => r.method === 'DELETE' && r.path.endsWith(`/${payload.token}/messages/@original`),
    );
  });

  it('GIVEN 14 stories today WHEN /news digest THEN a header and one message per story (each its own thread), within every limit', async () => {
    const here = newChannel();
    for (const entry of oversizedArticles(14, deps.now()))
      await deps.memory.setLastArticle(here.channelId, entry);
    const payload = slashCommand(here, 'digest');
    await interact(payload);
    const first = await fake.waitFor(original(payload.token));
    expect(first.body.content).toContain('14 stories');
    const stories = async () => {
      for (;;) {
        const sent = fake.requests.filter(followUp(payload.token));
        if (sent.length === 14) return sent;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const sent = await stories();
    for (const [i, story] of sent.entries()) {
      expect(story.status).toBe(200);
      expect(messageProblems(story.body)).toEqual([]);
      expect(story.body.embeds).toHaveLength(1);
      expect(story.body.embeds[0].title).toMatch(new RegExp(`^Story ${i + 1}: `));
      // Each story's buttons name its remembered article.
      expect(story.body.components[0].components[0].custom_id).toBe(
        `newsbrief:more:story-${i + 1}`,
      );
    }
  });

  it('GIVEN a digest reply WHEN post() THEN the bot fetches the channel and sends it there', async () => {
    const channelId = '1320000000000000001';
    await adapter.post(channelId, digestOf(3));
    const get = await fake.waitFor(
      (r) => r.method === 'GET' && r.path === `/channels/${channelId}`,
    );
    const sent = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`,
    );
    expect(get.status).toBe(200);
    // A header, then each story its own message (its own thread later).
    expect(sent).toHaveLength(4);
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(sent[0]?.body.content).toContain('3 stories');
    expect(sent.slice(1).map((r) => r.body.embeds.length)).toEqual([1, 1, 1]);
    expect(sent[0]?.body.allowed_mentions).toEqual({ parse: [] });
  });
});
