import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { handle } from '../../src/handler/handle.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { ChannelMemory, HandlerDeps } from '../../src/handler/types.js';
import { openTestStore, testDatabaseUrl } from '../store/support/stores.js';
import { root, runCli } from '../support/run-cli.js';
import { testTmpDir } from '../support/tmp.js';

const sample = readFileSync(join(root, SAMPLE_ARTICLE), 'utf8');
const other =
  'The city council approved a new tram line on Tuesday after a two-year debate. Construction is scheduled to begin next spring and will take three years. The line will link the airport with the central station, officials said.';

const memories: [string, () => Promise<ChannelMemory>][] = [
  ['in-process memory', async () => createInMemoryChannelMemory()],
  ['the store', async () => (await openTestStore(join(testTmpDir('nb-mem-'), 'm.db'))).memory],
];

describe.each(memories)('remembering summarized articles (%s)', (_name, makeMemory) => {
  it('GIVEN the same article summarized again after another THEN it is remembered once, and is the latest', async () => {
    const memory = await makeMemory();
    let t = Date.parse('2026-11-30T08:00:00Z');
    const deps: HandlerDeps = {
      fetchArticle: async () => ({
        ok: false,
        error: { code: 'fetch_failed', message: 'offline' },
      }),
      memory,
      now: () => {
        t += 60_000;
        return new Date(t);
      },
    };
    const ctx = { platform: 'terminal', channelId: 'c' } as const;
    const summarize = (text: string) =>
      handle({ kind: 'summarize', input: { type: 'text', text } }, ctx, deps);
    await summarize(sample);
    await summarize(other);
    await summarize(sample);
    const recent = await memory.recentArticles('c', new Date(0));
    expect(recent.map((r) => r.summary.title)).toHaveLength(2);
    expect((await memory.getLastArticle('c'))?.article.text).toBe(sample);
    // `more` on it still updates that one entry in place.
    await handle({ kind: 'more', n: 1 }, ctx, deps);
    expect(await memory.recentArticles('c', new Date(0))).toHaveLength(2);
    expect((await memory.getLastArticle('c'))?.pointsShown).toBe(5);
  });
});

describe('newsbrief chat on one database, run three times', () => {
  it('GIVEN the bundled sample summarized on every start THEN /news digest lists it once', () => {
    const env = {
      DATABASE_URL: testDatabaseUrl(join(testTmpDir('nb-chat-'), 'nb.db')),
    };
    for (let i = 0; i < 2; i++) expect(runCli([], { input: '', env }).status).toBe(0);
    const r = runCli([], { input: '/news digest\n', env });
    expect(r.status).toBe(0);
    const title = "China Sends Envoy to N. Korea, Trump Hails 'Big Move'";
    // Once in the sample's own summary, once in the digest: never once per earlier run.
    expect(r.stdout.split(title).length - 1).toBe(2);
    // Three whole processes, each starting its worker pool: slow on a loaded machine.
  }, 90_000);
});
