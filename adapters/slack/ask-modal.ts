import type { types } from '@slack/bolt';
import { decodeTarget, type FollowUpTarget } from '../../src/handler/follow-up-target.js';
import { ASK_MODAL } from './action-ids.js';

/** What rides along in the modal's private_metadata: where to answer, and about which article. */
export interface AskTarget {
  readonly channelId: string;
  /** What the Ask button's message is about (article ref or story link); none: the channel's latest. */
  readonly about?: FollowUpTarget | undefined;
  /** The thread to answer in (the ts of the Ask button's message, or of its thread). */
  readonly threadTs?: string | undefined;
}

/** The modal the Ask button opens; channel, thread and article ride along in private_metadata. */
export function askModal(channelId: string, value?: string, threadTs?: string): types.ModalView {
  const about = decodeTarget(value);
  return {
    type: 'modal',
    callback_id: ASK_MODAL.callbackId,
    private_metadata: JSON.stringify({
      channelId,
      ...(about ? { value } : {}),
      ...(threadTs ? { threadTs } : {}),
    }),
    title: { type: 'plain_text', text: 'Ask the article' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: ASK_MODAL.blockId,
        label: {
          type: 'plain_text',
          text: about ? 'Your question about the article' : 'Your question about the last article',
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

const TS = /^\d{1,12}\.\d{1,8}$/;

/** The channel, thread and article a submitted modal belongs to, if its metadata is ours. */
export function targetFromMetadata(metadata: string): AskTarget | undefined {
  try {
    const parsed: unknown = JSON.parse(metadata);
    if (typeof parsed === 'object' && parsed !== null && 'channelId' in parsed) {
      const { channelId, value, ref, threadTs } = parsed as Record<string, unknown>;
      if (typeof channelId !== 'string' || channelId === '') return undefined;
      // `ref` is what modals opened before threads carried.
      const about =
        decodeTarget(typeof value === 'string' ? value : undefined) ??
        decodeTarget(typeof ref === 'string' ? ref : undefined);
      return {
        channelId,
        ...(about ? { about } : {}),
        ...(typeof threadTs === 'string' && TS.test(threadTs) ? { threadTs } : {}),
      };
    }
  } catch {
    // Not ours: fall through.
  }
  return undefined;
}
