/** Schema versions, applied in order once each; never edit a released one, add the next. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, subscriptions, items, schedules, summaries, deliveries, memory',
    sql: `
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  last_fetched_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT,
  failure_reported INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE subscriptions (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id, feed_id)
);
CREATE INDEX subscriptions_by_feed ON subscriptions(feed_id);
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  url TEXT,
  canonical_url TEXT,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  content TEXT NOT NULL,
  published_at TEXT,
  first_seen_at TEXT NOT NULL,
  UNIQUE (feed_id, guid)
);
CREATE INDEX items_by_first_seen ON items(first_seen_at);
CREATE TABLE seen (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id, item_id)
);
CREATE INDEX seen_by_item ON seen(item_id);
CREATE TABLE schedules (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  weekdays_only INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id)
);
CREATE TABLE summaries (
  key TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  key_points TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE deliveries (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  scheduled_for TEXT NOT NULL,
  status TEXT NOT NULL,
  owner TEXT,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  story_count INTEGER NOT NULL DEFAULT 0,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  error TEXT,
  PRIMARY KEY (platform, channel_id, scheduled_for)
);
CREATE TABLE cron_runs (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE channel_articles (
  id INTEGER PRIMARY KEY,
  channel_id TEXT NOT NULL,
  at TEXT NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX channel_articles_by_channel ON channel_articles(channel_id, id);
`,
  },
  {
    version: 2,
    name: 'channel_articles.ref: a stable reference per remembered article (for buttons)',
    // Articles remembered before refs existed get one from their row id, in the column and
    // in the stored entry alike, so every entry has one.
    sql: `
ALTER TABLE channel_articles ADD COLUMN ref TEXT;
UPDATE channel_articles SET ref = 'legacy-' || id, entry = json_set(entry, '$.ref', 'legacy-' || id);
CREATE UNIQUE INDEX channel_articles_by_ref ON channel_articles(channel_id, ref);
`,
  },
  {
    version: 3,
    name: 'schedules.next_due_at (batch claims), deliveries.payload and sent (resume after a crash), feeds.fetch_lease_until',
    sql: `
ALTER TABLE schedules ADD COLUMN next_due_at TEXT;
CREATE INDEX schedules_by_next_due ON schedules(next_due_at);
ALTER TABLE deliveries ADD COLUMN payload TEXT;
ALTER TABLE deliveries ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deliveries_open ON deliveries(lease_until) WHERE status IN ('claimed', 'posting', 'released');
ALTER TABLE feeds ADD COLUMN fetch_lease_until TEXT;
`,
  },
  {
    version: 4,
    name: 'summary_cache: summaries of requested articles, shared by channels and replicas',
    sql: `
CREATE TABLE summary_cache (
  key TEXT PRIMARY KEY,
  entry TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`,
  },
  {
    version: 5,
    name: 'rate_slots: fleet-wide rate limits',
    sql: `
CREATE TABLE rate_slots (
  key TEXT PRIMARY KEY,
  next_at TEXT NOT NULL
);
`,
  },
  {
    version: 6,
    name: 'schedules.guild_id: a Discord briefing is claimed by the replica running its shard',
    sql: `
ALTER TABLE schedules ADD COLUMN guild_id TEXT;
`,
  },
  {
    version: 7,
    name: 'shown_stories: what each channel was shown of a developing story; summaries.sentences',
    sql: `
ALTER TABLE summaries ADD COLUMN sentences TEXT;
CREATE TABLE shown_stories (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  first_key TEXT NOT NULL,
  story_key TEXT NOT NULL,
  guid TEXT NOT NULL,
  canonical_url TEXT,
  title TEXT NOT NULL,
  lede TEXT NOT NULL,
  sentences TEXT NOT NULL,
  message_id TEXT,
  message_link TEXT,
  shown_at TEXT NOT NULL
);
CREATE INDEX shown_stories_by_channel ON shown_stories(platform, channel_id, shown_at);
CREATE INDEX shown_stories_by_time ON shown_stories(shown_at);
`,
  },
  {
    version: 8,
    name: 'subscriptions.filter (only:/except: per feed), channel_settings.length (brief, standard, detailed)',
    sql: `
ALTER TABLE subscriptions ADD COLUMN filter TEXT;
CREATE TABLE channel_settings (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  length TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel_id)
);
`,
  },
];
