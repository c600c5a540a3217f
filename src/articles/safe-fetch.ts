import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Logger } from '../core/adapter.js';
import { err, ok, type Result } from '../core/result.js';
import { normalizeAllowHost } from './allow-hosts.js';
import { isBlockedAddress } from './ip-ranges.js';

export const USER_AGENT = 'newsbrief/0.1 (+https://github.com/newsbrief; news summarizer bot)';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}
/** Host name -> addresses. Tests hand in a table; the default asks the system resolver. */
export type Resolve = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Hosts fetched even though they resolve to private addresses (FETCH_ALLOW_HOSTS). */
  readonly allowHosts?: readonly string[];
  /** Deadline for the whole fetch, redirects and body included. */
  readonly timeoutMs?: number;
  /** Largest body read (after decompression); reading stops past it. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
  readonly resolve?: Resolve;
  /** Where a refusal is explained (the address a name resolved to); the user is told less. */
  readonly log?: Logger | undefined;
}

export interface FetchRequest {
  readonly accept?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface FetchedPage {
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Read only for 2xx answers; empty otherwise. */
  readonly body: Buffer;
}

/** GET a URL from a chat user safely; any final status is a value, failures are errors. */
export type SafeFetch = (url: string, request?: FetchRequest) => Promise<Result<FetchedPage>>;

export const SAFE_FETCH_DEFAULTS = {
  allowHosts: [],
  timeoutMs: 10_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
  userAgent: USER_AGENT,
  resolve: async (hostname: string) => dnsLookup(hostname, { all: true, verbatim: true }),
} as const satisfies Required<Omit<SafeFetchOptions, 'log'>>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** All a chat user learns of a refused address: naming what a name resolves to would leak it. */
const NOT_ALLOWED = 'That address is not allowed: newsbrief only fetches public web sites.';

class BlockedAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private address`);
  }
}

/**
 * A fetch for URLs that come from chat users: http(s) only, every redirect hop re-checked,
 * private/loopback/link-local addresses refused after DNS resolution (the connection
 * goes to the address that was checked), a deadline and a streamed size cap.
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const o = { ...SAFE_FETCH_DEFAULTS, ...options };
  const allow = new Set(o.allowHosts.map(normalizeAllowHost));
  /** The log, not the user, learns the address and the setting that would allow it. */
  const logRefusal = (host: string, address: string) =>
    options.log?.warn(
      `refused to fetch ${host}: ${host === address ? 'it is' : `it resolves to ${address},`} a private or local address (FETCH_ALLOW_HOSTS lists hosts allowed anyway)`,
    );

  return async (url, request = {}) => {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return err(
        'bad_url',
        `"${url.slice(0, 100)}" is not a URL; send a link starting with https://`,
      );
    }
    const deadline = AbortSignal.timeout(o.timeoutMs);
    const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
    for (let hop = 0; ; hop++) {
      const checked = checkTarget(current, allow);
      if (!checked.ok) {
        if (checked.error.code === 'blocked_url') logRefusal(hostOf(current), hostOf(current));
        return checked;
      }
      const answer = await getOnce(current, {
        headers: {
          'user-agent': o.userAgent,
          accept: request.accept ?? '*/*',
          'accept-encoding': 'gzip, deflate, br',
          ...request.headers,
        },
        signal,
        lookup: guardedLookup(o.resolve, allow.has(hostOf(current)), logRefusal),
        maxBytes: o.maxBytes,
      });
      if (!answer.ok) {
        if (deadline.aborted)
          return err(
            'timeout',
            `${current.host} did not answer within ${formatSeconds(o.timeoutMs)}; try again later.`,
          );
        if (request.signal?.aborted) return err('fetch_failed', 'The fetch was cancelled.');
        return answer;
      }
      const page = answer.value;
      const location = page.headers.location;
      if (!REDIRECTS.has(page.status) || !location) return answer;
      if (hop >= o.maxRedirects)
        return err(
          'fetch_failed',
          `${url.slice(0, 100)} redirects more than ${o.maxRedirects} times; send the final link.`,
        );
      try {
        current = new URL(location, current);
      } catch {
        return err('fetch_failed', `${current.host} redirects to an invalid URL.`);
      }
    }
  };
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

function checkTarget(url: URL, allow: ReadonlySet<string>): Result<true> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return err('bad_url', `Only http(s) links can be fetched, not ${url.protocol}`);
  if (url.username || url.password)
    return err('bad_url', 'Links with a user name or password are not fetched.');
  const host = hostOf(url);
  if (isIP(host) && !allow.has(host) && isBlockedAddress(host))
    return err('blocked_url', NOT_ALLOWED);
  return ok(true);
}

/** DNS lookup for http.request that refuses private answers, so the checked address is the one used. */
function guardedLookup(
  resolve: Resolve,
  allowed: boolean,
  onRefused: (host: string, address: string) => void,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const addresses = found.filter((a) => !wanted || a.family === wanted);
        const bad = allowed ? undefined : addresses.find((a) => isBlockedAddress(a.address));
        const first = addresses[0];
        if (bad) {
          onRefused(hostname, bad.address);
          callback(new BlockedAddressError(hostname, bad.address), '', 0);
        } else if (!first)
          callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), '', 0);
        else if (options.all)
          callback(
            null,
            addresses.map((a) => ({ ...a })),
          );
        else callback(null, first.address, first.family);
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}

interface HopOptions {
  readonly headers: Record<string, string>;
  readonly signal: AbortSignal;
  readonly lookup: LookupFunction;
  readonly maxBytes: number;
}

function getOnce(url: URL, hop: HopOptions): Promise<Result<FetchedPage>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Result<FetchedPage>) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    const get = url.protocol === 'https:' ? https.get : http.get;
    const req = get(url, { headers: hop.headers, signal: hop.signal, lookup: hop.lookup });
    req.on('error', (e) => finish(connectError(url, e)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers = flattenHeaders(res.headers);
      const page = { url: url.href, status, headers };
      if (status < 200 || status >= 300) {
        res.resume();
        finish(ok({ ...page, body: Buffer.alloc(0) }));
        return;
      }
      const declared = Number(headers['content-length']);
      if (!headers['content-encoding'] && declared > hop.maxBytes) {
        finish(tooLarge(url, hop.maxBytes));
        res.destroy();
        return;
      }
      const stream = decoded(res, headers['content-encoding']);
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > hop.maxBytes) {
          finish(tooLarge(url, hop.maxBytes));
          res.destroy();
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => finish(ok({ ...page, body: Buffer.concat(chunks) })));
      stream.on('error', (e) => finish(connectError(url, e)));
      res.on('error', (e) => finish(connectError(url, e)));
      res.on('aborted', () =>
        finish(err('fetch_failed', `${url.host} closed the connection early.`)),
      );
    });
  });
}

function decoded(res: http.IncomingMessage, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

function connectError(url: URL, e: unknown): Result<never> {
  if (e instanceof BlockedAddressError) return err('blocked_url', NOT_ALLOWED);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return err('fetch_failed', `Could not find ${url.hostname}; check the link.`);
  if (code === 'ECONNREFUSED') return err('fetch_failed', `${url.host} refused the connection.`);
  if (code === 'Z_DATA_ERROR' || code === 'ERR_PADDING_1')
    return err('fetch_failed', `${url.host} sent a corrupt compressed body.`);
  return err(
    'fetch_failed',
    `Could not reach ${url.host} (${code ?? 'network error'}); try again later.`,
  );
}

function tooLarge(url: URL, maxBytes: number): Result<never> {
  return err(
    'too_large',
    `${url.host} sent more than ${(maxBytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB; send a link to a single article or feed.`,
  );
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
