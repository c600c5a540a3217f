import { digestPoints } from './digest-points.js';
import { LENGTHS } from './length.js';
import type { ChannelMemory, DigestStory } from './types.js';

export const RECENT_WINDOW_MS = 24 * 3600_000;

/**
 * The articles summarized in a channel in the last day, as digest stories (oldest first),
 * each with `storyPoints` key points under its lede (the channel's length).
 */
export async function recentlySummarizedStories(
  memory: ChannelMemory,
  channelId: string,
  now: Date,
  storyPoints: number = LENGTHS.standard.storyPoints,
): Promise<DigestStory[]> {
  const recent = await memory.recentArticles(channelId, new Date(now.getTime() - RECENT_WINDOW_MS));
  return recent.map(({ ref, article, summary }) => ({
    title: summary.title,
    url: article.url,
    sources: article.source ? [{ name: article.source, url: article.url }] : [],
    lede: summary.lede,
    keyPoints: digestPoints(summary.lede, summary.keyPoints, storyPoints),
    ref,
  }));
}
