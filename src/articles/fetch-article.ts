import { err, type Result } from '../core/result.js';
import { bodyText, mediaType } from './decode-body.js';
import type { ExtractedArticle } from './extract-html.js';
import { readArticlePage } from './read-page.js';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from './safe-fetch.js';

export { USER_AGENT } from './safe-fetch.js';

export interface FetchArticleOptions extends SafeFetchOptions {
  /** The fetch to use; by default a safe fetch built from the other options. */
  readonly fetch?: SafeFetch;
  /**
   * Page -> article (limits, extraction, control characters stripped); the server passes
   * its worker pool's. By default it runs in process.
   */
  readonly readPage?: (html: string, url: string) => Promise<Result<ExtractedArticle>>;
}

export type ArticleFetcher = (
  url: string,
  signal?: AbortSignal,
) => Promise<Result<ExtractedArticle>>;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** URL -> article: a safe fetch (SSRF-checked, capped, timed), then Readability extraction. */
export function createArticleFetcher(options: FetchArticleOptions = {}): ArticleFetcher {
  const doFetch = options.fetch ?? createSafeFetch(options);
  const readPage = options.readPage ?? (async (html, url) => readArticlePage(html, url));
  return async (url, signal) => {
    const fetched = await doFetch(url, {
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      ...(signal ? { signal } : {}),
    });
    if (!fetched.ok) return fetched;
    const page = fetched.value;
    const host = new URL(page.url).host;
    if (page.status === 404 || page.status === 410)
      return err(
        'http_error',
        `${host} has no page at that address (${page.status}); check the link.`,
      );
    if (page.status < 200 || page.status >= 300)
      return err('http_error', `${host} answered ${page.status}; check the link or try later.`);
    const type = mediaType(page.headers['content-type']);
    const looksHtml = /^\s*(<!doctype html|<html)/i.test(
      page.body.subarray(0, 512).toString('latin1'),
    );
    if (!HTML_TYPES.has(type) && !(type === '' && looksHtml))
      return err(
        'not_html',
        `That link is ${type || 'not a web page'}, not an article page; send a link to a news story.`,
      );
    return readPage(bodyText(page), page.url);
  };
}
