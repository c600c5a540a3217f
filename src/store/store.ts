import type { FeedItem } from '../articles/feed-items.js';
import type { FeedValidators } from '../articles/fetch-feed.js';
import type { BriefingSchedule, ChannelMemory, Platform, ReplyPoint } from '../handler/types.js';

/**
 * Everything newsbrief keeps between runs. Methods are async and free of SQL so a
 * Postgres implementation can stand in for the SQLite one. Times are ISO strings.
 */
export interface Store {
  subscribe(channel: ChannelRef, feedUrl: string, now: Date): Promise<SubscribeOutcome>;
  unsubscribe(channel: ChannelRef, feedId: number): Promise<boolean>;
  /** The channel's feeds, oldest subscription first (the order `feeds` numbers them in). */
  listSubscriptions(channel: ChannelRef): Promise<FeedRecord[]>;
  subscribersOf(feedId: number): Promise<ChannelRef[]>;
  /** Every feed at least one channel subscribes to. */
  listSubscribedFeeds(): Promise<FeedRecord[]>;

  recordFeedSuccess(feedId: number, update: FeedSuccess): Promise<void>;
  /** Counts a failure and schedules the retry; returns the updated feed. */
  recordFeedFailure(feedId: number, failure: FeedFailure): Promise<FeedRecord>;
  markFailureReported(feedId: number): Promise<void>;

  /** Saves a feed's items (updating known GUIDs); returns how many were new. */
  saveItems(feedId: number, items: readonly FeedItem[], now: Date): Promise<number>;
  /** Items of the channel's feeds it has not seen, first seen or published since `since`. */
  unseenItems(channel: ChannelRef, window: ItemWindow): Promise<StoredItem[]>;
  /** Items the channel was shown since `since` (to drop later copies of the same story). */
  seenItems(channel: ChannelRef, since: Date): Promise<StoredItem[]>;
  markSeen(channel: ChannelRef, itemIds: readonly number[], now: Date): Promise<void>;
  /** Forgets items first seen before `before` (and what was seen of them). */
  pruneItems(before: Date): Promise<number>;

  setSchedule(channel: ChannelRef, schedule: BriefingSchedule, now: Date): Promise<void>;
  removeSchedule(channel: ChannelRef): Promise<boolean>;
  getSchedule(channel: ChannelRef): Promise<ScheduleRecord | undefined>;
  listSchedules(): Promise<ScheduleRecord[]>;

  getSummary(key: string): Promise<StoredSummary | undefined>;
  saveSummary(key: string, summary: StoredSummary, now: Date): Promise<void>;

  /** Claims the delivery (channel, scheduled time) for `owner`; false when someone else has or had it. */
  claimDelivery(key: DeliveryKey, owner: string, lease: ClaimLease): Promise<boolean>;
  /** Marks the claim as being posted; false if the claim was lost (then do not post). */
  startPosting(key: DeliveryKey, owner: string, now: Date): Promise<boolean>;
  /** Records the delivery as done and the delivered items as seen, atomically. */
  finishDelivery(key: DeliveryKey, owner: string, done: DeliveryDone): Promise<void>;
  /** Gives a claim back (composition aborted or posting failed) so it can be retried. */
  releaseDelivery(key: DeliveryKey, owner: string, error?: string): Promise<void>;
  /** Scheduled time of the channel's last completed briefing. */
  lastDelivered(channel: ChannelRef): Promise<string | undefined>;
  listDeliveries(channel?: ChannelRef): Promise<DeliveryRecord[]>;

  /** One winner per key among replicas (node-cron's run coordinator). */
  acquireRun(key: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;

  readonly memory: ChannelMemory;
  /** Throws when the database cannot be reached (GET /readyz). */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

export interface ChannelRef {
  readonly platform: Platform;
  readonly channelId: string;
}

export interface FeedRecord {
  readonly id: number;
  readonly url: string;
  readonly title?: string | undefined;
  readonly validators: FeedValidators;
  readonly lastFetchedAt?: string | undefined;
  /** Consecutive failures; 0 after a success. */
  readonly failures: number;
  readonly lastError?: string | undefined;
  readonly nextAttemptAt?: string | undefined;
  readonly failureReported: boolean;
}

export interface SubscribeOutcome {
  readonly feed: FeedRecord;
  readonly created: boolean;
}

export interface FeedSuccess {
  readonly now: Date;
  readonly title?: string | undefined;
  /** New validators; undefined keeps the old ones (a 304 answer). */
  readonly validators?: FeedValidators | undefined;
}

export interface FeedFailure {
  readonly now: Date;
  readonly error: string;
  readonly retryAt: Date;
}

export interface StoredItem extends FeedItem {
  readonly id: number;
  readonly feedId: number;
  readonly feedUrl: string;
  readonly feedTitle?: string | undefined;
  readonly firstSeenAt: string;
}

export interface ItemWindow {
  /** Items first seen or published since then. */
  readonly since: Date;
  /** Nothing published before this, however new to the bot. */
  readonly notBefore: Date;
}

export interface ScheduleRecord extends ChannelRef {
  readonly schedule: BriefingSchedule;
  readonly updatedAt: string;
}

export interface StoredSummary {
  readonly title: string;
  readonly lede: string;
  readonly keyPoints: readonly ReplyPoint[];
}

export interface DeliveryKey extends ChannelRef {
  /** ISO time the briefing was scheduled for. */
  readonly scheduledFor: string;
}

export interface ClaimLease {
  readonly now: Date;
  /** How long the claim holds before another process may take it over. */
  readonly leaseMs: number;
  /** Attempts after which a delivery is given up as failed. */
  readonly maxAttempts: number;
}

export interface DeliveryDone {
  readonly status: 'sent' | 'empty';
  readonly itemIds: readonly number[];
  readonly storyCount: number;
  readonly now: Date;
}

export type DeliveryStatus = 'claimed' | 'posting' | 'released' | 'sent' | 'empty' | 'failed';

export interface DeliveryRecord extends DeliveryKey {
  readonly status: DeliveryStatus;
  readonly owner?: string | undefined;
  readonly attempts: number;
  readonly storyCount: number;
  readonly finishedAt?: string | undefined;
  readonly error?: string | undefined;
}
