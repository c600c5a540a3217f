import { err, ok, type Result } from '../core/result.js';
import { countMatches } from './count-matches.js';

/** Largest article the summarizer accepts: about 30 long news stories. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Rejects what is not readable article text, with what to do instead. */
export function validateArticleText(text: string): Result<string> {
  if (text.length > MAX_ARTICLE_CHARS) {
    return err(
      'too_large',
      `That text is ${(text.length / 1e6).toFixed(1)} MB; newsbrief reads at most 1 MB, so send one article at a time.`,
    );
  }
  if (text.trim() === '')
    return err('empty_input', 'The article is empty; paste the story text or send a link to it.');
  const sample = text.slice(0, 20_000);
  // Binary data: NUL bytes or a high share of replacement/control characters.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary input is the point.
  const bad = (sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (sample.includes('\u0000') || bad / sample.length > 0.05) {
    return err(
      'binary_input',
      'That looks like a binary file, not text; save the article as plain text or send a link.',
    );
  }
  if (!/\p{L}{2,}/u.test(sample))
    return err('no_sentences', 'I found no words in that; paste the article text.');
  if (isTooShort(text)) return err('too_short', TOO_SHORT);
  return ok(text);
}

/** Fewer words than this is a word or a phrase, not news ("hello", "Mayor resigns."). */
export const MIN_WORDS = 8;
/** Below two sentences, text shorter than this is a fragment or a headline, not a story. */
const MIN_ONE_SENTENCE_WORDS = 40;
const TOO_SHORT = 'too short to summarize: paste the article or a link';

/**
 * Too short to be news: a single word, a sentence fragment, one short sentence (its
 * "summary" would only repeat it three times). Two sentences of news are enough: "The
 * river burst its banks on Monday. Two villages were evacuated." is summarized.
 */
const WORD = /\p{L}[\p{L}\p{N}'’.-]*|\p{N}+/gu;
const SENTENCE_END = /\p{L}[.!?…]+["'”’)]*(?=\s|$)/gu;

function isTooShort(text: string): boolean {
  const sample = text.slice(0, 2000).trim();
  // Counted only as far as the answer needs: nearly every article passes at its 40th word.
  const words = countMatches(WORD, sample, MIN_ONE_SENTENCE_WORDS);
  if (words < MIN_WORDS) return true;
  if (words >= MIN_ONE_SENTENCE_WORDS) return false;
  return countMatches(SENTENCE_END, sample, 2) < 2;
}
