import { type GroupableItem, groupStories } from '../articles/group-stories.js';
import type { DigestStory } from '../handler/types.js';
import type { ShownStory, StoredSummary } from '../store/store.js';
import {
  candidateSentences,
  matchChains,
  retellsStory,
  type ShownChain,
  type StoryArticle,
  shownStory,
  storyUpdate,
} from './developing.js';
import { mapLimit } from './map-limit.js';
import { storyKey } from './story-summary.js';

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
  /** Already shown to the channel: its story is left out, unless it brings new facts. */
  readonly seen?: boolean | undefined;
}

export interface RankedStory {
  /** The items the channel has not seen, earliest report first. */
  readonly items: readonly CandidateItem[];
  readonly score: number;
  /** Newest time any source gave the story (ms). */
  readonly time: number;
  /** Some of its items were shown before: it is shown again only as an update with new facts. */
  readonly repeatsSeen?: boolean | undefined;
}

const RECENCY_HALF_LIFE_HOURS = 12;

export function itemTime(item: CandidateItem): number {
  const t = Date.parse(item.publishedAt ?? item.firstSeenAt ?? '');
  return Number.isNaN(t) ? 0 : t;
}

/**
 * Groups items into stories, leaves out stories the channel has seen all of, and ranks the
 * rest by how many feeds carried them and how recent they are.
 */
export function rankStories(items: readonly CandidateItem[], now: Date): RankedStory[] {
  const ranked: RankedStory[] = [];
  for (const all of groupStories(items)) {
    const group = all.filter((i) => !i.seen);
    if (group.length === 0) continue;
    const feeds = new Set(group.map((i) => i.feedKey)).size;
    const time = Math.min(Math.max(...group.map(itemTime)), now.getTime());
    const ageHours = Math.max(0, (now.getTime() - time) / 3600_000);
    const score = Math.log2(1 + feeds) + 2 ** (-ageHours / RECENCY_HALF_LIFE_HOURS);
    const repeatsSeen = group.length < all.length;
    ranked.push({
      items: orderSources(group),
      score,
      time,
      ...(repeatsSeen ? { repeatsSeen } : {}),
    });
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
  /** What the channel was shown before, to show continued stories as updates. */
  readonly developing?: DevelopingContext | undefined;
}

export interface DevelopingContext {
  readonly chains: readonly ShownChain[];
  /** The sentences of the articles shown before, by story key. */
  readonly earlierArticles: ReadonlyMap<string, readonly string[]>;
}

export interface ComposedBriefing {
  readonly stories: readonly DigestStory[];
  /** Store ids of every item behind the stories shown (to mark seen). */
  readonly itemIds: readonly number[];
  /** Each story as shown (same order as `stories`), to record once posted. */
  readonly shown: readonly ShownStory[];
}

const NO_DEVELOPING: DevelopingContext = { chains: [], earlierArticles: new Map() };

/**
 * The top stories, each once with every source that carried it, summarized. A story that
 * continues one the channel was shown is an update with its new facts only, and is left out
 * (for the next one) when it has none.
 */
export async function composeBriefing(
  items: readonly CandidateItem[],
  options: ComposeOptions,
): Promise<ComposedBriefing> {
  const developing = options.developing ?? NO_DEVELOPING;
  const all = rankStories(items, options.now);
  const matched = matchChains(all.map(storyArticle), developing.chains);
  // A later copy of a story seen before, unless it continues a story shown (and may add to it),
  // is left out before anything is summarized.
  const keep = all.map((s, i) => !s.repeatsSeen || matched[i] !== undefined);
  const ranked = all.filter((_, i) => keep[i]);
  const chains = matched.filter((_, i) => keep[i]);
  const stories: DigestStory[] = [];
  const shown: ShownStory[] = [];
  const itemIds: number[] = [];
  let next = 0;
  while (stories.length < options.maxStories && next < ranked.length) {
    const batch = ranked.slice(next, next + options.maxStories - stories.length);
    const first = next;
    next += batch.length;
    await options.prepare?.(batch);
    const summaries = await mapLimit(batch, options.concurrency ?? 4, options.summarizeStory);
    batch.forEach((story, j) => {
      const summary = summaries[j] as StoredSummary;
      const matched = chains[first + j];
      const article = storyArticle(story);
      // Matched by its words: a continuation only if it retells the story (a near-duplicate of
      // seen items always is); else it is a story of its own.
      const chain =
        matched &&
        (story.repeatsSeen ||
          retellsStory(
            article.storyKey,
            candidateSentences(summary),
            matched,
            developing.earlierArticles,
          ))
          ? matched
          : undefined;
      const update =
        chain &&
        storyUpdate(summary, chain, developing.earlierArticles, { copy: story.repeatsSeen });
      // A continuation that tells the channel nothing new: left out.
      if (chain && !update) return;
      stories.push(digestStory(story, summary, update));
      shown.push(shownStory(article, summary, chain, update));
      for (const i of story.items) if (i.id !== undefined) itemIds.push(i.id);
    });
  }
  return { stories, itemIds, shown };
}

function storyArticle(story: RankedStory): StoryArticle {
  const primary = story.items[0] as CandidateItem;
  return {
    feedKey: primary.feedKey,
    guid: primary.guid,
    canonicalUrl: primary.canonicalUrl,
    title: primary.title,
    lede: primary.lede,
    storyKey: storyKey(primary),
  };
}

function digestStory(
  story: RankedStory,
  summary: StoredSummary,
  update: DigestStory['update'],
): DigestStory {
  const sources = new Map<string, { name: string; url?: string | undefined }>();
  for (const item of story.items) {
    if (!sources.has(item.feedKey))
      sources.set(item.feedKey, { name: item.sourceName, url: item.url });
  }
  return {
    title: summary.title,
    url: story.items[0]?.url,
    sources: [...sources.values()],
    ...(update
      ? { lede: '', keyPoints: [], update }
      : { lede: summary.lede, keyPoints: summary.keyPoints }),
  };
}
