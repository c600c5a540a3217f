import { type SparseVector, storyTerms, tfidfVectors } from './story-similarity.js';

/** What grouping needs to know about an item. */
export interface GroupableItem {
  /** Which feed carried it; near-duplicates are only looked for across feeds. */
  readonly feedKey: string;
  readonly guid: string;
  readonly canonicalUrl?: string | undefined;
  readonly title: string;
  readonly lede: string;
}

export interface GroupOptions {
  /** Cosine similarity of title+lede from which two items are the same story. */
  readonly threshold?: number;
  /** Term rarity as if there were at least this many items (see tfidfVectors); default none. */
  readonly minDocuments?: number;
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.4;

/**
 * Groups items that tell the same story: the same canonical URL, the same global GUID,
 * or (across feeds, at most one item per feed) similar title and lede. Groups keep the input order of their first
 * item, and items keep input order within a group.
 */
export function groupStories<T extends GroupableItem>(
  items: readonly T[],
  options: GroupOptions = {},
): T[][] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const firstByKey = new Map<string, number>();
  items.forEach((item, i) => {
    const keys = [guidKey(item)];
    if (item.canonicalUrl) keys.push(`u:${item.canonicalUrl}`);
    for (const key of keys) {
      const seen = firstByKey.get(key);
      if (seen === undefined) firstByKey.set(key, i);
      else union(seen, i);
    }
  });

  // Near-duplicates merge best match first (average link), and only when the two groups
  // share no feed: a feed reports a story once. Both stop chains of merely similar stories.
  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const vectors = tfidfVectors(
    items.map((it) => storyTerms(it.title, it.lede)),
    options.minDocuments,
  );
  const pairs = similarPairs(vectors, threshold).sort((x, y) => y[2] - x[2]);
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members.get(ra) ?? [a];
    const mb = members.get(rb) ?? [b];
    const feeds = new Set(ma.map((i) => items[i]?.feedKey));
    if (mb.some((i) => feeds.has(items[i]?.feedKey))) continue;
    let total = 0;
    for (const i of ma) for (const j of mb) total += cosine(vectors[i], vectors[j]);
    if (total / (ma.length * mb.length) < threshold) continue;
    union(ra, rb);
    members.delete(ra);
    members.delete(rb);
    members.set(find(ra), [...ma, ...mb]);
  }

  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

function cosine(a: SparseVector | undefined, b: SparseVector | undefined): number {
  if (!a || !b) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** GUIDs that look global (URLs, URNs, tag: URIs, long ids) join across feeds; others only within one. */
function guidKey(item: GroupableItem): string {
  const g = item.guid.trim();
  const global = /^(https?:|urn:|tag:)/i.test(g) || g.length >= 24;
  return global ? `g:${g}` : `g:${item.feedKey}\u0000${g}`;
}

/** Pairs with cosine >= threshold (with it), via an inverted index so only pairs sharing a term are scored. */
function similarPairs(
  vectors: readonly SparseVector[],
  threshold: number,
): [number, number, number][] {
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      const list = postings.get(t);
      if (list) list.push([i, w]);
      else postings.set(t, [[i, w]]);
    }
  });
  const pairs: [number, number, number][] = [];
  const dots = new Map<number, number>();
  vectors.forEach((v, i) => {
    dots.clear();
    for (const [t, w] of v) {
      for (const [j, wj] of postings.get(t) ?? []) {
        if (j > i) dots.set(j, (dots.get(j) ?? 0) + w * wj);
      }
    }
    for (const [j, dot] of dots) if (dot >= threshold) pairs.push([i, j, dot]);
  });
  return pairs;
}
