/**
 * What a page says about its article, from its own markup: schema.org JSON-LD (NewsArticle,
 * Article, BlogPosting…), Open Graph and article: meta tags, <time datetime>, the <h1>, and
 * the language declared on <html>. Read before extraction changes the document.
 */

export interface PageMetadata {
  readonly headline?: string | undefined;
  readonly siteName?: string | undefined;
  readonly author?: string | undefined;
  /** ISO 8601 as the page gives it. */
  readonly published?: string | undefined;
  /** Lower-case primary language subtag ("en", "ja"), when the page declares one. */
  readonly language?: string | undefined;
  readonly description?: string | undefined;
}

interface QueryableElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

interface QueryableDocument {
  querySelector(selector: string): QueryableElement | null;
  querySelectorAll(selector: string): ArrayLike<QueryableElement>;
  readonly documentElement?: { getAttribute(name: string): string | null } | null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || undefined;

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Objects of the JSON-LD blocks, flattened through @graph and arrays. */
function jsonLdObjects(doc: QueryableDocument): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object') {
      out.push(v);
      const graph = v['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Pages often leave raw newlines inside strings; JSON forbids them, browsers shrug.
      visit(JSON.parse((s.textContent ?? '').replace(/\s+/g, ' ')) as Json);
    } catch {
      // A broken block tells us nothing; the meta tags still may.
    }
  }
  return out;
}

function typeOf(o: Record<string, Json>): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** A name from a string, a {name} object or an array of them ("A and B"). */
function nameOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf(v.name);
  return undefined;
}

/** The page's <meta> tags by lower-case property or name, first one winning (one pass). */
function metaTags(doc: QueryableDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name'))?.toLowerCase();
    const value = clean(el.getAttribute('content'));
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** A byline must read as a name, not a URL (article:author is often a profile link). */
const asName = (s: string | undefined) => (s && !/^https?:|\/\//.test(s) ? s : undefined);

export function pageMetadata(doc: QueryableDocument): PageMetadata {
  const tags = metaTags(doc);
  const meta = (...keys: string[]) =>
    keys.map((k) => tags.get(k.toLowerCase())).find((v) => v !== undefined);
  const ld = jsonLdObjects(doc).find((o) => ARTICLE_TYPE.test(typeOf(o)) && o.headline);
  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    meta('og:locale', 'language', 'content-language');
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return {
    headline:
      nameOf(ld?.headline) ??
      meta('og:title', 'twitter:title') ??
      clean(doc.querySelector('h1')?.textContent),
    siteName: meta('og:site_name', 'application-name') ?? nameOf(ld?.publisher),
    author:
      asName(nameOf(ld?.author)) ??
      asName(meta('author', 'article:author', 'byl', 'parsely-author')),
    published:
      (typeof ld?.datePublished === 'string' ? clean(ld.datePublished) : undefined) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date') ??
      clean(time),
    language: lang?.toLowerCase().split(/[-_]/)[0] || undefined,
    description: meta('og:description', 'description', 'twitter:description'),
  };
}
