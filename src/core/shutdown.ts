import type { Logger, RunningAdapter } from './adapter.js';
import type { ClosableWorkGate } from './work-gate.js';

export interface ShutdownParts {
  readonly gate: ClosableWorkGate;
  readonly adapters: readonly Pick<RunningAdapter, 'platform' | 'stop'>[];
  /** Stops scheduled briefings (releasing the claims of those not posted yet). */
  readonly stopBriefings: () => Promise<void>;
  /** Closes the store, last. */
  readonly closeStore: () => Promise<void>;
  /** Anything else to close after the adapters (the health listener). */
  readonly closeOthers?: () => Promise<void>;
  readonly log: Logger;
  /** How long acknowledged work and briefings being posted may take. */
  readonly timeoutMs: number;
}

export interface ShutdownReport {
  readonly inFlight: number;
  readonly unfinished: number;
  readonly briefingsStopped: boolean;
  readonly ms: number;
}

/**
 * The graceful stop: take no new work, let what was acknowledged finish (and briefings being
 * posted; those being composed give their claims back) within `timeoutMs`, then stop the
 * adapters, close the store and say what happened. Never throws.
 */
export async function shutDown(reason: string, parts: ShutdownParts): Promise<ShutdownReport> {
  const started = Date.now();
  const { gate, log, timeoutMs } = parts;
  const inFlight = gate.active;
  gate.close();
  log.info(
    `${reason}: stopping; no new commands, finishing ${inFlight} in flight (limit ${timeoutMs} ms)`,
  );
  const limit = <T>(p: Promise<T>) =>
    Promise.race([
      p.then(() => true),
      new Promise<false>((resolve) => setTimeout(resolve, timeoutMs, false).unref()),
    ]);
  const [{ unfinished }, briefingsStopped] = await Promise.all([
    gate.drain(timeoutMs),
    limit(parts.stopBriefings().catch((e) => log.error(`stopping briefings: ${message(e)}`))),
  ]);
  if (unfinished > 0)
    log.warn(`${unfinished} command(s) still running after ${timeoutMs} ms; stopping anyway`);
  if (!briefingsStopped)
    log.warn(`briefings still posting after ${timeoutMs} ms; their claims lapse with the lease`);
  for (const r of await Promise.allSettled(parts.adapters.map((a) => a.stop())))
    if (r.status === 'rejected') log.error(`stopping an adapter: ${message(r.reason)}`);
  await parts.closeOthers?.().catch((e) => log.error(`while stopping: ${message(e)}`));
  await parts.closeStore().catch((e) => log.error(`closing the store: ${message(e)}`));
  const ms = Date.now() - started;
  log.info(
    `stopped in ${ms} ms: ${inFlight - unfinished} of ${inFlight} command(s) finished, briefings ${briefingsStopped ? 'stopped (unposted claims released)' : 'cut off'}, store closed`,
  );
  return { inFlight, unfinished, briefingsStopped, ms };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
