import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/package-root.js';
import { ARTICLES_DIR, articleNames, renderSummaryFile, SUMMARIES_DIR } from './summary-file.js';

/** npm run summaries: rewrites summaries/<name>.md for every summaries/articles/<name>.txt. */
function main(): void {
  const root = packageRoot(import.meta.url);
  const names = articleNames(root);
  let changed = 0;
  for (const name of names) {
    const text = readFileSync(join(root, ARTICLES_DIR, `${name}.txt`), 'utf8');
    const target = join(root, SUMMARIES_DIR, `${name}.md`);
    const next = renderSummaryFile(text);
    let prev: string | undefined;
    try {
      prev = readFileSync(target, 'utf8');
    } catch {
      prev = undefined;
    }
    if (prev === next) continue;
    writeFileSync(target, next);
    changed++;
    process.stdout.write(
      `${prev === undefined ? 'wrote' : 'updated'} ${SUMMARIES_DIR}/${name}.md\n`,
    );
  }
  process.stdout.write(`${names.length} summaries, ${changed} changed.\n`);
}

main();
