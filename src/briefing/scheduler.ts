import { randomUUID } from 'node:crypto';
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import {
  type Logger,
  PartialPostError,
  type RunningAdapter,
  scopedLogger,
} from '../core/adapter.js';
import type { Platform, Reply } from '../handler/types.js';
import type { ChannelRef, DeliveryKey, ScheduleRecord } from '../store/store.js';
import { type BriefingDeps, composeChannelDigest } from './channel-digest.js';
import { feedFailureNotice, REPORT_AFTER_FAILURES, refreshFeeds } from './refresh-feeds.js';
import { cronExpression, nextFiring, previousFiring } from './zoned-time.js';

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
  /** How long a claimed delivery is held before another process may take it over. */
  readonly leaseMs?: number;
  /** Attempts per delivery before it is given up. */
  readonly maxAttempts?: number;
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
  /** Plans one cron task per schedule, sends briefings missed within the catch-up window, starts polling. */
  start(): Promise<void>;
  /** Stops the tasks, cancels briefings being composed (their claims are released) and waits for them. */
  stop(): Promise<void>;
  /** Re-reads schedules from the store and re-plans tasks (after `briefing` commands, other replicas). */
  sync(): Promise<void>;
  /** Sends every briefing whose latest firing at or before `at` is due and not yet delivered. */
  runDueBriefings(at?: Date): Promise<BriefingOutcome[]>;
  /** Like runDueBriefings for one channel. */
  runBriefing(channel: ChannelRef, at?: Date): Promise<BriefingOutcome>;
  /** Terminal mode: delivers the channel's next briefing now, as if its time had come. */
  simulateMorning(channel: ChannelRef): Promise<BriefingOutcome>;
  /** Polls every subscribed feed (respecting back-off) and reports feeds that keep failing. */
  pollFeeds(): Promise<void>;
  /** Resolves when no briefing or poll started by this scheduler is running. */
  idle(): Promise<void>;
}

export const SCHEDULER_DEFAULTS = {
  catchUpMinutes: 120,
  pollMinutes: 15,
  leaseMs: 5 * 60_000,
  maxAttempts: 3,
} as const;

const ITEM_RETENTION_MS = 14 * 24 * 3600_000;

const channelKey = (c: ChannelRef) => `${c.platform}:${c.channelId}`;

/** Schedules briefings with node-cron and delivers each exactly once through the platform posters. */
/** How often a briefing cut short mid-way is resumed (from the first unsent message). */
const RESUME_ATTEMPTS = 3;

/**
 * Posts a briefing; when it fails after some of its messages went out, resumes from the
 * first unsent one (never re-posting the rest). Throws when nothing was posted, so the
 * delivery is released and retried whole; returns what was lost when resuming gave up.
 */
async function postResuming(
  poster: BriefingPoster,
  channelId: string,
  reply: Reply,
): Promise<{ sent: number; reason: string } | undefined> {
  let skip = 0;
  let reason = '';
  for (let attempt = 0; attempt <= RESUME_ATTEMPTS; attempt++) {
    try {
      await poster.post(channelId, reply, skip > 0 ? { skip } : undefined);
      return undefined;
    } catch (e) {
      if (!(e instanceof PartialPostError)) {
        if (skip === 0) throw e;
        return { sent: skip, reason: e instanceof Error ? e.message : String(e) };
      }
      skip = e.sent;
      reason = e.message;
    }
  }
  return { sent: skip, reason };
}

export function createBriefingScheduler(options: BriefingSchedulerOptions): BriefingScheduler {
  const o = { ...SCHEDULER_DEFAULTS, ...options };
  const { store, now } = o;
  const instanceId = o.instanceId ?? `newsbrief-${randomUUID()}`;
  const log = o.logger;
  const posterFor = (platform: Platform) =>
    typeof o.posters === 'function' ? o.posters(platform) : o.posters.get(platform);

  const tasks = new Map<string, { task: ScheduledTask; signature: string }>();
  const inFlight = new Set<Promise<unknown>>();
  const running = new Map<string, Promise<BriefingOutcome>>();
  let abort = new AbortController();
  let pollTimer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  let started = false;

  const coordinator: RunCoordinator = {
    shouldRun: (key, ttlMs) => store.acquireRun(key, instanceId, ttlMs, now()),
  };

  function track<T>(p: Promise<T>): Promise<T> {
    inFlight.add(p);
    p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  }

  async function deliver(record: ScheduleRecord, at: Date): Promise<BriefingOutcome> {
    return { ...(await deliverOnce(record, at)), timeZone: record.schedule.timeZone };
  }

  async function deliverOnce(record: ScheduleRecord, at: Date): Promise<BriefingOutcome> {
    const channel: ChannelRef = { platform: record.platform, channelId: record.channelId };
    const firing = previousFiring(record.schedule, at);
    if (!firing || firing.getTime() < Date.parse(record.updatedAt))
      return { channel, status: 'not_due' };
    const scheduledFor = firing.toISOString();
    if (at.getTime() - firing.getTime() > o.catchUpMinutes * 60_000)
      return { channel, status: 'too_late', scheduledFor };
    const poster = posterFor(record.platform);
    if (!poster) return { channel, status: 'no_poster', scheduledFor };
    if (abort.signal.aborted) return { channel, status: 'aborted', scheduledFor };
    const key: DeliveryKey = { ...channel, scheduledFor };
    // Every line about this delivery carries its job id (the channel and the scheduled time).
    const log =
      o.logger && scopedLogger(o.logger, 'job', `briefing:${channelKey(channel)}@${scheduledFor}`);
    const claimed = await store.claimDelivery(key, instanceId, {
      now: now(),
      leaseMs: o.leaseMs,
      maxAttempts: o.maxAttempts,
    });
    if (!claimed) return { channel, status: 'taken', scheduledFor };
    const signal = abort.signal;
    let posting = false;
    try {
      const composed = await composeChannelDigest(channel, o, at, signal);
      if (signal.aborted) {
        await store.releaseDelivery(key, instanceId, 'stopped while composing');
        return { channel, status: 'aborted', scheduledFor };
      }
      if (composed.stories.length === 0) {
        await store.finishDelivery(key, instanceId, {
          status: 'empty',
          itemIds: [],
          storyCount: 0,
          now: now(),
        });
        return { channel, status: 'empty', scheduledFor, storyCount: 0 };
      }
      if (!(await store.startPosting(key, instanceId, now())))
        return { channel, status: 'taken', scheduledFor };
      posting = true;
      const reply: Reply = {
        kind: 'digest',
        title: briefingTitle(firing, record),
        stories: composed.stories,
      };
      const incomplete = await postResuming(poster, channel.channelId, reply);
      if (incomplete) {
        // Some messages are out and the rest keep failing: record it as sent so nothing
        // is ever posted twice, and say what was lost.
        log?.error(
          `briefing for ${channelKey(channel)} at ${scheduledFor} was cut short after ${incomplete.sent} message(s): ${incomplete.reason}`,
        );
      }
      await store.finishDelivery(key, instanceId, {
        status: 'sent',
        itemIds: composed.itemIds,
        storyCount: composed.stories.length,
        now: now(),
      });
      log?.info(
        `briefing for ${channelKey(channel)} at ${scheduledFor}: ${composed.stories.length} stories`,
      );
      return { channel, status: 'sent', scheduledFor, storyCount: composed.stories.length };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log?.error(
        `briefing for ${channelKey(channel)} ${posting ? 'could not be posted' : 'failed'}: ${message}`,
      );
      await store.releaseDelivery(key, instanceId, message.slice(0, 500));
      return { channel, status: 'failed', scheduledFor };
    }
  }

  /** One delivery per channel at a time in this process; the store settles it between processes. */
  function runFor(record: ScheduleRecord, at: Date): Promise<BriefingOutcome> {
    const k = channelKey(record);
    const previous = running.get(k) ?? Promise.resolve(undefined);
    // A store that throws (locked, closed) fails this delivery, never the caller or the process.
    const next = track(
      previous.then(() =>
        deliver(record, at).catch((e: unknown): BriefingOutcome => {
          log?.error(`briefing for ${k} failed: ${e instanceof Error ? e.message : String(e)}`);
          return {
            channel: { platform: record.platform, channelId: record.channelId },
            status: 'failed',
          };
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

  async function runBriefing(channel: ChannelRef, at = now()): Promise<BriefingOutcome> {
    const record = await store.getSchedule(channel);
    if (!record) return { channel, status: 'not_due' };
    return runFor(record, at);
  }

  async function runDueBriefings(at = now()): Promise<BriefingOutcome[]> {
    const schedules = await store.listSchedules();
    return Promise.all(schedules.map((s) => runFor(s, at)));
  }

  /** Re-plans one at a time: two overlapping runs would each create a task for a channel and leak one. */
  let syncing: Promise<void> = Promise.resolve();
  function sync(): Promise<void> {
    const next = syncing.then(syncOnce, syncOnce);
    syncing = next.catch(() => {});
    return next;
  }

  async function syncOnce(): Promise<void> {
    const schedules = await store.listSchedules();
    const wanted = new Map(schedules.map((s) => [channelKey(s), s]));
    for (const [k, entry] of tasks) {
      const s = wanted.get(k);
      if (!s || signatureOf(s) !== entry.signature) {
        await entry.task.destroy();
        tasks.delete(k);
      }
    }
    if (!started) return;
    for (const [k, s] of wanted) {
      if (tasks.has(k)) continue;
      const channel: ChannelRef = { platform: s.platform, channelId: s.channelId };
      let task: ScheduledTask;
      try {
        task = cron.createTask(
          cronExpression(s.schedule),
          () => {
            runBriefing(channel, now()).catch((e: unknown) =>
              log?.error(`briefing for ${k} failed: ${e instanceof Error ? e.message : String(e)}`),
            );
          },
          {
            timezone: s.schedule.timeZone,
            name: `newsbrief-briefing:${k}`,
            distributed: true,
            runCoordinator: coordinator,
            distributedLease: 60 * 60_000,
            suppressMissedWarning: true,
            unref: true,
          },
        );
      } catch (e) {
        log?.error(
          `cannot schedule the briefing of ${k}: ${e instanceof Error ? e.message : String(e)}`,
        );
        continue;
      }
      await task.start();
      tasks.set(k, { task, signature: signatureOf(s) });
    }
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
          await refreshFeeds(feeds, {
            store,
            fetch: o.fetch,
            now,
            signal: abort.signal,
            parseFeed: o.parseFeed,
          });
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

  async function tick(): Promise<void> {
    await sync();
    await pollFeeds();
    await runDueBriefings(now());
  }

  return {
    async start() {
      if (started) return;
      started = true;
      abort = new AbortController();
      await sync();
      void track(runDueBriefings(now()));
      if (o.pollMinutes > 0) {
        pollTimer = setInterval(() => {
          void track(tick()).catch((e) => log?.error(`briefing sweep failed: ${String(e)}`));
        }, o.pollMinutes * 60_000);
        pollTimer.unref?.();
      }
    },
    async stop() {
      started = false;
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
      abort.abort();
      // A re-plan under way finishes first (it plans nothing once stopped); then its tasks go too.
      await syncing;
      for (const { task } of tasks.values()) await task.destroy();
      tasks.clear();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    sync,
    runDueBriefings,
    runBriefing,
    async simulateMorning(channel) {
      const record = await store.getSchedule(channel);
      if (!record) return { channel, status: 'not_due' };
      const at = nextFiring(record.schedule, now());
      return at ? runFor(record, at) : { channel, status: 'not_due' };
    },
    pollFeeds,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

function signatureOf(s: ScheduleRecord): string {
  return `${cronExpression(s.schedule)}|${s.schedule.timeZone}|${s.updatedAt}`;
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
