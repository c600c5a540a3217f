import { prepareSentences } from '../summarizer/prepare.js';
import { contentStems } from '../summarizer/tokens.js';
import { TermIndex } from '../summarizer/vectors.js';
import { pageRank } from './page-rank.js';

/** Lead-N: the first N of newsbrief's cleaned, split sentences. */
export function leadN(text: string, n: number): string[] {
  return prepareSentences(text).slice(0, n);
}

/**
 * TextRank (Mihalcea & Tarau 2004) in its tf-idf form: sentences are nodes, edges are the
 * cosine similarity of their tf-idf vectors, PageRank scores the nodes, and the N best
 * sentences are returned in article order.
 */
export function textRankSentences(sentences: readonly string[], n: number): string[] {
  if (sentences.length <= n) return [...sentences];
  // The same stemmed, stop-word-free tf-idf vectors newsbrief ranks with (summarizer/vectors.ts).
  const index = new TermIndex(sentences.map(contentStems));
  const sims = index.similarityMatrix(index.docVectors());
  const size = sentences.length;
  const weights = sentences.map((_, i) =>
    sentences.map((_, j) => (i === j ? 0 : (sims[i * size + j] ?? 0))),
  );
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
