import { describe, expect, it } from 'vitest';
import { porterStemNltk } from '../../src/summarizer/porter-nltk.js';

// Expected stems printed by NLTK 3.8's PorterStemmer() (NLTK_EXTENSIONS mode), which
// rouge-score uses. The port was also checked against NLTK on all 28,483 distinct
// tokens of both eval files (0 mismatches).
const NLTK: Record<string, string> = {
  caresses: 'caress',
  ponies: 'poni',
  ties: 'tie',
  cats: 'cat',
  feed: 'feed',
  agreed: 'agre',
  plastered: 'plaster',
  motoring: 'motor',
  hopping: 'hop',
  filing: 'file',
  happy: 'happi',
  sky: 'sky',
  relational: 'relat',
  conditional: 'condit',
  generalization: 'gener',
  electrical: 'electr',
  hopeful: 'hope',
  goodness: 'good',
  says: 'say',
  played: 'play',
  died: 'die',
  cried: 'cri',
  dying: 'die',
  news: 'news',
  succeed: 'succeed',
  analogies: 'analog',
  generically: 'gener',
  fully: 'fulli',
  '1990s': '1990',
};

describe('porterStemNltk', () => {
  it.each(Object.entries(NLTK))('GIVEN %s THEN NLTK gives %s', (word, stem) => {
    expect(porterStemNltk(word)).toBe(stem);
  });

  it('GIVEN a word that is an Object.prototype key THEN it is stemmed, not looked up', () => {
    expect(porterStemNltk('constructor')).toBe('constructor');
  });
});
