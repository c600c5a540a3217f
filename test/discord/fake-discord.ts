import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';
import { listenLocally } from '../support/page-server.js';
import { BOT_USER, botMessage, forumChannel, textChannel, threadChannel } from './api-objects.js';
import { type MessageLike, messageProblems } from './limits-check.js';

/** MessageFlags.HasThread: a thread was started from the message. */
const HAS_THREAD = 1 << 5;
/** MessageFlags.Ephemeral. */
const EPHEMERAL = 1 << 6;

/** Discord's answer past the bot's global limit. */
const GLOBAL_LIMIT_HIT: CannedResponse = {
  status: 429,
  headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
  body: { message: 'You are being rate limited.', retry_after: 1, global: true },
};

/** A message as the fake stores it (what GET /channels/:id/messages/:id answers). */
export type StoredMessage = ReturnType<typeof botMessage>;

/** One HTTP request the fake received, with the path URL-decoded and `/api/v10` removed. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON bodies are inspected freely in tests
  readonly body: any;
  /** performance.now() when the request had been read. */
  readonly at: number;
  status: number;
}

export interface CannedResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface FakeDiscordOptions {
  readonly applicationId?: string;
  /** Servers the bot is in; registering commands elsewhere gets 403 Missing Access. */
  readonly guildIds?: readonly string[];
  /** Channel webhooks that exist: id -> token. */
  readonly webhooks?: Readonly<Record<string, string>>;
  /** Forum channels (type 15): they take posts (threads), and refuse plain messages. */
  readonly forumIds?: readonly string[];
  /**
   * The bot's global limit: a request arriving when this many were answered in the second
   * before it gets a global 429 (Retry-After 1 s), as Discord answers past its 50 a second.
   */
  readonly globalPerSecond?: number;
}

/** A thread the bot opened: on a message (same id as the message) or as a forum post. */
export interface FakeThread {
  readonly id: string;
  readonly parentId: string;
  readonly name: string;
  /** Opened with POST /channels/:forum/threads (a forum post), not on a message. */
  readonly forumPost: boolean;
}

/** What the client said in IDENTIFY: its token, intents and (when sharded) [shard id, count]. */
export interface Identified {
  readonly token: string;
  readonly intents: number;
  readonly shard?: readonly [number, number] | undefined;
}

export interface FakeDiscord {
  /** What `rest.api` should be set to. */
  readonly apiUrl: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[];
  /** The IDENTIFY payload, once the client sent it. */
  readonly identified: Promise<Identified>;
  /** Sends a gateway dispatch to every connected client; returns performance.now() at send. */
  dispatch(event: string, data: unknown): number;
  /** The next request matching method and path gets this response instead. */
  respondOnce(method: string, path: RegExp, response: CannedResponse): void;
  /** Threads opened so far, in order. */
  readonly threads: FakeThread[];
  /** Messages the bot posted to a channel or thread (not interaction replies), oldest first. */
  messagesIn(channelId: string): StoredMessage[];
  /** Resolves with the first recorded request (past or future) matching `match`. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/**
 * A local stand-in for Discord: the REST API over HTTP and the gateway over WebSocket on
 * one 127.0.0.1 port. It records every request and answers 400 to any message that breaks
 * Discord's limits, as Discord would.
 */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? '1100000000000000001';
  const guilds = new Set(options.guildIds ?? []);
  const webhooks = new Map(Object.entries(options.webhooks ?? {}));
  const requests: RecordedRequest[] = [];
  /** When the requests answered (not refused with a 429) in the last second arrived. */
  const answered: number[] = [];
  const canned: { method: string; path: RegExp; response: CannedResponse }[] = [];
  const waiters: {
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  const acknowledged = new Set<string>();
  const forums = new Set(options.forumIds ?? []);
  const threads: FakeThread[] = [];
  const stored: StoredMessage[] = [];
  /** Interaction token -> the channel it came from, and the id of its answer message. */
  const interactionChannels = new Map<string, string>();
  const originals = new Map<string, string>();
  const privateAnswers = new Set<string>();
  const defaultGuild = () => [...guilds][0] ?? '1300000000000000001';
  let nextId = 1_200_000_000_000_000_000n;
  const snowflake = () => String(nextId++);

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
        query: url.searchParams,
        body: raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw,
        at: performance.now(),
        status: 0,
      };
      requests.push(record);
      while (answered.length > 0 && (answered[0] ?? 0) <= record.at - 1000) answered.shift();
      const overGlobal =
        options.globalPerSecond !== undefined && answered.length >= options.globalPerSecond;
      const i = overGlobal
        ? -1
        : canned.findIndex((c) => c.method === record.method && c.path.test(record.path));
      const [cannedOne] = i >= 0 ? canned.splice(i, 1) : [];
      const answer = overGlobal ? GLOBAL_LIMIT_HIT : (cannedOne?.response ?? route(record));
      if (answer.status !== 429) answered.push(record.at);
      record.status = answer.status;
      res.writeHead(answer.status, {
        ...(answer.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...answer.headers,
      });
      res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
      for (const w of waiters.filter((w) => w.match(record))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(record);
      }
    });
  });

  function message(channelId: string, body: MessageLike & { flags?: number }, webhookId?: string) {
    return botMessage({
      id: snowflake(),
      channelId,
      authorId: webhookId ?? applicationId,
      timestamp: new Date().toISOString(),
      content: body.content,
      embeds: body.embeds,
      components: body.components,
      flags: body.flags,
      webhookId,
    });
  }

  function checked(body: MessageLike, ok: () => CannedResponse): CannedResponse {
    const problems = messageProblems(body);
    if (problems.length === 0) return ok();
    return {
      status: 400,
      body: { code: 50035, message: 'Invalid Form Body', errors: { problems } },
    };
  }

  function route(r: RecordedRequest): CannedResponse {
    const p = r.path;
    const on = (method: string | undefined, re: RegExp) =>
      method === undefined || r.method === method ? re.exec(p) : null;
    if (r.method === 'GET' && p === '/gateway/bot')
      return {
        status: 200,
        body: {
          url: wsUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    if (r.method === 'GET' && p === '/applications/@me')
      return { status: 200, body: { id: applicationId, name: 'newsbrief', bot_public: true } };
    let m = on('PUT', /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (m) {
      if (m[1] !== applicationId)
        return { status: 403, body: { code: 50001, message: 'Missing Access' } };
      if (m[2] && !guilds.has(m[2]))
        return { status: 403, body: { code: 50001, message: 'Missing Access' } };
      const list = r.body as Record<string, unknown>[];
      return {
        status: 200,
        body: list.map((c) => ({
          ...c,
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
        })),
      };
    }
    m = on('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (m) {
      const id = m[1] ?? '';
      if (acknowledged.has(id))
        return {
          status: 400,
          body: { code: 40060, message: 'Interaction has already been acknowledged.' },
        };
      acknowledged.add(id);
      // A private ("only you can see this") answer is no message of the channel.
      if ((Number(r.body.data?.flags ?? 0) & EPHEMERAL) !== 0) privateAnswers.add(m[2] ?? '');
      if (r.body.type === 4) return checked(r.body.data, () => ({ status: 204 }));
      return { status: 204 };
    }
    m = on(undefined, /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/);
    if (m) {
      const [, hookId = '', token = '', messageId] = m;
      const interactionHook = hookId === applicationId;
      if (!interactionHook && webhooks.get(hookId) !== token)
        return { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
      if (r.method === 'DELETE' && messageId) return { status: 204 };
      if (r.method === 'PATCH' && messageId && interactionHook) {
        // An interaction's answer is a message in the channel it came from, like any other.
        const channelId = interactionChannels.get(token) ?? '0';
        if (privateAnswers.has(token))
          return checked(r.body, () => ({ status: 200, body: message(channelId, r.body, hookId) }));
        return checked(r.body, () => {
          const sent = message(channelId, r.body, hookId);
          const i = stored.findIndex((s) => s.id === originals.get(token));
          if (i >= 0) stored[i] = { ...sent, id: originals.get(token) ?? sent.id };
          else {
            originals.set(token, sent.id);
            stored.push(sent);
          }
          return { status: 200, body: stored.find((s) => s.id === originals.get(token)) };
        });
      }
      if (r.method === 'PATCH' && messageId)
        return checked(r.body, () => ({ status: 200, body: message('0', r.body, hookId) }));
      if (r.method === 'POST' && !messageId)
        return checked(r.body, () =>
          r.query.get('wait') === 'false'
            ? { status: 204 }
            : { status: 200, body: message('0', r.body, hookId) },
        );
    }
    m = on('GET', /^\/channels\/(\d+)$/);
    if (m) {
      const id = m[1] ?? '';
      const thread = threads.find((t) => t.id === id);
      if (thread) return { status: 200, body: threadChannel(thread, defaultGuild()) };
      if (forums.has(id)) return { status: 200, body: forumChannel(id, defaultGuild()) };
      return { status: 200, body: textChannel(id, defaultGuild()) };
    }
    m = on('GET', /^\/channels\/(\d+)\/messages\/(\d+)$/);
    if (m) {
      const found = stored.find((s) => s.channel_id === m?.[1] && s.id === m?.[2]);
      return found
        ? { status: 200, body: found }
        : { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    }
    m = on('POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/);
    if (m) {
      const [, parentId = '', messageId = ''] = m;
      if (threads.some((t) => t.id === messageId))
        return {
          status: 400,
          body: { code: 160004, message: 'A thread has already been created for this message' },
        };
      const starter = stored.find((s) => s.id === messageId);
      if (starter) starter.flags |= HAS_THREAD;
      const thread = { id: messageId, parentId, name: String(r.body.name), forumPost: false };
      threads.push(thread);
      return { status: 201, body: threadChannel(thread, defaultGuild()) };
    }
    m = on('POST', /^\/channels\/(\d+)\/threads$/);
    if (m) {
      const forumId = m[1] ?? '';
      if (!forums.has(forumId))
        return {
          status: 400,
          body: { code: 50024, message: 'Cannot execute action on this channel type' },
        };
      return checked(r.body.message, () => {
        const id = snowflake();
        const thread = { id, parentId: forumId, name: String(r.body.name), forumPost: true };
        threads.push(thread);
        const starter = { ...message(id, r.body.message), id };
        stored.push(starter);
        return {
          status: 201,
          body: { ...threadChannel(thread, defaultGuild()), message: starter },
        };
      });
    }
    m = on('POST', /^\/channels\/(\d+)\/messages$/);
    if (m) {
      const channelId = m[1] ?? '';
      if (forums.has(channelId))
        return {
          status: 400,
          body: { code: 50008, message: 'Cannot send messages in a non-text channel' },
        };
      return checked(r.body, () => {
        const sent = message(channelId, r.body);
        stored.push(sent);
        return { status: 200, body: sent };
      });
    }
    return { status: 404, body: { code: 0, message: '404: Not Found' } };
  }

  // The gateway: HELLO, IDENTIFY -> READY, heartbeats acknowledged.
  const wss = new WebSocketServer({ server });
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let resolveIdentified: (v: Identified) => void = () => {};
  const identified = new Promise<Identified>((r) => {
    resolveIdentified = r;
  });
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as {
        op: number;
        d: Identified;
      };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (frame.op === 2) {
        resolveIdentified({
          token: frame.d.token,
          intents: frame.d.intents,
          shard: frame.d.shard,
        });
        send(ws, 'READY', {
          v: 10,
          user: {
            id: applicationId,
            ...BOT_USER,
            bot: true,
            flags: 0,
            verified: true,
            mfa_enabled: false,
          },
          guilds: [],
          session_id: 'fake-session',
          resume_gateway_url: wsUrl,
          shard: frame.d.shard ?? [0, 1],
          application: { id: applicationId, flags: 0 },
        });
      }
    });
  });
  function send(ws: WebSocket, t: string, d: unknown) {
    seq += 1;
    ws.send(JSON.stringify({ op: 0, t, s: seq, d }));
  }

  const listener = await listenLocally(server);
  const wsUrl = listener.origin.replace(/^http:/, 'ws:');

  return {
    apiUrl: `${listener.origin}/api`,
    applicationId,
    requests,
    threads,
    messagesIn: (channelId) => stored.filter((s) => s.channel_id === channelId),
    identified,
    dispatch(event, data) {
      const d = data as { token?: unknown; channel_id?: unknown };
      if (event === 'INTERACTION_CREATE' && typeof d.token === 'string')
        interactionChannels.set(d.token, String(d.channel_id));
      const at = performance.now();
      for (const ws of sockets) send(ws, event, data);
      return at;
    },
    respondOnce(method, path, response) {
      canned.push({ method, path, response });
    },
    waitFor(match, timeoutMs = 5000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('fake Discord: no matching request')),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    close: () => {
      for (const ws of sockets) ws.terminate();
      wss.close();
      return listener.close();
    },
  };
}
