import { describe, expect, it } from 'vitest';
import { renderReply, toDiscordMarkdown } from '../../adapters/discord/render-embeds.js';
import type { DigestStory, Reply } from '../../src/handler/types.js';
import { oversizedArticles } from './helpers.js';
import { messageProblems } from './limits-check.js';

const summary: Reply = {
  kind: 'summary',
  title: 'Harbour Bridge to close for seven months',
  lede: 'The bridge will close from 2 March for a £48 million repair.',
  points: [
    { label: 'Corroded hangers', text: 'Corrosion was found in 14 of 56 hangers.' },
    { label: 'Bus diversions', text: 'Buses will use the Millbrook Viaduct.' },
  ],
  quotes: [
    {
      speaker: 'Helen Okafor',
      role: 'director of infrastructure',
      text: 'We have run out of time for patch repairs.',
    },
  ],
  link: 'https://gazette.example/harbour-bridge',
  source: 'Riverside Gazette',
  footer: 'Summarized from 23 sentences, 575 words.',
};

const stories = (n: number): DigestStory[] =>
  oversizedArticles(n, new Date()).map(({ article, summary: s }) => ({
    title: s.title,
    url: article.url,
    sources: [{ name: article.source ?? '', url: article.url }],
    lede: s.lede,
    keyPoints: s.keyPoints,
  }));

describe('renderReply', () => {
  it('GIVEN a summary THEN one embed: linked title, source, lede, labelled points, quotes, buttons', () => {
    const [m, ...rest] = renderReply(summary, { buttons: true });
    expect(rest).toEqual([]);
    expect(m?.ephemeral).toBe(false);
    expect(m?.embeds[0]).toMatchObject({
      title: 'Harbour Bridge to close for seven months',
      url: 'https://gazette.example/harbour-bridge',
      author: { name: 'Riverside Gazette' },
      description: 'The bridge will close from 2 March for a £48 million repair.',
      fields: [
        { name: 'Corroded hangers', value: 'Corrosion was found in 14 of 56 hangers.' },
        { name: 'Bus diversions', value: 'Buses will use the Millbrook Viaduct.' },
        {
          name: 'Key quotes',
          value:
            '> “We have run out of time for patch repairs.”\n— **Helen Okafor, director of infrastructure**',
        },
      ],
      footer: { text: 'Summarized from 23 sentences, 575 words.' },
    });
    const buttons = m?.components[0]?.components;
    expect(buttons?.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'newsbrief:more',
      'newsbrief:quotes',
    ]);
  });

  it('GIVEN a summary with a ref THEN each button custom_id names that article (within 100 characters)', () => {
    const [m] = renderReply({ ...summary, ref: 'Ab3_x-9Zq0Lk' }, { buttons: true });
    const ids = m?.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids).toEqual(['newsbrief:more:Ab3_x-9Zq0Lk', 'newsbrief:quotes:Ab3_x-9Zq0Lk']);
    const [long] = renderReply({ ...summary, ref: 'r'.repeat(95) }, { buttons: true });
    for (const b of long?.components[0]?.components ?? [])
      expect('custom_id' in b && b.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN buttons are off (webhooks) THEN no components', () => {
    expect(renderReply(summary, { buttons: false })[0]?.components).toEqual([]);
  });

  it('GIVEN a summary far over every limit THEN it is trimmed, never rejected', () => {
    const big: Reply = {
      ...summary,
      title: 'T'.repeat(500),
      lede: 'L'.repeat(9000),
      points: Array.from({ length: 30 }, (_, i) => ({ label: `P${i}`, text: 'x'.repeat(1500) })),
      quotes: Array.from({ length: 5 }, () => ({ speaker: 'S', text: 'q'.repeat(800) })),
      footer: 'F'.repeat(3000),
    };
    for (const m of renderReply(big, { buttons: true }))
      expect(messageProblems(m as never)).toEqual([]);
  });

  it('GIVEN a digest of 14 stories the bot posts THEN a header and one message per story with its buttons and thread name, each within every limit', () => {
    const messages = renderReply(
      { kind: 'digest', title: "Today's stories", stories: stories(14) },
      { buttons: true },
    );
    expect(messages).toHaveLength(15);
    expect(messages[0]?.content).toMatch(/^\*\*Today's stories\*\* · 14 stories · /);
    expect(messages[0]?.threadName).toBeUndefined();
    for (const [i, m] of messages.slice(1).entries()) {
      expect(messageProblems(m as never)).toEqual([]);
      expect(m.embeds).toHaveLength(1);
      expect(m.embeds[0]?.url).toBe(`https://news.example.com/2026/11/27/story-${i + 1}`);
      expect(m.threadName?.length).toBeLessThanOrEqual(100);
      expect(m.threadName).toMatch(new RegExp(`^Story ${i + 1}: `));
      expect(
        m.components[0]?.components.map((b) => b.type === 2 && 'label' in b && b.label),
      ).toEqual(['More', 'Quotes']);
    }
  });

  it('GIVEN a digest of 14 stories for a webhook (no buttons) THEN two messages of 10 and 4 embeds, each within every limit', () => {
    const messages = renderReply(
      { kind: 'digest', title: "Today's stories", stories: stories(14) },
      { buttons: false },
    );
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 4]);
    expect(messages.map((m) => m.content)).toEqual([
      "**Today's stories** · 14 stories",
      "**Today's stories** · 14 stories (continued, 2/2)",
    ]);
    for (const m of messages) {
      expect(messageProblems(m as never)).toEqual([]);
      expect(m.components).toEqual([]);
    }
    expect(messages[0]?.embeds[0]).toMatchObject({
      url: 'https://news.example.com/2026/11/27/story-1',
      footer: { text: 'Example News 1' },
    });
    expect(messages[0]?.embeds[0]?.fields?.[0]?.name).toBe('Point 1 of story 1');
  });

  it('GIVEN a digest of 3 stories THEN one message, the stories sharing its 6,000 characters', () => {
    const [only, ...rest] = renderReply(
      { kind: 'digest', title: 'Today', stories: stories(3) },
      { buttons: false },
    );
    expect(rest).toEqual([]);
    expect(only?.embeds).toHaveLength(3);
    expect(messageProblems(only as never)).toEqual([]);
  });

  it('GIVEN an error THEN an ephemeral line with the fix, in Discord syntax', () => {
    const [m] = renderReply(
      { kind: 'error', code: 'no_article', message: 'No article yet. Start with `/news <url>`.' },
      { buttons: true },
    );
    expect(m).toEqual({
      content: '⚠️ No article yet. Start with `/news summarize url:<link>`.',
      embeds: [],
      components: [],
      ephemeral: true,
    });
  });

  it('GIVEN a long info text THEN it is split into messages of at most 2,000 characters', () => {
    const text = Array.from(
      { length: 120 },
      (_, i) => `${i}. https://feeds.example/${'f'.repeat(30)}`,
    ).join('\n');
    const messages = renderReply({ kind: 'info', text, ephemeral: false }, { buttons: true });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.content?.length).toBeLessThanOrEqual(2000);
  });

  it('GIVEN an answer that was not found THEN it says what to try', () => {
    const [m] = renderReply(
      { kind: 'answer', question: 'Who?', found: false, sentences: [], title: 'T' },
      { buttons: true },
    );
    expect(m?.embeds[0]?.description).toMatch(/Try other words/);
  });
});

describe('toDiscordMarkdown', () => {
  it('GIVEN Slack bold THEN Discord bold; code and lists untouched', () => {
    expect(toDiscordMarkdown('*newsbrief* summarizes\n• `/news help`: *this*.')).toBe(
      '**newsbrief** summarizes\n• `/news help`: **this**.',
    );
  });
});
