#!/usr/bin/env node
// Builds dist/ with tsc when it is missing or older than the sources, and only where the
// compiler is installed. `prepare` and `npm start` run it: a development install builds
// once, `npm start` rebuilds only after an edit, and a production install
// (`npm ci --omit=dev`, no TypeScript) skips it: dist/ comes from `npm pack` or the image.
// Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsc writes every output on each build: the entry point's time is the build's time.
const entry = join(root, 'dist', 'src', 'cli.js');
const SOURCES = ['src', 'adapters', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0);
}

function compiler() {
  try {
    return createRequire(join(root, 'package.json')).resolve('typescript/package.json');
  } catch {
    return undefined;
  }
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (built >= sources) process.exit(0);
if (!compiler()) {
  if (existsSync(entry)) process.exit(0);
  if (process.env.npm_lifecycle_event === 'prepare') process.exit(0); // production install
  process.stderr.write(
    'newsbrief: dist/ is not built and TypeScript is not installed: run `npm install` (with dev dependencies), then `npm run build`.\n',
  );
  process.exit(1);
}
const r = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
