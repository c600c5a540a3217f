import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../core/package-root.js';

/**
 * natural's English Brill lexicon in compact form (scripts/build-lexicon.ts): sorted
 * "word<TAB>tags" lines, looked up by binary search in the text itself, so loading is one
 * file read instead of natural's 4 MB JSON (about 110 ms) or a 92,000-entry Map (about 60 ms).
 */
export const LEXICON_FILE = 'src/summarizer/pos/en-lexicon.tsv';

/**
 * The compact form of a `{ word: [tag, …] }` lexicon, sorted: "word<TAB>tag tag". The first
 * tag is the one the Brill tagger starts from; the others let a context rule pick a verb
 * reading the rules missed ("Experts doubt …").
 */
export function compactLexicon(source: Readonly<Record<string, readonly string[]>>): string {
  const lines: string[] = [];
  for (const [word, tags] of Object.entries(source)) {
    const clean = [...new Set(tags.flatMap((t) => t.split('|')))].filter((t) => /^\S+$/.test(t));
    // ASCII only: the file is read as latin1, with no UTF-8 decoding at start-up.
    if (clean.length > 0 && /^[\x21-\x7e]+$/.test(word)) lines.push(`${word}\t${clean.join(' ')}`);
  }
  return `${lines.sort().join('\n')}\n`;
}

export class Lexicon {
  /** The sorted lines as one string: searched in place, never split (no start-up cost). */
  constructor(private readonly text: string) {}

  /** The word's tags, most likely first, or undefined when the lexicon does not know it. */
  get(word: string): string[] | undefined {
    const key = `${word}\t`;
    const { text } = this;
    // Binary search over character offsets: each probe widens to its whole line and compares
    // it with the key in place (as `line < key` would, without cutting the line out).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let start = mid;
      while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE) start--;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const order = compareLine(text, start, end, key);
      if (order === 0) return text.slice(start + key.length, end).split(' ');
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }
}

const NEWLINE = 10;

/**
 * How the line text[start, end) sorts against `key` (a word and a tab): 0 when the line starts
 * with the key, else negative or positive as `line < key` or `line > key` (UTF-16 order).
 */
function compareLine(text: string, start: number, end: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    if (start + i >= end) return -1;
    const d = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

let english: Lexicon | undefined;

/** The English lexicon, read on first use (a summary that needs no label never reads it). */
export function englishLexicon(): Lexicon {
  // The file is ASCII (compactLexicon): latin1 reads it without UTF-8 decoding.
  english ??= new Lexicon(readFileSync(join(packageRoot(import.meta.url), LEXICON_FILE), 'latin1'));
  return english;
}
