import { readArticlePage } from '../../articles/read-page.js';
import { otherLanguageReply } from '../../handler/summary-reply.js';
import { summarize } from '../../summarizer/summarize.js';
import { auditSummary, type Finding } from '../audit.js';
import { type BenchmarkPage, loadBenchmarkPages } from './pages.js';
import {
  cpuMs,
  newsbriefExtractor,
  plainReadability,
  quantile,
  type SystemRun,
  scoreSystem,
  systemsTable,
} from './score-systems.js';
import { type PageScore, pageRecall } from './shingle-metric.js';
import { checkSummary } from './summary-check.js';

export interface EvalExtractOptions {
  /** The benchmark folder: ground-truth.json and html/. */
  readonly dataDir: string;
  /** Also print every page's summary (lede and points), to read them. */
  readonly printSummaries?: boolean;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
}

const f3 = (x: number) => x.toFixed(3);
const ms1 = (x: number) => x.toFixed(1);

/**
 * The article-extraction benchmark's metric (shingle-metric.ts) for newsbrief's extraction
 * and plain Readability in the same run, then the summaries of every page checked for page
 * furniture (summary-check.ts). Returns the exit code: 0, or 1 when the data is missing.
 */
export async function runEvalExtract({
  dataDir,
  printSummaries = false,
  out,
  err = out,
}: EvalExtractOptions): Promise<number> {
  const loaded = loadBenchmarkPages(dataDir);
  if (!loaded.ok) {
    err(loaded.message);
    return 1;
  }
  const { pages } = loaded;
  const runs = [
    await scoreSystem('newsbrief', pages, newsbriefExtractor),
    await scoreSystem('Readability 0.6 (linkedom, textContent)', pages, plainReadability),
  ];
  out(
    `${dataDir}: ${pages.length} pages, the benchmark's metric (4-token shingles, per-page means)`,
  );
  out('');
  for (const line of systemsTable(runs)) out(line);
  const nb = runs[0] as SystemRun;
  const byId = new Map(pages.map((p) => [p.id, p]));
  const rejected = nb.empty.filter((id) => (byId.get(id)?.truth.trim() ?? '') !== '');
  out('');
  out(
    `newsbrief rejected ${rejected.length} page(s) that have a ground-truth body${rejected.length ? ':' : '.'}`,
  );
  for (const id of rejected) {
    const page = byId.get(id) as BenchmarkPage;
    const r = readArticlePage(page.html, page.url);
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
  let notEnglish = 0;
  let flaggedPages = 0;
  const lines: string[] = [];
  /** The rubric's automatic checks (`newsbrief audit`) on each English page's summary. */
  const audited: Finding[] = [];
  let englishPages = 0;
  for (const page of pages) {
    const t0 = cpuMs();
    const extracted = readArticlePage(page.html, page.url);
    if (!extracted.ok) continue;
    const s = summarize(extracted.value);
    ms.push(cpuMs() - t0);
    if (!s.ok) {
      lines.push(`  ${page.id.slice(0, 8)} summary failed: ${s.error.message}`);
      continue;
    }
    summarized++;
    const flags = checkSummary(s.value, extracted.value.text);
    // What a reader of a page not in English gets instead: its opening, which must be story too.
    const other = otherLanguageReply(extracted.value);
    if (other?.kind === 'summary') {
      notEnglish++;
      flags.push(
        ...checkSummary({ ...s.value, lede: other.lede, keyPoints: [] }, extracted.value.text).map(
          (f) => ({ ...f, part: `opening (not English)` }),
        ),
      );
    }
    if (other?.kind !== 'summary') {
      englishPages++;
      audited.push(
        ...auditSummary(
          page.id.slice(0, 8),
          extracted.value.text,
          extracted.value.title,
          s.value,
        ).filter((f) => f.cls !== 'unlabelled'),
      );
    }
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
    `Summaries: ${summarized} of ${pages.length} pages summarized (${notEnglish} not in English, whose reply shows the opening instead: checked too), ${flaggedPages} with a lede, label, point or opening flagged as furniture or not article text; extraction + summary median ${ms1(quantile(ms, 0.5))} CPU ms, p90 ${ms1(quantile(ms, 0.9))} CPU ms.`,
  );
  for (const l of lines) out(l);
  const byClass = new Map<string, number>();
  for (const f of audited) byClass.set(f.cls, (byClass.get(f.cls) ?? 0) + 1);
  out(
    `Audit of the ${englishPages} English pages' summaries (the rubric's automatic checks, as \`newsbrief audit\` runs them): ${audited.length} findings in its defect classes${byClass.size > 0 ? ` (${[...byClass].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}.`,
  );
  for (const f of audited)
    out(
      `  ${f.id} ${f.cls}: ${f.text.slice(0, 120)}${f.detail ? ` | ${f.detail.slice(0, 80)}` : ''}`,
    );
}
