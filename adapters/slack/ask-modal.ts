import type { types } from '@slack/bolt';
import { isArticleRef } from '../../src/handler/article-ref.js';
import { ASK_MODAL } from './action-ids.js';

/** What rides along in the modal's private_metadata: where to answer, and about which article. */
export interface AskTarget {
  readonly channelId: string;
  /** The ref of the article the Ask button sat under; none means the channel's latest. */
  readonly ref?: string | undefined;
}

/** The modal the Ask button opens; channel and article ref ride along in private_metadata. */
export function askModal(channelId: string, ref?: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: ASK_MODAL.callbackId,
    private_metadata: JSON.stringify(ref ? { channelId, ref } : { channelId }),
    title: { type: 'plain_text', text: 'Ask the article' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: ASK_MODAL.blockId,
        label: {
          type: 'plain_text',
          text: ref ? 'Your question about the article' : 'Your question about the last article',
        },
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

/** The channel (and article ref) a submitted modal belongs to, if its metadata is ours. */
export function targetFromMetadata(metadata: string): AskTarget | undefined {
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (typeof parsed === 'object' && parsed !== null && 'channelId' in parsed) {
      const { channelId, ref } = parsed as { channelId: unknown; ref?: unknown };
      if (typeof channelId !== 'string' || channelId === '') return undefined;
      return typeof ref === 'string' && isArticleRef(ref) ? { channelId, ref } : { channelId };
    }
  } catch {
    // Not ours: fall through.
  }
  return undefined;
}
