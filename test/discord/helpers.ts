import type { Logger } from '../../src/core/adapter.js';
import type { DigestStory, RememberedArticle } from '../../src/handler/types.js';

/** A logger that keeps what it is told, for assertions and quiet test output. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

const words = (n: number, seed: string): string =>
  Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 6 ? '.' : ''}`).join(' ');

/**
 * `count` remembered articles whose every part is far over Discord's limits (titles of 300
 * characters, ledes of 5,000, key points of 1,500), summarized `minutesAgo` apart.
 */
export function oversizedArticles(count: number, now: Date): RememberedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const url = `https://news.example.com/2026/11/27/story-${n}`;
    return {
      ref: `story-${n}`,
      article: {
        text: words(400, `body${n}`),
        url,
        source: `Example News ${n}`,
        title: `Story ${n}`,
      },
      summary: {
        title: `Story ${n}: ${'a very long headline about the council budget '.repeat(7)}`,
        lede: `Lede ${n}. ${'The council met on Wednesday and agreed a budget 🚧 for repairs. '.repeat(80)}`,
        keyPoints: Array.from({ length: 5 }, (_, k) => ({
          label: `Point ${k + 1} of story ${n}`,
          text: `${'Engineers said the hangers were corroded and had to be replaced. '.repeat(25)}`,
          sentenceIds: [k + 1],
        })),
        quotes: [],
        stats: { sentences: 40, words: 400, removedLines: 0 },
        url,
        source: `Example News ${n}`,
      },
      pointsShown: 5,
      at: new Date(now.getTime() - (count - i) * 60_000).toISOString(),
    };
  });
}

/** A digest reply of `n` oversized stories. */
export const digestOf = (n: number) => ({
  kind: 'digest' as const,
  title: "Today's stories",
  stories: oversizedArticles(n, new Date()).map(
    ({ article, summary }): DigestStory => ({
      title: summary.title,
      url: article.url,
      sources: [{ name: article.source ?? '' }],
      lede: summary.lede,
      keyPoints: summary.keyPoints,
    }),
  ),
});
