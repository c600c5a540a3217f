/** What the summarizer reads. Only `text` is required. */
export interface Article {
  readonly text: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  /** Publisher or feed name, shown as the source. */
  readonly source?: string | undefined;
}

export interface SummarizeOptions {
  /** Number of key points, 1..10 (default 4). */
  readonly points?: number;
}

export interface KeyPoint {
  /**
   * A short headline (at most 10 words) made from a sentence of the point, or its section's
   * heading; empty when none passes the checks.
   */
  readonly label: string;
  readonly text: string;
  /** Indices into the cleaned article's sentence list. */
  readonly sentenceIds: readonly number[];
}

export interface Quote {
  readonly speaker: string;
  readonly role?: string | undefined;
  readonly text: string;
  /**
   * True when the lede or a key point already shows this quotation, or a sentence of it: a
   * summary's key quotes leave it out (the reader has just read it), the quotes command lists it.
   */
  readonly inPoints?: boolean;
}

export interface SummaryStats {
  readonly sentences: number;
  readonly words: number;
  readonly removedLines: number;
}

export interface Summary {
  readonly title: string;
  readonly lede: string;
  readonly keyPoints: readonly KeyPoint[];
  readonly quotes: readonly Quote[];
  readonly stats: SummaryStats;
  readonly url?: string | undefined;
  readonly source?: string | undefined;
}

export interface Answer {
  /** True when some sentences match the question well enough. */
  readonly found: boolean;
  /** One to three article sentences, in article order; empty when not found. */
  readonly sentences: readonly string[];
  readonly score: number;
}
