import { type GroupableItem, groupStories } from '../articles/group-stories.js';
import type { EarlierShowing, StoryUpdate } from '../handler/types.js';
import type { ShownStory, ShownStoryRecord, StoredSummary } from '../store/store.js';
import { NEW_FACT_THRESHOLD, newFacts, retoldShare } from '../summarizer/new-facts.js';

/**
 * Developing stories: today's story continues one the channel was shown before when the digest's
 * own grouping (group-stories.ts) puts them together across days. Then the channel gets an
 * update (the new facts only, with a link to its earlier message) instead of the lede again.
 */

/** How long a channel's shown stories are remembered to recognise their continuations. */
export const DEVELOPING_MEMORY_MS = 7 * 24 * 3600_000;

/**
 * Similarity (title and lede) from which a later article continues a story shown before. Lower
 * than the digest's same-day threshold (0.4): a follow-up a day later tells a new development
 * in new words. On test/fixtures/developing, follow-ups score 0.22-0.55 against their story and
 * at most 0.15 against the others (in a day's batch or two by two).
 */
export const CONTINUATION_THRESHOLD = 0.18;
/**
 * A channel's few shown stories and today's few articles are a small batch: term rarity is
 * reckoned as among at least this many (a day of a busy feed), so a story's own names, shared
 * by its two articles, still count as rare.
 */
export const CONTINUATION_CORPUS = 40;
/**
 * A story matched by its words alone continues the shown one only if it retells at least this
 * share of it (sentences with nothing new): follow-ups repeat their background. On
 * test/fixtures/developing every follow-up retells 0.27-0.60; of BBC articles paired at random
 * that the words matched, 22 of 30 retell less than 0.2 (most of the rest are the same story).
 */
export const MIN_RETOLD_SHARE = 0.2;

/** One developing story as a channel saw it: every showing, oldest first. */
export interface ShownChain {
  readonly firstKey: string;
  readonly records: readonly ShownStoryRecord[];
  /** The channel's last message about it (the one an update links to). */
  readonly latest: ShownStoryRecord;
}

/** A story of today as matching sees it: its first report's title, feed lede, identity and story key. */
export interface StoryArticle extends GroupableItem {
  readonly storyKey: string;
}

/** Groups shown records by the developing story they belong to. */
export function shownChains(records: readonly ShownStoryRecord[]): ShownChain[] {
  const byKey = new Map<string, ShownStoryRecord[]>();
  for (const r of records) byKey.set(r.firstKey, [...(byKey.get(r.firstKey) ?? []), r]);
  return [...byKey].map(([firstKey, rs]) => ({
    firstKey,
    records: rs,
    latest: rs[rs.length - 1] as ShownStoryRecord,
  }));
}

/**
 * The shown story each article continues, if any: the same article (story key), else the
 * digest's grouping run over the channel's shown stories and today's articles together, each
 * side counted as one feed so a story continues at most one.
 */
export function matchChains(
  articles: readonly StoryArticle[],
  chains: readonly ShownChain[],
): (ShownChain | undefined)[] {
  const chainOf = new Map<ShownStoryRecord, ShownChain>();
  for (const c of chains) for (const r of c.records) chainOf.set(r, c);
  const byKey = new Map<string, ShownChain>();
  for (const c of chains) for (const r of c.records) byKey.set(r.storyKey, c);
  const shown: GroupableItem[] = [...chainOf.keys()].map((r) => ({
    feedKey: 'shown',
    guid: `shown:${r.id}`,
    canonicalUrl: r.canonicalUrl,
    title: r.title,
    lede: r.lede,
  }));
  const today: GroupableItem[] = articles.map((a, i) => ({
    feedKey: 'today',
    guid: `today:${i}`,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    lede: a.lede,
  }));
  const records = [...chainOf.keys()];
  const matched: (ShownChain | undefined)[] = articles.map((a) => byKey.get(a.storyKey));
  for (const group of groupStories([...shown, ...today], {
    threshold: CONTINUATION_THRESHOLD,
    minDocuments: CONTINUATION_CORPUS,
  })) {
    const i = group.findIndex((g) => g.feedKey === 'today');
    const s = group.find((g) => g.feedKey === 'shown');
    if (i < 0 || !s) continue;
    const index = today.indexOf(group[i] as GroupableItem);
    const record = records[shown.indexOf(s)];
    if (matched[index] === undefined && record) matched[index] = chainOf.get(record);
  }
  return matched;
}

/**
 * Whether an article matched to `chain` by its words really continues it: the same article, or
 * one that retells enough of what the channel was told of the story (MIN_RETOLD_SHARE).
 */
export function retellsStory(
  storyKey: string,
  sentences: readonly string[],
  chain: ShownChain,
  earlierArticles: ReadonlyMap<string, readonly string[] | undefined>,
): boolean {
  if (chain.records.some((r) => r.storyKey === storyKey)) return true;
  return retoldShare(sentences, toldBefore(chain.records, earlierArticles)) >= MIN_RETOLD_SHARE;
}

/** The sentences of a story's article an update is chosen from (its summary's, for an old one). */
export function candidateSentences(summary: StoredSummary): readonly string[] {
  return summary.sentences ?? summarySentences(summary);
}

/** What a summary showed of a story: its lede and key points. */
export function summarySentences(summary: StoredSummary): string[] {
  return [summary.lede, ...summary.keyPoints.map((p) => p.text)].filter((s) => s.trim() !== '');
}

/**
 * The update for a story that continues `chain`: the sentences of today's article that neither
 * the channel's earlier messages nor the earlier articles said. Undefined when nothing is new.
 * `copy`: the story is a later report of items the channel has seen (grouped with them).
 */
export function storyUpdate(
  summary: StoredSummary,
  chain: ShownChain,
  earlierArticles: ReadonlyMap<string, readonly string[]>,
  options: { readonly copy?: boolean | undefined } = {},
): StoryUpdate | undefined {
  const earlier = toldBefore(chain.records, earlierArticles);
  // Another feed's report of a story already seen (a near-duplicate) leads with the same news:
  // its first sentence gets no allowance for naming the story again.
  const facts = newFacts(
    candidateSentences(summary),
    earlier,
    options.copy ? { ledeThreshold: NEW_FACT_THRESHOLD } : {},
  );
  if (facts.length === 0) return undefined;
  return { facts, earlier: earlierShowing(chain.latest) };
}

/** Everything the channel was told of a story: its messages, and the articles behind them. */
export function toldBefore(
  records: readonly ShownStoryRecord[],
  articles: ReadonlyMap<string, readonly string[] | undefined>,
): string[] {
  return records.flatMap((r) => [...r.sentences, ...(articles.get(r.storyKey) ?? [])]);
}

/** Where a channel was shown a story: what an update links back to. */
export function earlierShowing(r: ShownStoryRecord): EarlierShowing {
  return { title: r.title, shownAt: r.shownAt, link: r.message?.link };
}

/** The record of a story as shown now (the message is added once posted). */
export function shownStory(
  article: StoryArticle,
  summary: StoredSummary,
  chain: ShownChain | undefined,
  update: StoryUpdate | undefined,
): ShownStory {
  return {
    firstKey: chain?.firstKey ?? article.storyKey,
    storyKey: article.storyKey,
    guid: article.guid,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    lede: article.lede,
    sentences: update ? update.facts : summarySentences(summary),
  };
}
