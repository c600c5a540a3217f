/**
 * Block Kit and message limits newsbrief stays within. Slack rejects a message that breaks
 * any of them (`invalid_blocks`, `msg_blocks_too_long`), so the renderer trims and splits.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters of a header block's plain text. */
  headerText: 150,
  /** Characters of a section block's text. */
  sectionText: 3000,
  /** Characters of one text element in a context block. */
  contextText: 2000,
  /** Elements in a context block. */
  contextElements: 10,
  /** Characters of a button's label. */
  buttonText: 75,
  /** Characters of a button's value. */
  buttonValue: 2000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /**
   * Budget for one message's blocks, measured as their JSON length. Slack answers
   * `msg_blocks_too_long` near 13k characters; JSON length overcounts, so this is safe.
   */
  messageChars: 12_000,
  /** The notification / fallback `text` of a message (Slack truncates long ones). */
  fallbackText: 3000,
  /** A reply longer than this many messages is cut short rather than flooding a channel. */
  messagesPerReply: 5,
  /**
   * Stories of a digest, each its own message (so each has its own thread). More are left out
   * with a note: at Slack's one message a second per channel, 20 take about 20 seconds.
   */
  digestStories: 20,
} as const satisfies Record<string, number>;
