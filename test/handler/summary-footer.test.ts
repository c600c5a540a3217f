import { describe, expect, it } from 'vitest';
import { renderReply as discordRender } from '../../adapters/discord/render-embeds.js';
import { renderReply as slackRender } from '../../adapters/slack/render-blocks.js';
import { summaryReply } from '../../src/handler/summary-reply.js';
import { renderReply as textRender } from '../../src/render/render-text.js';
import { summarize } from '../../src/summarizer/summarize.js';

const article = {
  text: [
    'The island ferry resumed its crossings on Monday, three weeks after a winter storm tore the loading ramp from the harbour wall.',
    'Engineers worked through the weekend to fit a replacement ramp, and the first boat left at seven in the morning.',
    'The operator said the timetable would return to normal by Wednesday, once a second crew had finished its training.',
  ].join('\n\n'),
  title: 'Ferry service resumes after storm damage repaired',
  url: 'https://harbour.example/ferry',
  source: 'Harbour Gazette',
  byline: 'By Mara Lind',
  publishedTime: '2026-02-10T08:30:00Z',
};

describe('the summary footer on every platform', () => {
  const s = summarize(article);
  if (!s.ok) throw new Error(s.error.message);
  const reply = summaryReply(s.value, article);

  it('GIVEN a page with author and date THEN the neutral footer names them', () => {
    expect(reply.kind === 'summary' && reply.footer).toMatch(
      /^By Mara Lind · 10 Feb 2026 · Summarized from 3 sentences/,
    );
  });

  it('GIVEN Slack THEN the last context holds the link to the article, the site, author and date', () => {
    const [msg] = slackRender(reply);
    const context = JSON.stringify(msg?.blocks.filter((b) => b.type === 'context'));
    expect(context).toContain('<https://harbour.example/ferry|Read the source>');
    expect(context).toContain('Harbour Gazette');
    expect(context).toContain('By Mara Lind · 10 Feb 2026');
  });

  it('GIVEN Discord THEN the embed links the article and its footer names author and date', () => {
    const [msg] = discordRender(reply, { buttons: false });
    const embed = msg?.embeds[0];
    expect(embed?.url).toBe('https://harbour.example/ferry');
    expect(embed?.author?.name).toBe('Harbour Gazette');
    expect(embed?.footer?.text).toMatch(/^By Mara Lind · 10 Feb 2026 · /);
  });

  it('GIVEN the terminal THEN the text ends with the link and the footer', () => {
    const text = textRender(reply);
    expect(text).toContain('Source: https://harbour.example/ferry');
    expect(text).toMatch(/By Mara Lind · 10 Feb 2026 · Summarized from/);
  });
});
