import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../adapters/discord/index.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { loadConfig } from '../../src/config.js';
import type { RunningAdapter } from '../../src/core/adapter.js';
import { shardOf } from '../../src/core/discord-shard.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';
let fake: FakeDiscord | undefined;
let adapter: RunningAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe('Discord sharding', () => {
  it('GIVEN DISCORD_SHARD_ID=1 of DISCORD_SHARD_COUNT=2 THEN the bot identifies as shard [1, 2] on the gateway', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_SHARD_ID: '1',
      DISCORD_SHARD_COUNT: '2',
    });
    expect(config.discord?.shards).toEqual({ ids: [1], count: 2 });
    fake = await startFakeDiscord({ guildIds: [] });
    const deps: HandlerDeps = {
      fetchArticle: createArticleFetcher({ allowHosts: [] }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
    };
    adapter = await startDiscordAdapter(
      { ...config.discord, token: TOKEN, apiUrl: fake.apiUrl },
      deps,
      recordingLogger(),
    );
    expect((await fake.identified).shard).toEqual([1, 2]);
  });

  it('GIVEN shard settings that do not fit THEN configuration says what to set', () => {
    expect(() =>
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_ID: '2', DISCORD_SHARD_COUNT: '2' }),
    ).toThrow(/DISCORD_SHARD_ID: each shard must be below DISCORD_SHARD_COUNT \(2\)/);
    expect(() => loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_COUNT: '4' })).toThrow(
      /DISCORD_SHARD_ID: required with DISCORD_SHARD_COUNT/,
    );
    expect(
      loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_ID: '0, 3', DISCORD_SHARD_COUNT: '4' })
        .discord?.shards,
    ).toEqual({ ids: [0, 3], count: 4 });
  });

  it("GIVEN guild ids THEN the shard is Discord's (guild_id >> 22) % count, a DM's is 0", () => {
    expect(shardOf('41771983423143937', 4)).toBe(Number((41771983423143937n >> 22n) % 4n));
    expect(shardOf(String((5n << 22n) + 12345n), 2)).toBe(1);
    expect(shardOf(String((6n << 22n) + 12345n), 2)).toBe(0);
    expect(shardOf(undefined, 8)).toBe(0);
  });
});
