import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on 127.0.0.1. */
export interface LocalListener {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** Drops open connections and stops listening. */
  close(): Promise<void>;
}

/** Starts `server` on a free 127.0.0.1 port. */
export async function listenLocally(server: Server): Promise<LocalListener> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Page {
  readonly html: string;
  /** Defaults to `text/html; charset=utf-8`. */
  readonly contentType?: string;
  /** Answer this many milliseconds after the request arrived. */
  readonly delayMs?: number;
}

/** Live counters for one route: requests that arrived, and requests answered. */
export interface PageStats {
  requested: number;
  served: number;
}

export interface PageServer extends LocalListener {
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  /** The counters of the route `path` (they keep counting). */
  stats(path: string): PageStats;
}

const NOT_FOUND = '<!doctype html><title>Not found</title><h1>Page not found</h1>';

/** Serves fixed pages (path -> HTML or Page) on 127.0.0.1; every other path is a 404. */
export async function startPageServer(
  routes: Readonly<Record<string, string | Page>>,
): Promise<PageServer> {
  const pages = new Map(
    Object.entries(routes).map(([path, p]) => [
      path,
      {
        page: typeof p === 'string' ? { html: p } : p,
        stats: { requested: 0, served: 0 },
      },
    ]),
  );
  const server = createServer((req, res) => {
    const route = pages.get(req.url ?? '/');
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(NOT_FOUND);
      return;
    }
    const { page, stats } = route;
    stats.requested += 1;
    const answer = () => {
      res.writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8' });
      res.end(page.html);
      stats.served += 1;
    };
    if (page.delayMs !== undefined) setTimeout(answer, page.delayMs);
    else answer();
  });
  const listener = await listenLocally(server);
  return {
    ...listener,
    url: (path) => `${listener.origin}${path}`,
    stats(path) {
      const route = pages.get(path);
      if (!route) throw new Error(`page server: no route ${path}`);
      return route.stats;
    },
  };
}
