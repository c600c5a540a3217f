import { describe, expect, it } from 'vitest';
import { summaryReply } from '../../src/handler/summary-reply.js';
import { summarize } from '../../src/summarizer/summarize.js';

const article = {
  text: [
    'The harbour bridge will close to all traffic from March for a repair programme, after the council voted 31 to 12 on Wednesday night to approve the work.',
    'The crossing carries about 42,000 vehicles a day between the port district and the city centre.',
    '"If we do not replace the hangers now, we would have to close the bridge without warning within three years," said Helen Okafor, the council\'s director of infrastructure.',
    'Shop owners in the port district said the closure would cost them trade through the spring.',
    '"Half of our customers come over that bridge, and the detour adds twenty minutes," said Tom Reyes, who runs a bakery near the docks.',
    'A free shuttle bus will run every ten minutes while the bridge is closed, the council said.',
    'The work is expected to take nine months and cost £14m.',
  ].join('\n\n'),
  title: 'Harbour bridge to close for nine months of repairs',
};

describe("a summary's key quotes", () => {
  const s = summarize(article, { points: 2 });
  if (!s.ok) throw new Error(s.error.message);
  const reply = summaryReply(s.value, article);
  if (reply.kind !== 'summary') throw new Error('expected a summary');
  const shown = [reply.lede, ...reply.points.map((p) => p.text)].join(' ');

  it('GIVEN a quotation that a key point already shows THEN the key quotes leave it out, and the quotes command still lists it', () => {
    expect(shown).toContain('If we do not replace the hangers now');
    expect(reply.quotes.map((q) => q.speaker)).not.toContain('Helen Okafor');
    for (const q of reply.quotes) expect(shown).not.toContain(q.text.slice(0, 30));
    expect(s.value.quotes.find((q) => q.speaker === 'Helen Okafor')).toMatchObject({
      inPoints: true,
    });
  });

  it('GIVEN a quotation no point shows THEN it is among the key quotes', () => {
    expect(shown).not.toContain('Half of our customers');
    expect(s.value.quotes.find((q) => q.speaker === 'Tom Reyes')?.inPoints).toBeUndefined();
    expect(reply.quotes.map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('a key quote is a pull quote, not a speech', () => {
  const long = [
    'Weather has been the weak point of this market all winter.',
    'But it is still winter in the north-east, and the cold will come back.',
    'Eventually we will get another cold blast, and when we do the price will climb again.',
    'Nobody should think the fall we have seen this week is the end of it.',
  ].join(' ');
  const summary = {
    title: 'Oil rebounds',
    lede: 'Oil prices recovered on Tuesday.',
    keyPoints: [],
    quotes: [{ speaker: 'John Brady', text: long }],
    stats: { sentences: 10, words: 200, removedLines: 0 },
  };

  it('GIVEN a quotation of four sentences, 56 words THEN the summary shows its first sentences within 40 words (two: the third would make 42) and "…", and /news quotes shows it whole', () => {
    const reply = summaryReply(summary, { text: long, title: 'Oil rebounds' });
    if (reply.kind !== 'summary') throw new Error('expected a summary');
    expect(reply.quotes[0]?.text).toBe(
      'Weather has been the weak point of this market all winter. But it is still winter in the north-east, and the cold will come back. …',
    );
    expect(summary.quotes[0]?.text).toBe(long);
  });
});
