import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticleFromHtml } from '../../articles/extract-html.js';
import { summarize } from '../../summarizer/summarize.js';
import { type BenchmarkPage, loadBenchmarkPages } from './pages.js';
import { aggregate, type PageScore, pageRecall, scorePage } from './shingle-metric.js';
import { checkSummary } from './summary-check.js';

export interface EvalExtractOptions {
  /** The benchmark folder: ground-truth.json and html/. */
  readonly dataDir: string;
  /** Also print every page's summary (lede and points), to read them. */
  readonly printSummaries?: boolean;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
}

interface SystemRun {
  readonly name: string;
  readonly scores: PageScore[];
  readonly ms: number[];
  readonly empty: string[];
}

type Extractor = (page: BenchmarkPage) => string;

/**
 * This process's CPU time in ms. Timing by CPU rather than the wall clock: on a machine
 * shared with other work the wall clock measures the neighbours; for this single-threaded,
 * synchronous work the two agree on an idle machine.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Plain Readability over linkedom as its README shows it: the article's textContent. */
const plainReadability: Extractor = (page) => {
  const { document } = parseHTML(page.html);
  type Doc = ConstructorParameters<typeof Readability>[0];
  return new Readability(document as unknown as Doc).parse()?.textContent ?? '';
};

const newsbrief: Extractor = (page) => {
  const r = extractArticleFromHtml(page.html, page.url);
  return r.ok ? r.value.text : '';
};

function run(name: string, pages: readonly BenchmarkPage[], extract: Extractor): SystemRun {
  const scores: PageScore[] = [];
  const ms: number[] = [];
  const empty: string[] = [];
  for (const page of pages) {
    const t0 = cpuMs();
    const text = extract(page);
    ms.push(cpuMs() - t0);
    if (text.trim() === '') empty.push(page.id);
    scores.push(scorePage(page.truth, text));
  }
  return { name, scores, ms, empty };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

const f3 = (x: number) => x.toFixed(3);
const ms1 = (x: number) => x.toFixed(1);

/**
 * The article-extraction benchmark's metric (shingle-metric.ts) for newsbrief's extraction
 * and plain Readability in the same run, then the summaries of every page checked for page
 * furniture (summary-check.ts). Returns the exit code: 0, or 1 when the data is missing.
 */
export function runEvalExtract({
  dataDir,
  printSummaries = false,
  out,
  err = out,
}: EvalExtractOptions): number {
  const loaded = loadBenchmarkPages(dataDir);
  if (!loaded.ok) {
    err(loaded.message);
    return 1;
  }
  const { pages } = loaded;
  // Warm both up once so the first page does not carry the JIT's cost.
  for (const p of pages.slice(0, 3)) {
    newsbrief(p);
    plainReadability(p);
  }
  const runs = [
    run('newsbrief', pages, newsbrief),
    run('Readability 0.6 (linkedom, textContent)', pages, plainReadability),
  ];
  out(
    `${dataDir}: ${pages.length} pages, the benchmark's metric (4-token shingles, per-page means)`,
  );
  out('');
  out('| system | F1 | precision | recall | exact | empty pages | median CPU ms | p90 CPU ms |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of runs) {
    const m = aggregate(r.scores);
    out(
      `| ${r.name} | ${f3(m.f1)} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.accuracy)} | ${r.empty.length} | ${ms1(quantile(r.ms, 0.5))} | ${ms1(quantile(r.ms, 0.9))} |`,
    );
  }
  const nb = runs[0] as SystemRun;
  const byId = new Map(pages.map((p) => [p.id, p]));
  const rejected = nb.empty.filter((id) => (byId.get(id)?.truth.trim() ?? '') !== '');
  out('');
  out(
    `newsbrief rejected ${rejected.length} page(s) that have a ground-truth body${rejected.length ? ':' : '.'}`,
  );
  for (const id of rejected) {
    const page = byId.get(id) as BenchmarkPage;
    const r = extractArticleFromHtml(page.html, page.url);
    out(`  ${id.slice(0, 12)} ${r.ok ? '(empty text)' : r.error.message}`);
  }
  const worst = pages
    .map((p, i) => ({ p, recall: pageRecall(nb.scores[i] as PageScore) }))
    .filter((x) => x.recall < 0.8)
    .sort((a, b) => a.recall - b.recall);
  if (worst.length > 0) {
    out(
      `pages with recall under 0.8: ${worst.map((w) => `${w.p.id.slice(0, 8)} (${f3(w.recall)})`).join(', ')}`,
    );
  }
  summariesCheck(pages, printSummaries, out);
  return 0;
}

/** Extraction + summary for every page: the furniture check and the end-to-end time. */
function summariesCheck(
  pages: readonly BenchmarkPage[],
  print: boolean,
  out: (l: string) => void,
): void {
  const ms: number[] = [];
  let summarized = 0;
  let flaggedPages = 0;
  const lines: string[] = [];
  for (const page of pages) {
    const t0 = cpuMs();
    const extracted = extractArticleFromHtml(page.html, page.url);
    if (!extracted.ok) continue;
    const s = summarize(extracted.value);
    ms.push(cpuMs() - t0);
    if (!s.ok) {
      lines.push(`  ${page.id.slice(0, 8)} summary failed: ${s.error.message}`);
      continue;
    }
    summarized++;
    const flags = checkSummary(s.value, extracted.value.text);
    if (flags.length > 0) flaggedPages++;
    for (const f of flags)
      lines.push(`  ${page.id.slice(0, 8)} ${f.part} (${f.why}): ${f.text.slice(0, 120)}`);
    if (print) {
      out('');
      out(`## ${page.id.slice(0, 8)} ${s.value.title} (${page.url})`);
      out(`lede: ${s.value.lede}`);
      for (const p of s.value.keyPoints) out(`  • ${p.label}: ${p.text}`);
    }
  }
  out('');
  out(
    `Summaries: ${summarized} of ${pages.length} pages summarized, ${flaggedPages} with a lede, label or point flagged as furniture or not article text; extraction + summary median ${ms1(quantile(ms, 0.5))} CPU ms, p90 ${ms1(quantile(ms, 0.9))} CPU ms.`,
  );
  for (const l of lines) out(l);
}
