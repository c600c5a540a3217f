import { words as naturalStopWords } from 'natural/lib/natural/util/stopwords.js';
import { boundedMemo } from '../core/bounded-memo.js';
import { porterStemNltk } from './porter-nltk.js';

/** natural's English stop words plus reporting verbs and fillers that carry no topic in news. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...naturalStopWords,
  'said',
  'says',
  'say',
  'told',
  'also',
  'would',
  'could',
  'one',
  'two',
  'new',
  'year',
  'years',
  'mr',
  'mrs',
  'ms',
  'just',
  'like',
  'get',
  'got',
  'us',
  'will',
  'can',
  'may',
]);

/** A word: letters and digits, with an apostrophe's ending ("don't" is one word). */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens (letters and digits; "don't" stays one token). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** The stem of a word (a possessive or contraction after an apostrophe dropped first). */
function stem(word: string): string {
  return porterStemNltk(word.replace(/['’].*$/, ''));
}

// Stemming is the hot path; words repeat across sentences and articles. The stemmer is the
// one ROUGE scoring uses (NLTK's Porter, porter-nltk.ts): one stemmer in the code base, and
// it is about twice as fast as natural's regex-based one.
/** The stem of any word token, stop words included (feed filters match phrases like "bank of england"). */
export const wordStem: (word: string) => string = boundedMemo(stem, 50_000);

/**
 * The stem of a word that carries content; '' for a stop word or a 1-letter token. Stop words
 * (about 4 tokens in 10) are answered by the small stop-word set, which stays in the CPU's
 * cache; only content words go to the memo, whose look-ups miss the cache between sentences.
 */
export function contentStem(word: string): string {
  return word.length < 2 || STOP_WORDS.has(word) ? '' : wordStem(word);
}

/** Stems of the words that carry content: no stop words, no 1-letter tokens. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of wordTokens(text)) {
    const s = contentStem(w);
    if (s !== '') out.push(s);
  }
  return out;
}

/** Word count and content stems from one tokenization (the prepare stage needs both). */
export function wordsAndStems(text: string): { words: number; stems: string[] } {
  const tokens = wordTokens(text);
  const stems: string[] = [];
  for (const w of tokens) {
    const s = contentStem(w);
    if (s !== '') stems.push(s);
  }
  return { words: tokens.length, stems };
}

export function countWords(text: string): number {
  return wordTokens(text).length;
}
