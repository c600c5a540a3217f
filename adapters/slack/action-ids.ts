/** Ids shared by the rendered buttons and the listeners that answer them. */
export const ACTION_IDS = {
  more: 'news_more',
  quotes: 'news_quotes',
  ask: 'news_ask',
} as const;

export const ASK_MODAL = {
  callbackId: 'news_ask_modal',
  blockId: 'question',
  actionId: 'question_input',
} as const;

/** The slash command the manifest declares. */
export const SLASH_COMMAND = '/news';
