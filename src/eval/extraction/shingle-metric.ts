/**
 * The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py), reproduced exactly: `\w+` tokens (Python's Unicode \w: letters, digits,
 * underscore; no lowercasing), multisets of 4-token shingles, tp/fp/fn normalised per page,
 * precision and recall averaged over pages, F1 from the two means.
 */

/** Python's `\w+` on str: letters (L*), numbers (N*) and "_"; combining marks split words. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    if (key !== '') out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  /** tp, fp, fn divided by their sum (all 0 when both texts are empty). */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** The two token lists are identical. */
  readonly exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const trueTokens = benchmarkTokens(truth);
  const predTokens = benchmarkTokens(predicted);
  const t = shingles(trueTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  const exact =
    trueTokens.length === predTokens.length && trueTokens.every((w, i) => w === predTokens[i]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface ExtractionMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of pages whose token lists match the truth exactly. */
  readonly accuracy: number;
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision over pages with tp+fp > 0, recall over pages with tp+fn > 0, as evaluate.py does. */
export function aggregate(pages: readonly PageScore[]): ExtractionMetrics {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: mean(pages.map((s) => (s.exact ? 1 : 0))) };
}
