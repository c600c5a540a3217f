import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/core/package-root.js';

export const root = packageRoot();
/** The built command (npm test builds dist/ first). */
export const cli = join(root, 'dist/src/cli.js');

/** Runs the built CLI with only PATH (and `env`) set, from `cwd` (default: the repo). */
export function runCli(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
}
