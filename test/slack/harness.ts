import type { webApi } from '@slack/bolt';
import { type SlackAdapter, startSlackAdapter } from '../../adapters/slack/index.js';
import { createArticleFetcher } from '../../src/articles/fetch-article.js';
import type { Logger } from '../../src/core/adapter.js';
import { createInMemoryChannelMemory } from '../../src/handler/memory.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { type ArticleServer, startArticleServer } from './article-server.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import {
  askModalSubmitBody,
  type ButtonFields,
  buttonClickBody,
  type SlashFields,
  slashCommandBody,
} from './payloads.js';
import { postSigned, type SignedPost, type SignOptions } from './sign.js';

export const SIGNING_SECRET = 'test-signing-secret-8f3a';
export const BOT_TOKEN = 'xoxb-000-test-token';

export interface Harness {
  readonly slack: FakeSlack;
  readonly articles: ArticleServer;
  readonly adapter: SlackAdapter;
  readonly eventsUrl: string;
  readonly logs: string[];
  /** Sends `/news <text>`; the reply's response_url posts are recorded under `responseId`. */
  command(
    text: string,
    fields?: Partial<SlashFields>,
    sign?: Partial<SignOptions>,
  ): Promise<SignedPost & { responseId: string }>;
  click(
    actionId: string,
    fields?: Partial<ButtonFields>,
  ): Promise<SignedPost & { responseId: string }>;
  submitAsk(privateMetadata: string, question: string): Promise<SignedPost>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly articleDelayMs?: number;
  /** Handler dependencies to use instead of the defaults (a store's memory, briefings). */
  readonly deps?: Partial<HandlerDeps>;
  readonly retryConfig?: webApi.RetryOptions;
}

/** The real adapter (Bolt's HTTP receiver on an ephemeral port) against local Slack and news servers. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const slack = await startFakeSlack();
  const articles = await startArticleServer(options.articleDelayMs ?? 0);
  const logs: string[] = [];
  const log: Logger = {
    info: (m) => logs.push(`info: ${m}`),
    warn: (m) => logs.push(`warn: ${m}`),
    error: (m) => logs.push(`error: ${m}`),
  };
  const deps: HandlerDeps = {
    // The test servers are on loopback, which the safe fetch refuses unless allowed.
    fetchArticle: createArticleFetcher({ allowHosts: ['127.0.0.1'], timeoutMs: 5000 }),
    memory: createInMemoryChannelMemory(),
    now: () => new Date(),
    ...options.deps,
  };
  const adapter = await startSlackAdapter(
    {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      apiUrl: slack.apiUrl,
      port: 0,
      mode: 'http',
    },
    deps,
    log,
    { host: '127.0.0.1', ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}) },
  );
  const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
  let n = 0;
  const nextId = () => `r${++n}`;

  return {
    slack,
    articles,
    adapter,
    eventsUrl,
    logs,
    command: async (text, fields = {}, sign = {}) => {
      const responseId = nextId();
      const body = slashCommandBody({
        text,
        responseUrl: slack.responseUrl(responseId),
        ...fields,
      });
      const res = await postSigned(eventsUrl, body, { secret: SIGNING_SECRET, ...sign });
      return { ...res, responseId };
    },
    click: async (actionId, fields = {}) => {
      const responseId = nextId();
      const body = buttonClickBody({
        actionId,
        responseUrl: slack.responseUrl(responseId),
        ...fields,
      });
      const res = await postSigned(eventsUrl, body, { secret: SIGNING_SECRET });
      return { ...res, responseId };
    },
    submitAsk: (privateMetadata, question) =>
      postSigned(eventsUrl, askModalSubmitBody({ privateMetadata, question }), {
        secret: SIGNING_SECRET,
      }),
    close: async () => {
      await adapter.stop();
      await slack.close();
      await articles.close();
    },
  };
}
