import type { Article, Summary } from '../summarizer/types.js';
import type { Reply } from './types.js';

/** The reply for a fresh summary; `ref` (the remembered article) goes to its buttons. */
export function summaryReply(summary: Summary, article: Article, ref?: string): Reply {
  const { sentences, words, removedLines } = summary.stats;
  const removed =
    removedLines > 0
      ? ` · ${removedLines} line${removedLines === 1 ? '' : 's'} of clutter removed`
      : '';
  return {
    kind: 'summary',
    title: summary.title,
    lede: summary.lede,
    points: summary.keyPoints.map(({ label, text }) => ({ label, text })),
    quotes: summary.quotes.slice(0, 3),
    link: article.url,
    source: article.source,
    footer: `Summarized from ${sentences} sentences, ${words} words${removed}.`,
    ...(ref ? { ref } : {}),
  };
}
