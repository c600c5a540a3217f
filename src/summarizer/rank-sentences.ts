import type { Sentence } from './prepare.js';
import { cosine, inverseDocumentFrequency, type SparseVector, tfidfVector } from './vectors.js';

/**
 * Stage 3a: score every sentence. News puts the story first, so position is the backbone;
 * centrality (PacSum-style, directed: a sentence scores for what the sentences after it
 * repeat of it) and overlap with the headline say which early sentences carry the story;
 * priors demote what reads badly as a key point (fragments, very long sentences, quotes
 * with no attribution, questions, dangling pronouns).
 */
export interface RankWeights {
  /** Decay of the position prior exp(-i / positionScale). */
  readonly positionScale: number;
  readonly centrality: number;
  readonly title: number;
  readonly first: number;
  readonly quotePenalty: number;
  readonly pronounPenalty: number;
  readonly lengthPenalty: number;
}

export const DEFAULT_WEIGHTS = {
  positionScale: 5,
  centrality: 0.8,
  title: 0.3,
  first: 0.2,
  quotePenalty: 0.25,
  pronounPenalty: 0.3,
  lengthPenalty: 0.3,
} as const satisfies Required<RankWeights>;

export interface RankedSentences {
  readonly scores: readonly number[];
  readonly vectors: readonly SparseVector[];
  readonly idf: ReadonlyMap<string, number>;
}

const DANGLING_START =
  /^(?:["“‘']\s*)?(?:he|she|they|it|this|that|these|those|his|her|their|its|him|them)\b/i;

export function rankSentences(
  sentences: readonly Sentence[],
  titleStems: readonly string[],
  weights: RankWeights = DEFAULT_WEIGHTS,
): RankedSentences {
  const idf = inverseDocumentFrequency(sentences.map((s) => s.stems));
  const vectors = sentences.map((s) => tfidfVector(s.stems, idf));
  const titleVec = tfidfVector(titleStems, idf);
  const first = vectors[0];
  const centrality = directedCentrality(vectors);
  const scores = sentences.map((s, i) => {
    const v = vectors[i] as SparseVector;
    let score = Math.exp(-i / weights.positionScale);
    score += weights.centrality * (centrality[i] ?? 0);
    if (titleStems.length > 0) score += weights.title * cosine(v, titleVec);
    if (first && i > 0) score += weights.first * cosine(v, first);
    score -= weights.lengthPenalty * lengthPenalty(s.words);
    score -= weights.quotePenalty * quotedShare(s.text);
    if (i > 0 && DANGLING_START.test(s.text)) score -= weights.pronounPenalty;
    if (/\?["”’']?$/.test(s.text)) score -= weights.pronounPenalty;
    return score;
  });
  return { scores, vectors, idf };
}

/**
 * PacSum-style directed centrality: sentence i gains from later sentences that repeat it.
 * Edges under the mean similarity are dropped; scores are scaled to [0, 1].
 */
function directedCentrality(vectors: readonly SparseVector[]): number[] {
  const n = vectors.length;
  const sims: number[][] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i] as SparseVector, vectors[j] as SparseVector);
      row.push(s);
      sum += s;
      count++;
    }
    sims.push(row);
  }
  const threshold = count > 0 ? sum / count : 0;
  const raw = sims.map((row) =>
    row.reduce((acc, s) => acc + (s > threshold ? s - threshold : 0), 0),
  );
  const max = Math.max(0, ...raw);
  return raw.map((r) => (max > 0 ? r / max : 0));
}

/** 0 for 10..35 words, rising for fragments and run-ons. */
export function lengthPenalty(words: number): number {
  if (words < 10) return (10 - words) / 10;
  if (words > 35) return Math.min(1, (words - 35) / 35);
  return 0;
}

/** Share of the sentence's characters inside double quotes or ‘single’ quotes used as quotation. */
export function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]|(?:^|\s)[‘']([^’']{20,})[’'](?=[\s,.;:!?]|$)/g)) {
    inside += (m[1] ?? m[2] ?? '').length;
  }
  return text.length > 0 ? Math.min(1, inside / text.length) : 0;
}
