import { DEFAULT_POINTS } from '../summarizer/summarize.js';

/** How much a channel reads: `/news length brief|standard|detailed`. */
export type SummaryLength = 'brief' | 'standard' | 'detailed';

export interface LengthSpec {
  /** Key points of a summary (`/news <url>`). */
  readonly points: number;
  /** Key points under each story's lede in a briefing or digest (0: the lede only). */
  readonly storyPoints: number;
}

export const LENGTHS = {
  brief: { points: 2, storyPoints: 0 },
  standard: { points: DEFAULT_POINTS, storyPoints: 3 },
  detailed: { points: 6, storyPoints: 6 },
} as const satisfies Readonly<Record<SummaryLength, LengthSpec>>;

/** What a channel that never chose reads. */
export const DEFAULT_LENGTH: SummaryLength = 'standard';

export const LENGTH_NAMES = Object.keys(LENGTHS) as readonly SummaryLength[];

export function isSummaryLength(word: string): word is SummaryLength {
  return (LENGTH_NAMES as readonly string[]).includes(word);
}

/** "brief: 2 key points a summary; the lede only for each story of a briefing or digest". */
export function describeLength(length: SummaryLength): string {
  const { points, storyPoints } = LENGTHS[length];
  const stories =
    storyPoints === 0
      ? 'the lede only for each story of a briefing or digest'
      : `the lede and ${storyPoints} key points for each story of a briefing or digest`;
  return `${length}: ${points} key points a summary; ${stories}`;
}
