import { describe, expect, it } from 'vitest';
import { type CandidateItem, composeBriefing } from '../../src/briefing/compose-briefing.js';
import {
  matchChains,
  retellsStory,
  type ShownChain,
  shownChains,
  storyUpdate,
} from '../../src/briefing/developing.js';
import {
  createStorySummarizer,
  storyKey,
  storySentencesByKey,
  summaryKey,
} from '../../src/briefing/story-summary.js';
import type { ShownStoryRecord, StoredSummary } from '../../src/store/store.js';
import { storySentences } from '../../src/summarizer/new-facts.js';
import { SEQUENCES } from '../fixtures/developing/sequences.js';

const breach = SEQUENCES.find((s) => s.id === 'data-breach')?.articles ?? [];
const bridge = SEQUENCES.find((s) => s.id === 'bridge-closure')?.articles ?? [];
const [day0, day1] = breach as [(typeof breach)[number], (typeof breach)[number]];
const [bridge0] = bridge as [(typeof bridge)[number]];
const now = new Date('2026-03-03T06:00:00Z');

const candidate = (a: typeof day0, feedKey = 'feed-1'): CandidateItem => ({
  feedKey,
  guid: a.guid,
  url: a.url,
  canonicalUrl: a.url,
  title: a.title,
  lede: a.text.split('\n')[0] ?? '',
  content: a.text,
  publishedAt: new Date(now.getTime() - 3600_000).toISOString(),
  sourceName: 'Tech News',
});

const record = (a: typeof day0, sentences: string[], id = 1): ShownStoryRecord => ({
  id,
  firstKey: a.url,
  storyKey: a.url,
  guid: a.guid,
  canonicalUrl: a.url,
  title: a.title,
  lede: a.text.split('\n')[0] ?? '',
  sentences,
  message: {
    id: '1700000000.000001',
    link: 'https://newsroom.slack.com/archives/C1/p1700000000000001',
  },
  shownAt: '2026-03-02T06:00:00.000Z',
});

/** What day 0's briefing showed of the breach: its opening sentences. */
const shownDay0 = [
  "Vistalink, the country's second-largest mobile operator, said on Monday that hackers had stolen personal data belonging to some of its customers.",
];

function summarizer() {
  const saved = new Map<string, StoredSummary>();
  return {
    saved,
    summarizeStory: createStorySummarizer({
      cache: { get: async (k) => saved.get(k), save: async (k, s) => void saved.set(k, s) },
    }),
  };
}

describe('matchChains (a story continues one the channel was shown)', () => {
  const chains = shownChains([record(day0, shownDay0), record(bridge0, ['The bridge closed.'], 2)]);
  const article = (a: typeof day0, key = a.url) => ({ ...candidate(a), storyKey: key });

  it("GIVEN the next day's follow-up THEN it continues the earlier story, and an unrelated one does not", () => {
    const unrelated = SEQUENCES.find((s) => s.id === 'missing-hikers')?.articles[0];
    if (!unrelated) throw new Error('fixture missing');
    const matched = matchChains([article(day1), article(unrelated)], chains);
    expect(matched[0]?.firstKey).toBe(day0.url);
    expect(matched[1]).toBeUndefined();
  });

  it('GIVEN the same article again (its story key) THEN it continues its story whatever the words', () => {
    const renamed = { ...article(day1, day0.url), title: 'Something else', lede: 'Entirely.' };
    expect(matchChains([renamed], chains)[0]?.firstKey).toBe(day0.url);
  });
});

describe('retellsStory (a match by words is a continuation only if it retells the story)', () => {
  const chain = shownChains([record(day0, shownDay0)])[0] as ShownChain;
  const earlier = new Map([[day0.url, storySentences(day0.text, day0.title)]]);

  it('GIVEN the follow-up THEN it retells enough of the story to continue it', () => {
    expect(retellsStory(day1.url, storySentences(day1.text), chain, earlier)).toBe(true);
  });

  it('GIVEN another story that only shares the company name THEN it does not continue it', () => {
    const other = [
      'Vistalink will sponsor the national football league for the next three seasons, the league said on Wednesday.',
      'The deal is worth about 40 million krone a year and puts the operator’s logo on every referee’s shirt.',
      'League chairman Otto Brandt said the money would pay for new floodlights at smaller grounds.',
      'Fans’ groups said they had not been consulted about the name of the competition.',
      'The agreement replaces a sponsorship with an energy company that ended in the summer.',
    ];
    expect(retellsStory('https://sport.example/vistalink-league', other, chain, earlier)).toBe(
      false,
    );
    // The same article is its own story whatever it says.
    expect(retellsStory(day0.url, other, chain, earlier)).toBe(true);
  });
});

describe('storyUpdate', () => {
  const chain: ShownChain = shownChains([record(day0, shownDay0)])[0] as ShownChain;
  const summary = (sentences: string[]): StoredSummary => ({
    title: day1.title,
    lede: sentences[0] ?? '',
    keyPoints: [],
    sentences,
  });

  it('GIVEN a follow-up THEN the update has its new facts and links to the earlier message', () => {
    const u = storyUpdate(
      summary(['The data breach at Vistalink affected 4.1 million customers.', ...shownDay0]),
      chain,
      new Map(),
    );
    expect(u?.facts).toEqual(['The data breach at Vistalink affected 4.1 million customers.']);
    expect(u?.earlier).toEqual({
      title: day0.title,
      shownAt: '2026-03-02T06:00:00.000Z',
      link: 'https://newsroom.slack.com/archives/C1/p1700000000000001',
    });
  });

  it('GIVEN a follow-up that only repeats the earlier article THEN there is no update', () => {
    const earlier = new Map([
      [day0.url, ['Shares in Vistalink fell 4 per cent in morning trading.']],
    ]);
    expect(
      storyUpdate(
        summary(['Shares in Vistalink fell 4 per cent in morning trading.']),
        chain,
        earlier,
      ),
    ).toBeUndefined();
  });
});

describe('composeBriefing with what the channel was shown', () => {
  it('GIVEN a continued story THEN it is an update (no lede again) and is recorded in its story', async () => {
    const { summarizeStory } = summarizer();
    const composed = await composeBriefing([candidate(day1)], {
      now,
      maxStories: 5,
      summarizeStory,
      developing: {
        chains: shownChains([record(day0, shownDay0)]),
        earlierArticles: new Map([[day0.url, storySentences(day0.text, day0.title)]]),
      },
    });
    const [story] = composed.stories;
    expect(story?.lede).toBe('');
    expect(story?.keyPoints).toEqual([]);
    expect(story?.update?.facts[0]).toContain('affected 4.1 million customers');
    expect(composed.shown[0]).toMatchObject({
      firstKey: day0.url,
      storyKey: day1.url,
      sentences: story?.update?.facts,
    });
  });

  it('GIVEN a continuation with nothing new THEN it is left out and the next story takes its place', async () => {
    const { summarizeStory, saved } = summarizer();
    // Day 0's article summarized once, so its sentences are known.
    await composeBriefing([candidate(day0)], { now, maxStories: 1, summarizeStory });
    const copy = {
      ...candidate(day0, 'feed-2'),
      guid: 'copy',
      url: 'https://other.example/copy',
      canonicalUrl: 'https://other.example/copy',
    };
    const composed = await composeBriefing([copy, candidate(bridge0, 'feed-3')], {
      now,
      maxStories: 1,
      summarizeStory,
      developing: {
        chains: shownChains([record(day0, shownDay0)]),
        earlierArticles: new Map([[day0.url, saved.get(day0.url)?.sentences ?? []]]),
      },
    });
    expect(composed.stories.map((s) => s.title)).toEqual([bridge0.title]);
    expect(composed.itemIds).toEqual([]);
  });

  it("GIVEN another feed's report of a story the channel saw THEN its reworded lede is not news, only what it adds", async () => {
    const { summarizeStory, saved } = summarizer();
    await composeBriefing([candidate(day0)], { now, maxStories: 1, summarizeStory });
    const reworded =
      'Hackers have stolen the personal data of some Vistalink customers, the mobile operator confirmed in a brief statement on Monday.';
    const added =
      'The company said the stolen records included 12,000 business accounts in the capital.';
    const paragraphs = day0.text.split('\n\n');
    const text = [reworded, ...paragraphs.slice(1, 3), added, ...paragraphs.slice(3)].join('\n\n');
    const copy: CandidateItem = {
      ...candidate(day0, 'feed-2'),
      guid: 'wire-copy',
      url: 'https://wire.example/vistalink',
      canonicalUrl: 'https://wire.example/vistalink',
      lede: reworded,
      content: text,
    };
    const composed = await composeBriefing([{ ...candidate(day0), id: 1, seen: true }, copy], {
      now,
      maxStories: 5,
      summarizeStory,
      developing: {
        chains: shownChains([record(day0, shownDay0)]),
        earlierArticles: new Map([[day0.url, saved.get(day0.url)?.sentences ?? []]]),
      },
    });
    expect(composed.stories.map((s) => s.update?.facts)).toEqual([[added]]);
  });

  it('GIVEN a later copy of a seen story and no record of what was shown THEN it is left out as before', async () => {
    const { summarizeStory } = summarizer();
    const copy = {
      ...candidate(day0, 'feed-2'),
      guid: 'copy-2',
      url: 'https://other.example/copy-2',
      canonicalUrl: undefined,
    };
    const composed = await composeBriefing([{ ...candidate(day0), seen: true }, copy], {
      now,
      maxStories: 5,
      summarizeStory,
    });
    expect(composed.stories).toEqual([]);
  });
});

describe('storySentencesByKey (earlier articles, whatever length their channel reads)', () => {
  it('GIVEN a story summarized only for a detailed channel (its own cache key) THEN its sentences are found by its story key', async () => {
    const item = candidate(day0);
    const saved = new Map<string, StoredSummary>([
      [summaryKey(item, 6), { title: 't', lede: 'l', keyPoints: [], sentences: ['Six.'] }],
      [
        summaryKey(candidate(bridge0)),
        { title: 't', lede: 'l', keyPoints: [], sentences: ['Three.'] },
      ],
    ]);
    const store = {
      getSummaries: async (keys: readonly string[]) =>
        new Map(keys.flatMap((k) => (saved.has(k) ? [[k, saved.get(k) as StoredSummary]] : []))),
    };
    const found = await storySentencesByKey(store, [
      storyKey(item),
      storyKey(candidate(bridge0)),
      'gone',
    ]);
    expect(summaryKey(item, 6)).not.toBe(storyKey(item));
    expect([...found]).toEqual([
      [storyKey(item), ['Six.']],
      [storyKey(candidate(bridge0)), ['Three.']],
    ]);
  });
});
