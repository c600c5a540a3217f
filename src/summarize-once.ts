// What `newsbrief summarize FILE` runs once the article is read: the summary, rendered as the
// chat platforms would show it. One module so the build can bundle it, with everything it
// imports, into one script with a V8 code cache (scripts/bundle.ts, core/bundle.ts): a
// one-shot command then spends its time summarizing, not loading and compiling modules.
import type { ExtractedArticle } from './articles/extract-html.js';
import { readArticleFile } from './articles/read-file.js';
import { ok, type Result } from './core/result.js';
import { otherLanguageReply, summaryReply } from './handler/summary-reply.js';
import { renderReply } from './render/render-text.js';
import { summarize } from './summarizer/summarize.js';

/** Reading the file is part of the command (and of its bundle). */
export { readArticleFile };

export type OnceFormat = 'text' | 'markdown' | 'json';

/** The text `newsbrief summarize` prints for an article, or why there is none. */
export function summarizeOnce(
  article: ExtractedArticle,
  opts: { readonly points: number; readonly format: OnceFormat },
): Result<string> {
  const other = otherLanguageReply(article);
  if (other) {
    return ok(
      opts.format === 'json' ? JSON.stringify(other, null, 2) : renderReply(other, opts.format),
    );
  }
  const result = summarize(article, { points: opts.points });
  if (!result.ok) return result;
  if (opts.format === 'json') return ok(JSON.stringify(result.value, null, 2));
  return ok(renderReply(summaryReply(result.value, article), opts.format));
}
