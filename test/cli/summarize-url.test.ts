import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/package-root.js';
import { CAPTION_FIRST, HOME_PAGE } from '../sources/support/real-pages.js';
import { type PageServer, startPageServer } from '../support/page-server.js';

const root = packageRoot();
const cli = join(root, 'dist/src/cli.js');

/** Runs the built CLI without blocking this process, so the local page server can answer. */
function runCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += String(c);
    });
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({ '/ferry': CAPTION_FIRST, '/': HOME_PAGE });
});
afterAll(() => server.close());

describe('newsbrief summarize <url>', () => {
  it('GIVEN a news page URL THEN it prints the summary with author, date and the link', async () => {
    const r = await runCli(['summarize', server.url('/ferry')], { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ferry service resumes after storm damage repaired');
    expect(r.stdout).toContain('The island ferry resumed its crossings on Monday');
    expect(r.stdout).toContain(`Source: ${server.url('/ferry')}`);
    expect(r.stdout).toContain('By Mara Lind · 10 Feb 2026');
  });

  it('GIVEN a local address that is not allowed THEN the same safety check as chat refuses it', async () => {
    const r = await runCli(['summarize', server.url('/ferry')]);
    expect(r.status).toBe(1);
    // The operator sees why in the log line; the error itself names no address.
    expect(r.stderr).toMatch(
      /^\[newsbrief\] warning: refused to fetch 127\.0\.0\.1: it is a private or local address \(FETCH_ALLOW_HOSTS/,
    );
    expect(r.stderr).toMatch(/^newsbrief: That address is not allowed/m);
    expect(r.stdout).toBe('');
  });

  it('GIVEN a home page THEN it says it is not an article and exits 1', async () => {
    const r = await runCli(['summarize', server.url('/')], { FETCH_ALLOW_HOSTS: '127.0.0.1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/list of links|not a news article/);
  });
});
