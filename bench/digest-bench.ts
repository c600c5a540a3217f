// node dist/bench/digest-bench.js [--feeds 50] [--items 20] [--runs 3]
//
// Time and peak memory of `newsbrief digest` over many feeds. A child process (this script
// with --serve) plays the web: FEEDS RSS feeds of ITEMS items each on 127.0.0.1, every story
// carried by three feeds under different URLs and headlines, and an article page per item.
// The parent runs runDigestCommand against them as the CLI would (SSRF checks on, with
// 127.0.0.1 allowed), RUNS times, and reports wall time, peak RSS and peak heap.
import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runDigestCommand } from '../src/briefing/digest-command.js';
import { esc, makeStories, type Story } from './synthetic-news.js';

const COPIES = 3;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Child process: serves the feeds and article pages until the parent disconnects. */
async function serve(feeds: number, items: number): Promise<void> {
  const stories = makeStories(Math.ceil((feeds * items) / COPIES));
  // Feed f, slot j carries story (f * items + j) / COPIES in one of its three copies.
  const carried = (f: number, j: number) => {
    const n = f * items + j;
    const story = Math.floor(n / COPIES) % stories.length;
    return { story, copy: n % COPIES };
  };
  const now = Date.now();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(url.pathname);
    if (feed) {
      const f = Number(feed[1]);
      const body = Array.from({ length: items }, (_, j) => {
        const { story, copy } = carried(f, j);
        const s = stories[story] as Story;
        const title = copy === 0 ? s.title : (s.altTitles[copy - 1] ?? s.title);
        const link = `http://127.0.0.1:${port()}/site${f}/story-${story}?utm_source=rss`;
        return `<item><title>${esc(title)}</title><link>${esc(link)}</link><guid isPermaLink="false">site${f}-${story}</guid><pubDate>${new Date(now - (j * 37 + f) * 60_000).toUTCString()}</pubDate><description>${esc(s.lede)}</description></item>`;
      }).join('\n');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"f${f}"` });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Feed ${f}</title><link>http://127.0.0.1/</link><description>bench</description>\n${body}\n</channel></rss>`,
      );
      return;
    }
    const page = /^\/site(\d+)\/story-(\d+)$/.exec(url.pathname);
    const s = page ? stories[Number(page[2])] : undefined;
    if (!s) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html><head><title>${esc(s.title)}</title><meta property="og:site_name" content="Bench Site ${page?.[1]}"></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><article><h1>${esc(s.title)}</h1>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© Bench</footer></body></html>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = () => (server.address() as AddressInfo).port;
  process.send?.({ port: port() });
  process.on('disconnect', () => server.close(() => process.exit(0)));
}

async function startServer(
  feeds: number,
  items: number,
): Promise<{ port: number; child: ChildProcess }> {
  const child = fork(fileURLToPath(import.meta.url), [
    '--serve',
    '--feeds',
    String(feeds),
    '--items',
    String(items),
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { port, child };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const feeds = arg('feeds', 50);
  const items = arg('items', 20);
  const runs = arg('runs', 3);
  if (process.argv.includes('--serve')) return serve(feeds, items);

  const { port, child } = await startServer(feeds, items);
  const urls = Array.from({ length: feeds }, (_, f) => `http://127.0.0.1:${port}/feeds/${f}.xml`);
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  console.log(
    `digest of ${feeds} feeds × ${items} items (${feeds * items} items, each story in ${COPIES} feeds), ${runs} runs`,
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; baseline RSS ${mb(baseRss)}, heap ${mb(baseHeap)}`,
  );
  const times: number[] = [];
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 2);
  try {
    for (let r = 1; r <= runs; r++) {
      const started = performance.now();
      const result = await runDigestCommand({
        feeds: urls,
        format: 'json',
        fetchOptions: { allowHosts: ['127.0.0.1'] },
      });
      const ms = performance.now() - started;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      times.push(ms);
      const stories = result.exitCode === 0 ? JSON.parse(result.output).stories : [];
      const sources = stories.map((s: { sources: unknown[] }) => s.sources.length).join(',');
      console.log(
        `run ${r}: ${ms.toFixed(0)} ms, exit ${result.exitCode}, ${stories.length} stories (sources per story: ${sources}), ${result.errors.length} errors`,
      );
    }
  } finally {
    clearInterval(sampler);
    child.disconnect();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(`median ${median.toFixed(0)} ms (first ${times[0]?.toFixed(0)} ms)`);
  console.log(
    `peak RSS ${mb(peakRss)} (+${mb(peakRss - baseRss)} over baseline), peak heap ${mb(peakHeap)} (+${mb(peakHeap - baseHeap)})`,
  );
}

await main();
