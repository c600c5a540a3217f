import { type FeedFilter, parseFilterLists } from '../../src/articles/feed-filter.js';
import type { Result } from '../../src/core/result.js';
import { isArticleRef } from '../../src/handler/article-ref.js';
import { isSummaryLength } from '../../src/handler/length.js';
import {
  DEFAULT_MORE,
  extractUrl,
  isMoreCount,
  MAX_COMMAND_CHARS,
  parseBriefing,
} from '../../src/handler/parse-command.js';
import type { Command } from '../../src/handler/types.js';
import { TIME_ZONE_OPTION } from './command-definition.js';

/** The part of discord.js's `interaction.options` this module reads (it fits the real one). */
export interface OptionReader {
  getSubcommand(): string;
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getBoolean(name: string): boolean | null;
}

/** What an interaction asks for: a command for the shared handler, or help (with the problem). */
export type Translation =
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'help'; readonly problem?: string }
  /** A one-line error (bad filter syntax), without the whole help. */
  | { readonly type: 'error'; readonly message: string };

const command = (c: Command): Translation => ({ type: 'command', command: c });
const error = (message: string): Translation => ({ type: 'error', message });
const help = (problem?: string): Translation =>
  problem === undefined ? { type: 'help' } : { type: 'help', problem };

/** Builds the neutral command straight from the typed options; nothing is parsed from text. */
export function commandFromOptions(options: OptionReader): Translation {
  const sub = options.getSubcommand();
  switch (sub) {
    case 'summarize':
      return summarize(options.getString('url')?.trim(), options.getString('text')?.trim());
    case 'ask': {
      const question = options.getString('question')?.trim();
      if (!question) return help('`ask` needs a question, e.g. `/news ask question:who decided?`');
      return command({ kind: 'ask', question });
    }
    case 'more': {
      const n = options.getInteger('n') ?? DEFAULT_MORE;
      if (!isMoreCount(n)) return help('`more` takes a number from 1 to 10, e.g. `/news more n:2`');
      return command({ kind: 'more', n });
    }
    case 'quotes':
      return command({ kind: 'quotes' });
    case 'digest':
      return command({ kind: 'digest' });
    case 'subscribe': {
      const given = options.getString('url')?.trim() ?? '';
      const url = extractUrl(given);
      if (!url)
        return help(
          `"${given.slice(0, 60)}" is not a link; use \`/news subscribe url:https://example.com/rss.xml\`.`,
        );
      const filter = filterOptions(options);
      if (filter === null) return command({ kind: 'subscribe', url });
      if (!filter.ok) return error(filter.error.message);
      return command({ kind: 'subscribe', url, filter: filter.value });
    }
    case 'filter':
      return filterCommand(options);
    case 'length': {
      const length = options.getString('length')?.trim().toLowerCase();
      if (!length) return command({ kind: 'length' });
      if (!isSummaryLength(length))
        return help('`length` is brief, standard or detailed, e.g. `/news length length:brief`');
      return command({ kind: 'length', length });
    }
    case 'unsubscribe': {
      const feed = options.getString('feed')?.trim();
      if (!feed) return help('`unsubscribe` needs a feed URL or its number from `/news feeds`.');
      return command({ kind: 'unsubscribe', target: extractUrl(feed) ?? feed });
    }
    case 'feeds':
      return command({ kind: 'feeds' });
    case 'briefing':
      return briefing(options);
    case 'help':
      return help();
    default:
      return help(
        `I don't know \`/news ${sub.slice(0, 40)}\`; the commands may need registering again.`,
      );
  }
}

/** The `only:` and `except:` options as a filter (the typed filter's parser); null when neither is given. */
function filterOptions(options: OptionReader): Result<FeedFilter> | null {
  const only = options.getString('only') ?? undefined;
  const except = options.getString('except') ?? undefined;
  if (!only?.trim() && !except?.trim()) return null;
  return parseFilterLists(only, except);
}

/** `/news filter feed:<n|url> only:… except:…` or `clear:True`. */
function filterCommand(options: OptionReader): Translation {
  const feed = options.getString('feed')?.trim();
  if (!feed) return help('`filter` needs a feed URL or its number from `/news feeds`.');
  const target = extractUrl(feed) ?? feed;
  const filter = filterOptions(options);
  if (options.getBoolean('clear')) {
    if (filter) return error('Give `clear:True` or a filter (`only:`, `except:`), not both.');
    return command({ kind: 'filter', target, filter: undefined });
  }
  if (filter === null)
    return error(
      'Give the filter: `/news filter feed:2 only:climate, "interest rates" except:sport`, or `clear:True`.',
    );
  if (!filter.ok) return error(filter.error.message);
  return command({ kind: 'filter', target, filter: filter.value });
}

/** The same checks as the typed `briefing 07:30 Europe/Berlin weekdays`. */
function briefing(options: OptionReader): Translation {
  const time = options.getString('time')?.trim() ?? '';
  if (time.toLowerCase() === 'off') return command({ kind: 'briefing', schedule: 'off' });
  const words = [
    time,
    options.getString(TIME_ZONE_OPTION)?.trim(),
    options.getBoolean('weekdays') ? 'weekdays' : undefined,
  ].filter((w): w is string => Boolean(w));
  const parsed = parseBriefing(words);
  if (!parsed.ok) return help(parsed.error.message.replace(/`briefing ([^`]*)`/g, briefingSyntax));
  return command(parsed.value);
}

/** "`briefing 07:30 Europe/Berlin weekdays`" in Discord's option syntax. */
function briefingSyntax(_: string, words: string): string {
  const [time, zone, weekdays] = words.split(' ');
  if (!zone) return `\`/news briefing time:${time}\``;
  return `\`/news briefing time:${time} ${TIME_ZONE_OPTION}:${zone}${weekdays ? ' weekdays:True' : ''}\``;
}

function summarize(url: string | undefined, text: string | undefined): Translation {
  if (url && text)
    return help('Give either `url:` or `text:`, not both: `/news summarize url:<link>`');
  if (url) {
    const link = extractUrl(url);
    if (!link)
      return help(
        `"${url.slice(0, 60)}" is not a link; use \`url:https://…\`, or paste the article with \`text:\`.`,
      );
    return command({ kind: 'summarize', input: { type: 'url', url: link } });
  }
  if (text) {
    if (text.length > MAX_COMMAND_CHARS)
      return help('That text is too long; send a link with `url:` instead.');
    return command({ kind: 'summarize', input: { type: 'text', text } });
  }
  return help('`summarize` needs a link or some text: `/news summarize url:<link>`');
}

/** Button custom ids: the buttons under a summary. */
export const BUTTON_IDS = { more: 'newsbrief:more', quotes: 'newsbrief:quotes' } as const;

/** Discord's limit on a custom_id. */
const CUSTOM_ID_MAX = 100;

/**
 * A button's custom_id: `newsbrief:more:<ref>`, naming the article it was posted under.
 * Without a ref (or one that would not fit) it is the bare id, acting on the latest article.
 */
export function buttonCustomId(id: string, ref: string | undefined): string {
  const withRef = `${id}:${ref}`;
  return ref && isArticleRef(ref) && withRef.length <= CUSTOM_ID_MAX ? withRef : id;
}

/**
 * The command behind a newsbrief button, or undefined for a button that is not ours.
 * Buttons posted before refs (bare ids) act on the channel's latest article.
 */
export function commandFromButton(customId: string): Command | undefined {
  const [id, ref] = splitCustomId(customId);
  if (ref !== undefined && !isArticleRef(ref)) return undefined;
  const withRef = ref ? { ref } : {};
  if (id === BUTTON_IDS.more) return { kind: 'more', n: DEFAULT_MORE, ...withRef };
  if (id === BUTTON_IDS.quotes) return { kind: 'quotes', ...withRef };
  return undefined;
}

function splitCustomId(customId: string): [string, string | undefined] {
  for (const id of Object.values(BUTTON_IDS))
    if (customId.startsWith(`${id}:`)) return [id, customId.slice(id.length + 1)];
  return [customId, undefined];
}
