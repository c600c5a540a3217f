/** Which replica serves which Discord guilds: Discord's own rule, (guild_id >> 22) % shard_count. */
export interface DiscordShards {
  /** The shards this process runs. */
  readonly ids: readonly number[];
  readonly count: number;
}

/** The shard that receives a guild's events (direct messages, with no guild, go to shard 0). */
export function shardOf(guildId: string | undefined, count: number): number {
  if (!guildId || !/^\d+$/.test(guildId)) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}
