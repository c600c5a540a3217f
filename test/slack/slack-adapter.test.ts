import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, SlackMessage } from '../../adapters/slack/blocks.js';
import { checkMessage } from '../../adapters/slack/fit-blocks.js';
import { PartialPostError } from '../../src/core/adapter.js';
import { startPageServer } from '../support/page-server.js';
import { ARTICLE_TITLE } from './article-html.js';
import { type ApiCall, waitFor } from './fake-slack.js';
import { BOT_TOKEN, type Harness, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const start = async (options?: Parameters<typeof startHarness>[0]) => {
  h = await startHarness(options);
  return h;
};

const message = (call: ApiCall): SlackMessage => ({
  text: String(call.args.text),
  blocks: call.args.blocks as Block[],
});
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) =>
    b.type === 'header' || b.type === 'section'
      ? [b.text.text]
      : b.type === 'context'
        ? b.elements.map((e) => e.text)
        : [],
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Slack adapter over HTTP', () => {
  it('GIVEN /news <url> THEN the summary reaches the channel with header, lede, points, source link and buttons', async () => {
    const { slack, articles, command } = await start();
    const res = await command(articles.storyUrl, { channelId: 'C0TRAMS' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.parse(res.text).text).toMatch(/^Summarizing/);

    const post = await waitFor('chat.postMessage', () => slack.succeeded('chat.postMessage')[0]);
    expect(post.args.channel).toBe('C0TRAMS');
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const msg = message(post);
    expect(checkMessage(msg)).toEqual([]);
    expect(msg.text.length).toBeGreaterThan(10);

    const [head, lede] = msg.blocks;
    expect(head?.type).toBe('header');
    expect(head?.type === 'header' && head.text.text).toContain('tram extension');
    expect(head?.type === 'header' && head.text.text.length).toBeLessThanOrEqual(150);
    expect(lede?.type).toBe('section');
    const all = texts(msg.blocks).join('\n');
    expect(all).toMatch(/^• \*[^*]+\*: \S/m); // labelled key points
    expect(all).toContain(`<${articles.storyUrl}|Read the source>`);
    expect(all).toContain('Shared by <@U0ALICE>');
    const actions = msg.blocks.at(-1);
    expect(actions?.type === 'actions' && actions.elements.map((e) => e.action_id)).toEqual([
      'news_more',
      'news_quotes',
      'news_ask',
    ]);
    expect(actions?.type === 'actions' && actions.elements.map((e) => e.text.text)).toEqual([
      'More',
      'Quotes',
      'Ask',
    ]);
    expect(ARTICLE_TITLE).toContain('tram extension');
    expect(slack.attempts('chat.postEphemeral')).toEqual([]);
  });

  it('GIVEN a slowly served article THEN the ack comes back while the article server is still delaying', async () => {
    const { slack, articles, command } = await start({ articleDelayMs: 1500 });
    const res = await command(articles.storyUrl);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).text).toMatch(/^Summarizing/);
    // Ordering, not wall-clock: the ack is back while the article is still held back.
    expect(articles.stats.served).toBe(0);
    expect(slack.attempts('chat.postMessage')).toEqual([]);
    await waitFor('the summary', () => slack.succeeded('chat.postMessage')[0]);
    expect(articles.stats.served).toBe(1);
  });

  it('GIVEN a summary THEN /news ask answers from that article, quoting it, and says when it does not say', async () => {
    const { slack, articles, command } = await start();
    await command(articles.storyUrl);
    await waitFor('the summary', () => slack.succeeded('chat.postMessage')[0]);

    const asked = await command('ask What is the budget?', { userId: 'U0DAN' });
    expect(asked.status).toBe(200);
    const answer = await waitFor('the answer', () => slack.succeeded('chat.postMessage')[1]);
    const answerText = texts(message(answer).blocks).join('\n');
    expect(answerText).toContain('*Q:* What is the budget? (asked by <@U0DAN>)');
    expect(answerText).toMatch(/^> .*€412 million/m);
    expect(answerText).toContain(`<${articles.storyUrl}|${ARTICLE_TITLE}>`);

    await command('ask Why did zebras escape?');
    const none = await waitFor('the non-answer', () => slack.succeeded('chat.postMessage')[2]);
    expect(texts(message(none).blocks).join('\n')).toContain('The article does not say.');
  });

  it('GIVEN a summary THEN the More and Quotes buttons post like /news more and /news quotes', async () => {
    const { slack, articles, command, click } = await start();
    await command(articles.storyUrl, { channelId: 'C0BTN' });
    await waitFor('the summary', () => slack.succeeded('chat.postMessage')[0]);

    const more = await click('news_more', { channelId: 'C0BTN' });
    expect(more.status).toBe(200);
    expect(more.text).toBe('');
    const morePost = await waitFor('more points', () => slack.succeeded('chat.postMessage')[1]);
    expect(morePost.args.channel).toBe('C0BTN');
    const moreBlocks = message(morePost).blocks;
    expect(moreBlocks[0]?.type === 'header' && moreBlocks[0].text.text).toMatch(/^More from: /);
    expect(checkMessage(message(morePost))).toEqual([]);

    await click('news_quotes', { channelId: 'C0BTN' });
    const quotes = await waitFor('quotes', () => slack.succeeded('chat.postMessage')[2]);
    expect(String(quotes.args.text)).toMatch(/^Quotes from /);
    const quoteText = texts(message(quotes).blocks).join('\n');
    expect(quoteText).toMatch(/> “.+”\n> — \*.+\*|No direct quotes/);

    await command('quotes', { channelId: 'C0BTN' });
    const again = await waitFor('quotes by command', () => slack.succeeded('chat.postMessage')[3]);
    expect(again.args.blocks).toEqual(quotes.args.blocks);
  });

  it('GIVEN two summaries WHEN More, Quotes and Ask are clicked under the first THEN they answer from the first article', async () => {
    const { slack, articles, command, click, submitAsk } = await start();
    const second = await startPageServer({
      '/bridge': await readFile(
        new URL('../discord/fixtures/harbour-bridge.html', import.meta.url),
        'utf8',
      ),
    });
    try {
      const posts = () => slack.succeeded('chat.postMessage');
      await command(articles.storyUrl, { channelId: 'C0TWO' });
      const first = await waitFor('the first summary', () => posts()[0]);
      await command(second.url('/bridge'), { channelId: 'C0TWO' });
      const latest = await waitFor('the second summary', () => posts()[1]);
      const header = (call: ApiCall) => {
        const h = message(call).blocks[0];
        return h?.type === 'header' ? h.text.text : '';
      };
      expect(header(latest)).toMatch(/Harbour Bridge/);
      const buttons = (call: ApiCall) => {
        const a = message(call).blocks.at(-1);
        return a?.type === 'actions' ? a.elements : [];
      };
      const ref = buttons(first)[0]?.value ?? '';
      expect(ref).not.toBe('');
      expect(buttons(first).map((b) => b.value)).toEqual([ref, ref, ref]);
      expect(buttons(latest)[0]?.value).not.toBe(ref);

      await click('news_more', { channelId: 'C0TWO', value: ref });
      const more = await waitFor('more points', () => posts()[2]);
      expect(header(more)).toBe(`More from: ${header(first)}`);
      const moreText = texts(message(more).blocks).join('\n');
      expect(moreText).toContain(`<${articles.storyUrl}|Read the source>`);
      expect(buttons(more).map((b) => b.value)).toEqual([ref, ref, ref]);

      // The same points /news more gives where the first article is the only (latest) one.
      await command(articles.storyUrl, { channelId: 'C0ONE' });
      await waitFor('the lone summary', () => posts()[3]);
      await command('more', { channelId: 'C0ONE' });
      const typed = await waitFor('typed more', () => posts()[4]);
      const points = (call: ApiCall) =>
        message(call).blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
      expect(points(more).length).toBeGreaterThan(0);
      expect(points(more)).toEqual(points(typed));

      await click('news_quotes', { channelId: 'C0TWO', value: ref });
      const quotes = await waitFor('quotes', () => posts()[5]);
      expect(String(quotes.args.text)).toBe(`Quotes from ${ARTICLE_TITLE}`);

      await click('news_ask', { channelId: 'C0TWO', value: ref });
      const open = await waitFor('views.open', () => slack.succeeded('views.open')[0]);
      const view = open.args.view as { private_metadata: string };
      await submitAsk(view.private_metadata, 'What is the budget?');
      const answer = await waitFor('the answer', () => posts()[6]);
      expect(texts(message(answer).blocks).join('\n')).toContain('€412 million');

      // Under the newest summary, More still follows the newest article.
      await click('news_more', { channelId: 'C0TWO', value: buttons(latest)[0]?.value ?? '' });
      const moreLatest = await waitFor('more from the second', () => posts()[7]);
      expect(header(moreLatest)).toBe(`More from: ${header(latest)}`);
    } finally {
      await second.close();
    }
  });

  it('GIVEN a button whose article is no longer remembered THEN an ephemeral error says to summarize again', async () => {
    const { slack, click } = await start();
    const res = await click('news_more', { channelId: 'C0OLD', value: 'forgottenRef' });
    const told = await waitFor('the ephemeral error', () =>
      slack.responses.find((p) => p.id === res.responseId),
    );
    expect(told.body.response_type).toBe('ephemeral');
    expect(String(told.body.text)).toMatch(/Summarize the link again/);
    expect(slack.attempts('chat.postMessage')).toEqual([]);
  });

  it('GIVEN the Ask button THEN a modal opens, and its question is answered in the channel', async () => {
    const { slack, articles, command, click, submitAsk } = await start();
    await command(articles.storyUrl, { channelId: 'C0ASK' });
    await waitFor('the summary', () => slack.succeeded('chat.postMessage')[0]);

    await click('news_ask', { channelId: 'C0ASK', triggerId: '777.888.trigger' });
    const open = await waitFor('views.open', () => slack.succeeded('views.open')[0]);
    expect(open.args.trigger_id).toBe('777.888.trigger');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('news_ask_modal');

    const blank = await submitAsk(view.private_metadata, '   ');
    expect(JSON.parse(blank.text)).toMatchObject({ response_action: 'errors' });

    const submitted = await submitAsk(view.private_metadata, 'What is the budget?');
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe('');
    const answer = await waitFor('the answer', () => slack.succeeded('chat.postMessage')[1]);
    expect(answer.args.channel).toBe('C0ASK');
    expect(texts(message(answer).blocks).join('\n')).toContain('€412 million');
  });

  it('GIVEN a bad signature or a 6-minute-old timestamp THEN 401 and nothing runs', async () => {
    const { slack, articles, command } = await start();
    const forged = await command(articles.storyUrl, {}, { signature: `v0=${'0'.repeat(64)}` });
    expect(forged.status).toBe(401);
    const stale = await command(
      articles.storyUrl,
      {},
      {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      },
    );
    expect(stale.status).toBe(401);
    await sleep(300);
    expect(articles.stats.requested).toBe(0);
    expect(slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(slack.responses).toEqual([]);
  });

  it('GIVEN garbage or empty input THEN the ack itself is the ephemeral help, saying what was wrong', async () => {
    const { slack, command } = await start();
    const garbage = await command('flibbertigibbet wobble');
    expect(garbage.status).toBe(200);
    const body = JSON.parse(garbage.text);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('I don');
    expect(JSON.stringify(body.blocks)).toContain('/news ask &lt;question&gt;');

    const empty = JSON.parse((await command('summarize')).text);
    expect(empty.text).toContain('summarize needs a link or some text');
    const help = JSON.parse((await command('help')).text);
    expect(help.response_type).toBe('ephemeral');
    expect(help.text).toContain('newsbrief');
    await sleep(200);
    expect(slack.attempts('chat.postMessage')).toEqual([]);
  });

  it('GIVEN an unreachable URL, a page that is not an article, or no article yet THEN a short ephemeral error', async () => {
    const { slack, articles, command } = await start();
    const unreachable = await command('https://127.0.0.1:1/story');
    const notArticle = await command(articles.notArticleUrl);
    const noArticle = await command('ask who said what?', { channelId: 'C0EMPTY' });
    for (const r of [unreachable, notArticle, noArticle]) expect(r.status).toBe(200);
    const replies = await waitFor('three ephemeral errors', () => {
      const got = [unreachable, notArticle, noArticle].map((r) =>
        slack.responses.find((p) => p.id === r.responseId),
      );
      return got.every(Boolean) ? got : undefined;
    });
    for (const r of replies) {
      expect(r?.body.response_type).toBe('ephemeral');
      expect(r?.body.replace_original).toBe(false);
      expect(String(r?.body.text).length).toBeLessThan(300);
    }
    expect(String(replies[0]?.body.text)).toMatch(/127\.0\.0\.1:1/);
    expect(String(replies[1]?.body.text)).toMatch(/article/i);
    expect(String(replies[2]?.body.text)).toContain(
      'No article has been summarized in this channel',
    );
    expect(slack.attempts('chat.postMessage')).toEqual([]);
  });

  it('GIVEN hostile or odd input THEN every request is answered and the app keeps serving', async () => {
    const { slack, articles, command } = await start();
    const inputs = [
      '<!channel> summarize <!here> &lt;script&gt;',
      'more 99999999999999999999',
      'more -1',
      `summarize ${'<>&|*_~`'.repeat(2000)}`,
      '\u0000\u0007 \ud800',
      'ask',
      `ask ${'why '.repeat(3000)}`,
      'briefing 25:00 Mars/Olympus',
      'subscribe not-a-url',
      'x'.repeat(210_000),
    ];
    const acks: string[] = [];
    for (const text of inputs) {
      const res = await command(text, { channelId: 'C0FUZZ' });
      expect(res.status, text.slice(0, 40)).toBe(200);
      acks.push(res.text);
    }
    await sleep(300);
    expect(acks[0]).toContain('&lt;!channel&gt;'); // shown, escaped, never a ping
    const sent = [...acks, ...slack.calls.map((c) => JSON.stringify(c.args))];
    sent.push(...slack.responses.map((r) => JSON.stringify(r.body)));
    for (const out of sent) {
      expect(out).not.toContain('<!channel>');
      expect(out).not.toContain('<!here>');
    }
    await command(articles.storyUrl, { channelId: 'C0AFTER' });
    const post = await waitFor('a summary after the fuzz', () =>
      slack.succeeded('chat.postMessage').find((c) => c.args.channel === 'C0AFTER'),
    );
    expect(checkMessage(message(post))).toEqual([]);
  });

  it('GIVEN pasted text far beyond Block Kit limits THEN what is posted is trimmed to fit', async () => {
    const { slack, command } = await start();
    const giant = `${'Enormous '.repeat(700)}headline without any full stop`;
    const body = Array.from(
      { length: 40 },
      (_, i) =>
        `Paragraph ${i} says the harbour plan ${'keeps growing and growing '.repeat(30)}today.`,
    ).join(' ');
    await command(`summarize ${giant}. ${body}`);
    const post = await waitFor('the trimmed summary', () => slack.succeeded('chat.postMessage')[0]);
    const msg = message(post);
    expect(checkMessage(msg)).toEqual([]);
    const head = msg.blocks[0];
    expect(head?.type === 'header' && head.text.text.length).toBeLessThanOrEqual(150);
    expect(head?.type === 'header' && head.text.text.endsWith('…')).toBe(true);
    expect(msg.blocks.at(-1)?.type).toBe('actions');
  });

  it('GIVEN the bot is not in a private channel THEN the summary still reaches it through the response_url', async () => {
    const { slack, articles, command } = await start();
    slack.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const res = await command(articles.storyUrl, { channelId: 'G0PRIVATE' });
    const posted = await waitFor('an in_channel response', () =>
      slack.responses.find((p) => p.id === res.responseId && p.body.response_type === 'in_channel'),
    );
    expect((posted.body.blocks as Block[])[0]?.type).toBe('header');
  });
});

describe('RunningAdapter.post (used by the briefing scheduler)', () => {
  it('GIVEN a long digest THEN it is posted to the channel as several messages, in order, each within limits', async () => {
    const { slack, adapter } = await start();
    const stories = Array.from({ length: 30 }, (_, i) => ({
      title: `Story ${i}`,
      url: `https://news.example/${i}`,
      sources: [{ name: 'Courier', url: `https://news.example/${i}` }],
      lede: `Lede ${i}. ${'The harbour story continues. '.repeat(20)}`,
      keyPoints: [{ label: 'Point', text: 'Something happened.' }],
    }));
    await adapter.post('C0DIGEST', { kind: 'digest', title: 'Morning briefing', stories });
    const posts = slack.succeeded('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) {
      expect(p.args.channel).toBe('C0DIGEST');
      expect(checkMessage(message(p))).toEqual([]);
    }
    const order = posts.flatMap((p) =>
      texts(message(p).blocks).flatMap((t) => /\|Story (\d+)>/.exec(t)?.[1] ?? []),
    );
    // One message per story, in order, up to the cap (the header says how many were left out).
    expect(order.map(Number)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(posts).toHaveLength(21);
    expect(texts(message(posts[0] as ApiCall).blocks).join(' ')).toContain(
      '30 stories (the first 20 below)',
    );
  });

  it('GIVEN the second message of a digest fails THEN post says how many went out, and skip resumes after them', async () => {
    const { slack, adapter } = await start();
    const stories = Array.from({ length: 30 }, (_, i) => ({
      title: `Story ${i}`,
      sources: [{ name: 'Courier' }],
      lede: `Lede ${i}. ${'The harbour story continues. '.repeat(20)}`,
      keyPoints: [{ label: 'Point', text: 'Something happened.' }],
    }));
    const digest = { kind: 'digest' as const, title: 'Morning briefing', stories };
    slack.script(
      'chat.postMessage',
      { body: { ok: true, channel: 'C0DIGEST', ts: '1.1' } },
      { body: { ok: false, error: 'channel_not_found' } },
    );
    const failure = await adapter.post('C0DIGEST', digest).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PartialPostError);
    expect((failure as PartialPostError).sent).toBe(1);
    const before = slack.succeeded('chat.postMessage').length;
    await adapter.post('C0DIGEST', digest, { skip: 1 });
    const resumed = slack.succeeded('chat.postMessage').slice(before);
    // The header went out; the stories follow it, from the first, each its own message.
    const first = texts(message(resumed[0] as (typeof resumed)[number]).blocks).join(' ');
    expect(first).not.toContain('Morning briefing');
    expect(first).toMatch(/Story 0\b/);
  });

  it('GIVEN Slack refuses for good THEN post rejects, so the scheduler can record the failure', async () => {
    const { slack, adapter } = await start();
    slack.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await expect(
      adapter.post('C0GONE', { kind: 'info', text: 'hello', ephemeral: false }),
    ).rejects.toThrow(/channel_not_found/);
  });
});

describe('Slack Web API retries (Bolt WebClient, configured in client-options.ts)', () => {
  it('GIVEN a 429 with Retry-After: 1 THEN the post is retried after it and arrives exactly once', async () => {
    const { slack, articles, command } = await start();
    slack.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await command(articles.storyUrl);
    await waitFor('the retried post', () => slack.succeeded('chat.postMessage')[0]);
    await sleep(1000);
    const attempts = slack.attempts('chat.postMessage');
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    const [first, second] = attempts;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(slack.succeeded('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN two 503s THEN the post is retried and arrives once', async () => {
    const { slack, articles, command } = await start();
    slack.script('chat.postMessage', { status: 503 }, { status: 503 });
    await command(articles.storyUrl);
    await waitFor('the post after 5xx', () => slack.succeeded('chat.postMessage')[0]);
    expect(slack.attempts('chat.postMessage').map((a) => a.status)).toEqual([503, 503, 200]);
  });

  it('GIVEN Slack keeps failing with 500 THEN it gives up after 3 retries and tells the user', async () => {
    const { slack, articles, command, logs } = await start();
    slack.script('chat.postMessage', ...Array.from({ length: 10 }, () => ({ status: 500 })));
    const res = await command(articles.storyUrl);
    const told = await waitFor(
      'the ephemeral failure notice',
      () => slack.responses.find((p) => p.id === res.responseId),
      10_000,
    );
    expect(told.body.response_type).toBe('ephemeral');
    expect(String(told.body.text)).toMatch(/could not post/i);
    expect(slack.attempts('chat.postMessage')).toHaveLength(4);
    expect(logs.join('\n')).toMatch(/could not post a summary/);
  });
});
