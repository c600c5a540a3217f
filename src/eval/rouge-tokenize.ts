import { boundedMemo } from '../core/bounded-memo.js';
import { porterStemNltk } from '../summarizer/porter-nltk.js';

// Stems repeat across sentences, systems and articles: remember them (bounded).
const stem = boundedMemo(porterStemNltk, 200_000);

/**
 * Tokens as Google's rouge-score makes them (DefaultTokenizer, use_stemmer=True): lowercase,
 * every run of characters outside [a-z0-9] becomes a space, tokens longer than 3 characters
 * are Porter-stemmed, and anything that is not [a-z0-9]+ afterwards is dropped.
 * The stemmer is NLTK's (porter-nltk.ts), as in rouge-score, not natural's.
 */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const t of text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)) {
    const s = t.length > 3 ? stem(t) : t;
    if (/^[a-z0-9]+$/.test(s)) out.push(s);
  }
  return out;
}
