import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What /readyz reports: each check's state, ready only when every one is `ok`. */
export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, string>>;
}

export type ReadinessProbe = () => Promise<Readiness>;

export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

/**
 * Answers GET /healthz (the process is alive: always 200) and GET /readyz (200 when `probe`
 * says ready, else 503 with the reasons), as JSON. Returns false for any other request, so a
 * host server can go on with it. Nothing is logged: probes come every few seconds.
 */
export function answerHealth(
  req: IncomingMessage,
  res: ServerResponse,
  probe: ReadinessProbe,
): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== HEALTH_PATHS.live && path !== HEALTH_PATHS.ready) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : `${JSON.stringify(body)}\n`);
  };
  if (path === HEALTH_PATHS.live) {
    send(200, { status: 'ok' });
    return true;
  }
  probe().then(
    (r) => send(r.ready ? 200 : 503, r),
    (e: unknown) =>
      send(503, { ready: false, checks: { probe: e instanceof Error ? e.message : String(e) } }),
  );
  return true;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** A small listener for the health paths alone (HEALTH_PORT): every other path is a 404. */
export async function startHealthServer(
  port: number,
  probe: ReadinessProbe,
  host?: string,
): Promise<HealthServer> {
  const server = createServer((req, res) => {
    if (!answerHealth(req, res, probe)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs named checks together; each resolves to 'ok' or a reason, and a throw is its reason. */
export async function runChecks(
  checks: Readonly<Record<string, () => Promise<string> | string>>,
): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        return [name, await check()] as const;
      } catch (e) {
        return [name, e instanceof Error ? e.message : String(e)] as const;
      }
    }),
  );
  return { ready: entries.every(([, v]) => v === 'ok'), checks: Object.fromEntries(entries) };
}
