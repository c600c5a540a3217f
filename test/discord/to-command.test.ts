import { describe, expect, it } from 'vitest';
import {
  commandFromButton,
  commandFromOptions,
  type OptionReader,
} from '../../adapters/discord/to-command.js';

/** Options as discord.js hands them over, for one subcommand. */
function options(
  sub: string,
  values: Record<string, string | number | boolean> = {},
): OptionReader {
  return {
    getSubcommand: () => sub,
    getString: (name) => (typeof values[name] === 'string' ? values[name] : null),
    getInteger: (name) => (typeof values[name] === 'number' ? values[name] : null),
    getBoolean: (name) => (typeof values[name] === 'boolean' ? values[name] : null),
  };
}

describe('commandFromOptions', () => {
  it('GIVEN summarize url: THEN a url command (Slack-style <url> accepted too)', () => {
    expect(commandFromOptions(options('summarize', { url: ' https://example.com/a ' }))).toEqual({
      type: 'command',
      command: { kind: 'summarize', input: { type: 'url', url: 'https://example.com/a' } },
    });
    expect(
      commandFromOptions(options('summarize', { url: '<https://example.com/a>' })),
    ).toMatchObject({
      command: { input: { url: 'https://example.com/a' } },
    });
  });
  it('GIVEN summarize text: THEN a text command', () => {
    expect(commandFromOptions(options('summarize', { text: 'The mayor resigned.' }))).toEqual({
      type: 'command',
      command: { kind: 'summarize', input: { type: 'text', text: 'The mayor resigned.' } },
    });
  });
  it('GIVEN summarize with a non-link, both options or none THEN help saying what to do', () => {
    expect(commandFromOptions(options('summarize', { url: 'not a link' }))).toMatchObject({
      type: 'help',
      problem: expect.stringContaining('is not a link'),
    });
    expect(
      commandFromOptions(options('summarize', { url: 'https://a.example', text: 'x' })),
    ).toMatchObject({ type: 'help', problem: expect.stringContaining('not both') });
    expect(commandFromOptions(options('summarize'))).toMatchObject({ type: 'help' });
  });
  it('GIVEN ask, more, quotes, digest, help THEN the matching commands', () => {
    expect(commandFromOptions(options('ask', { question: ' who? ' }))).toEqual({
      type: 'command',
      command: { kind: 'ask', question: 'who?' },
    });
    expect(commandFromOptions(options('more'))).toMatchObject({ command: { kind: 'more', n: 2 } });
    expect(commandFromOptions(options('more', { n: 5 }))).toMatchObject({ command: { n: 5 } });
    expect(commandFromOptions(options('more', { n: 11 }))).toMatchObject({ type: 'help' });
    expect(commandFromOptions(options('quotes'))).toMatchObject({ command: { kind: 'quotes' } });
    expect(commandFromOptions(options('digest'))).toMatchObject({ command: { kind: 'digest' } });
    expect(commandFromOptions(options('help'))).toEqual({ type: 'help' });
  });
  it('GIVEN a subcommand this version does not know THEN help suggests registering again', () => {
    expect(commandFromOptions(options('archive'))).toMatchObject({
      type: 'help',
      problem: expect.stringContaining('registering again'),
    });
  });
});

describe('filters and length', () => {
  it('GIVEN subscribe with only: and except: THEN the filter the typed command gives', () => {
    expect(
      commandFromOptions(
        options('subscribe', {
          url: 'https://example.com/rss.xml',
          only: 'climate, “interest rates”',
          except: 'sport',
        }),
      ),
    ).toEqual({
      type: 'command',
      command: {
        kind: 'subscribe',
        url: 'https://example.com/rss.xml',
        filter: { only: ['climate', 'interest rates'], except: ['sport'] },
      },
    });
  });

  it('GIVEN filter with a filter, with clear:True, or with neither THEN set, clear, or a one-line error', () => {
    expect(commandFromOptions(options('filter', { feed: '2', except: 'sport' }))).toEqual({
      type: 'command',
      command: { kind: 'filter', target: '2', filter: { only: [], except: ['sport'] } },
    });
    expect(commandFromOptions(options('filter', { feed: '2', clear: true }))).toEqual({
      type: 'command',
      command: { kind: 'filter', target: '2', filter: undefined },
    });
    const none = commandFromOptions(options('filter', { feed: '2' }));
    expect(none.type === 'error' && none.message).toMatch(/clear:True/);
    const bad = commandFromOptions(options('filter', { feed: '2', only: '"interest rates' }));
    expect(bad.type === 'error' && bad.message).toMatch(
      /quote is not closed.*only: climate, "interest rates" except: sport/,
    );
  });

  it('GIVEN length with a choice or none THEN set or show it', () => {
    expect(commandFromOptions(options('length', { length: 'brief' }))).toEqual({
      type: 'command',
      command: { kind: 'length', length: 'brief' },
    });
    expect(commandFromOptions(options('length'))).toEqual({
      type: 'command',
      command: { kind: 'length' },
    });
  });
});

describe('commandFromButton', () => {
  it('GIVEN our buttons THEN more 2 and quotes; another bot button THEN nothing', () => {
    expect(commandFromButton('newsbrief:more')).toEqual({ kind: 'more', n: 2 });
    expect(commandFromButton('newsbrief:quotes')).toEqual({ kind: 'quotes' });
    expect(commandFromButton('other:thing')).toBeUndefined();
  });
  it('GIVEN buttons carrying an article ref THEN the commands carry it; a malformed ref THEN nothing', () => {
    expect(commandFromButton('newsbrief:more:Ab3_x-9Zq0Lk')).toEqual({
      kind: 'more',
      n: 2,
      ref: 'Ab3_x-9Zq0Lk',
    });
    expect(commandFromButton('newsbrief:quotes:legacy-7')).toEqual({
      kind: 'quotes',
      ref: 'legacy-7',
    });
    expect(commandFromButton('newsbrief:more:')).toBeUndefined();
    expect(commandFromButton('newsbrief:more:a b')).toBeUndefined();
    expect(commandFromButton('newsbrief:morex')).toBeUndefined();
  });
});
