import {
  type CandidateItem,
  composeBriefing,
  type DevelopingContext,
} from '../../src/briefing/compose-briefing.js';
import { shownChains } from '../../src/briefing/developing.js';
import { createStorySummarizer } from '../../src/briefing/story-summary.js';
import type { DigestStory } from '../../src/handler/types.js';
import type { ShownStoryRecord, StoredSummary } from '../../src/store/store.js';
import { type DevelopingSequence, SEQUENCES } from '../fixtures/developing/sequences.js';

/** How one follow-up came out: as an update or not, and what its sentences were. */
export interface UpdateRow {
  readonly sequence: string;
  readonly day: number;
  /** It was shown as an update of the earlier story (not as a new story, not left out). */
  readonly update: boolean;
  readonly sentences: readonly string[];
  /** Sentences that say something the earlier articles did not. */
  readonly newFacts: number;
  /** Sentences that only repeat the earlier articles (annotated background). */
  readonly repeats: number;
  readonly mainFact: boolean;
}

const DAY_MS = 24 * 3600_000;
const start = Date.parse('2026-03-02T06:00:00Z');

/**
 * Runs the sequences through the briefing pipeline as one channel following one feed that
 * carries all of them, one day at a time: day 0's stories are shown in full, each later day is
 * composed against what the channel was shown (recorded as the scheduler records it), and each
 * follow-up is scored with its annotations.
 */
export async function measureDeveloping(
  sequences: readonly DevelopingSequence[] = SEQUENCES,
  options: { readonly remember?: boolean } = {},
): Promise<UpdateRow[]> {
  const summaries = new Map<string, StoredSummary>();
  const summarizeStory = createStorySummarizer({
    cache: {
      get: async (k) => summaries.get(k),
      save: async (k, s) => void summaries.set(k, s),
    },
  });
  const shown: ShownStoryRecord[] = [];
  const seen: CandidateItem[] = [];
  const rows: UpdateRow[] = [];
  const days = Math.max(...sequences.flatMap((s) => s.articles.map((a) => a.day)));
  for (let day = 0; day <= days; day++) {
    const now = new Date(start + day * DAY_MS);
    const today = sequences.flatMap((seq) =>
      seq.articles.filter((a) => a.day === day).map((article) => ({ seq, article })),
    );
    const items = today.map(
      ({ article }, i): CandidateItem => ({
        feedKey: 'feed-1',
        guid: article.guid,
        url: article.url,
        canonicalUrl: article.url,
        title: article.title,
        lede: article.text.split('\n')[0] ?? '',
        content: article.text,
        // In the order written: the ranking (by recency) keeps it.
        publishedAt: new Date(now.getTime() - 3600_000 - i * 60_000).toISOString(),
        sourceName: 'News',
      }),
    );
    const developing: DevelopingContext = {
      chains: shownChains(shown),
      earlierArticles: new Map(
        [...summaries].flatMap(([k, s]) => (s.sentences ? [[k, s.sentences] as const] : [])),
      ),
    };
    const composed = await composeBriefing([...items, ...seen], {
      now,
      maxStories: 20,
      summarizeStory,
      developing,
    });
    // Not remembering what was shown: every day's article is a story of its own (the baseline).
    composed.shown.forEach((s, i) => {
      if (options.remember === false) return;
      shown.push({
        ...s,
        id: shown.length + 1,
        shownAt: now.toISOString(),
        message: { id: `m${day}.${i}`, link: `https://chat.example/day${day}#${i}` },
      });
    });
    seen.push(...items.map((i) => ({ ...i, seen: true })));
    if (day === 0) continue;
    for (const { seq, article } of today) {
      const story = composed.stories.find((s) => s.url === article.url);
      rows.push(scoreUpdate(seq.id, article, story));
    }
  }
  return rows;
}

function scoreUpdate(
  sequence: string,
  article: DevelopingSequence['articles'][number],
  story: DigestStory | undefined,
): UpdateRow {
  const sentences = story?.update?.facts ?? [
    ...(story?.lede ? [story.lede] : []),
    ...(story?.keyPoints.map((p) => p.text) ?? []),
  ];
  const repeats = sentences.filter((s) => article.background?.some((b) => s.includes(b))).length;
  return {
    sequence,
    day: article.day,
    update: story?.update !== undefined,
    sentences,
    newFacts: sentences.length - repeats,
    repeats,
    mainFact: sentences.some((s) => s.includes(article.mainFact ?? '\u0000')),
  };
}

/** The table the issue asks for: per update, new-fact and repeated sentences, and the main fact. */
export function formatTable(rows: readonly UpdateRow[]): string {
  const head = ['sequence', 'day', 'shown as', 'sentences', 'new facts', 'repeats', 'main fact'];
  const body = rows.map((r) => [
    r.sequence,
    String(r.day),
    r.update ? 'update' : 'full story',
    String(r.sentences.length),
    String(r.newFacts),
    String(r.repeats),
    r.mainFact ? 'yes' : 'NO',
  ]);
  const sum = (f: (r: UpdateRow) => number) => String(rows.reduce((n, r) => n + f(r), 0));
  body.push([
    `total (${rows.length} updates)`,
    '',
    `${rows.filter((r) => r.update).length} updates`,
    sum((r) => r.sentences.length),
    sum((r) => r.newFacts),
    sum((r) => r.repeats),
    `${rows.filter((r) => r.mainFact).length}/${rows.length}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
