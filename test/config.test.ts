import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('GIVEN no variables THEN terminal defaults: no platform, SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
    expect(c.databaseUrl).toBe('./data/newsbrief.db');
    expect(c.fetch).toEqual({ allowHosts: [], timeoutMs: 10_000, maxBytes: 5_000_000 });
    expect(c.briefing).toEqual({
      maxStories: 8,
      catchUpMinutes: 120,
      pollMinutes: 15,
      leaseSeconds: 300,
      tickSeconds: 60,
      concurrency: 200,
    });
  });

  it('GIVEN several bad variables THEN one error names every one of them', () => {
    let error: unknown;
    try {
      loadConfig({
        SLACK_BOT_TOKEN: 'not-a-token',
        PORT: 'eighty',
        DISCORD_GUILD_ID: 'abc',
        FETCH_TIMEOUT_MS: '-5',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['SLACK_BOT_TOKEN', 'PORT', 'DISCORD_GUILD_ID', 'FETCH_TIMEOUT_MS'])
      expect(message).toContain(name);
    expect(message).toContain('.env.example');
  });

  it('GIVEN a Slack token without a secret or app token THEN it says which to add', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/,
    );
  });

  it('GIVEN Slack variables THEN HTTP or Socket Mode by the app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode).toBe(
      'http',
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe(
      'socket',
    );
    expect(loadConfig({ FETCH_ALLOW_HOSTS: ' 127.0.0.1, LocalHost ,' }).fetch.allowHosts).toEqual([
      '127.0.0.1',
      'localhost',
    ]);
  });
});
