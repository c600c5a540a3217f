import { type PageStats, startPageServer } from '../support/page-server.js';
import { ARTICLE_HTML, BRIDGE_HTML, NOT_AN_ARTICLE_HTML } from './article-html.js';

export interface ArticleServer {
  /** The story page; answered after `delayMs`. */
  readonly storyUrl: string;
  /** A second story (the Kessel bridge), for follow-ups that must find the right article. */
  readonly bridgeUrl: string;
  readonly notArticleUrl: string;
  /** How many story requests arrived, and how many were answered. */
  readonly stats: PageStats;
  close(): Promise<void>;
}

const STORY_PATH = '/2024/03/14/tram-extension';
const BRIDGE_PATH = '/2024/03/15/kessel-bridge';

/** Serves the test article (slowly, if asked) and a page that is not an article. */
export async function startArticleServer(delayMs = 0): Promise<ArticleServer> {
  const pages = await startPageServer({
    [STORY_PATH]: { html: ARTICLE_HTML, delayMs },
    [BRIDGE_PATH]: { html: BRIDGE_HTML },
    '/login': { html: NOT_AN_ARTICLE_HTML, contentType: 'text/html' },
  });
  return {
    storyUrl: pages.url(STORY_PATH),
    bridgeUrl: pages.url(BRIDGE_PATH),
    notArticleUrl: pages.url('/login'),
    stats: pages.stats(STORY_PATH),
    close: pages.close,
  };
}
