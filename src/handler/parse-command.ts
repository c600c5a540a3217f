import {
  type FeedFilter,
  FILTER_EXAMPLE,
  isClearFilter,
  parseFilter,
} from '../articles/feed-filter.js';
import { err, ok, type Result } from '../core/result.js';
import { MAX_POINTS } from '../summarizer/summarize.js';
import { isSummaryLength, LENGTH_NAMES } from './length.js';
import type { BriefingSchedule, Command } from './types.js';

export const MAX_COMMAND_CHARS = 200_000;

export interface ParseOptions {
  /** Terminal mode: a single non-URL argument to `summarize` is a file path. */
  readonly allowFiles?: boolean;
}

/** How many more points `more` gives when no number is named. */
export const DEFAULT_MORE = 2;

/** Whether `more` accepts `n`: a whole number from 1 to MAX_POINTS. */
export function isMoreCount(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_POINTS;
}

const URL_RE = /^<?(https?:\/\/[^\s<>|]+)(?:\|[^>]*)?>?$/i;

/** Slack wraps links as <https://x|label>; keep the URL. */
export function extractUrl(token: string): string | undefined {
  const m = URL_RE.exec(token.trim());
  return m?.[1];
}

/**
 * Parses the text after `/news` into a command. Anything it cannot read becomes
 * `help` with the problem stated, never an exception.
 */
export function parseCommand(raw: string, options: ParseOptions = {}): Result<Command> {
  const text = raw.replace(/^\s*\/news\b/i, '').trim();
  if (text.length > MAX_COMMAND_CHARS) {
    return err(
      'too_large',
      `That is ${text.length.toLocaleString('en')} characters; paste at most ${MAX_COMMAND_CHARS.toLocaleString('en')} or send a link instead.`,
    );
  }
  if (text === '') return ok({ kind: 'help' });
  const [first = '', ...restWords] = text.split(/\s+/);
  const verb = first.toLowerCase();
  const rest = text.slice(first.length).trim();

  const bareUrl = extractUrl(first);
  if (bareUrl && restWords.length === 0)
    return ok({ kind: 'summarize', input: { type: 'url', url: bareUrl } });

  switch (verb) {
    case 'summarize':
    case 'summarise':
    case 'sum':
      return parseSummarize(rest, options);
    case 'ask':
      if (rest === '') return usage('ask needs a question, e.g. `ask who said what?`');
      return ok({ kind: 'ask', question: rest });
    case 'more': {
      if (rest === '') return ok({ kind: 'more', n: DEFAULT_MORE });
      const n = Number(rest);
      if (!isMoreCount(n))
        return usage(`more takes a number from 1 to ${MAX_POINTS}, e.g. \`more 2\``);
      return ok({ kind: 'more', n });
    }
    case 'quotes':
      return ok({ kind: 'quotes' });
    case 'help':
      return ok({ kind: 'help' });
    case 'digest':
      return ok({ kind: 'digest' });
    case 'feeds':
      return ok({ kind: 'feeds' });
    case 'subscribe':
      return parseSubscribe(rest);
    case 'filter':
      return parseFilterCommand(rest);
    case 'length':
      return parseLength(rest);
    case 'unsubscribe':
      if (rest === '') return usage('unsubscribe needs a feed URL or its number from `feeds`');
      return ok({ kind: 'unsubscribe', target: extractUrl(rest) ?? rest });
    case 'briefing':
      return parseBriefing(restWords);
    default:
      // The word rides along, so a thread reply that is no command can be read as a question.
      return ok({
        kind: 'help',
        problem: `I don't know "${truncate(first, 40)}".`,
        unknownWord: first,
      });
  }
}

/** The first word of `text` (a Slack link `<url|label>` whole) and what follows it. */
function firstWord(text: string): [string, string] {
  const m = /^(<[^>]*>|\S+)\s*([\s\S]*)$/.exec(text.trim());
  return m ? [m[1] as string, m[2] as string] : ['', ''];
}

/** `subscribe <feed url> [only: … except: …]`. */
function parseSubscribe(rest: string): Result<Command> {
  const [first, filterText] = firstWord(rest);
  const url = extractUrl(first);
  if (!url)
    return usage(
      `subscribe needs a feed URL, e.g. \`subscribe https://example.com/rss.xml\` or \`subscribe https://example.com/rss.xml ${FILTER_EXAMPLE.slice(1, -1)}\``,
    );
  if (filterText === '') return ok({ kind: 'subscribe', url });
  const filter = parseFilter(filterText);
  if (!filter.ok) return filter;
  return ok({ kind: 'subscribe', url, filter: filter.value });
}

const FILTER_USAGE = `e.g. \`filter 2 ${FILTER_EXAMPLE.slice(1, -1)}\` or \`filter 2 none\``;

/** `filter <n | feed url> only: … except: …` or `filter <n | url> none`. */
function parseFilterCommand(rest: string): Result<Command> {
  const [target, filterText] = firstWord(rest);
  if (target === '' || filterText === '')
    return err(
      'bad_filter',
      `filter needs a feed (its number from \`feeds\`, or its URL) and a filter, ${FILTER_USAGE}.`,
    );
  const feed = extractUrl(target) ?? target;
  if (isClearFilter(filterText)) return ok({ kind: 'filter', target: feed, filter: undefined });
  const filter: Result<FeedFilter> = parseFilter(filterText);
  if (!filter.ok) return filter;
  return ok({ kind: 'filter', target: feed, filter: filter.value });
}

/** `length` (what it is) or `length brief|standard|detailed`. */
function parseLength(rest: string): Result<Command> {
  const word = rest.toLowerCase();
  if (word === '') return ok({ kind: 'length' });
  if (isSummaryLength(word)) return ok({ kind: 'length', length: word });
  return err(
    'bad_command',
    `"${truncate(rest, 30)}" is not a length; use ${LENGTH_NAMES.map((l) => `\`length ${l}\``).join(', ')}.`,
  );
}

function parseSummarize(rest: string, options: ParseOptions): Result<Command> {
  if (rest === '')
    return usage('summarize needs a link or some text, e.g. `summarize https://example.com/story`');
  const url = extractUrl(rest);
  if (url) return ok({ kind: 'summarize', input: { type: 'url', url } });
  if (options.allowFiles && !/\s/.test(rest))
    return ok({ kind: 'summarize', input: { type: 'file', path: rest } });
  return ok({ kind: 'summarize', input: { type: 'text', text: rest } });
}

const TIME_RE = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const BRIEFING_EXAMPLE =
  'e.g. `briefing 07:30 Europe/Berlin`, `briefing 08:00 America/New_York weekdays` or `briefing off`';

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** `briefing HH:MM Zone [weekdays]` or `briefing off`, from its words after the verb. */
export function parseBriefing(words: readonly string[]): Result<Command> {
  const [time, zone, extra, ...tooMany] = words;
  if (time?.toLowerCase() === 'off' && words.length === 1)
    return ok({ kind: 'briefing', schedule: 'off' });
  if (!time || !zone)
    return err('bad_schedule', `briefing needs a time and a time zone, ${BRIEFING_EXAMPLE}.`);
  const m = TIME_RE.exec(time);
  if (!m)
    return err(
      'bad_schedule',
      `"${truncate(time, 20)}" is not a time of day (HH:MM, 24-hour), ${BRIEFING_EXAMPLE}.`,
    );
  if (!isValidTimeZone(zone))
    return err(
      'bad_schedule',
      `"${truncate(zone, 40)}" is not a time zone I know, ${BRIEFING_EXAMPLE}.`,
    );
  if (tooMany.length > 0 || (extra !== undefined && extra.toLowerCase() !== 'weekdays')) {
    return err('bad_schedule', `Only "weekdays" may follow the time zone, ${BRIEFING_EXAMPLE}.`);
  }
  const schedule: BriefingSchedule = {
    time: `${m[1]?.padStart(2, '0')}:${m[2]}`,
    timeZone: zone,
    weekdaysOnly: extra !== undefined,
  };
  return ok({ kind: 'briefing', schedule });
}

function usage(problem: string): Result<Command> {
  return ok({ kind: 'help', problem });
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
