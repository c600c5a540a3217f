import type { Result } from '../core/result.js';
import { prepareArticle } from '../summarizer/prepare.js';
import { selectKeySentences, summarize } from '../summarizer/summarize.js';
import { tightenSentence } from '../summarizer/tighten.js';
import type { Summary } from '../summarizer/types.js';
import { validateArticleText } from '../summarizer/validate.js';

export interface ArticleInput {
  readonly text: string;
  readonly title?: string | undefined;
}

/** newsbrief's summary of an article with n key points (the summarizer's default if undefined). */
export function newsbriefSummary(article: ArticleInput, n: number | undefined): Result<Summary> {
  const a = { text: article.text, title: article.title };
  return n === undefined ? summarize(a) : summarize(a, { points: n });
}

/**
 * newsbrief's n selected sentences, in article order: the lede's sentence and n - 1 key
 * points, as a reader sees them (the lede in full, as a key point would show it).
 */
export function newsbriefSentences(article: ArticleInput, n: number): Result<string[]> {
  const valid = validateArticleText(article.text);
  if (!valid.ok) return valid;
  const prepared = prepareArticle(article.text, article.title);
  if (prepared.sentences.length === 0) return { ok: true, value: [] };
  const title = article.title?.trim() || prepared.cleaned.title;
  const { ids } = selectKeySentences(prepared, title, { points: n });
  return { ok: true, value: ids.map((id) => tightenSentence(prepared.sentences[id]?.text ?? '')) };
}
