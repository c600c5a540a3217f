import { NO_PROGRESS, type Progress } from '../core/progress.js';
import { leadN, textRank } from './baselines.js';
import { type Interval, pairedBootstrap } from './bootstrap.js';
import { type EvalArticle, readEvalFile } from './dataset.js';
import { type Points, pointsProblem } from './points.js';
import { deltaLine, markdownTable, type SystemRow } from './report.js';
import type { RougeScores } from './rouge.js';
import { newsbriefSentences } from './systems.js';
import { timePhase } from './time-phase.js';

export { runBatch } from './run-batch.js';

export interface EvalOptions {
  /** A JSONL eval file (../shared/eval/README.md), resolved from the process cwd. */
  readonly dataPath: string;
  /** Sentences per summary; 'ref' = per article, its number of reference sentences. */
  readonly points: Points;
  /** Score only the first `limit` articles. */
  readonly limit?: number;
  /** Also print the over-fitting check of halves.ts (weight grid, random halvings). */
  readonly halves?: boolean;
  readonly out: (line: string) => void;
  /** Where problems go; defaults to `out`. */
  readonly err?: (line: string) => void;
  /** How far the work is (a progress line on a terminal); default: nothing. */
  readonly progress?: Progress;
}

type Picker = (a: EvalArticle, n: number) => readonly string[];

/**
 * Scores newsbrief, Lead-N, TextRank and the wink-nlp peer with ROUGE-1/2/Lsum at the same
 * number of sentences, prints one Markdown table and newsbrief's paired-bootstrap 95% CI
 * against each other system. Returns the exit code: 0, or 1 when data or dev deps are missing.
 */
export async function runEval({
  dataPath,
  points,
  limit,
  halves = false,
  out,
  err = out,
  progress = NO_PROGRESS,
}: EvalOptions): Promise<number> {
  const badPoints = pointsProblem(points, 'points');
  if (badPoints) {
    err(badPoints);
    return 1;
  }
  const data = readEvalFile(dataPath);
  if (!data.ok) {
    err(data.message);
    return 1;
  }
  // js-rouge and wink-nlp are dev dependencies: load them only when an evaluation runs.
  let rouge: (reference: string, candidate: string) => RougeScores;
  try {
    rouge = (await import('./rouge.js')).rouge;
  } catch (e) {
    err(
      `Scoring needs the dev dependency js-rouge; run \`npm install\`. (${(e as Error).message})`,
    );
    return 1;
  }
  const peer = await (await import('./peer-wink.js')).loadWinkPeer();

  const articles = data.value.slice(0, limit ?? data.value.length);
  const asked = articles.map((a) => (points === 'ref' ? a.referenceSentences.length : points));

  // newsbrief first: the others get the number of sentences it actually returned, so every
  // system is scored at the same length even where newsbrief gives fewer than asked.
  const total = articles.length;
  const nb = timePhase(articles, (a, i) => {
    progress.update('summarizing with newsbrief', i + 1, total);
    return newsbriefSentences({ text: a.text, title: a.title ?? undefined }, asked[i] ?? 1);
  });
  const nbSentences = nb.outputs.map((r) => (r.ok ? r.value : []));
  const given = nb.outputs.map((r, i) => (r.ok ? r.value.length : (asked[i] ?? 1)));

  const systems: { name: string; pick: Picker }[] = [
    { name: points === 'ref' ? 'Lead-k' : `Lead-${points}`, pick: (a, n) => leadN(a.text, n) },
    { name: 'TextRank', pick: (a, n) => textRank(a.text, n) },
  ];
  if (peer.ok) systems.push({ name: 'wink-nlp (peer)', pick: (a, n) => peer.value(a.text, n) });

  const refs = articles.map((a) => a.referenceSentences.join('\n'));
  const score = (name: string, outputs: readonly (readonly string[])[]): RougeScores[] =>
    outputs.map((s, i) => {
      progress.update(`scoring ${name}`, i + 1, total);
      return rouge(refs[i] ?? '', s.join('\n'));
    });

  const results = [
    { name: 'newsbrief', scores: score('newsbrief', nbSentences), perSecond: nb.perSecond },
  ];
  for (const s of systems) {
    const phase = timePhase(articles, (a, i) => {
      progress.update(`summarizing with ${s.name}`, i + 1, total);
      return s.pick(a, given[i] ?? 1);
    });
    results.push({
      name: s.name,
      scores: score(s.name, phase.outputs),
      perSecond: phase.perSecond,
    });
  }
  progress.end();

  const k = points === 'ref' ? 'k = reference sentences' : `${points} sentences`;
  out(`${dataPath}: ${articles.length} articles, ${k} per summary, ROUGE F1 ×100`);
  out('');
  for (const line of markdownTable(results.map(toRow))) out(line);
  out('');
  const [first, ...rest] = results;
  if (first === undefined) return 0;
  for (const b of rest) out(deltaLine(first.name, b.name, compare(first.scores, b.scores)));

  const failed = nb.outputs.filter((r) => !r.ok);
  if (failed.length > 0) {
    const codes = [...new Set(failed.map((r) => (r.ok ? '' : r.error.code)))].join(', ');
    out(
      `note: newsbrief returned an error on ${failed.length} articles (${codes}); scored as empty.`,
    );
  }
  const short = nb.outputs.filter((r, i) => r.ok && r.value.length < (asked[i] ?? 0)).length;
  if (short > 0) {
    out(
      `note: newsbrief returned fewer sentences than asked on ${short} articles; the other systems got the same number there.`,
    );
  }
  if (!peer.ok) out(`note: peer skipped: ${peer.error.message}`);
  if (halves) {
    const { halvesCheck, halvesLines } = await import('./halves.js');
    const inputs = articles.map((a, i) => ({
      text: a.text,
      title: a.title ?? undefined,
      reference: refs[i] ?? '',
      points: asked[i] ?? 1,
    }));
    progress.update('over-fitting check (halves)');
    const report = halvesCheck(inputs, (ref, cand) => rouge(ref, cand).r1);
    progress.end();
    out('');
    for (const line of halvesLines(report, systems[0]?.name ?? 'Lead-N')) out(line);
  }
  return 0;
}

const mean = (xs: readonly number[]): number =>
  xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);

function toRow(r: { name: string; scores: readonly RougeScores[]; perSecond: number }): SystemRow {
  return {
    name: r.name,
    r1: mean(r.scores.map((s) => s.r1)),
    r2: mean(r.scores.map((s) => s.r2)),
    rLsum: mean(r.scores.map((s) => s.rLsum)),
    articlesPerSecond: r.perSecond,
  };
}

function compare(
  a: readonly RougeScores[],
  b: readonly RougeScores[],
): { r1: Interval; r2: Interval; rLsum: Interval } {
  const metric = (m: keyof RougeScores): Interval =>
    pairedBootstrap(
      a.map((s) => s[m]),
      b.map((s) => s[m]),
    );
  return { r1: metric('r1'), r2: metric('r2'), rLsum: metric('rLsum') };
}
