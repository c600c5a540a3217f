import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, articleNames, renderSummaryFile } from '../scripts/summary-file.js';
import { textOverlap } from '../src/eval/audit.js';
import { MAX_LABEL_WORDS } from '../src/summarizer/label.js';
import { labelProblems, labelTokensInContext } from '../src/summarizer/label-checks.js';
import { REPEAT_OVERLAP } from '../src/summarizer/overlap.js';
import { prepareArticle } from '../src/summarizer/prepare.js';
import { summarize } from '../src/summarizer/summarize.js';
import { contentStems } from '../src/summarizer/tokens.js';
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
  'By Court Reporter',
  'Media playback',
  'Scroll down',
  'READ MORE',
];

/** Articles written to exercise real-world input: bylines, captions, datelines, footers, section markers. */
const REAL_WORLD = [
  'city-council-transit-vote',
  'drought-wheat-prices',
  'chip-plant-delay',
  'court-allegation',
  'hospital-bus-claim',
  'glued-captions',
  'sectioned-rail-plan',
];

/** The articles that quote a named speaker in double quotation marks. */
const QUOTED = [
  'city-council-transit-vote',
  'drought-wheat-prices',
  'chip-plant-delay',
  'court-allegation',
  'hospital-bus-claim',
];

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

  it('GIVEN the key points THEN every label is a short headline that passes the label checks', () => {
    const summary = summaryOf(name);
    const prepared = prepareArticle(articleText(name));
    const bad = summary.keyPoints.flatMap((p) => {
      if (p.label === '') return [];
      const sentences = p.sentenceIds.map((id) => prepared.sentences[id]);
      const heading = sentences.some((s) => s?.heading === p.label);
      const long = p.label.split(/\s+/).length > MAX_LABEL_WORDS;
      const fails = sentences.every(
        (s) =>
          labelProblems(p.label, s?.text ?? '', labelTokensInContext(p.label, s?.text ?? ''))
            .length > 0,
      );
      return long || (fails && !heading) ? [p.label] : [];
    });
    expect(bad).toEqual([]);
  });

  it('GIVEN the lede THEN no point repeats it or another point', () => {
    const summary = summaryOf(name);
    const texts = [summary.lede, ...summary.keyPoints.map((p) => p.text)];
    const repeats: string[] = [];
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        if (textOverlap(texts[i] ?? '', texts[j] ?? '') > REPEAT_OVERLAP)
          repeats.push(texts[j] ?? '');
    expect(repeats).toEqual([]);
  });

  it('GIVEN the key points THEN every one ends with sentence punctuation', () => {
    const unfinished = summaryOf(name)
      .keyPoints.map((p) => p.text)
      .filter((text) => !/[.!?]["”’')]*$/.test(text.trim()));
    expect(unfinished).toEqual([]);
  });

  it.skipIf(!QUOTED.includes(name))(
    'GIVEN quotes in the article THEN at least one quote has a named speaker',
    () => {
      const quotes = summaryOf(name).quotes;
      expect(quotes.some((q) => q.speaker.trim().length > 0)).toBe(true);
    },
  );
});

describe('the patterns an editor flagged, on articles written for them', () => {
  it('GIVEN an allegation in court THEN the lede keeps "is alleged" and "a court has heard"', () => {
    const s = summaryOf('court-allegation');
    expect(s.lede).toMatch(/is alleged to have told staff/);
    expect(s.lede).toMatch(/a court has heard\.$/);
  });

  it('GIVEN a claim by opponents THEN the lede says who argued it and keeps "would"', () => {
    const s = summaryOf('hospital-bus-claim');
    expect(s.lede).toMatch(/^Opponents of a planned tram extension .* argued .* would serve/);
  });

  it('GIVEN captions, player text and glued sentences THEN none reach the summary and the glued ones are apart', () => {
    const s = summaryOf('glued-captions');
    const all = [s.lede, ...s.keyPoints.map((p) => p.text)].join(' ');
    expect(all).not.toMatch(/Media playback|Scroll down|READ MORE|said\.The/);
    // The caption glued to the next sentence without a full stop is gone.
    expect(all).not.toMatch(/four-hour rescue on Sunday The Lizard/);
  });

  it('GIVEN a sectioned story THEN a heading labels only a point about it', () => {
    const s = summaryOf('sectioned-rail-plan');
    const prepared = prepareArticle(articleText('sectioned-rail-plan'));
    for (const p of s.keyPoints) {
      const heading = prepared.sentences[p.sentenceIds[0] ?? -1]?.heading;
      if (heading && p.label === heading) {
        const said = new Set(contentStems(p.text));
        expect(contentStems(heading).some((t) => said.has(t))).toBe(true);
      }
    }
  });
});
