/**
 * The Block Kit subset newsbrief renders. Structurally these are Slack's own block types
 * (assignable to `KnownBlock`), kept narrow so the limit checker can see every text.
 */
export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji?: boolean;
}

export interface Mrkdwn {
  readonly type: 'mrkdwn';
  readonly text: string;
}

export interface HeaderBlock {
  readonly type: 'header';
  readonly text: PlainText;
}

export interface SectionBlock {
  readonly type: 'section';
  readonly text: Mrkdwn;
  /** Names the block, e.g. the digest story it opens (`story-3`). */
  readonly block_id?: string;
}

export interface ContextBlock {
  readonly type: 'context';
  readonly elements: Mrkdwn[];
}

export interface DividerBlock {
  readonly type: 'divider';
}

export interface ButtonElement {
  readonly type: 'button';
  readonly action_id: string;
  readonly text: PlainText;
  readonly value?: string;
  readonly style?: 'primary' | 'danger';
}

export interface ActionsBlock {
  readonly type: 'actions';
  readonly block_id?: string;
  readonly elements: ButtonElement[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** One Slack message: blocks plus the plain `text` shown in notifications and old clients. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: Block[];
}

export const header = (text: string): HeaderBlock => ({
  type: 'header',
  text: { type: 'plain_text', text, emoji: true },
});

export const section = (text: string): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
});

export const context = (...texts: string[]): ContextBlock => ({
  type: 'context',
  elements: texts.map((text) => ({ type: 'mrkdwn', text })),
});

export const divider: DividerBlock = { type: 'divider' };
