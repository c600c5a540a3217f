import type { LogLevel } from '../config.js';
import type { Logger } from './adapter.js';

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Readable lines (a terminal) instead of JSON lines (a container, a file, a pipe). */
  readonly pretty: boolean;
  /** Colour in readable lines (a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** Values that must never appear in a log line (tokens, secrets): replaced wherever they occur. */
  readonly secrets?: readonly (string | undefined)[];
  /** Where lines go; default standard error (file descriptor 2). */
  readonly destination?: NodeJS.WritableStream;
}

/** Fields whose values are secrets wherever they appear in a logged object. */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'password',
  'authorization',
  'headers.authorization',
  'config.headers.Authorization',
  'databaseUrl',
];

const REDACTED = '[redacted]';

/** Replaces every occurrence of each secret (and of any Slack or Discord-looking token) in `text`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join(REDACTED);
  // Tokens we were not told about: Slack's xox?-… / xapp-… and a password in a URL.
  return out
    .replace(/\bx(?:ox[abposr]|app)-[A-Za-z0-9-]{6,}/g, REDACTED)
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^@\s/]+@/gi, `$1${REDACTED}@`);
}

/**
 * The process's logger (pino): JSON lines by default, readable lines on a terminal
 * (pino-pretty, loaded only then), `level` filtering, and secrets never written: configured
 * secret values and token-shaped strings are replaced in every message and known secret
 * fields are redacted in logged objects.
 */
export async function createLogger(options: LoggerOptions): Promise<Logger> {
  const { pino } = await import('pino');
  const secrets = (options.secrets ?? []).filter((s): s is string => Boolean(s));
  const settings = {
    level: options.level,
    base: { pid: process.pid },
    redact: { paths: SECRET_KEYS, censor: REDACTED },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? scrubSecrets(a, secrets) : a)),
        );
      },
    },
  };
  const fd = options.destination ?? 2;
  let stream: NodeJS.WritableStream | ReturnType<typeof pino.destination>;
  if (options.pretty) {
    const { default: pretty } = await import('pino-pretty');
    stream = pretty({
      destination: fd,
      sync: true,
      colorize: options.color ?? false,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
    });
  } else if (typeof fd === 'number') {
    // Synchronous: a line logged just before process.exit() is not lost.
    stream = pino.destination({ dest: fd, sync: true });
  } else {
    stream = fd;
  }
  return fromPino(pino(settings, stream));
}

interface PinoLike {
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
  debug(m: string): void;
  child(bindings: Record<string, string>): PinoLike;
}

function fromPino(p: PinoLike): Logger {
  return {
    info: (m) => p.info(m),
    warn: (m) => p.warn(m),
    error: (m) => p.error(m),
    debug: (m) => p.debug(m),
    child: (bindings) => fromPino(p.child({ ...bindings })),
  };
}
