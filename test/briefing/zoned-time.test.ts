import { describe, expect, it } from 'vitest';
import {
  cronExpression,
  nextFiring,
  previousFiring,
  zonedInstant,
} from '../../src/briefing/zoned-time.js';

const berlin = { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: false };

describe('zoned time', () => {
  it('GIVEN 07:30 in Berlin around the spring DST change THEN the UTC instant moves from 06:30Z to 05:30Z', () => {
    expect(nextFiring(berlin, new Date('2026-03-28T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-28T06:30:00.000Z',
    );
    expect(nextFiring(berlin, new Date('2026-03-28T06:30:00Z'))?.toISOString()).toBe(
      '2026-03-29T05:30:00.000Z',
    );
    expect(previousFiring(berlin, new Date('2026-03-29T05:29:00Z'))?.toISOString()).toBe(
      '2026-03-28T06:30:00.000Z',
    );
  });

  it('GIVEN times skipped or repeated by DST THEN skipped ones move forward and repeated ones take the first', () => {
    const at = (h: number, m: number, day: number, month: number) =>
      zonedInstant({ year: 2026, month, day, hour: h, minute: m }, 'Europe/Berlin').toISOString();
    expect(at(2, 30, 29, 3)).toBe('2026-03-29T01:30:00.000Z');
    expect(at(2, 30, 25, 10)).toBe('2026-10-25T00:30:00.000Z');
    expect(
      zonedInstant(
        { year: 2026, month: 3, day: 8, hour: 8, minute: 0 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T12:00:00.000Z');
    expect(
      zonedInstant(
        { year: 2026, month: 1, day: 5, hour: 7, minute: 30 },
        'Asia/Kolkata',
      ).toISOString(),
    ).toBe('2026-01-05T02:00:00.000Z');
  });

  it('GIVEN a weekdays schedule THEN weekend days are skipped both ways', () => {
    const weekdays = { ...berlin, weekdaysOnly: true };
    // Friday 27 March 2026 -> next is Monday 30 March.
    expect(nextFiring(weekdays, new Date('2026-03-27T07:00:00Z'))?.toISOString()).toBe(
      '2026-03-30T05:30:00.000Z',
    );
    expect(previousFiring(weekdays, new Date('2026-03-29T12:00:00Z'))?.toISOString()).toBe(
      '2026-03-27T06:30:00.000Z',
    );
  });

  it('GIVEN a schedule THEN the cron expression names minute, hour and weekdays', () => {
    expect(cronExpression(berlin)).toBe('30 7 * * *');
    expect(cronExpression({ ...berlin, time: '08:05', weekdaysOnly: true })).toBe('5 8 * * 1-5');
  });
});
