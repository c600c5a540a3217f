import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, articleNames, renderSummaryFile } from '../scripts/summary-file.js';
import { summarize } from '../src/summarizer/summarize.js';
import type { Summary } from '../src/summarizer/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const names = articleNames(root);

function articleText(name: string): string {
  return readFileSync(join(root, ARTICLES_DIR, `${name}.txt`), 'utf8');
}

describe('summaries/ is current', () => {
  it('GIVEN the example articles THEN there are at least the sample and the three real-world cases', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'china-envoy-north-korea',
        'city-council-transit-vote',
        'drought-wheat-prices',
        'chip-plant-delay',
      ]),
    );
  });

  it.each(names)(
    'GIVEN %s.txt THEN the committed summaries/<name>.md is what the script writes',
    (name) => {
      const path = join(root, 'summaries', `${name}.md`);
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      expect(committed, `summaries/${name}.md is out of date: run npm run summaries`).toBe(
        renderSummaryFile(articleText(name)),
      );
    },
  );
});

/** Text that belongs to the page around the story (captions, credits, footers, widgets), never to it. */
const CRUFT = [
  'Photo:',
  'Getty',
  'Reuters)',
  'Reporting by',
  'Editing by',
  'Our Standards',
  'legally licensed',
  'licensing questions',
  'Read more',
  'Advertisement',
  'Share this',
  'By Jane Roe',
];

/** Articles written to exercise real-world input: bylines, captions, datelines, footers, section markers. */
const REAL_WORLD = ['city-council-transit-vote', 'drought-wheat-prices', 'chip-plant-delay'];

function summaryOf(name: string): Summary {
  const result = summarize({ text: articleText(name) });
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe.each(REAL_WORLD)('summary of %s', (name) => {
  it('GIVEN captions, credits and footers in the input THEN none of their text reaches the summary', () => {
    const rendered = renderSummaryFile(articleText(name));
    const kept = CRUFT.filter((c) => rendered.includes(c));
    expect(kept, `cruft kept in the summary of ${name}`).toEqual([]);
  });

  it('GIVEN the key points THEN every label has at most 6 words', () => {
    const long = summaryOf(name)
      .keyPoints.map((p) => p.label)
      .filter((label) => label.trim().split(/\s+/).length > 6);
    expect(long).toEqual([]);
  });

  it('GIVEN the key points THEN every one ends with sentence punctuation', () => {
    const unfinished = summaryOf(name)
      .keyPoints.map((p) => p.text)
      .filter((text) => !/[.!?]["”’')]*$/.test(text.trim()));
    expect(unfinished).toEqual([]);
  });

  it('GIVEN quotes in the article THEN at least one quote has a named speaker', () => {
    const quotes = summaryOf(name).quotes;
    expect(quotes.some((q) => q.speaker.trim().length > 0)).toBe(true);
  });
});
