import type { webApi } from '@slack/bolt';

export const SLACK_API_DEFAULT = 'https://slack.com/api/';

/**
 * How the Web API client retries. Bolt's WebClient already honours 429 `Retry-After`
 * (it pauses its queue for that long, then retries) and retries 5xx and network errors;
 * this bounds both: at most 3 retries, backing off 0.5 s, 1 s, 2 s (plus any Retry-After).
 * Its default (10 retries over about 30 minutes) would hold a summary back far too long.
 */
export const SLACK_RETRY = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4000,
  randomize: false,
} as const satisfies webApi.RetryOptions;

/** Milliseconds before one Web API request is abandoned (and retried). */
export const SLACK_REQUEST_TIMEOUT_MS = 10_000;

/** `SLACK_API_URL` with the trailing slash the WebClient needs. */
export function apiRoot(apiUrl: string | undefined): string {
  const root = apiUrl ?? SLACK_API_DEFAULT;
  return root.endsWith('/') ? root : `${root}/`;
}

export function clientOptions(
  apiUrl: string | undefined,
  retryConfig: webApi.RetryOptions = SLACK_RETRY,
): webApi.WebClientOptions {
  return {
    slackApiUrl: apiRoot(apiUrl),
    retryConfig: { ...retryConfig },
    timeout: SLACK_REQUEST_TIMEOUT_MS,
    rejectRateLimitedCalls: false,
  };
}

/** 429s one posted message waits out (each for its Retry-After) before the post fails. */
export const SLACK_RATE_LIMIT_RETRIES = 5;

/**
 * The client that posts to channels on the bot's own account (briefings, digests): Slack's
 * limit for chat.postMessage is per channel, so a 429 is one channel's business. The
 * default client pauses its whole request queue for the Retry-After, stalling the posts to
 * every other channel; this one hands the 429 back (deliver.ts waits it out for that
 * message alone) and lets as many requests through as the scheduler has briefings in flight.
 */
export function postingClientOptions(
  apiUrl: string | undefined,
  retryConfig: webApi.RetryOptions = SLACK_RETRY,
): webApi.WebClientOptions {
  return {
    ...clientOptions(apiUrl, retryConfig),
    rejectRateLimitedCalls: true,
    maxRequestConcurrency: 512,
  };
}
