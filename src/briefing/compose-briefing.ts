import { type GroupableItem, groupStories } from '../articles/group-stories.js';
import type { DigestStory } from '../handler/types.js';
import type { StoredSummary } from '../store/store.js';
import { mapLimit } from './map-limit.js';

/** A feed item on its way into a briefing. */
export interface CandidateItem extends GroupableItem {
  /** Store id, when the item is stored (marked seen after delivery). */
  readonly id?: number | undefined;
  readonly url?: string | undefined;
  readonly content: string;
  readonly publishedAt?: string | undefined;
  readonly firstSeenAt?: string | undefined;
  /** The feed's name, shown as the source. */
  readonly sourceName: string;
  /** Already shown to the channel: its story is left out. */
  readonly seen?: boolean | undefined;
}

export interface RankedStory {
  readonly items: readonly CandidateItem[];
  readonly score: number;
  /** Newest time any source gave the story (ms). */
  readonly time: number;
}

const RECENCY_HALF_LIFE_HOURS = 12;

export function itemTime(item: CandidateItem): number {
  const t = Date.parse(item.publishedAt ?? item.firstSeenAt ?? '');
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Groups items into stories, leaves out stories the channel has seen, and ranks the rest
 * by how many feeds carried them and how recent they are.
 */
export function rankStories(items: readonly CandidateItem[], now: Date): RankedStory[] {
  const ranked: RankedStory[] = [];
  for (const group of groupStories(items)) {
    if (group.some((i) => i.seen)) continue;
    const feeds = new Set(group.map((i) => i.feedKey)).size;
    const time = Math.min(Math.max(...group.map(itemTime)), now.getTime());
    const ageHours = Math.max(0, (now.getTime() - time) / 3600_000);
    const score = Math.log2(1 + feeds) + 2 ** (-ageHours / RECENCY_HALF_LIFE_HOURS);
    ranked.push({ items: orderSources(group), score, time });
  }
  return ranked.sort((a, b) => b.score - a.score || b.time - a.time);
}

/** The earliest report first (it names the story), one entry per feed. */
function orderSources(group: readonly CandidateItem[]): CandidateItem[] {
  return [...group].sort((a, b) => (itemTime(a) || Infinity) - (itemTime(b) || Infinity));
}

export type SummarizeStory = (story: RankedStory) => Promise<StoredSummary>;

export interface ComposeOptions {
  readonly now: Date;
  readonly maxStories: number;
  readonly summarizeStory: SummarizeStory;
  /** Called once with the stories about to be summarized (to look their summaries up in one go). */
  readonly prepare?: ((stories: readonly RankedStory[]) => Promise<void>) | undefined;
  readonly concurrency?: number;
}

export interface ComposedBriefing {
  readonly stories: readonly DigestStory[];
  /** Store ids of every item behind the stories shown (to mark seen). */
  readonly itemIds: readonly number[];
}

/** The top stories, each once with every source that carried it, summarized. */
export async function composeBriefing(
  items: readonly CandidateItem[],
  options: ComposeOptions,
): Promise<ComposedBriefing> {
  const top = rankStories(items, options.now).slice(0, options.maxStories);
  await options.prepare?.(top);
  const summaries = await mapLimit(top, options.concurrency ?? 4, options.summarizeStory);
  const stories = top.map((story, i): DigestStory => {
    const summary = summaries[i] as StoredSummary;
    const sources = new Map<string, { name: string; url?: string | undefined }>();
    for (const item of story.items) {
      if (!sources.has(item.feedKey))
        sources.set(item.feedKey, { name: item.sourceName, url: item.url });
    }
    return {
      title: summary.title,
      url: story.items[0]?.url,
      sources: [...sources.values()],
      lede: summary.lede,
      keyPoints: summary.keyPoints,
    };
  });
  const itemIds = top.flatMap((s) => s.items.flatMap((i) => (i.id === undefined ? [] : [i.id])));
  return { stories, itemIds };
}
