import { describe, expect, it } from 'vitest';
import {
  contentStem,
  contentStems,
  wordsAndStems,
  wordTokens,
} from '../../src/summarizer/tokens.js';

/** What the hand-written scanner must equal: WORD_RE's tokens, each through contentStem. */
function byRegex(text: string): { words: number; stems: string[] } {
  const tokens = wordTokens(text);
  return { words: tokens.length, stems: tokens.map(contentStem).filter((s) => s !== '') };
}

describe('wordsAndStems', () => {
  it('GIVEN text of every kind of character THEN it finds the words WORD_RE finds', () => {
    for (const text of [
      'The Government’s plans, announced on Monday, were "unworkable", critics said.',
      "Don't say it's over: rock'n'roll isn't dead, 'they' said' 'twas 2'nd",
      'Ünïcödé façade naïve Zürich — İstanbul ΣΊΣΥΦΟΣ straße ǅemal',
      'Numbers: 3.5bn, 12,000 and ٣٤ and Ⅻ ½ x2 2x',
      'Astral: 𝐀𝐁𝐂 words 𠜎𠜱 and 😀 emoji, a lone \ud800 surrogate and \udc00 too',
      'Trailing apostrophe’ and ’ alone, end with it’',
      '',
      '   ',
      'a b c I x',
    ]) {
      expect(wordsAndStems(text)).toEqual(byRegex(text));
      expect(contentStems(text)).toEqual(byRegex(text).stems);
    }
  });

  it('GIVEN the same words again THEN the stems are the same', () => {
    const text = 'Ministers were warned the scheme was failing; ministers warned again.';
    expect(wordsAndStems(text)).toEqual(wordsAndStems(text));
    // (Words of more than ten characters are compared another way.)
    const long = 'Counterintelligence officers said counterintelligence was internationalised.';
    expect(contentStems(long)).toEqual(byRegex(long).stems);
    expect(contentStems(long)).toEqual(contentStems(long));
    expect(contentStems(text)).toEqual(['minist', 'warn', 'scheme', 'fail', 'minist', 'warn']);
  });
});
