import type { ExtractedArticle } from '../articles/extract-html.js';
import { articleLanguage } from '../articles/language.js';
import { leadText } from '../articles/lead-text.js';
import { keyQuotes } from '../summarizer/summarize.js';
import type { Summary } from '../summarizer/types.js';
import type { Reply } from './types.js';

/** The title of `more`'s reply starts with this, then the article's title. */
export const MORE_TITLE_PREFIX = 'More from: ';

/** The reply for a fresh summary; `ref` (the remembered article) goes to its buttons. */
export function summaryReply(summary: Summary, article: ExtractedArticle, ref?: string): Reply {
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
    quotes: keyQuotes(summary),
    link: article.url,
    source: article.source,
    footer: `${credit(article)}Summarized from ${sentences} sentences, ${words} words${removed}.`,
    ...(ref ? { ref } : {}),
  };
}

/**
 * For an article in a language the summarizer does not handle: its headline, opening lines
 * and link, and a note saying why there is no summary (instead of a poor English-only one).
 * Undefined for English.
 */
export function otherLanguageReply(article: ExtractedArticle): Reply | undefined {
  const language = articleLanguage(article.text, article.language);
  if (language.english) return undefined;
  // The first paragraph that reads as prose (a counter or a section title is not an opening).
  const paragraphs = article.text.split('\n\n');
  const first = paragraphs.find((p) => (p.match(/\p{L}/gu)?.length ?? 0) >= 30) ?? article.text;
  const opening = leadText(first);
  return {
    kind: 'summary',
    title: article.title?.trim() || opening.slice(0, 80),
    lede: opening,
    points: [],
    quotes: [],
    link: article.url,
    source: article.source,
    footer: `${credit(article)}This article is in ${language.name}; newsbrief summarizes English only, so above is its opening, not a summary.`,
  };
}

/** "By Jane Doe · 18 Nov 2019 · " from what the page says, or nothing. */
function credit(article: ExtractedArticle): string {
  const parts: string[] = [];
  const by = article.byline?.replace(/^(by|von|par|por)\s+/i, '').trim();
  if (by) parts.push(`By ${by.slice(0, 80)}`);
  const date = article.publishedTime ? new Date(article.publishedTime) : undefined;
  if (date && !Number.isNaN(date.getTime()))
    parts.push(
      date.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
  return parts.map((p) => `${p} · `).join('');
}
