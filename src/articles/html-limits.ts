import { Parser } from 'htmlparser2';
import { err, ok, type Result } from '../core/result.js';

/**
 * Bounds on the work one page may cause, checked before the DOM is built. Readability's
 * cost grows with nesting depth far faster than with size (on this machine: 200 nested
 * divs 0.13 s, 500 about 1 s, 1,000 about 6 s), and every element costs memory (200,000
 * elements took 934 MB), so pages beyond these are refused before any parse.
 */
export const MAX_ELEMENTS = 40_000;
export const MAX_DEPTH = 200;
/**
 * The sum of every element's depth, which Readability's time follows. 121 real news pages
 * (../shared/eval/extraction) reach 23,768 at most (1,596 elements, 51 levels), a tenth of
 * this. Beyond it: 2,400 paragraphs 190 levels deep (475,000) took 12 s on a busy 2-core
 * machine; 38,000 elements 150 levels deep (5.7 million) pass the two limits above, yet
 * took Readability 141 s.
 */
export const MAX_NESTING_WORK = 250_000;

const START_TAG = /<[a-z]/gi;

/** Refuses a page with more than MAX_ELEMENTS elements or deeper than MAX_DEPTH, else ok. */
export function checkHtmlLimits(html: string): Result<void> {
  const tags = countStartTags(html, MAX_ELEMENTS + 1);
  if (tags > MAX_ELEMENTS)
    return err(
      'page_too_complex',
      `could not read that page: it has more than ${MAX_ELEMENTS.toLocaleString('en')} elements; paste the article text instead.`,
    );
  const { deepest, work } = nesting(html);
  if (deepest > MAX_DEPTH)
    return err(
      'page_too_complex',
      `could not read that page: its markup is nested more than ${MAX_DEPTH} levels deep; paste the article text instead.`,
    );
  if (work > MAX_NESTING_WORK)
    return err(
      'page_too_complex',
      'could not read that page: its markup is too large for how deeply it is nested; paste the article text instead.',
    );
  return ok(undefined);
}

/** Start tags in `html`, counting no further than `stopAt` (a cheap upper bound on elements). */
function countStartTags(html: string, stopAt: number): number {
  START_TAG.lastIndex = 0;
  let n = 0;
  while (n < stopAt && START_TAG.exec(html)) n++;
  return n;
}

/**
 * The deepest element nesting and the sum of all elements' depths, as the HTML parser
 * linkedom uses sees them (void elements and implied end tags such as an unclosed `<p>` or
 * `<li>` handled); it stops as soon as either is over its limit.
 */
function nesting(html: string): { deepest: number; work: number } {
  let depth = 0;
  let deepest = 0;
  let work = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        work += depth;
        if (depth > deepest) deepest = depth;
        if (deepest > MAX_DEPTH || work > MAX_NESTING_WORK) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { deepest, work };
}
