import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { err, ok, type Result } from '../core/result.js';
import type { Article } from '../summarizer/types.js';
import {
  articleBlocks,
  type DomNode,
  type RemovableRoot,
  removeMarkedFurniture,
} from './article-blocks.js';
import { countWordsAnyScript } from './count-words.js';
import { MAX_ELEMENTS } from './html-limits.js';
import { pageMetadata } from './page-metadata.js';

export interface ExtractedArticle extends Article {
  readonly byline?: string | undefined;
  readonly publishedTime?: string | undefined;
  /** Primary language subtag the page declares ("en", "ja"), when it does. */
  readonly language?: string | undefined;
}

/**
 * Fewer words than this is a teaser, an error page or a login wall, not a story. A breaking
 * news item can be 40–60 words: it passes.
 */
export const MIN_ARTICLE_WORDS = 30;
/** Share of the extracted text inside links above which the page is a list of links. */
const MAX_LINK_TEXT_SHARE = 0.5;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const LOGIN_WALL =
  /\b(sign in|log in|subscribe|create (a free )?account|register)\b.{0,80}\b(to (continue|read|access|view)|for (full )?access)\b/i;

/**
 * Extracts the story from an HTML page: Mozilla Readability (over linkedom's DOM) finds the
 * story's element, article-blocks.ts turns it into paragraphs without the page's furniture,
 * and the page's own metadata (JSON-LD, Open Graph, <time>) gives headline, site, author
 * and date. Refuses, with the reason, only what is clearly not an article.
 */
export function extractArticleFromHtml(html: string, url: string): Result<ExtractedArticle> {
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as unknown as Parameters<typeof pageMetadata>[0]);
  removeMarkedFurniture(document as unknown as RemovableRoot);
  const parsed = new Readability<DomNode>(document as unknown as ReadabilityDocument, {
    charThreshold: 250,
    // Bounds the walk on a hostile page (html-limits.ts checks depth and count before parsing).
    maxElemsToParse: MAX_ELEMENTS,
    keepClasses: true,
    serializer: (el) => el as unknown as DomNode,
  }).parse();
  const host = new URL(url).hostname.replace(/^www\./, '');
  if (!parsed?.content)
    return err('not_article', `${url} has no story text; send a link to a single story.`);
  const source = meta.siteName ?? (parsed.siteName?.trim() || host);
  const title = withoutSiteName(meta.headline ?? (parsed.title?.trim() || undefined), source);
  const byline = meta.author ?? (parsed.byline?.trim() || undefined);
  const furniture = new Set(
    [title, parsed.title, byline, parsed.byline].flatMap((t) =>
      t ? [t.replace(/\s+/g, ' ').trim().toLowerCase()] : [],
    ),
  );
  const blocks = articleBlocks(parsed.content, { furniture });
  const text = blocks.join('\n\n');
  const words = countWordsAnyScript(text);
  const linkShare = linkTextShare(parsed.content);
  if (words < MIN_ARTICLE_WORDS) {
    const wall = LOGIN_WALL.test(text) ? ' (it asks to sign in or subscribe)' : '';
    return err(
      'not_article',
      `${url} is not a news article: only ${words} words of story text${wall}; send a link to a single story.`,
    );
  }
  if (linkShare > MAX_LINK_TEXT_SHARE)
    return err(
      'not_article',
      `${url} is a list of links (a home or section page), not an article; send a link to a single story.`,
    );
  return ok({
    text,
    title,
    url,
    source,
    byline,
    publishedTime: meta.published ?? (parsed.publishedTime?.trim() || undefined),
    language: meta.language ?? (parsed.lang?.trim().toLowerCase().split(/[-_]/)[0] || undefined),
  });
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Story headline - Site" / "Story | Site" -> "Story headline", when the tail is the site's name. */
function withoutSiteName(title: string | undefined, site: string): string | undefined {
  const m = title ? /^(.{10,})\s+[|–—-]\s+([^|–—-]{2,60})$/u.exec(title) : null;
  if (!m?.[1] || !m[2]) return title;
  const tail = squash(m[2]);
  const name = squash(site);
  return tail === name || name.startsWith(tail) || tail.startsWith(name) ? m[1].trim() : title;
}

function linkTextShare(root: DomNode): number {
  const clean = (s: string | null) => (s ?? '').replace(/\s+/g, '').length;
  const all = clean(root.textContent);
  let linked = 0;
  const walk = (el: DomNode) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      if (child.tagName === 'A') linked += clean(child.textContent);
      else walk(child);
    }
  };
  walk(root);
  return all === 0 ? 1 : linked / all;
}
