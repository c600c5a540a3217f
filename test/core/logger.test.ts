import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scopedLogger } from '../../src/core/adapter.js';
import { createLogger, scrubSecrets } from '../../src/core/logger.js';

async function capture(level: 'info' | 'warn', secrets: string[] = []) {
  const destination = new PassThrough();
  let text = '';
  destination.on('data', (c) => {
    text += String(c);
  });
  const log = await createLogger({ level, pretty: false, secrets, destination });
  return {
    log,
    lines: () =>
      text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

describe('createLogger', () => {
  it('GIVEN a message that quotes a configured secret or any Slack token THEN the line has [redacted] instead', async () => {
    const { log, lines } = await capture('info', ['discord-secret-token-abc123']);
    log.error('login failed with discord-secret-token-abc123 (401)');
    log.warn('retrying with Authorization: Bearer xoxb-1111-2222-abcdefghij');
    log.info('connecting to postgres://bot:hunter22@db.example.com:5432/news');
    const text = JSON.stringify(lines());
    expect(text).not.toContain('discord-secret-token-abc123');
    expect(text).not.toContain('xoxb-1111-2222-abcdefghij');
    expect(text).not.toContain('hunter22');
    expect(lines().map((l) => l.msg)).toEqual([
      'login failed with [redacted] (401)',
      'retrying with Authorization: Bearer [redacted]',
      'connecting to postgres://bot:[redacted]@db.example.com:5432/news',
    ]);
  });

  it('GIVEN a scoped logger THEN every line carries the id; GIVEN level warn THEN info is dropped', async () => {
    const { log, lines } = await capture('warn');
    const req = scopedLogger(log, 'req', 'abc123');
    req.info('fetched');
    req.warn('slow page');
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatchObject({ req: 'abc123', msg: 'slow page', level: 40 });
  });
});

describe('scrubSecrets', () => {
  it('GIVEN a short configured value THEN it is left alone (it would blank out ordinary words)', () => {
    expect(scrubSecrets('the cat sat', ['cat'])).toBe('the cat sat');
  });
});
