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
  /**
   * Names this reply's delivery (one briefing); each message's key is `${key}#${index}`. An
   * adapter passes it to the platform (Discord's nonce, Slack's message metadata) so a message
   * the platform accepted from a replica that died before recording it is not posted twice.
   */
  readonly idempotencyKey?: string | undefined;
  /** Another process was posting this reply and stopped: check what reached the channel first. */
  readonly resuming?: boolean | undefined;
  /** Awaited before each message (a fleet-wide rate limit). */
  readonly pace?: (() => Promise<void>) | undefined;
  /**
   * Awaited after each message with how many are out so far (of `total`), so a briefing cut
   * short by a crash resumes after them. When it throws, posting stops there (the claim was lost).
   */
  readonly onSent?: ((sent: number, total: number) => Promise<void>) | undefined;
  /**
   * Told of each message posted: its platform id and link, and which of a digest's stories
   * it shows (so a later update can link to it). Adapters that cannot tell leave it uncalled.
   */
  readonly onPosted?: ((posted: PostedMessage) => void) | undefined;
}

/** A message the platform accepted. */
export interface PostedMessage {
  /** Its index in the reply's messages. */
  readonly index: number;
  /** The platform's id of the message (Slack's ts, Discord's snowflake). */
  readonly id: string;
  /** A link that opens the message, where the platform has one. */
  readonly link?: string | undefined;
  /** The indexes of the digest's stories it shows. */
  readonly stories: readonly number[];
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

/**
 * Runs `send` for each message from `options.skip` on (paced and reported as PostOptions
 * says; `send` returns what it posted, for onPosted); a failure after the first message is a
 * PartialPostError.
 */
export async function sendInOrder<T>(
  messages: readonly T[],
  options: PostOptions | undefined,
  send: (message: T, index: number) => Promise<Omit<PostedMessage, 'index'> | undefined>,
): Promise<void> {
  for (let i = options?.skip ?? 0; i < messages.length; i++) {
    try {
      await options?.pace?.();
      const posted = await send(messages[i] as T, i);
      if (posted) options?.onPosted?.({ index: i, ...posted });
    } catch (e) {
      if (i === 0) throw e;
      throw new PartialPostError(i, e);
    }
    await options?.onSent?.(i + 1, messages.length);
  }
}

/** The key of message `index` of a reply posted with `idempotencyKey`. */
export function messageKey(idempotencyKey: string, index: number): string {
  return `${idempotencyKey}#${index}`;
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
