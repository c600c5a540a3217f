import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText, newsCommandJson } from '../../adapters/discord/command-definition.js';
import { commandFromOptions } from '../../adapters/discord/to-command.js';
import { slashTextToInput } from '../../adapters/slack/to-command.js';
import { HELP_TEXT } from '../../src/handler/help.js';
import { parseCommand } from '../../src/handler/parse-command.js';
import type { Command } from '../../src/handler/types.js';

type Options = Record<string, string | number | boolean>;

/**
 * Every command of the shared handler, with how a user types it in Slack or the terminal
 * and which Discord subcommand and options ask for it. A `Record` over Command['kind']:
 * a command added to the handler does not type-check here until each platform has it.
 */
const EVERY_COMMAND: Record<Command['kind'], { typed: string; discord: Options }> = {
  summarize: {
    typed: 'summarize https://example.com/story',
    discord: { url: 'https://example.com/story' },
  },
  ask: { typed: 'ask who decided?', discord: { question: 'who decided?' } },
  more: { typed: 'more 2', discord: { n: 2 } },
  quotes: { typed: 'quotes', discord: {} },
  digest: { typed: 'digest', discord: {} },
  subscribe: {
    typed: 'subscribe https://example.com/rss.xml',
    discord: { url: 'https://example.com/rss.xml' },
  },
  unsubscribe: { typed: 'unsubscribe 1', discord: { feed: '1' } },
  filter: {
    typed: 'filter 1 only: climate except: sport',
    discord: { feed: '1', only: 'climate', except: 'sport' },
  },
  length: { typed: 'length brief', discord: { length: 'brief' } },
  feeds: { typed: 'feeds', discord: {} },
  briefing: {
    typed: 'briefing 07:30 Europe/Berlin weekdays',
    discord: { time: '07:30', timezone: 'Europe/Berlin', weekdays: true },
  },
  help: { typed: 'help', discord: {} },
};
const KINDS = Object.keys(EVERY_COMMAND) as Command['kind'][];

const discordSubcommands = (newsCommandJson().options ?? []).map((o) => o.name);
const slackUsageHints = ['manifest.json', 'manifest.socket-mode.json'].map(
  (f) =>
    (
      JSON.parse(readFileSync(new URL(`../../adapters/slack/${f}`, import.meta.url), 'utf8')) as {
        features: { slash_commands: { usage_hint: string }[] };
      }
    ).features.slash_commands[0]?.usage_hint ?? '',
);

function discordOptions(sub: string, values: Options) {
  const typed = <T>(name: string, type: string) =>
    typeof values[name] === type ? (values[name] as T) : null;
  return {
    getSubcommand: () => sub,
    getString: (name: string) => typed<string>(name, 'string'),
    getInteger: (name: string) => typed<number>(name, 'number'),
    getBoolean: (name: string) => typed<boolean>(name, 'boolean'),
  };
}

describe.each(KINDS)('the %s command', (kind) => {
  const example = EVERY_COMMAND[kind];

  it('GIVEN it typed in Slack or the terminal THEN the handler gets that command', () => {
    const slack = slashTextToInput(`/news ${example.typed}`);
    expect(slack.type === 'command' && slack.command.kind).toBe(kind);
    const terminal = parseCommand(`/news ${example.typed}`, { allowFiles: true });
    expect(terminal.ok && terminal.value.kind).toBe(kind);
  });

  it('GIVEN the Discord definition THEN it is a subcommand whose options give that command', () => {
    expect(discordSubcommands).toContain(kind);
    const t = commandFromOptions(discordOptions(kind, example.discord));
    expect(t.type === 'command' ? t.command.kind : t.type).toBe(kind);
  });

  it('GIVEN the help of each platform and the Slack manifest THEN it is listed', () => {
    const word = kind === 'summarize' ? '<url>' : kind;
    expect(HELP_TEXT).toContain(`/news ${kind === 'summarize' ? 'summarize' : kind}`);
    expect(helpText()).toContain(`\`/news ${kind}`);
    for (const hint of slackUsageHints)
      expect(hint.split(' | ').map((h) => h.split(' ')[0])).toContain(word);
  });
});

describe('the Discord definition', () => {
  it('GIVEN its subcommands THEN each is a command of the shared handler (none left over)', () => {
    expect([...discordSubcommands].sort()).toEqual([...KINDS].sort());
  });
});
