import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { FeedFilter } from '../articles/feed-filter.js';
import type { FeedItem } from '../articles/feed-items.js';
import type { SummaryLength } from '../handler/length.js';
import type {
  CachedSummary,
  ChannelMemory,
  Platform,
  RememberedArticle,
  SummaryCache,
} from '../handler/types.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import {
  FEED_COLUMNS,
  ITEM_SELECT,
  LATEST_ITEMS_ORDER,
  MEMORY_PER_CHANNEL,
  NEVER_DUE,
  type Row,
  text,
  toDelivery,
  toFeed,
  toItem,
  toLength,
  toSchedule,
  toShownStory,
  toSubscription,
  toSummary,
} from './rows.js';
import type {
  ChannelRef,
  ClaimedBriefing,
  DeliveryKey,
  DeliveryStatus,
  DueClaim,
  FeedFetchClaim,
  ShownStory,
  StartPosting,
  Store,
  StoredSummary,
} from './store.js';

const iso = (d: Date) => d.toISOString();

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  let applied = 0;
  for (const m of migrations) {
    const run = db.transaction(() => {
      const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
      if (done) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        iso(new Date()),
      );
      applied++;
    });
    run.immediate();
  }
  return applied;
}

/** The embedded default store: one SQLite file (or ':memory:'), created and migrated on open. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly memory: ChannelMemory;
  readonly summaryCache: SummaryCache;

  constructor(private readonly db: Database.Database) {
    this.memory = sqliteChannelMemory(db);
    this.summaryCache = {
      get: async (key, since) => {
        const r = this.get(
          'SELECT entry FROM summary_cache WHERE key = ? AND created_at >= ?',
          key,
          iso(since),
        );
        return r ? (JSON.parse(String(r.entry)) as CachedSummary) : undefined;
      },
      save: async (key, entry, now) => {
        this.run(
          'INSERT OR REPLACE INTO summary_cache (key, entry, created_at) VALUES (?, ?, ?)',
          key,
          JSON.stringify(entry),
          iso(now),
        );
      },
    };
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.db.prepare(sql).all(...params) as Row[];
  }
  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.db.prepare(sql).get(...params) as Row | undefined;
  }
  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.db.prepare(sql).run(...params);
  }

  async subscribe(channel: ChannelRef, feedUrl: string, now: Date) {
    return this.db
      .transaction(() => {
        this.run('INSERT OR IGNORE INTO feeds (url, created_at) VALUES (?, ?)', feedUrl, iso(now));
        const feed = toFeed(
          this.get(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.url = ?`, feedUrl) ?? {},
        );
        const added = this.run(
          'INSERT OR IGNORE INTO subscriptions (platform, channel_id, feed_id, created_at) VALUES (?, ?, ?, ?)',
          channel.platform,
          channel.channelId,
          feed.id,
          iso(now),
        );
        return { feed, created: added.changes === 1 };
      })
      .immediate();
  }

  async unsubscribe(channel: ChannelRef, feedId: number) {
    return (
      this.run(
        'DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? AND feed_id = ?',
        channel.platform,
        channel.channelId,
        feedId,
      ).changes === 1
    );
  }

  async listSubscriptions(channel: ChannelRef) {
    return this.all(
      `SELECT ${FEED_COLUMNS}, s.filter FROM subscriptions s JOIN feeds f ON f.id = s.feed_id
       WHERE s.platform = ? AND s.channel_id = ? ORDER BY s.created_at, f.id`,
      channel.platform,
      channel.channelId,
    ).map(toSubscription);
  }

  async setFilter(channel: ChannelRef, feedId: number, filter: FeedFilter | undefined) {
    return (
      this.run(
        'UPDATE subscriptions SET filter = ? WHERE platform = ? AND channel_id = ? AND feed_id = ?',
        filter ? JSON.stringify(filter) : null,
        channel.platform,
        channel.channelId,
        feedId,
      ).changes === 1
    );
  }

  async getLength(channel: ChannelRef) {
    return toLength(
      this.get(
        'SELECT length FROM channel_settings WHERE platform = ? AND channel_id = ?',
        channel.platform,
        channel.channelId,
      )?.length,
    );
  }

  async setLength(channel: ChannelRef, length: SummaryLength, now: Date) {
    this.run(
      `INSERT INTO channel_settings (platform, channel_id, length, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET length = excluded.length, updated_at = excluded.updated_at`,
      channel.platform,
      channel.channelId,
      length,
      iso(now),
    );
  }

  async subscribersOf(feedId: number) {
    return this.all(
      'SELECT platform, channel_id FROM subscriptions WHERE feed_id = ? ORDER BY created_at',
      feedId,
    ).map((r) => ({ platform: String(r.platform) as Platform, channelId: String(r.channel_id) }));
  }

  async listSubscribedFeeds() {
    return this.all(
      `SELECT ${FEED_COLUMNS} FROM feeds f WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id) ORDER BY f.id`,
    ).map(toFeed);
  }

  async recordFeedSuccess(feedId: number, u: Parameters<Store['recordFeedSuccess']>[1]) {
    this.run(
      `UPDATE feeds SET title = COALESCE(?, title), etag = CASE WHEN ? THEN ? ELSE etag END,
         last_modified = CASE WHEN ? THEN ? ELSE last_modified END, last_fetched_at = ?,
         failures = 0, last_error = NULL, next_attempt_at = NULL, failure_reported = 0, fetch_lease_until = NULL
       WHERE id = ?`,
      u.title ?? null,
      u.validators ? 1 : 0,
      u.validators?.etag ?? null,
      u.validators ? 1 : 0,
      u.validators?.lastModified ?? null,
      iso(u.now),
      feedId,
    );
  }

  async recordFeedFailure(feedId: number, f: Parameters<Store['recordFeedFailure']>[1]) {
    this.run(
      `UPDATE feeds SET failures = failures + 1, last_error = ?, last_fetched_at = ?, next_attempt_at = ?,
         fetch_lease_until = NULL WHERE id = ?`,
      f.error,
      iso(f.now),
      iso(f.retryAt),
      feedId,
    );
    return toFeed(this.get(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = ?`, feedId) ?? {});
  }

  async claimFeedFetch(feedId: number, c: FeedFetchClaim) {
    const now = iso(c.now);
    return (
      this.run(
        `UPDATE feeds SET fetch_lease_until = ?
         WHERE id = ? AND (fetch_lease_until IS NULL OR fetch_lease_until <= ?)
           AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
           AND (failures > 0 OR last_fetched_at IS NULL OR last_fetched_at <= ?)`,
        iso(new Date(c.now.getTime() + c.leaseMs)),
        feedId,
        now,
        now,
        iso(new Date(c.now.getTime() - c.freshForMs)),
      ).changes === 1
    );
  }

  async getFeed(feedId: number, now = new Date()) {
    const r = this.get(
      `SELECT ${FEED_COLUMNS}, f.fetch_lease_until FROM feeds f WHERE f.id = ?`,
      feedId,
    );
    if (!r) return undefined;
    const lease = text(r.fetch_lease_until);
    return { ...toFeed(r), fetching: lease !== undefined && lease > iso(now) };
  }

  async markFailureReported(feedId: number) {
    this.run('UPDATE feeds SET failure_reported = 1 WHERE id = ?', feedId);
  }

  async saveItems(feedId: number, items: readonly FeedItem[], now: Date) {
    return this.db
      .transaction(() => {
        const known = new Set(
          this.all('SELECT guid FROM items WHERE feed_id = ?', feedId).map((r) => String(r.guid)),
        );
        const upsert = this.db.prepare(
          `INSERT INTO items (feed_id, guid, url, canonical_url, title, lede, content, published_at, first_seen_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (feed_id, guid) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
             title = excluded.title, lede = excluded.lede, content = excluded.content,
             published_at = COALESCE(excluded.published_at, items.published_at)`,
        );
        let added = 0;
        for (const it of items) {
          if (!known.has(it.guid)) added++;
          known.add(it.guid);
          upsert.run(
            feedId,
            it.guid,
            it.url ?? null,
            it.canonicalUrl ?? null,
            it.title,
            it.lede,
            it.content,
            it.publishedAt ?? null,
            iso(now),
          );
        }
        return added;
      })
      .immediate();
  }

  async latestItems(feedId: number, limit: number) {
    return this.all(
      `${ITEM_SELECT} WHERE i.feed_id = ? ${LATEST_ITEMS_ORDER} LIMIT ?`,
      feedId,
      limit,
    ).map(toItem);
  }

  async unseenItems(channel: ChannelRef, w: Parameters<Store['unseenItems']>[1]) {
    return this.all(
      `${ITEM_SELECT}
       JOIN subscriptions s ON s.feed_id = i.feed_id AND s.platform = ? AND s.channel_id = ?
       WHERE (i.first_seen_at >= ? OR i.published_at >= ?)
         AND COALESCE(i.published_at, i.first_seen_at) >= ?
         AND NOT EXISTS (SELECT 1 FROM seen x WHERE x.platform = s.platform AND x.channel_id = s.channel_id AND x.item_id = i.id)
       ORDER BY COALESCE(i.published_at, i.first_seen_at) DESC, i.id`,
      channel.platform,
      channel.channelId,
      iso(w.since),
      iso(w.since),
      iso(w.notBefore),
    ).map(toItem);
  }

  async seenItems(channel: ChannelRef, since: Date) {
    return this.all(
      `${ITEM_SELECT} JOIN seen x ON x.item_id = i.id
       WHERE x.platform = ? AND x.channel_id = ? AND x.seen_at >= ? ORDER BY x.seen_at, i.id`,
      channel.platform,
      channel.channelId,
      iso(since),
    ).map(toItem);
  }

  async markSeen(channel: ChannelRef, itemIds: readonly number[], now: Date) {
    this.db.transaction(() => this.insertSeen(channel, itemIds, now)).immediate();
  }

  private insertSeen(channel: ChannelRef, itemIds: readonly number[], now: Date) {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO seen (platform, channel_id, item_id, seen_at) VALUES (?, ?, ?, ?)',
    );
    for (const id of itemIds) insert.run(channel.platform, channel.channelId, id, iso(now));
  }

  async pruneItems(before: Date) {
    this.run('DELETE FROM shown_stories WHERE shown_at < ?', iso(before));
    return this.run('DELETE FROM items WHERE first_seen_at < ?', iso(before)).changes;
  }

  async recordShown(channel: ChannelRef, stories: readonly ShownStory[], now: Date) {
    const insert = this.db.prepare(
      `INSERT INTO shown_stories (platform, channel_id, first_key, story_key, guid, canonical_url,
         title, lede, sentences, message_id, message_link, shown_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const s of stories)
        insert.run(
          channel.platform,
          channel.channelId,
          s.firstKey,
          s.storyKey,
          s.guid,
          s.canonicalUrl ?? null,
          s.title,
          s.lede,
          JSON.stringify(s.sentences),
          s.message?.id ?? null,
          s.message?.link ?? null,
          iso(now),
        );
    })();
  }

  async shownStories(channel: ChannelRef, since: Date) {
    return this.all(
      'SELECT * FROM shown_stories WHERE platform = ? AND channel_id = ? AND shown_at >= ? ORDER BY shown_at, id',
      channel.platform,
      channel.channelId,
      iso(since),
    ).map(toShownStory);
  }

  async setSchedule(
    channel: Parameters<Store['setSchedule']>[0],
    s: Parameters<Store['setSchedule']>[1],
    now: Date,
  ) {
    this.run(
      `INSERT INTO schedules (platform, channel_id, time, time_zone, weekdays_only, updated_at, next_due_at, guild_id)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
         weekdays_only = excluded.weekdays_only, updated_at = excluded.updated_at, next_due_at = NULL,
         guild_id = excluded.guild_id`,
      channel.platform,
      channel.channelId,
      s.time,
      s.timeZone,
      s.weekdaysOnly ? 1 : 0,
      iso(now),
      channel.guildId ?? null,
    );
  }

  async removeSchedule(channel: ChannelRef) {
    return (
      this.run(
        'DELETE FROM schedules WHERE platform = ? AND channel_id = ?',
        channel.platform,
        channel.channelId,
      ).changes === 1
    );
  }

  async getSchedule(channel: ChannelRef) {
    const r = this.get(
      'SELECT * FROM schedules WHERE platform = ? AND channel_id = ?',
      channel.platform,
      channel.channelId,
    );
    return r ? toSchedule(r) : undefined;
  }

  async listSchedules() {
    return this.all('SELECT * FROM schedules ORDER BY platform, channel_id').map(toSchedule);
  }

  async getSummary(key: string) {
    return (await this.getSummaries([key])).get(key);
  }

  async getSummaries(keys: readonly string[]) {
    const found = new Map<string, StoredSummary>();
    const select = this.db.prepare('SELECT * FROM summaries WHERE key = ?');
    for (const key of keys) {
      const r = select.get(key) as Row | undefined;
      if (r) found.set(key, toSummary(r));
    }
    return found;
  }

  async saveSummary(key: string, s: Parameters<Store['saveSummary']>[1], now: Date) {
    this.run(
      'INSERT OR REPLACE INTO summaries (key, title, lede, key_points, sentences, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      key,
      s.title,
      s.lede,
      JSON.stringify(s.keyPoints),
      s.sentences ? JSON.stringify(s.sentences) : null,
      iso(now),
    );
  }

  async claimDelivery(
    key: DeliveryKey,
    owner: string,
    lease: Parameters<Store['claimDelivery']>[2],
  ) {
    const k = [key.platform, key.channelId, key.scheduledFor] as const;
    const now = iso(lease.now);
    const until = iso(new Date(lease.now.getTime() + lease.leaseMs));
    return this.db
      .transaction(() => {
        const row = this.get(
          'SELECT status, lease_until, attempts FROM deliveries WHERE platform = ? AND channel_id = ? AND scheduled_for = ?',
          ...k,
        );
        if (!row) {
          this.run(
            `INSERT INTO deliveries (platform, channel_id, scheduled_for, status, owner, lease_until, attempts, claimed_at)
             VALUES (?, ?, ?, 'claimed', ?, ?, 1, ?)`,
            ...k,
            owner,
            until,
            now,
          );
          return true;
        }
        const status = String(row.status) as DeliveryStatus;
        const expired = status === 'claimed' && String(row.lease_until) <= now;
        if (status !== 'released' && !expired) return false;
        if (Number(row.attempts) >= lease.maxAttempts) {
          this.run(
            `UPDATE deliveries SET status = 'failed', owner = NULL, finished_at = ?,
               error = COALESCE(error, 'gave up after repeated attempts')
             WHERE platform = ? AND channel_id = ? AND scheduled_for = ?`,
            now,
            ...k,
          );
          return false;
        }
        this.run(
          `UPDATE deliveries SET status = 'claimed', owner = ?, lease_until = ?, attempts = attempts + 1, claimed_at = ?
           WHERE platform = ? AND channel_id = ? AND scheduled_for = ?`,
          owner,
          until,
          now,
          ...k,
        );
        return true;
      })
      .immediate();
  }

  async claimDueBriefings(owner: string, c: DueClaim): Promise<ClaimedBriefing[]> {
    const now = iso(c.now);
    const until = iso(new Date(c.now.getTime() + c.leaseMs));
    const tooOld = iso(new Date(c.now.getTime() - c.catchUpMs));
    const scope = sqliteScope(c.scope);
    return this.db
      .transaction(() => {
        const claimed: ClaimedBriefing[] = [];
        const due = this.all(
          `SELECT * FROM schedules s WHERE (next_due_at IS NULL OR next_due_at <= ?) AND ${scope.sql}
           ORDER BY next_due_at NULLS FIRST LIMIT ?`,
          now,
          ...scope.params,
          c.limit,
        ).map(toSchedule);
        for (const schedule of due) {
          const plan = c.plan(schedule, c.now);
          const k = [schedule.platform, schedule.channelId] as const;
          if (plan.deliverAt) {
            const scheduledFor = iso(plan.deliverAt);
            const added = this.run(
              `INSERT OR IGNORE INTO deliveries (platform, channel_id, scheduled_for, status, owner, lease_until, attempts, claimed_at)
               VALUES (?, ?, ?, 'claimed', ?, ?, 1, ?)`,
              ...k,
              scheduledFor,
              owner,
              until,
              now,
            );
            if (added.changes === 1) claimed.push({ ...schedule, scheduledFor, schedule, sent: 0 });
          }
          this.run(
            'UPDATE schedules SET next_due_at = ? WHERE platform = ? AND channel_id = ?',
            plan.nextDue ? iso(plan.nextDue) : NEVER_DUE,
            ...k,
          );
        }
        const stale = this.all(
          `SELECT d.* FROM deliveries d LEFT JOIN schedules s ON s.platform = d.platform AND s.channel_id = d.channel_id
           WHERE ((d.status = 'released' AND (d.lease_until IS NULL OR d.lease_until <= ?))
             OR (d.status IN ('claimed', 'posting') AND d.lease_until <= ?)) AND ${scope.sql}
           ORDER BY d.scheduled_for LIMIT ?`,
          now,
          now,
          ...scope.params,
          Math.max(0, c.limit - claimed.length),
        ).map((r) => ({ ...toDelivery(r), payload: text(r.payload) }));
        for (const d of stale) {
          const k = [d.platform, d.channelId, d.scheduledFor] as const;
          // A delivery never posted and too old is given up; one cut short is always finished.
          const late = d.status !== 'posting' && d.scheduledFor < tooOld;
          if (late || d.attempts >= c.maxAttempts) {
            this.run(
              `UPDATE deliveries SET status = 'failed', owner = NULL, lease_until = NULL, finished_at = ?,
                 error = COALESCE(error, ?) WHERE platform = ? AND channel_id = ? AND scheduled_for = ?`,
              now,
              late ? 'too late to send' : 'gave up after repeated attempts',
              ...k,
            );
            continue;
          }
          this.run(
            `UPDATE deliveries SET status = CASE WHEN status = 'posting' THEN 'posting' ELSE 'claimed' END,
               owner = ?, lease_until = ?, attempts = attempts + 1, claimed_at = ?
             WHERE platform = ? AND channel_id = ? AND scheduled_for = ?`,
            owner,
            until,
            now,
            ...k,
          );
          const row = this.get(
            'SELECT * FROM schedules WHERE platform = ? AND channel_id = ?',
            d.platform,
            d.channelId,
          );
          claimed.push({
            platform: d.platform,
            channelId: d.channelId,
            scheduledFor: d.scheduledFor,
            schedule: row ? toSchedule(row) : undefined,
            payload: d.status === 'posting' ? d.payload : undefined,
            sent: d.status === 'posting' ? d.sent : 0,
          });
        }
        return claimed;
      })
      .immediate();
  }

  async startPosting(key: DeliveryKey, owner: string, p: StartPosting) {
    return (
      this.run(
        `UPDATE deliveries SET status = 'posting', lease_until = ?, payload = ?, sent = 0
         WHERE platform = ? AND channel_id = ? AND scheduled_for = ? AND owner = ? AND status = 'claimed'`,
        iso(new Date(p.now.getTime() + p.leaseMs)),
        p.payload,
        key.platform,
        key.channelId,
        key.scheduledFor,
        owner,
      ).changes === 1
    );
  }

  async recordSent(key: DeliveryKey, owner: string, sent: number, leaseUntil: Date) {
    return (
      this.run(
        `UPDATE deliveries SET sent = ?, lease_until = ?
         WHERE platform = ? AND channel_id = ? AND scheduled_for = ? AND owner = ? AND status = 'posting'`,
        sent,
        iso(leaseUntil),
        key.platform,
        key.channelId,
        key.scheduledFor,
        owner,
      ).changes === 1
    );
  }

  async finishDelivery(
    key: DeliveryKey,
    owner: string,
    done: Parameters<Store['finishDelivery']>[2],
  ) {
    this.db
      .transaction(() => {
        const changed = this.run(
          `UPDATE deliveries SET status = ?, story_count = ?, finished_at = ?, lease_until = NULL, error = NULL, payload = NULL,
             sent = COALESCE(?, sent)
           WHERE platform = ? AND channel_id = ? AND scheduled_for = ? AND owner = ? AND status IN ('claimed', 'posting')`,
          done.status,
          done.storyCount,
          iso(done.now),
          done.sent ?? null,
          key.platform,
          key.channelId,
          key.scheduledFor,
          owner,
        ).changes;
        if (changed === 1) this.insertSeen(key, done.itemIds, done.now);
      })
      .immediate();
  }

  async releaseDelivery(key: DeliveryKey, owner: string, error?: string, retryAt?: Date) {
    this.run(
      `UPDATE deliveries SET status = 'released', owner = NULL, lease_until = ?, error = ?
       WHERE platform = ? AND channel_id = ? AND scheduled_for = ? AND owner = ? AND status IN ('claimed', 'posting')`,
      retryAt ? iso(retryAt) : null,
      error ?? null,
      key.platform,
      key.channelId,
      key.scheduledFor,
      owner,
    );
  }

  async lastDelivered(channel: ChannelRef) {
    const r = this.get(
      `SELECT MAX(scheduled_for) AS at FROM deliveries
       WHERE platform = ? AND channel_id = ? AND status IN ('sent', 'empty')`,
      channel.platform,
      channel.channelId,
    );
    return text(r?.at);
  }

  async listDeliveries(channel?: ChannelRef) {
    const rows = channel
      ? this.all(
          'SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? ORDER BY scheduled_for',
          channel.platform,
          channel.channelId,
        )
      : this.all('SELECT * FROM deliveries ORDER BY scheduled_for, platform, channel_id');
    return rows.map(toDelivery);
  }

  async reserveSlot(key: string, spacingMs: number, now: Date) {
    return this.db
      .transaction(() => {
        const next = text(this.get('SELECT next_at FROM rate_slots WHERE key = ?', key)?.next_at);
        const slot = next && Date.parse(next) > now.getTime() ? new Date(next) : now;
        this.run(
          'INSERT OR REPLACE INTO rate_slots (key, next_at) VALUES (?, ?)',
          key,
          iso(new Date(slot.getTime() + spacingMs)),
        );
        return slot;
      })
      .immediate();
  }

  async acquireRun(key: string, owner: string, ttlMs: number, now: Date) {
    return this.db
      .transaction(() => {
        this.run('DELETE FROM cron_runs WHERE expires_at <= ?', iso(now));
        return (
          this.run(
            'INSERT OR IGNORE INTO cron_runs (key, owner, expires_at) VALUES (?, ?, ?)',
            key,
            owner,
            iso(new Date(now.getTime() + ttlMs)),
          ).changes === 1
        );
      })
      .immediate();
  }

  async releaseRun(key: string, owner: string) {
    this.run('DELETE FROM cron_runs WHERE key = ? AND owner = ?', key, owner);
  }

  async ping() {
    this.db.prepare('SELECT 1').get();
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}

/**
 * The WHERE condition for a claim's scope over `d` or `s` (alias s: schedules, with its
 * platform; a delivery query joins schedules as s and filters on d's platform the same way).
 */
function sqliteScope(scope: DueClaim['scope']): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (scope?.platforms) {
    parts.push('s.platform IS NOT NULL AND s.platform IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.platforms));
  }
  if (scope?.discordShards) {
    // Discord's rule, (guild_id >> 22) % shard_count; no guild (a DM) is shard 0's.
    parts.push(
      `(s.platform IS NULL OR s.platform <> 'discord' OR ((COALESCE(CAST(s.guild_id AS INTEGER), 0) >> 22) % ?) IN (SELECT value FROM json_each(?)))`,
    );
    params.push(scope.discordShards.count, JSON.stringify(scope.discordShards.ids));
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1 = 1', params };
}

/** ChannelMemory over the channel_articles table: the last MEMORY_PER_CHANNEL articles per channel. */
function sqliteChannelMemory(db: Database.Database): ChannelMemory {
  const last = db.prepare(
    'SELECT entry FROM channel_articles WHERE channel_id = ? ORDER BY id DESC LIMIT 1',
  );
  const byRef = db.prepare('SELECT entry FROM channel_articles WHERE channel_id = ? AND ref = ?');
  const update = db.prepare(
    'UPDATE channel_articles SET entry = ? WHERE channel_id = ? AND ref = ? AND at = ?',
  );
  const forget = db.prepare('DELETE FROM channel_articles WHERE channel_id = ? AND ref = ?');
  const insert = db.prepare(
    'INSERT INTO channel_articles (channel_id, ref, at, entry) VALUES (?, ?, ?, ?)',
  );
  const trim = db.prepare(
    `DELETE FROM channel_articles WHERE channel_id = ? AND id NOT IN
       (SELECT id FROM channel_articles WHERE channel_id = ? ORDER BY id DESC LIMIT ?)`,
  );
  const parse = (r: Row | undefined) =>
    r ? (JSON.parse(String(r.entry)) as RememberedArticle) : undefined;
  return {
    async getLastArticle(channelId) {
      return parse(last.get(channelId) as Row | undefined);
    },
    async getArticle(channelId, ref) {
      return parse(byRef.get(channelId, ref) as Row | undefined);
    },
    async setLastArticle(channelId, entry) {
      const json = JSON.stringify(entry);
      db.transaction(() => {
        // `more` updates the same article: replace it where it is rather than append; the
        // same article summarized again (a later `at`) is remembered once, as the latest.
        if (update.run(json, channelId, entry.ref, entry.at).changes === 1) return;
        forget.run(channelId, entry.ref);
        insert.run(channelId, entry.ref, entry.at, json);
        trim.run(channelId, channelId, MEMORY_PER_CHANNEL);
      }).immediate();
    },
    async recentArticles(channelId, since) {
      return (
        db
          .prepare(
            'SELECT entry FROM channel_articles WHERE channel_id = ? AND at >= ? ORDER BY id',
          )
          .all(channelId, since.toISOString()) as Row[]
      ).map((r) => JSON.parse(String(r.entry)) as RememberedArticle);
    },
  };
}
