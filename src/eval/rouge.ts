import { l, n } from 'js-rouge';
import { rougeTokens } from './rouge-tokenize.js';

/** F1 scores ×100, as papers report them. */
export interface RougeScores {
  readonly r1: number;
  readonly r2: number;
  readonly rLsum: number;
}

/** rouge-score's ROUGE-Lsum input: one sentence per line, empty lines dropped. */
const splitLines = (text: string): string[] => text.split('\n').filter((s) => s.length > 0);

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 with rouge-score's rules (rouge-tokenize.ts).
 * js-rouge does the counting: clipped n-gram matches, and for L the summary-level union-LCS
 * (rouge-score's `_summary_level_lcs`) over our newline-split sentences. rouge-score scores 0
 * where a side has no tokens; js-rouge throws on empty text, so that case is handled here.
 */
export function rouge(reference: string, candidate: string): RougeScores {
  const refTokens = rougeTokens(reference).length;
  const candTokens = rougeTokens(candidate).length;
  if (refTokens === 0 || candTokens === 0) return { r1: 0, r2: 0, rLsum: 0 };
  const tokenizer = rougeTokens;
  return {
    r1: 100 * n(candidate, reference, { n: 1, tokenizer }),
    r2: 100 * n(candidate, reference, { n: 2, tokenizer }),
    rLsum: 100 * l(candidate, reference, { tokenizer, segmenter: splitLines }),
  };
}
