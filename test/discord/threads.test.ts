import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { createDiscordRestPoster } from '../../adapters/discord/rest-poster.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { DigestStory, HandlerDeps } from '../../src/handler/types.js';
import { ARTICLE_HTML } from '../slack/article-html.js';
import { type PageServer, startPageServer } from '../support/page-server.js';
import { type ArticleServer, startArticleServer } from './article-server.js';
import {
  type FakeDiscord,
  type RecordedRequest,
  type StoredMessage,
  startFakeDiscord,
} from './fake-discord.js';
import { recordingLogger } from './helpers.js';
import { buttonClick, slashCommand, str, type Where } from './payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
const GUILD = '1300000000000000003';
const FORUM = '1330000000000000001';
const REST_FORUM = '1330000000000000002';
const EPHEMERAL = 64;

let fake: FakeDiscord;
let articles: ArticleServer;
let tramPages: PageServer;
let adapter: RunningAdapter;
let deps: HandlerDeps;
let where: Where;
let channels = 0;
const newChannel = () => `13400000000000000${10 + channels++}`;

beforeAll(async () => {
  fake = await startFakeDiscord({ guildIds: [GUILD], forumIds: [FORUM, REST_FORUM] });
  articles = await startArticleServer();
  tramPages = await startPageServer({ '/tram': ARTICLE_HTML });
  deps = {
    fetchArticle: createArticleFetcher({ timeoutMs: 5000, allowHosts: ['127.0.0.1'] }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
  };
  adapter = await startDiscordAdapter(
    { token: TOKEN, apiUrl: fake.apiUrl },
    deps,
    recordingLogger(),
  );
  where = { applicationId: fake.applicationId, guildId: GUILD, channelId: newChannel() };
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await articles?.close();
  await tramPages?.close();
});

/** Two briefing stories: the Harbour Bridge (£48 million) and the tram extension (€412 million). */
const stories = (): DigestStory[] => [
  {
    title: 'Harbour Bridge to close for repairs',
    url: articles.articleUrl,
    sources: [{ name: 'Riverside Gazette', url: articles.articleUrl }],
    lede: 'The bridge closes in March.',
    keyPoints: [],
  },
  {
    title: 'Tram extension approved',
    url: tramPages.url('/tram'),
    sources: [{ name: 'Harbour Courier', url: tramPages.url('/tram') }],
    lede: 'The council voted for the tram.',
    keyPoints: [],
  },
];
const digest = () => ({
  kind: 'digest' as const,
  title: 'Your briefing for Friday',
  stories: stories(),
});

async function interact(payload: { id: string }) {
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.waitFor((r) => r.path.startsWith(`/interactions/${payload.id}/`));
}
const original = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`;
const postedIn = (channelId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages`;
const json = (r: RecordedRequest) => JSON.stringify(r.body);

/** A click on the More button under a message the bot posted. */
const clickMore = (channelId: string, m: StoredMessage) =>
  buttonClick({ ...where, channelId }, m.components[0] ? customIdOf(m) : 'newsbrief:more', {
    id: m.id,
    embeds: m.embeds,
    components: m.components,
    flags: m.flags,
  });
const customIdOf = (m: StoredMessage): string =>
  (m.components[0] as { components: { custom_id: string }[] }).components[0]?.custom_id ?? '';

describe('Discord threads', () => {
  it('GIVEN a briefing in a text channel WHEN More is clicked under a story, twice THEN one thread is opened on that story and both answers land in it, about that story', async () => {
    const channelId = newChannel();
    await adapter.post(channelId, digest());
    const [header, bridge, tram] = fake.messagesIn(channelId);
    expect(header?.content).toContain('2 stories');
    expect(bridge?.embeds[0]).toMatchObject({ url: articles.articleUrl });
    if (!tram) throw new Error('the tram story was not posted');

    const first = clickMore(channelId, tram);
    expect((await interact(first)).body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const answer = await fake.waitFor(postedIn(tram.id));
    expect(answer.body.embeds[0].title).toMatch(/^More from: Harbour City approves tram/);
    expect((await fake.waitFor(original(first.token))).body.content).toBe(
      `Answered in the thread <#${tram.id}>.`,
    );
    expect(fake.threads.filter((t) => t.id === tram.id)).toEqual([
      { id: tram.id, parentId: channelId, name: 'Tram extension approved', forumPost: false },
    ]);

    // Clicked again with a message that does not show its thread yet: Discord says it exists,
    // and the answer goes to that same thread.
    const again = clickMore(channelId, { ...tram, flags: 0 });
    await interact(again);
    await fake.waitFor(original(again.token));
    // And with the message's HAS_THREAD flag set, the thread is used without asking.
    expect(tram.flags & 32).toBe(32);
    const third = clickMore(channelId, tram);
    await interact(third);
    await fake.waitFor(original(third.token));
    const inThread = fake.requests.filter(postedIn(tram.id));
    expect(inThread).toHaveLength(3);
    expect(fake.threads.filter((t) => t.id === tram.id)).toHaveLength(1);
    expect(
      fake.requests
        .filter(
          (r) =>
            r.method === 'POST' && r.path === `/channels/${channelId}/messages/${tram.id}/threads`,
        )
        .map((r) => r.status),
    ).toEqual([201, 400]);
    // Nothing more reached the channel itself.
    expect(fake.messagesIn(channelId)).toHaveLength(3);
  });

  it('GIVEN /news ask typed in a story’s thread THEN it answers there about that story, not the channel’s latest article', async () => {
    const channelId = newChannel();
    await adapter.post(channelId, digest());
    const [, bridge, tram] = fake.messagesIn(channelId);
    if (!bridge || !tram) throw new Error('the stories were not posted');
    // Open the tram story's thread (with its More button).
    const click = clickMore(channelId, tram);
    await interact(click);
    await fake.waitFor(original(click.token));
    // The channel's latest article is now the bridge: summarized with /news in the channel.
    const summarize = slashCommand({ ...where, channelId }, 'summarize', [
      str('url', articles.articleUrl),
    ]);
    await interact(summarize);
    await fake.waitFor(original(summarize.token));
    expect((await deps.memory.getLastArticle(channelId))?.article.url).toBe(articles.articleUrl);

    const ask = slashCommand({ ...where, channelId: tram.id, parentId: channelId }, 'ask', [
      str('question', 'What is the budget?'),
    ]);
    expect((await interact(ask)).body.type).toBe(5);
    const answer = await fake.waitFor(original(ask.token));
    expect(answer.body.embeds[0].url).toBe(tramPages.url('/tram'));
    expect(json(answer)).toContain('€412 million');
    expect(json(answer)).not.toContain('£48');
    // The thread's first message was read from its parent channel.
    expect(
      fake.requests.some(
        (r) => r.method === 'GET' && r.path === `/channels/${channelId}/messages/${tram.id}`,
      ),
    ).toBe(true);
  });

  it('GIVEN a forum channel as the briefing’s target THEN each story is a post of its own, named after it, and no plain message is sent', async () => {
    await adapter.post(FORUM, digest());
    const posts = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${FORUM}/threads`,
    );
    expect(posts.map((p) => p.status)).toEqual([201, 201]);
    expect(posts.map((p) => p.body.name)).toEqual([
      'Harbour Bridge to close for repairs',
      'Tram extension approved',
    ]);
    expect(posts[1]?.body.message.embeds[0].url).toBe(tramPages.url('/tram'));
    expect(
      posts[1]?.body.message.components[0].components.map((b: { label: string }) => b.label),
    ).toEqual(['More', 'Quotes']);
    expect(fake.requests.filter(postedIn(FORUM))).toEqual([]);
    expect(fake.threads.filter((t) => t.parentId === FORUM && t.forumPost)).toHaveLength(2);
  });

  it('GIVEN a forum post of a story WHEN /news ask is typed in it and More is clicked in it THEN both answer in the post, about that story', async () => {
    const before = fake.threads.length;
    await adapter.post(FORUM, digest());
    const tramPost = fake.threads[before + 1];
    if (!tramPost) throw new Error('no forum post for the tram story');
    const postWhere = { ...where, channelId: tramPost.id, parentId: FORUM };

    const ask = slashCommand(postWhere, 'ask', [str('question', 'Who is the mayor?')]);
    await interact(ask);
    const answer = await fake.waitFor(original(ask.token));
    expect(json(answer)).toContain('Elena Vasquez');
    // The starter message of a forum post is inside the post.
    expect(
      fake.requests.some(
        (r) => r.method === 'GET' && r.path === `/channels/${tramPost.id}/messages/${tramPost.id}`,
      ),
    ).toBe(true);

    const [starter] = fake.messagesIn(tramPost.id);
    if (!starter) throw new Error('no starter message');
    const more = buttonClick(postWhere, customIdOf(starter), {
      id: starter.id,
      embeds: starter.embeds,
      components: starter.components,
    });
    await interact(more);
    const posted = await fake.waitFor(postedIn(tramPost.id));
    expect(posted.body.embeds[0].title).toMatch(/^More from: Harbour City approves tram/);
    // No thread is opened inside a thread.
    expect(fake.threads.filter((t) => t.id === starter.id)).toHaveLength(1);
  });

  it('GIVEN the REST-only poster (a briefing replica) and a forum channel THEN Discord’s refusal of a plain message turns the briefing into one post per story', async () => {
    const poster = createDiscordRestPoster({ token: TOKEN, apiUrl: fake.apiUrl });
    await poster.post(REST_FORUM, digest());
    const refused = fake.requests.filter(postedIn(REST_FORUM));
    expect(refused.map((r) => r.status)).toEqual([400]);
    const posts = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${REST_FORUM}/threads`,
    );
    expect(posts.map((p) => [p.status, p.body.name])).toEqual([
      [201, 'Harbour Bridge to close for repairs'],
      [201, 'Tram extension approved'],
    ]);
  });
  it('GIVEN the bot may not open threads in a channel THEN the clicker is told privately which permissions to grant', async () => {
    const channelId = newChannel();
    await adapter.post(channelId, digest());
    const [, bridge] = fake.messagesIn(channelId);
    if (!bridge) throw new Error('the bridge story was not posted');
    fake.respondOnce('POST', new RegExp(`^/channels/${channelId}/messages/${bridge.id}/threads$`), {
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    });
    const click = clickMore(channelId, bridge);
    await interact(click);
    const told = await fake.waitFor(original(click.token));
    expect(told.body.content).toContain('Create Public Threads');
    expect(fake.requests.filter(postedIn(bridge.id))).toEqual([]);
  });
  it('GIVEN two summaries WHEN More opens a thread on the first and /news ask is typed in it THEN the answer is about the first, not the latest', async () => {
    const channelId = newChannel();
    const summarize = async (url: string) => {
      const payload = slashCommand({ ...where, channelId }, 'summarize', [str('url', url)]);
      await interact(payload);
      await fake.waitFor(original(payload.token));
    };
    await summarize(tramPages.url('/tram'));
    await summarize(articles.articleUrl);
    const [tram, bridge] = fake.messagesIn(channelId);
    if (!tram || !bridge) throw new Error('the summaries are not in the channel');
    expect(tram.embeds[0]).toMatchObject({ url: tramPages.url('/tram') });
    expect(customIdOf(tram)).toMatch(/^newsbrief:more:[\w-]+$/);

    const click = clickMore(channelId, tram);
    await interact(click);
    await fake.waitFor(postedIn(tram.id));
    const ask = slashCommand({ ...where, channelId: tram.id, parentId: channelId }, 'ask', [
      str('question', 'What is the budget?'),
    ]);
    await interact(ask);
    const answer = await fake.waitFor(original(ask.token));
    expect(json(answer)).toContain('€412 million');
    expect(json(answer)).not.toContain('£48');
    // Answered in the thread (the interaction came from it), and the channel got nothing new.
    const inThread = fake.messagesIn(tram.id);
    expect(inThread).toHaveLength(2); // More's answer, then the question's
    expect(JSON.stringify(inThread[1]?.embeds)).toContain('€412 million');
    expect(fake.messagesIn(channelId)).toHaveLength(2);
  });
});
