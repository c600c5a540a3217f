import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding newsbrief's package.json, from src/ or dist/src/ alike. */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('newsbrief: package.json not found above the running file');
    dir = up;
  }
  return dir;
}

export const SAMPLE_ARTICLE = 'summaries/articles/china-envoy-north-korea.txt';
