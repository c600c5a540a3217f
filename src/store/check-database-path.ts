import { accessSync, constants, existsSync, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { err, ok, type Result } from '../core/result.js';

/**
 * File systems that only look like folders (statfs magic numbers): creating a database
 * there fails, and a recursive mkdir under /proc spins forever at 100% CPU.
 */
const VIRTUAL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x1cd1, 'devpts'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
  [0x42494e4d, 'binfmt_misc'],
]);

const EXAMPLE = 'use a file path such as ./data/newsbrief.db';

/**
 * Whether a SQLite database can live at `path`, decided without creating anything: the
 * path is not a folder or a device, its nearest existing folder is on a real file system
 * and writable. Checked before use so a bad DATABASE_URL is one clear error, at once.
 */
export function checkDatabasePath(path: string): Result<void> {
  if (path === ':memory:') return ok(undefined);
  const target = resolve(path);
  const fail = (why: string) =>
    err('not_configured', `DATABASE_URL: ${target} ${why}; ${EXAMPLE}.`);
  if (existsSync(target)) {
    const stat = statSync(target);
    if (stat.isDirectory()) return fail('is a folder, not a database file');
    if (!stat.isFile()) return fail('is a device or special file, not a database file');
  }
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(folder).isDirectory())
    return fail(`cannot be created: ${folder} is a file, not a folder`);
  const fsType = VIRTUAL_FILE_SYSTEMS.get(Number(statfsSync(folder).type));
  if (fsType) return fail(`is on ${fsType}, a virtual file system that cannot hold a database`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return fail(`cannot be created: no permission to write in ${folder}`);
  }
  return ok(undefined);
}
