import { setTimeout as realSleep } from 'node:timers/promises';
import { vi } from 'vitest';

/** Fake clock for node-cron and Date; HTTP, SQLite and AbortSignal.timeout stay real. */
export function useFakeClock(start: string): void {
  vi.useFakeTimers({
    now: new Date(start),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/**
 * Moves the fake clock to `target` a minute at a time; after each minute waits for
 * the real work (HTTP, store) the schedulers started, so it happens at that minute.
 */
export async function advanceTo(target: string, settle: () => Promise<void>): Promise<void> {
  const end = new Date(target).getTime();
  while (Date.now() < end) {
    await vi.advanceTimersByTimeAsync(Math.min(60_000, end - Date.now()));
    await settle();
  }
}

/** Waits in real time until `check` holds (for requests hanging on the test server). */
export async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await realSleep(5);
  }
}
