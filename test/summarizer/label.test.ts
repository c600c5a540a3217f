import { describe, expect, it } from 'vitest';
import { mainClauseHead } from '../../src/summarizer/label.js';

describe('mainClauseHead (who did what, at most 6 words)', () => {
  it.each([
    [
      'China dispatched a special envoy to North Korea on Friday, a trip hailed as a "big move".',
      'China dispatched special envoy',
    ],
    [
      "But experts doubt Song's visit will yield major breakthroughs.",
      "Experts doubt Song's visit",
    ],
    [
      'Construction is scheduled to begin next spring, and the city expects buses in 2028.',
      'Construction scheduled to begin next spring',
    ],
    [
      'Norvane Semiconductor will push back the opening of its plant by two years.',
      'Norvane Semiconductor to push back opening',
    ],
    [
      'Traders said the rally was set off by a seasonal outlook from forecasters.',
      'Rally set off by seasonal outlook',
    ],
    ['As nuclear tensions have soared, Xi has pushed for talks.', 'Xi pushed for talks'],
    [
      'Leon Yeaman, 55, was allegedly killed by a single punch on Sunday.',
      'Leon Yeaman allegedly killed',
    ],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(mainClauseHead(sentence)).toBe(label);
  });

  it('GIVEN a sentence with no usable head THEN undefined (the caller falls back to a distinctive phrase)', () => {
    expect(mainClauseHead('"Yes," he said.')).toBeUndefined();
  });
});

describe('mainClauseHead keeps a name after a preposition', () => {
  it('GIVEN a six-word cut ending on a place name THEN the name stays', () => {
    expect(
      mainClauseHead('The 6.4-mile line will run from Eastgate to the university hospital.'),
    ).toBe('6.4-mile line to run from Eastgate');
  });
});
