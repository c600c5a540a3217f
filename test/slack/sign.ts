import { createHmac } from 'node:crypto';

/** Slack's request signature: v0= + hex HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  readonly status: number;
  readonly text: string;
  /** Milliseconds from sending to the full response. */
  readonly ms: number;
}

export interface SignOptions {
  readonly secret: string;
  /** Unix seconds; defaults to now. */
  readonly timestamp?: number;
  /** Overrides the computed signature (to send a bad one). */
  readonly signature?: string;
  /** Events API callbacks are JSON; commands and interactivity are form-encoded (the default). */
  readonly contentType?: string;
}

/** POSTs a form-encoded body the way Slack does, signed with the signing secret. */
export async function postSigned(
  url: string,
  body: string,
  options: SignOptions,
): Promise<SignedPost> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, body),
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}
