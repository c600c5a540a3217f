import { ascending, quantile } from './stats.js';

export interface BenchArticle {
  readonly text: string;
  readonly title?: string | undefined;
  readonly words: number;
}

/** What one system's phase measured. Times in ms, memory in MB. */
export interface PhaseReport {
  readonly system: string;
  readonly articles: number;
  readonly perSecond: number;
  /**
   * Articles per second of the process's CPU time (user + system, all threads) over the timed
   * pass: unlike wall time, it barely moves when other work shares the machine's cores.
   */
  readonly perCpuSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  /** p99 over articles of about 1,000 words (800–1,200). */
  readonly p99AroundThousandWordsMs: number;
  readonly aroundThousandWords: number;
  /** Peak RSS once the data is loaded, before the system's modules are imported. */
  readonly rssBeforeMb: number;
  /** The process's peak RSS (getrusage maxrss) at the end of the phase. */
  readonly peakRssMb: number;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

/**
 * Times `run` on every article after `warmUp` untimed articles. Meant to run alone in a fresh
 * process, so that maxRSS (a high-water mark that never falls) belongs to this system only.
 */
export function measurePhase(
  system: string,
  articles: readonly BenchArticle[],
  run: (article: BenchArticle) => unknown,
  rssBeforeBytes: number,
  warmUp = 50,
): PhaseReport {
  for (const a of articles.slice(0, warmUp)) run(a);
  const ms: number[] = [];
  const bucket: number[] = [];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const a of articles) {
    const t = performance.now();
    run(a);
    const dt = performance.now() - t;
    ms.push(dt);
    if (a.words >= 800 && a.words <= 1200) bucket.push(dt);
  }
  const total = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sorted = ascending(ms);
  return {
    system,
    articles: articles.length,
    perSecond: total > 0 ? articles.length / total : 0,
    perCpuSecond: cpuSeconds > 0 ? articles.length / cpuSeconds : 0,
    medianMs: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    p99AroundThousandWordsMs: quantile(ascending(bucket), 0.99),
    aroundThousandWords: bucket.length,
    rssBeforeMb: mb(rssBeforeBytes),
    // resourceUsage().maxRSS is in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
