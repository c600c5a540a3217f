import { describe, expect, it } from 'vitest';
import { sentenceCore, tightenSentence } from '../../src/summarizer/tighten.js';

describe('tightenSentence', () => {
  it('GIVEN photo-position asides and a leading connective THEN they go, the facts stay', () => {
    expect(
      tightenSentence('But the mayor (pictured) said the bridge would reopen on Monday.'),
    ).toBe('The mayor said the bridge would reopen on Monday.');
    expect(tightenSentence('So far, nobody has been charged.')).toBe(
      'So far, nobody has been charged.',
    );
  });
});

describe('sentenceCore (the one-line lede)', () => {
  it('GIVEN an appositive or clause after eight words THEN the lede ends before it', () => {
    expect(
      sentenceCore(
        'China dispatched a special envoy to North Korea on Friday, a trip hailed as a "big move" by President Donald Trump.',
      ),
    ).toBe('China dispatched a special envoy to North Korea on Friday.');
    expect(
      sentenceCore(
        'The council voted 7-2 on Tuesday night to build the line, ending a decade of debate.',
      ),
    ).toBe('The council voted 7-2 on Tuesday night to build the line.');
  });

  it('GIVEN a short head, a "but" clause or an open quotation THEN the sentence stays whole', () => {
    for (const s of [
      'Prices rose, as expected by most analysts in the city.',
      'The minister resigned on Monday after weeks of pressure, but her party kept its majority.',
      '"We will rebuild the bridge within a year and open it to traffic, after repairs," she said.',
    ]) {
      expect(sentenceCore(s)).toBe(s);
    }
  });
});
