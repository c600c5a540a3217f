import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../adapters/slack/action-ids.js';
import { EVENTS_PATH } from '../../adapters/slack/index.js';

interface Manifest {
  features: { slash_commands: { command: string; url?: string; should_escape?: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}
const read = (name: string): Manifest =>
  JSON.parse(readFileSync(new URL(`../../adapters/slack/${name}`, import.meta.url), 'utf8'));

const THREAD_EVENTS = ['app_mention', 'message.channels', 'message.groups'];
const SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'chat:write.public',
  'commands',
  'groups:history',
];

describe('Slack app manifests', () => {
  it('GIVEN the HTTP manifest THEN /news and interactivity point at the receiver path, with the scopes the adapter uses', () => {
    const m = read('manifest.json');
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(new URL(m.features.slash_commands[0]?.url ?? '').pathname).toBe(EVENTS_PATH);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(new URL(m.settings.interactivity.request_url ?? '').pathname).toBe(EVENTS_PATH);
    expect(m.settings.socket_mode_enabled).toBe(false);
    // Follow-ups typed in a thread arrive as events (slash commands cannot be used in threads).
    expect(new URL(m.settings.event_subscriptions.request_url ?? '').pathname).toBe(EVENTS_PATH);
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(THREAD_EVENTS);
    // *:history: a replica finishing another's briefing checks which messages are out already.
    // app_mentions:read and *:history also let it read follow-ups typed in threads.
    expect(m.oauth_config.scopes.bot.sort()).toEqual(SCOPES);
  });

  it('GIVEN the Socket Mode manifest THEN the same command and scopes, no URLs', () => {
    const m = read('manifest.socket-mode.json');
    expect(m.features.slash_commands.map((c) => [c.command, c.url])).toEqual([
      [SLASH_COMMAND, undefined],
    ]);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.interactivity).toEqual({ is_enabled: true });
    expect(m.settings.event_subscriptions).toEqual({ bot_events: THREAD_EVENTS });
    // *:history: a replica finishing another's briefing checks which messages are out already.
    // app_mentions:read and *:history also let it read follow-ups typed in threads.
    expect(m.oauth_config.scopes.bot.sort()).toEqual(SCOPES);
  });
});
