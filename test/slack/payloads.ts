/** Request bodies shaped like the ones Slack sends (form-encoded; interactivity as `payload=`). */

export const TEAM = { id: 'T0TEST', domain: 'newsroom' } as const;

export interface SlashFields {
  readonly text: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly responseUrl: string;
  readonly triggerId?: string;
}

export function slashCommandBody(f: SlashFields): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: f.channelId ?? 'C0NEWS',
    channel_name: 'news',
    user_id: f.userId ?? 'U0ALICE',
    user_name: 'alice',
    command: '/news',
    text: f.text,
    api_app_id: 'A0NEWSBRIEF',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? '1337.42.abcdef',
  }).toString();
}

export interface ButtonFields {
  readonly actionId: string;
  /** The button's value (our buttons carry the article ref). */
  readonly value?: string;
  readonly channelId?: string;
  readonly userId?: string;
  readonly responseUrl: string;
  readonly triggerId?: string;
  /** The ts of the message the button sits under (and of its thread, when it is a reply). */
  readonly messageTs?: string;
  readonly threadTs?: string;
}

export function buttonClickBody(f: ButtonFields): string {
  const channelId = f.channelId ?? 'C0NEWS';
  const payload = {
    type: 'block_actions',
    user: { id: f.userId ?? 'U0BOB', username: 'bob', name: 'bob', team_id: TEAM.id },
    api_app_id: 'A0NEWSBRIEF',
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: f.messageTs ?? '1700000000.000100',
      channel_id: channelId,
      is_ephemeral: false,
      ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
    },
    trigger_id: f.triggerId ?? '1338.43.bcdefa',
    team: TEAM,
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: 'news' },
    message: {
      type: 'message',
      ts: f.messageTs ?? '1700000000.000100',
      ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
      text: 'summary',
      blocks: [],
    },
    state: { values: {} },
    response_url: f.responseUrl,
    actions: [
      {
        action_id: f.actionId,
        block_id: 'news_follow_up',
        text: { type: 'plain_text', text: f.actionId, emoji: true },
        type: 'button',
        ...(f.value !== undefined ? { value: f.value } : {}),
        action_ts: '1700000001.000200',
      },
    ],
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface ModalFields {
  readonly privateMetadata: string;
  readonly question: string;
  readonly userId?: string;
}

export function askModalSubmitBody(f: ModalFields): string {
  const payload = {
    type: 'view_submission',
    team: TEAM,
    user: { id: f.userId ?? 'U0CAROL', username: 'carol', name: 'carol', team_id: TEAM.id },
    api_app_id: 'A0NEWSBRIEF',
    token: 'verification-token-unused',
    trigger_id: '1339.44.cdefab',
    view: {
      id: 'V0ASK',
      team_id: TEAM.id,
      type: 'modal',
      callback_id: 'news_ask_modal',
      private_metadata: f.privateMetadata,
      state: {
        values: { question: { question_input: { type: 'plain_text_input', value: f.question } } },
      },
      hash: '1700000002.abc',
      root_view_id: 'V0ASK',
      app_id: 'A0NEWSBRIEF',
      bot_id: 'B0BOT',
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export interface MessageEventFields {
  /** `app_mention` (the bot is mentioned) or `message` (any message in a channel it is in). */
  readonly type: 'app_mention' | 'message';
  readonly text: string;
  readonly ts: string;
  /** The thread the message is a reply in. */
  readonly threadTs?: string;
  readonly channelId?: string;
  readonly userId?: string;
}

let eventCount = 0;

/** An Events API callback (JSON) carrying one message event, as Slack sends it. */
export function messageEventBody(f: MessageEventFields): string {
  eventCount += 1;
  const channel = f.channelId ?? 'C0NEWS';
  return JSON.stringify({
    token: 'verification-token-unused',
    team_id: TEAM.id,
    api_app_id: 'A0NEWSBRIEF',
    type: 'event_callback',
    event_id: `Ev${String(eventCount).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM.id, user_id: 'U0BOT', is_bot: true }],
    event: {
      type: f.type,
      user: f.userId ?? 'U0ERIN',
      text: f.text,
      ts: f.ts,
      channel,
      ...(f.type === 'message' ? { channel_type: 'channel' } : {}),
      ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
      event_ts: f.ts,
    },
  });
}
