import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Config } from '../../src/config.js';
import type { Logger, RunningAdapter } from '../../src/core/adapter.js';
import { answerHealth, HEALTH_PATHS, type ReadinessProbe } from '../../src/core/health.js';
import type { WorkGate } from '../../src/core/work-gate.js';
import type { HandlerDeps } from '../../src/handler/types.js';
import { toBoltLogger } from './bolt-logger.js';
import { apiRoot, clientOptions, postingClientOptions } from './client-options.js';
import { deliver, platformError } from './deliver.js';
import { registerListeners } from './listeners.js';
import { registerThreadListeners } from './thread-listeners.js';

export type SlackConfig = NonNullable<Config['slack']>;

/** Where Slack sends slash commands and button clicks in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

export interface SlackAdapterOptions {
  /** Interface to listen on in HTTP mode (default: all). Tests pass 127.0.0.1. */
  readonly host?: string;
  /** Web API retry policy (default SLACK_RETRY). */
  readonly retryConfig?: webApi.RetryOptions;
  /** The graceful stop's gate: acknowledged work runs inside it (default: always open). */
  readonly work?: WorkGate;
  /** Answers GET /healthz and /readyz on the HTTP port (HTTP mode). */
  readonly readiness?: ReadinessProbe;
}

export interface SlackAdapter extends RunningAdapter {
  /** The port the HTTP receiver listens on (useful with port 0); undefined in Socket Mode. */
  readonly port: number | undefined;
}

/**
 * Starts newsbrief's Slack app: checks the bot token with auth.test, then listens for
 * `/news` and its buttons over HTTP (`PORT`, path /slack/events, signed requests) or
 * Socket Mode (when an app token is set).
 */
export async function startSlackAdapter(
  config: SlackConfig,
  deps: HandlerDeps,
  log: Logger,
  options: SlackAdapterOptions = {},
): Promise<SlackAdapter> {
  const logger = toBoltLogger(log);
  const receiver = createReceiver(config, logger, options.readiness);
  const app = new App({
    token: config.botToken,
    receiver,
    socketMode: config.mode === 'socket',
    logger,
    clientOptions: clientOptions(config.apiUrl, options.retryConfig),
    // auth.test runs once in init() below, so a bad token fails at start, not on first use.
    deferInitialization: true,
  });
  try {
    await app.init();
  } catch (e) {
    throw new Error(
      `Could not verify SLACK_BOT_TOKEN with auth.test at ${apiRoot(config.apiUrl)} (${describe(e)}). Check the token, the network, or SLACK_API_URL.`,
    );
  }
  registerListeners(app, deps, log, options.work);
  registerThreadListeners(app, deps, log, options.work);

  let port: number | undefined;
  let connected = false;
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => {
      connected = true;
    });
    receiver.client.on('disconnected', () => {
      connected = false;
    });
    await app.start();
    connected = true;
    log.info('Slack: connected in Socket Mode');
  } else {
    const server = (await app.start(
      options.host ? { port: config.port, host: options.host } : config.port,
    )) as { address(): AddressInfo | string | null };
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : config.port;
    connected = true;
    log.info(`Slack: listening on port ${port}, path ${EVENTS_PATH}`);
  }

  // Scheduled posts (briefings, many channels at once) go through a client of their own: a
  // 429 for one channel holds back that channel's message only (see postingClientOptions).
  const poster = new webApi.WebClient(config.botToken, {
    ...postingClientOptions(config.apiUrl, options.retryConfig),
    logger,
  });
  return {
    platform: 'slack',
    port,
    post: (channelId, reply, options) => deliver(poster, reply, { channelId }, options),
    connected: () => connected,
    stop: async () => {
      connected = false;
      await app.stop();
    },
  };
}

function createReceiver(
  config: SlackConfig,
  logger: ReturnType<typeof toBoltLogger>,
  readiness: ReadinessProbe | undefined,
): Receiver {
  if (config.mode === 'socket') {
    if (!config.appToken) throw new Error('Slack Socket Mode needs SLACK_APP_TOKEN (xapp-…).');
    return new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      // The socket client asks apps.connections.open at SLACK_API_URL too.
      installerOptions: { clientOptions: { slackApiUrl: apiRoot(config.apiUrl) } },
    });
  }
  if (!config.signingSecret)
    throw new Error(
      'Slack HTTP mode needs SLACK_SIGNING_SECRET (Basic Information > App Credentials).',
    );
  return new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    logger,
    // Ack first, work after: the response to Slack must leave within 3 seconds.
    processBeforeResponse: false,
    // Health probes are answered here, quietly (an unknown path would be logged as an error).
    customRoutes: readiness
      ? Object.values(HEALTH_PATHS).map((path) => ({
          path,
          method: ['GET', 'HEAD'],
          handler: (req, res) => {
            answerHealth(req, res, readiness);
          },
        }))
      : [],
  });
}

function describe(e: unknown): string {
  return platformError(e) ?? (e instanceof Error ? e.message : String(e));
}
