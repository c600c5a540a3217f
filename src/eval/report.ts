import type { Interval } from './bootstrap.js';

export interface SystemRow {
  readonly name: string;
  readonly r1: number;
  readonly r2: number;
  readonly rLsum: number;
  readonly articlesPerSecond: number;
}

const f2 = (x: number): string => x.toFixed(2);
const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(2);

/** The Markdown table: system | R-1 | R-2 | R-Lsum | articles/s. */
export function markdownTable(rows: readonly SystemRow[]): string[] {
  return [
    '| system | R-1 | R-2 | R-Lsum | articles/s |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${f2(r.r1)} | ${f2(r.r2)} | ${f2(r.rLsum)} | ${r.articlesPerSecond.toFixed(0)} |`,
    ),
  ];
}

const ci = (i: Interval): string => `${signed(i.mean)} [${signed(i.lo)}, ${signed(i.hi)}]`;

/** "newsbrief − Lead-3: ΔR1 +0.52 [-0.30, +1.40], ΔR2 …, ΔRLsum …" */
export function deltaLine(
  system: string,
  baseline: string,
  d: { r1: Interval; r2: Interval; rLsum: Interval },
): string {
  return `${system} − ${baseline}: ΔR1 ${ci(d.r1)}, ΔR2 ${ci(d.r2)}, ΔRLsum ${ci(d.rLsum)}`;
}
