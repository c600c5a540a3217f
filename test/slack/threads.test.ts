import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../adapters/slack/blocks.js';
import { checkMessage } from '../../adapters/slack/fit-blocks.js';
import { ARTICLE_TITLE, BRIDGE_TITLE } from './article-html.js';
import { type PostedMessage, waitFor } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const text = (m: PostedMessage) => JSON.stringify(m.blocks);
/** The value the follow-up buttons of a posted message carry. */
const buttonValue = (m: PostedMessage): string | undefined => {
  const actions = (m.blocks as Block[]).find((b) => b.type === 'actions');
  return actions?.type === 'actions' ? actions.elements[0]?.value : undefined;
};
/** The nth message posted (0-based), once it is there. */
const nth = (slack: Harness['slack'], n: number) =>
  waitFor(`message ${n + 1}`, () => slack.posted[n]);

/** Two summaries in the channel: the tram story, then (the latest) the bridge story. */
async function twoSummaries(channelId = 'C0NEWS') {
  h = await startHarness();
  const { slack, articles, command } = h;
  await command(articles.storyUrl, { channelId });
  const tram = await nth(slack, 0);
  await command(articles.bridgeUrl, { channelId });
  const bridge = await nth(slack, 1);
  expect(text(tram)).toContain('tram extension');
  expect(text(bridge)).toContain('Kessel bridge');
  return { ...h, tram, bridge };
}

describe('Slack threads', () => {
  it('GIVEN a summary WHEN More and Quotes are clicked THEN both answer in the summary’s thread, not the channel', async () => {
    const { slack, click, tram } = await twoSummaries();
    await click('news_more', { messageTs: tram.ts, value: buttonValue(tram) });
    const more = await nth(slack, 2);
    expect(more.threadTs).toBe(tram.ts);
    expect(text(more)).toContain('More from: Harbour City approves tram');
    expect(checkMessage({ text: more.text, blocks: more.blocks as Block[] })).toEqual([]);

    await click('news_quotes', { messageTs: tram.ts, value: buttonValue(tram) });
    const quotes = await nth(slack, 3);
    expect(quotes.threadTs).toBe(tram.ts);
    expect(text(quotes)).toContain('Elena Vasquez');
    // Nothing new reached the channel itself.
    expect(slack.posted.filter((m) => !m.threadTs)).toHaveLength(2);
  });

  it('GIVEN a More answer inside a thread WHEN its own More is clicked THEN it stays in that thread', async () => {
    const { slack, click, tram } = await twoSummaries();
    await click('news_more', { messageTs: tram.ts, value: buttonValue(tram) });
    const more = await nth(slack, 2);
    await click('news_more', { messageTs: more.ts, threadTs: tram.ts, value: buttonValue(more) });
    const again = await nth(slack, 3);
    expect(again.threadTs).toBe(tram.ts);
  });

  it('GIVEN the Ask form of an older summary THEN the answer is about that article, in its thread', async () => {
    const { slack, click, submitAsk, tram } = await twoSummaries();
    await click('news_ask', { messageTs: tram.ts, value: buttonValue(tram) });
    const opened = await waitFor('views.open', () => slack.succeeded('views.open')[0]);
    const view = opened.args.view as { private_metadata: string };
    await submitAsk(view.private_metadata, 'What is the budget?');
    const answer = await nth(slack, 2);
    expect(answer.threadTs).toBe(tram.ts);
    expect(text(answer)).toContain('€412 million');
  });

  it('GIVEN a reply "ask …" in an older summary’s thread THEN it answers about that summary’s article (not the latest), in the thread', async () => {
    const { slack, event, tram } = await twoSummaries();
    const res = await event({
      type: 'message',
      text: 'ask What is the budget?',
      ts: '1700000100.000001',
      threadTs: tram.ts,
    });
    expect(res.status).toBe(200);
    const answer = await nth(slack, 2);
    expect(answer.threadTs).toBe(tram.ts);
    expect(text(answer)).toContain('€412 million');
    expect(text(answer)).toContain(ARTICLE_TITLE);
    expect(text(answer)).not.toContain('€38 million');
    // The thread's first message was read to find its article.
    expect(slack.succeeded('conversations.replies')[0]?.args).toMatchObject({ ts: tram.ts });
  });

  it('GIVEN a mention of the bot in a thread THEN its text is the question, answered in that thread; chat that neither mentions it nor starts with ask is left alone', async () => {
    const { slack, event, bridge, tram } = await twoSummaries();
    await event({
      type: 'message',
      text: 'what a mess this will be',
      ts: '1700000100.000002',
      threadTs: bridge.ts,
    });
    await event({
      type: 'message',
      text: 'more importantly, who pays?',
      ts: '1700000100.000012',
      threadTs: bridge.ts,
    });
    await event({
      type: 'app_mention',
      text: '<@U0BOT> who is the chief bridge engineer?',
      ts: '1700000100.000003',
      threadTs: bridge.ts,
    });
    const answer = await nth(slack, 2);
    expect(answer.threadTs).toBe(bridge.ts);
    expect(text(answer)).toContain('Ruth Adeyemi');
    // The same mention also arrives as a plain message event: answered once, not twice.
    await event({
      type: 'message',
      text: '<@U0BOT> ask who is the chief bridge engineer?',
      ts: '1700000100.000004',
      threadTs: tram.ts,
    });
    await event({
      type: 'message',
      text: 'quotes',
      ts: '1700000100.000005',
      threadTs: tram.ts,
    });
    const quotes = await nth(slack, 3);
    expect(quotes.threadTs).toBe(tram.ts);
    expect(text(quotes)).toContain('Elena Vasquez');
    expect(slack.posted).toHaveLength(4);
    // The chat was not answered at all, not even privately.
    expect(slack.attempts('chat.postEphemeral')).toEqual([]);
  });

  it('GIVEN a briefing THEN each story is its own message, and "ask" in a story’s thread answers about that story, not the channel’s latest article', async () => {
    h = await startHarness();
    const { slack, articles, adapter, command, event } = h;
    await adapter.post('C0NEWS', {
      kind: 'digest',
      title: 'Your briefing for Friday',
      stories: [
        {
          title: 'Tram extension approved',
          url: articles.storyUrl,
          sources: [{ name: 'Courier', url: articles.storyUrl }],
          lede: 'The council voted for the tram.',
          keyPoints: [],
        },
        {
          title: 'Kessel bridge to close',
          url: articles.bridgeUrl,
          sources: [{ name: 'Courier', url: articles.bridgeUrl }],
          lede: 'The bridge closes in June.',
          keyPoints: [],
        },
      ],
    });
    expect(slack.posted).toHaveLength(3);
    const [head, tramStory, bridgeStory] = slack.posted as [
      PostedMessage,
      PostedMessage,
      PostedMessage,
    ];
    expect(text(head)).toContain('Your briefing for Friday');
    expect(text(tramStory)).toContain('Tram extension approved');
    expect(text(tramStory)).not.toContain('Kessel');
    expect(text(bridgeStory)).toContain('Kessel bridge to close');

    // The channel's latest summarized article is the tram story…
    await command(articles.storyUrl);
    await nth(slack, 3);
    // …but a question in the bridge story's thread is about the bridge.
    await event({
      type: 'message',
      text: 'ask How much will the repairs cost?',
      ts: '1700000200.000001',
      threadTs: bridgeStory.ts,
    });
    const answer = await nth(slack, 4);
    expect(answer.threadTs).toBe(bridgeStory.ts);
    expect(text(answer)).toContain('€38 million');
    expect(text(answer)).toContain(BRIDGE_TITLE);

    // The story's More button answers in its thread too.
    await h.click('news_more', { messageTs: bridgeStory.ts, value: buttonValue(bridgeStory) });
    const more = await nth(slack, 5);
    expect(more.threadTs).toBe(bridgeStory.ts);
    expect(text(more)).toContain(`More from: ${BRIDGE_TITLE}`);
  });

  it('GIVEN a follow-up in the thread of a message that is not newsbrief’s THEN it acts on the channel’s latest article, in that thread', async () => {
    const { slack, event } = await twoSummaries();
    await event({
      type: 'app_mention',
      text: '<@U0BOT> quotes',
      ts: '1700000300.000002',
      threadTs: '1700000300.000001',
    });
    const quotes = await nth(slack, 2);
    expect(quotes.threadTs).toBe('1700000300.000001');
    expect(text(quotes)).toContain('Ruth Adeyemi');
  });
  it('GIVEN a question in a story’s thread whose page is slow THEN the event is acknowledged before the page is read, and the answer follows in the thread', async () => {
    h = await startHarness({ articleDelayMs: 1500 });
    const { slack, articles, adapter, event } = h;
    await adapter.post('C0NEWS', {
      kind: 'digest',
      title: 'Your briefing for Friday',
      stories: [
        {
          title: 'Tram extension approved',
          url: articles.storyUrl,
          sources: [{ name: 'Courier', url: articles.storyUrl }],
          lede: 'The council voted for the tram.',
          keyPoints: [],
        },
      ],
    });
    const story = await nth(slack, 1);
    const res = await event({
      type: 'message',
      text: 'ask What is the budget?',
      ts: '1700000400.000001',
      threadTs: story.ts,
    });
    expect(res.status).toBe(200);
    // Ordering, not wall-clock: the ack is back while the story's page is still held back.
    expect(articles.stats.served).toBe(0);
    const answer = await nth(slack, 2);
    expect(answer.threadTs).toBe(story.ts);
    expect(text(answer)).toContain('€412 million');
  });
});
