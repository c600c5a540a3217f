// Time from INTERACTION_CREATE (sent by a local fake gateway) to the deferral request
// (received by the local fake REST API), over 200 `/news summarize text:` interactions.
// Run: npm run build && node dist/bench/discord-defer.js
// The fake Discord runs in this process, so its own work is included in every number.
// "edited answer" includes discord.js's client-side 50 requests/s global limit, which this
// loop exceeds; deferrals (interaction callbacks) are not subject to it.
import { startDiscordAdapter } from '../adapters/discord/index.js';
import type { Logger } from '../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../src/handler/memory.js';
import { type RecordedRequest, startFakeDiscord } from '../test/discord/fake-discord.js';
import { slashCommand, str } from '../test/discord/payloads.js';

const RUNS = 200;
const WARMUP = 20;
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
  return { median: rank(0.5), p99: rank(0.99), max: s.at(-1) ?? Number.NaN };
}
const fmt = (x: { median: number; p99: number; max: number }) =>
  `median ${x.median.toFixed(2)} ms, p99 ${x.p99.toFixed(2)} ms, max ${x.max.toFixed(2)} ms`;

const fake = await startFakeDiscord({ guildIds: [GUILD] });
const adapter = await startDiscordAdapter(
  { token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.bench.token', apiUrl: fake.apiUrl },
  {
    fetchArticle: async () => ({ ok: false, error: { code: 'fetch_failed', message: 'offline' } }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
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

try {
  // One at a time: the latency a user sees when the bot is otherwise idle.
  const defer: number[] = [];
  const answer: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const payload = slashCommand(where, 'summarize', [str('text', ARTICLE)]);
    const sent = fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await fake.waitFor(isCallback(payload.id));
    const edit = await fake.waitFor(isEdit(payload.token));
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
  const callbacks = await Promise.all(burst.map((p) => fake.waitFor(isCallback(p.id), 30_000)));
  await Promise.all(burst.map((p) => fake.waitFor(isEdit(p.token), 30_000)));
  const burstDefer = callbacks.map((c, i) => c.at - (sentAt[i] ?? 0));
  const deferrals = fake.requests.filter((r) => r.path.endsWith('/callback'));

  console.log(
    `discord-defer: ${RUNS} interactions each (after ${WARMUP} warm-up), Node ${process.version}`,
  );
  console.log(`  sequential  INTERACTION_CREATE -> deferral:      ${fmt(stats(defer))}`);
  console.log(`  sequential  INTERACTION_CREATE -> edited answer: ${fmt(stats(answer))}`);
  console.log(`  burst of ${RUNS} INTERACTION_CREATE -> deferral:  ${fmt(stats(burstDefer))}`);
  console.log(
    `  deferral requests: ${deferrals.length}, all type 5: ${deferrals.every((r) => r.body.type === 5)}`,
  );
} finally {
  await adapter.stop();
  await fake.close();
}
