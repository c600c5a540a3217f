import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvalExtract } from '../../src/eval/extraction/run-eval-extract.js';
import { aggregate, benchmarkTokens, scorePage } from '../../src/eval/extraction/shingle-metric.js';
import { CAPTION_FIRST, NEWSLETTER_INSIDE } from '../sources/support/real-pages.js';
import { testTmpDir } from '../support/tmp.js';

describe("the benchmark's metric", () => {
  it('GIVEN tokens THEN they are Unicode \\w runs, case kept, marks and punctuation splitting', () => {
    expect(benchmarkTokens("Don't stop_now, Café 42 — 台風で")).toEqual([
      'Don',
      't',
      'stop_now',
      'Café',
      '42',
      '台風で',
    ]);
  });

  it('GIVEN a prediction with extra text THEN tp/fp/fn are shingle counts divided by their sum', () => {
    // truth: 6 tokens -> 3 shingles; prediction adds 2 tokens -> 5 shingles, 3 of them true.
    const s = scorePage('a b c d e f', 'a b c d e f g h');
    expect(s).toEqual({ tp: 3 / 5, fp: 2 / 5, fn: 0, exact: false });
  });

  it('GIVEN an empty prediction THEN precision skips the page and recall counts it as 0', () => {
    const pages = [scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')];
    const m = aggregate(pages);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
    expect(m.accuracy).toBe(0.5);
  });

  it('GIVEN texts shorter than four tokens THEN the whole text is one shingle', () => {
    expect(scorePage('Hello world', 'Hello world!')).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 0,
      exact: true,
    });
    expect(scorePage('Hello world', 'Hello there')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5 });
  });
});

describe('newsbrief eval-extract', () => {
  let dir = '';
  beforeAll(() => {
    dir = testTmpDir('newsbrief-extract-');
    mkdirSync(join(dir, 'html'));
    const truth: Record<string, { articleBody: string; url: string }> = {};
    for (const [id, html, body] of [
      ['ferry', CAPTION_FIRST, 'The island ferry resumed its crossings on Monday'],
      ['tram', NEWSLETTER_INSIDE, 'The city council voted on Tuesday to extend the tram line'],
    ] as const) {
      writeFileSync(join(dir, 'html', `${id}.html.gz`), gzipSync(Buffer.from(html)));
      truth[id] = { articleBody: body, url: `https://news.example/${id}` };
    }
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN a benchmark folder THEN one table has newsbrief and Readability, then the summary check', async () => {
    const lines: string[] = [];
    expect(await runEvalExtract({ dataDir: dir, out: (l) => lines.push(l) })).toBe(0);
    const text = lines.join('\n');
    expect(text).toMatch(/\| newsbrief \| 0\.\d{3} \| 0\.\d{3} \| 1\.000 \|/);
    expect(text).toMatch(/\| Readability 0\.6 \(linkedom, textContent\) \|/);
    expect(text).toContain('newsbrief rejected 0 page(s) that have a ground-truth body.');
    expect(text).toMatch(
      /Summaries: 2 of 2 pages summarized \(0 not in English.*\), 0 with a lede, label, point or opening flagged/,
    );
    // The rubric's automatic checks run on every English page's summary too.
    expect(text).toMatch(
      /Audit of the 2 English pages' summaries .*: 0 findings in its defect classes\./,
    );
  });

  it('GIVEN no data folder THEN it says where it expects the data and exits 1', async () => {
    const errors: string[] = [];
    const code = await runEvalExtract({
      dataDir: join(dir, 'nowhere'),
      out: () => {},
      err: (l) => errors.push(l),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/Extraction data not found: expected .*ground-truth\.json/);
  });
});
