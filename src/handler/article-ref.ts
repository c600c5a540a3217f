import { randomBytes } from 'node:crypto';

/**
 * A remembered article's stable reference: 12 URL-safe characters, short enough for a
 * Discord custom_id (100 characters) next to our prefix, and safe in any button value.
 */
export function newArticleRef(): string {
  return randomBytes(9).toString('base64url');
}

const REF = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `text` has the shape of an article reference (buttons arrive from outside). */
export function isArticleRef(text: string): boolean {
  return REF.test(text);
}
