import type { APIEmbed } from 'discord.js';
import { DISCORD_LIMITS, embedLength, fitEmbed, truncate } from './discord-limits.js';

/**
 * Packs embeds, in order, into as few messages as Discord allows: at most 10 embeds and
 * 6,000 characters over all embeds of a message. Each embed is fitted first, so none is
 * ever too large on its own.
 */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let total = 0;
  for (const raw of embeds) {
    const embed = fitEmbed(raw);
    const size = embedLength(embed);
    if (
      current.length === DISCORD_LIMITS.embedsPerMessage ||
      (current.length > 0 && total + size > DISCORD_LIMITS.embedTotal)
    ) {
      messages.push(current);
      current = [];
      total = 0;
    }
    current.push(embed);
    total += size;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/**
 * Splits text into chunks of at most 2,000 characters, preferring line breaks, then
 * spaces; a single overlong word is cut.
 */
export function splitContent(text: string, max: number = DISCORD_LIMITS.content): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (cut === max && code >= 0xd800 && code <= 0xdbff) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** One line of content, cut to fit. */
export function contentLine(text: string): string {
  return truncate(text, DISCORD_LIMITS.content);
}
