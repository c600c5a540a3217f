import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal } from '../../adapters/terminal/index.js';
import { createLocalDeps } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { useStandardNewsServer } from '../sources/support/local-news-server.js';
import { RHINE } from '../sources/support/news-stories.js';
import { testDatabaseUrl } from '../store/support/stores.js';

const news = useStandardNewsServer();

describe('terminal mode', () => {
  it('GIVEN /news subscribe twice, /news briefing 07:30 Europe/Berlin and a simulated morning THEN one briefing shows the shared story once', async () => {
    const config = loadConfig({
      DATABASE_URL: testDatabaseUrl(),
      FETCH_ALLOW_HOSTS: '127.0.0.1',
    });
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
