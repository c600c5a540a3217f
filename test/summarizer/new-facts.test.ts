import { describe, expect, it } from 'vitest';
import {
  knownFacts,
  MAX_NEW_FACTS,
  newFacts,
  novelty,
  storySentences,
} from '../../src/summarizer/new-facts.js';

const shown = [
  'A fire tore through a storage warehouse in the Harwick industrial estate late on Monday, and three night-shift workers are missing.',
  'More than 60 firefighters fought the blaze, which forced the closure of the ring road for six hours.',
];

describe('novelty (share of a sentence the channel was not told)', () => {
  it('GIVEN a sentence that only repeats what was shown THEN nothing of it is new', () => {
    expect(novelty('More than 60 firefighters fought the blaze.', knownFacts(shown))).toBe(0);
  });

  it('GIVEN the same words with a new number THEN the number counts as news', () => {
    const known = knownFacts(['The strike will last 48 hours and involves 3,000 drivers.']);
    expect(
      novelty('The strike will last 24 hours and involves 3,000 drivers.', known),
    ).toBeGreaterThan(novelty('The strike will last 48 hours and involves 3,000 drivers.', known));
    // "3,000" and "3000" are the same number.
    expect(novelty('The strike involves 3000 drivers who will walk out.', known)).toBeLessThan(0.4);
  });

  it('GIVEN a fragment too short to carry a fact THEN it is not new', () => {
    expect(novelty('He agreed.', knownFacts([]))).toBe(0);
  });
});

describe('newFacts (what an update shows)', () => {
  const followUp = [
    'Firefighters searching the ruins of the Harwick warehouse recovered the bodies of two of the three missing workers on Tuesday.',
    'The fire broke out in the Harwick warehouse late on Monday.',
    'More than 60 firefighters fought the blaze.',
    'Police said two fire exits on the ground floor had been chained shut.',
  ];

  it('GIVEN a follow-up that repeats background THEN only the sentences with new facts come back, in order', () => {
    expect(newFacts(followUp, shown)).toEqual([followUp[0], followUp[3]]);
  });

  it('GIVEN the same article again THEN there is nothing new', () => {
    expect(newFacts(shown, shown)).toEqual([]);
  });

  it('GIVEN two sentences that tell the same new thing THEN it is shown once', () => {
    const facts = newFacts(
      [
        'Police arrested the site manager on suspicion of manslaughter on Wednesday.',
        'The site manager was arrested by police on suspicion of manslaughter.',
      ],
      shown,
    );
    expect(facts).toHaveLength(1);
  });

  it('GIVEN many new sentences THEN at most MAX_NEW_FACTS, the first ones', () => {
    const many = [
      'Investigators found that the sprinkler system had been switched off in January.',
      'The regional mayor ordered inspections of every warehouse on the estate.',
      'Insurance brokers estimated losses at about twelve million pounds.',
      'A vigil for the victims drew hundreds of neighbours to the canal towpath.',
    ];
    expect(newFacts(many, shown)).toEqual(many.slice(0, MAX_NEW_FACTS));
  });

  it('GIVEN nothing shown before THEN every sentence that says something is new', () => {
    expect(newFacts(followUp.slice(1, 3), [], { max: 5 })).toEqual(followUp.slice(1, 3));
  });
});

describe('storySentences', () => {
  it('GIVEN an article THEN its cleaned sentences in order, at most `max`', () => {
    const text =
      'First sentence about the bridge. Second sentence about the river.\n\nThird one here.';
    expect(storySentences(text)).toEqual([
      'First sentence about the bridge.',
      'Second sentence about the river.',
      'Third one here.',
    ]);
    expect(storySentences(text, undefined, 2)).toHaveLength(2);
  });
});
