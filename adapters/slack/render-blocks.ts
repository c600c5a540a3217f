import type { DigestStory, EarlierShowing, Reply, ReplyPoint } from '../../src/handler/types.js';
import { shownOn, UPDATE_LABEL } from '../../src/render/story-update.js';
import type { Quote } from '../../src/summarizer/types.js';
import { ACTION_IDS } from './action-ids.js';
import {
  type ActionsBlock,
  type Block,
  context,
  divider,
  header,
  type SectionBlock,
  type SlackMessage,
  section,
} from './blocks.js';
import { fitMessages } from './fit-blocks.js';
import { escapeMrkdwn, link, plain, truncate } from './mrkdwn.js';
import { SLACK_LIMITS } from './slack-limits.js';

export interface RenderOptions {
  /** The Slack user who asked, credited under channel posts. */
  readonly userId?: string | undefined;
}

/** Whether a reply is for the asking user only (help, errors, confirmations). */
export function isEphemeral(reply: Reply): boolean {
  return reply.kind === 'error' || (reply.kind === 'info' && reply.ephemeral);
}

/**
 * Renders a neutral reply as Block Kit, within Slack's limits: one message usually,
 * several when a reply is too long for one.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const by = options.userId && /^[A-Z0-9]+$/i.test(options.userId) ? options.userId : undefined;
  switch (reply.kind) {
    case 'summary':
      return fitMessages(
        [
          header(reply.title || 'Summary'),
          ...(reply.lede ? [section(escapeMrkdwn(reply.lede))] : []),
          ...packSections(reply.points.map(pointLine)),
          ...(reply.quotes.length > 0
            ? packSections(['*Key quotes*', ...reply.quotes.map(quoteLine)])
            : []),
          context(
            ...[
              sourceLine(reply.link, reply.source),
              escapeMrkdwn(reply.footer),
              by ? `Shared by <@${by}>` : '',
            ].filter(Boolean),
          ),
          followUpButtons(reply.ref),
        ],
        `${plain(reply.title)}: ${plain(reply.lede || reply.points[0]?.text || '')}`,
      );
    case 'answer':
      return fitMessages(
        [
          section(`*Q:* ${escapeMrkdwn(reply.question)}${by ? ` (asked by <@${by}>)` : ''}`),
          ...(reply.found && reply.sentences.length > 0
            ? packSections(reply.sentences.map((s) => `> ${escapeMrkdwn(oneLine(s))}`))
            : [
                section(
                  `*The article does not say.* Nothing in “${escapeMrkdwn(reply.title)}” answers that; try other words, or \`/news quotes\`.`,
                ),
              ]),
          context(
            `From ${link(reply.link, reply.title)}`,
            ...(reply.since ? [earlierContext(reply.since, 'New since')] : []),
          ),
        ],
        reply.found
          ? `${plain(reply.question)}: ${plain(reply.sentences.join(' '))}`
          : `${plain(reply.question)}: the article does not say.`,
      );
    case 'quotes':
      return fitMessages(
        [
          section(`*Quotes from ${link(reply.link, reply.title)}*`),
          ...(reply.quotes.length > 0
            ? packSections(reply.quotes.map(quoteLine))
            : [section('_No direct quotes in this article._')]),
        ],
        `Quotes from ${plain(reply.title)}`,
      );
    case 'digest':
      return fitMessages(
        [header(reply.title), ...reply.stories.flatMap((s, i) => [...storyBlocks(s, i), divider])],
        `${plain(reply.title)}: ${reply.stories.map((s) => plain(s.title)).join(' · ')}`,
      );
    case 'info':
      return fitMessages(packSections(escapeMrkdwn(reply.text).split('\n')), plain(reply.text));
    case 'error':
      return fitMessages(
        [section(`:warning: ${escapeMrkdwn(reply.message)}`)],
        plain(reply.message),
      );
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pointLine(p: ReplyPoint): string {
  // A point that passed no label check has none (no label beats a wrong one).
  if (!p.label) return `• ${escapeMrkdwn(p.text)}`;
  return `• *${escapeMrkdwn(p.label)}*: ${escapeMrkdwn(p.text)}`;
}

function quoteLine(q: Quote): string {
  const who = `*${escapeMrkdwn(q.speaker)}*${q.role ? `, ${escapeMrkdwn(q.role)}` : ''}`;
  return `> “${escapeMrkdwn(oneLine(q.text))}”\n> — ${who}`;
}

function sourceLine(url: string | undefined, source: string | undefined): string {
  const name = source ? escapeMrkdwn(source) : '';
  if (!url) return name;
  return `${link(url, 'Read the source')}${name ? ` · ${name}` : ''}`;
}

/** "Update to the earlier message (2 March)", linked to it where Slack gave a permalink. */
function earlierContext(earlier: EarlierShowing, lead: string): string {
  return earlier.link
    ? `${lead} ${link(earlier.link, 'the earlier message')} (${shownOn(earlier)})`
    : `${lead} “${escapeMrkdwn(earlier.title)}” (${shownOn(earlier)})`;
}

/** The block id of the section that opens a digest's story `i` (which message shows it). */
export const storyBlockId = (i: number) => `story-${i}`;

/** The digest stories a rendered message shows (by their opening block). */
export function storiesIn(message: SlackMessage): number[] {
  return message.blocks.flatMap((b) => {
    const m = b.type === 'section' ? /^story-(\d+)$/.exec(b.block_id ?? '') : null;
    return m ? [Number(m[1])] : [];
  });
}

function storyBlocks(story: DigestStory, i: number): Block[] {
  const title = `*${link(story.url, story.title)}*`;
  const sources = story.sources.map((s) => link(s.url, s.name)).join(' · ');
  const u = story.update;
  const opening = u
    ? `:arrows_counterclockwise: *${UPDATE_LABEL}* · ${title}`
    : story.lede
      ? `${title}\n${escapeMrkdwn(story.lede)}`
      : title;
  const earlier = u ? earlierContext(u.earlier, `${UPDATE_LABEL} to`) : '';
  return [
    { ...section(opening), block_id: storyBlockId(i) },
    ...packSections(story.keyPoints.map(pointLine)),
    ...packSections((u?.facts ?? []).map((f) => `• ${escapeMrkdwn(f)}`)),
    ...(sources || earlier ? [context(...[earlier, sources].filter(Boolean))] : []),
  ];
}

/** Joins lines into as few sections as the section limit allows; an overlong line is trimmed. */
export function packSections(
  lines: readonly string[],
  max = SLACK_LIMITS.sectionText,
): SectionBlock[] {
  const out: SectionBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current.trim()) out.push(section(current));
  return out;
}

/** More, Quotes and Ask; each carries the article's ref as its value, so it acts on this article. */
function followUpButtons(ref: string | undefined): ActionsBlock {
  const button = (actionId: string, label: string) => ({
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text: label },
    ...(ref ? { value: ref } : {}),
  });
  return {
    type: 'actions',
    block_id: 'news_follow_up',
    elements: [
      button(ACTION_IDS.more, 'More'),
      button(ACTION_IDS.quotes, 'Quotes'),
      button(ACTION_IDS.ask, 'Ask'),
    ],
  };
}
