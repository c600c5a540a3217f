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

describe('mainClauseHead names who acts, not a pronoun', () => {
  it.each([
    ['Cadbury said it was confident it would hit its targets for 2005.', 'Cadbury confident'],
    [
      'Time Warner said on Friday that it now owns 8% of search-engine Google.',
      'Time Warner now owns',
    ],
    ['It took $42.8m (£23.7m) at the weekend, making its takings $163m.', 'Took $42.8m at weekend'],
    ['There was some panic selling during the session.', 'Some panic selling during session'],
    ['He fell into a coma after suffering a stroke.', 'Fell into coma after suffering stroke'],
  ])('GIVEN %j THEN %j', (sentence, label) => {
    expect(mainClauseHead(sentence)).toBe(label);
  });

  it('GIVEN "Mr Howard said they …" THEN the plural pronoun is not taken for the speaker', () => {
    expect(
      mainClauseHead('Mr Howard said they would help smash people smuggling gangs.'),
    ).not.toMatch(/^Mr Howard/);
  });

  it('GIVEN first-person speech THEN no head (the caller falls back to a distinctive phrase)', () => {
    expect(
      mainClauseHead("I'm fortunate I was put into this position at a great club."),
    ).toBeUndefined();
  });

  it('GIVEN a second clause or a negation THEN the label is one clause and does not end on "not"', () => {
    expect(mainClauseHead('The 33-year-old injured herself while performing in Chicago.')).toBe(
      '33-year-old injured herself',
    );
    expect(mainClauseHead('The song will not be released as a single.')).toBe(
      'Song not released as single',
    );
    expect(
      mainClauseHead('The Vestey Group said it had not been informed of any planned seizure.'),
    ).toBe('Vestey Group not informed');
  });
});
