import { describe, expect, it } from 'vitest';
import type { Block } from '../../adapters/slack/blocks.js';
import { checkMessage } from '../../adapters/slack/fit-blocks.js';
import { isEphemeral, renderReply } from '../../adapters/slack/render-blocks.js';
import { SLACK_LIMITS } from '../../adapters/slack/slack-limits.js';
import type { DigestStory, Reply } from '../../src/handler/types.js';

const summary: Reply = {
  kind: 'summary',
  title: 'Council approves tram line',
  lede: 'The council voted 31 to 12 for the extension.',
  points: [
    { label: 'Cost', text: 'The budget is €412 million.' },
    { label: 'Timing', text: 'Trams run from late 2027.' },
  ],
  quotes: [{ speaker: 'Elena Vasquez', role: 'mayor', text: 'A decision for a generation.' }],
  link: 'https://news.example/tram',
  source: 'The Harbour Courier',
  footer: 'Summarized from 20 sentences, 396 words.',
};

const allText = (blocks: readonly Block[]) => JSON.stringify(blocks);

describe('renderReply', () => {
  it('GIVEN a summary THEN header, lede, labelled points, quotes with speakers, source link, footer and buttons', () => {
    const [msg, ...rest] = renderReply(summary, { userId: 'U0ALICE' });
    expect(rest).toEqual([]);
    expect(msg?.blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    const [head, lede, points, quotes, ctx] = msg?.blocks ?? [];
    expect(head).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Council approves tram line', emoji: true },
    });
    expect(lede?.type === 'section' && lede.text.text).toBe(summary.lede);
    expect(points?.type === 'section' && points.text.text).toBe(
      '• *Cost*: The budget is €412 million.\n• *Timing*: Trams run from late 2027.',
    );
    expect(quotes?.type === 'section' && quotes.text.text).toBe(
      '*Key quotes*\n> “A decision for a generation.”\n> — *Elena Vasquez*, mayor',
    );
    expect(ctx?.type === 'context' && ctx.elements.map((e) => e.text)).toEqual([
      '<https://news.example/tram|Read the source> · The Harbour Courier',
      'Summarized from 20 sentences, 396 words.',
      'Shared by <@U0ALICE>',
    ]);
    expect(msg?.text).toBe(
      'Council approves tram line: The council voted 31 to 12 for the extension.',
    );
  });

  it('GIVEN a summary with a ref THEN More, Quotes and Ask carry it as their value', () => {
    const [plainMsg] = renderReply(summary);
    const plainButtons = plainMsg?.blocks.at(-1);
    expect(plainButtons?.type === 'actions' && plainButtons.elements.map((e) => e.value)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const [msg] = renderReply({ ...summary, ref: 'Ab3_x-9Zq0Lk' });
    const actions = msg?.blocks.at(-1);
    expect(
      actions?.type === 'actions' && actions.elements.map((e) => [e.action_id, e.value]),
    ).toEqual([
      ['news_more', 'Ab3_x-9Zq0Lk'],
      ['news_quotes', 'Ab3_x-9Zq0Lk'],
      ['news_ask', 'Ab3_x-9Zq0Lk'],
    ]);
  });

  it('GIVEN user text with Slack markup THEN mrkdwn escapes it, so it cannot ping or link', () => {
    const [msg] = renderReply({
      ...summary,
      title: '<!channel> breaking',
      lede: 'See <https://evil.example|this> & <@U123>',
      points: [{ label: '<!here>', text: 'a > b' }],
    });
    // plain_text (the header) is never parsed for mentions; every mrkdwn text is escaped.
    const json = allText(msg?.blocks.filter((b) => b.type !== 'header') ?? []) + (msg?.text ?? '');
    expect(json).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/evil/);
    expect(json).toContain('See &lt;https://evil.example|this&gt; &amp; &lt;@U123&gt;');
    expect(json).toContain('• *&lt;!here&gt;*: a &gt; b');
  });

  it('GIVEN a link that is not plain http(s) THEN it is shown as text, not linked', () => {
    const [msg] = renderReply({ ...summary, link: 'javascript:alert(1)|x' });
    expect(allText(msg?.blocks ?? [])).not.toContain('<javascript');
  });

  it('GIVEN an answer that was found THEN the supporting sentences are quoted; not found THEN it says so plainly', () => {
    const found = renderReply({
      kind: 'answer',
      question: 'How much?',
      found: true,
      sentences: ['The budget is €412 million.', 'The city pays\n\n€152 million.'],
      title: 'Tram line',
      link: 'https://news.example/tram',
    });
    expect(allText(found[0]?.blocks ?? [])).toContain(
      '> The budget is €412 million.\\n> The city pays €152 million.',
    );
    const missing = renderReply({
      kind: 'answer',
      question: 'Zebras?',
      found: false,
      sentences: [],
      title: 'Tram line',
    });
    expect(allText(missing[0]?.blocks ?? [])).toContain('The article does not say.');
    expect(missing[0]?.text).toBe('Zebras?: the article does not say.');
  });

  it('GIVEN quotes without any THEN it says there are none', () => {
    const [msg] = renderReply({ kind: 'quotes', title: 'Tram line', quotes: [] });
    expect(allText(msg?.blocks ?? [])).toContain('No direct quotes');
  });

  it('GIVEN errors and help THEN they are ephemeral; summaries, answers and quotes are not', () => {
    expect(isEphemeral({ kind: 'error', code: 'x', message: 'm' })).toBe(true);
    expect(isEphemeral({ kind: 'info', text: 'help', ephemeral: true })).toBe(true);
    expect(isEphemeral({ kind: 'info', text: 'Subscribed.', ephemeral: false })).toBe(false);
    expect(isEphemeral(summary)).toBe(false);
    const [err] = renderReply({ kind: 'error', code: 'timeout', message: 'x.com did not answer.' });
    expect(err?.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: ':warning: x.com did not answer.' } },
    ]);
  });

  it('GIVEN a summary far over every limit THEN each text is trimmed and every message passes the checker', () => {
    const huge = 'word '.repeat(5000);
    const messages = renderReply({
      ...summary,
      title: huge,
      lede: huge,
      points: Array.from({ length: 10 }, (_, i) => ({ label: `L${i} ${huge}`, text: huge })),
      quotes: Array.from({ length: 3 }, () => ({ speaker: huge, text: huge })),
      footer: huge,
    });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(SLACK_LIMITS.messagesPerReply);
    for (const m of messages) expect(checkMessage(m)).toEqual([]);
    const first = messages[0]?.blocks[0];
    expect(first?.type === 'header' && first.text.text.length).toBeLessThanOrEqual(150);
    expect(messages.at(-1)?.blocks.at(-1)?.type).toBe('actions');
    expect(messages.flatMap((m) => m.blocks).filter((b) => b.type === 'actions')).toHaveLength(1);
  });

  it('GIVEN a digest of 100 stories THEN it is split into several messages within limits, the rest noted', () => {
    const story = (i: number): DigestStory => ({
      title: `Story ${i}: ${'headline '.repeat(10)}`,
      url: `https://news.example/${i}`,
      sources: [
        { name: 'Courier', url: `https://news.example/${i}` },
        { name: 'Gazette', url: `https://gazette.example/${i}` },
      ],
      lede: `Lede ${i}. ${'Something happened in the harbour today. '.repeat(8)}`,
      keyPoints: [
        { label: 'What', text: 'It happened.' },
        { label: 'Next', text: 'More later.' },
      ],
    });
    const messages = renderReply({
      kind: 'digest',
      title: "Today's stories",
      stories: Array.from({ length: 100 }, (_, i) => story(i)),
    });
    // A header, then one message per story (each its own thread), at most digestStories of them.
    expect(messages).toHaveLength(1 + SLACK_LIMITS.digestStories);
    for (const m of messages) {
      expect(checkMessage(m)).toEqual([]);
      expect(m.blocks[0]?.type).not.toBe('divider');
      expect(m.blocks.at(-1)?.type).not.toBe('divider');
    }
    expect(allText(messages[0]?.blocks ?? [])).toContain('100 stories (the first 20 below)');
    expect(allText(messages[1]?.blocks ?? [])).toContain('<https://news.example/0|Story 0:');
    expect(allText(messages[2]?.blocks ?? [])).not.toContain('Story 0:');
    // Each story's buttons name that story's link, so its thread acts on it.
    const buttons = messages[2]?.blocks.at(-1);
    expect(buttons?.type === 'actions' && buttons.elements.map((e) => e.value)).toEqual([
      'story:https://news.example/1',
      'story:https://news.example/1',
      'story:https://news.example/1',
    ]);
  });
});
