// Time from INTERACTION_CREATE (sent by a local fake gateway) to the deferral request
// (received by the local fake REST API), over 200 `/news summarize text:` interactions.
// Run: npm run build && node dist/bench/discord-defer.js
// The fake Discord runs in this process, so its own work is included in every number.
// "edited answer" includes discord.js's client-side 50 requests/s global limit, which this
// loop exceeds; deferrals (interaction callbacks) are not subject to it.
// Summaries run in the worker pool, as `newsbrief serve` runs them. The last run is the
// issue-13 load test: 200 interactions, 20 in flight, while other users keep 4 hostile
// pages (2,000 nested divs, 200,000 elements, 141 s of Readability) going; each must end
// in "could not read that page", and deferrals must stay under 100 ms p95, none over 3 s.
import { startDiscordAdapter } from '../adapters/discord/index.js';
import { createArticleFetcher } from '../src/articles/fetch-article.js';
import type { Logger } from '../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../src/handler/memory.js';
import { createWorkPool } from '../src/work/pool.js';
import { type RecordedRequest, startFakeDiscord } from '../test/discord/fake-discord.js';
import { slashCommand, str } from '../test/discord/payloads.js';
import { startPageServer } from '../test/support/page-server.js';
import { deepAndWidePage, manyElementsPage, nestedDivPage } from './support/hostile-pages.js';

const RUNS = 200;
const WARMUP = 20;
const CONCURRENCY = 20;
const HOSTILE_IN_FLIGHT = 4;
const GUILD = '1300000000000000001';

const ARTICLE = [
  "Riverside's Harbour Bridge will close to all motor traffic from 2 March next year for a £48 million repair programme, after the city council voted 31 to 12 on Wednesday night to approve the work.",
  "The 1964 crossing carries about 42,000 vehicles a day between the port district and the city centre. An inspection in July found corrosion in 14 of the bridge's 56 steel hangers.",
  '"We have run out of time for patch repairs," said Helen Okafor, the council\'s director of infrastructure.',
  'Contractors will replace all 56 hangers, resurface the deck and widen the footpaths on both sides to three metres.',
  'Buses will be diverted over the Millbrook Viaduct, adding between eight and fifteen minutes to journeys on routes 4, 11 and 27.',
  'A £1.2 million fund will offer grants of up to £5,000 to independent businesses within 500 metres of the bridge.',
  'If the programme runs to schedule, the bridge is due to reopen on 30 September with a cycle lane in each direction.',
].join('\n\n');

const quiet: Logger = {
  info: () => {},
  warn: (m) => console.error(m),
  error: (m) => console.error(m),
};

function stats(samples: readonly number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN;
  return {
    median: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: s.at(-1) ?? Number.NaN,
    over3s: s.filter((x) => x > 3000).length,
  };
}
const fmt = (x: ReturnType<typeof stats>) =>
  `median ${x.median.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms, p99 ${x.p99.toFixed(2)} ms, max ${x.max.toFixed(2)} ms, over 3 s: ${x.over3s}`;

const pages = await startPageServer({
  '/nested': nestedDivPage(2000),
  '/huge': manyElementsPage(200_000),
  '/deep-and-wide': deepAndWidePage(),
});
const work = createWorkPool({ log: quiet });
const fake = await startFakeDiscord({ guildIds: [GUILD] });
const adapter = await startDiscordAdapter(
  { token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.bench.token', apiUrl: fake.apiUrl },
  {
    fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'], readPage: work.readPage }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
    work,
  },
  quiet,
);
const where = {
  applicationId: fake.applicationId,
  guildId: GUILD,
  channelId: '1310000000000000001',
};
const isCallback = (id: string) => (r: RecordedRequest) =>
  r.path.startsWith(`/interactions/${id}/`);
const isEdit = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`);
/** The answer: the edited placeholder, or (for an error) the ephemeral follow-up. */
const isAnswer = (token: string) => (r: RecordedRequest) =>
  (r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`)) ||
  (r.method === 'POST' && r.path.endsWith(`/${token}`));

/** Sends `payloads` `inFlight` at a time, each waiting for its answer; returns deferral times. */
async function lanes(payloads: ReturnType<typeof slashCommand>[], inFlight: number) {
  const defer: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < payloads.length) {
      const p = payloads[next++] as ReturnType<typeof slashCommand>;
      const sent = fake.dispatch('INTERACTION_CREATE', p);
      const callback = await fake.waitFor(isCallback(p.id), 60_000);
      defer.push(callback.at - sent);
      await fake.waitFor(isAnswer(p.token), 120_000);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return defer;
}

try {
  // One at a time: the latency a user sees when the bot is otherwise idle.
  const defer: number[] = [];
  const answer: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const payload = slashCommand(where, 'summarize', [str('text', ARTICLE)]);
    const sent = fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await fake.waitFor(isCallback(payload.id), 60_000);
    const edit = await fake.waitFor(isEdit(payload.token), 60_000);
    if (i >= WARMUP) {
      defer.push(callback.at - sent);
      answer.push(edit.at - sent);
    }
  }
  // All at once: 200 interactions dispatched back to back, deferrals measured per interaction.
  const burst = Array.from({ length: RUNS }, () =>
    slashCommand(where, 'summarize', [str('text', ARTICLE)]),
  );
  const sentAt = burst.map((p) => fake.dispatch('INTERACTION_CREATE', p));
  const callbacks = await Promise.all(burst.map((p) => fake.waitFor(isCallback(p.id), 60_000)));
  await Promise.all(burst.map((p) => fake.waitFor(isAnswer(p.token), 120_000)));
  const burstDefer = callbacks.map((c, i) => c.at - (sentAt[i] ?? 0));
  const deferrals = fake.requests.filter((r) => r.path.endsWith('/callback'));

  // Under load: hostile pages keep the pool busy while 200 interactions run, 20 in flight.
  const hostilePaths = ['/nested', '/huge', '/deep-and-wide'];
  const hostile: ReturnType<typeof slashCommand>[] = [];
  let loading = true;
  const hostileLane = async (lane: number) => {
    for (let i = lane; loading; i += HOSTILE_IN_FLIGHT) {
      const p = slashCommand(where, 'summarize', [
        str('url', pages.url(hostilePaths[i % hostilePaths.length] ?? '/nested')),
      ]);
      hostile.push(p);
      fake.dispatch('INTERACTION_CREATE', p);
      await fake.waitFor(isAnswer(p.token), 120_000);
    }
  };
  const background = Promise.all(
    Array.from({ length: HOSTILE_IN_FLIGHT }, (_, l) => hostileLane(l)),
  );
  const loadStarted = Date.now();
  const loaded = await lanes(
    Array.from({ length: RUNS }, () => slashCommand(where, 'summarize', [str('text', ARTICLE)])),
    CONCURRENCY,
  );
  loading = false;
  await background;
  const answers = hostile.map((p) => JSON.stringify(fake.requests.find(isAnswer(p.token))?.body));
  const unreadable = answers.filter((a) => /could not read that page/.test(a)).length;
  const busy = answers.filter((a) => /try again in a minute/.test(a)).length;

  console.log(
    `discord-defer: ${RUNS} interactions each (after ${WARMUP} warm-up), Node ${process.version}`,
  );
  console.log(`  sequential  INTERACTION_CREATE -> deferral:      ${fmt(stats(defer))}`);
  console.log(`  sequential  INTERACTION_CREATE -> edited answer: ${fmt(stats(answer))}`);
  console.log(`  burst of ${RUNS} INTERACTION_CREATE -> deferral:  ${fmt(stats(burstDefer))}`);
  console.log(
    `  deferral requests: ${deferrals.length}, all type 5: ${deferrals.every((r) => r.body.type === 5)}`,
  );
  console.log(
    `  under load (${HOSTILE_IN_FLIGHT} hostile-page commands in flight, ${work.threads} pool threads), ${RUNS} interactions ${CONCURRENCY} in flight -> deferral: ${fmt(stats(loaded))}`,
  );
  console.log(
    `  hostile-page commands: ${hostile.length}, "could not read that page": ${unreadable}, "busy": ${busy}; all answered ${((Date.now() - loadStarted) / 1000).toFixed(1)} s after the load began`,
  );
} finally {
  await adapter.stop();
  await work.close();
  await fake.close();
  await pages.close();
}
