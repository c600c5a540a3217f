import pg from 'pg';
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
import type { Migration } from './migrations.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
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
  DueClaim,
  FeedFetchClaim,
  ShownStory,
  StartPosting,
  Store,
} from './store.js';

export interface PgStoreOptions {
  /** Connections in the pool (per replica). */
  readonly poolSize?: number;
  /** Schema to use (created if missing); tests give each test its own. Default: public. */
  readonly schema?: string;
  /**
   * How long an unused connection stays open, in ms (default 10 s; 0: until close). Tests on a
   * fake clock keep them, or every fake minute would close them and open new ones.
   */
  readonly idleMs?: number;
}

type Queryable = Pick<pg.PoolClient, 'query'>;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Serializes migrations between replicas starting at once (any constant key works). */
const MIGRATION_LOCK = 0x6e657773;
const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** Applies the migrations the schema has not seen yet, under an advisory lock, each in its own transaction. */
export async function migratePg(
  pool: pg.Pool,
  migrations: readonly Migration[] = PG_MIGRATIONS,
): Promise<number> {
  const client = await pool.connect();
  let applied = 0;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    for (const m of migrations) {
      await client.query('BEGIN');
      try {
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
          m.version,
        ]);
        if (done.rowCount === 0) {
          await client.query(m.sql);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
            [m.version, m.name],
          );
          applied++;
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}

/** The shared store for several replicas: Postgres through a `pg` pool, migrated on open. */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`schema "${schema}" must be lower-case letters, digits and _`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: options.idleMs ?? 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePg(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new PgStore(pool);
}

class PgStore implements Store {
  readonly memory: ChannelMemory;
  readonly summaryCache: SummaryCache;

  constructor(private readonly pool: pg.Pool) {
    this.memory = pgChannelMemory(this);
    this.summaryCache = {
      get: async (key, since) => {
        const [r] = await this.rows(
          'SELECT entry FROM summary_cache WHERE key = $1 AND created_at >= $2',
          [key, since],
        );
        return r?.entry as CachedSummary | undefined;
      },
      save: async (key, entry, now) => {
        await this.count(
          `INSERT INTO summary_cache (key, entry, created_at) VALUES ($1, $2::jsonb, $3)
           ON CONFLICT (key) DO UPDATE SET entry = excluded.entry, created_at = excluded.created_at`,
          [key, JSON.stringify(entry), now],
        );
      },
    };
  }

  async rows(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<Row[]> {
    return (await db.query(sql, params)).rows as Row[];
  }
  async count(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<number> {
    return (await db.query(sql, params)).rowCount ?? 0;
  }

  /** Runs `fn` in a transaction on one connection; rolls back if it throws. */
  async tx<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async subscribe(channel: ChannelRef, feedUrl: string, now: Date) {
    return this.tx(async (db) => {
      await this.count(
        'INSERT INTO feeds (url, created_at) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING',
        [feedUrl, now],
        db,
      );
      const [row] = await this.rows(
        `SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.url = $1`,
        [feedUrl],
        db,
      );
      const feed = toFeed(row ?? {});
      const added = await this.count(
        `INSERT INTO subscriptions (platform, channel_id, feed_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [channel.platform, channel.channelId, feed.id, now],
        db,
      );
      return { feed, created: added === 1 };
    });
  }

  async unsubscribe(channel: ChannelRef, feedId: number) {
    return (
      (await this.count(
        'DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 AND feed_id = $3',
        [channel.platform, channel.channelId, feedId],
      )) === 1
    );
  }

  async listSubscriptions(channel: ChannelRef) {
    return (
      await this.rows(
        `SELECT ${FEED_COLUMNS}, s.filter FROM subscriptions s JOIN feeds f ON f.id = s.feed_id
         WHERE s.platform = $1 AND s.channel_id = $2 ORDER BY s.created_at, f.id`,
        [channel.platform, channel.channelId],
      )
    ).map(toSubscription);
  }

  async setFilter(channel: ChannelRef, feedId: number, filter: FeedFilter | undefined) {
    return (
      (await this.count(
        'UPDATE subscriptions SET filter = $4::jsonb WHERE platform = $1 AND channel_id = $2 AND feed_id = $3',
        [channel.platform, channel.channelId, feedId, filter ? JSON.stringify(filter) : null],
      )) === 1
    );
  }

  async getLength(channel: ChannelRef) {
    const [r] = await this.rows(
      'SELECT length FROM channel_settings WHERE platform = $1 AND channel_id = $2',
      [channel.platform, channel.channelId],
    );
    return toLength(r?.length);
  }

  async setLength(channel: ChannelRef, length: SummaryLength, now: Date) {
    await this.count(
      `INSERT INTO channel_settings (platform, channel_id, length, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, channel_id) DO UPDATE SET length = excluded.length, updated_at = excluded.updated_at`,
      [channel.platform, channel.channelId, length, now],
    );
  }

  async subscribersOf(feedId: number) {
    return (
      await this.rows(
        'SELECT platform, channel_id FROM subscriptions WHERE feed_id = $1 ORDER BY created_at',
        [feedId],
      )
    ).map((r) => ({ platform: String(r.platform) as Platform, channelId: String(r.channel_id) }));
  }

  async listSubscribedFeeds() {
    return (
      await this.rows(
        `SELECT ${FEED_COLUMNS} FROM feeds f WHERE EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id) ORDER BY f.id`,
      )
    ).map(toFeed);
  }

  async recordFeedSuccess(feedId: number, u: Parameters<Store['recordFeedSuccess']>[1]) {
    await this.count(
      `UPDATE feeds SET title = COALESCE($1, title),
         etag = CASE WHEN $2 THEN $3 ELSE etag END,
         last_modified = CASE WHEN $2 THEN $4 ELSE last_modified END, last_fetched_at = $5,
         failures = 0, last_error = NULL, next_attempt_at = NULL, failure_reported = false,
         fetch_lease_until = NULL
       WHERE id = $6`,
      [
        u.title ?? null,
        u.validators !== undefined,
        u.validators?.etag ?? null,
        u.validators?.lastModified ?? null,
        u.now,
        feedId,
      ],
    );
  }

  async recordFeedFailure(feedId: number, f: Parameters<Store['recordFeedFailure']>[1]) {
    const [row] = await this.rows(
      `UPDATE feeds f SET failures = failures + 1, last_error = $1, last_fetched_at = $2,
         next_attempt_at = $3, fetch_lease_until = NULL
       WHERE id = $4 RETURNING ${FEED_COLUMNS}`,
      [f.error, f.now, f.retryAt, feedId],
    );
    return toFeed(row ?? {});
  }

  async getFeed(feedId: number, now = new Date()) {
    const [r] = await this.rows(
      `SELECT ${FEED_COLUMNS}, f.fetch_lease_until > $2 AS fetching FROM feeds f WHERE f.id = $1`,
      [feedId, now],
    );
    return r ? { ...toFeed(r), fetching: r.fetching === true } : undefined;
  }

  async markFailureReported(feedId: number) {
    await this.count('UPDATE feeds SET failure_reported = true WHERE id = $1', [feedId]);
  }

  async claimFeedFetch(feedId: number, c: FeedFetchClaim) {
    // Under READ COMMITTED a second UPDATE waits for the first, then re-checks the
    // conditions against the row it left: one replica wins.
    return (
      (await this.count(
        `UPDATE feeds SET fetch_lease_until = $2
         WHERE id = $1 AND (fetch_lease_until IS NULL OR fetch_lease_until <= $3)
           AND (next_attempt_at IS NULL OR next_attempt_at <= $3)
           AND (failures > 0 OR last_fetched_at IS NULL OR last_fetched_at <= $4)`,
        [feedId, later(c.now, c.leaseMs), c.now, later(c.now, -c.freshForMs)],
      )) === 1
    );
  }

  async saveItems(feedId: number, items: readonly FeedItem[], now: Date) {
    if (items.length === 0) return 0;
    // One statement for the whole feed; xmax = 0 marks the rows that were inserted, not updated.
    const unique = [...new Map(items.map((it) => [it.guid, it])).values()];
    const col = <K extends keyof FeedItem>(k: K) => unique.map((it) => it[k] ?? null);
    const rows = await this.rows(
      `INSERT INTO items (feed_id, guid, url, canonical_url, title, lede, content, published_at, first_seen_at)
       SELECT $1, * , $9 FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
       ON CONFLICT (feed_id, guid) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
         title = excluded.title, lede = excluded.lede, content = excluded.content,
         published_at = COALESCE(excluded.published_at, items.published_at)
       RETURNING (xmax = 0) AS inserted`,
      [
        feedId,
        col('guid'),
        col('url'),
        col('canonicalUrl'),
        col('title'),
        col('lede'),
        col('content'),
        col('publishedAt'),
        now,
      ],
    );
    return rows.filter((r) => r.inserted === true).length;
  }

  async latestItems(feedId: number, limit: number) {
    return (
      await this.rows(`${ITEM_SELECT} WHERE i.feed_id = $1 ${LATEST_ITEMS_ORDER} LIMIT $2`, [
        feedId,
        limit,
      ])
    ).map(toItem);
  }

  async unseenItems(channel: ChannelRef, w: Parameters<Store['unseenItems']>[1]) {
    return (
      await this.rows(
        `${ITEM_SELECT}
         JOIN subscriptions s ON s.feed_id = i.feed_id AND s.platform = $1 AND s.channel_id = $2
         WHERE (i.first_seen_at >= $3 OR i.published_at >= $3)
           AND COALESCE(i.published_at, i.first_seen_at) >= $4
           AND NOT EXISTS (SELECT 1 FROM seen x WHERE x.platform = s.platform AND x.channel_id = s.channel_id AND x.item_id = i.id)
         ORDER BY COALESCE(i.published_at, i.first_seen_at) DESC, i.id`,
        [channel.platform, channel.channelId, w.since, w.notBefore],
      )
    ).map(toItem);
  }

  async seenItems(channel: ChannelRef, since: Date) {
    return (
      await this.rows(
        `${ITEM_SELECT} JOIN seen x ON x.item_id = i.id
         WHERE x.platform = $1 AND x.channel_id = $2 AND x.seen_at >= $3 ORDER BY x.seen_at, i.id`,
        [channel.platform, channel.channelId, since],
      )
    ).map(toItem);
  }

  async markSeen(channel: ChannelRef, itemIds: readonly number[], now: Date, db?: Queryable) {
    if (itemIds.length === 0) return;
    await this.count(
      `INSERT INTO seen (platform, channel_id, item_id, seen_at)
       SELECT $1, $2, id, $4 FROM unnest($3::bigint[]) AS id ON CONFLICT DO NOTHING`,
      [channel.platform, channel.channelId, itemIds, now],
      db,
    );
  }

  async pruneItems(before: Date) {
    await this.count('DELETE FROM shown_stories WHERE shown_at < $1', [before]);
    return this.count('DELETE FROM items WHERE first_seen_at < $1', [before]);
  }

  async recordShown(channel: ChannelRef, stories: readonly ShownStory[], now: Date) {
    if (stories.length === 0) return;
    await this.count(
      `INSERT INTO shown_stories (platform, channel_id, first_key, story_key, guid, canonical_url,
         title, lede, sentences, message_id, message_link, shown_at)
       SELECT $1, $2, s->>'firstKey', s->>'storyKey', s->>'guid', s->>'canonicalUrl', s->>'title',
         s->>'lede', s->'sentences', s->'message'->>'id', s->'message'->>'link', $4
       FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(s, n) ORDER BY n`,
      [channel.platform, channel.channelId, JSON.stringify(stories), now],
    );
  }

  async shownStories(channel: ChannelRef, since: Date) {
    return (
      await this.rows(
        'SELECT * FROM shown_stories WHERE platform = $1 AND channel_id = $2 AND shown_at >= $3 ORDER BY shown_at, id',
        [channel.platform, channel.channelId, since],
      )
    ).map(toShownStory);
  }

  async setSchedule(
    channel: Parameters<Store['setSchedule']>[0],
    s: Parameters<Store['setSchedule']>[1],
    now: Date,
  ) {
    await this.count(
      `INSERT INTO schedules (platform, channel_id, time, time_zone, weekdays_only, updated_at, next_due_at, guild_id)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)
       ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
         weekdays_only = excluded.weekdays_only, updated_at = excluded.updated_at, next_due_at = NULL,
         guild_id = excluded.guild_id`,
      [
        channel.platform,
        channel.channelId,
        s.time,
        s.timeZone,
        s.weekdaysOnly,
        now,
        channel.guildId ?? null,
      ],
    );
  }

  async removeSchedule(channel: ChannelRef) {
    return (
      (await this.count('DELETE FROM schedules WHERE platform = $1 AND channel_id = $2', [
        channel.platform,
        channel.channelId,
      ])) === 1
    );
  }

  async getSchedule(channel: ChannelRef) {
    const [r] = await this.rows('SELECT * FROM schedules WHERE platform = $1 AND channel_id = $2', [
      channel.platform,
      channel.channelId,
    ]);
    return r ? toSchedule(r) : undefined;
  }

  async listSchedules() {
    return (await this.rows('SELECT * FROM schedules ORDER BY platform, channel_id')).map(
      toSchedule,
    );
  }

  async getSummary(key: string) {
    return (await this.getSummaries([key])).get(key);
  }

  async getSummaries(keys: readonly string[]) {
    const rows = await this.rows(
      'SELECT key, title, lede, key_points, sentences FROM summaries WHERE key = ANY($1::text[])',
      [keys],
    );
    return new Map(rows.map((r) => [String(r.key), toSummary(r)]));
  }

  async saveSummary(key: string, s: Parameters<Store['saveSummary']>[1], now: Date) {
    await this.count(
      `INSERT INTO summaries (key, title, lede, key_points, sentences, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
       ON CONFLICT (key) DO UPDATE SET title = excluded.title, lede = excluded.lede,
         key_points = excluded.key_points, sentences = excluded.sentences, created_at = excluded.created_at`,
      [
        key,
        s.title,
        s.lede,
        JSON.stringify(s.keyPoints),
        s.sentences ? JSON.stringify(s.sentences) : null,
        now,
      ],
    );
  }

  async claimDelivery(
    key: DeliveryKey,
    owner: string,
    lease: Parameters<Store['claimDelivery']>[2],
  ) {
    const k = [key.platform, key.channelId, key.scheduledFor];
    const until = later(lease.now, lease.leaseMs);
    return this.tx(async (db) => {
      const inserted = await this.count(
        `INSERT INTO deliveries (platform, channel_id, scheduled_for, status, owner, lease_until, attempts, claimed_at)
         VALUES ($1, $2, $3, 'claimed', $4, $5, 1, $6) ON CONFLICT DO NOTHING`,
        [...k, owner, until, lease.now],
        db,
      );
      if (inserted === 1) return true;
      const [row] = await this.rows(
        `SELECT status, lease_until, attempts FROM deliveries
         WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3 FOR UPDATE`,
        k,
        db,
      );
      if (!row) return false;
      const status = String(row.status);
      const expired =
        status === 'claimed' && (text(row.lease_until) ?? '') <= lease.now.toISOString();
      if (status !== 'released' && !expired) return false;
      if (Number(row.attempts) >= lease.maxAttempts) {
        await this.count(
          `UPDATE deliveries SET status = 'failed', owner = NULL, finished_at = $4,
             error = COALESCE(error, 'gave up after repeated attempts')
           WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3`,
          [...k, lease.now],
          db,
        );
        return false;
      }
      await this.count(
        `UPDATE deliveries SET status = 'claimed', owner = $4, lease_until = $5, attempts = attempts + 1, claimed_at = $6
         WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3`,
        [...k, owner, until, lease.now],
        db,
      );
      return true;
    });
  }

  async claimDueBriefings(owner: string, c: DueClaim): Promise<ClaimedBriefing[]> {
    const until = later(c.now, c.leaseMs);
    // An idle tick (most minutes, on every replica) costs one statement and no transaction.
    const [work] = await this.rows(
      `SELECT EXISTS (SELECT 1 FROM schedules s WHERE ${dueWhere(c.scope, 2)})
         OR EXISTS (SELECT 1 FROM ${STALE_DELIVERIES} AND ${pgScope(c.scope, 2)}) AS any`,
      [c.now, ...pgScopeParams(c.scope)],
    );
    if (!work?.any) return [];
    return this.tx(async (db) => {
      // Schedules whose time has come; another replica's locked rows are skipped, not waited for.
      const due = (
        await this.rows(
          `SELECT * FROM schedules s WHERE ${dueWhere(c.scope, 3)}
           ORDER BY next_due_at NULLS FIRST LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [c.now, c.limit, ...pgScopeParams(c.scope)],
          db,
        )
      ).map(toSchedule);
      const plans = due.map((s) => ({ s, plan: c.plan(s, c.now) }));
      const deliver = plans.filter((p) => p.plan.deliverAt);
      const claimed: ClaimedBriefing[] = [];
      if (deliver.length > 0) {
        const inserted = await this.rows(
          `INSERT INTO deliveries (platform, channel_id, scheduled_for, status, owner, lease_until, attempts, claimed_at)
           SELECT p, ch, at, 'claimed', $4, $5, 1, $6 FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS u(p, ch, at)
           ON CONFLICT DO NOTHING RETURNING platform, channel_id, scheduled_for`,
          [
            deliver.map((p) => p.s.platform),
            deliver.map((p) => p.s.channelId),
            deliver.map((p) => p.plan.deliverAt),
            owner,
            until,
            c.now,
          ],
          db,
        );
        const byChannel = new Map(deliver.map((p) => [`${p.s.platform}:${p.s.channelId}`, p.s]));
        for (const r of inserted) {
          const schedule = byChannel.get(`${r.platform}:${r.channel_id}`);
          if (!schedule) continue;
          claimed.push({
            ...schedule,
            scheduledFor: text(r.scheduled_for) ?? '',
            schedule,
            sent: 0,
          });
        }
      }
      if (plans.length > 0)
        await this.count(
          `UPDATE schedules s SET next_due_at = u.next FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS u(p, ch, next)
           WHERE s.platform = u.p AND s.channel_id = u.ch`,
          [
            plans.map((p) => p.s.platform),
            plans.map((p) => p.s.channelId),
            plans.map((p) => p.plan.nextDue ?? new Date(NEVER_DUE)),
          ],
          db,
        );
      const room = c.limit - claimed.length;
      if (room <= 0) return claimed;
      // Deliveries given back, or whose owner stopped renewing its lease (it died).
      const stale = await this.rows(
        `SELECT d.platform, d.channel_id, d.scheduled_for, d.status, d.attempts, d.sent, d.payload::text AS payload,
           s.time, s.time_zone, s.weekdays_only, s.updated_at
         FROM ${STALE_DELIVERIES} AND ${pgScope(c.scope, 3)}
         ORDER BY d.scheduled_for LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
        [c.now, room, ...pgScopeParams(c.scope)],
        db,
      );
      const tooOld = later(c.now, -c.catchUpMs).toISOString();
      for (const r of stale) {
        const k = [r.platform, r.channel_id, r.scheduled_for];
        const scheduledFor = text(r.scheduled_for) ?? '';
        const posting = r.status === 'posting';
        // Never posted and too old: given up. Cut short mid-way: always finished.
        const late = !posting && scheduledFor < tooOld;
        if (late || Number(r.attempts) >= c.maxAttempts) {
          await this.count(
            `UPDATE deliveries SET status = 'failed', owner = NULL, lease_until = NULL, finished_at = $4,
               error = COALESCE(error, $5) WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3`,
            [...k, c.now, late ? 'too late to send' : 'gave up after repeated attempts'],
            db,
          );
          continue;
        }
        await this.count(
          `UPDATE deliveries SET status = $4, owner = $5, lease_until = $6, attempts = attempts + 1, claimed_at = $7
           WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3`,
          [...k, posting ? 'posting' : 'claimed', owner, until, c.now],
          db,
        );
        claimed.push({
          platform: String(r.platform) as Platform,
          channelId: String(r.channel_id),
          scheduledFor,
          schedule: r.time === null ? undefined : toSchedule(r),
          payload: posting ? text(r.payload) : undefined,
          sent: posting ? Number(r.sent) : 0,
        });
      }
      return claimed;
    });
  }

  async startPosting(key: DeliveryKey, owner: string, p: StartPosting) {
    return (
      (await this.count(
        `UPDATE deliveries SET status = 'posting', lease_until = $5, payload = $6::jsonb, sent = 0
         WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3 AND owner = $4 AND status = 'claimed'`,
        [key.platform, key.channelId, key.scheduledFor, owner, later(p.now, p.leaseMs), p.payload],
      )) === 1
    );
  }

  async recordSent(key: DeliveryKey, owner: string, sent: number, leaseUntil: Date) {
    return (
      (await this.count(
        `UPDATE deliveries SET sent = $5, lease_until = $6
         WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3 AND owner = $4 AND status = 'posting'`,
        [key.platform, key.channelId, key.scheduledFor, owner, sent, leaseUntil],
      )) === 1
    );
  }

  async finishDelivery(
    key: DeliveryKey,
    owner: string,
    done: Parameters<Store['finishDelivery']>[2],
  ) {
    // One statement, so one round trip: the delivery is finished and, only if this owner
    // still held it, its items are marked seen (a data-modifying WITH runs exactly once).
    await this.count(
      `WITH done AS (
         UPDATE deliveries SET status = $5, story_count = $6, finished_at = $7, lease_until = NULL,
           error = NULL, payload = NULL, sent = COALESCE($8, sent)
         WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3 AND owner = $4 AND status IN ('claimed', 'posting')
         RETURNING platform, channel_id)
       INSERT INTO seen (platform, channel_id, item_id, seen_at)
       SELECT done.platform, done.channel_id, id, $7 FROM done, unnest($9::bigint[]) AS id
       ON CONFLICT DO NOTHING`,
      [
        key.platform,
        key.channelId,
        key.scheduledFor,
        owner,
        done.status,
        done.storyCount,
        done.now,
        done.sent ?? null,
        done.itemIds,
      ],
    );
  }

  async releaseDelivery(key: DeliveryKey, owner: string, error?: string, retryAt?: Date) {
    await this.count(
      `UPDATE deliveries SET status = 'released', owner = NULL, lease_until = $5, error = $6
       WHERE platform = $1 AND channel_id = $2 AND scheduled_for = $3 AND owner = $4 AND status IN ('claimed', 'posting')`,
      [key.platform, key.channelId, key.scheduledFor, owner, retryAt ?? null, error ?? null],
    );
  }

  async lastDelivered(channel: ChannelRef) {
    const [r] = await this.rows(
      `SELECT MAX(scheduled_for) AS at FROM deliveries
       WHERE platform = $1 AND channel_id = $2 AND status IN ('sent', 'empty')`,
      [channel.platform, channel.channelId],
    );
    return text(r?.at);
  }

  async listDeliveries(channel?: ChannelRef) {
    const rows = channel
      ? await this.rows(
          'SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2 ORDER BY scheduled_for',
          [channel.platform, channel.channelId],
        )
      : await this.rows('SELECT * FROM deliveries ORDER BY scheduled_for, platform, channel_id');
    return rows.map(toDelivery);
  }

  async reserveSlot(key: string, spacingMs: number, now: Date) {
    // One statement: the row lock orders concurrent callers, each gets the next slot.
    const [r] = await this.rows(
      `INSERT INTO rate_slots AS r (key, next_at) VALUES ($1, $2::timestamptz + make_interval(secs => $3))
       ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(r.next_at, $2::timestamptz) + make_interval(secs => $3)
       RETURNING r.next_at - make_interval(secs => $3) AS slot`,
      [key, now, spacingMs / 1000],
    );
    return r?.slot instanceof Date ? r.slot : now;
  }

  async acquireRun(key: string, owner: string, ttlMs: number, now: Date) {
    // Takes the key when free or expired, in one statement (the row lock settles a race).
    return (
      (await this.count(
        `INSERT INTO cron_runs (key, owner, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE cron_runs.expires_at <= $4`,
        [key, owner, later(now, ttlMs), now],
      )) === 1
    );
  }

  async releaseRun(key: string, owner: string) {
    await this.count('DELETE FROM cron_runs WHERE key = $1 AND owner = $2', [key, owner]);
  }

  async ping() {
    await this.pool.query('SELECT 1');
  }

  async close() {
    if (!this.pool.ended) await this.pool.end();
  }
}

/**
 * The WHERE condition for a claim's scope over the schedules row `s` (a delivery query joins
 * it), numbering its parameters from $first; pgScopeParams gives them in the same order.
 */
/** Schedules (`s`) whose time has come at $1, within the claim's scope. */
function dueWhere(scope: DueClaim['scope'], first: number): string {
  return `(next_due_at IS NULL OR next_due_at <= $1) AND ${pgScope(scope, first)}`;
}

/** Deliveries (`d`, with their schedule `s`) given back, or whose owner's lease ran out by $1. */
const STALE_DELIVERIES = `deliveries d LEFT JOIN schedules s ON s.platform = d.platform AND s.channel_id = d.channel_id
  WHERE ((d.status = 'released' AND (d.lease_until IS NULL OR d.lease_until <= $1))
     OR (d.status IN ('claimed', 'posting') AND d.lease_until <= $1))`;

function pgScope(scope: DueClaim['scope'], first: number): string {
  const parts: string[] = [];
  let n = first;
  if (scope?.platforms) parts.push(`s.platform = ANY($${n++}::text[])`);
  if (scope?.discordShards)
    // Discord's rule, (guild_id >> 22) % shard_count; no guild (a DM) is shard 0's.
    parts.push(
      `(s.platform IS NULL OR s.platform <> 'discord' OR (COALESCE(s.guild_id::bigint >> 22, 0) % $${n++}) = ANY($${n++}::int[]))`,
    );
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}

function pgScopeParams(scope: DueClaim['scope']): unknown[] {
  return [
    ...(scope?.platforms ? [scope.platforms] : []),
    ...(scope?.discordShards ? [scope.discordShards.count, scope.discordShards.ids] : []),
  ];
}

/** ChannelMemory over channel_articles: the last MEMORY_PER_CHANNEL articles per channel, shared by all replicas. */
function pgChannelMemory(store: PgStore): ChannelMemory {
  const parse = (r: Row | undefined) => r?.entry as RememberedArticle | undefined;
  return {
    async getLastArticle(channelId) {
      const [r] = await store.rows(
        'SELECT entry FROM channel_articles WHERE channel_id = $1 ORDER BY id DESC LIMIT 1',
        [channelId],
      );
      return parse(r);
    },
    async getArticle(channelId, ref) {
      const [r] = await store.rows(
        'SELECT entry FROM channel_articles WHERE channel_id = $1 AND ref = $2',
        [channelId, ref],
      );
      return parse(r);
    },
    async setLastArticle(channelId, entry) {
      const json = JSON.stringify(entry);
      await store.tx(async (db) => {
        // `more` updates the same article: replace it where it is rather than append; the
        // same article summarized again (a later `at`) is remembered once, as the latest.
        const updated = await store.count(
          'UPDATE channel_articles SET entry = $4::jsonb WHERE channel_id = $1 AND ref = $2 AND at = $3',
          [channelId, entry.ref, entry.at, json],
          db,
        );
        if (updated === 1) return;
        await store.count(
          'DELETE FROM channel_articles WHERE channel_id = $1 AND ref = $2',
          [channelId, entry.ref],
          db,
        );
        await store.count(
          'INSERT INTO channel_articles (channel_id, ref, at, entry) VALUES ($1, $2, $3, $4::jsonb)',
          [channelId, entry.ref, entry.at, json],
          db,
        );
        await store.count(
          `DELETE FROM channel_articles WHERE channel_id = $1 AND id NOT IN
             (SELECT id FROM channel_articles WHERE channel_id = $1 ORDER BY id DESC LIMIT $2)`,
          [channelId, MEMORY_PER_CHANNEL],
          db,
        );
      });
    },
    async recentArticles(channelId, since) {
      return (
        await store.rows(
          'SELECT entry FROM channel_articles WHERE channel_id = $1 AND at >= $2 ORDER BY id',
          [channelId, since],
        )
      ).map((r) => r.entry as RememberedArticle);
    },
  };
}
