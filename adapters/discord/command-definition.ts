import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { LENGTH_NAMES, LENGTHS } from '../../src/handler/length.js';
import { MAX_POINTS } from '../../src/summarizer/summarize.js';

export const COMMAND_NAME = 'news';
/** Discord caps string options at 6,000 characters; longer articles need a link. */
export const MAX_TEXT_OPTION = 6000;
/** The briefing option Discord asks us to complete as the user types. */
export const TIME_ZONE_OPTION = 'timezone';
/** A filter list option: words and "phrases", comma-separated (both fit MAX_FILTER_CHARS together). */
const FILTER_OPTION_MAX = 700;

/** The one definition of `/news`: registration and the help text are both built from it. */
export function buildNewsCommand(): SlashCommandBuilder {
  const command = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Summarize news articles and post digests')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  command.addSubcommand((s) =>
    s
      .setName('summarize')
      .setDescription('Headline, lede, key points and quotes of an article')
      .addStringOption((o) =>
        o.setName('url').setDescription('Link to a news article').setMaxLength(2000),
      )
      .addStringOption((o) =>
        o.setName('text').setDescription('Or paste the article text').setMaxLength(MAX_TEXT_OPTION),
      ),
  );
  command.addSubcommand((s) =>
    s
      .setName('ask')
      .setDescription('Ask a question about the last article summarized here')
      .addStringOption((o) =>
        o
          .setName('question')
          .setDescription('What you want to know')
          .setRequired(true)
          .setMaxLength(500),
      ),
  );
  command.addSubcommand((s) =>
    s
      .setName('more')
      .setDescription('More key points from the last article')
      .addIntegerOption((o) =>
        o
          .setName('n')
          .setDescription(`How many more points (1-${MAX_POINTS}, default 2)`)
          .setMinValue(1)
          .setMaxValue(MAX_POINTS),
      ),
  );
  command.addSubcommand((s) =>
    s.setName('quotes').setDescription('Who said what in the last article'),
  );
  command.addSubcommand((s) =>
    s.setName('digest').setDescription("Post this channel's digest of today's stories now"),
  );
  command.addSubcommand((s) =>
    withFilterOptions(
      s
        .setName('subscribe')
        .setDescription("Add a feed to this channel's digest and morning briefing")
        .addStringOption((o) =>
          o
            .setName('url')
            .setDescription('RSS or Atom feed, or a page that links to one')
            .setRequired(true)
            .setMaxLength(2000),
        ),
    ),
  );
  command.addSubcommand((s) =>
    withFilterOptions(
      s
        .setName('filter')
        .setDescription("Change which of a feed's stories this channel gets")
        .addStringOption((o) =>
          o
            .setName('feed')
            .setDescription('The feed URL, or its number from /news feeds')
            .setRequired(true)
            .setMaxLength(2000),
        ),
    ).addBooleanOption((o) =>
      o.setName('clear').setDescription('Remove the filter: every story of the feed'),
    ),
  );
  command.addSubcommand((s) =>
    s
      .setName('unsubscribe')
      .setDescription('Stop following a feed in this channel')
      .addStringOption((o) =>
        o
          .setName('feed')
          .setDescription('The feed URL, or its number from /news feeds')
          .setRequired(true)
          .setMaxLength(2000),
      ),
  );
  command.addSubcommand((s) => s.setName('feeds').setDescription('The feeds this channel follows'));
  command.addSubcommand((s) =>
    s
      .setName('briefing')
      .setDescription('A daily morning briefing of new stories in this channel, or off')
      .addStringOption((o) =>
        o
          .setName('time')
          .setDescription('Time of day, HH:MM (24-hour), e.g. 07:30; or off')
          .setRequired(true)
          .setMaxLength(5),
      )
      .addStringOption((o) =>
        o
          .setName(TIME_ZONE_OPTION)
          .setDescription('Time zone, e.g. Europe/Berlin (start typing a city)')
          .setAutocomplete(true)
          .setMaxLength(64),
      )
      .addBooleanOption((o) =>
        o.setName('weekdays').setDescription('Monday to Friday only (default: every day)'),
      ),
  );
  command.addSubcommand((s) =>
    s
      .setName('length')
      .setDescription('How long summaries and briefings are in this channel (none: show it)')
      .addStringOption((o) =>
        o
          .setName('length')
          .setDescription('brief, standard or detailed')
          .addChoices(
            ...LENGTH_NAMES.map((name) => ({
              name: `${name} (${LENGTHS[name].points} points)`,
              value: name,
            })),
          ),
      ),
  );
  command.addSubcommand((s) => s.setName('help').setDescription('How to use newsbrief'));
  return command;
}

/** The `only:` and `except:` options of `subscribe` and `filter` (after their required ones). */
function withFilterOptions(s: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder {
  return s
    .addStringOption((o) =>
      o
        .setName('only')
        .setDescription('Only stories that mention one of these, e.g. climate, "interest rates"')
        .setMaxLength(FILTER_OPTION_MAX),
    )
    .addStringOption((o) =>
      o
        .setName('except')
        .setDescription('Never stories that mention one of these, e.g. sport')
        .setMaxLength(FILTER_OPTION_MAX),
    );
}

/** The JSON Discord receives when the commands are registered. */
export function newsCommandJson(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return buildNewsCommand().toJSON();
}

const USAGE: Readonly<Record<string, string>> = {
  summarize: '`/news summarize url:<link>` or `/news summarize text:<article>`',
  ask: '`/news ask question:<question>`',
  more: '`/news more n:<1-10>`',
  quotes: '`/news quotes`',
  digest: '`/news digest`',
  subscribe: '`/news subscribe url:<feed> [only:<words>] [except:<words>]`',
  filter: '`/news filter feed:<url or number> only:<words> except:<words>` or `clear:True`',
  length: '`/news length [length:brief|standard|detailed]`',
  unsubscribe: '`/news unsubscribe feed:<url or number>`',
  feeds: '`/news feeds`',
  briefing: '`/news briefing time:07:30 timezone:Europe/Berlin [weekdays:True]` or `time:off`',
  help: '`/news help`',
};

/** Help for Discord users, listing each subcommand with its description from the definition. */
export function helpText(problem?: string): string {
  const lines = newsCommandJson()
    .options?.map((o) => `• ${USAGE[o.name] ?? `\`/news ${o.name}\``}: ${o.description}`)
    .join('\n');
  const intro = '**newsbrief** summarizes news articles. Commands:';
  const threads =
    '\nIn the thread of a summary or a briefing story (or a forum post), `ask`, `more` and `quotes` act on that article; the More and Quotes buttons answer in a thread on their message.';
  return [problem ? `⚠️ ${problem}\n` : '', `${intro}\n${lines ?? ''}${threads}`].join('');
}
