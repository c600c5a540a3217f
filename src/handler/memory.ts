import type { ChannelMemory, RememberedArticle } from './types.js';

/** Channel memory kept in the process; the SQLite store offers the same interface. */
export function createInMemoryChannelMemory(maxPerChannel = 50): ChannelMemory {
  const byChannel = new Map<string, RememberedArticle[]>();
  return {
    async getLastArticle(channelId) {
      return byChannel.get(channelId)?.at(-1);
    },
    async getArticle(channelId, ref) {
      return byChannel.get(channelId)?.find((e) => e.ref === ref);
    },
    async setLastArticle(channelId, entry) {
      const list = byChannel.get(channelId) ?? [];
      const i = list.findIndex((e) => e.ref === entry.ref);
      // `more` updates the same article: replace it where it is rather than append; the
      // same article summarized again (a later `at`) moves to the end as the latest.
      if (i >= 0 && list[i]?.at === entry.at) list[i] = entry;
      else {
        if (i >= 0) list.splice(i, 1);
        list.push(entry);
      }
      if (list.length > maxPerChannel) list.splice(0, list.length - maxPerChannel);
      byChannel.set(channelId, list);
    },
    async recentArticles(channelId, since) {
      return (byChannel.get(channelId) ?? []).filter((e) => Date.parse(e.at) >= since.getTime());
    },
  };
}
