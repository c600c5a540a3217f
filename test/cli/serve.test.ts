import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { type FakeSlack, startFakeSlack, waitFor } from '../slack/fake-slack.js';
import { slashCommandBody } from '../slack/payloads.js';
import { postSigned } from '../slack/sign.js';
import { freePort, type ServeProcess, startServe } from '../support/serve-process.js';

const root = packageRoot();
const SECRET = 'e2e-signing-secret';

let slack: FakeSlack;
let app: ServeProcess;
let port: number;

beforeAll(async () => {
  slack = await startFakeSlack();
  port = await freePort();
  // `npm start` is `node dist/src/cli.js` after a build; with Slack's three variables set it serves Slack.
  app = await startServe({
    SLACK_BOT_TOKEN: 'xoxb-e2e',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
  });
});

afterAll(async () => {
  await app.stop();
  await slack.close();
});

describe('npm start with Slack variables', () => {
  it('GIVEN a signed /news with pasted text THEN the whole app (config, store, adapter, handler) posts the summary', async () => {
    const text = `summarize ${readFileSync(join(root, SAMPLE_ARTICLE), 'utf8').split('\n').slice(4, 20).join(' ')}`;
    const body = slashCommandBody({ text, responseUrl: slack.responseUrl('e2e') });
    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret: SECRET });
    expect(res.status).toBe(200);
    const post = await waitFor(
      'chat.postMessage',
      () => slack.succeeded('chat.postMessage')[0],
      15_000,
    );
    expect(JSON.stringify(post)).toContain('special envoy');
  });

  it('GIVEN a bad signature THEN 401 and nothing is posted', async () => {
    const before = slack.calls.length;
    const body = slashCommandBody({ text: 'help', responseUrl: slack.responseUrl('bad') });
    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, {
      secret: 'wrong-secret',
    });
    expect(res.status).toBe(401);
    expect(slack.calls.length).toBe(before);
  });
});
