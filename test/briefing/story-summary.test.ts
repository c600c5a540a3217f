import { describe, expect, it } from 'vitest';
import type { CandidateItem, RankedStory } from '../../src/briefing/compose-briefing.js';
import { createStorySummarizer, type SummaryCache } from '../../src/briefing/story-summary.js';
import { summarize } from '../../src/summarizer/summarize.js';

const TEXT = [
  'The city council has approved a plan to close the old harbour bridge to cars from next spring.',
  'Cyclists and pedestrians will still be able to cross, the council said on Tuesday.',
  'Shop owners on the harbour front warned that fewer drivers would mean fewer customers.',
  'The bridge, built in 1904, needs repairs that engineers put at two million pounds.',
  'A public meeting on the plan will be held at the town hall next month.',
].join(' ');

const item: CandidateItem = {
  feedKey: 'feed-a',
  guid: 'g1',
  canonicalUrl: 'https://news.example/bridge',
  title: 'Harbour bridge to close to cars',
  lede: 'The city council has approved a plan to close the old harbour bridge to cars.',
  content: `${TEXT} ${TEXT}`.repeat(3),
  sourceName: 'Example News',
};
const story: RankedStory = { items: [item], score: 1, time: 0 };

describe('a story summary another replica saves while this one waits', () => {
  it('GIVEN the other replica saves and gives its claim back between a look-up and the next claim THEN its summary is read, not made again', async () => {
    const theirs = { title: item.title, lede: 'Their lede.', keyPoints: [] };
    let saved: typeof theirs | undefined;
    let claims = 0;
    let made = 0;
    const released: string[] = [];
    const cache: SummaryCache = {
      get: async () => saved,
      save: async () => {},
      // The other replica holds the claim at first; it saves and releases just before the
      // second attempt, after this replica's look-up missed.
      claim: async () => {
        claims++;
        if (claims === 1) return false;
        saved = theirs;
        return true;
      },
      release: async (key) => {
        released.push(key);
      },
    };
    const summarizer = createStorySummarizer({
      cache,
      summarize: (...args) => {
        made++;
        return summarize(...args);
      },
    });
    const got = await summarizer(story);
    expect(made).toBe(0);
    expect(got.lede).toBe('Their lede.');
    // The claim it took is given back.
    expect(released).toHaveLength(1);
  });
});
