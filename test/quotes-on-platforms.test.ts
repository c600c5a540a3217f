import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../adapters/discord/render-embeds.js';
import { checkMessage } from '../adapters/slack/fit-blocks.js';
import { renderReply as renderSlack } from '../adapters/slack/render-blocks.js';
import { packageRoot, SAMPLE_ARTICLE } from '../src/core/package-root.js';
import type { Reply } from '../src/handler/types.js';
import { renderReply as renderText } from '../src/render/render-text.js';
import { answer } from '../src/summarizer/answer.js';
import { summarize } from '../src/summarizer/summarize.js';
import { messageProblems } from './discord/limits-check.js';

// A long interview story: twelve speakers, each quoted over several paragraphs, in the
// single quotation marks of British papers.
const SPEAKERS = [
  'Ann Baker',
  'Ben Carter',
  'Cara Dunn',
  'Dan Ellis',
  'Eva Foster',
  'Finn Grant',
  'Gina Hale',
  'Hugo Irving',
  'Iris Jones',
  'Jack Kemp',
  'Kate Lowe',
  'Liam Moss',
];
const paragraph = (i: number) =>
  `‘Part ${i} of what I said goes on and on about the plan, the budget, the timetable and the people who will pay for it.`;
const ARTICLE = [
  'The city council met on Tuesday to debate the new budget for the coming year.',
  ...SPEAKERS.flatMap((name, i) => [
    `${name}, a councillor for ward ${i + 1}, spoke next.`,
    paragraph(1),
    paragraph(2),
    `${paragraph(3)}’ said ${name.split(' ')[1]}.`,
  ]),
].join('\n\n');

describe('the quote list on every platform', () => {
  const s = summarize({ text: ARTICLE, title: 'Council debates budget' });
  const quotes = s.ok ? s.value.quotes : [];
  const reply: Reply = { kind: 'quotes', title: 'Council debates budget', quotes };

  it('GIVEN a story quoting twelve speakers at length THEN twelve whole quotes, each with its speaker', () => {
    expect(quotes.map((q) => q.speaker)).toEqual(SPEAKERS);
    expect(quotes[0]?.text).toMatch(/^Part 1 .* Part 3 .*pay for it\.$/);
  });

  it('GIVEN that list THEN Slack shows every speaker within its block limits', () => {
    const messages = renderSlack(reply);
    for (const m of messages) expect(checkMessage(m)).toEqual([]);
    const text = JSON.stringify(messages);
    for (const name of SPEAKERS) expect(text).toContain(name);
  });

  it('GIVEN that list THEN Discord shows every speaker within its embed limits', () => {
    const messages = renderDiscord(reply, { buttons: false });
    for (const m of messages) expect(messageProblems(JSON.parse(JSON.stringify(m)))).toEqual([]);
    const text = JSON.stringify(messages);
    for (const name of SPEAKERS) expect(text).toContain(name);
  });

  it('GIVEN that list THEN the terminal shows every quote whole', () => {
    const text = renderText(reply);
    for (const q of quotes) expect(text).toContain(`“${q.text}” — ${q.speaker}`);
  });

  it('GIVEN an answer that is a quotation THEN the terminal adds no second pair of marks', () => {
    const text = renderText({
      kind: 'answer',
      question: 'what did she say?',
      title: 'T',
      found: true,
      sentences: ['“We will win,” she said.'],
    } as Reply);
    expect(text).toContain('  “We will win,” she said.');
    expect(text).not.toContain('““');
  });

  it('GIVEN "who was sent?" on the sample THEN Slack, Discord and the terminal all answer with Song Tao first', () => {
    const a = answer(
      { text: readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8') },
      'who was sent?',
    );
    const reply: Reply = { kind: 'answer', question: 'who was sent?', title: 'Sample', ...a };
    expect(a.sentences[0]).toMatch(/^Diplomat Song Tao was travelling/);
    const slack = JSON.stringify(renderSlack(reply));
    const discord = JSON.stringify(renderDiscord(reply, { buttons: false }));
    const terminal = renderText(reply);
    for (const text of [slack, discord, terminal]) {
      expect(text).toContain('Diplomat Song Tao was travelling');
      expect(text).not.toContain('does not say');
    }
  });
});
