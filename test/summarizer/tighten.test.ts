import { describe, expect, it } from 'vitest';
import { showsPhotoPosition, tightenSentence } from '../../src/summarizer/tighten.js';

describe('tightenSentence', () => {
  it('GIVEN photo-position asides and a leading connective THEN they go, the facts stay', () => {
    expect(
      tightenSentence('But the mayor (pictured) said the bridge would reopen on Monday.'),
    ).toBe('The mayor said the bridge would reopen on Monday.');
    expect(tightenSentence('So far, nobody has been charged.')).toBe(
      'So far, nobody has been charged.',
    );
  });

  it('GIVEN a connective before any word that starts a sentence THEN it goes; before a word it binds to, it stays', () => {
    expect(
      tightenSentence(
        'But defender Andy Todd is suspended and could be replaced by Dominic Matteo.',
      ),
    ).toBe('Defender Andy Todd is suspended and could be replaced by Dominic Matteo.');
    expect(
      tightenSentence('And by 2060, immigrants could account for 82 per cent of growth.'),
    ).toBe('By 2060, immigrants could account for 82 per cent of growth.');
    expect(tightenSentence('Yet another delay was announced on Friday.')).toBe(
      'Yet another delay was announced on Friday.',
    );
    expect(tightenSentence('Still more cuts are expected next year.')).toBe(
      'Still more cuts are expected next year.',
    );
  });

  it.each([
    ['That said, Ferrari are stronger over a long run.', 'Ferrari are stronger over a long run.'],
    ['Having said that, Burnley are yet to concede a goal.', 'Burnley are yet to concede a goal.'],
    ['Even so, the board approved the plan.', 'The board approved the plan.'],
  ])(
    'GIVEN "%s" (a concession that points back to the sentence before) THEN it reads "%s"',
    (sentence, tight) => {
      expect(tightenSentence(sentence)).toBe(tight);
    },
  );

  it('GIVEN "Still" without a comma ("Still basking in …") THEN it is the clause\'s own adverb and stays; "Still," goes', () => {
    expect(tightenSentence('Still basking in the glory of last year, the prince is back.')).toBe(
      'Still basking in the glory of last year, the prince is back.',
    );
    expect(tightenSentence('Still, the board approved the plan.')).toBe(
      'The board approved the plan.',
    );
  });

  it('GIVEN a linking phrase with its comma ("In contrast,", "Nevertheless,") THEN it goes, unless an aside follows it', () => {
    expect(tightenSentence('In contrast, the visitors are missing 14 players.')).toBe(
      'The visitors are missing 14 players.',
    );
    expect(tightenSentence('Nevertheless, the board approved the plan.')).toBe(
      'The board approved the plan.',
    );
    expect(tightenSentence('In contrast, he said, demand for saloon cars would fade.')).toBe(
      'In contrast, he said, demand for saloon cars would fade.',
    );
  });

  it('GIVEN a sentence shown after the one it links to THEN its connective stays', () => {
    expect(tightenSentence('But he said the talks would go on.', true)).toBe(
      'But he said the talks would go on.',
    );
  });

  it('GIVEN a stop that begins a word (".post", ".22") THEN the space before it stays', () => {
    expect(tightenSentence('The  .post and .travel domains were approved , officials said .')).toBe(
      'The .post and .travel domains were approved, officials said.',
    );
  });
});

describe('showsPhotoPosition: a named person placed in a photo without brackets', () => {
  it('GIVEN "… PGA Tour star Dan Rolfe, right, has earned …" THEN it shows a photo position; "Turn left, then right." does not', () => {
    expect(
      showsPhotoPosition('PGA Tour star Dan Rolfe, right, has earned extra praise from fans.'),
    ).toBe(true);
    expect(
      showsPhotoPosition('At the junction, turn left, then right, and follow the signs.'),
    ).toBe(false);
  });
});

describe('tightenSentence: an attribution that opens the sentence', () => {
  it('GIVEN "But, says usability guru Dr Jakob Nielsen, some things have stayed constant …" THEN what is said comes first and the attribution after it', () => {
    expect(
      tightenSentence(
        'But, says usability guru Dr Jakob Nielsen, some things have stayed constant in that decade.',
      ),
    ).toBe(
      'Some things have stayed constant in that decade, says usability guru Dr Jakob Nielsen.',
    );
  });
});

describe('a point that opens on a name written with a small first letter', () => {
  it('GIVEN "However, eBay said it would cut jobs." THEN the point opens on "eBay", not "EBay"', () => {
    expect(tightenSentence('However, eBay said it would cut jobs.')).toBe(
      'eBay said it would cut jobs.',
    );
  });
});

describe('a connective that an inversion needs', () => {
  it('GIVEN "Also being released is a software utility …" THEN "Also" stays (not "Being released is …")', () => {
    expect(tightenSentence('Also being released is a software utility that will help users.')).toBe(
      'Also being released is a software utility that will help users.',
    );
  });
});

describe("tightenSentence: a footnote's mark", () => {
  it('GIVEN "*A draw will decide …" THEN the point opens on its first word; an asterisk inside a sentence stays', () => {
    expect(
      tightenSentence('*A draw will decide whether Bulgaria or Romania fill the empty slot.'),
    ).toBe('A draw will decide whether Bulgaria or Romania fill the empty slot.');
    expect(tightenSentence('The rate is 4.5%* for new customers only.')).toBe(
      'The rate is 4.5%* for new customers only.',
    );
  });
});
