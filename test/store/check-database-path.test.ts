import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { checkDatabasePath } from '../../src/store/check-database-path.js';
import { openStore } from '../../src/store/open-store.js';
import { testTmpDir } from '../support/tmp.js';

const cli = join(packageRoot(), 'dist/src/cli.js');

describe('DATABASE_URL checked before use', () => {
  it.each([
    ['/proc/newsbrief/newsbrief.db', 'is on proc, a virtual file system'],
    ['/sys/kernel/newsbrief.db', 'is on sysfs, a virtual file system'],
    ['/dev/null', 'is a device or special file'],
  ])('GIVEN %s THEN it is refused: "%s"', (path, why) => {
    const r = checkDatabasePath(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(why);
  });

  it('GIVEN a folder, or a path under a file THEN it is refused saying which', () => {
    const dir = testTmpDir('newsbrief-db-');
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'x');
    const folder = checkDatabasePath(dir);
    expect(!folder.ok && folder.error.message).toContain('is a folder, not a database file');
    const under = checkDatabasePath(join(file, 'sub', 'newsbrief.db'));
    expect(!under.ok && under.error.message).toContain(`${file} is a file, not a folder`);
  });

  it('GIVEN a new file in a new folder under a writable one THEN the store opens there', async () => {
    const path = join(testTmpDir('newsbrief-db-'), 'data', 'newsbrief.db');
    expect(checkDatabasePath(path).ok).toBe(true);
    const store = await openStore(path);
    expect(store.ok).toBe(true);
    if (store.ok) await store.value.close();
  });

  it('GIVEN DATABASE_URL under /proc WHEN `newsbrief chat` starts THEN one error line and exit 2, no hang', () => {
    const r = spawnSync(process.execPath, [cli, 'chat'], {
      input: '',
      encoding: 'utf8',
      timeout: 15_000,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: '/proc/newsbrief/newsbrief.db' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('DATABASE_URL: /proc/newsbrief/newsbrief.db is on proc');
    expect(r.stdout).toBe('');
  });
});
