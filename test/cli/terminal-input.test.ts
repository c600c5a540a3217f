import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForTerminal } from '../../adapters/terminal/format.js';
import { loadConfig } from '../../src/config.js';
import { SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { renderReply } from '../../src/render/render-text.js';
import { root } from '../support/run-cli.js';
import { type SessionOptions, terminalSession } from '../support/terminal-session.js';

const sample = readFileSync(join(root, SAMPLE_ARTICLE), 'utf8');
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
const UP = '\x1b[A';

const session = (chunks: readonly string[], options: SessionOptions = {}) =>
  terminalSession(chunks, { interactive: true, ...options });

const count = (text: string, part: string) => text.split(part).length - 1;

describe('terminal input', () => {
  it('GIVEN a multi-line article pasted (bracketed paste) and Enter THEN one summary, not one command per line', async () => {
    const article = sample.split('\n').slice(0, 30).join('\n');
    const printed = await session([`${PASTE_START}${article}${PASTE_END}`, '\r']);
    expect(count(printed, 'Key points:')).toBe(1);
    expect(printed).not.toContain("I don't know");
  });

  it('GIVEN lines ending in \\ (typed or scripted) THEN they are one input', async () => {
    const lines = sample
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(2, 14);
    const script = `/news summarize ${lines.join('\\\n')}\n/news quotes\n`;
    const printed = await session([script], { interactive: false });
    expect(count(printed, 'Key points:')).toBe(1);
    expect(printed).not.toContain("I don't know");
    expect(printed).toContain('Quotes from');
  });

  it('GIVEN ↑ then Enter THEN the previous command runs again (history)', async () => {
    const printed = await session(['/news help\r', `${UP}\r`]);
    expect(count(printed, 'In this terminal:')).toBe(2);
  });

  it('GIVEN Ctrl-D at the prompt THEN the terminal is left on a fresh line', async () => {
    const printed = await session([]);
    expect(printed.endsWith('\n')).toBe(true);
  });

  it('GIVEN /news help THEN every command, the host extras and how pasting works', async () => {
    const printed = await session(['/news help\n'], {
      interactive: false,
      extraHelp: ["/news morning: this morning's briefing, now"],
    });
    for (const command of [
      '/news ask',
      '/news more',
      '/news quotes',
      '/news digest',
      '/news subscribe',
      '/news briefing',
      '/news morning',
      'bracketed paste',
      'end a line with \\',
    ])
      expect(printed).toContain(command);
  });
});

describe('formatForTerminal', () => {
  const summary = renderReply({
    kind: 'summary',
    title: 'China Sends Envoy to N. Korea',
    lede: 'China dispatched a special envoy to North Korea on Friday.',
    points: [
      {
        label: 'Trump took to Twitter to hail',
        text: 'Trump, who warned Xi during his trip to Beijing last week that time was "quickly running out" to solve the nuclear crisis, took to Twitter on Thursday.',
      },
    ],
    quotes: [],
    footer: 'Summarized from 24 sentences, 618 words.',
  });

  it('GIVEN a 40-column terminal THEN no line is wider, no word is cut, and a point continues under its text', () => {
    const out = formatForTerminal(summary, { width: 40, color: false });
    const lines = out.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
    const words = (s: string) => s.split(/\s+/).filter((w) => w && !/^=+$/.test(w));
    expect(words(out)).toEqual(words(summary));
    const bullet = lines.findIndex((l) => l.startsWith('  • '));
    expect(lines[bullet + 1]?.startsWith('    ')).toBe(true);
  });

  it('GIVEN colour THEN ANSI styles; GIVEN none (a pipe, NO_COLOR) THEN plain text, whole lines', () => {
    expect(formatForTerminal(summary, { color: true })).toContain('\x1b[1m');
    expect(formatForTerminal(summary, { color: false })).toBe(summary);
    expect(loadConfig({ NO_COLOR: '1' }).color).toBe(false);
    expect(loadConfig({}).color).toBe(true);
  });
});
