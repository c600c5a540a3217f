import type { FeedFilter } from '../../src/articles/feed-filter.js';
import {
  decodeTarget,
  type FollowUpTarget,
  targetFields,
} from '../../src/handler/follow-up-target.js';
import { DEFAULT_MORE, parseCommand } from '../../src/handler/parse-command.js';
import type { Command, Reply } from '../../src/handler/types.js';
import { ACTION_IDS, FOLLOW_UP_BLOCK_ID } from './action-ids.js';
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
 * `value` names what the message it sits under is about (an article ref, or a briefing
 * story's link); buttons from before refs have none and act on the channel's latest article.
 */
export function buttonToCommand(actionId: string, value?: string): Command | undefined {
  const target = targetFields(decodeTarget(value));
  switch (actionId) {
    case ACTION_IDS.more:
      return { kind: 'more', n: DEFAULT_MORE, ...target };
    case ACTION_IDS.quotes:
      return { kind: 'quotes', ...target };
    default:
      return undefined;
  }
}

/** `<@U0BOT>` and other user mentions in a message's text. */
const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/gi;

/**
 * A message typed in a thread (`@newsbrief what did the minister say?`, `ask who said it?`,
 * `more`, or any `/news` command's text): the command it stands for. Text that is no command
 * is a question about the thread's article.
 */
export function threadTextToInput(text: string): SlashInput {
  const words = text.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
  const input = slashTextToInput(words);
  if (input.type === 'command' && input.command.kind === 'help' && input.command.unknownWord)
    return {
      type: 'command',
      command: { kind: 'ask', question: unescapeSlackText(words).slice(0, MAX_QUESTION_CHARS) },
    };
  return input;
}

/** Longest question taken from a thread (the Ask form allows 500). */
const MAX_QUESTION_CHARS = 500;

/** What a message's follow-up buttons name (its article ref or story link), if it has ours. */
export function targetOfFollowUpButtons(
  blocks: readonly unknown[] | undefined,
): FollowUpTarget | undefined {
  for (const block of blocks ?? []) {
    const b = block as { type?: unknown; block_id?: unknown; elements?: unknown };
    if (b.type !== 'actions' || b.block_id !== FOLLOW_UP_BLOCK_ID || !Array.isArray(b.elements))
      continue;
    for (const element of b.elements as { value?: unknown }[]) {
      const target = typeof element.value === 'string' ? decodeTarget(element.value) : undefined;
      if (target) return target;
    }
  }
  return undefined;
}
