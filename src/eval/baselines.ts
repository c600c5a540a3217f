import { prepareSentences } from '../summarizer/prepare.js';
import { porterStem, STOP_WORDS } from './natural-parts.js';
import { pageRank } from './page-rank.js';
import { cosine, tfidfVectors } from './tfidf.js';

/** Lead-N: the first N of newsbrief's cleaned, split sentences. */
export function leadN(text: string, n: number): string[] {
  return prepareSentences(text).slice(0, n);
}

/** Lower-cased [a-z0-9] words, stop words removed, Porter-stemmed. */
function sentenceTerms(sentence: string): string[] {
  const out: string[] = [];
  for (const w of sentence.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (w.length > 1 && !STOP_WORDS.has(w)) out.push(porterStem(w));
  }
  return out;
}

/**
 * TextRank (Mihalcea & Tarau 2004) in its tf-idf form: sentences are nodes, edges are the
 * cosine similarity of their tf-idf vectors, PageRank scores the nodes, and the N best
 * sentences are returned in article order.
 */
export function textRankSentences(sentences: readonly string[], n: number): string[] {
  if (sentences.length <= n) return [...sentences];
  const vectors = tfidfVectors(sentences.map(sentenceTerms));
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const scores = pageRank(weights);
  return sentences
    .map((_, i) => i)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => sentences[i] ?? '');
}

/** TextRank over newsbrief's cleaned, split sentences. */
export function textRank(text: string, n: number): string[] {
  return textRankSentences(prepareSentences(text), n);
}
