import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArticleServer {
  /** URL of the test article page. */
  readonly articleUrl: string;
  readonly baseUrl: string;
  close(): Promise<void>;
}

const PAGE = new URL('./fixtures/harbour-bridge.html', import.meta.url);

/** Serves one realistic news article page on 127.0.0.1; every other path is a 404. */
export async function startArticleServer(): Promise<ArticleServer> {
  const html = await readFile(PAGE, 'utf8');
  const server = http.createServer((req, res) => {
    if (req.url === '/2026/11/27/harbour-bridge-closure') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    articleUrl: `${baseUrl}/2026/11/27/harbour-bridge-closure`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
