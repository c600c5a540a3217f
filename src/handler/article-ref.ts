import { createHash } from 'node:crypto';
import type { Article } from '../summarizer/types.js';

/**
 * The reference of an article by its content (the text, and the link when there is one): the
 * same story summarized again in a channel gets the same ref, so it is remembered once.
 */
export function contentArticleRef(article: Pick<Article, 'text' | 'url'>): string {
  return createHash('sha256')
    .update(`${article.url ?? ''}\n${article.text}`)
    .digest()
    .subarray(0, 9)
    .toString('base64url');
}

const REF = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `text` has the shape of an article reference (buttons arrive from outside). */
export function isArticleRef(text: string): boolean {
  return REF.test(text);
}
