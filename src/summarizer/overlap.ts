import { enRegExp } from './letters.js';
import { wordStem } from './tokens.js';

/**
 * How much two texts say the same: the overlap coefficient of their content-stem sets
 * (shared stems over the smaller set's size). Above REPEAT_OVERLAP one point says again what
 * the lede or another point says; selection never takes such a point, and the audit counts
 * what gets through by the same measure.
 */
export const REPEAT_OVERLAP = 0.5;

export function stemOverlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / Math.min(x.size, y.size);
}

/**
 * A label that says nearly all its point says ("Chancey Luna was charged with first-degree
 * murder" of "Chancey Luna, 17, was charged with first-degree murder.") is the point read
 * twice: the share of the point's content stems the label holds, at or above which the point
 * is shown without it.
 */
export const LABEL_REPEATS_POINT = 0.8;

/** The share of `text`'s content stems (counted with repeats) that `label`'s set holds. */
export function labelCoverage(label: ReadonlySet<string>, text: readonly string[]): number {
  if (text.length === 0) return 0;
  let held = 0;
  for (const s of text) if (label.has(s)) held++;
  return held / text.length;
}

/**
 * "grew by 5.5%", "slipped 11%", "closed at $50.10": each figure of a text (a share, an amount
 * of money, or a count of four or more digits, not a year) with the stem of the word before it
 * that says what the figure measures, as "grew 5.5%". Two texts that give one of these alike
 * report one fact, however else their words differ ("Latin America's economy grew by 5.5% in
 * 2004" and "The commission said the region grew by 5.5% this year").
 */
export function figureFacts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const figure = (m[2] as string).replace(/\s*per cent$/i, '%').replace(/[.,]$/, '');
    const digits = figure.replace(/\D/g, '');
    const measured = /[%$£€¥]|\d(?:bn|m|tn)$|(?:billion|million)$/i.test(figure);
    if (!measured && (digits.length < 4 || /^(?:1[89]|20)\d\d$/.test(figure))) continue;
    out.push(`${wordStem((m[1] as string).toLowerCase())} ${figure.replace(/\s+/g, '')}`);
  }
  return out;
}
const SKIPPED =
  'by|of|to|up|down|at|about|around|nearly|almost|some|just|over|than|more|less|an?|the|a further|another';
// (The figure in a look-ahead: "slipped 11 per cent | to £2.89bn" gives both, each after its word.)
const FIGURE = enRegExp(
  String.raw`\b(?!(?:${SKIPPED})\b)(\p{L}[\p{L}'’-]*)(?=(?:\s+(?:${SKIPPED})){0,2}\s+([$£€¥]?\d[\d,.]*(?:\s?(?:%|per cent|bn|m|tn|billion|million))?))`,
  'gu',
);
/**
 * Two texts that give a figure alike (figureFacts) and share this much of their content stems
 * besides say one fact twice, below REPEAT_OVERLAP.
 */
export const FIGURE_REPEAT_OVERLAP = 0.25;

/** The first of two texts' figureFacts that both give, if any. */
export function sharedFigure(a: readonly string[], b: readonly string[]): string | undefined {
  return b.length === 0 ? undefined : a.find((f) => b.includes(f));
}
