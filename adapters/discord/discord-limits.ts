import type { APIEmbed } from 'discord.js';

/**
 * Discord's message limits. The builders check some of these and throw; the totals
 * (6,000 characters over all embeds, 10 embeds) they do not check, so every message
 * newsbrief sends is fitted here first.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  url: 2048,
  /** A thread's (or forum post's) name. */
  threadName: 100,
  /**
   * Stories of a digest a bot posts, each its own message (its own thread, or forum post);
   * more are left out with a note. Discord allows about 5 messages per 5 seconds a channel.
   */
  digestStories: 20,
} as const;

const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` UTF-16 units (Discord counts code points, which is
 * never more), ending with an ellipsis and never splitting a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length).trimEnd();
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

/** The characters Discord counts towards the 6,000 of a message, for one embed. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Discord rejects empty field names and values; a zero-width space stands in. */
const BLANK = '\u200b';
/** A field is only kept when at least this much of its value fits. */
const MIN_FIELD_VALUE = 40;

/**
 * Returns a copy of `embed` within every per-part limit and within `budget` characters
 * in total. What gives way first: trailing fields, then the description, then the footer.
 */
export function fitEmbed(embed: APIEmbed, budget: number = DISCORD_LIMITS.embedTotal): APIEmbed {
  const { title, description, footer, author, fields = [], url, ...rest } = embed;
  let left = Math.min(budget, DISCORD_LIMITS.embedTotal);
  const take = (text: string | undefined, max: number): string | undefined => {
    if (!text?.trim()) return undefined;
    const t = truncate(text.trim(), Math.min(max, left));
    left -= t.length;
    return t || undefined;
  };
  const out: APIEmbed = { ...rest };
  const fittedTitle = take(title, Math.min(DISCORD_LIMITS.title, Math.floor(budget / 4)));
  if (fittedTitle) out.title = fittedTitle;
  if (url && fittedTitle && isHttpUrl(url)) out.url = url;
  const authorName = take(
    author?.name,
    Math.min(DISCORD_LIMITS.authorName, Math.floor(budget / 8)),
  );
  if (author && authorName) out.author = { ...author, name: authorName };
  const footerText = take(
    footer?.text,
    Math.min(DISCORD_LIMITS.footerText, Math.floor(budget / 6)),
  );
  if (footer && footerText) out.footer = { ...footer, text: footerText };

  const wanted = fields.slice(0, DISCORD_LIMITS.fields);
  const fieldsLength = wanted.reduce(
    (n, f) =>
      n +
      Math.min(f.name.length, DISCORD_LIMITS.fieldName) +
      Math.min(f.value.length, DISCORD_LIMITS.fieldValue),
    0,
  );
  // The description keeps at least half of what is left when fields compete for room.
  const descMax = wanted.length > 0 ? Math.max(Math.floor(left / 2), left - fieldsLength) : left;
  const desc = take(description, Math.min(DISCORD_LIMITS.description, descMax));
  if (desc) out.description = desc;

  const fitted: NonNullable<APIEmbed['fields']> = [];
  for (const f of wanted) {
    // A name may take at most a third of what is left, so its value keeps room.
    const nameMax = Math.min(DISCORD_LIMITS.fieldName, Math.max(20, Math.floor(left / 3)));
    const name = truncate(f.name.trim() || BLANK, nameMax);
    const room = Math.min(DISCORD_LIMITS.fieldValue, left - name.length);
    const fullValue = f.value.trim() || BLANK;
    if (room < Math.min(MIN_FIELD_VALUE, fullValue.length)) break;
    const value = truncate(fullValue, room);
    fitted.push({ ...f, name, value });
    left -= name.length + value.length;
  }
  if (fitted.length > 0) out.fields = fitted;
  return out;
}

export function isHttpUrl(url: string): boolean {
  return url.length <= DISCORD_LIMITS.url && /^https?:\/\/[^\s]+$/i.test(url);
}
