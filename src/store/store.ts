import type { FeedFilter } from '../articles/feed-filter.js';
import type { FeedItem } from '../articles/feed-items.js';
import type { FeedValidators } from '../articles/fetch-feed.js';
import type { DiscordShards } from '../core/discord-shard.js';
import type {
  BriefingSchedule,
  ChannelMemory,
  ChannelSettings,
  Platform,
  ReplyPoint,
  SummaryCache,
} from '../handler/types.js';

/**
 * Everything newsbrief keeps between runs. Methods are async and free of SQL so a
 * Postgres implementation can stand in for the SQLite one. Times are ISO strings.
 */
export interface Store extends ChannelSettings {
  subscribe(channel: ChannelRef, feedUrl: string, now: Date): Promise<SubscribeOutcome>;
  unsubscribe(channel: ChannelRef, feedId: number): Promise<boolean>;
  /** The channel's feeds with their filters, oldest subscription first (the order `feeds` numbers them in). */
  listSubscriptions(channel: ChannelRef): Promise<Subscription[]>;
  /** Sets (or, undefined, clears) the filter of the channel's subscription; false when it does not follow the feed. */
  setFilter(channel: ChannelRef, feedId: number, filter: FeedFilter | undefined): Promise<boolean>;
  subscribersOf(feedId: number): Promise<ChannelRef[]>;
  /** Every feed at least one channel subscribes to. */
  listSubscribedFeeds(): Promise<FeedRecord[]>;

  recordFeedSuccess(feedId: number, update: FeedSuccess): Promise<void>;
  /** Counts a failure and schedules the retry; returns the updated feed. */
  recordFeedFailure(feedId: number, failure: FeedFailure): Promise<FeedRecord>;
  markFailureReported(feedId: number): Promise<void>;
  /**
   * Takes the right to fetch the feed now, for one replica: false while another holds it
   * (until `leaseMs` after it took it), while the feed backs off after failures, or when it
   * was fetched less than `freshForMs` ago. recordFeedSuccess / recordFeedFailure end it.
   */
  claimFeedFetch(feedId: number, fetch: FeedFetchClaim): Promise<boolean>;
  /** The feed, with whether a replica holds the right to fetch it right now. */
  getFeed(
    feedId: number,
    now?: Date,
  ): Promise<(FeedRecord & { readonly fetching: boolean }) | undefined>;

  /** Saves a feed's items (updating known GUIDs); returns how many were new. */
  saveItems(feedId: number, items: readonly FeedItem[], now: Date): Promise<number>;
  /** The feed's latest items, newest first (to count how many a filter lets through). */
  latestItems(feedId: number, limit: number): Promise<StoredItem[]>;
  /** Items of the channel's feeds it has not seen, first seen or published since `since`. */
  unseenItems(channel: ChannelRef, window: ItemWindow): Promise<StoredItem[]>;
  /** Items the channel was shown since `since` (to drop later copies of the same story). */
  seenItems(channel: ChannelRef, since: Date): Promise<StoredItem[]>;
  markSeen(channel: ChannelRef, itemIds: readonly number[], now: Date): Promise<void>;
  /** Forgets items first seen before `before` (and what was seen of them), and stories shown before it. */
  pruneItems(before: Date): Promise<number>;

  /** Records stories as the channel was shown them (a briefing's stories, with their messages). */
  recordShown(channel: ChannelRef, stories: readonly ShownStory[], now: Date): Promise<void>;
  /** The stories the channel was shown since `since`, oldest first. */
  shownStories(channel: ChannelRef, since: Date): Promise<ShownStoryRecord[]>;

  /** Sets the channel's briefing time; a Discord channel's guild decides which shard sends it. */
  setSchedule(
    channel: ChannelRef & { readonly guildId?: string | undefined },
    schedule: BriefingSchedule,
    now: Date,
  ): Promise<void>;
  removeSchedule(channel: ChannelRef): Promise<boolean>;
  getSchedule(channel: ChannelRef): Promise<ScheduleRecord | undefined>;
  listSchedules(): Promise<ScheduleRecord[]>;

  getSummary(key: string): Promise<StoredSummary | undefined>;
  /** The summaries saved under any of `keys`, by key. */
  getSummaries(keys: readonly string[]): Promise<Map<string, StoredSummary>>;
  saveSummary(key: string, summary: StoredSummary, now: Date): Promise<void>;

  /** Claims the delivery (channel, scheduled time) for `owner`; false when someone else has or had it. */
  claimDelivery(key: DeliveryKey, owner: string, lease: ClaimLease): Promise<boolean>;
  /**
   * Claims up to `claim.limit` briefings that are due, for `owner`, in one go: schedules whose
   * time has come (planned by `claim.plan`, which also gives each its next time) and
   * deliveries whose lease ran out or that were given back. Each is claimed by one replica
   * only, however many ask at once.
   */
  claimDueBriefings(owner: string, claim: DueClaim): Promise<ClaimedBriefing[]>;
  /**
   * Stores the composed briefing and marks the claim as being posted, its lease renewed;
   * false if the claim was lost (then do not post). A replica that takes the delivery over
   * after the lease runs out posts this payload from the first unsent message.
   */
  startPosting(key: DeliveryKey, owner: string, posting: StartPosting): Promise<boolean>;
  /** Records that the first `sent` messages are out and renews the lease; false if the claim was lost. */
  recordSent(key: DeliveryKey, owner: string, sent: number, leaseUntil: Date): Promise<boolean>;
  /** Records the delivery as done and the delivered items as seen, atomically. */
  finishDelivery(key: DeliveryKey, owner: string, done: DeliveryDone): Promise<void>;
  /** Gives a claim back (composition aborted or posting failed) so it can be retried (not before `retryAt`). */
  releaseDelivery(key: DeliveryKey, owner: string, error?: string, retryAt?: Date): Promise<void>;
  /** Scheduled time of the channel's last completed briefing. */
  lastDelivered(channel: ChannelRef): Promise<string | undefined>;
  listDeliveries(channel?: ChannelRef): Promise<DeliveryRecord[]>;

  /**
   * A fleet-wide rate limit: reserves the next free slot for `key`, slots `spacingMs`
   * apart, and returns when this caller may go (now or later). Every replica shares them.
   */
  reserveSlot(key: string, spacingMs: number, now: Date): Promise<Date>;

  /** One winner per key among replicas (node-cron's run coordinator). */
  acquireRun(key: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  /** Gives a key taken with acquireRun back before it expires. */
  releaseRun(key: string, owner: string): Promise<void>;

  readonly memory: ChannelMemory;
  /** Summaries of what channels asked for, by canonical URL or text hash (the handler's cache). */
  readonly summaryCache: SummaryCache;
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

/** A feed as one channel follows it. */
export interface Subscription extends FeedRecord {
  /** Which of its stories the channel gets (none: all). */
  readonly filter?: FeedFilter | undefined;
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

export interface FeedFetchClaim {
  readonly now: Date;
  readonly freshForMs: number;
  readonly leaseMs: number;
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
  /** The article's sentences (the first MAX_STORY_SENTENCES), to tell a later article's new facts. */
  readonly sentences?: readonly string[] | undefined;
}

/** A platform message that showed a story: its id and, where the platform has them, a link. */
export interface ShownMessage {
  readonly id: string;
  readonly link?: string | undefined;
}

/** One story as a channel was shown it: a briefing's story, or an update of a developing one. */
export interface ShownStory {
  /** The developing story it belongs to: the story key of the channel's first showing of it. */
  readonly firstKey: string;
  /** The story key of the article shown this time. */
  readonly storyKey: string;
  /** The article's GUID, canonical URL, title and feed lede: what later articles are grouped with. */
  readonly guid: string;
  readonly canonicalUrl?: string | undefined;
  readonly title: string;
  readonly lede: string;
  /** What the message said of it: lede and key points, or an update's new facts. */
  readonly sentences: readonly string[];
  readonly message?: ShownMessage | undefined;
}

export interface ShownStoryRecord extends ShownStory {
  readonly id: number;
  readonly shownAt: string;
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

export interface DueClaim {
  readonly now: Date;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly limit: number;
  /** Deliveries given back or left behind longer ago than this are given up as too late. */
  readonly catchUpMs: number;
  /** When a due schedule is delivered (none: skipped) and when it is next due. */
  plan(schedule: ScheduleRecord, now: Date): SchedulePlan;
  /** Only briefings this replica can post: its platforms, and its Discord shards' guilds. */
  readonly scope?: ClaimScope | undefined;
}

export interface ClaimScope {
  readonly platforms?: readonly Platform[] | undefined;
  readonly discordShards?: DiscordShards | undefined;
}

export interface SchedulePlan {
  readonly deliverAt?: Date | undefined;
  /** Undefined: never again (the store parks the schedule until it changes). */
  readonly nextDue?: Date | undefined;
}

export interface ClaimedBriefing extends DeliveryKey {
  /** The channel's schedule (undefined if it was removed since). */
  readonly schedule?: ScheduleRecord | undefined;
  /** The composed briefing when a previous owner had started posting it. */
  readonly payload?: string | undefined;
  /** Messages of the payload already delivered. */
  readonly sent: number;
}

export interface StartPosting {
  readonly now: Date;
  readonly leaseMs: number;
  /** The composed briefing, serialized, as it will be posted. */
  readonly payload: string;
}

export interface DeliveryDone {
  readonly status: 'sent' | 'empty';
  /** Messages delivered in all (the last one is recorded here, not by recordSent); default: as recorded. */
  readonly sent?: number | undefined;
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
  /** Messages delivered so far. */
  readonly sent: number;
  readonly finishedAt?: string | undefined;
  readonly error?: string | undefined;
}
