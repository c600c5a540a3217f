// One-shot commands load their code from a bundle with a V8 code cache, when the build made one.
//
// `newsbrief summarize FILE` is a whole process for one article: loading ~40 ES modules and
// compiling their functions as they first run cost more than the summary itself (Node 20 has
// no compile cache of its own; 22 has module.enableCompileCache). The build (scripts/bundle.ts)
// bundles the command's module into one CommonJS script, runs it once on the sample article
// and saves V8's code cache, which then holds the bytecode of every function that ran. Here the
// script is compiled with that cache. V8 rejects a cache made by another V8 version or with
// other flags, and then compiles as usual: a stale or foreign cache costs time, never output.
// A bundle older than the build's other output (an edit compiled by tsc alone) is not used.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * V8 flags for a process that runs the summarizer once. Without regexp tier-up each regular
 * expression is compiled once, to machine code, instead of first to bytecode and again to
 * machine code on its second use; the summarizer's patterns all run many times per article.
 * The bundle's code cache is made with the same flags (V8 rejects a cache made with others).
 */
export const ONE_SHOT_V8_FLAGS = '--no-regexp-tier-up';

/** Where the build puts bundle `name` and its code cache (dist/src/bundle/). */
export function bundlePaths(name: string, from: string = import.meta.url) {
  const script = fileURLToPath(new URL(`../bundle/${name}.cjs`, from));
  return { script, cache: `${script}.cache` };
}

/** Compiles a bundle's source (with `cachedData` when given) as a CommonJS module wrapper. */
export function compileBundle(
  file: string,
  cachedData?: Buffer,
): { script: Script; run(): Record<string, unknown> } {
  const source = readFileSync(file, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  return {
    script,
    run() {
      const module = { exports: {} as Record<string, unknown> };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper(module.exports, createRequire(file), module, file, dirname(file));
      return module.exports;
    },
  };
}

/**
 * The exports of bundle `name` (`dist/src/bundle/NAME.cjs`), compiled with its code cache, or
 * undefined where there is no current bundle (running from the sources, a build by tsc alone):
 * the caller then imports the modules themselves.
 */
export function loadBundle<T>(name: string, newerThan: string): T | undefined {
  const { script, cache } = bundlePaths(name);
  if (!existsSync(script) || statSync(script).mtimeMs < statSync(newerThan).mtimeMs)
    return undefined;
  setFlagsFromString(ONE_SHOT_V8_FLAGS);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cache);
  } catch {
    cachedData = undefined; // no cache: compiled as usual
  }
  return compileBundle(script, cachedData).run() as T;
}
