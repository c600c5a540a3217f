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
    default:
      return { type: 'command', command };
  }
}

/** The command a follow-up button stands for (`ask` opens a modal instead). */
export function buttonToCommand(actionId: string): Command | undefined {
  switch (actionId) {
    case ACTION_IDS.more:
      return { kind: 'more', n: DEFAULT_MORE };
    case ACTION_IDS.quotes:
      return { kind: 'quotes' };
    default:
      return undefined;
  }
}
