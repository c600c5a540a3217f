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
  /** The same difference in CPU time (user + system), when a CPU reporter was preloaded. */
  readonly overheadCpuMs?: number;
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
  const cpuDiff: number[] = [];
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
    if (b.cpuMs !== undefined && c.cpuMs !== undefined) cpuDiff.push(c.cpuMs - b.cpuMs);
  }
  const median = (xs: number[]) => quantile(ascending(xs), 0.5);
  return {
    ok: true,
    runs,
    bareNodeMs: median(bare),
    summarizeMs: median(cli),
    overheadMs: median(diff),
    ...(cpuDiff.length === runs ? { overheadCpuMs: median(cpuDiff) } : {}),
  };
}

/** One line for the bench report. */
export function describeStartup(r: StartupReport): string {
  if (!r.ok) return `CLI start-up: skipped (${r.reason})`;
  const verdict = r.overheadMs <= STARTUP_BUDGET_MS ? 'within' : 'OVER';
  return (
    `CLI start-up, ${r.runs} back-to-back pairs (medians): bare \`node -e 0\` ${r.bareNodeMs.toFixed(0)} ms, ` +
    `\`newsbrief summarize <one article>\` ${r.summarizeMs.toFixed(0)} ms; ` +
    `difference ${r.overheadMs.toFixed(0)} ms (${verdict} the ${STARTUP_BUDGET_MS} ms budget; ` +
    (r.overheadCpuMs === undefined
      ? ''
      : `in CPU time, which other work on the machine moves less: ${r.overheadCpuMs.toFixed(0)} ms; `) +
    `load average ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores)`
  );
}
