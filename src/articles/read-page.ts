import { err, ok, type Result } from '../core/result.js';
import { cleanOptionalLine, stripControl } from '../core/strip-control.js';
import { type ExtractedArticle, extractArticleFromHtml } from './extract-html.js';
import { checkHtmlLimits } from './html-limits.js';

/**
 * A fetched page -> its article, the whole job a worker runs: refuse a page beyond the
 * element and depth limits before any parse, extract, then strip control characters from
 * everything the page supplied (title, byline, site name, text).
 */
export function readArticlePage(html: string, url: string): Result<ExtractedArticle> {
  const limits = checkHtmlLimits(html);
  if (!limits.ok) return limits;
  let extracted: Result<ExtractedArticle>;
  try {
    extracted = extractArticleFromHtml(html, url);
  } catch (e) {
    // Readability throws past its own element cap (maxElemsToParse), among others.
    return err(
      'page_too_complex',
      `could not read that page (${e instanceof Error ? e.message.slice(0, 120) : 'parse failed'}); paste the article text instead.`,
    );
  }
  if (!extracted.ok) return extracted;
  return ok(cleanArticle(extracted.value));
}

function cleanArticle(a: ExtractedArticle): ExtractedArticle {
  return {
    ...a,
    text: stripControl(a.text),
    title: cleanOptionalLine(a.title),
    source: cleanOptionalLine(a.source),
    byline: cleanOptionalLine(a.byline),
    publishedTime: cleanOptionalLine(a.publishedTime),
  };
}
