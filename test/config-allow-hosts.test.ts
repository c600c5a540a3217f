import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const problems = (value: string): string => {
  try {
    loadConfig({ FETCH_ALLOW_HOSTS: value });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('FETCH_ALLOW_HOSTS', () => {
  it.each([
    [
      'localhost:8080',
      '"localhost:8080" has a port, which is not matched; list the host alone (localhost)',
    ],
    ['[::1]:3000', '"[::1]:3000" has a port, which is not matched; list the host alone (::1)'],
    [
      'http://intranet.local/',
      '"http://intranet.local/" is a URL; list the host name only (intranet.local)',
    ],
    ['*.corp.example', '"*.corp.example": wildcards are not supported'],
    ['intranet/news', '"intranet/news" has a path'],
    ['bad host', '"bad host" is not a host name or IP address'],
  ])('GIVEN %s THEN start-up refuses it with the reason', (value, reason) => {
    const message = problems(value);
    expect(message).toContain('FETCH_ALLOW_HOSTS');
    expect(message).toContain(reason);
  });

  it('GIVEN two bad entries THEN both are reported at once', () => {
    const message = problems('a.example:80, b.example:443');
    expect(message).toContain('"a.example:80"');
    expect(message).toContain('"b.example:443"');
  });

  it('GIVEN host names, IPv4, IPv6 (bracketed or not) and a trailing dot THEN they are accepted as matched', () => {
    expect(
      loadConfig({ FETCH_ALLOW_HOSTS: 'Intranet.Local., 10.0.0.5, ::1, [fd00::2], news_host' })
        .fetch.allowHosts,
    ).toEqual(['intranet.local', '10.0.0.5', '::1', 'fd00::2', 'news_host']);
  });
});
