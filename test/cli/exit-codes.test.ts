import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../src/core/node-version.js';
import { SAMPLE_ARTICLE } from '../../src/core/package-root.js';
import { MAX_POINTS } from '../../src/summarizer/summarize.js';
import { root, runCli } from '../support/run-cli.js';

const sample = join(root, SAMPLE_ARTICLE);

describe('newsbrief exit codes', () => {
  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['summarize', sample, '--bogus']],
    ['summarize without a file', ['summarize']],
    ['--points out of range', ['summarize', sample, '--points', '11']],
    ['--points that is not a number', ['summarize', '--batch', 'x.jsonl', '--points', 'many']],
    ['a bad --format', ['summarize', sample, '--format', 'pdf']],
    ['ask without a question', ['ask', sample]],
    ['eval --limit 0', ['eval', '--limit', '0']],
    ['discord without a subcommand', ['discord']],
    ['serve without tokens', ['serve']],
    ['a bad variable', ['digest'], { FETCH_TIMEOUT_MS: 'soon' }],
  ] as const)('GIVEN %s THEN exit 2 (usage) with a message on stderr', (_what, args, env?) => {
    const r = runCli(args, env ? { env } : {});
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stdout).toBe('');
  });

  it('GIVEN a file that cannot be read THEN exit 1 (failure)', () => {
    const r = runCli(['summarize', join(root, 'no-such-story.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('GIVEN a question the article does not answer THEN exit 3 and says so', () => {
    const r = runCli(['ask', sample, 'what is the price of bananas in Lima?']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('The article does not say.\n');
  });

  it('GIVEN only DISCORD_APPLICATION_ID (no token) THEN discord invite prints the URL', () => {
    const r = runCli(['discord', 'invite'], {
      env: { DISCORD_APPLICATION_ID: '123456789012345678' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^https:\/\/discord\.com\/.*client_id=123456789012345678/);
  });

  it('GIVEN --version THEN the package version, exit 0', () => {
    const r = runCli(['--version']);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('GIVEN summarize from another folder THEN a relative path is read from that folder', () => {
    const r = runCli(['summarize', 'china-envoy-north-korea.txt', '--format', 'json'], {
      cwd: join(root, 'summaries/articles'),
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).keyPoints.length).toBeGreaterThan(0);
  });
});

describe('the CLI and the summarizer', () => {
  it("GIVEN summarize --help THEN it offers the summarizer's own cap on key points", () => {
    const r = runCli(['summarize', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`key points (1-${MAX_POINTS})`);
  });
});

describe('nodeVersionProblem', () => {
  it('GIVEN Node older than 20.19 THEN a message that names both versions; newer is fine', () => {
    expect(nodeVersionProblem('v20.18.3')).toMatch(
      /needs Node\.js 20\.19\.0 or later; this is v20\.18\.3/,
    );
    expect(nodeVersionProblem('18.20.0')).toBeDefined();
    expect(nodeVersionProblem('v20.19.0')).toBeUndefined();
    expect(nodeVersionProblem('v22.1.0')).toBeUndefined();
  });
});
