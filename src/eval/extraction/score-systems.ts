import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticlePage } from '../../articles/read-page.js';
import type { BenchmarkPage } from './pages.js';
import { aggregate, type PageScore, scorePage } from './shingle-metric.js';

/** Page -> the article text a system extracts ('' when it finds none). */
export type Extractor = (page: BenchmarkPage) => string | Promise<string>;

export interface SystemRun {
  readonly name: string;
  readonly scores: PageScore[];
  /** CPU ms per page. */
  readonly ms: number[];
  /** Ids of the pages with no text. */
  readonly empty: string[];
}

/**
 * This process's CPU time in ms. Timing by CPU rather than the wall clock: on a machine
 * shared with other work the wall clock measures the neighbours; for this single-threaded,
 * synchronous work the two agree on an idle machine.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Plain Readability over linkedom as its README shows it: the article's textContent. */
export const plainReadability: Extractor = (page) => {
  const { document } = parseHTML(page.html);
  type Doc = ConstructorParameters<typeof Readability>[0];
  return new Readability(document as unknown as Doc).parse()?.textContent ?? '';
};

/** newsbrief's extraction as a worker runs it (src/articles/read-page.ts: limits, extraction, control characters stripped); a refused page is ''. */
export const newsbriefExtractor: Extractor = (page) => {
  const r = readArticlePage(page.html, page.url);
  return r.ok ? r.value.text : '';
};

/** Runs one system over every page (after warming it up on three), scoring each page. */
export async function scoreSystem(
  name: string,
  pages: readonly BenchmarkPage[],
  extract: Extractor,
): Promise<SystemRun> {
  for (const p of pages.slice(0, 3)) await extract(p);
  const scores: PageScore[] = [];
  const ms: number[] = [];
  const empty: string[] = [];
  for (const page of pages) {
    const t0 = cpuMs();
    let text = '';
    try {
      text = await extract(page);
    } catch {
      // A system that throws on a page found nothing there.
    }
    ms.push(cpuMs() - t0);
    if (text.trim() === '') empty.push(page.id);
    scores.push(scorePage(page.truth, text));
  }
  return { name, scores, ms, empty };
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

/** The Markdown table: system | F1 | precision | recall | exact | empty pages | CPU ms. */
export function systemsTable(runs: readonly SystemRun[]): string[] {
  const f3 = (x: number) => x.toFixed(3);
  const ms1 = (x: number) => x.toFixed(1);
  return [
    '| system | F1 | precision | recall | exact | empty pages | median CPU ms | p90 CPU ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map((r) => {
      const m = aggregate(r.scores);
      return `| ${r.name} | ${f3(m.f1)} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.accuracy)} | ${r.empty.length} | ${ms1(quantile(r.ms, 0.5))} | ${ms1(quantile(r.ms, 0.9))} |`;
    }),
  ];
}
