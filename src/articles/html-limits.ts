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

const START_TAG = /<[a-z]/gi;

/** Refuses a page with more than MAX_ELEMENTS elements or deeper than MAX_DEPTH, else ok. */
export function checkHtmlLimits(html: string): Result<void> {
  const tags = countStartTags(html, MAX_ELEMENTS + 1);
  if (tags > MAX_ELEMENTS)
    return err(
      'page_too_complex',
      `could not read that page: it has more than ${MAX_ELEMENTS.toLocaleString('en')} elements; paste the article text instead.`,
    );
  const depth = maxDepth(html, MAX_DEPTH + 1);
  if (depth > MAX_DEPTH)
    return err(
      'page_too_complex',
      `could not read that page: its markup is nested more than ${MAX_DEPTH} levels deep; paste the article text instead.`,
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
 * The deepest element nesting, as the HTML parser linkedom uses sees it (void elements
 * and implied end tags such as an unclosed `<p>` or `<li>` handled), stopping at `stopAt`.
 */
function maxDepth(html: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest >= stopAt) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return deepest;
}
