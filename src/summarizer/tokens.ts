import { words as naturalStopWords } from 'natural/lib/natural/util/stopwords.js';
import { boundedMemo } from '../core/bounded-memo.js';
import { CharMemo, HASH_SEED, hashStep } from '../core/char-memo.js';
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
  scanStems(text.toLowerCase(), out);
  return out;
}

/** Word count and content stems from one tokenization (the prepare stage needs both). */
export function wordsAndStems(text: string): { words: number; stems: string[] } {
  const stems: string[] = [];
  const words = scanStems(text.toLowerCase(), stems);
  return { words, stems };
}

export function countWords(text: string): number {
  return wordTokens(text).length;
}

/*
 * The content stems of a text are its hot path (every sentence, every cut of one). Matching
 * WORD_RE and hashing each token's new string into the stem memo cost more than the stemming:
 * instead the lower-cased text is scanned by hand, hashing each word as it is read, and each
 * word is found in WORDS (a CharMemo) by its characters in place.
 */

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
/** What each BMP character is to WORD_RE, filled in on first sight: 0 unknown, else a CLASS. */
const charClass = new Uint8Array(0x10000);
const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;
const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{N}$/u;

function classOf(char: string): number {
  return LETTER_RE.test(char) ? LETTER : DIGIT_RE.test(char) ? DIGIT : OTHER;
}

/**
 * The class of the code point at `i` of `text` (a surrogate pair is one code point, a lone
 * surrogate none, as under the regex's u flag), and its length in code units: class * 4 + length.
 */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LETTER * 4 + 1;
    return (c >= 0x30 && c <= 0x39 ? DIGIT : OTHER) * 4 + 1;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) * 4 + 2;
  }
  let k = charClass[c] as number;
  if (k === 0) {
    k = classOf(String.fromCharCode(c));
    charClass[c] = k;
  }
  return k * 4 + 1;
}

/**
 * The words of `lower` (a lower-cased text) as WORD_RE matches them: a run of letters and
 * digits, then an apostrophe and letters if they follow. Pushes each content stem to `out`;
 * returns the number of words. Each word's characters are hashed as they are read.
 */
function scanStems(lower: string, out: string[]): number {
  let words = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let cp = classAt(lower, i);
    if (cp >> 2 === OTHER) {
      i += cp & 3;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    do {
      for (let end = i + (cp & 3); i < end; i++) h = hashStep(h, lower.charCodeAt(i));
      cp = i < n ? classAt(lower, i) : OTHER * 4;
    } while (cp >> 2 !== OTHER);
    const c = lower.charCodeAt(i);
    if ((c === APOSTROPHE || c === RIGHT_QUOTE) && i + 1 < n) {
      let j = i + 1;
      for (cp = classAt(lower, j); cp >> 2 === LETTER; cp = classAt(lower, j)) {
        j += cp & 3;
        if (j >= n) break;
      }
      if (j > i + 1) for (; i < j; i++) h = hashStep(h, lower.charCodeAt(i));
    }
    words++;
    const stem = WORDS.find(lower, start, i, h);
    if (stem !== '') out.push(stem);
  }
  return words;
}

/** contentStem of each word seen, by its characters; 50,000 words at most in 2^17 slots. */
const WORDS = new CharMemo(contentStem, 17, 50_000);
