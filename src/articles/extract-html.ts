import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { err, ok, type Result } from '../core/result.js';
import { countWords } from '../summarizer/tokens.js';
import type { Article } from '../summarizer/types.js';
import { MAX_ELEMENTS } from './html-limits.js';

export interface ExtractedArticle extends Article {
  readonly byline?: string | undefined;
  readonly publishedTime?: string | undefined;
}

/** Fewer words than this is a teaser, an index or an error page, not a story. */
export const MIN_ARTICLE_WORDS = 80;
/** Share of the extracted text inside links above which the page is a list of links. */
const MAX_LINK_TEXT_SHARE = 0.5;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Extracts the story from an HTML page with Mozilla Readability over linkedom's DOM. */
export function extractArticleFromHtml(html: string, url: string): Result<ExtractedArticle> {
  const { document } = parseHTML(html);
  const notArticle = err(
    'not_article',
    `${url} does not look like a news article (too little story text); send a link to a single story.`,
  );
  const parsed = new Readability(document as unknown as ReadabilityDocument, {
    charThreshold: 500,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  if (!parsed?.content) return notArticle;
  const { text, linkShare } = paragraphsToText(parsed.content, parsed.textContent ?? '', [
    parsed.title,
    parsed.byline,
  ]);
  if (countWords(text) < MIN_ARTICLE_WORDS || linkShare > MAX_LINK_TEXT_SHARE) return notArticle;
  return ok({
    text,
    title: parsed.title?.trim() || undefined,
    url,
    source: parsed.siteName?.trim() || new URL(url).hostname.replace(/^www\./, ''),
    byline: parsed.byline?.trim() || undefined,
    publishedTime: parsed.publishedTime?.trim() || undefined,
  });
}

const BYLINE_RE =
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(\s+(and|und|&|\p{Lu}[\p{L}.'’-]*)){0,6}[,.]?$/u;

/** Headline, byline and "By Jane Doe" lines are page furniture, not story sentences. */
function isFurniture(block: string, furniture: ReadonlySet<string>): boolean {
  const key = block.toLowerCase();
  return (
    furniture.has(key) ||
    furniture.has(key.replace(/^(by|von|par)\s+/, '')) ||
    BYLINE_RE.test(block)
  );
}

/** Keeps paragraph breaks, which the summarizer uses as sentence boundaries. */
function paragraphsToText(
  contentHtml: string,
  fallback: string,
  furnitureTexts: readonly (string | null | undefined)[],
): { text: string; linkShare: number } {
  const furniture = new Set(
    furnitureTexts.flatMap((t) => (t ? [t.replace(/\s+/g, ' ').trim().toLowerCase()] : [])),
  );
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption')]
    .filter((el) => !el.querySelector('p, li'))
    .map((el) => clean(el.textContent))
    .filter((b) => b !== '' && !isFurniture(b, furniture));
  const text = blocks.length > 0 ? blocks.join('\n\n') : fallback.trim();
  const all = clean(document.body?.textContent).length;
  const linked = [...document.querySelectorAll('a')].reduce(
    (n, a) => n + clean(a.textContent).length,
    0,
  );
  return { text, linkShare: all === 0 ? 1 : linked / all };
}
