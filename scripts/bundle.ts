// npm run build, after tsc: bundles what a one-shot command runs into one CommonJS script with
// a V8 code cache (src/core/bundle.ts says why). Today that is `newsbrief summarize FILE`
// (src/summarize-once.ts). The cache is made by running the bundle once on the sample
// article, in each output format, so it holds the bytecode of every function a summary runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';
import { bundlePaths, compileBundle, ONE_SHOT_V8_FLAGS } from '../src/core/bundle.js';
import { packageRoot, SAMPLE_ARTICLE } from '../src/core/package-root.js';
import type * as Once from '../src/summarize-once.js';

const NAME = 'summarize-once';

async function main(): Promise<void> {
  const entry = fileURLToPath(new URL(`../src/${NAME}.js`, import.meta.url));
  const { script, cache } = bundlePaths(
    NAME,
    new URL('../src/core/bundle.js', import.meta.url).href,
  );
  mkdirSync(join(script, '..'), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // The modules find the package (the lexicon, the sample) from their own file's URL.
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: 'const __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  setFlagsFromString(ONE_SHOT_V8_FLAGS);
  const compiled = compileBundle(script);
  const once = compiled.run() as unknown as typeof Once;
  const read = await once.readArticleFile(join(packageRoot(), SAMPLE_ARTICLE));
  if (!read.ok) throw new Error(read.error.message);
  for (const format of ['text', 'markdown', 'json'] as const) {
    const r = once.summarizeOnce(read.value, { points: 4, format });
    if (!r.ok) throw new Error(r.error.message);
  }
  writeFileSync(cache, compiled.script.createCachedData());
}

main().catch((e: unknown) => {
  process.stderr.write(`bundle: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
