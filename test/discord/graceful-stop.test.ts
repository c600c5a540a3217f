import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { createWorkGate } from '../../src/core/work-gate.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { type PageServer, startPageServer } from '../support/page-server.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';
import { slashCommand, str } from './payloads.js';

const GUILD = '1300000000000000001';
const PAGE = new URL('./fixtures/harbour-bridge.html', import.meta.url);

let fake: FakeDiscord | undefined;
let pages: PageServer | undefined;
let adapter: RunningAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await fake?.close();
  await pages?.close();
});

describe('Discord adapter: graceful stop', () => {
  it('GIVEN a deferred /news summarize WHEN the gate closes THEN it is still answered, and a new interaction is told to retry', async () => {
    fake = await startFakeDiscord({ guildIds: [GUILD] });
    pages = await startPageServer({
      '/story': { html: await readFile(PAGE, 'utf8'), delayMs: 1500 },
    });
    const work = createWorkGate();
    adapter = await startDiscordAdapter(
      { token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.graceful', apiUrl: fake.apiUrl },
      {
        fetchArticle: createArticleFetcher({ timeoutMs: 5000, allowHosts: ['127.0.0.1'] }),
        memory: createInMemoryChannelMemory(),
        now: () => new Date(),
      },
      recordingLogger(),
      { work },
    );
    const where = {
      applicationId: fake.applicationId,
      guildId: GUILD,
      channelId: '1310000000000000099',
    };
    const slow = slashCommand(where, 'summarize', [str('url', pages.url('/story'))]);
    fake.dispatch('INTERACTION_CREATE', slow);
    const deferral = await fake.waitFor((r) => r.path.startsWith(`/interactions/${slow.id}/`));
    expect(deferral.body).toMatchObject({ type: 5 });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if ((pages as PageServer).stats('/story').requested > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });

    work.close();
    const late = slashCommand(where, 'summarize', [str('url', pages.url('/story'))]);
    fake.dispatch('INTERACTION_CREATE', late);
    const refused = await fake.waitFor((r) => r.path.startsWith(`/interactions/${late.id}/`));
    expect(refused.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refused.body.data.content).toMatch(/restarting/i);

    expect(await work.drain(10_000)).toEqual({ unfinished: 0 });
    const edit = await fake.waitFor(
      (r) => r.method === 'PATCH' && r.path.includes(`/${slow.token}/messages/@original`),
      1000,
    );
    expect(edit.body.embeds[0].title).toMatch(/Harbour Bridge/);
    expect(pages.stats('/story').requested).toBe(1);
  }, 20_000);
});
