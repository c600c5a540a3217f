import type { Platform, Reply } from '../handler/types.js';

/** A running platform adapter: the briefing scheduler posts through it. */
export interface RunningAdapter {
  readonly platform: Platform;
  /** Posts a reply (usually a digest) to a channel of this platform. */
  post(channelId: string, reply: Reply): Promise<void>;
  stop(): Promise<void>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (m) => console.error(`[newsbrief] ${m}`),
  warn: (m) => console.error(`[newsbrief] warning: ${m}`),
  error: (m) => console.error(`[newsbrief] error: ${m}`),
};
