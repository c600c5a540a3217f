import { describe, expect, it } from 'vitest';
import { leadN, textRank, textRankSentences } from '../../src/eval/baselines.js';

const STORY = [
  'The city council met on Tuesday evening to vote on the spending plan for next year.',
  'Engineers say the river bridge has been closed to traffic since the floods in March.',
  'The council approved the river bridge repairs, the school budget and the storm relief fund.',
  'Parents have campaigned for a bigger school budget for several years now.',
  'Residents hit by the storm will get relief payments from the fund next month.',
  'The weather tomorrow is expected to be sunny with light winds along the coast.',
];

describe('leadN', () => {
  it('GIVEN an article THEN it returns its first N sentences', () => {
    expect(leadN(STORY.join(' '), 2)).toEqual(STORY.slice(0, 2));
  });

  it('GIVEN N above the sentence count THEN it returns every sentence', () => {
    expect(leadN(STORY.slice(0, 2).join(' '), 5)).toEqual(STORY.slice(0, 2));
  });
});

describe('textRank', () => {
  it('GIVEN one sentence that shares words with all the others THEN it is picked first', () => {
    expect(textRankSentences(STORY, 1)).toEqual([STORY[2]]);
  });

  it('GIVEN N sentences wanted THEN they come back in article order', () => {
    const picked = textRankSentences(STORY, 3);
    expect(picked).toHaveLength(3);
    expect(picked).toContain(STORY[2]);
    expect(picked.map((s) => STORY.indexOf(s))).toEqual(
      [...picked.map((s) => STORY.indexOf(s))].sort((a, b) => a - b),
    );
    expect(picked).not.toContain(STORY[5]);
  });

  it('GIVEN article text THEN it ranks newsbrief-prepared sentences', () => {
    expect(textRank(STORY.join(' '), 1)).toEqual([STORY[2]]);
  });
});
