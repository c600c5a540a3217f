import { filterFromJson } from '../articles/feed-filter.js';
import { isSummaryLength, type SummaryLength } from '../handler/length.js';
import type { Platform } from '../handler/types.js';
import type {
  DeliveryRecord,
  DeliveryStatus,
  FeedRecord,
  ScheduleRecord,
  ShownStoryRecord,
  StoredItem,
  StoredSummary,
  Subscription,
} from './store.js';

/** A database row as both drivers return it (SQLite: text and 0/1; Postgres: Date and boolean). */
export type Row = Record<string, unknown>;

/** A text or timestamp column as the store's ISO string; NULL as undefined. */
export const text = (v: unknown): string | undefined =>
  v instanceof Date ? v.toISOString() : typeof v === 'string' ? v : undefined;
const flag = (v: unknown): boolean => v === true || Number(v) === 1;

/** Articles each channel's memory keeps (for `more`, `ask`, buttons and the digest). */
export const MEMORY_PER_CHANNEL = 50;

/** Parks a schedule that has no next firing: never due until it is changed. */
export const NEVER_DUE = '9999-12-31T00:00:00.000Z';

export const FEED_COLUMNS =
  'f.id, f.url, f.title, f.etag, f.last_modified, f.last_fetched_at, f.failures, f.last_error, f.next_attempt_at, f.failure_reported';

export const ITEM_SELECT = `SELECT i.*, f.url AS feed_url, f.title AS feed_title FROM items i JOIN feeds f ON f.id = i.feed_id`;

export function toFeed(r: Row): FeedRecord {
  return {
    id: Number(r.id),
    url: String(r.url),
    title: text(r.title),
    validators: { etag: text(r.etag), lastModified: text(r.last_modified) },
    lastFetchedAt: text(r.last_fetched_at),
    failures: Number(r.failures),
    lastError: text(r.last_error),
    nextAttemptAt: text(r.next_attempt_at),
    failureReported: flag(r.failure_reported),
  };
}

/** A feed row with the subscription's `filter` column (JSON text in SQLite, JSONB in Postgres). */
export function toSubscription(r: Row): Subscription {
  const filter = filterFromJson(r.filter);
  return filter ? { ...toFeed(r), filter } : toFeed(r);
}

/** A stored length, or undefined for none or one this version does not know. */
export function toLength(v: unknown): SummaryLength | undefined {
  return typeof v === 'string' && isSummaryLength(v) ? v : undefined;
}

/** Latest items first: by the time the feed gave, else when first seen. */
export const LATEST_ITEMS_ORDER =
  'ORDER BY COALESCE(i.published_at, i.first_seen_at) DESC, i.id DESC';

export function toItem(r: Row): StoredItem {
  return {
    id: Number(r.id),
    feedId: Number(r.feed_id),
    feedUrl: String(r.feed_url),
    feedTitle: text(r.feed_title),
    guid: String(r.guid),
    url: text(r.url),
    canonicalUrl: text(r.canonical_url),
    title: String(r.title),
    lede: String(r.lede),
    content: String(r.content),
    publishedAt: text(r.published_at),
    firstSeenAt: text(r.first_seen_at) ?? '',
  };
}

export function toDelivery(r: Row): DeliveryRecord {
  return {
    platform: String(r.platform) as Platform,
    channelId: String(r.channel_id),
    scheduledFor: text(r.scheduled_for) ?? '',
    status: String(r.status) as DeliveryStatus,
    owner: text(r.owner),
    attempts: Number(r.attempts),
    storyCount: Number(r.story_count),
    sent: Number(r.sent ?? 0),
    finishedAt: text(r.finished_at),
    error: text(r.error),
  };
}

export function toSchedule(r: Row): ScheduleRecord {
  return {
    platform: String(r.platform) as Platform,
    channelId: String(r.channel_id),
    schedule: {
      time: String(r.time),
      timeZone: String(r.time_zone),
      weekdaysOnly: flag(r.weekdays_only),
    },
    updatedAt: text(r.updated_at) ?? '',
  };
}

/** A JSON column: SQLite hands back text, Postgres the parsed value. */
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export function toSummary(r: Row): StoredSummary {
  const sentences = r.sentences == null ? undefined : (json(r.sentences) as string[]);
  return {
    title: String(r.title),
    lede: String(r.lede),
    keyPoints: json(r.key_points) as StoredSummary['keyPoints'],
    ...(sentences ? { sentences } : {}),
  };
}

export function toShownStory(r: Row): ShownStoryRecord {
  const id = text(r.message_id);
  return {
    id: Number(r.id),
    firstKey: String(r.first_key),
    storyKey: String(r.story_key),
    guid: String(r.guid),
    canonicalUrl: text(r.canonical_url),
    title: String(r.title),
    lede: String(r.lede),
    sentences: json(r.sentences) as string[],
    message: id ? { id, link: text(r.message_link) } : undefined,
    shownAt: text(r.shown_at) ?? '',
  };
}
