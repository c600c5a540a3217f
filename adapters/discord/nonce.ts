import { createHash } from 'node:crypto';

/** Discord's message nonce for a message key: at most 25 characters, the same for every retry. */
export function discordNonce(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}
