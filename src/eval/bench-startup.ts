import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { ascending, quantile } from './stats.js';

export interface StartupTimes {
  readonly ok: true;
  readonly runs: number;
  /** Median wall time of bare `node -e 0`. */
  readonly bareNodeMs: number;
  /** Median wall time of `node <cli> summarize <file>`. */
  readonly summarizeMs: number;
  /** Median of the per-pair differences (each pair ran back to back). */
  readonly overheadMs: number;
  /**
   * Best of the runs: the fastest summarize minus the fastest bare Node. On a shared machine
   * every run is slowed by the others' work, never sped up, so the best run is the nearest
   * to what the command costs on a quiet machine.
   */
  readonly bestOverheadMs: number;
  /** The best-of difference in CPU time (user + system), when a CPU reporter was preloaded. */
  readonly bestOverheadCpuMs?: number;
}

export type StartupReport = StartupTimes | { readonly ok: false; readonly reason: string };

/** The start-up goal: a one-article summary within this much of bare Node. */
export const STARTUP_BUDGET_MS = 100;

interface Timed {
  readonly ms: number;
  readonly cpuMs: number | undefined;
  readonly status: number | null;
  readonly output: string;
}

function timed(args: readonly string[], preload: string | undefined): Timed {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), ...args], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  const cpu = /cpu-us (\d+)\s*$/.exec(r.stderr ?? '')?.[1];
  return {
    ms,
    cpuMs: cpu === undefined ? undefined : Number(cpu) / 1000,
    status: r.status,
    output: (r.stderr || r.stdout || String(r.error ?? '')).trim(),
  };
}

/**
 * Times bare `node -e 0` and `node <cli> summarize <file>` as whole processes, side by side:
 * `runs` pairs, each pair back to back so both see the same load, after one warm-up pair
 * (disk cache). Reports both medians and the median of the pairwise differences.
 */
export function timeCliStartup(
  cliPath: string,
  file: string,
  options: { runs?: number; cpuReporter?: string } = {},
): StartupReport {
  const { runs = 15, cpuReporter } = options;
  if (!existsSync(cliPath)) return { ok: false, reason: `${cliPath} does not exist yet` };
  const bare: number[] = [];
  const cli: number[] = [];
  const diff: number[] = [];
  const bareCpu: number[] = [];
  const cliCpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const b = timed(['-e', '0'], cpuReporter);
    const c = timed([cliPath, 'summarize', file], cpuReporter);
    if (c.status !== 0) {
      const why = c.output.split('\n')[0] ?? '';
      return { ok: false, reason: `\`node ${cliPath} summarize FILE\` exited ${c.status}: ${why}` };
    }
    if (i === 0) continue; // warm-up pair
    bare.push(b.ms);
    cli.push(c.ms);
    diff.push(c.ms - b.ms);
    if (b.cpuMs !== undefined && c.cpuMs !== undefined) {
      bareCpu.push(b.cpuMs);
      cliCpu.push(c.cpuMs);
    }
  }
  const median = (xs: number[]) => quantile(ascending(xs), 0.5);
  return {
    ok: true,
    runs,
    bareNodeMs: median(bare),
    summarizeMs: median(cli),
    overheadMs: median(diff),
    bestOverheadMs: Math.min(...cli) - Math.min(...bare),
    ...(cliCpu.length === runs
      ? { bestOverheadCpuMs: Math.min(...cliCpu) - Math.min(...bareCpu) }
      : {}),
  };
}

/** The bench report's lines. The verdict is on the best-of difference (see StartupTimes). */
export function describeStartup(r: StartupReport): string {
  if (!r.ok) return `CLI start-up: skipped (${r.reason})`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const verdict = r.bestOverheadMs <= STARTUP_BUDGET_MS ? 'within' : 'OVER';
  const cpu =
    r.bestOverheadCpuMs === undefined
      ? ''
      : `; CPU time (user + system) ${ms(r.bestOverheadCpuMs)}`;
  return [
    `CLI start-up: \`newsbrief summarize <one article>\` against bare \`node -e 0\`, ${r.runs} back-to-back pairs (load average ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores)`,
    `  medians: bare ${ms(r.bareNodeMs)}, summarize ${ms(r.summarizeMs)}, difference ${ms(r.overheadMs)}`,
    `  best of ${r.runs}: difference ${ms(r.bestOverheadMs)}${cpu} (${verdict} the ${STARTUP_BUDGET_MS} ms budget)`,
  ].join('\n');
}
