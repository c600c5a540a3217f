import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openPgStore } from '../../../src/store/pg-store.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';
import { testTmpDir } from '../../support/tmp.js';

/** The local test server (trust auth); TEST_DATABASE_URL points elsewhere. */
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The store every test that opens one runs against: SQLite (default) or, with
 * NEWSBRIEF_TEST_STORE=postgres, a fresh schema on PG_URL for each test's database.
 */
export const TEST_STORE = ((): 'sqlite' | 'postgres' => {
  const chosen = process.env.NEWSBRIEF_TEST_STORE ?? 'sqlite';
  if (chosen === 'sqlite' || chosen === 'postgres') return chosen;
  throw new Error(
    `NEWSBRIEF_TEST_STORE=${chosen}: use sqlite or postgres, e.g. NEWSBRIEF_TEST_STORE=postgres npm test`,
  );
})();

/** Every test schema starts with this; the global teardown drops what a run left behind. */
export const SCHEMA_PREFIX = `nb_test_${process.env.NEWSBRIEF_TEST_RUN ?? 'x'}_`;

/** A small pool that keeps its connections (some tests run on a fake clock). */
const TEST_POOL = { poolSize: 4, idleMs: 0 } as const;

function freshSchema(): string {
  return `${SCHEMA_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** PG_URL with `search_path` set to `schema` (the app creates it on start). */
function schemaUrl(schema: string): string {
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL for an app or process a test starts: `sqliteUrl` (default in memory), or a
 * new schema on Postgres under NEWSBRIEF_TEST_STORE=postgres (dropped by the global teardown).
 */
export function testDatabaseUrl(sqliteUrl = 'sqlite::memory:'): string {
  return TEST_STORE === 'postgres' ? schemaUrl(freshSchema()) : sqliteUrl;
}

/**
 * A store of its own for one test: SQLite at `sqlitePath` (default in memory), or under
 * NEWSBRIEF_TEST_STORE=postgres a fresh schema, dropped when the store is closed.
 */
export async function openTestStore(sqlitePath = ':memory:'): Promise<Store> {
  if (TEST_STORE === 'sqlite') return openSqliteStore(sqlitePath);
  const schema = freshSchema();
  const store = await openPgStore(PG_URL, { schema, ...TEST_POOL });
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      await close();
      await dropSchema(schema);
    },
  });
}

/** Several stores on one database for a test (replicas): the kit NEWSBRIEF_TEST_STORE picks. */
export function testStoreKit(): StoreKit {
  return TEST_STORE === 'postgres' ? postgresKit() : sqliteKit();
}

/**
 * Whether Postgres answers. CI sets NEWSBRIEF_REQUIRE_PG=1 (see .ci/run), so there a
 * missing server fails the run instead of skipping the Postgres half of the suite.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (e) {
    if (process.env.NEWSBRIEF_REQUIRE_PG === '1')
      throw new Error(`Postgres at ${PG_URL} does not answer (${String(e)}); start it.`);
    console.warn(`Postgres at ${PG_URL} does not answer: its half of the store tests is skipped.`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Opens stores on one database for a test: every call of `open()` is another
 * connection (another replica) to the same data; `cleanup()` closes them and drops it.
 */
export interface StoreKit {
  readonly name: string;
  /** DATABASE_URL for a process to reach this test's database (Postgres: its schema). */
  readonly databaseUrl: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export function sqliteKit(): StoreKit {
  const dir = testTmpDir('newsbrief-contract-');
  const opened: Store[] = [];
  return {
    name: 'sqlite',
    databaseUrl: join(dir, 'newsbrief.db'),
    async open() {
      const s = openSqliteStore(join(dir, 'newsbrief.db'));
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each test gets its own schema, so test files run in parallel on one server. */
export function postgresKit(): StoreKit {
  const schema = freshSchema();
  const opened: Store[] = [];
  return {
    name: 'postgres',
    databaseUrl: schemaUrl(schema),
    async open() {
      const s = await openPgStore(PG_URL, { schema, ...TEST_POOL });
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      await dropSchema(schema);
    },
  };
}

/**
 * The kits the contract suite runs against: SQLite always, Postgres when it answers; only
 * Postgres under NEWSBRIEF_TEST_STORE=postgres (the run that follows covers SQLite).
 */
export async function storeKits(): Promise<(() => StoreKit)[]> {
  if (TEST_STORE === 'postgres') return [postgresKit];
  return (await postgresAvailable()) ? [sqliteKit, postgresKit] : [sqliteKit];
}
