// npm run bench: speed and memory of newsbrief, Lead-3 and the wink-nlp peer, 3 sentences each,
// on every article of both eval files (../shared/eval, or the directory given as argument).
//
// Each system runs in its own child process (this script with --phase NAME) after a warm-up.
// getrusage's maxRSS is a high-water mark that never falls, so in one process a later phase
// would inherit an earlier phase's peak; a fresh process per phase gives each system its own
// peak. The table shows that peak and its rise over the peak reached by loading the data.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot, SAMPLE_ARTICLE } from '../src/core/package-root.js';
import { terminalProgress } from '../src/core/progress.js';
import { type BenchArticle, measurePhase, type PhaseReport } from '../src/eval/bench-phase.js';
import { describeStartup, timeCliStartup } from '../src/eval/bench-startup.js';
import { defaultDataPath, EVAL_FILES, readEvalFile } from '../src/eval/dataset.js';

/**
 * "newsbrief (sentences only)" is the peer's own task: pick 3 sentences (stages 1-3, what `eval`
 * scores), without the labels and quotes that a summary adds.
 */
const SYSTEMS = ['newsbrief', 'newsbrief (sentences only)', 'Lead-3', 'wink-nlp (peer)'] as const;
const POINTS = 3;
const ROUNDS = 3;
const self = fileURLToPath(import.meta.url);

function loadArticles(paths: readonly string[]): BenchArticle[] {
  return paths.flatMap((p) => {
    const r = readEvalFile(p);
    if (!r.ok) throw new Error(r.message);
    return r.value.map((a) => ({
      text: a.text,
      title: a.title ?? undefined,
      words: a.text.split(/\s+/).filter(Boolean).length,
    }));
  });
}

async function systemRunner(name: string): Promise<(a: BenchArticle) => unknown> {
  if (name === 'newsbrief') {
    const { summarize } = await import('../src/summarizer/summarize.js');
    return (a) => summarize({ text: a.text, title: a.title }, { points: POINTS });
  }
  if (name === 'newsbrief (sentences only)') {
    const { newsbriefSentences } = await import('../src/eval/systems.js');
    return (a) => newsbriefSentences({ text: a.text, title: a.title }, POINTS);
  }
  if (name === 'Lead-3') {
    const { leadN } = await import('../src/eval/baselines.js');
    return (a) => leadN(a.text, POINTS);
  }
  const { loadWinkPeer } = await import('../src/eval/peer-wink.js');
  const peer = await loadWinkPeer();
  if (!peer.ok) throw new Error(peer.error.message);
  return (a) => peer.value(a.text, POINTS);
}

/** Child: measure one system and print its report as JSON. */
async function phase(name: string, paths: readonly string[]): Promise<void> {
  const articles = loadArticles(paths);
  // The high-water mark after loading the data: the rise past it is the system's own.
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const run = await systemRunner(name);
  console.log(JSON.stringify(measurePhase(name, articles, run, rssBefore)));
}

function runPhaseInChild(name: string, paths: readonly string[]): PhaseReport | string {
  const r = spawnSync(process.execPath, [self, '--phase', name, ...paths], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    return `${name}: phase failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
  }
  return JSON.parse(last) as PhaseReport;
}

const f = (x: number, d = 1): string => x.toFixed(d);

async function main(dataDir: string | undefined): Promise<number> {
  const paths = EVAL_FILES.map((file) =>
    dataDir === undefined ? defaultDataPath(file) : resolve(dataDir, file),
  );
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    for (const p of missing) console.error(`Eval data not found: expected ${p}`);
    console.error(
      'Run from the repo root with ../shared/eval beside it, or pass the data directory: node dist/bench/bench.js DIR',
    );
    console.log(startupLine());
    return 1;
  }
  // Other work on a shared machine moves single runs by ±10%: the systems run in turn, ROUNDS
  // times, each in a fresh process, and each system's median round is reported.
  const rounds: PhaseReport[][] = SYSTEMS.map(() => []);
  const progress = terminalProgress('bench', process.stderr, { afterMs: 0 });
  for (let round = 0; round < ROUNDS; round++) {
    SYSTEMS.forEach((name, k) => {
      progress.update(`round ${round + 1} of ${ROUNDS}: ${name}`);
      const r = runPhaseInChild(name, paths);
      if (typeof r === 'string') console.error(r);
      else rounds[k]?.push(r);
    });
  }
  progress.update('start-up: bare node and newsbrief summarize, side by side');
  const startup = startupLine();
  progress.end();
  const reports = rounds.flatMap((rs) => {
    const byThroughput = [...rs].sort((a, b) => a.perSecond - b.perSecond);
    const median = byThroughput[Math.floor((byThroughput.length - 1) / 2)];
    return median ? [median] : [];
  });
  const n = reports[0]?.articles ?? 0;
  const bucket = reports[0]?.aroundThousandWords ?? 0;
  console.log(
    `${n} articles (${EVAL_FILES.join(' + ')}), ${POINTS} sentences each, one process per system and round, median of ${ROUNDS} rounds, Node ${process.version}`,
  );
  // Other work on the machine skews every number: say how busy it was.
  const load = loadavg()[0] ?? 0;
  console.log(
    `load average (1 min) after the phases: ${load.toFixed(2)} on ${availableParallelism()} cores`,
  );
  console.log('');
  console.log(
    `| system | articles/s | articles/CPU-s | median ms | p99 ms | p99 ms, 800–1,200 words (n=${bucket}) | peak RSS MB | RSS rise MB |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports) {
    console.log(
      `| ${r.system} | ${f(r.perSecond, 0)} | ${f(r.perCpuSecond, 0)} | ${f(r.medianMs, 2)} | ${f(r.p99Ms, 2)} | ${f(r.p99AroundThousandWordsMs, 2)} | ${f(r.peakRssMb)} | ${f(r.peakRssMb - r.rssBeforeMb)} |`,
    );
  }
  const nb = reports.find((r) => r.system === 'newsbrief');
  const peer = reports.find((r) => r.system.startsWith('wink-nlp'));
  if (nb && peer && peer.perSecond > 0) {
    // Round by round too: the two ran back to back, so their ratio shares that round's load.
    const nbRounds = rounds[SYSTEMS.indexOf('newsbrief')];
    const peerRounds = rounds[SYSTEMS.indexOf('wink-nlp (peer)')];
    const perRound = (nbRounds ?? []).map((r, i) =>
      f(r.perSecond / (peerRounds?.[i]?.perSecond ?? Number.NaN), 2),
    );
    console.log('');
    console.log(
      `newsbrief's throughput is ${f(nb.perSecond / peer.perSecond, 2)}× the peer's (medians; round by round ${perRound.join(', ')}; goal: at least 1×, aim: 3×)`,
    );
    // On a busy machine wall time swings with the others' work; CPU time much less.
    const perRoundCpu = (nbRounds ?? []).map((r, i) =>
      f(r.perCpuSecond / (peerRounds?.[i]?.perCpuSecond ?? Number.NaN), 2),
    );
    console.log(
      `by CPU time: ${f(nb.perCpuSecond / peer.perCpuSecond, 2)}× (round by round ${perRoundCpu.join(', ')})`,
    );
    const core = reports.find((r) => r.system === 'newsbrief (sentences only)');
    if (core)
      console.log(
        `newsbrief's sentence selection alone (the peer's task, no labels or quotes): ${f(core.perSecond / peer.perSecond, 2)}× the peer's (by CPU time ${f(core.perCpuSecond / peer.perCpuSecond, 2)}×)`,
      );
    const lead = reports.find((r) => r.system === 'Lead-3');
    if (core && lead) console.log(aimBudget(peer, lead, core, nb));
  }
  console.log('');
  console.log(startup);
  return reports.length === SYSTEMS.length ? 0 : 1;
}

/**
 * What the 3× aim leaves per article, against what each stage of newsbrief takes (mean wall
 * time per article of the median rounds). Lead-3 is newsbrief's own cleaning, splitting and
 * stemming with the first three sentences taken: the floor every summary stands on.
 */
function aimBudget(
  peer: PhaseReport,
  lead: PhaseReport,
  core: PhaseReport,
  nb: PhaseReport,
): string {
  const ms = (r: PhaseReport) => 1000 / r.perSecond;
  const budget = ms(peer) / 3;
  return [
    `3× the peer leaves ${f(budget, 2)} ms an article (the peer takes ${f(ms(peer), 2)}); newsbrief takes`,
    `${f(ms(lead), 2)} to prepare the text (Lead-3), ${f(ms(core) - ms(lead), 2)} more to choose its sentences,`,
    `${f(ms(nb) - ms(core), 2)} more for labels, quotes and speakers: ${f(ms(nb), 2)} in all`,
  ].join(' ');
}

/** Start-up of the built CLI on the bundled sample article, side by side with bare Node. */
function startupLine(): string {
  const cli = fileURLToPath(new URL('../src/cli.js', import.meta.url));
  const cpuReporter = fileURLToPath(new URL('./cpu-report.js', import.meta.url));
  return describeStartup(timeCliStartup(cli, join(packageRoot(), SAMPLE_ARTICLE), { cpuReporter }));
}

const args = process.argv.slice(2);
if (args[0] === '--startup') {
  console.log(startupLine());
} else if (args[0] === '--phase') {
  await phase(args[1] ?? '', args.slice(2));
} else {
  process.exitCode = await main(args[0]);
}
