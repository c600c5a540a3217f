import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { handle } from '../../src/handler/handle.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type { CommandContext, HandlerDeps, Reply } from '../../src/handler/types.js';
import type { Store } from '../../src/store/store.js';
import { postgresAvailable, postgresKit, type StoreKit } from '../store/support/stores.js';

const sample = readFileSync(join(packageRoot(), SAMPLE_ARTICLE), 'utf8');
const hasPostgres = await postgresAvailable();

/** A replica: its own pool on the shared database, its own fetcher (counting its fetches). */
function replica(store: Store) {
  const fetched: string[] = [];
  const deps: HandlerDeps = {
    fetchArticle: async (url) => {
      fetched.push(url);
      return { ok: true, value: { text: sample, url, source: 'AFP' } };
    },
    memory: store.memory,
    summaries: store.summaryCache,
    now: () => new Date(),
  };
  const run = async (text: string, channelId: string): Promise<Reply> => {
    const ctx: CommandContext = { platform: 'slack', channelId };
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return handle(parsed.value, ctx, deps);
  };
  return { run, fetched };
}

describe.runIf(hasPostgres)('two replicas on one Postgres', () => {
  let kit: StoreKit | undefined;
  afterEach(async () => {
    await kit?.cleanup();
    kit = undefined;
  });

  it('GIVEN /news summarize on replica A THEN /news ask, more and quotes are answered by replica B, and B does not fetch or summarize the article again', async () => {
    kit = postgresKit();
    const a = replica(await kit.open());
    const b = replica(await kit.open());

    const summary = await a.run('/news summarize https://news.example/envoy?utm_source=x', 'C1');
    expect(summary).toMatchObject({ kind: 'summary' });

    const answer = await b.run(
      '/news ask what share of trade does China have with North Korea?',
      'C1',
    );
    expect(answer).toMatchObject({ kind: 'answer', found: true });
    if (answer.kind === 'answer') expect(answer.sentences.join(' ')).toContain('90 percent');
    expect(await b.run('/news more 2', 'C1')).toMatchObject({
      kind: 'summary',
      footer: '6 key points shown so far.',
    });
    // …and A sees what B's `more` did to the channel's memory.
    expect(await a.run('/news more 1', 'C1')).toMatchObject({
      footer: '7 key points shown so far.',
    });
    expect(await b.run('/news quotes', 'C1')).toMatchObject({ kind: 'quotes' });

    // Another channel on B asks for the same story under another link form: served from
    // the shared cache, not fetched again.
    const again = await b.run('/news summarize https://news.example/envoy', 'C2');
    expect(again).toMatchObject({ kind: 'summary' });
    if (summary.kind === 'summary' && again.kind === 'summary')
      expect(again.points).toEqual(summary.points);
    expect(a.fetched).toHaveLength(1);
    expect(b.fetched).toHaveLength(0);
    expect(await b.run('/news ask who is the envoy?', 'C2')).toMatchObject({ kind: 'answer' });
  });
});
