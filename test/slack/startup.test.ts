import { afterEach, expect, it } from 'vitest';
import { startSlackAdapter } from '../../adapters/slack/index.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const deps: HandlerDeps = {
  fetchArticle: async () => ({ ok: false, error: { code: 'fetch_failed', message: 'offline' } }),
  memory: createInMemoryChannelMemory(),
  now: () => new Date(),
};
const log = { info: () => {}, warn: () => {}, error: () => {} };

it('GIVEN a bot token Slack rejects THEN start fails saying which variable to check', async () => {
  slack = await startFakeSlack();
  slack.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
  await expect(
    startSlackAdapter(
      { botToken: 'xoxb-bad', signingSecret: 's', apiUrl: slack.apiUrl, port: 0, mode: 'http' },
      deps,
      log,
      { host: '127.0.0.1' },
    ),
  ).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
});

it('GIVEN HTTP mode without a signing secret THEN start fails naming SLACK_SIGNING_SECRET', async () => {
  await expect(
    startSlackAdapter({ botToken: 'xoxb-x', port: 0, mode: 'http' }, deps, log),
  ).rejects.toThrow(/SLACK_SIGNING_SECRET/);
});

it('GIVEN SLACK_API_URL without a trailing slash THEN API calls still reach it', async () => {
  slack = await startFakeSlack();
  const adapter = await startSlackAdapter(
    {
      botToken: 'xoxb-x',
      signingSecret: 's',
      apiUrl: slack.apiUrl.replace(/\/$/, ''),
      port: 0,
      mode: 'http',
    },
    deps,
    log,
    { host: '127.0.0.1' },
  );
  expect(slack.succeeded('auth.test')).toHaveLength(1);
  await adapter.stop();
});
