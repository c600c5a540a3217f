import type { ChannelMemory, RememberedArticle } from './types.js';

/** Channel memory kept in the process; the SQLite store offers the same interface. */
export function createInMemoryChannelMemory(maxPerChannel = 50): ChannelMemory {
  const byChannel = new Map<string, RememberedArticle[]>();
  return {
    async getLastArticle(channelId) {
      return byChannel.get(channelId)?.at(-1);
    },
    async setLastArticle(channelId, entry) {
      const list = byChannel.get(channelId) ?? [];
      const last = list.at(-1);
      // `more` updates the same article: replace rather than append.
      if (last && last.at === entry.at) list[list.length - 1] = entry;
      else list.push(entry);
      if (list.length > maxPerChannel) list.splice(0, list.length - maxPerChannel);
      byChannel.set(channelId, list);
    },
    async recentArticles(channelId, since) {
      return (byChannel.get(channelId) ?? []).filter((e) => Date.parse(e.at) >= since.getTime());
    },
  };
}
