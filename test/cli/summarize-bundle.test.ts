// `newsbrief summarize FILE` runs from the build's bundle with a V8 code cache (core/bundle.ts):
// it must print exactly what the modules themselves produce, and the cache must be one this
// Node accepts (a rejected cache silently costs the start-up time the bundle exists to save).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundlePaths } from '../../src/core/bundle.js';
import { SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { readArticleFile, summarizeOnce } from '../../src/summarize-once.js';
import { root, runCli } from '../support/run-cli.js';

const built = bundlePaths(
  'summarize-once',
  pathToFileURL(join(root, 'dist/src/core/bundle.js')).href,
);
const article = join(root, 'summaries/articles');

describe('the summarize command from its bundle', () => {
  it('GIVEN the build THEN it made the bundle and its code cache', () => {
    expect(existsSync(built.script)).toBe(true);
    expect(existsSync(built.cache)).toBe(true);
  });

  it('GIVEN the sample and another article, in every format THEN the CLI prints what the modules produce', async () => {
    for (const file of [join(root, SAMPLE_ARTICLE), join(article, 'court-allegation.txt')]) {
      const read = await readArticleFile(file);
      if (!read.ok) throw new Error(read.error.message);
      for (const format of ['text', 'markdown', 'json'] as const) {
        const direct = summarizeOnce(read.value, { points: 3, format });
        if (!direct.ok) throw new Error(direct.error.message);
        const r = runCli(['summarize', file, '--points', '3', '--format', format]);
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(`${direct.value}\n`);
      }
    }
  });

  it('GIVEN the code cache THEN this Node accepts it with the flags a one-shot command sets', () => {
    // In a process of its own, as the CLI runs: the flags must not leak into the test worker.
    const probe = `
      import { readFileSync } from 'node:fs';
      import { setFlagsFromString } from 'node:v8';
            import { compileBundle, ONE_SHOT_V8_FLAGS } from ${JSON.stringify(join(root, 'dist/src/core/bundle.js'))};
      setFlagsFromString(ONE_SHOT_V8_FLAGS);
      const { script } = compileBundle(${JSON.stringify(built.script)}, readFileSync(${JSON.stringify(built.cache)}));
      console.log(script.cachedDataRejected ? 'rejected' : 'accepted');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('accepted');
  });
});
