import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ascending, quantile } from './stats.js';

export type StartupReport =
  | { readonly ok: true; readonly medianMs: number; readonly runs: number }
  | { readonly ok: false; readonly reason: string };

/** Times `node <cli> summarize <file>` as a whole process, `runs` times; the median wall time. */
export function timeCliStartup(cliPath: string, file: string, runs = 10): StartupReport {
  if (!existsSync(cliPath)) return { ok: false, reason: `${cliPath} does not exist yet` };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cliPath, 'summarize', file], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) {
      const why = (r.stderr || r.stdout || String(r.error ?? '')).trim().split('\n')[0] ?? '';
      return { ok: false, reason: `\`node ${cliPath} summarize FILE\` exited ${r.status}: ${why}` };
    }
  }
  return { ok: true, medianMs: quantile(ascending(times), 0.5), runs };
}
