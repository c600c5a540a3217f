import { parseFeed } from '@rowanmanning/feed-parser';
import { err, ok, type Result } from '../core/result.js';
import { cleanOptionalLine } from '../core/strip-control.js';
import { bodyText, mediaType } from './decode-body.js';
import { type FeedItem, feedItems } from './feed-items.js';
import type { SafeFetch } from './safe-fetch.js';

/** Validators from the last successful fetch, sent back as a conditional request. */
export interface FeedValidators {
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
}

export type FetchedFeed =
  | { readonly status: 'not_modified' }
  | {
      readonly status: 'updated';
      /** Where the feed was found: the final URL, or the feed a web page links to. */
      readonly feedUrl: string;
      readonly title?: string | undefined;
      readonly items: readonly FeedItem[];
      readonly validators: FeedValidators;
    };

/** A feed's text, parsed: what a worker hands back (plain data). */
export interface ParsedFeedText {
  readonly title?: string | undefined;
  readonly items: readonly FeedItem[];
}

/** Feed text -> title and items; the server runs it in its worker pool. */
export type FeedParser = (text: string, feedUrl: string) => Promise<Result<ParsedFeedText>>;

/**
 * Parses RSS/Atom text and turns its items into FeedItems (HTML to text, links resolved,
 * control characters stripped): CPU work that grows with the feed, up to the fetch cap.
 */
export function parseFeedText(text: string, feedUrl: string): Result<ParsedFeedText> {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch {
    return err('feed_failed', `${feedUrl} is not an RSS or Atom feed I can read.`);
  }
  return ok({ title: cleanOptionalLine(parsed.title), items: feedItems(parsed, feedUrl) });
}

const inProcess: FeedParser = async (text, feedUrl) => parseFeedText(text, feedUrl);

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * Fetches and parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed with a conditional request.
 * A web page that links to a feed (<link rel="alternate">) is followed once.
 */
export async function fetchFeed(
  url: string,
  validators: FeedValidators,
  fetch: SafeFetch,
  signal?: AbortSignal,
  parse: FeedParser = inProcess,
): Promise<Result<FetchedFeed>> {
  return fetchOnce(url, validators, fetch, signal, true, parse);
}

async function fetchOnce(
  url: string,
  validators: FeedValidators,
  fetch: SafeFetch,
  signal: AbortSignal | undefined,
  mayDiscover: boolean,
  parse: FeedParser,
): Promise<Result<FetchedFeed>> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const fetched = await fetch(url, { accept: FEED_ACCEPT, headers, ...(signal ? { signal } : {}) });
  if (!fetched.ok) return fetched;
  const page = fetched.value;
  if (page.status === 304) return ok({ status: 'not_modified' });
  if (page.status < 200 || page.status >= 300)
    return err(
      'feed_failed',
      `${url} answered ${page.status}${page.status === 404 ? ' (not found)' : ''}; check the feed address.`,
    );
  const text = bodyText(page);
  const type = mediaType(page.headers['content-type']);
  if (type === 'text/html' || /^\s*(<!doctype html|<html)/i.test(text.slice(0, 300))) {
    const linked = mayDiscover ? discoverFeedLink(text, page.url) : undefined;
    if (linked) return fetchOnce(linked, {}, fetch, signal, false, parse);
    return err('feed_failed', `${url} is a web page, not an RSS or Atom feed, and links to none.`);
  }
  const parsed = await parse(text, page.url);
  if (!parsed.ok)
    return parsed.error.code === 'feed_failed'
      ? err('feed_failed', `${url} is not an RSS or Atom feed I can read.`)
      : parsed;
  return ok({
    status: 'updated',
    feedUrl: page.url,
    title: parsed.value.title,
    items: parsed.value.items,
    validators: { etag: page.headers.etag, lastModified: page.headers['last-modified'] },
  });
}

/** The first RSS/Atom <link rel="alternate"> of an HTML page, resolved against it. */
function discoverFeedLink(html: string, pageUrl: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/rel\s*=\s*["']?alternate/i.test(tag)) continue;
    if (!/type\s*=\s*["']?application\/(rss|atom|rdf)\+xml/i.test(tag)) continue;
    const href = /href\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!href) continue;
    try {
      return new URL(href.replace(/&amp;/g, '&'), pageUrl).href;
    } catch {}
  }
  return undefined;
}
