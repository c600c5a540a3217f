import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/index.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import { type ArticleServer, startArticleServer } from './article-server.js';
import { type FakeSlack, startFakeSlack, waitFor } from './fake-slack.js';
import { TEAM } from './payloads.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** A local WebSocket server playing Slack's Socket Mode endpoint. */
async function startSocketServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const received: Record<string, unknown>[] = [];
  let socket: WebSocket | undefined;
  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => received.push(JSON.parse(String(data))));
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0NEWSBRIEF' },
      }),
    );
  });
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`,
    received,
    send: (envelope: unknown) => socket?.send(JSON.stringify(envelope)),
    connected: () => socket !== undefined,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}

it('GIVEN Socket Mode THEN /news arrives over the socket, is acked in its envelope, and the summary is posted', async () => {
  const sockets = await startSocketServer();
  cleanup.push(sockets.close);
  const slack: FakeSlack = await startFakeSlack({ socketUrl: sockets.url });
  cleanup.push(slack.close);
  const articles: ArticleServer = await startArticleServer(0);
  cleanup.push(articles.close);
  const log = { info: () => {}, warn: () => {}, error: () => {} };

  const adapter: SlackAdapter = await startSlackAdapter(
    {
      botToken: 'xoxb-socket-test',
      appToken: 'xapp-1-socket-test',
      apiUrl: slack.apiUrl,
      port: 3000,
      mode: 'socket',
    },
    {
      fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'], timeoutMs: 5000 }),
      memory: createInMemoryChannelMemory(),
      now: () => new Date(),
    },
    log,
  );
  cleanup.push(() => adapter.stop());
  expect(adapter.port).toBeUndefined();
  const open = slack.succeeded('apps.connections.open')[0];
  expect(open?.authorization).toBe('Bearer xapp-1-socket-test');
  await waitFor('the socket connection', () => sockets.connected());
  // /readyz asks this: the socket is up.
  expect(adapter.connected?.()).toBe(true);

  sockets.send({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'unused',
      team_id: TEAM.id,
      team_domain: TEAM.domain,
      channel_id: 'C0SOCK',
      channel_name: 'news',
      user_id: 'U0ALICE',
      user_name: 'alice',
      command: '/news',
      text: articles.storyUrl,
      api_app_id: 'A0NEWSBRIEF',
      is_enterprise_install: 'false',
      response_url: slack.responseUrl('sock'),
      trigger_id: '1.2.3',
    },
  });
  const ack = await waitFor('the envelope ack', () =>
    sockets.received.find((m) => m.envelope_id === 'env-1'),
  );
  expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
  const post = await waitFor('the summary', () => slack.succeeded('chat.postMessage')[0]);
  expect(post.args.channel).toBe('C0SOCK');
  expect(post.authorization).toBe('Bearer xoxb-socket-test');
});
