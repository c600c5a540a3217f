// TEMPORARY first cut; replaced by BM25 over stems.
import type { Answer, Article } from './types.js';

export function answer(article: Article, question: string): Answer {
  const words = question
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 3);
  const sentences = article.text.split(/(?<=[.!?])\s+/);
  const hits = sentences.filter((s) => words.some((w) => s.toLowerCase().includes(w)));
  return { found: hits.length > 0, sentences: hits.slice(0, 2), score: hits.length };
}
