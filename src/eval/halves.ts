import { prepareArticle } from '../summarizer/prepare.js';
import { DEFAULT_WEIGHTS, type RankWeights } from '../summarizer/rank-sentences.js';
import { selectKeySentences } from '../summarizer/summarize.js';
import { mulberry32 } from './bootstrap.js';

/**
 * How much of newsbrief's margin over Lead-N comes from choosing its two main weights on the
 * very articles it is scored on. Selection is re-run over a grid of the centrality factor and
 * the position scale; the articles are halved at random many times, the best grid point is
 * chosen on one half and scored on the other. The held-out mean is the better guess of what
 * unseen articles of the same kind will show.
 */
export interface HalvesInput {
  readonly text: string;
  readonly title?: string | undefined;
  /** The reference, one sentence per line (ROUGE-Lsum input). */
  readonly reference: string;
  readonly points: number;
}

export interface GridPoint {
  readonly centrality: number;
  readonly positionScale: number;
  /** Mean ΔR-1 over Lead-N on all articles. */
  readonly deltaR1: number;
}

export interface HalvesReport {
  readonly grid: readonly GridPoint[];
  readonly defaults: GridPoint;
  readonly halvings: number;
  /** Mean, lowest and highest held-out ΔR-1 over the halvings (both directions). */
  readonly heldOut: { readonly mean: number; readonly min: number; readonly max: number };
}

export const CENTRALITY_GRID = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6] as const;
export const POSITION_SCALE_GRID = [3, 4, 5, 6, 8] as const;

export function halvesCheck(
  articles: readonly HalvesInput[],
  r1: (reference: string, candidate: string) => number,
  halvings = 20,
  seed = 7,
): HalvesReport {
  const grid: Omit<GridPoint, 'deltaR1'>[] = [];
  for (const centrality of CENTRALITY_GRID)
    for (const positionScale of POSITION_SCALE_GRID) grid.push({ centrality, positionScale });
  // deltas[a][g]: article a's R-1 at grid point g minus Lead-N's.
  const deltas = articles.map((a) => {
    const prepared = prepareArticle(a.text, a.title);
    const text = (ids: readonly number[]) =>
      ids.map((i) => prepared.sentences[i]?.text ?? '').join('\n');
    const lead = r1(a.reference, text(prepared.sentences.slice(0, a.points).map((s) => s.id)));
    return grid.map((g) => {
      const weights: RankWeights = { ...DEFAULT_WEIGHTS, ...g };
      const { ids } = selectKeySentences(prepared, a.title, { points: a.points, weights });
      return r1(a.reference, text(ids)) - lead;
    });
  });
  const mean = (rows: readonly number[], g: number) =>
    rows.reduce((s, a) => s + (deltas[a]?.[g] ?? 0), 0) / Math.max(rows.length, 1);
  const all = articles.map((_, i) => i);
  const withDelta = grid.map((g, i) => ({ ...g, deltaR1: mean(all, i) }));
  const { centrality, positionScale } = DEFAULT_WEIGHTS;
  const defaults: GridPoint = {
    centrality,
    positionScale,
    deltaR1:
      withDelta.find((g) => g.centrality === centrality && g.positionScale === positionScale)
        ?.deltaR1 ?? Number.NaN,
  };

  const random = mulberry32(seed);
  const heldOut: number[] = [];
  for (let h = 0; h < halvings; h++) {
    const order = shuffle(all, random);
    const half = Math.floor(order.length / 2);
    const a = order.slice(0, half);
    const b = order.slice(half);
    for (const [tune, test] of [
      [a, b],
      [b, a],
    ] as const) {
      let best = 0;
      for (let g = 1; g < grid.length; g++) if (mean(tune, g) > mean(tune, best)) best = g;
      heldOut.push(mean(test, best));
    }
  }
  return {
    grid: withDelta,
    defaults,
    halvings: heldOut.length,
    heldOut: {
      mean: heldOut.reduce((s, x) => s + x, 0) / Math.max(heldOut.length, 1),
      min: Math.min(...heldOut),
      max: Math.max(...heldOut),
    },
  };
}

/** Fisher–Yates with the given generator (reproducible). */
function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The report as lines: the grid as a table (rows: centrality, columns: position scale). */
export function halvesLines(r: HalvesReport, leadName: string): string[] {
  const cell = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const lines = [
    `ΔR-1 over ${leadName} on all articles, by centrality factor (rows) and position scale (columns); defaults ${DEFAULT_WEIGHTS.centrality} and ${DEFAULT_WEIGHTS.positionScale}:`,
    '',
    `| centrality | ${POSITION_SCALE_GRID.join(' | ')} |`,
    `| ---: | ${POSITION_SCALE_GRID.map(() => '---:').join(' | ')} |`,
  ];
  for (const c of CENTRALITY_GRID) {
    const row = POSITION_SCALE_GRID.map((p) =>
      cell(r.grid.find((g) => g.centrality === c && g.positionScale === p)?.deltaR1 ?? 0),
    );
    lines.push(`| ${c} | ${row.join(' | ')} |`);
  }
  lines.push(
    '',
    `Chosen on one random half, scored on the other (${r.halvings} halves): held-out ΔR-1 ${cell(r.heldOut.mean)} on average (lowest ${cell(r.heldOut.min)}, highest ${cell(r.heldOut.max)}); the defaults on all articles: ${cell(r.defaults.deltaR1)}.`,
  );
  return lines;
}
