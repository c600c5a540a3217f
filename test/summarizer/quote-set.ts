import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../src/summarizer/types.js';

/** One hand-annotated quote (fixtures/quote-set.json explains the rules). */
export interface GoldQuote {
  readonly speaker: string;
  readonly role?: string;
  readonly also?: readonly string[];
  readonly start: string;
  readonly end?: string;
}

export interface GoldArticle {
  readonly id: string;
  readonly quotes: readonly GoldQuote[];
}

export function loadQuoteSet(): GoldArticle[] {
  const file = join(import.meta.dirname, 'fixtures', 'quote-set.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: GoldArticle[] }).articles;
}

/** Lower case, one kind of apostrophe, words only: quote marks and spacing never decide a match. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9'£$%]+/g, ' ')
    .replace(/(^|\s)'|'(?=\s|$)/g, '$1')
    .trim();
}

export interface QuoteScore {
  /** Quotes the extractor listed. */
  found: number;
  /** Listed quotes that are (the start of) an annotated quote. */
  correct: number;
  gold: number;
  /** Annotated quotes listed at least once. */
  recalled: number;
  /** Recalled quotes whose first listing names the annotated speaker. */
  speakerRight: number;
  /** Recalled quotes with an annotated end that the listing keeps whole, of those with an end. */
  whole: number;
  withEnd: number;
  /** What went wrong, one line each, for reading. */
  misses: string[];
}

export function emptyScore(): QuoteScore {
  return {
    found: 0,
    correct: 0,
    gold: 0,
    recalled: 0,
    speakerRight: 0,
    whole: 0,
    withEnd: 0,
    misses: [],
  };
}

function speakerMatches(found: string, gold: GoldQuote): boolean {
  const have = ` ${normalize(found)} `;
  const keys = [normalize(gold.speaker).split(' ').at(-1) ?? '', ...(gold.also ?? [])];
  return keys.some((k) => k !== '' && have.includes(` ${normalize(k)} `));
}

/** Adds one article's listed quotes, scored against its annotation, to `into`. */
export function scoreArticle(
  id: string,
  found: readonly Quote[],
  gold: readonly GoldQuote[],
  into: QuoteScore,
): void {
  const texts = found.map((q) => normalize(q.text));
  into.found += found.length;
  into.gold += gold.length;
  texts.forEach((t, i) => {
    if (gold.some((g) => t.includes(normalize(g.start)))) into.correct++;
    else into.misses.push(`${id} EXTRA "${found[i]?.text.slice(0, 70)}" (${found[i]?.speaker})`);
  });
  for (const g of gold) {
    const i = texts.findIndex((t) => t.includes(normalize(g.start)));
    const q = found[i];
    if (!q) {
      into.misses.push(`${id} MISSED "${g.start}" (${g.speaker})`);
      continue;
    }
    into.recalled++;
    if (speakerMatches(q.speaker, g)) into.speakerRight++;
    else into.misses.push(`${id} SPEAKER "${g.start}": ${q.speaker}, not ${g.speaker}`);
    if (g.end) {
      into.withEnd++;
      if (texts[i]?.includes(normalize(g.end))) into.whole++;
      else into.misses.push(`${id} CUT "${g.start}" … "${g.end}"`);
    }
  }
}
