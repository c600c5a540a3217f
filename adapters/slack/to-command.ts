import type { FeedFilter } from '../../src/articles/feed-filter.js';
import { isArticleRef } from '../../src/handler/article-ref.js';
import { DEFAULT_MORE, parseCommand } from '../../src/handler/parse-command.js';
import type { Command, Reply } from '../../src/handler/types.js';
import { ACTION_IDS } from './action-ids.js';
import { unescapeSlackText } from './mrkdwn.js';

/** What the text after `/news` asks for: a command to run, or a reply to give at once. */
export type SlashInput =
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'reply'; readonly reply: Reply };

/**
 * Turns a slash command's text (as Slack sends it: `&amp;` escaped, links as `<url|label>`)
 * into a shared command. Never throws; what cannot be read becomes help or an error reply.
 */
export function slashTextToInput(text: string): SlashInput {
  const parsed = parseCommand(text);
  if (!parsed.ok) return { type: 'reply', reply: { kind: 'error', ...parsed.error } };
  const command = parsed.value;
  switch (command.kind) {
    case 'summarize':
      return command.input.type === 'text'
        ? {
            type: 'command',
            command: {
              ...command,
              input: { type: 'text', text: unescapeSlackText(command.input.text) },
            },
          }
        : { type: 'command', command };
    case 'ask':
      return {
        type: 'command',
        command: { kind: 'ask', question: unescapeSlackText(command.question) },
      };
    case 'subscribe':
    case 'filter':
      // Filter words as typed ("AT&T" arrives as "AT&amp;T").
      return command.filter
        ? { type: 'command', command: { ...command, filter: unescapeFilter(command.filter) } }
        : { type: 'command', command };
    default:
      return { type: 'command', command };
  }
}

function unescapeFilter(filter: FeedFilter): FeedFilter {
  return { only: filter.only.map(unescapeSlackText), except: filter.except.map(unescapeSlackText) };
}

/**
 * The command a follow-up button stands for (`ask` opens a modal instead). The button's
 * `value` is the ref of the article it was posted under; buttons from before refs have
 * none and act on the channel's latest article.
 */
export function buttonToCommand(actionId: string, value?: string): Command | undefined {
  const ref = refFromValue(value);
  switch (actionId) {
    case ACTION_IDS.more:
      return { kind: 'more', n: DEFAULT_MORE, ...(ref ? { ref } : {}) };
    case ACTION_IDS.quotes:
      return { kind: 'quotes', ...(ref ? { ref } : {}) };
    default:
      return undefined;
  }
}

/** A button value that is an article ref, or undefined. */
export function refFromValue(value: string | undefined): string | undefined {
  return value !== undefined && isArticleRef(value) ? value : undefined;
}
