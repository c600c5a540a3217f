import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import cron, { type ScheduledTask } from 'node-cron';
import {
  type Logger,
  PartialPostError,
  type PostOptions,
  type RunningAdapter,
  scopedLogger,
} from '../core/adapter.js';
import type { Platform, Reply } from '../handler/types.js';
import type {
  ChannelRef,
  ClaimedBriefing,
  ClaimScope,
  DeliveryKey,
  SchedulePlan,
  ScheduleRecord,
  ShownMessage,
  ShownStory,
} from '../store/store.js';
import { type BriefingDeps, composeChannelDigest } from './channel-digest.js';
import { feedFailureNotice, REPORT_AFTER_FAILURES, refreshFeeds } from './refresh-feeds.js';
import { nextFiring, previousFiring } from './zoned-time.js';

export type BriefingPoster = Pick<RunningAdapter, 'post'>;
export type Posters =
  | ReadonlyMap<Platform, BriefingPoster>
  | ((platform: Platform) => BriefingPoster | undefined);

export interface BriefingSchedulerOptions extends BriefingDeps {
  readonly posters: Posters;
  /** A missed briefing is sent late only within this window (BRIEFING_CATCHUP_MINUTES). */
  readonly catchUpMinutes?: number;
  /** Background feed polling and catch-up sweep; 0 turns it off (tests drive it by hand). */
  readonly pollMinutes?: number;
  /** How long a claimed delivery is held before another process may take it over (renewed while posting). */
  readonly leaseMs?: number;
  /** Attempts per delivery before it is given up. */
  readonly maxAttempts?: number;
  /**
   * Briefings in flight at once in this process (BRIEFING_CONCURRENCY). Most of a briefing's
   * time is posting, paced per channel (a header and a message per story, a second apart on
   * Slack), so this is what bounds a replica's briefings per second.
   */
  readonly concurrency?: number;
  /**
   * Of those, how many are composed (stories grouped, summarized) at once: composing is CPU
   * work, and more at once than the summarizer's workers keep up with only queues summaries
   * (past their claims, so another replica would summarize them again).
   */
  readonly composeConcurrency?: number;
  /** Most briefings claimed from the store in one statement (as many as there is room for, up to this). */
  readonly batchSize?: number;
  /** How often the tick looks for due briefings, in seconds (divides 60). */
  readonly tickSeconds?: number;
  /** Wait before a briefing that failed is tried again. */
  readonly retryMs?: number;
  /**
   * Paces each message a platform is sent (the platform's limits, fleet-wide); `after`: when
   * the previous message of the briefing was answered. None: post at once.
   */
  readonly pace?:
    | ((platform: Platform, channelId: string, after?: number) => Promise<void>)
    | undefined;
  /** Which briefings this replica claims (its platforms and Discord shards); absent: all. */
  readonly scope?: ClaimScope | undefined;
  /** Names this process in claims; unique per replica. */
  readonly instanceId?: string;
  readonly logger?: Logger;
}

export type BriefingStatus =
  | 'sent'
  | 'empty'
  | 'not_due'
  | 'too_late'
  | 'taken'
  | 'aborted'
  | 'failed'
  | 'no_poster';

export interface BriefingOutcome {
  readonly channel: ChannelRef;
  readonly status: BriefingStatus;
  readonly scheduledFor?: string | undefined;
  /** The schedule's zone, to show scheduledFor in local time. */
  readonly timeZone?: string | undefined;
  readonly storyCount?: number | undefined;
}

export interface BriefingScheduler {
  /**
   * Starts one node-cron tick a minute that claims due briefings from the store in batches
   * (however many channels there are), sends the ones missed within the catch-up window
   * now, and starts polling feeds.
   */
  start(): Promise<void>;
  /** Stops the tick, cancels briefings being composed (their claims are released) and waits for them. */
  stop(): Promise<void>;
  /**
   * Claims and delivers every briefing due at `at` that no replica has: schedules whose
   * time has come, deliveries given back, and deliveries whose owner died (finished from
   * the first unsent message). Returns what this process did.
   */
  runDueBriefings(at?: Date): Promise<BriefingOutcome[]>;
  /** The channel's briefing due at `at`, if not delivered yet. */
  runBriefing(channel: ChannelRef, at?: Date): Promise<BriefingOutcome>;
  /** Terminal mode: delivers the channel's next briefing now, as if its time had come. */
  simulateMorning(channel: ChannelRef): Promise<BriefingOutcome>;
  /** Polls the subscribed feeds no replica polled this interval (respecting back-off); reports feeds that keep failing. */
  pollFeeds(): Promise<void>;
  /** Resolves when no briefing or poll started by this scheduler is running. */
  idle(): Promise<void>;
}

export const SCHEDULER_DEFAULTS = {
  catchUpMinutes: 120,
  pollMinutes: 15,
  leaseMs: 5 * 60_000,
  maxAttempts: 3,
  concurrency: 200,
  composeConcurrency: 8,
  batchSize: 4,
  retryMs: 5 * 60_000,
  tickSeconds: 60,
} as const;

/** The node-cron task that drives every briefing of this process. */
export const TICK_TASK_NAME = 'newsbrief-briefings';
const ITEM_RETENTION_MS = 14 * 24 * 3600_000;

const channelKey = (c: ChannelRef) => `${c.platform}:${c.channelId}`;

/** How often a briefing cut short mid-way is resumed (from the first unsent message). */
const RESUME_ATTEMPTS = 3;

/** What a delivery stores once composed, so whoever finishes it posts the same messages. */
interface BriefingPayload {
  readonly reply: Reply;
  readonly itemIds: readonly number[];
  readonly storyCount: number;
  /** Each story as shown, recorded with the message that showed it once posted. */
  readonly shown?: readonly ShownStory[] | undefined;
}

/** The claim was lost while posting (the lease ran out and another replica took over). */
class ClaimLostError extends Error {}

/**
 * Posts a briefing from message `from`; when it fails after some of its messages went
 * out, resumes from the first unsent one (never re-posting the rest). Throws when nothing
 * was posted, so the delivery is released and retried whole; returns what was lost when
 * resuming gave up.
 */
async function postResuming(
  poster: BriefingPoster,
  channelId: string,
  reply: Reply,
  from: number,
  options: Omit<PostOptions, 'skip'>,
): Promise<{ sent: number; reason: string } | undefined> {
  let skip = from;
  let reason = '';
  for (let attempt = 0; attempt <= RESUME_ATTEMPTS; attempt++) {
    try {
      await poster.post(channelId, reply, { ...options, skip });
      return undefined;
    } catch (e) {
      if (e instanceof ClaimLostError) throw e;
      if (!(e instanceof PartialPostError)) {
        if (skip === 0) throw e;
        return { sent: skip, reason: e instanceof Error ? e.message : String(e) };
      }
      if (e.reason instanceof ClaimLostError) throw e.reason;
      skip = e.sent;
      reason = e.message;
    }
  }
  return { sent: skip, reason };
}

/** Delivers briefings exactly once across replicas: claims in the store, posting through the platform posters. */
export function createBriefingScheduler(options: BriefingSchedulerOptions): BriefingScheduler {
  const o = { ...SCHEDULER_DEFAULTS, ...options };
  const { store, now } = o;
  const instanceId = o.instanceId ?? `newsbrief-${randomUUID()}`;
  const log = o.logger;
  const posterFor = (platform: Platform) =>
    typeof o.posters === 'function' ? o.posters(platform) : o.posters.get(platform);
  // With background polling on, the store is at most one interval behind: a briefing
  // does not fetch its feeds again (10,000 channels would fetch each feed thousands of times).
  const deps = { ...o, freshForMs: o.pollMinutes > 0 ? o.pollMinutes * 60_000 : undefined };

  const composing = limiter(o.composeConcurrency);
  const inFlight = new Set<Promise<unknown>>();
  const running = new Map<string, Promise<BriefingOutcome>>();
  let abort = new AbortController();
  let tickTask: ScheduledTask | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let sweeping: Promise<BriefingOutcome[]> | undefined;

  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  }

  const failed = (channel: ChannelRef, scheduledFor?: string): BriefingOutcome => ({
    channel,
    status: 'failed',
    scheduledFor,
  });

  /** When a due schedule is delivered (its latest firing, if within the catch-up window) and next due. */
  function plan(record: ScheduleRecord, at: Date): SchedulePlan {
    try {
      const firing = previousFiring(record.schedule, at);
      const deliverable =
        firing !== undefined &&
        firing.getTime() >= Date.parse(record.updatedAt) &&
        at.getTime() - firing.getTime() <= o.catchUpMinutes * 60_000;
      return {
        deliverAt: deliverable ? firing : undefined,
        nextDue: nextFiring(record.schedule, at),
      };
    } catch (e) {
      log?.error(`cannot plan the briefing of ${channelKey(record)}: ${String(e)}`);
      return {};
    }
  }

  /** Composes (unless a previous owner stored the briefing) and posts a claimed delivery. */
  async function deliverClaimed(claim: ClaimedBriefing, at: Date): Promise<BriefingOutcome> {
    const channel: ChannelRef = { platform: claim.platform, channelId: claim.channelId };
    const key: DeliveryKey = { ...channel, scheduledFor: claim.scheduledFor };
    const { scheduledFor } = claim;
    const timeZone = claim.schedule?.schedule.timeZone;
    // Every line about this delivery carries its job id (the channel and the scheduled time).
    const log =
      o.logger && scopedLogger(o.logger, 'job', `briefing:${channelKey(channel)}@${scheduledFor}`);
    const poster = posterFor(claim.platform);
    if (!poster) {
      await store.releaseDelivery(key, instanceId, 'no poster for the platform', retryAt());
      return { channel, status: 'no_poster', scheduledFor };
    }
    const signal = abort.signal;
    let posting = false;
    try {
      let payload = claim.payload ? (JSON.parse(claim.payload) as BriefingPayload) : undefined;
      if (!payload) {
        if (!claim.schedule) {
          await store.finishDelivery(key, instanceId, empty());
          return { channel, status: 'empty', scheduledFor };
        }
        const composed = await composing(() => composeChannelDigest(channel, deps, at, signal));
        if (signal.aborted) {
          await store.releaseDelivery(key, instanceId, 'stopped while composing');
          return { channel, status: 'aborted', scheduledFor, timeZone };
        }
        if (composed.stories.length === 0) {
          await store.finishDelivery(key, instanceId, empty());
          return { channel, status: 'empty', scheduledFor, storyCount: 0, timeZone };
        }
        payload = {
          reply: {
            kind: 'digest',
            title: briefingTitle(new Date(scheduledFor), claim.schedule),
            stories: composed.stories,
          },
          itemIds: composed.itemIds,
          storyCount: composed.stories.length,
          shown: composed.shown,
        };
        const started = await store.startPosting(key, instanceId, {
          now: now(),
          leaseMs: o.leaseMs,
          payload: JSON.stringify(payload),
        });
        if (!started) return { channel, status: 'taken', scheduledFor, timeZone };
      }
      posting = true;
      const messages = new Map<number, ShownMessage>();
      let sent = claim.sent;
      let renewedAt = Date.now();
      // When the platform last answered one of this briefing's messages (the next is paced from it).
      let answeredAt: number | undefined;
      // Renews the lease and checks it is still ours: before a message when a rate-limit
      // wait may have eaten into the lease, and after each message but the last (recording
      // progress; finishDelivery records the last).
      const keep = async () => {
        const until = new Date(now().getTime() + o.leaseMs);
        if (!(await store.recordSent(key, instanceId, sent, until)))
          throw new ClaimLostError('the claim was lost while posting');
        renewedAt = Date.now();
      };
      const incomplete = await postResuming(poster, channel.channelId, payload.reply, claim.sent, {
        idempotencyKey: `${channelKey(channel)}@${scheduledFor}`,
        // A takeover of a briefing being posted: the dead owner's last message may be out.
        resuming: claim.payload !== undefined,
        pace: async () => {
          await o.pace?.(channel.platform, channel.channelId, answeredAt);
          if (Date.now() - renewedAt > o.leaseMs / 4) await keep();
        },
        onSent: async (n, total) => {
          answeredAt = Date.now();
          sent = n;
          if (n < total) await keep();
        },
        onPosted: (m) => {
          for (const story of m.stories)
            if (!messages.has(story)) messages.set(story, { id: m.id, link: m.link });
        },
      });
      if (incomplete) {
        // Some messages are out and the rest keep failing: record it as sent so nothing
        // is ever posted twice, and say what was lost.
        log?.error(
          `briefing for ${channelKey(channel)} at ${scheduledFor} was cut short after ${incomplete.sent} message(s): ${incomplete.reason}`,
        );
      }
      await store.finishDelivery(key, instanceId, {
        status: 'sent',
        sent,
        itemIds: payload.itemIds,
        storyCount: payload.storyCount,
        now: now(),
      });
      await recordShown(channel, payload.shown ?? [], messages, log);
      log?.info(
        `briefing for ${channelKey(channel)} at ${scheduledFor}: ${payload.storyCount} stories`,
      );
      return { channel, status: 'sent', scheduledFor, storyCount: payload.storyCount, timeZone };
    } catch (e) {
      if (e instanceof ClaimLostError) return { channel, status: 'taken', scheduledFor, timeZone };
      const message = e instanceof Error ? e.message : String(e);
      log?.error(
        `briefing for ${channelKey(channel)} ${posting ? 'could not be posted' : 'failed'}: ${message}`,
      );
      await store.releaseDelivery(key, instanceId, message.slice(0, 500), retryAt());
      return failed(channel, scheduledFor);
    }
  }

  /**
   * Remembers what the channel was shown, each story with the message that showed it, so a
   * story that develops comes back as an update linking there. The briefing is out whatever
   * happens here: a failure costs only that.
   */
  async function recordShown(
    channel: ChannelRef,
    shown: readonly ShownStory[],
    messages: ReadonlyMap<number, ShownMessage>,
    log: Logger | undefined,
  ): Promise<void> {
    try {
      await store.recordShown(
        channel,
        shown.map((s, i) => ({ ...s, message: messages.get(i) })),
        now(),
      );
    } catch (e) {
      log?.warn(`could not record the stories shown to ${channelKey(channel)}: ${String(e)}`);
    }
  }

  const retryAt = () => new Date(now().getTime() + o.retryMs);
  const empty = () => ({ status: 'empty' as const, itemIds: [], storyCount: 0, now: now() });

  /** One delivery per channel at a time in this process; the store settles it between processes. */
  function serialized(channel: ChannelRef, work: () => Promise<BriefingOutcome>) {
    const k = channelKey(channel);
    const previous = running.get(k) ?? Promise.resolve(undefined);
    // A store that throws (locked, closed) fails this delivery, never the caller or the process.
    const next = track(
      previous.then(() =>
        work().catch((e: unknown): BriefingOutcome => {
          log?.error(`briefing for ${k} failed: ${e instanceof Error ? e.message : String(e)}`);
          return failed(channel);
        }),
      ),
    );
    running.set(k, next);
    next
      .finally(() => {
        if (running.get(k) === next) running.delete(k);
      })
      .catch(() => {});
    return next;
  }

  /** The channel's briefing for its latest firing at or before `at`, claimed on its own. */
  async function runOne(record: ScheduleRecord, at: Date): Promise<BriefingOutcome> {
    const channel: ChannelRef = { platform: record.platform, channelId: record.channelId };
    const firing = previousFiring(record.schedule, at);
    if (!firing || firing.getTime() < Date.parse(record.updatedAt))
      return { channel, status: 'not_due' };
    const scheduledFor = firing.toISOString();
    if (at.getTime() - firing.getTime() > o.catchUpMinutes * 60_000)
      return { channel, status: 'too_late', scheduledFor };
    if (!posterFor(record.platform)) return { channel, status: 'no_poster', scheduledFor };
    if (abort.signal.aborted) return { channel, status: 'aborted', scheduledFor };
    const claimed = await store.claimDelivery({ ...channel, scheduledFor }, instanceId, {
      now: now(),
      leaseMs: o.leaseMs,
      maxAttempts: o.maxAttempts,
    });
    if (!claimed) return { channel, status: 'taken', scheduledFor };
    return deliverClaimed({ ...channel, scheduledFor, schedule: record, sent: 0 }, at);
  }

  async function runBriefing(channel: ChannelRef, at = now()): Promise<BriefingOutcome> {
    const record = await store.getSchedule(channel);
    if (!record) return { channel, status: 'not_due' };
    return serialized(channel, () => runOne(record, at));
  }

  /**
   * Claims due briefings while this process has room for them (`concurrency` at once, at
   * most `batchSize` a claim) and starts each as soon as it is claimed: a replica never
   * holds claims it is not working on (their leases would run out in a queue, and other
   * replicas would wait for them). N replicas share the work, each row once. When nothing is
   * due, looks again each tick while briefings are still running (a dead replica's come back
   * when their leases run out).
   */
  async function sweep(at: Date | undefined): Promise<BriefingOutcome[]> {
    const outcomes: BriefingOutcome[] = [];
    const seen = new Set<string>();
    const claim = async (limit: number): Promise<ClaimedBriefing[]> => {
      const batch = await store.claimDueBriefings(instanceId, {
        now: at ?? now(),
        leaseMs: o.leaseMs,
        maxAttempts: o.maxAttempts,
        limit,
        catchUpMs: o.catchUpMinutes * 60_000,
        plan,
        scope: o.scope,
      });
      // A delivery that came back within this sweep (released to retry at once) waits for the next.
      const fresh = batch.filter((c) => !seen.has(`${channelKey(c)}@${c.scheduledFor}`));
      for (const c of batch) seen.add(`${channelKey(c)}@${c.scheduledFor}`);
      return fresh.length === 0 ? [] : batch;
    };
    const active = new Set<Promise<void>>();
    // When a claim last came back empty (ms); nothing is claimed again until a tick later.
    let emptyAt: number | undefined;
    const tickMs = o.tickSeconds * 1000;
    while (!abort.signal.aborted) {
      const room = o.concurrency - active.size;
      if (room > 0 && (emptyAt === undefined || Date.now() - emptyAt >= tickMs)) {
        const batch = await claim(Math.min(room, o.batchSize));
        emptyAt = batch.length === 0 ? Date.now() : undefined;
        for (const c of batch) {
          const p: Promise<void> = serialized(c, () => deliverClaimed(c, at ?? now())).then(
            (outcome) => {
              outcomes.push(outcome);
              active.delete(p);
            },
          );
          active.add(p);
        }
        // One claim when nothing is due: an idle tick costs one query.
        if (batch.length > 0 || active.size === 0) continue;
      }
      if (active.size === 0) break;
      // A slot frees up, or a tick passes (to look again for work that came back).
      const waitMs = emptyAt === undefined ? undefined : Math.max(0, emptyAt + tickMs - Date.now());
      await Promise.race([
        ...active,
        ...(waitMs === undefined || room === 0 ? [] : [sleep(waitMs, undefined, { ref: false })]),
      ]);
    }
    await Promise.all(active);
    return outcomes;
  }

  function runDueBriefings(at?: Date): Promise<BriefingOutcome[]> {
    return track(
      sweep(at).catch((e: unknown) => {
        log?.error(`briefing sweep failed: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      }),
    );
  }

  /** The minute tick: one sweep at a time in this process (a slow one is not piled on). */
  function tick(): void {
    if (sweeping) return;
    sweeping = runDueBriefings();
    sweeping.finally(() => {
      sweeping = undefined;
    });
  }

  async function reportFailingFeeds(): Promise<void> {
    for (const feed of await store.listSubscribedFeeds()) {
      if (feed.failures < REPORT_AFTER_FAILURES || feed.failureReported) continue;
      await store.markFailureReported(feed.id);
      for (const channel of await store.subscribersOf(feed.id)) {
        try {
          await posterFor(channel.platform)?.post(channel.channelId, {
            kind: 'info',
            ephemeral: false,
            text: feedFailureNotice(feed),
          });
        } catch (e) {
          log?.warn(`could not tell ${channelKey(channel)} about a failing feed: ${String(e)}`);
        }
      }
    }
  }

  async function pollFeeds(): Promise<void> {
    if (polling) return polling;
    polling = track(
      (async () => {
        try {
          const feeds = await store.listSubscribedFeeds();
          await refreshFeeds(
            feeds,
            { store, fetch: o.fetch, now, signal: abort.signal, parseFeed: o.parseFeed },
            // Fetched by another replica less than most of an interval ago: not due yet.
            { freshForMs: o.pollMinutes > 0 ? o.pollMinutes * 60_000 * 0.9 : 0 },
          );
          if (abort.signal.aborted) return;
          await reportFailingFeeds();
          await store.pruneItems(new Date(now().getTime() - ITEM_RETENTION_MS));
        } catch (e) {
          log?.error(`feed poll failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      })(),
    ).finally(() => {
      polling = undefined;
    });
    return polling;
  }

  return {
    async start() {
      if (tickTask) return;
      abort = new AbortController();
      const every = o.tickSeconds >= 60 ? '* * * * *' : `*/${o.tickSeconds} * * * * *`;
      // A tick missed under load is harmless: the next one claims everything that is due.
      tickTask = cron.schedule(every, tick, { name: TICK_TASK_NAME, suppressMissedWarning: true });
      if (o.pollMinutes > 0) {
        void pollFeeds().then(tick);
        pollTimer = setInterval(() => void pollFeeds(), o.pollMinutes * 60_000);
        pollTimer.unref?.();
      } else tick();
    },
    async stop() {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
      abort.abort();
      await tickTask?.destroy();
      tickTask = undefined;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    runDueBriefings,
    runBriefing,
    async simulateMorning(channel) {
      const record = await store.getSchedule(channel);
      if (!record) return { channel, status: 'not_due' };
      const at = nextFiring(record.schedule, now());
      return at ? serialized(channel, () => runOne(record, at)) : { channel, status: 'not_due' };
    },
    pollFeeds,
    async idle() {
      // One turn of the event loop first: a cron firing reaches tick() through a few promise hops.
      await new Promise((resolve) => setImmediate(resolve));
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

/** Runs at most `limit` of the functions given to it at once; the others wait their turn, in order. */
function limiter(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

function briefingTitle(firing: Date, record: ScheduleRecord): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: record.schedule.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(firing);
  return `Your briefing for ${day}`;
}
