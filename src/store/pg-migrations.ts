import type { Migration } from './migrations.js';

/**
 * The Postgres schema, versioned like the SQLite one (never edit a released migration; add
 * the next). Times are timestamptz; the store hands ISO strings in and out.
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, subscriptions, items, schedules, summaries, deliveries, memory, leases',
    sql: `
CREATE TABLE feeds (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  last_fetched_at TIMESTAMPTZ,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TIMESTAMPTZ,
  failure_reported BOOLEAN NOT NULL DEFAULT false,
  fetch_lease_until TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE subscriptions (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  feed_id BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, channel_id, feed_id)
);
CREATE INDEX subscriptions_by_feed ON subscriptions(feed_id);
CREATE TABLE items (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  feed_id BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  url TEXT,
  canonical_url TEXT,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  content TEXT NOT NULL,
  published_at TIMESTAMPTZ,
  first_seen_at TIMESTAMPTZ NOT NULL,
  UNIQUE (feed_id, guid)
);
CREATE INDEX items_by_first_seen ON items(first_seen_at);
CREATE TABLE seen (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  seen_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, channel_id, item_id)
);
CREATE INDEX seen_by_item ON seen(item_id);
CREATE TABLE schedules (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  weekdays_only BOOLEAN NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  next_due_at TIMESTAMPTZ,
  PRIMARY KEY (platform, channel_id)
);
CREATE INDEX schedules_by_next_due ON schedules(next_due_at NULLS FIRST);
CREATE TABLE summaries (
  key TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  key_points JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE deliveries (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  scheduled_for TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL,
  owner TEXT,
  lease_until TIMESTAMPTZ,
  attempts INTEGER NOT NULL DEFAULT 0,
  story_count INTEGER NOT NULL DEFAULT 0,
  payload JSONB,
  sent INTEGER NOT NULL DEFAULT 0,
  claimed_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  error TEXT,
  PRIMARY KEY (platform, channel_id, scheduled_for)
);
CREATE INDEX deliveries_open ON deliveries(lease_until) WHERE status IN ('claimed', 'posting', 'released');
CREATE TABLE cron_runs (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE channel_articles (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel_id TEXT NOT NULL,
  ref TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  entry JSONB NOT NULL,
  UNIQUE (channel_id, ref)
);
CREATE INDEX channel_articles_by_channel ON channel_articles(channel_id, id);
`,
  },
  {
    version: 2,
    name: 'summary_cache: summaries of requested articles, shared by channels and replicas',
    sql: `
CREATE TABLE summary_cache (
  key TEXT PRIMARY KEY,
  entry JSONB NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'rate_slots: fleet-wide rate limits',
    sql: `
CREATE TABLE rate_slots (
  key TEXT PRIMARY KEY,
  next_at TIMESTAMPTZ NOT NULL
);
`,
  },
  {
    version: 4,
    name: 'schedules.guild_id: a Discord briefing is claimed by the replica running its shard',
    sql: `
ALTER TABLE schedules ADD COLUMN guild_id TEXT;
`,
  },
  {
    version: 7,
    name: 'shown_stories: what each channel was shown of a developing story; summaries.sentences',
    sql: `
ALTER TABLE summaries ADD COLUMN sentences JSONB;
CREATE TABLE shown_stories (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  first_key TEXT NOT NULL,
  story_key TEXT NOT NULL,
  guid TEXT NOT NULL,
  canonical_url TEXT,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  sentences JSONB NOT NULL,
  message_id TEXT,
  message_link TEXT,
  shown_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX shown_stories_by_channel ON shown_stories(platform, channel_id, shown_at);
CREATE INDEX shown_stories_by_time ON shown_stories(shown_at);
`,
  },
  {
    version: 8,
    name: 'subscriptions.filter (only:/except: per feed), channel_settings.length (brief, standard, detailed)',
    sql: `
ALTER TABLE subscriptions ADD COLUMN filter JSONB;
CREATE TABLE channel_settings (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  length TEXT,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, channel_id)
);
`,
  },
];
