import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPgStore } from '../../../src/store/pg-store.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import type { Store } from '../../../src/store/store.js';

/** The local test server (trust auth); TEST_DATABASE_URL points elsewhere. */
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-contract-'));
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
  const schema = `nb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const opened: Store[] = [];
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    databaseUrl: url.toString(),
    async open() {
      const s = await openPgStore(PG_URL, { schema, poolSize: 4 });
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** The kits the contract suite runs against: SQLite always, Postgres when it answers. */
export async function storeKits(): Promise<(() => StoreKit)[]> {
  return (await postgresAvailable()) ? [sqliteKit, postgresKit] : [sqliteKit];
}
