import type { BriefingSchedule } from '../handler/types.js';

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at instant `ms`. */
export function wallClock(ms: number, timeZone: string): WallClock & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time repeated by a DST change
 * maps to its first occurrence; a time skipped by one to the instant the clock jumped
 * past it (02:30 on a spring-forward night -> 03:30 new time).
 */
export function zonedInstant(w: WallClock, timeZone: string): Date {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const before = naive - offsetAt(naive - 86_400_000, timeZone);
  const after = naive - offsetAt(naive + 86_400_000, timeZone);
  const matches = (t: number) => {
    const c = wallClock(t, timeZone);
    return c.day === w.day && c.hour === w.hour && c.minute === w.minute;
  };
  const found = [before, after].filter(matches).sort((a, b) => a - b)[0];
  return new Date(found ?? before);
}

function parseTime(time: string): { hour: number; minute: number } {
  const [h = '0', m = '0'] = time.split(':');
  return { hour: Number(h), minute: Number(m) };
}

/** The schedule's firing on the local date `daysFromToday` days from the local date of `ms`. */
function firingOn(schedule: BriefingSchedule, ms: number, daysFromToday: number): Date | undefined {
  const today = wallClock(ms, schedule.timeZone);
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + daysFromToday));
  const weekday = date.getUTCDay();
  if (schedule.weekdaysOnly && (weekday === 0 || weekday === 6)) return undefined;
  return zonedInstant(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      ...parseTime(schedule.time),
    },
    schedule.timeZone,
  );
}

/** The latest firing at or before `at`. */
export function previousFiring(schedule: BriefingSchedule, at: Date): Date | undefined {
  for (let k = 0; k >= -8; k--) {
    const t = firingOn(schedule, at.getTime(), k);
    if (t && t.getTime() <= at.getTime()) return t;
  }
  return undefined;
}

/** The first firing strictly after `after`. */
export function nextFiring(schedule: BriefingSchedule, after: Date): Date | undefined {
  for (let k = -1; k <= 8; k++) {
    const t = firingOn(schedule, after.getTime(), k);
    if (t && t.getTime() > after.getTime()) return t;
  }
  return undefined;
}

/** node-cron expression for the schedule, to run with `{ timezone }`. */
export function cronExpression(schedule: BriefingSchedule): string {
  const { hour, minute } = parseTime(schedule.time);
  return `${minute} ${hour} * * ${schedule.weekdaysOnly ? '1-5' : '*'}`;
}

/** "every day at 07:30 (Europe/Berlin)" or "weekdays at 07:30 (Europe/Berlin)". */
export function describeSchedule(schedule: BriefingSchedule): string {
  return `${schedule.weekdaysOnly ? 'weekdays' : 'every day'} at ${schedule.time} (${schedule.timeZone})`;
}

/** "Tue 31 Mar, 07:30" in the schedule's zone. */
export function formatLocal(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
