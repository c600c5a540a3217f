import type { ExtractedArticle } from '../articles/extract-html.js';
import type { FeedFilter } from '../articles/feed-filter.js';
import type { Result } from '../core/result.js';
import type { Article, Quote, Summary } from '../summarizer/types.js';
import type { Work } from '../work/pool.js';
import type { FollowUpTarget } from './follow-up-target.js';
import type { SummaryLength } from './length.js';

/**
 * A platform-neutral command: Slack text, Discord options and terminal input all become one of these.
 * `ref` on ask/more/quotes names the remembered article a button was posted under, `story`
 * the link of the briefing story whose message (or thread) the follow-up came from; without
 * either (typed in the channel) they act on the channel's latest article.
 */
export type Command =
  | { readonly kind: 'summarize'; readonly input: SummarizeInput; readonly points?: number }
  | ({ readonly kind: 'ask'; readonly question: string } & FollowUpTarget)
  | ({ readonly kind: 'more'; readonly n: number } & FollowUpTarget)
  | ({ readonly kind: 'quotes' } & FollowUpTarget)
  | {
      readonly kind: 'help';
      readonly problem?: string;
      /** The first word, when it was no command at all (the problem says so). */
      readonly unknownWord?: string;
    }
  | { readonly kind: 'digest' }
  | { readonly kind: 'subscribe'; readonly url: string; readonly filter?: FeedFilter | undefined }
  | { readonly kind: 'unsubscribe'; readonly target: string }
  /** Sets the filter of a subscription (feed URL or number); undefined clears it. */
  | { readonly kind: 'filter'; readonly target: string; readonly filter: FeedFilter | undefined }
  | { readonly kind: 'feeds' }
  | { readonly kind: 'briefing'; readonly schedule: BriefingSchedule | 'off' }
  /** Sets the channel's length; without one, says what it is. */
  | { readonly kind: 'length'; readonly length?: SummaryLength | undefined };

export type SummarizeInput =
  | { readonly type: 'url'; readonly url: string }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'file'; readonly path: string };

export interface BriefingSchedule {
  /** "HH:MM", 24-hour. */
  readonly time: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  readonly timeZone: string;
  readonly weekdaysOnly: boolean;
}

export type Platform = 'slack' | 'discord' | 'terminal';

/** Where a command came from. */
export interface CommandContext {
  readonly platform: Platform;
  /** Stable per conversation: Slack channel id, Discord channel id, "terminal". */
  readonly channelId: string;
  readonly userId?: string | undefined;
  /** Discord: the server the channel belongs to (its shard serves the channel's briefings). */
  readonly guildId?: string | undefined;
}

export interface ReplyPoint {
  readonly label: string;
  readonly text: string;
}

export interface DigestStory {
  readonly title: string;
  readonly url?: string | undefined;
  readonly sources: readonly { readonly name: string; readonly url?: string | undefined }[];
  /** Empty for an update: its new facts say what is new instead. */
  readonly lede: string;
  readonly keyPoints: readonly ReplyPoint[];
  /** The remembered article the story is (a digest of what the channel summarized), if any. */
  readonly ref?: string | undefined;
  /** Set when the story continues one the channel was shown before. */
  readonly update?: StoryUpdate | undefined;
}

/** A developing story's update: what the channel was not told before, and where it was told the rest. */
export interface StoryUpdate {
  /** The sentences of today's article that say what the earlier messages and articles did not. */
  readonly facts: readonly string[];
  readonly earlier: EarlierShowing;
}

/** The channel's last message about a story. */
export interface EarlierShowing {
  readonly title: string;
  /** ISO time it was shown. */
  readonly shownAt: string;
  /** The platform's link to the message, where it has one. */
  readonly link?: string | undefined;
}

/**
 * The neutral reply each adapter renders (Block Kit, embeds, plain text).
 * `ephemeral` replies are for the asking user only (errors, help, confirmations).
 */
export type Reply =
  | {
      readonly kind: 'summary';
      readonly title: string;
      readonly lede: string;
      readonly points: readonly ReplyPoint[];
      readonly quotes: readonly Quote[];
      readonly link?: string | undefined;
      readonly source?: string | undefined;
      readonly footer: string;
      /** The remembered article this summary is of, for the buttons under it. */
      readonly ref?: string | undefined;
    }
  | {
      readonly kind: 'answer';
      readonly question: string;
      readonly found: boolean;
      readonly sentences: readonly string[];
      readonly title: string;
      readonly link?: string | undefined;
      /** "What's new?": the sentences are what changed since the channel's message about the story. */
      readonly since?: EarlierShowing | undefined;
    }
  | {
      readonly kind: 'quotes';
      readonly title: string;
      readonly quotes: readonly Quote[];
      readonly link?: string | undefined;
    }
  | { readonly kind: 'digest'; readonly title: string; readonly stories: readonly DigestStory[] }
  | { readonly kind: 'info'; readonly text: string; readonly ephemeral: boolean }
  | { readonly kind: 'error'; readonly code: string; readonly message: string };

/** What the handler remembers per channel so follow-ups work. */
export interface ChannelMemory {
  getLastArticle(channelId: string): Promise<RememberedArticle | undefined>;
  /** The channel's article with this ref, while it is still remembered. */
  getArticle(channelId: string, ref: string): Promise<RememberedArticle | undefined>;
  /**
   * Remembers an article. An entry with the same ref and the same `at` as one the channel
   * still has replaces it in place (what `more` does, keeping the order); a newer `at` (the
   * same article summarized again) or a new ref becomes the latest.
   */
  setLastArticle(channelId: string, entry: RememberedArticle): Promise<void>;
  /** Articles summarized in the channel since `since`, oldest first (for a digest without feeds). */
  recentArticles(channelId: string, since: Date): Promise<readonly RememberedArticle[]>;
}

export interface RememberedArticle {
  /** Stable reference, unique per channel; buttons under the summary carry it. */
  readonly ref: string;
  readonly article: Article;
  readonly summary: Summary;
  /** How many key points the channel has seen so far (for `more`). */
  readonly pointsShown: number;
  readonly at: string;
}

/** Feed subscriptions and briefings; provided by src/briefing when storage is set up. */
export interface BriefingService {
  subscribe(ctx: CommandContext, url: string, filter?: FeedFilter): Promise<Result<string>>;
  unsubscribe(ctx: CommandContext, target: string): Promise<Result<string>>;
  setFilter(
    ctx: CommandContext,
    target: string,
    filter: FeedFilter | undefined,
  ): Promise<Result<string>>;
  listFeeds(ctx: CommandContext): Promise<Result<string>>;
  setSchedule(ctx: CommandContext, schedule: BriefingSchedule | 'off'): Promise<Result<string>>;
  digestNow(ctx: CommandContext): Promise<Result<readonly DigestStory[]>>;
}

/** A channel as settings are kept for it. */
export type ChannelKey = Pick<CommandContext, 'platform' | 'channelId'>;

/** Per-channel preferences (the store keeps them). */
export interface ChannelSettings {
  /** The channel's length, if it chose one. */
  getLength(channel: ChannelKey): Promise<SummaryLength | undefined>;
  setLength(channel: ChannelKey, length: SummaryLength, now: Date): Promise<void>;
}

/** What channels were shown of developing stories; provided by src/briefing when storage is set up. */
export interface DevelopingStories {
  /**
   * What the article says that the channel was not shown of its story before (facts may be
   * empty: nothing new); undefined when the channel was never shown the story.
   */
  changesSince(ctx: CommandContext, entry: RememberedArticle): Promise<StoryUpdate | undefined>;
}

/** Side effects the handler needs, injected so tests hand in local servers or doubles. */
export interface HandlerDeps {
  /** Fetch a URL and extract the article (with the page's byline, date and language). */
  readonly fetchArticle: (url: string) => Promise<Result<ExtractedArticle>>;
  /** Read a local file (terminal mode only; adapters for chat platforms leave it out). */
  readonly readArticleFile?: ((path: string) => Promise<Result<ExtractedArticle>>) | undefined;
  readonly memory: ChannelMemory;
  readonly now: () => Date;
  readonly briefings?: BriefingService | undefined;
  /** The channel's length (`/news length`); without it every channel reads the standard length. */
  readonly settings?: ChannelSettings | undefined;
  /** Answers "what's new?" on a story from what the channel was shown before. */
  readonly developing?: DevelopingStories | undefined;
  /** Summaries shared by every channel and replica, so an article is fetched and summarized once. */
  readonly summaries?: SummaryCache | undefined;
  /** Where summarizing and answering run (the server's worker pool); default: in process. */
  readonly work?: Pick<Work, 'summarize' | 'answer'> | undefined;
}

/**
 * An article (with the page's byline and date, for the footer) and its summary, cached by
 * canonical URL or by a hash of pasted text.
 */
export interface CachedSummary {
  readonly article: ExtractedArticle;
  readonly summary: Summary;
}

export interface SummaryCache {
  /** The entry saved under `key` since `since`, if any. */
  get(key: string, since: Date): Promise<CachedSummary | undefined>;
  save(key: string, entry: CachedSummary, now: Date): Promise<void>;
}
