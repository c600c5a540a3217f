import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUrl } from '../../adapters/discord/invite-url.js';
import { registerDiscordCommands } from '../../adapters/discord/register.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord.js';
import { recordingLogger } from './helpers.js';

const GUILD = '1300000000000000001';
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests';

/** The /news command exactly as Discord must receive it. */
const NEWS_COMMAND = {
  type: 1,
  name: 'news',
  description: 'Summarize news articles and post digests',
  contexts: [0, 1],
  integration_types: [0],
  options: [
    {
      type: 1,
      name: 'summarize',
      description: 'Headline, lede, key points and quotes of an article',
      options: [
        {
          type: 3,
          name: 'url',
          description: 'Link to a news article',
          required: false,
          max_length: 2000,
        },
        {
          type: 3,
          name: 'text',
          description: 'Or paste the article text',
          required: false,
          max_length: 6000,
        },
      ],
    },
    {
      type: 1,
      name: 'ask',
      description: 'Ask a question about the last article summarized here',
      options: [
        {
          type: 3,
          name: 'question',
          description: 'What you want to know',
          required: true,
          max_length: 500,
        },
      ],
    },
    {
      type: 1,
      name: 'more',
      description: 'More key points from the last article',
      options: [
        {
          type: 4,
          name: 'n',
          description: 'How many more points (1-10, default 2)',
          required: false,
          min_value: 1,
          max_value: 10,
        },
      ],
    },
    { type: 1, name: 'quotes', description: 'Who said what in the last article', options: [] },
    {
      type: 1,
      name: 'digest',
      description: "Post this channel's digest of today's stories now",
      options: [],
    },
    {
      type: 1,
      name: 'subscribe',
      description: "Add a feed to this channel's digest and morning briefing",
      options: [
        {
          type: 3,
          name: 'url',
          description: 'RSS or Atom feed, or a page that links to one',
          required: true,
          max_length: 2000,
        },
        {
          type: 3,
          name: 'only',
          description: 'Only stories that mention one of these, e.g. climate, "interest rates"',
          required: false,
          max_length: 700,
        },
        {
          type: 3,
          name: 'except',
          description: 'Never stories that mention one of these, e.g. sport',
          required: false,
          max_length: 700,
        },
      ],
    },
    {
      type: 1,
      name: 'filter',
      description: "Change which of a feed's stories this channel gets",
      options: [
        {
          type: 3,
          name: 'feed',
          description: 'The feed URL, or its number from /news feeds',
          required: true,
          max_length: 2000,
        },
        {
          type: 3,
          name: 'only',
          description: 'Only stories that mention one of these, e.g. climate, "interest rates"',
          required: false,
          max_length: 700,
        },
        {
          type: 3,
          name: 'except',
          description: 'Never stories that mention one of these, e.g. sport',
          required: false,
          max_length: 700,
        },
        {
          name: 'clear',
          description: 'Remove the filter: every story of the feed',
          required: false,
          type: 5,
        },
      ],
    },
    {
      type: 1,
      name: 'unsubscribe',
      description: 'Stop following a feed in this channel',
      options: [
        {
          type: 3,
          name: 'feed',
          description: 'The feed URL, or its number from /news feeds',
          required: true,
          max_length: 2000,
        },
      ],
    },
    {
      type: 1,
      name: 'feeds',
      description: 'The feeds this channel follows',
      options: [],
    },
    {
      type: 1,
      name: 'briefing',
      description: 'A daily morning briefing of new stories in this channel, or off',
      options: [
        {
          type: 3,
          name: 'time',
          description: 'Time of day, HH:MM (24-hour), e.g. 07:30; or off',
          required: true,
          max_length: 5,
        },
        {
          autocomplete: true,
          type: 3,
          name: 'timezone',
          description: 'Time zone, e.g. Europe/Berlin (start typing a city)',
          required: false,
          max_length: 64,
        },
        {
          name: 'weekdays',
          description: 'Monday to Friday only (default: every day)',
          required: false,
          type: 5,
        },
      ],
    },
    {
      type: 1,
      name: 'length',
      description: 'How long summaries and briefings are in this channel (none: show it)',
      options: [
        {
          type: 3,
          name: 'length',
          description: 'brief, standard or detailed',
          required: false,
          choices: [
            { name: 'brief (2 points)', value: 'brief' },
            { name: 'standard (4 points)', value: 'standard' },
            { name: 'detailed (6 points)', value: 'detailed' },
          ],
        },
      ],
    },
    { type: 1, name: 'help', description: 'How to use newsbrief', options: [] },
  ],
};

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ guildIds: [GUILD] });
});
afterAll(async () => {
  await fake.close();
});

describe('registerDiscordCommands', () => {
  it('GIVEN --guild THEN it PUTs /news to the guild route (instant) with the expected JSON', async () => {
    const log = recordingLogger();
    const result = await registerDiscordCommands(
      { token: TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl },
      { guildId: GUILD, log },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        scope: 'guild',
        applicationId: fake.applicationId,
        guildId: GUILD,
        commands: ['news'],
      },
    });
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${GUILD}/commands`);
    expect(put.body).toHaveLength(1);
    expect(put.body[0]).toEqual(NEWS_COMMAND);
    expect(log.lines).toEqual([
      `info: Registered /news in server ${GUILD}; it can be used right away.`,
    ]);
  });

  it('GIVEN no guild and no application id THEN it asks Discord for the id and registers globally', async () => {
    const before = fake.requests.length;
    const result = await registerDiscordCommands(
      { token: TOKEN, apiUrl: fake.apiUrl },
      { log: recordingLogger() },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { scope: 'global', applicationId: fake.applicationId },
    });
    const made = fake.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(made).toEqual([
      'GET /applications/@me',
      `PUT /applications/${fake.applicationId}/commands`,
    ]);
  });

  it('GIVEN a server the bot was not invited to THEN an error value says to invite it first', async () => {
    const result = await registerDiscordCommands(
      { token: TOKEN, applicationId: fake.applicationId, apiUrl: fake.apiUrl },
      { guildId: '1399999999999999999', log: recordingLogger() },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'missing_access', message: expect.stringContaining('Invite it first') },
    });
  });

  it('GIVEN a rejected token THEN an error value says where to get a new one', async () => {
    fake.respondOnce('PUT', /commands$/, {
      status: 401,
      body: { code: 0, message: '401: Unauthorized' },
    });
    const result = await registerDiscordCommands(
      { token: 'bad', applicationId: fake.applicationId, apiUrl: fake.apiUrl },
      { guildId: GUILD, log: recordingLogger() },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_token' } });
  });
});

describe('inviteUrl', () => {
  it('GIVEN an application id THEN bot + applications.commands with View, Send, Embed Links, and what threads need (Read Message History, Create Public Threads, Send Messages in Threads) only', () => {
    const url = new URL(inviteUrl('1100000000000000001'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('1100000000000000001');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(
      String(1024n + 2048n + 16384n + 65536n + 34359738368n + 274877906944n),
    );
  });
});
