import type { Result } from '../core/result.js';
import { summarize } from '../summarizer/summarize.js';
import type { Summary } from '../summarizer/types.js';

export interface ArticleInput {
  readonly text: string;
  readonly title?: string | undefined;
}

/** newsbrief's summary of an article with n key points (the summarizer's default if undefined). */
export function newsbriefSummary(article: ArticleInput, n: number | undefined): Result<Summary> {
  const a = { text: article.text, title: article.title };
  return n === undefined ? summarize(a) : summarize(a, { points: n });
}

/** newsbrief's selected sentences (its key points, in article order). */
export function newsbriefSentences(article: ArticleInput, n: number): Result<string[]> {
  const r = newsbriefSummary(article, n);
  return r.ok ? { ok: true, value: r.value.keyPoints.map((p) => p.text) } : r;
}
