/**
 * Slack acknowledgement latency: how long Slack would wait for newsbrief's answer to a
 * `/news <url>` (it allows 3 s). Runs the real adapter (Bolt's HTTP receiver) against a
 * local fake Web API and a local news page served with a delay, sends signed, form-encoded
 * slash commands the way Slack does, 20 at a time, and times each request to its response.
 * The app, the fake servers and the load generator each run on a thread of their own, so
 * the others' work sits in neither the app's event loop nor the one timing it. A second run sends `/news help` (answered in the
 * ack, nothing slow behind it) to show the adapter's own cost. The third is the issue-13
 * load test: the same 200 commands while other users' commands keep 4 hostile pages in
 * the worker pool (2,000 nested divs, 200,000 elements, a page within the limits that takes
 * Readability minutes, and another 38,000-element page); every one of them must end in a
 * clear "could not read that page" and the acks must stay under 100 ms p95, none over 3 s.
 *
 *   npm run build && node dist/bench/slack-ack.js [commands=200] [concurrency=20] [--in-process]
 *
 * `--in-process` reads pages and summarizes on the app's own thread (the design before the
 * worker pool; the page limits still apply), for comparison on the same machine.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const IN_PROCESS = process.argv.includes('--in-process');
const TOTAL = Number(args[0] ?? 200);
const CONCURRENCY = Number(args[1] ?? 20);
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

interface Tallies {
  posted: number;
  unreadable: number;
  busy: number;
  /** "Slack did not accept the message": the adapter gave up posting. */
  rejected: number;
  /** Any other reply through response_url (an error), with a few samples. */
  other: number;
  otherSamples: string[];
}

/**
 * The outside world, on a thread of its own so its work (serving 3.6 MB pages, reading
 * every post) sits neither in the app's event loop nor in the load generator's: a fake Web
 * API that tallies what the app posts, and the news site.
 */
async function startFakes() {
  const tallies: Tallies = {
    posted: 0,
    unreadable: 0,
    busy: 0,
    rejected: 0,
    other: 0,
    otherSamples: [],
  };
  const api = createServer((req, res) => {
    let received = '';
    req.on('data', (c) => {
      received += String(c);
    });
    req.on('end', () => {
      const method = req.url?.replace(/^\/api\//, '') ?? '';
      // Errors come back through response_url (JSON); chat.postMessage is form-encoded.
      if (/could(\+| )not(\+| )read(\+| )that(\+| )page/.test(received)) tallies.unreadable += 1;
      else if (/busy(\+| )with(\+| )other(\+| )articles/.test(received)) tallies.busy += 1;
      else if (/did(\+| )not(\+| )accept/.test(received)) tallies.rejected += 1;
      else if (method === 'chat.postMessage') tallies.posted += 1;
      else if (method.startsWith('/response/')) {
        // Any other reply to a command: an error the buckets above do not name.
        tallies.other += 1;
        if (tallies.otherSamples.length < 3) tallies.otherSamples.push(received.slice(0, 300));
      }
      const body =
        method === 'auth.test'
          ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH' }
          : { ok: true, ts: '1700000000.000100' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  const pages = Object.fromEntries(
    Object.entries({ ...HOSTILE, '/story': ARTICLE }).map(([k, v]) => [k, Buffer.from(v)]),
  );
  const news = createServer((req, res) => {
    const hostile = HOSTILE[req.url ?? ''] !== undefined;
    setTimeout(
      () => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(pages[hostile ? (req.url ?? '') : '/story']);
      },
      hostile ? 0 : ARTICLE_DELAY_MS,
    );
  });
  const apiBase = await listen(api);
  const newsBase = await listen(news);
  return {
    apiBase,
    newsBase,
    tallies,
    close() {
      for (const server of [api, news]) {
        server.closeAllConnections();
        server.close();
      }
    },
  };
}

/** The fakes' thread: serves until told to stop, reports its tallies when asked. */
async function fakesThread(): Promise<void> {
  const fakes = await startFakes();
  const port = parentPort;
  if (!port) throw new Error('fakesThread() runs in a worker');
  port.on('message', (msg: string) => {
    if (msg === 'tallies') port.postMessage(fakes.tallies);
    if (msg === 'stop') {
      fakes.close();
      port.close();
    }
  });
  port.postMessage({ apiBase: fakes.apiBase, newsBase: fakes.newsBase });
}

/** Worker side: the real adapter, as `newsbrief serve` runs it. */
async function serve(): Promise<void> {
  // How long the app's event loop was blocked: the part of ack latency newsbrief controls.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const { apiBase, newsBase } = workerData as { apiBase: string; newsBase: string };
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
      fetchArticle: createArticleFetcher({
        allowHosts: ['127.0.0.1'],
        ...(IN_PROCESS ? {} : { readPage: work.readPage }),
      }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
      ...(IN_PROCESS ? {} : { work }),
    },
    quiet,
    { host: '127.0.0.1' },
  );
  const port = parentPort;
  if (!port) throw new Error('serve() runs in a worker');
  port.on('message', async (msg: string) => {
    if (msg === 'posted')
      port.postMessage({
        threads: IN_PROCESS ? 0 : work.threads,
        loopP99: loopDelay.percentile(99) / 1e6,
        loopMax: loopDelay.max / 1e6,
      });
    if (msg === 'reset-loop') loopDelay.reset();
    if (msg === 'stop') {
      await adapter.stop();
      await work.close();
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

interface Counts extends Readonly<Tallies> {
  readonly loopP99: number;
  readonly loopMax: number;
  readonly threads: number;
}

let fakes: Worker | undefined;

function ask<T>(thread: Worker, msg: string): Promise<T> {
  thread.postMessage(msg);
  return new Promise<T>((r) => thread.once('message', r));
}

/** What the fake API has tallied, and the app thread's event-loop delay. */
async function counts(worker: Worker): Promise<Counts> {
  const app = await ask<Omit<Counts, keyof Tallies>>(worker, 'posted');
  const tallies = fakes ? await ask<Tallies>(fakes, 'tallies') : undefined;
  if (!tallies) throw new Error('the fakes thread is not running');
  return { ...app, ...tallies };
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
  const fakesWorker = new Worker(new URL(import.meta.url), { workerData: { role: 'fakes' } });
  fakes = fakesWorker;
  const bases = await new Promise<{ apiBase: string; newsBase: string }>((resolve, reject) => {
    fakesWorker.once('message', resolve);
    fakesWorker.once('error', reject);
  });
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    workerData: { role: 'app', ...bases },
  });
  const e = await new Promise<Endpoints>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const story = (i: number) => `${e.newsBase}/story/${i}`;
  await load(WARMUP, 1_000_000, story, e);
  const urls = await load(TOTAL, 0, story, e);
  const help = await load(TOTAL, 2_000_000, () => 'help', e);
  const { posted, busy, rejected, threads } = await waitFor(
    worker,
    (c) => c.posted + c.busy + c.rejected >= TOTAL + WARMUP,
    60_000,
  );

  const before = await counts(worker);
  worker.postMessage('reset-loop');
  // Under load: the same commands while hostile pages keep the worker pool busy.
  const hostile = hostileLoad(e, HOSTILE_IN_FLIGHT);
  const loadStarted = Date.now();
  const loaded = await load(TOTAL, 4_000_000, story, e);
  const loadedHelp = await load(TOTAL, 5_000_000, () => 'help', e);
  const hostileAcks = await hostile.stop();
  const after = await waitFor(
    worker,
    (c) =>
      c.posted + c.busy + c.rejected + c.unreadable + c.other >=
      2 * TOTAL + WARMUP + hostileAcks.sent,
    60_000,
  );
  const settled = Date.now() - loadStarted;

  console.log(
    `Slack ack latency, ${CONCURRENCY} commands in flight, app in a worker thread, ${IN_PROCESS ? 'pages read and summarized on the app thread' : `${threads} pool threads`} (Node ${process.version})`,
  );
  report(
    `/news <url> x${TOTAL} (after ${WARMUP} warm-up; page served after ${ARTICLE_DELAY_MS} ms, summaries run behind the acks):`,
    urls,
  );
  report(`/news help x${TOTAL} (answered in the ack, no work behind it):`, help);
  console.log(
    `  summaries posted: ${posted} of ${TOTAL + WARMUP}; "busy, try again in a minute": ${busy}; "Slack did not accept": ${rejected}`,
  );
  console.log(
    `  app event loop blocked: p99 ${before.loopP99.toFixed(1)} ms, max ${before.loopMax.toFixed(1)} ms`,
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
    `  app event loop blocked: p99 ${after.loopP99.toFixed(1)} ms, max ${after.loopMax.toFixed(1)} ms\n  summaries posted: ${after.posted - posted} of ${TOTAL}; "could not read that page": ${after.unreadable} of ${hostileAcks.sent} hostile; "busy": ${after.busy - busy}; "Slack did not accept": ${after.rejected - rejected}; other replies: ${after.other}; all settled ${(settled / 1000).toFixed(1)} s after the load began`,
  );
  for (const sample of after.otherSamples) console.log(`  other reply: ${sample}`);
  worker.postMessage('stop');
  await worker.terminate();
  fakesWorker.postMessage('stop');
  await fakesWorker.terminate();
}

const run = isMainThread ? main : workerData?.role === 'fakes' ? fakesThread : serve;
run().catch((e) => {
  console.error(e);
  process.exit(1);
});
