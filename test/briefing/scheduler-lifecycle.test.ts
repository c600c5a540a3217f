import cron from 'node-cron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBriefingScheduler, TICK_TASK_NAME } from '../../src/briefing/scheduler.js';
import type { Logger } from '../../src/core/adapter.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore } from '../store/support/stores.js';
import { advanceTo, useFakeClock } from './support/clock.js';
import { briefingDeps, recordingPoster } from './support/harness.js';

const chan = { platform: 'slack' as const, channelId: 'C-lifecycle' };
const berlin0730 = { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: false };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  vi.useRealTimers();
});

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info() {}, warn() {}, error: (m) => errors.push(m) };
}

function briefingTasks(): number {
  return [...cron.getTasks().values()].filter((t) => t.name === TICK_TASK_NAME).length;
}

async function setup(store: Store, logger: Logger) {
  await store.setSchedule(chan, berlin0730, new Date());
  const s = createBriefingScheduler({
    ...briefingDeps(store),
    posters: new Map([['slack', recordingPoster()]]),
    pollMinutes: 0,
    logger,
  });
  cleanups.push(() => s.stop());
  return s;
}

describe('briefing scheduler lifecycle', () => {
  it('GIVEN the store fails when the cron task fires THEN the failure is logged, not an unhandled rejection', async () => {
    useFakeClock('2026-03-24T06:00:00Z');
    const real = await openTestStore();
    cleanups.push(() => real.close());
    const store: Store = Object.assign(Object.create(real) as Store, {
      claimDueBriefings: async () => {
        throw new Error('database is locked');
      },
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    cleanups.push(() => {
      process.off('unhandledRejection', onUnhandled);
    });
    const log = recordingLogger();
    const s = await setup(store, log);
    await s.start();
    await advanceTo('2026-03-24T06:35:00Z', s.idle);
    // Let any rejection that escaped the scheduler surface.
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
    expect(log.errors.join('\n')).toMatch(/database is locked/);
  });

  it('GIVEN many channels with briefings THEN one cron task drives them all, none left after stop', async () => {
    useFakeClock('2026-03-24T06:00:00Z');
    const store = await openTestStore();
    cleanups.push(() => store.close());
    for (let i = 0; i < 20; i++)
      await store.setSchedule({ platform: 'slack', channelId: `C${i}` }, berlin0730, new Date());
    const s = await setup(store, recordingLogger());
    await s.start();
    expect(briefingTasks()).toBe(1);
    await s.stop();
    expect(briefingTasks()).toBe(0);
  });
});
