import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE_HTML, NOT_AN_ARTICLE_HTML } from './article-html.js';

export interface ArticleServer {
  /** The story page; answered after `delayMs`. */
  readonly storyUrl: string;
  readonly notArticleUrl: string;
  /** How many story requests arrived, and how many were answered. */
  readonly stats: { requested: number; served: number };
  close(): Promise<void>;
}

/** Serves the test article (slowly, if asked) and a page that is not an article. */
export async function startArticleServer(delayMs = 0): Promise<ArticleServer> {
  const stats = { requested: 0, served: 0 };
  const server = createServer((req, res) => {
    if (req.url === '/2024/03/14/tram-extension') {
      stats.requested += 1;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE_HTML);
        stats.served += 1;
      }, delayMs);
      return;
    }
    if (req.url === '/login') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(NOT_AN_ARTICLE_HTML);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    storyUrl: `${base}/2024/03/14/tram-extension`,
    notArticleUrl: `${base}/login`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
