import { createHash } from 'node:crypto';
import type { parseFeed } from '@rowanmanning/feed-parser';
import { canonicalUrl, cleanLink } from './canonical-url.js';
import { htmlToText, leadText } from './html-to-text.js';

type ParsedFeed = ReturnType<typeof parseFeed>;

/** One story as a feed announced it, normalized for storage and grouping. */
export interface FeedItem {
  /** The item's GUID (RSS guid, Atom id), else its link, else a hash of title and date. */
  readonly guid: string;
  /** The link to show, tracking parameters removed. */
  readonly url?: string | undefined;
  /** The de-duplication key of the link (see canonicalUrl). */
  readonly canonicalUrl?: string | undefined;
  readonly title: string;
  /** The opening of the description: what a briefing shows when nothing better is known. */
  readonly lede: string;
  /** Full text when the feed carries it (content:encoded, Atom content), else the description. */
  readonly content: string;
  /** ISO time, when the feed gives one. */
  readonly publishedAt?: string | undefined;
}

export const MAX_ITEM_CONTENT_CHARS = 30_000;
export const MAX_ITEMS_PER_FEED = 100;

/** Turns the parser's items into FeedItems, resolving relative links against the feed URL. */
export function feedItems(feed: ParsedFeed, feedUrl: string): FeedItem[] {
  const base = feed.url ?? feedUrl;
  const out: FeedItem[] = [];
  for (const item of feed.items.slice(0, MAX_ITEMS_PER_FEED)) {
    const url = item.url ? cleanLink(item.url, base) : undefined;
    const description = htmlToText(item.description);
    const content = htmlToText(item.content) || description;
    const title = htmlToText(item.title) || leadText(description, 100);
    if (!title && !url) continue;
    const published = item.published ?? item.updated;
    const guid =
      item.id?.trim() ||
      url ||
      createHash('sha256')
        .update(`${title}\n${published?.toISOString() ?? ''}`)
        .digest('hex')
        .slice(0, 32);
    out.push({
      guid,
      url,
      canonicalUrl: url ? canonicalUrl(url) : undefined,
      title,
      lede: leadText(description || content),
      content: content.slice(0, MAX_ITEM_CONTENT_CHARS),
      publishedAt:
        published && !Number.isNaN(published.getTime()) ? published.toISOString() : undefined,
    });
  }
  return out;
}
