import { readFile } from 'node:fs/promises';
import { startPageServer } from '../support/page-server.js';

export interface ArticleServer {
  /** URL of the test article page. */
  readonly articleUrl: string;
  readonly baseUrl: string;
  close(): Promise<void>;
}

const PAGE = new URL('./fixtures/harbour-bridge.html', import.meta.url);
const ARTICLE_PATH = '/2026/11/27/harbour-bridge-closure';

/** Serves one realistic news article page on 127.0.0.1; every other path is a 404. */
export async function startArticleServer(): Promise<ArticleServer> {
  const pages = await startPageServer({ [ARTICLE_PATH]: await readFile(PAGE, 'utf8') });
  return { baseUrl: pages.origin, articleUrl: pages.url(ARTICLE_PATH), close: pages.close };
}
