import { randomBytes } from 'node:crypto';
import { type Logger, scopedLogger } from './adapter.js';

/** A short id for one command, carried by every log line about it. */
export function newRequestId(): string {
  return randomBytes(5).toString('hex');
}

/**
 * Runs one command's work with its own logger (every line carries `req`), and logs when it
 * starts (debug) and how long it took (info). What the work throws is logged and rethrown.
 */
export async function withCommandLog<T>(
  log: Logger,
  what: string,
  work: (log: Logger) => Promise<T>,
  id: string = newRequestId(),
): Promise<T> {
  const rlog = scopedLogger(log, 'req', id);
  const started = Date.now();
  rlog.debug?.(`${what}: started`);
  try {
    const result = await work(rlog);
    rlog.info(`${what}: done in ${Date.now() - started} ms`);
    return result;
  } catch (e) {
    rlog.error(
      `${what}: failed after ${Date.now() - started} ms: ${e instanceof Error ? e.message : String(e)}`,
    );
    throw e;
  }
}
