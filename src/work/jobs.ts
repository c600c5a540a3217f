import type { ExtractedArticle } from '../articles/extract-html.js';
import { type ParsedFeedText, parseFeedText } from '../articles/fetch-feed.js';
import { readArticlePage } from '../articles/read-page.js';
import type { Result } from '../core/result.js';
import { answer } from '../summarizer/answer.js';
import { summarize } from '../summarizer/summarize.js';
import type { Answer, Article, SummarizeOptions, Summary } from '../summarizer/types.js';

/** The CPU-heavy jobs, as plain data that crosses to a worker thread and back. */
export type Job =
  | { readonly kind: 'readPage'; readonly html: string; readonly url: string }
  | { readonly kind: 'summarize'; readonly article: Article; readonly options: SummarizeOptions }
  | { readonly kind: 'answer'; readonly article: Article; readonly question: string }
  | { readonly kind: 'parseFeed'; readonly text: string; readonly url: string };

export interface JobResults {
  readPage: Result<ExtractedArticle>;
  summarize: Result<Summary>;
  answer: Answer;
  parseFeed: Result<ParsedFeedText>;
}

/** Runs one job where it is called (a worker thread, or in process for one-shot commands). */
export function runJob(job: Job): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'readPage':
      return readArticlePage(job.html, job.url);
    case 'summarize':
      return summarize(job.article, job.options);
    case 'answer':
      return answer(job.article, job.question);
    case 'parseFeed':
      return parseFeedText(job.text, job.url);
  }
}
