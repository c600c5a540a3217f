import type { Platform, Reply } from '../handler/types.js';

/** A running platform adapter: the briefing scheduler posts through it. */
export interface RunningAdapter {
  readonly platform: Platform;
  /**
   * Posts a reply (usually a digest) to a channel of this platform. A reply can be several
   * messages; `skip` resumes after the first `skip` of them. When some went out before a
   * failure, throws PartialPostError with how many did, so a retry never repeats them.
   */
  post(channelId: string, reply: Reply, options?: PostOptions): Promise<void>;
  /** Whether it can take commands now (/readyz); an adapter without it counts as connected. */
  connected?(): boolean;
  stop(): Promise<void>;
}

export interface PostOptions {
  /** Messages of this reply already delivered: start after them. */
  readonly skip?: number;
}

/** Posting failed after `sent` messages of the reply had been delivered. */
export class PartialPostError extends Error {
  constructor(
    readonly sent: number,
    readonly reason: unknown,
  ) {
    super(
      `posted ${sent} message(s), then: ${reason instanceof Error ? reason.message : String(reason)}`,
    );
    this.name = 'PartialPostError';
  }
}

/** Runs `send` for each message from `skip` on; a failure after the first is a PartialPostError. */
export async function sendInOrder<T>(
  messages: readonly T[],
  skip: number,
  send: (message: T, index: number) => Promise<void>,
): Promise<void> {
  for (let i = skip; i < messages.length; i++) {
    try {
      await send(messages[i] as T, i);
    } catch (e) {
      if (i === 0) throw e;
      throw new PartialPostError(i, e);
    }
  }
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug?(message: string): void;
  /** A logger whose every line carries `bindings` (a request or job id). */
  child?(bindings: Readonly<Record<string, string>>): Logger;
}

/**
 * The logger for one command (`req`) or briefing (`job`): every line it writes carries the
 * id. A logger without child() (a test double) prefixes the id to each message instead.
 */
export function scopedLogger(log: Logger, key: 'req' | 'job', id: string): Logger {
  if (log.child) return log.child({ [key]: id });
  const tag = (m: string) => `[${key} ${id}] ${m}`;
  return {
    info: (m) => log.info(tag(m)),
    warn: (m) => log.warn(tag(m)),
    error: (m) => log.error(tag(m)),
  };
}

export const consoleLogger: Logger = {
  info: (m) => console.error(`[newsbrief] ${m}`),
  warn: (m) => console.error(`[newsbrief] warning: ${m}`),
  error: (m) => console.error(`[newsbrief] error: ${m}`),
};
