import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';
import { TEST_STORE, testDatabaseUrl } from '../store/support/stores.js';

export const root = packageRoot();
/** The built command (npm test builds dist/ first). */
export const cli = join(root, 'dist/src/cli.js');

/**
 * Runs the built CLI with only PATH (and `env`) set, from `cwd` (default: the repo). Under
 * NEWSBRIEF_TEST_STORE=postgres a command that opens the store gets a schema of its own.
 */
export function runCli(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      ...(TEST_STORE === 'postgres' ? { DATABASE_URL: testDatabaseUrl() } : {}),
      ...options.env,
    },
  });
}
