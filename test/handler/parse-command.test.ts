import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/handler/parse-command.js';

describe('parseCommand', () => {
  it('GIVEN a bare link THEN it summarizes that URL (Slack <url|label> form too)', () => {
    expect(parseCommand('https://example.com/a')).toEqual({
      ok: true,
      value: { kind: 'summarize', input: { type: 'url', url: 'https://example.com/a' } },
    });
    expect(parseCommand('<https://example.com/a|example.com/a>')).toMatchObject({
      ok: true,
      value: { input: { url: 'https://example.com/a' } },
    });
  });
  it('GIVEN pasted text THEN it summarizes the text', () => {
    expect(parseCommand('summarize The mayor resigned on Monday.')).toMatchObject({
      ok: true,
      value: { input: { type: 'text', text: 'The mayor resigned on Monday.' } },
    });
  });
  it('GIVEN terminal mode and one token THEN it is a file path', () => {
    expect(parseCommand('summarize story.txt', { allowFiles: true })).toMatchObject({
      ok: true,
      value: { input: { type: 'file', path: 'story.txt' } },
    });
  });
  it('GIVEN follow-ups THEN they parse with their arguments', () => {
    expect(parseCommand('ask who said it?')).toMatchObject({
      ok: true,
      value: { kind: 'ask', question: 'who said it?' },
    });
    expect(parseCommand('more 3')).toMatchObject({ ok: true, value: { kind: 'more', n: 3 } });
    expect(parseCommand('more')).toMatchObject({ ok: true, value: { kind: 'more', n: 2 } });
    expect(parseCommand('QUOTES')).toMatchObject({ ok: true, value: { kind: 'quotes' } });
  });
  it('GIVEN garbage THEN it is help with the problem named, never a throw', () => {
    for (const garbage of ['frobnicate', 'more lots', 'more 99', 'ask', '\u0000\u0001', '💥 💥']) {
      const r = parseCommand(garbage);
      expect(r.ok && r.value.kind === 'help' && r.value.problem).toBeTruthy();
    }
    expect(parseCommand('')).toEqual({ ok: true, value: { kind: 'help' } });
  });
  it('GIVEN a briefing schedule THEN time and zone are validated with an example', () => {
    expect(parseCommand('briefing 7:30 Europe/Berlin weekdays')).toMatchObject({
      ok: true,
      value: { schedule: { time: '07:30', timeZone: 'Europe/Berlin', weekdaysOnly: true } },
    });
    expect(parseCommand('briefing off')).toMatchObject({ ok: true, value: { schedule: 'off' } });
    const bad = parseCommand('briefing 25:00 Europe/Berlin');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('briefing 07:30 Europe/Berlin');
    expect(parseCommand('briefing 07:30 Mars/Olympus').ok).toBe(false);
  });
  it('GIVEN a huge paste THEN it is refused with what to do', () => {
    const r = parseCommand(`summarize ${'word '.repeat(50_000)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too_large');
  });

  it('GIVEN subscribe with only:/except: THEN the feed and its filter; a Slack link with a label too', () => {
    expect(
      parseCommand(
        '/news subscribe https://example.com/rss.xml only: climate, "interest rates" except: sport',
      ),
    ).toEqual({
      ok: true,
      value: {
        kind: 'subscribe',
        url: 'https://example.com/rss.xml',
        filter: { only: ['climate', 'interest rates'], except: ['sport'] },
      },
    });
    expect(
      parseCommand('subscribe <https://example.com/rss.xml|example.com/rss.xml> except: sport'),
    ).toMatchObject({
      ok: true,
      value: { url: 'https://example.com/rss.xml', filter: { only: [], except: ['sport'] } },
    });
    expect(parseCommand('subscribe https://example.com/rss.xml')).toEqual({
      ok: true,
      value: { kind: 'subscribe', url: 'https://example.com/rss.xml' },
    });
  });

  it('GIVEN filter <n|url> with a filter or none THEN the target and the filter (undefined clears it)', () => {
    expect(parseCommand('filter 2 only: rates')).toEqual({
      ok: true,
      value: { kind: 'filter', target: '2', filter: { only: ['rates'], except: [] } },
    });
    expect(parseCommand('filter <https://example.com/rss.xml> none')).toEqual({
      ok: true,
      value: { kind: 'filter', target: 'https://example.com/rss.xml', filter: undefined },
    });
  });

  it('GIVEN bad filter syntax THEN a one-line bad_filter error with an example, not the whole help', () => {
    for (const text of [
      'subscribe https://example.com/rss.xml climate',
      'subscribe https://example.com/rss.xml only: "interest rates',
      'filter 2',
      'filter 2 only:',
    ]) {
      const r = parseCommand(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('bad_filter');
      expect(r.error.message).toMatch(/only: climate, "interest rates" except: sport/);
      expect(r.error.message).not.toContain('\n');
    }
  });

  it('GIVEN length with or without a word THEN set or show it; an unknown word THEN an error naming the three', () => {
    expect(parseCommand('length')).toEqual({ ok: true, value: { kind: 'length' } });
    expect(parseCommand('/news length Detailed')).toEqual({
      ok: true,
      value: { kind: 'length', length: 'detailed' },
    });
    const r = parseCommand('length short');
    expect(!r.ok && r.error.message).toMatch(
      /"short" is not a length; use `length brief`, `length standard`, `length detailed`/,
    );
  });
});
