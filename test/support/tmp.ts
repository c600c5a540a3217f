import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh directory for a test's files, inside the run's own temporary directory (made and
 * removed whole by global-setup.ts), so no run leaves files behind in the system's /tmp.
 */
export function testTmpDir(prefix: string): string {
  return mkdtempSync(join(process.env.NEWSBRIEF_TEST_TMP ?? tmpdir(), prefix));
}
