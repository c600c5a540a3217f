import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal } from '../../adapters/terminal/index.js';
import { createLocalDeps } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import {
  BANK,
  CHIPS,
  HEAT,
  RHINE,
  RHINE_WIRE_TITLE,
  TRAM,
} from '../sources/support/news-stories.js';
import { testDatabaseUrl } from '../store/support/stores.js';

const news = useStandardNewsServer();

/** Runs the terminal with the wiring `newsbrief chat` uses on these input lines; returns what it printed. */
async function chat(lines: readonly string[]): Promise<string> {
  const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), FETCH_ALLOW_HOSTS: '127.0.0.1' });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c) => {
    printed += String(c);
  });
  const local = await createLocalDeps(config, output);
  const done = runTerminal({
    input,
    output,
    deps: local.deps,
    interactive: false,
    extra: local.extra,
  });
  input.end([...lines, ''].join('\n'));
  await done;
  await local.close();
  return printed;
}

describe('terminal mode', () => {
  it('GIVEN the filter and length commands typed THEN the terminal takes them like Slack and Discord', async () => {
    const printed = await chat([
      `/news subscribe ${news().feedUrl('courier')} only: "interest rate", tram except: airport`,
      `/news subscribe ${news().feedUrl('wire')}`,
      '/news filter 2 except: fire',
      '/news filter 2 only:',
      '/news feeds',
      '/news length',
      '/news length brief',
      `/news ${news().origin}/courier/${BANK.slug}`,
      '/news briefing 07:30 Europe/Berlin',
      '/news morning',
    ]);
    expect(printed).toContain('(3 stories in the feed now; 1 of the last 3 items pass)');
    expect(printed).toContain('Continental Wire: except: fire (2 of the last 3 items pass)');
    expect(printed).toMatch(
      /Error: only: needs at least one word or "phrase"; for example `only: climate/,
    );
    expect(printed).toContain(
      'only: "interest rate", tram · except: airport · 1 of the last 3 items pass',
    );
    expect(printed).toContain('This channel reads standard: 4 key points a summary');
    expect(printed).toContain('Length set to brief: 2 key points a summary');
    // The summary's key points (brief: 2), then a briefing of the stories that pass, ledes only.
    const summary = printed.slice(printed.indexOf('Key points:'));
    expect(
      summary
        .split('\n')
        .slice(1, 4)
        .filter((l) => l.startsWith('  • ')).length,
    ).toBe(2);
    const briefing = printed.slice(printed.indexOf('Your briefing for'));
    expect(briefing.match(/^\d\. /gm)).toHaveLength(3);
    for (const title of [BANK.title, CHIPS.title, RHINE_WIRE_TITLE])
      expect(briefing).toContain(title);
    for (const title of [TRAM.title, HEAT.title, RHINE.title])
      expect(briefing).not.toContain(title);
  });

  it('GIVEN /news subscribe twice, /news briefing 07:30 Europe/Berlin and a simulated morning THEN one briefing shows the shared story once', async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), FETCH_ALLOW_HOSTS: '127.0.0.1' });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (c) => {
      printed += String(c);
    });
    // The wiring `newsbrief chat` uses: SQLite store, briefings posted to the terminal, /news morning.
    const local = await createLocalDeps(config, output);
    const done = runTerminal({
      input,
      output,
      deps: local.deps,
      interactive: false,
      extra: local.extra,
    });
    input.end(
      [
        `/news subscribe ${news().feedUrl('courier')}`,
        `/news subscribe ${news().feedUrl('wire')}`,
        '/news briefing 07:30 Europe/Berlin',
        '/news morning',
        '/news morning',
        '',
      ].join('\n'),
    );
    await done;
    await local.close();

    expect(printed).toContain('Subscribed to Rhine Valley Courier');
    expect(printed).toContain('Subscribed to Continental Wire');
    expect(printed).toMatch(/Briefing set for every day at 07:30 \(Europe\/Berlin\)/);
    expect(printed.match(/Your briefing for/g)).toHaveLength(1);
    expect(printed.match(new RegExp(RHINE.title, 'g'))).toHaveLength(1);
    expect(printed).toMatch(
      /Simulated morning: the briefing due \w{3} \d+ \w{3}, 07:30 \(Europe\/Berlin\) is posted above/,
    );
    expect(printed).toContain('That briefing was already delivered.');
  });
});
