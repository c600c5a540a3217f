import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the app made to the fake Web API, with the status it got. */
export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly authorization: string | undefined;
  readonly status: number;
  /** Whether the answer was `{ ok: true }` with status 200. */
  readonly ok: boolean;
  readonly at: number;
}

/** One POST to a response_url. */
export interface ResponseUrlPost {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export interface ScriptedAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Record<string, unknown>;
}

export interface FakeSlack {
  /** API root to hand the app as SLACK_API_URL (ends in /api/). */
  readonly apiUrl: string;
  readonly calls: ApiCall[];
  readonly responses: ResponseUrlPost[];
  /** A response_url for one command; posts to it are recorded under `id`. */
  responseUrl(id: string): string;
  /** The next answers for a method, in order, before the normal ones resume. */
  script(method: string, ...answers: ScriptedAnswer[]): void;
  /** Successful calls of one method. */
  succeeded(method: string): ApiCall[];
  attempts(method: string): ApiCall[];
  /**
   * The next call of `method` whose arguments match gets no answer until released: the
   * app is "mid-request". A caller that dies meanwhile delivered nothing (nothing is recorded).
   */
  holdNext(method: string, when: (args: Record<string, unknown>) => boolean): HeldCall;
  close(): Promise<void>;
}

export interface HeldCall {
  /** The held request's arguments, once it arrived. */
  readonly args: () => Record<string, unknown> | undefined;
  /** Its Authorization header (which token, so which app instance, sent it). */
  readonly authorization: () => string | undefined;
  /** Whether the caller hung up (died) while held. */
  readonly dropped: () => boolean;
  /** Answers it normally (and records it). */
  release(): void;
}

const BOT = { user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEST' } as const;
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

export interface FakeSlackOptions {
  /** What apps.connections.open answers (Socket Mode): a local WebSocket URL. */
  readonly socketUrl?: string;
}

/** A local HTTP server that plays Slack's Web API and the response_url endpoint. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  const holds: {
    method: string;
    when: (args: Record<string, unknown>) => boolean;
    args?: Record<string, unknown>;
    authorization?: string | undefined;
    dropped: boolean;
    answer?: () => void;
  }[] = [];
  let ts = 0;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };

    if (url.pathname.startsWith('/response/')) {
      responses.push({
        id: decodeURIComponent(url.pathname.slice('/response/'.length)),
        body: JSON.parse(raw || '{}') as Record<string, unknown>,
        at: Date.now(),
      });
      return send(200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return send(404, { ok: false, error: 'not_found' });

    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const hold = holds.find((h) => !h.args && h.method === method && h.when(args));
    if (hold) {
      hold.args = args;
      hold.authorization = req.headers.authorization;
      res.once('close', () => {
        if (!res.writableEnded) hold.dropped = true;
      });
      await new Promise<void>((resolve) => {
        hold.answer = resolve;
      });
      if (hold.dropped) return;
    }
    const scripted = scripts.get(method)?.shift();
    const status = scripted?.status ?? 200;
    const body =
      scripted?.body ??
      (status === 200
        ? method === 'conversations.history'
          ? history(String(args.channel))
          : normalAnswer(method, args, ++ts, options)
        : {});
    calls.push({
      method,
      args,
      authorization: req.headers.authorization,
      status,
      ok: status === 200 && body.ok === true,
      at: Date.now(),
    });
    send(status, body, { ...scripted?.headers });
  });
  /** conversations.history: the channel's posted messages with their metadata, newest first. */
  const history = (channel: string) => ({
    ok: true,
    has_more: false,
    messages: calls
      .filter((c) => c.ok && c.method === 'chat.postMessage' && c.args.channel === channel)
      .map((c, i) => ({
        ts: `1700000000.${String(i).padStart(6, '0')}`,
        metadata: c.args.metadata,
      }))
      .reverse(),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    script: (method, ...answers) => {
      scripts.set(method, [...(scripts.get(method) ?? []), ...answers]);
    },
    succeeded: (method) => calls.filter((c) => c.method === method && c.ok),
    attempts: (method) => calls.filter((c) => c.method === method),
    holdNext: (method, when) => {
      const h: (typeof holds)[number] = { method, when, dropped: false };
      holds.push(h);
      return {
        args: () => h.args,
        authorization: () => h.authorization,
        dropped: () => h.dropped,
        release: () => h.answer?.(),
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function normalAnswer(
  method: string,
  args: Record<string, unknown>,
  n: number,
  options: FakeSlackOptions,
) {
  switch (method) {
    case 'apps.connections.open':
      return options.socketUrl
        ? { ok: true, url: options.socketUrl }
        : { ok: false, error: 'not_allowed_token_type' };
    case 'auth.test':
      return {
        ok: true,
        url: 'https://newsroom.slack.com/',
        team: 'Newsroom',
        user: 'newsbrief',
        ...BOT,
      };
    case 'chat.postMessage':
      return { ok: true, channel: args.channel, ts: `1700000000.${String(n).padStart(6, '0')}` };
    case 'chat.getPermalink':
      return {
        ok: true,
        channel: args.channel,
        permalink: `https://newsroom.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace('.', '')}`,
      };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: `1700000000.${String(n).padStart(6, '0')}` };
    case 'views.open':
      return { ok: true, view: { id: `V${n}` } };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}');
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
