import type { types } from '@slack/bolt';
import { ASK_MODAL } from './action-ids.js';

/** The modal the Ask button opens; the channel rides along in private_metadata. */
export function askModal(channelId: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: ASK_MODAL.callbackId,
    private_metadata: JSON.stringify({ channelId }),
    title: { type: 'plain_text', text: 'Ask the article' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: ASK_MODAL.blockId,
        label: { type: 'plain_text', text: 'Your question about the last article' },
        element: {
          type: 'plain_text_input',
          action_id: ASK_MODAL.actionId,
          max_length: 500,
          placeholder: { type: 'plain_text', text: 'Who said what? When does it start?' },
        },
      },
    ],
  };
}

/** The channel a submitted modal belongs to, if its metadata is ours. */
export function channelFromMetadata(metadata: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (typeof parsed === 'object' && parsed !== null && 'channelId' in parsed) {
      const { channelId } = parsed as { channelId: unknown };
      return typeof channelId === 'string' && channelId !== '' ? channelId : undefined;
    }
  } catch {
    // Not ours: fall through.
  }
  return undefined;
}
