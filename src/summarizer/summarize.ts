// TEMPORARY first cut (lead sentences); replaced by the ranked pipeline.
import { err, ok, type Result } from '../core/result.js';
import type { Article, SummarizeOptions, Summary } from './types.js';

export function summarize(article: Article, options: SummarizeOptions = {}): Result<Summary> {
  const text = article.text.trim();
  if (text === '')
    return err('empty_input', 'The article is empty; paste some text or send a link.');
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const n = options.points ?? 4;
  return ok({
    title: article.title ?? sentences[0]?.slice(0, 100) ?? '',
    lede: sentences[0] ?? '',
    keyPoints: sentences.slice(1, 1 + n).map((s, i) => ({
      label: s.split(' ').slice(0, 3).join(' '),
      text: s,
      sentenceIds: [i + 1],
    })),
    quotes: [],
    stats: { sentences: sentences.length, words: text.split(/\s+/).length, removedLines: 0 },
    url: article.url,
    source: article.source,
  });
}
