import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, parseDatabaseUrl, searchPathSchema } from '../../src/store/open-store.js';
import { migrate, openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { testTmpDir } from '../support/tmp.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = testTmpDir('newsbrief-store-');
  dirs.push(dir);
  return join(dir, 'nested', 'newsbrief.db');
}
function open(path = ':memory:'): Store {
  const s = openSqliteStore(path);
  stores.push(s);
  return s;
}

const chan = { platform: 'slack' as const, channelId: 'C1' };
const t0 = new Date('2026-03-24T06:00:00Z');

describe('SQLite store', () => {
  it('GIVEN a new path THEN the file and folder are created and migrations run once, versioned', async () => {
    const path = tempDb();
    const first = open(path);
    await first.setSchedule(
      chan,
      { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: false },
      t0,
    );
    await first.close();
    const again = open(path);
    expect((await again.listSchedules()).map((s) => s.schedule.time)).toEqual(['07:30']);
    await again.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
      { version: 5 },
      { version: 6 },
      { version: 7 },
      { version: 8 },
    ]);
    db.close();
  });

  it('GIVEN a database from before filters and lengths THEN its subscriptions survive the migration, unfiltered, and take a filter', async () => {
    const path = tempDb();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    old
      .prepare(
        "INSERT INTO feeds (id, url, created_at) VALUES (1, 'https://news.example/rss', 'x')",
      )
      .run();
    old
      .prepare(
        "INSERT INTO subscriptions (platform, channel_id, feed_id, created_at) VALUES ('slack', 'C1', 1, 'x')",
      )
      .run();
    old.close();
    const s = open(path);
    const [sub] = await s.listSubscriptions(chan);
    expect(sub).toMatchObject({ id: 1, url: 'https://news.example/rss' });
    expect(sub?.filter).toBeUndefined();
    expect(await s.getLength(chan)).toBeUndefined();
    expect(await s.setFilter(chan, 1, { only: ['rates'], except: [] })).toBe(true);
    expect((await s.listSubscriptions(chan))[0]?.filter).toEqual({ only: ['rates'], except: [] });
  });

  it('GIVEN DATABASE_URL forms THEN paths, sqlite: and postgres:// URLs are told apart, others are a clear error', async () => {
    expect(parseDatabaseUrl('./data/x.db')).toEqual({
      ok: true,
      value: { kind: 'sqlite', path: './data/x.db' },
    });
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toMatchObject({
      value: { path: './data/x.db' },
    });
    expect(parseDatabaseUrl('sqlite:///var/lib/nb.db')).toMatchObject({
      value: { path: '/var/lib/nb.db' },
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toMatchObject({ value: { path: ':memory:' } });
    expect(parseDatabaseUrl('postgres://user:pw@db.example/newsbrief')).toMatchObject({
      value: { kind: 'postgres' },
    });
    // A schema named in search_path is created on start, like the tables in it.
    expect(searchPathSchema('postgres://h/db?options=-c%20search_path%3Dnewsbrief')).toBe(
      'newsbrief',
    );
    expect(searchPathSchema('postgres://h/db?options=-c%20search_path%3D%22a%22,b')).toBe(
      undefined,
    );
    expect(searchPathSchema('postgres://h/db')).toBe(undefined);
    const down = await openStore('postgres://newsbrief:secret@127.0.0.1:1/newsbrief');
    expect(down).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    if (!down.ok) {
      expect(down.error.message).toMatch(
        /^DATABASE_URL: cannot open postgres:\/\/newsbrief:\*\*\*@127\.0\.0\.1:1/,
      );
      expect(down.error.message).not.toMatch(/secret/);
    }
    expect(await openStore('mysql://x/y')).toMatchObject({
      ok: false,
      error: { code: 'not_configured' },
    });
  });

  it('GIVEN articles remembered before refs existed THEN migration 2 gives each a ref they can be found by', async () => {
    const path = tempDb();
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 1));
    const legacy = {
      article: { text: 'Old text.' },
      summary: { title: 'Old', lede: 'L', keyPoints: [], quotes: [], stats: {} },
      pointsShown: 2,
      at: '2026-03-20T06:00:00.000Z',
    };
    const row = db
      .prepare('INSERT INTO channel_articles (channel_id, at, entry) VALUES (?, ?, ?)')
      .run('C1', legacy.at, JSON.stringify(legacy));
    db.close();
    const s = open(path);
    const ref = `legacy-${row.lastInsertRowid}`;
    expect(await s.memory.getLastArticle('C1')).toMatchObject({ ref, pointsShown: 2 });
    expect((await s.memory.getArticle('C1', ref))?.summary.title).toBe('Old');
  });
});
