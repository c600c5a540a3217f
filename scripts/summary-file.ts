import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summaryReply } from '../src/handler/summary-reply.js';
import { renderReply } from '../src/render/render-text.js';
import { summarize } from '../src/summarizer/summarize.js';
import type { Article } from '../src/summarizer/types.js';

/** Example articles live in summaries/articles/<name>.txt; their summaries in summaries/<name>.md. */
export const SUMMARIES_DIR = 'summaries';
export const ARTICLES_DIR = join(SUMMARIES_DIR, 'articles');

/** The example article names (file names without .txt), sorted, under a package root. */
export function articleNames(root: string): string[] {
  return readdirSync(join(root, ARTICLES_DIR))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/**
 * The committed summary file for one article: the Markdown reply newsbrief gives for it with the
 * default number of key points, then every quote found (with roles) and the stats as JSON.
 * Pure and deterministic, so the test can compare it byte for byte with what the script wrote.
 */
export function renderSummaryFile(articleText: string): string {
  const article: Article = { text: articleText };
  const result = summarize(article);
  if (!result.ok)
    throw new Error(`summarize failed (${result.error.code}): ${result.error.message}`);
  const summary = result.value;
  const markdown = renderReply(summaryReply(summary, article), 'markdown');
  const details = JSON.stringify({ quotes: summary.quotes, stats: summary.stats }, null, 2);
  return `${markdown}\n\n<details><summary>All quotes and stats</summary>\n\n\`\`\`json\n${details}\n\`\`\`\n\n</details>\n`;
}
