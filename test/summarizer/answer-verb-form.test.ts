import { describe, expect, it } from 'vitest';
import { answer } from '../../src/summarizer/answer.js';

const text = (...sentences: string[]) => ({ text: sentences.join(' ') });

/** Sentences about other things, as a news article has around its answer. */
const FILLER = [
  'The weather is expected to stay dry through the weekend.',
  'Elsewhere, the mayor opened a new library in the north of the city.',
  'The library holds forty thousand books and a small cafe.',
  'Ticket sales for the new football season opened this morning.',
  'Parking near the station is limited to two hours.',
];

describe('answers that say the question verb in its tense and voice', () => {
  const board = text(
    'The harbour board met on Monday to settle the future of the ferry pier.',
    'Board members voted 5-4 on Monday night to extend the pier by forty metres and to rebuild the ferry waiting room, ending more than ten years of argument about the harbour.',
    'The board is expected to vote on new ferry fares in the spring.',
    ...FILLER,
  );

  it('GIVEN "what did the board decide?" THEN the sentence with the past vote comes first, not the vote still to come', () => {
    expect(answer(board, 'what did the board decide?').sentences[0]).toContain('voted 5-4');
  });

  const bigamist = text(
    'A Kent publican has admitted bigamy at Maidstone Crown Court.',
    'Court papers say Hughes, a former sailor who later ran a chain of pubs in the county, married five women over thirty years.',
    'At one point he was married to two women at once.',
    ...FILLER,
  );

  it('GIVEN "how many women did Hughes marry?" THEN the count he married, not what he "was married to"', () => {
    expect(answer(bigamist, 'how many women did Hughes marry?').sentences[0]).toContain(
      'married five women',
    );
  });
});

describe('reasons and subjects', () => {
  it('GIVEN "why" and a quarrel "over" something THEN that sentence answers', () => {
    const dock = text(
      'A dispute between dock workers and port owners over pay has closed three terminals.',
      'The workers walked out on Monday morning.',
      'Ships are queuing outside the harbour.',
      ...FILLER,
    );
    expect(answer(dock, 'why did the dock workers walk out?').sentences[0]).toContain('over pay');
  });

  it('GIVEN "who won …?" THEN the sentence whose name did the winning, though only the lede names the race', () => {
    const race = text(
      'Anna Berg hopes to make up for losing her Boston marathon title by winning in Berlin this autumn.',
      'She had to settle for third place behind Ruth Chebet and Mary Odhiambo.',
      'Berg finished 40 seconds behind Chebet, who won in two hours and 21 minutes.',
      'Berg said her training had been disrupted by injury.',
      ...FILLER,
    );
    expect(answer(race, 'who won the Boston marathon?').sentences[0]).toContain('Chebet, who won');
  });
});
