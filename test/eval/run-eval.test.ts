import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataPath } from '../../src/eval/dataset.js';
import { halvesCheck } from '../../src/eval/halves.js';
import { runBatch, runEval } from '../../src/eval/run-eval.js';
import { testTmpDir } from '../support/tmp.js';

// A tiny eval file made here, so the tests never need ../shared/eval.
const ARTICLES = [
  {
    id: 'a1',
    title: 'Council approves bridge repairs',
    text: [
      'The city council approved repairs to the river bridge on Tuesday after months of delay.',
      'The bridge has been closed to traffic since floods damaged its supports in March.',
      'Engineers expect the work to take six months and cost about four million pounds.',
      'Local shop owners say the closure has cut their trade by almost half.',
      'The mayor said the council would also review flood defences along the river.',
    ].join(' '),
    reference_sentences: [
      'Council approves repairs to the river bridge closed since March floods.',
      'Work will take six months and cost about four million pounds.',
    ],
  },
  {
    id: 'a2',
    title: null,
    text: [
      'A new library opened in the town centre on Saturday with a reading by a local author.',
      'The building replaces a library that closed five years ago because of budget cuts.',
      'Volunteers raised half of the money needed to build it over three years.',
      'The library will open six days a week and offer free computer classes.',
      'Hundreds of families queued outside before the doors opened in the morning.',
    ].join(' '),
    reference_sentences: [
      'A new library opened in the town centre on Saturday.',
      'Volunteers raised half of the money.',
      'It will offer free computer classes.',
    ],
  },
];

let dir = '';
let file = '';
beforeAll(() => {
  dir = testTmpDir('newsbrief-eval-');
  file = join(dir, 'tiny.jsonl');
  writeFileSync(file, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(points: number | 'ref', path = file) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runEval({
    dataPath: path,
    points,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
  });
  return { code, lines, errors };
}

describe('runEval', () => {
  it('GIVEN a small eval file THEN it prints one table with all four systems and three CIs', async () => {
    const { code, lines, errors } = await run(2);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(lines).toContain('| system | R-1 | R-2 | R-Lsum | articles/s |');
    for (const name of ['newsbrief', 'Lead-2', 'TextRank', 'wink-nlp (peer)']) {
      expect(lines.some((l) => l.startsWith(`| ${name} |`))).toBe(true);
    }
    const deltas = lines.filter((l) => l.startsWith('newsbrief − '));
    expect(deltas).toHaveLength(3);
    expect(deltas[0]).toMatch(
      /^newsbrief − Lead-2: ΔR1 [+-][\d.]+ \[[+-][\d.]+, [+-][\d.]+\], ΔR2 .*, ΔRLsum /,
    );
  });

  it('GIVEN points "ref" THEN the lead baseline is Lead-k', async () => {
    const { code, lines } = await run('ref');
    expect(code).toBe(0);
    expect(lines.some((l) => l.startsWith('| Lead-k |'))).toBe(true);
  });

  it('GIVEN a missing data file THEN it exits non-zero and names the expected path', async () => {
    const missing = join(dir, 'cnndm-validation.jsonl');
    const { code, lines, errors } = await run(3, missing);
    expect(code).not.toBe(0);
    expect(lines).toEqual([]);
    expect(errors.join('\n')).toContain(missing);
  });

  it('GIVEN a bad points value THEN it exits non-zero with a message', async () => {
    const { code, errors } = await run(0);
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/points/);
  });
});

describe('over-fitting check (--halves)', () => {
  it('GIVEN --halves THEN the weight grid and the held-out line follow the table', async () => {
    const lines: string[] = [];
    const code = await runEval({
      dataPath: file,
      points: 2,
      halves: true,
      out: (l) => lines.push(l),
    });
    expect(code).toBe(0);
    expect(lines).toContain('| centrality | 3 | 4 | 5 | 6 | 8 |');
    expect(lines.some((l) => /^\| 3 \| [+-]\d/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^Chosen on one random half.*\(40 halves\): held-out ΔR-1 [+-][\d.]+/,
    );
  });

  it('GIVEN a scorer that rewards one sentence THEN the grid shows which weights pick it, and the halves choose by it', () => {
    // A filler second sentence; the council sentence is what the rest of the story repeats.
    const text = [
      'Residents of the town have waited a long time for some good news this spring.',
      'The weather was mild and sunny across the whole region on Tuesday afternoon.',
      'The council approved repairs to the old river bridge at its meeting.',
      'The river bridge repairs will take six months to finish, engineers say.',
      'Bridge repairs on the river crossing will cost four million pounds in total.',
      'The old river bridge has been closed since floods damaged the bridge supports.',
    ].join(' ');
    const input = { text, reference: '', points: 2 };
    const rewarding = (phrase: string) => (_ref: string, cand: string) =>
      cand.includes(phrase) ? 1 : 0;
    const at = (r: ReturnType<typeof halvesCheck>, c: number) =>
      r.grid.filter((g) => g.centrality === c).map((g) => g.deltaR1);

    const council = halvesCheck([input, input], rewarding('approved repairs'), 3);
    expect(at(council, 0)).toEqual([0, 0, 0, 0, 0]); // position alone keeps the lead
    expect(at(council, 3)).toEqual([1, 1, 1, 1, 1]); // centrality brings the council in
    expect(council.heldOut.mean).toBe(1);
    expect(council.halvings).toBe(6);

    // Rewarding the filler instead: the best weights are position alone, and nothing is gained.
    const weather = halvesCheck([input, input], rewarding('weather'), 3);
    expect(at(weather, 3)).toEqual([-1, -1, -1, -1, -1]);
    expect(weather.heldOut.mean).toBe(0);
  });
});

describe('runBatch', () => {
  it('GIVEN a JSONL file THEN it prints one JSON summary per article', async () => {
    const lines: string[] = [];
    const code = await runBatch({ dataPath: file, points: 2, out: (l) => lines.push(l) });
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '{}');
    expect(first.id).toBe('a1');
    expect(typeof first.lede).toBe('string');
    expect(first.keyPoints.length).toBeGreaterThan(0);
    expect(Object.keys(first.keyPoints[0]).sort()).toEqual(['label', 'text']);
  });

  it('GIVEN a missing file THEN it exits non-zero and names the expected path', async () => {
    const errors: string[] = [];
    const missing = join(dir, 'nope.jsonl');
    const code = await runBatch({ dataPath: missing, out: () => {}, err: (l) => errors.push(l) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(missing);
  });
});

describe('defaultDataPath', () => {
  it('GIVEN the repo root as cwd THEN the eval data is expected in ../shared/eval', () => {
    expect(defaultDataPath('bbc-dev.jsonl', '/work/main')).toBe('/work/shared/eval/bbc-dev.jsonl');
  });

  it('GIVEN a folder without ../shared/eval (even /) THEN the path beside the package folder', () => {
    const pkg = join(testTmpDir('newsbrief-pkg-'), 'repo');
    expect(defaultDataPath('bbc-dev.jsonl', '/', pkg)).toBe(
      join(pkg, '..', 'shared/eval/bbc-dev.jsonl'),
    );
  });
});
