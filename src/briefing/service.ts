import { canonicalUrl } from '../articles/canonical-url.js';
import {
  describeFilter,
  type FeedFilter,
  type FilterableItem,
  filterPredicate,
} from '../articles/feed-filter.js';
import { fetchFeed } from '../articles/fetch-feed.js';
import { err, ok, type Result } from '../core/result.js';
import { DEFAULT_LENGTH, LENGTHS } from '../handler/length.js';
import { recentlySummarizedStories } from '../handler/recent-stories.js';
import type {
  BriefingSchedule,
  BriefingService,
  CommandContext,
  DigestStory,
} from '../handler/types.js';
import type { ChannelRef, FeedRecord, Store, Subscription } from '../store/store.js';
import { type BriefingDeps, composeChannelDigest } from './channel-digest.js';
import { describeSchedule, formatLocal, nextFiring } from './zoned-time.js';

export const MAX_FEEDS_PER_CHANNEL = 50;
/** `feeds` counts how many of a filtered feed's latest items pass. */
export const FILTER_SAMPLE_ITEMS = 50;

export interface BriefingServiceDeps extends BriefingDeps {
  /** Called after a channel's schedule changes, so the scheduler can re-plan. */
  readonly onScheduleChanged?: ((channel: ChannelRef) => void | Promise<void>) | undefined;
}

export interface BriefingServiceWithEvents extends BriefingService {
  /** Registers a listener for schedule changes (the scheduler); returns an unsubscribe function. */
  onScheduleChanged(listener: (channel: ChannelRef) => void | Promise<void>): () => void;
}

const channelOf = (ctx: CommandContext): ChannelRef => ({
  platform: ctx.platform,
  channelId: ctx.channelId,
});

const feedName = (feed: FeedRecord) => feed.title ?? feed.url;

/** The `subscribe`, `unsubscribe`, `feeds`, `briefing` and `digest` commands over a store. */
export function createBriefingService(deps: BriefingServiceDeps): BriefingServiceWithEvents {
  const { store } = deps;
  const listeners = new Set<(channel: ChannelRef) => void | Promise<void>>();
  if (deps.onScheduleChanged) listeners.add(deps.onScheduleChanged);
  const changed = async (channel: ChannelRef) => {
    for (const l of listeners) await l(channel);
  };

  async function findFeed(channel: ChannelRef, target: string): Promise<Subscription | undefined> {
    const feeds = await store.listSubscriptions(channel);
    if (/^\d+$/.test(target.trim())) return feeds[Number(target) - 1];
    const key = canonicalUrl(target);
    return feeds.find(
      (f) => f.url === target || (key !== undefined && canonicalUrl(f.url) === key),
    );
  }

  /** Without feeds, a digest is what was summarized in the channel in the last day. */
  async function recentlySummarized(ctx: CommandContext): Promise<Result<readonly DigestStory[]>> {
    const { storyPoints } = LENGTHS[(await store.getLength(channelOf(ctx))) ?? DEFAULT_LENGTH];
    const stories = await recentlySummarizedStories(
      store.memory,
      ctx.channelId,
      deps.now(),
      storyPoints,
    );
    if (stories.length === 0)
      return err(
        'not_found',
        'This channel follows no feeds and summarized nothing today; add a feed with `/news subscribe <feed url>` or send `/news <url>`.',
      );
    return ok(stories);
  }

  return {
    onScheduleChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async subscribe(ctx, url, filter) {
      const channel = channelOf(ctx);
      const existing = await findFeed(channel, url);
      if (existing && filter) return applyFilter(store, channel, existing, filter);
      if (existing) return ok(`This channel already follows ${feedName(existing)}.`);
      const count = (await store.listSubscriptions(channel)).length;
      if (count >= MAX_FEEDS_PER_CHANNEL)
        return err(
          'bad_command',
          `A channel can follow at most ${MAX_FEEDS_PER_CHANNEL} feeds; unsubscribe from one first.`,
        );
      const fetched = await fetchFeed(url, {}, deps.fetch, undefined, deps.parseFeed);
      if (!fetched.ok)
        return err(fetched.error.code, `Could not subscribe: ${fetched.error.message}`);
      if (fetched.value.status !== 'updated')
        return err('feed_failed', `Could not subscribe: ${url} sent no feed.`);
      const feed = fetched.value;
      const now = deps.now();
      const { feed: record, created } = await store.subscribe(channel, feed.feedUrl, now);
      if (!created && filter) return applyFilter(store, channel, record, filter);
      if (!created) return ok(`This channel already follows ${feedName(record)}.`);
      if (filter) await store.setFilter(channel, record.id, filter);
      await store.saveItems(record.id, feed.items, now);
      await store.recordFeedSuccess(record.id, {
        now,
        title: feed.title,
        validators: feed.validators,
      });
      const schedule = await store.getSchedule(channel);
      const hint = schedule
        ? ` Its stories will be in the next briefing (${describeSchedule(schedule.schedule)}).`
        : ' Choose a time with `/news briefing 07:30 Europe/Berlin`, or get stories now with `/news digest`.';
      const stories = feed.items.length === 1 ? '1 story' : `${feed.items.length} stories`;
      const name = feed.title ?? feed.feedUrl;
      if (!filter) return ok(`Subscribed to ${name} (${stories} in the feed now).${hint}`);
      const sample = feed.items.slice(0, FILTER_SAMPLE_ITEMS);
      return ok(
        `Subscribed to ${name}, filtered by ${describeFilter(filter)} (${stories} in the feed now; ${passingText(filter, sample)}).${hint}`,
      );
    },

    async setFilter(ctx, target, filter) {
      const channel = channelOf(ctx);
      const feed = await findFeed(channel, target);
      if (!feed) return notFollowed(target);
      return applyFilter(store, channel, feed, filter);
    },

    async unsubscribe(ctx, target) {
      const channel = channelOf(ctx);
      const feed = await findFeed(channel, target);
      if (!feed) return notFollowed(target);
      await store.unsubscribe(channel, feed.id);
      return ok(`Unsubscribed from ${feedName(feed)}.`);
    },

    async listFeeds(ctx) {
      const channel = channelOf(ctx);
      const feeds = await store.listSubscriptions(channel);
      const schedule = await store.getSchedule(channel);
      const lines = await Promise.all(
        feeds.map(async (f, i) => {
          const status =
            f.failures > 0 ? ` (failing: ${f.lastError ?? 'unknown error'}; retrying)` : '';
          return `${i + 1}. ${f.title ?? f.url} · ${f.url}${status}${await filterLine(store, f)}`;
        }),
      );
      const next = schedule ? nextFiring(schedule.schedule, deps.now()) : undefined;
      const briefing = schedule
        ? `Briefing: ${describeSchedule(schedule.schedule)}${next ? `, next ${formatLocal(next, schedule.schedule.timeZone)}` : ''}.`
        : 'No briefing scheduled; set one with `/news briefing 07:30 Europe/Berlin`.';
      if (feeds.length === 0)
        return ok(
          `This channel follows no feeds yet; add one with \`/news subscribe <feed url>\`.\n${briefing}`,
        );
      return ok(`Feeds in this channel:\n${lines.join('\n')}\n${briefing}`);
    },

    async setSchedule(ctx, schedule: BriefingSchedule | 'off') {
      const channel = channelOf(ctx);
      if (schedule === 'off') {
        const removed = await store.removeSchedule(channel);
        await changed(channel);
        return ok(removed ? 'Briefing turned off.' : 'There was no briefing to turn off.');
      }
      const now = deps.now();
      await store.setSchedule({ ...channel, guildId: ctx.guildId }, schedule, now);
      await changed(channel);
      const next = nextFiring(schedule, now);
      const feeds = (await store.listSubscriptions(channel)).length;
      const hint = feeds === 0 ? ' Add feeds with `/news subscribe <feed url>`.' : '';
      return ok(
        `Briefing set for ${describeSchedule(schedule)}${next ? `; the next one is ${formatLocal(next, schedule.timeZone)}` : ''}.${hint}`,
      );
    },

    async digestNow(ctx): Promise<Result<readonly DigestStory[]>> {
      const channel = channelOf(ctx);
      if ((await store.listSubscriptions(channel)).length === 0) return recentlySummarized(ctx);
      const now = deps.now();
      const composed = await composeChannelDigest(channel, deps, now);
      await store.markSeen(channel, composed.itemIds, now);
      // A command's reply has no message the bot can link to later: shown without one.
      await store.recordShown(channel, composed.shown, now);
      return ok(composed.stories);
    },
  };
}

function notFollowed(target: string): Result<never> {
  return err(
    'not_found',
    `This channel does not follow "${target.slice(0, 100)}"; \`/news feeds\` lists its feeds with their numbers.`,
  );
}

/** "12 of the last 50 items pass": how many of the feed's latest items the filter lets through. */
function passingText(filter: FeedFilter, items: readonly FilterableItem[]): string {
  const passing = items.filter(filterPredicate(filter)).length;
  if (items.length === 0) return 'no items to test yet';
  if (items.length === 1) return `${passing} of its 1 item passes`;
  return `${passing} of the last ${items.length} items pass`;
}

/** "\n   only: climate · except: sport · 12 of the last 50 items pass", or '' without a filter. */
async function filterLine(store: Store, feed: Subscription): Promise<string> {
  if (!feed.filter) return '';
  const items = await store.latestItems(feed.id, FILTER_SAMPLE_ITEMS);
  return `\n   ${describeFilter(feed.filter)} · ${passingText(feed.filter, items)}`;
}

/** Sets or clears a subscription's filter and says what the channel will get from it now. */
async function applyFilter(
  store: Store,
  channel: ChannelRef,
  feed: Subscription,
  filter: FeedFilter | undefined,
): Promise<Result<string>> {
  await store.setFilter(channel, feed.id, filter);
  if (!filter) return ok(`${feedName(feed)}: no filter; every story of the feed comes through.`);
  const items = await store.latestItems(feed.id, FILTER_SAMPLE_ITEMS);
  return ok(`${feedName(feed)}: ${describeFilter(filter)} (${passingText(filter, items)}).`);
}
