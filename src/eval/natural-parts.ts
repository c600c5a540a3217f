import { createRequire } from 'node:module';

// natural is CommonJS, and its package root loads database clients and runs dotenv
// (../shared/notes/platform-facts.md), so only the parts used here are required, by path.
const require = createRequire(import.meta.url);

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(token: string): string;
};
const stopwords = require('natural/lib/natural/util/stopwords.js') as {
  words: readonly string[];
};

/** natural's Porter stemmer (the original algorithm; ROUGE uses NLTK's, porter-nltk.ts). */
export const porterStem = (token: string): string => porter.stem(token);

/** natural's English stop-word list. */
export const STOP_WORDS: ReadonlySet<string> = new Set(stopwords.words);
