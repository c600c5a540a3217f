/**
 * Slack acknowledgement latency: how long Slack would wait for newsbrief's answer to a
 * `/news <url>` (it allows 3 s). Runs the real adapter (Bolt's HTTP receiver) against a
 * local fake Web API and a local news page served with a delay, sends signed, form-encoded
 * slash commands the way Slack does, 20 at a time, and times each request to its response.
 * The app and its fake servers run in a worker thread, so the load generator's own work
 * does not sit in the app's event loop. A second run sends `/news help` (answered in the
 * ack, nothing slow behind it) to show the adapter's own cost.
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

const TOTAL = Number(process.argv[2] ?? 200);
const CONCURRENCY = Number(process.argv[3] ?? 20);
const WARMUP = 20;
const ARTICLE_DELAY_MS = 300;
const SECRET = 'bench-signing-secret';

const PARAGRAPH =
  'The harbour authority said on Monday that container traffic rose by 12 percent in the first quarter, the strongest growth since the new terminal opened, as shipping lines moved routes away from congested ports further north.';
const ARTICLE = `<!doctype html><html><head><title>Harbour traffic grows 12 percent</title></head><body><article><h1>Harbour traffic grows 12 percent</h1>${Array.from(
  { length: 12 },
  (_, i) =>
    `<p>${PARAGRAPH} Paragraph ${i + 1} adds that officials expect the trend to continue.</p>`,
).join('')}</article></body></html>`;

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
  const api = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = req.url?.replace(/^\/api\//, '') ?? '';
      if (method === 'chat.postMessage') posted += 1;
      const body =
        method === 'auth.test'
          ? { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0BENCH' }
          : { ok: true, ts: '1700000000.000100' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  const news = createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    }, ARTICLE_DELAY_MS);
  });
  const apiBase = await listen(api);
  const newsBase = await listen(news);
  const quiet = { info: () => {}, warn: () => {}, error: (m: string) => console.error(m) };
  const adapter = await startSlackAdapter(
    {
      botToken: 'xoxb-bench',
      signingSecret: SECRET,
      apiUrl: `${apiBase}/api/`,
      port: 0,
      mode: 'http',
    },
    {
      fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'] }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
    },
    quiet,
    { host: '127.0.0.1' },
  );
  const port = parentPort;
  if (!port) throw new Error('serve() runs in a worker');
  port.on('message', async (msg: string) => {
    if (msg === 'posted') port.postMessage({ posted });
    if (msg === 'stop') {
      await adapter.stop();
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

function report(label: string, { times, wall }: { times: number[]; wall: number }): void {
  const pct = (p: number) =>
    times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${label}`);
  console.log(
    `  median ${f(pct(50))}  p90 ${f(pct(90))}  p99 ${f(pct(99))}  max ${f(times.at(-1) ?? NaN)}  (${times.length} acks in ${f(wall)})`,
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

  const deadline = Date.now() + 30_000;
  let posted = 0;
  while (posted < TOTAL + WARMUP && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    worker.postMessage('posted');
    posted = (await new Promise<{ posted: number }>((r) => worker.once('message', r))).posted;
  }
  console.log(
    `Slack ack latency, ${CONCURRENCY} commands in flight, app in a worker thread (Node ${process.version})`,
  );
  report(
    `/news <url> x${TOTAL} (after ${WARMUP} warm-up; page served after ${ARTICLE_DELAY_MS} ms, summaries run behind the acks):`,
    urls,
  );
  report(`/news help x${TOTAL} (answered in the ack, no work behind it):`, help);
  console.log(`  summaries posted to the fake channel: ${posted} of ${TOTAL + WARMUP}`);
  worker.postMessage('stop');
  await worker.terminate();
}

const run = isMainThread ? main : serve;
run().catch((e) => {
  console.error(e);
  process.exit(1);
});
