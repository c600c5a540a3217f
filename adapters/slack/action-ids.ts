/** Ids shared by the rendered buttons and the listeners that answer them. */
export const ACTION_IDS = {
  more: 'news_more',
  quotes: 'news_quotes',
  ask: 'news_ask',
} as const;

/** The block_id of the More/Quotes/Ask row under a summary or a briefing story. */
export const FOLLOW_UP_BLOCK_ID = 'news_follow_up';

export const ASK_MODAL = {
  callbackId: 'news_ask_modal',
  blockId: 'question',
  actionId: 'question_input',
} as const;

/** The slash command the manifest declares. */
export const SLASH_COMMAND = '/news';
