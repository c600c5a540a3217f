// The world the fleet benchmark runs against, all on 127.0.0.1: FEEDS RSS feeds of ITEMS
// items with full text (each story syndicated in COPIES feeds under its wire link, so its
// canonical URL is shared), Slack's chat.postMessage (one message a second per channel, else
// 429 Retry-After) and Discord's channel messages (50 requests a second for the bot, else a
// global 429; 5 messages in 5 seconds per channel, told in X-RateLimit headers, else a 429),
// both with a few scripted 429s and 500s. It counts every request.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esc, makeStories, random, type Story } from './synthetic-news.js';

export const COPIES = 4;

/** Discord's limits as the fake enforces them: the bot's global one, a channel's message bucket. */
export const DISCORD_GLOBAL_PER_SECOND = 50;
const DISCORD_BUCKET = { limit: 5, windowMs: 5000 } as const;
const DISCORD_GUILD = '1290000000000000001';

export interface WorldOptions {
  readonly feeds: number;
  readonly items: number;
  /** Share of platform requests answered 429 / 500 at random (deterministic); `served` counts
   * these and, apart, the 429s earned by going over a limit (slack429, Discord's global
   * discord429 and per-channel discordRoute429). */
  readonly fault429: number;
  readonly fault500: number;
}

export interface World {
  readonly origin: string;
  feedUrl(f: number): string;
  /** GETs per feed path. */
  readonly feedFetches: Map<number, number>;
  /** Delivered messages: channel -> body hashes, in order. */
  readonly delivered: Map<string, string[]>;
  readonly served: {
    ok: number;
    r429: number;
    r500: number;
    slack429: number;
    discord429: number;
    discordRoute429: number;
  };
  /** Every request the fake Discord received, in order of arrival (for per-second counts). */
  readonly discordRequests: DiscordRequest[];
  /** Time of the last delivered message (ms since epoch). */
  lastDeliveryAt(): number;
  close(): Promise<void>;
}

/** One request to the fake Discord: when it arrived, what it was, and how it was answered. */
export interface DiscordRequest {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  /** A message whose nonce had been sent before (a retry of a refused or failed request). */
  readonly retry: boolean;
  status: number;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

export async function startWorld(o: WorldOptions): Promise<World> {
  const stories = makeStories(Math.ceil((o.feeds * o.items) / COPIES));
  const rnd = random(7);
  const now = Date.now();
  const feedFetches = new Map<number, number>();
  const delivered = new Map<string, string[]>();
  const served = { ok: 0, r429: 0, r500: 0, slack429: 0, discord429: 0, discordRoute429: 0 };
  const slackLast = new Map<string, number>();
  const discordWindow: number[] = [];
  const discordBuckets = new Map<string, { used: number; resetAt: number }>();
  const discordRequests: DiscordRequest[] = [];
  const triedNonces = new Set<string>();
  // What each platform remembers to make a retried message harmless: Slack messages'
  // metadata keys (read back with conversations.history), Discord nonces (enforce_nonce).
  const slackKeys = new Map<string, string[]>();
  const discordNonces = new Set<string>();
  let lastDelivery = 0;
  const feedBodies = new Map<number, string>();

  const feedBody = (f: number): string => {
    const cached = feedBodies.get(f);
    if (cached) return cached;
    const body = Array.from({ length: o.items }, (_, j) => {
      // Slot j of feed f carries story n / COPIES: each story is in COPIES different feeds.
      const n = (f * o.items + j) * 7919;
      const index = Math.floor(n / COPIES) % stories.length;
      const s = stories[index] as Story;
      const copy = n % COPIES;
      const title =
        copy === 0 ? s.title : (s.altTitles[(copy - 1) % s.altTitles.length] ?? s.title);
      const link = `${origin}/wire/story-${index}?utm_source=feed${f}`;
      const text = s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
      return `<item><title>${esc(title)}</title><link>${esc(link)}</link><guid isPermaLink="false">feed${f}-story${index}</guid><pubDate>${new Date(now - (j * 11 + (f % 60)) * 60_000).toUTCString()}</pubDate><description>${esc(s.lede)}</description><content:encoded><![CDATA[${text}]]></content:encoded></item>`;
    }).join('\n');
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Fleet Feed ${f}</title><link>${origin}/</link><description>bench</description>\n${body}\n</channel></rss>`;
    feedBodies.set(f, xml);
    return xml;
  };

  const fault = (): 429 | 500 | undefined => {
    const r = rnd();
    if (r < o.fault429) return 429;
    if (r < o.fault429 + o.fault500) return 500;
    return undefined;
  };
  const record = (channel: string, body: string) => {
    const list = delivered.get(channel) ?? [];
    list.push(hash(body));
    delivered.set(channel, list);
    lastDelivery = Date.now();
    served.ok++;
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(url.pathname);
    if (feed) {
      const f = Number(feed[1]);
      feedFetches.set(f, (feedFetches.get(f) ?? 0) + 1);
      const etag = `"feed-${f}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.end(feedBody(f));
      return;
    }
    const raw = await readBody(req);
    if (url.pathname === '/slack/api/chat.postMessage') {
      const args = new URLSearchParams(raw);
      const channel = args.get('channel') ?? '';
      const at = Date.now();
      const f = fault();
      // One message a second per channel, as Slack allows; a little slack for clock jitter.
      if (f === 429 || at - (slackLast.get(channel) ?? 0) < 950) {
        served.r429++;
        if (f !== 429) served.slack429++;
        return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
      }
      if (f === 500) {
        served.r500++;
        return json(500, { ok: false, error: 'internal_error' });
      }
      slackLast.set(channel, at);
      record(`slack:${channel}`, `${args.get('text')}${args.get('blocks')}`);
      const metadata = JSON.parse(args.get('metadata') ?? 'null') as {
        event_payload?: { key?: string };
      } | null;
      const key = metadata?.event_payload?.key;
      if (key) slackKeys.set(channel, [...(slackKeys.get(channel) ?? []), key]);
      return json(200, { ok: true, channel, ts: `${Math.floor(at / 1000)}.000100` });
    }
    if (url.pathname === '/slack/api/chat.getPermalink') {
      const args = new URLSearchParams(raw);
      const link = `https://fleet.slack.example/archives/${args.get('channel')}/p${(args.get('message_ts') ?? '').replace('.', '')}`;
      return json(200, { ok: true, channel: args.get('channel'), permalink: link });
    }
    if (url.pathname === '/slack/api/conversations.history') {
      const channel = new URLSearchParams(raw).get('channel') ?? '';
      const messages = (slackKeys.get(channel) ?? []).map((key, i) => ({
        ts: `${i}.000100`,
        metadata: { event_type: 'newsbrief_message', event_payload: { key } },
      }));
      return json(200, { ok: true, messages: messages.reverse(), has_more: false });
    }
    if (url.pathname.startsWith('/discord/')) {
      const nonce = (/"nonce":"([^"]+)"/.exec(raw) ?? [])[1];
      const entry: DiscordRequest = {
        at: Date.now(),
        method: req.method ?? 'GET',
        path: url.pathname.slice('/discord/api/v10'.length),
        retry: nonce !== undefined && triedNonces.has(nonce),
        status: 0,
      };
      if (nonce) triedNonces.add(nonce);
      discordRequests.push(entry);
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
    }
    const discord = /^\/discord\/api\/v10\/channels\/(\d+)(\/messages)?$/.exec(url.pathname);
    const post = discord?.[2] !== undefined && req.method === 'POST';
    const lookUp = discord?.[2] === undefined && req.method === 'GET';
    if (discord && (post || lookUp)) {
      const at = Date.now();
      const channel = discord[1] ?? '';
      while (discordWindow.length > 0 && (discordWindow[0] ?? 0) <= at - 1000)
        discordWindow.shift();
      // The bot's global limit: 50 requests a second, every route.
      if (discordWindow.length >= DISCORD_GLOBAL_PER_SECOND) {
        served.r429++;
        served.discord429++;
        return json(
          429,
          { message: 'You are being rate limited.', retry_after: 1, global: true },
          { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
        );
      }
      if (lookUp) {
        discordWindow.push(at);
        return json(200, { id: channel, type: 0, guild_id: DISCORD_GUILD });
      }
      // The channel's message bucket: 5 messages in 5 seconds, told in X-RateLimit headers.
      let bucket = discordBuckets.get(channel);
      if (!bucket || bucket.resetAt <= at) {
        bucket = { used: 0, resetAt: at + DISCORD_BUCKET.windowMs };
        discordBuckets.set(channel, bucket);
      }
      const resetAfter = (bucket.resetAt - at) / 1000;
      const bucketHeaders = (remaining: number) => ({
        'x-ratelimit-limit': String(DISCORD_BUCKET.limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': String(bucket.resetAt / 1000),
        'x-ratelimit-reset-after': String(resetAfter),
        'x-ratelimit-bucket': 'fleet-channel-messages',
      });
      if (bucket.used >= DISCORD_BUCKET.limit) {
        served.r429++;
        served.discordRoute429++;
        return json(
          429,
          { message: 'You are being rate limited.', retry_after: resetAfter, global: false },
          {
            ...bucketHeaders(0),
            'retry-after': String(Math.ceil(resetAfter)),
            'x-ratelimit-scope': 'user',
          },
        );
      }
      const f = fault();
      if (f === 429) {
        // Scripted: a limit the bot could not know of (Discord's "shared" scope), not global.
        served.r429++;
        return json(
          429,
          { message: 'You are being rate limited.', retry_after: 1, global: false },
          { 'retry-after': '1', 'x-ratelimit-scope': 'shared' },
        );
      }
      if (f === 500) {
        served.r500++;
        return json(500, { message: '500: Internal Server Error', code: 0 });
      }
      discordWindow.push(at);
      bucket.used++;
      const { nonce, enforce_nonce } = JSON.parse(raw || '{}') as {
        nonce?: string;
        enforce_nonce?: boolean;
      };
      const seen = `${channel}:${nonce}`;
      const headers = bucketHeaders(DISCORD_BUCKET.limit - bucket.used);
      if (nonce && enforce_nonce && discordNonces.has(seen))
        return json(200, { id: 'existing', channel_id: channel, nonce }, headers);
      if (nonce) discordNonces.add(seen);
      record(`discord:${channel}`, raw);
      return json(200, { id: String(at), channel_id: channel, content: '', embeds: [] }, headers);
    }
    json(404, { ok: false, error: 'unknown_method' });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    feedUrl: (f) => `${origin}/feeds/${f}.xml`,
    feedFetches,
    delivered,
    served,
    discordRequests,
    lastDeliveryAt: () => lastDelivery,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
