// Writes src/summarizer/pos/en-lexicon.tsv: natural's English Brill lexicon (4 MB of JSON,
// about 110 ms to load) in a compact form: one "word<TAB>tag" line per word, sorted, with only
// the first tag (the only one natural's BrillPOSTagger reads). Loading it takes about 6 ms.
// Run after upgrading natural; test/summarizer/pos.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../src/core/package-root.js';
import { compactLexicon, LEXICON_FILE } from '../src/summarizer/pos/lexicon.js';

const require = createRequire(import.meta.url);
const source = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const path = join(packageRoot(import.meta.url), LEXICON_FILE);
writeFileSync(path, compactLexicon(source));
process.stdout.write(`wrote ${path}\n`);
