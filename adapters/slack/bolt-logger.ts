import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/core/adapter.js';

/** Bolt and its WebClient log through newsbrief's logger; debug output is dropped. */
export function toBoltLogger(log: Logger, name = 'slack'): BoltLogger {
  let level = LogLevel.INFO;
  const line = (msg: unknown[]) =>
    `${name}: ${msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')}`;
  return {
    debug: () => {},
    info: (...msg: unknown[]) => {
      if (level === LogLevel.DEBUG || level === LogLevel.INFO) log.info(line(msg));
    },
    warn: (...msg: unknown[]) => {
      if (level !== LogLevel.ERROR) log.warn(line(msg));
    },
    error: (...msg: unknown[]) => log.error(line(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
