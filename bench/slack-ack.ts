/**
 * Slack acknowledgement latency: how long Slack would wait for newsbrief's answer to a
 * `/news <url>` (it allows 3 s). Runs the real adapter (Bolt's HTTP receiver) against a
 * local fake Web API and a local news page served with a delay, sends signed, form-encoded
 * slash commands the way Slack does, 20 at a time, and times each request to its response.
 * The app and its fake servers run in a worker thread, so the load generator's own work
 * does not sit in the app's event loop. A second run sends `/news help` (answered in the
 * ack, nothing slow behind it) to show the adapter's own cost. The third is the issue-13
 * load test: the same 200 commands while other users' commands keep 4 hostile pages in
 * the worker pool (2,000 nested divs, 200,000 elements, a page within the limits that takes
 * Readability minutes, and another 38,000-element page); every one of them must end in a
 * clear "could not read that page" and the acks must stay under 100 ms p95, none over 3 s.
 *
 *   npm run build && node dist/bench/slack-ack.js [commands=200] [concurrency=20]
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { startSlackAdapter } from '../adapters/slack/index.js';
import { createArticleFetcher } from '../src/articles/fetch-article.js';
import { createInMemoryChannelMemory } from '../src/handler/memory.js';
import { createWorkPool } from '../src/work/pool.js';
import {
  deepAndWidePage,
  manyElementsPage,
  nestedDivPage,
  newsPage,
} from './support/hostile-pages.js';

const TOTAL = Number(process.argv[2] ?? 200);
const CONCURRENCY = Number(process.argv[3] ?? 20);
const WARMUP = 20;
const ARTICLE_DELAY_MS = 300;
const SECRET = 'bench-signing-secret';

const ARTICLE = newsPage();
/** Pages other users send during the load run: each must end as "could not read that page". */
const HOSTILE: Readonly<Record<string, string>> = {
  '/hostile/nested': nestedDivPage(2000),
  '/hostile/huge': manyElementsPage(200_000),
  '/hostile/deep-and-wide': deepAndWidePage(),
};
const HOSTILE_IN_FLIGHT = 4;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Endpoints {
  readonly eventsUrl: string;
  readonly apiBase: string;
  readonly newsBase: string;
}

/** Worker side: the real adapter, a fake Web API and a slow news page. */
async function serve(): Promise<void> {
  let posted = 0;
  let unreadable = 0;
  let busy = 0;
  const api = createServer((req, res) => {
    let received = '';
    req.on('data', (c) => {
      received += String(c);
    });
    req.on('end', () => {
      const method = req.url?.replace(/^\/api\//, '') ?? '';
      // Errors come back through response_url (JSON); chat.postMessage is form-encoded.
      if (/could(\+| )not(\+| )read(\+| )that(\+| )page/.test(received)) unreadable += 1;
      else if (/try(\+| )again(\+| )in(\+| )a(\+| )minute/.test(received)) busy += 1;
      else if (method === 'chat.postMessage') posted += 1;
      const body =
        method === 'auth.test'
          ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH' }
          : { ok: true, ts: '1700000000.000100' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  const news = createServer((req, res) => {
    const hostile = HOSTILE[req.url ?? ''];
    setTimeout(
      () => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(hostile ?? ARTICLE);
      },
      hostile ? 0 : ARTICLE_DELAY_MS,
    );
  });
  const apiBase = await listen(api);
  const newsBase = await listen(news);
  const quiet = { info: () => {}, warn: () => {}, error: (m: string) => console.error(m) };
  // As `newsbrief serve` wires it: pages read and summaries made in a worker pool.
  const work = createWorkPool({ log: quiet });
  const adapter = await startSlackAdapter(
    {
      botToken: 'xoxb-bench',
      signingSecret: SECRET,
      apiUrl: `${apiBase}/api/`,
      port: 0,
      mode: 'http',
    },
    {
      fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'], readPage: work.readPage }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
      work,
    },
    quiet,
    { host: '127.0.0.1' },
  );
  const port = parentPort;
  if (!port) throw new Error('serve() runs in a worker');
  port.on('message', async (msg: string) => {
    if (msg === 'posted') port.postMessage({ posted, unreadable, busy, threads: work.threads });
    if (msg === 'stop') {
      await adapter.stop();
      await work.close();
      api.closeAllConnections();
      news.closeAllConnections();
      api.close();
      news.close();
      port.close();
    }
  });
  const endpoints: Endpoints = {
    eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events`,
    apiBase,
    newsBase,
  };
  port.postMessage(endpoints);
}

async function send(e: Endpoints, i: number, text: string): Promise<number> {
  const body = new URLSearchParams({
    team_id: 'T0BENCH',
    channel_id: `C${i % 10}`,
    user_id: 'U0BENCH',
    command: '/news',
    text,
    response_url: `${e.apiBase}/response/${i}`,
    trigger_id: `${i}.1.x`,
    api_app_id: 'A0BENCH',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const started = performance.now();
  const res = await fetch(e.eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
    body,
  });
  await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`command ${i} got ${res.status}`);
  return ms;
}

/** Sends `count` commands, `CONCURRENCY` in flight at a time; returns sorted latencies. */
async function load(count: number, offset: number, text: (i: number) => string, e: Endpoints) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = offset + next++;
      times.push(await send(e, i, text(i)));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { times: times.sort((a, b) => a - b), wall: performance.now() - started };
}

/** Keeps `inFlight` hostile-page commands going until `stop()`; returns their ack times. */
function hostileLoad(e: Endpoints, inFlight: number) {
  const paths = Object.keys(HOSTILE);
  const times: number[] = [];
  let running = true;
  let sent = 0;
  const worker = async () => {
    while (running) {
      const i = 3_000_000 + sent++;
      times.push(await send(e, i, `${e.newsBase}${paths[i % paths.length]}`));
    }
  };
  const done = Promise.all(Array.from({ length: inFlight }, worker));
  return {
    stop: async () => {
      running = false;
      await done;
      return { times: times.sort((a, b) => a - b), sent };
    },
  };
}

interface Counts {
  readonly posted: number;
  readonly unreadable: number;
  readonly busy: number;
  readonly threads: number;
}

async function counts(worker: Worker): Promise<Counts> {
  worker.postMessage('posted');
  return new Promise<Counts>((r) => worker.once('message', r));
}

/** Polls until `done(counts)` or the deadline; returns the last counts. */
async function waitFor(worker: Worker, done: (c: Counts) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let c = await counts(worker);
  while (!done(c) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    c = await counts(worker);
  }
  return c;
}

function report(label: string, { times, wall }: { times: number[]; wall: number }): void {
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${label}`);
  const over3s = times.filter((t) => t > 3000).length;
  console.log(
    `  median ${f(pct(50))}  p90 ${f(pct(90))}  p95 ${f(pct(95))}  p99 ${f(pct(99))}  max ${f(times.at(-1) ?? NaN)}  over 3 s: ${over3s}  (${times.length} acks in ${f(wall)})`,
  );
}

async function main(): Promise<void> {
  const worker = new Worker(new URL(import.meta.url));
  const e = await new Promise<Endpoints>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const story = (i: number) => `${e.newsBase}/story/${i}`;
  await load(WARMUP, 1_000_000, story, e);
  const urls = await load(TOTAL, 0, story, e);
  const help = await load(TOTAL, 2_000_000, () => 'help', e);
  const { posted, busy, threads } = await waitFor(
    worker,
    (c) => c.posted + c.busy >= TOTAL + WARMUP,
    60_000,
  );

  // Under load: the same commands while hostile pages keep the worker pool busy.
  const hostile = hostileLoad(e, HOSTILE_IN_FLIGHT);
  const loadStarted = Date.now();
  const loaded = await load(TOTAL, 4_000_000, story, e);
  const loadedHelp = await load(TOTAL, 5_000_000, () => 'help', e);
  const hostileAcks = await hostile.stop();
  const after = await waitFor(
    worker,
    (c) => c.posted + c.busy + c.unreadable >= 2 * TOTAL + WARMUP + hostileAcks.sent,
    60_000,
  );
  const settled = Date.now() - loadStarted;

  console.log(
    `Slack ack latency, ${CONCURRENCY} commands in flight, app in a worker thread, ${threads} pool threads (Node ${process.version})`,
  );
  report(
    `/news <url> x${TOTAL} (after ${WARMUP} warm-up; page served after ${ARTICLE_DELAY_MS} ms, summaries run behind the acks):`,
    urls,
  );
  report(`/news help x${TOTAL} (answered in the ack, no work behind it):`, help);
  console.log(
    `  summaries posted to the fake channel: ${posted} of ${TOTAL + WARMUP}, "busy, try again in a minute": ${busy}`,
  );
  console.log(
    `Under load: ${HOSTILE_IN_FLIGHT} hostile-page commands in flight the whole time (${Object.keys(HOSTILE).join(', ')})`,
  );
  report(`/news <url> x${TOTAL} while the pool reads hostile pages:`, loaded);
  report(`/news help x${TOTAL} while the pool reads hostile pages:`, loadedHelp);
  report(`the ${hostileAcks.sent} hostile-page commands themselves:`, {
    times: hostileAcks.times,
    wall: settled,
  });
  console.log(
    `  summaries posted: ${after.posted - posted} of ${TOTAL}; "could not read that page": ${after.unreadable} of ${hostileAcks.sent} hostile; "busy": ${after.busy - busy}; all settled ${(settled / 1000).toFixed(1)} s after the load began`,
  );
  worker.postMessage('stop');
  await worker.terminate();
}

const run = isMainThread ? main : serve;
run().catch((e) => {
  console.error(e);
  process.exit(1);
});
