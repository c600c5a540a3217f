import { isFurnitureLine, isInterfaceWord } from '../../articles/furniture-lines.js';
import type { Summary } from '../../summarizer/types.js';

/**
 * Furniture inside a sentence-sized piece of a summary: interface text, newsletter and
 * follow prompts, captions and credits, timestamps. The lede or a point matching one of
 * these is page furniture, not story.
 */
const FURNITURE_IN_TEXT: readonly RegExp[] = [
  /\bbreaking news emails?\b/i,
  /\bloading (content|comments)?\s*(\.\.\.|…)/i,
  /^advertisement\b/i,
  /\bmedia playback\b/i,
  /\bread more\b\s*$/i,
  /\b(sign up|subscribe)\b.{0,40}\b(newsletter|emails?|alerts?)\b/i,
  /\bfollow (us|him|her|them|me|@?[\w.]+) on (twitter|facebook|instagram)\b/i,
  /\b(credit|photo|photograph|image|picture|illustration|composite)s?\s*:\s*\S/i,
  /\(\s*(photo|image|picture)s?\b[^)]*\)/i,
  /\b(getty images|ap photo|shutterstock)\b/i,
  /\bclick here\b/i,
  /^(home|menu|subscribe|sign in|log in|share)$/i,
  /^\d{1,2}:\d{2}\s*(am|pm)\b/i,
  /\b(published|updated|posted) \d+ (seconds?|minutes?|mins?|hours?|days?|weeks?) ago\b/i,
];

export interface SummaryFlag {
  readonly part: string;
  readonly text: string;
  readonly why: string;
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `piece` is text of the article: at least 90% of its words are words of the
 * article and some run of four of them appears there in order (the summarizer trims
 * connectives and asides, so an exact substring is too strict).
 */
export function isArticleText(
  piece: string,
  articleTokens: ReadonlySet<string>,
  articleShingles: ReadonlySet<string>,
): boolean {
  const t = tokens(piece);
  if (t.length === 0) return true;
  const inside = t.filter((w) => articleTokens.has(w)).length;
  if (inside / t.length < 0.9) return false;
  if (t.length < 4) return true;
  for (let i = 0; i + 4 <= t.length; i++)
    if (articleShingles.has(t.slice(i, i + 4).join(' '))) return true;
  return false;
}

/** Every lede, label and point that is not article text or reads as page furniture. */
export function checkSummary(summary: Summary, articleText: string): SummaryFlag[] {
  const all = tokens(articleText);
  const set = new Set(all);
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= all.length; i++) shingles.add(all.slice(i, i + 4).join(' '));
  const flags: SummaryFlag[] = [];
  // A label is a few words made from a sentence ("Published in BMJ Case Reports"): only
  // interface words and the in-text patterns apply to it, not the dateline shapes.
  const check = (part: string, text: string, sentence: boolean) => {
    if (text.trim() === '') return;
    if (sentence ? isFurnitureLine(text) : isInterfaceWord(text))
      flags.push({ part, text, why: 'furniture line' });
    else {
      const re = FURNITURE_IN_TEXT.find((r) => r.test(text));
      if (re) flags.push({ part, text, why: `furniture pattern ${re.source.slice(0, 40)}` });
      else if (sentence && !isArticleText(text, set, shingles))
        flags.push({ part, text, why: 'not text of the extracted article' });
    }
  };
  check('lede', summary.lede, true);
  summary.keyPoints.forEach((p, i) => {
    check(`label ${i + 1}`, p.label, false);
    check(`point ${i + 1}`, p.text.replace(/ — [^—]+$/, ''), true);
  });
  return flags;
}
