import { isArticleRef } from './article-ref.js';
import type { Command } from './types.js';

/**
 * What a follow-up (a button, or a question typed in a message's thread) is about: the
 * remembered article of a summary (`ref`), or the link of a briefing story (`story`), which
 * is read and remembered on its first follow-up. Neither: the channel's latest article.
 */
export interface FollowUpTarget {
  readonly ref?: string | undefined;
  readonly story?: string | undefined;
}

const STORY_PREFIX = 'story:';
/** The longest link a target is encoded with (Slack's button value holds 2,000 characters). */
export const MAX_STORY_URL = 1_900;

/** A target as one string (a Slack button's value): the ref, or `story:<url>`. */
export function encodeTarget(target: FollowUpTarget): string | undefined {
  if (target.ref && isArticleRef(target.ref)) return target.ref;
  if (target.story && isStoryUrl(target.story)) return `${STORY_PREFIX}${target.story}`;
  return undefined;
}

/** The target a string from outside names (a button's value), or undefined when it is not one. */
export function decodeTarget(value: string | undefined): FollowUpTarget | undefined {
  if (value === undefined) return undefined;
  if (value.startsWith(STORY_PREFIX)) {
    const story = value.slice(STORY_PREFIX.length);
    return isStoryUrl(story) ? { story } : undefined;
  }
  return isArticleRef(value) ? { ref: value } : undefined;
}

/** Whether `url` can name a story: an http(s) link of a sane length. */
export function isStoryUrl(url: string): boolean {
  return url.length <= MAX_STORY_URL && /^https?:\/\/\S+$/i.test(url);
}

/** The target's fields to spread into an ask/more/quotes command (nothing for none). */
export function targetFields(target: FollowUpTarget | undefined): FollowUpTarget {
  if (!target) return {};
  return {
    ...(target.ref ? { ref: target.ref } : {}),
    ...(target.story ? { story: target.story } : {}),
  };
}

/**
 * `command` made to act on `target` when it is a follow-up (ask, more, quotes) and there is a
 * target; any other command is returned as it is.
 */
export function withFollowUpTarget(command: Command, target: FollowUpTarget | undefined): Command {
  return target && isFollowUp(command) ? { ...command, ...targetFields(target) } : command;
}

/** ask, more and quotes: the commands that act on an article already summarized. */
export function isFollowUp(
  command: Command,
): command is Extract<Command, { kind: 'ask' | 'more' | 'quotes' }> {
  return command.kind === 'ask' || command.kind === 'more' || command.kind === 'quotes';
}
