import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PG_URL } from '../store/support/stores.js';

/**
 * Makes the run's temporary directory (test/support/tmp.ts puts every test's files in it) and
 * removes it whole at the end. Under NEWSBRIEF_TEST_STORE=postgres it also names this run (its
 * test schemas carry the name, so parallel runs on one server never touch each other's) and,
 * at the end, drops the schemas the run's processes and apps created and did not drop themselves.
 */
export default function setup(): () => Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'newsbrief-test-'));
  process.env.NEWSBRIEF_TEST_TMP = tmp;
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true });
  if (process.env.NEWSBRIEF_TEST_STORE !== 'postgres') return async () => removeTmp();
  const run = randomBytes(3).toString('hex');
  process.env.NEWSBRIEF_TEST_RUN = run;
  return async () => {
    removeTmp();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'nb\\_test\\_' || $1 || '\\_%'",
        [run],
      );
      for (const { nspname } of rows)
        await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
    } finally {
      await client.end();
    }
  };
}
