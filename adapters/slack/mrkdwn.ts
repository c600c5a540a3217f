/** Slack mrkdwn helpers: escaping user text, trimming without breaking it, safe links. */

/** Escapes the three characters Slack treats as markup, so user text cannot ping or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's escaping of text it sends us, turning `<url|label>` into the label. */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>\s]+)\|([^>]*)>/g, (_m, url: string, label: string) => label || url)
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Shortens `text` to at most `max` UTF-16 units, ending in "…". Never leaves half an
 * HTML entity (`&am`) or half a surrogate pair, and prefers to cut at a word boundary.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.8) cut = cut.slice(0, space);
  cut = cut.replace(/&[a-z#0-9]*$/i, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const SAFE_URL = /^https?:\/\/[^\s<>|]+$/i;

/** A `<url|label>` link when the URL is plain http(s) and short; otherwise just the label. */
export function link(url: string | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(truncate(label.replace(/\s+/g, ' ').trim(), 300)).replace(
    /\|/g,
    '¦',
  );
  if (!url || url.length > 1500 || !SAFE_URL.test(url)) return safeLabel;
  return `<${url}|${safeLabel}>`;
}

/** One line for notifications (`text` is mrkdwn too, so it is escaped). */
export function plain(text: string): string {
  return escapeMrkdwn(text.replace(/\s+/g, ' ').trim());
}
