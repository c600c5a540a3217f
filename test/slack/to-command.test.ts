import { describe, expect, it } from 'vitest';
import {
  buttonToCommand,
  slashTextToInput,
  targetOfFollowUpButtons,
  threadTextToInput,
} from '../../adapters/slack/to-command.js';

describe('slashTextToInput', () => {
  it('GIVEN a Slack-wrapped link THEN a url summarize command', () => {
    expect(slashTextToInput('<https://news.example/a?b=1&amp;c=2|news.example/a>')).toEqual({
      type: 'command',
      command: {
        kind: 'summarize',
        input: { type: 'url', url: 'https://news.example/a?b=1&amp;c=2' },
      },
    });
  });

  it('GIVEN pasted text as Slack escapes it THEN the summarizer gets the plain text', () => {
    const input = slashTextToInput(
      'summarize Profits &gt; 5% &amp; rising, see <https://x.example|the report>.',
    );
    expect(input).toEqual({
      type: 'command',
      command: {
        kind: 'summarize',
        input: { type: 'text', text: 'Profits > 5% & rising, see the report.' },
      },
    });
  });

  it('GIVEN ask, more, quotes, help THEN the matching commands', () => {
    expect(slashTextToInput('ask who &amp; why?')).toEqual({
      type: 'command',
      command: { kind: 'ask', question: 'who & why?' },
    });
    expect(slashTextToInput('more 3')).toEqual({
      type: 'command',
      command: { kind: 'more', n: 3 },
    });
    expect(slashTextToInput('quotes')).toEqual({ type: 'command', command: { kind: 'quotes' } });
    expect(slashTextToInput('')).toEqual({ type: 'command', command: { kind: 'help' } });
  });

  it('GIVEN an unknown subcommand THEN help with the problem stated', () => {
    const input = slashTextToInput('frobnicate now');
    expect(input.type === 'command' && input.command).toMatchObject({
      kind: 'help',
      problem: expect.stringContaining('frobnicate'),
    });
  });

  it('GIVEN text over the size cap THEN an error reply, not a command', () => {
    expect(slashTextToInput(`summarize ${'a '.repeat(150_000)}`)).toMatchObject({
      type: 'reply',
      reply: { kind: 'error', code: 'too_large' },
    });
  });
});

describe('buttonToCommand', () => {
  it('GIVEN the More and Quotes buttons THEN more 2 and quotes; anything else THEN nothing', () => {
    expect(buttonToCommand('news_more')).toEqual({ kind: 'more', n: 2 });
    expect(buttonToCommand('news_quotes')).toEqual({ kind: 'quotes' });
    expect(buttonToCommand('news_ask')).toBeUndefined();
    expect(buttonToCommand('other')).toBeUndefined();
  });

  it('GIVEN a button value that is an article ref THEN the command carries it; anything else is ignored', () => {
    expect(buttonToCommand('news_more', 'Ab3_x-9Zq0Lk')).toEqual({
      kind: 'more',
      n: 2,
      ref: 'Ab3_x-9Zq0Lk',
    });
    expect(buttonToCommand('news_quotes', 'legacy-7')).toEqual({ kind: 'quotes', ref: 'legacy-7' });
    expect(buttonToCommand('news_more', 'not a ref')).toEqual({ kind: 'more', n: 2 });
  });
});

describe('threadTextToInput', () => {
  it('GIVEN a mention with a question THEN an ask of the question, mention and escapes removed', () => {
    expect(threadTextToInput('<@U0BOT> who pays &amp; when?')).toEqual({
      type: 'command',
      command: { kind: 'ask', question: 'who pays & when?' },
    });
  });

  it('GIVEN a command word THEN that command, with its checks', () => {
    expect(threadTextToInput('more 3')).toEqual({
      type: 'command',
      command: { kind: 'more', n: 3 },
    });
    expect(threadTextToInput('<@U0BOT|newsbrief> quotes')).toEqual({
      type: 'command',
      command: { kind: 'quotes' },
    });
    const bad = threadTextToInput('more 99');
    expect(bad.type === 'command' && bad.command.kind).toBe('help');
  });
});

describe('targetOfFollowUpButtons', () => {
  const row = (value: string) => [
    { type: 'section', text: { type: 'mrkdwn', text: 'x' } },
    { type: 'actions', block_id: 'news_follow_up', elements: [{ type: 'button', value }] },
  ];
  it('GIVEN a summary’s or a story’s buttons THEN the article ref or the story link they name', () => {
    expect(targetOfFollowUpButtons(row('aB3_xY9-'))).toEqual({ ref: 'aB3_xY9-' });
    expect(targetOfFollowUpButtons(row('story:https://news.example/a'))).toEqual({
      story: 'https://news.example/a',
    });
  });

  it('GIVEN someone else’s message or a value that is neither THEN nothing', () => {
    expect(targetOfFollowUpButtons(undefined)).toBeUndefined();
    expect(targetOfFollowUpButtons(row('story:javascript:alert(1)'))).toBeUndefined();
    expect(
      targetOfFollowUpButtons([
        { type: 'actions', block_id: 'someone_else', elements: [{ type: 'button', value: 'abc' }] },
      ]),
    ).toBeUndefined();
  });
});
