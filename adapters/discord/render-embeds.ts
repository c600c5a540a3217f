import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { DigestStory, EarlierShowing, Reply } from '../../src/handler/types.js';
import { shownOn, UPDATE_LABEL } from '../../src/render/story-update.js';
import type { Quote } from '../../src/summarizer/types.js';
import { DISCORD_LIMITS, fitEmbed, truncate } from './discord-limits.js';
import { contentLine, packEmbeds, splitContent } from './split-embeds.js';
import { BUTTON_IDS, buttonCustomId } from './to-command.js';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message, within every limit, ready for any way of sending. */
export interface OutgoingMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ActionRow[];
  /** For the asking user only (errors, help); ignored when posting to a channel. */
  readonly ephemeral: boolean;
}

export interface RenderOptions {
  /** Add the More/Quotes buttons (only the bot can receive their clicks; webhooks cannot). */
  readonly buttons: boolean;
}

const COLOR = 0x2f6fdb;
const ERROR_PREFIX = '⚠️ ';

/** Renders any neutral reply as Discord messages. Pure: no client, no I/O. */
export function renderReply(reply: Reply, options: RenderOptions): OutgoingMessage[] {
  switch (reply.kind) {
    case 'summary': {
      const fields = reply.points.map(pointField);
      if (reply.quotes.length > 0)
        fields.push({ name: 'Key quotes', value: quoteLines(reply.quotes) });
      const embed = fitEmbed({
        color: COLOR,
        title: reply.title,
        ...(reply.link ? { url: reply.link } : {}),
        ...(reply.source ? { author: { name: reply.source } } : {}),
        ...(reply.lede ? { description: reply.lede } : {}),
        fields,
        footer: { text: reply.footer },
      });
      return [
        message({
          embeds: [embed],
          components: options.buttons ? [summaryButtons(reply.ref)] : [],
        }),
      ];
    }
    case 'answer': {
      const since = reply.since && `\n\n${earlierMarkdown(reply.since, 'New since')}`;
      const body = reply.found
        ? reply.sentences.map((s) => `> ${oneLine(s)}`).join('\n') + (since ?? '')
        : 'I could not find that in the article. Try other words, or `/news quotes`.';
      const embed = fitEmbed({
        color: COLOR,
        title: reply.title,
        ...(reply.link ? { url: reply.link } : {}),
        author: { name: `Q: ${reply.question}` },
        description: body,
      });
      return [message({ embeds: [embed] })];
    }
    case 'quotes': {
      const body =
        reply.quotes.length > 0
          ? quoteLines(reply.quotes, DISCORD_LIMITS.description)
          : 'No direct quotes found in this article.';
      const embed = fitEmbed({
        color: COLOR,
        title: `Quotes: ${reply.title}`,
        ...(reply.link ? { url: reply.link } : {}),
        description: body,
      });
      return [message({ embeds: [embed] })];
    }
    case 'digest':
      return renderDigest(reply.title, reply.stories);
    case 'info':
      return splitContent(toDiscordMarkdown(reply.text)).map((content) =>
        message({ content, ephemeral: reply.ephemeral }),
      );
    case 'error':
      return splitContent(`${ERROR_PREFIX}${toDiscordMarkdown(reply.message)}`).map((content) =>
        message({ content, ephemeral: true }),
      );
  }
}

/**
 * A digest: one embed per story, up to 10 a message, each story fitted to an equal share
 * of a message's 6,000 characters; later stories continue in the next message.
 */
export function renderDigest(title: string, stories: readonly DigestStory[]): OutgoingMessage[] {
  if (stories.length === 0) return [message({ content: 'No stories yet.', ephemeral: true })];
  // Every story gets the same room, so 10 always fit and continuations look alike.
  const budget = Math.floor(
    DISCORD_LIMITS.embedTotal / Math.min(stories.length, DISCORD_LIMITS.embedsPerMessage),
  );
  const embeds = stories.map((s) => fitEmbed(storyEmbed(s), budget));
  const messages = packEmbeds(embeds).map((packed) => message({ embeds: packed }));
  const n = stories.length;
  const header = `**${truncate(title, 200)}** · ${n} ${n === 1 ? 'story' : 'stories'}`;
  return messages.map((m, i) => ({
    ...m,
    content: contentLine(i === 0 ? header : `${header} (continued, ${i + 1}/${messages.length})`),
  }));
}

function storyEmbed(story: DigestStory): APIEmbed {
  const sources = story.sources.map((s) => s.name).join(', ');
  const u = story.update;
  // An update: its new facts, under a line that links back to the channel's earlier message
  // (the author line: never cut when the embed is fitted to its share of the message).
  const earlier = u && {
    name: truncate(
      u.earlier.link
        ? `${UPDATE_LABEL} to the earlier message (${shownOn(u.earlier)})`
        : `${UPDATE_LABEL} to “${u.earlier.title}” (${shownOn(u.earlier)})`,
      DISCORD_LIMITS.authorName,
    ),
    ...(u.earlier.link ? { url: u.earlier.link } : {}),
  };
  const description = u ? u.facts.map((f) => `• ${f}`).join('\n') : story.lede;
  return {
    color: COLOR,
    title: u ? `${UPDATE_LABEL}: ${story.title}` : story.title,
    ...(story.url ? { url: story.url } : {}),
    ...(earlier ? { author: earlier } : {}),
    ...(description ? { description } : {}),
    fields: story.keyPoints.map(pointField),
    ...(sources ? { footer: { text: sources } } : {}),
  };
}

/** "New since [the earlier message](link) (2 March)". */
function earlierMarkdown(earlier: EarlierShowing, lead: string): string {
  return earlier.link
    ? `${lead} [the earlier message](${earlier.link}) (${shownOn(earlier)})`
    : `${lead} “${earlier.title}” (${shownOn(earlier)})`;
}

/** The digest stories each rendered message shows: one embed per story, in order. */
export function storiesPerMessage(messages: readonly OutgoingMessage[]): number[][] {
  let next = 0;
  return messages.map((m) => m.embeds.map(() => next++));
}

/** A field name cannot be empty: a point without a label (none passed the checks) gets a bullet. */
function pointField(p: { readonly label: string; readonly text: string }): APIEmbedField {
  return { name: p.label || '•', value: p.text };
}

function quoteLines(quotes: readonly Quote[], max: number = DISCORD_LIMITS.fieldValue): string {
  const per = Math.floor(max / quotes.length) - 1;
  return quotes
    .map((q) => {
      const who = truncate(q.role ? `${q.speaker}, ${q.role}` : q.speaker, 80);
      const tail = `”\n— **${who}**`;
      return `> “${truncate(q.text, Math.max(per - tail.length - 3, 20))}${tail}`;
    })
    .join('\n');
}

/** More and Quotes; their custom_ids carry the article's ref, so they act on this article. */
function summaryButtons(ref: string | undefined): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'More',
        custom_id: buttonCustomId(BUTTON_IDS.more, ref),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Quotes',
        custom_id: buttonCustomId(BUTTON_IDS.quotes, ref),
      },
    ],
  };
}

/** Blockquotes end at a line break: keep each quoted sentence on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function message(parts: Partial<OutgoingMessage>): OutgoingMessage {
  return {
    embeds: parts.embeds ?? [],
    components: parts.components ?? [],
    ephemeral: parts.ephemeral ?? false,
    ...(parts.content !== undefined ? { content: parts.content } : {}),
  };
}

/**
 * The shared handler writes Slack-flavoured text (`*bold*`, `/news <url>`); Discord users
 * need `**bold**` and the slash command's option syntax.
 */
export function toDiscordMarkdown(text: string): string {
  return text
    .replace(/\/news <url>/g, '/news summarize url:<link>')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/gm, '$1**$2**');
}
