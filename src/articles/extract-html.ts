import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { err, ok, type Result } from '../core/result.js';
import type { Article } from '../summarizer/types.js';

export interface ExtractedArticle extends Article {
  readonly byline?: string | undefined;
  readonly publishedTime?: string | undefined;
}

/** Extracts the story from an HTML page with Mozilla Readability over linkedom's DOM. */
export function extractArticleFromHtml(html: string, url: string): Result<ExtractedArticle> {
  const { document } = parseHTML(html);
  // Readability resolves relative links against the document's URL.
  const parsed = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    { charThreshold: 200 },
  ).parse();
  const text = parsed?.textContent
    ? paragraphsToText(parsed.content ?? '', parsed.textContent)
    : '';
  if (!parsed || text.split(/\s+/).filter(Boolean).length < 60) {
    return err(
      'not_article',
      `${url} does not look like an article (too little story text); send a link to a news story.`,
    );
  }
  return ok({
    text,
    title: parsed.title?.trim() || undefined,
    url,
    source: parsed.siteName?.trim() || new URL(url).hostname.replace(/^www\./, ''),
    byline: parsed.byline?.trim() || undefined,
    publishedTime: parsed.publishedTime?.trim() || undefined,
  });
}

/** Keeps paragraph breaks, which the summarizer uses as sentence boundaries. */
function paragraphsToText(contentHtml: string, fallback: string): string {
  if (!contentHtml) return fallback.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join('\n\n') : fallback.trim();
}
