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
});
