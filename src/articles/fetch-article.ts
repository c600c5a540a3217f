import { err, type Result } from '../core/result.js';
import type { Article } from '../summarizer/types.js';
import { extractArticleFromHtml } from './extract-html.js';

export interface FetchArticleOptions {
  readonly fetch?: typeof globalThis.fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

export const USER_AGENT = 'newsbrief/0.1 (+https://github.com/newsbrief; news summarizer bot)';

/** Minimal URL -> article path: fetch with a timeout and size cap, then extract. */
export function createArticleFetcher(
  options: FetchArticleOptions = {},
): (url: string) => Promise<Result<Article>> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5_000_000;
  return async (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return err(
        'bad_url',
        `"${url.slice(0, 100)}" is not a URL; send a link starting with https://`,
      );
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return err('bad_url', `Only http(s) links can be summarized, not ${parsed.protocol}`);
    }
    let res: Response;
    try {
      res = await doFetch(parsed, {
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml' },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
      });
    } catch (e) {
      if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
        return err(
          'timeout',
          `${parsed.host} did not answer within ${Math.round(timeoutMs / 1000)} s; try again later.`,
        );
      }
      return err('fetch_failed', `Could not reach ${parsed.host}; check the link.`);
    }
    if (!res.ok) return err('http_error', `${parsed.host} answered ${res.status}; check the link.`);
    const type = res.headers.get('content-type') ?? '';
    if (!/html|xml/i.test(type))
      return err('not_html', `That link is ${type || 'not a web page'}, not an article page.`);
    const body = await res.text();
    if (body.length > maxBytes)
      return err(
        'too_large',
        `That page is over ${Math.round(maxBytes / 1e6)} MB; send a link to a single article.`,
      );
    return extractArticleFromHtml(body, res.url || parsed.href);
  };
}
