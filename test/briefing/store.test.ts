import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, parseDatabaseUrl } from '../../src/store/open-store.js';
import { migrate, openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-store-'));
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
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const lease = (min: number) => ({ now: at(min), leaseMs: 5 * 60_000, maxAttempts: 3 });
const key = { ...chan, scheduledFor: '2026-03-24T06:30:00.000Z' };

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
    ]);
    db.close();
  });

  it('GIVEN DATABASE_URL forms THEN paths and sqlite: URLs open, postgres:// is a clear error', () => {
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
    const pg = openStore('postgres://user@db.example/newsbrief');
    expect(pg).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    if (!pg.ok) expect(pg.error.message).toMatch(/Postgres is not supported yet/);
    expect(openStore('mysql://x/y')).toMatchObject({
      ok: false,
      error: { code: 'not_configured' },
    });
  });

  it('GIVEN items saved twice THEN known GUIDs are updated, only new ones counted, and seen ones left out', async () => {
    const s = open();
    const { feed } = await s.subscribe(chan, 'https://news.example/rss', t0);
    const item = (guid: string, title: string) => ({
      guid,
      title,
      lede: `${title}.`,
      content: '',
      url: `https://news.example/${guid}`,
    });
    expect(await s.saveItems(feed.id, [item('a', 'A'), item('b', 'B')], t0)).toBe(2);
    expect(await s.saveItems(feed.id, [item('a', 'A2'), item('c', 'C')], at(10))).toBe(1);
    const window = { since: at(-60), notBefore: at(-3000) };
    const unseen = await s.unseenItems(chan, window);
    expect(unseen.map((i) => i.title).sort()).toEqual(['A2', 'B', 'C']);
    await s.markSeen(
      chan,
      unseen.filter((i) => i.title !== 'C').map((i) => i.id),
      at(20),
    );
    expect((await s.unseenItems(chan, window)).map((i) => i.title)).toEqual(['C']);
    expect((await s.seenItems(chan, at(0))).map((i) => i.title).sort()).toEqual(['A2', 'B']);
    expect(await s.unseenItems({ platform: 'discord', channelId: 'C1' }, window)).toEqual([]);
  });

  it('GIVEN a claimed delivery THEN a second claim fails until the lease expires, and a posting one is never retaken', async () => {
    const s = open();
    expect(await s.claimDelivery(key, 'A', lease(0))).toBe(true);
    expect(await s.claimDelivery(key, 'B', lease(1))).toBe(false);
    expect(await s.claimDelivery(key, 'B', lease(6))).toBe(true);
    expect(await s.startPosting(key, 'A', at(7))).toBe(false);
    expect(await s.startPosting(key, 'B', at(7))).toBe(true);
    expect(await s.claimDelivery(key, 'C', lease(60))).toBe(false);
    await s.finishDelivery(key, 'B', { status: 'sent', itemIds: [], storyCount: 3, now: at(8) });
    expect(await s.claimDelivery(key, 'C', lease(61))).toBe(false);
    expect(await s.lastDelivered(chan)).toBe(key.scheduledFor);
    expect((await s.listDeliveries(chan))[0]).toMatchObject({
      status: 'sent',
      owner: 'B',
      attempts: 2,
      storyCount: 3,
    });
  });

  it('GIVEN a released delivery THEN it can be claimed again, up to the attempt limit', async () => {
    const s = open();
    for (let i = 0; i < 3; i++) {
      expect(await s.claimDelivery(key, `P${i}`, lease(i))).toBe(true);
      await s.releaseDelivery(key, `P${i}`, 'boom');
    }
    expect(await s.claimDelivery(key, 'P3', lease(4))).toBe(false);
    expect((await s.listDeliveries())[0]).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('GIVEN two connections to one file THEN only one wins a run key and a delivery claim', async () => {
    const path = tempDb();
    const a = open(path);
    const b = open(path);
    expect(await a.acquireRun('briefing:x:2026-03-24T06:30:00.000Z', 'A', 60_000, t0)).toBe(true);
    expect(await b.acquireRun('briefing:x:2026-03-24T06:30:00.000Z', 'B', 60_000, t0)).toBe(false);
    expect(await b.acquireRun('briefing:x:2026-03-24T06:30:00.000Z', 'B', 60_000, at(2))).toBe(
      true,
    );
    const claims = await Promise.all([
      a.claimDelivery(key, 'A', lease(0)),
      b.claimDelivery(key, 'B', lease(0)),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('GIVEN channel memory THEN the last article is kept, replaced by `more`, and listed since a time', async () => {
    const s = open();
    const entry = (at: string, title: string) => ({
      ref: title.toLowerCase(),
      article: { text: 'Some text.', title },
      summary: {
        title,
        lede: 'L',
        keyPoints: [],
        quotes: [],
        stats: { sentences: 1, words: 2, removedLines: 0 },
      },
      pointsShown: 0,
      at,
    });
    await s.memory.setLastArticle('C1', entry('2026-03-24T06:00:00.000Z', 'One'));
    await s.memory.setLastArticle('C1', entry('2026-03-24T07:00:00.000Z', 'Two'));
    await s.memory.setLastArticle('C1', {
      ...entry('2026-03-24T07:00:00.000Z', 'Two'),
      pointsShown: 6,
    });
    expect((await s.memory.getLastArticle('C1'))?.pointsShown).toBe(6);
    expect(await s.memory.getLastArticle('C2')).toBeUndefined();
    const recent = await s.memory.recentArticles('C1', new Date('2026-03-24T06:30:00Z'));
    expect(recent.map((r) => r.summary.title)).toEqual(['Two']);

    // By ref: an older article is found, and updating it leaves the latest one latest.
    expect((await s.memory.getArticle('C1', 'one'))?.summary.title).toBe('One');
    expect(await s.memory.getArticle('C2', 'one')).toBeUndefined();
    expect(await s.memory.getArticle('C1', 'gone')).toBeUndefined();
    await s.memory.setLastArticle('C1', {
      ...entry('2026-03-24T06:00:00.000Z', 'One'),
      pointsShown: 3,
    });
    expect((await s.memory.getArticle('C1', 'one'))?.pointsShown).toBe(3);
    expect(await s.memory.getLastArticle('C1')).toMatchObject({ ref: 'two', pointsShown: 6 });
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
